import { returnStateChanged, ReturnStatus, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReturnedStockService } from '../services/returned-stock.service';

type ReturnStateChange = PayloadOf<typeof returnStateChanged>;

/** A return the seller received puts its buyer-fault units back into stock and writes the others off, once (the inbox). */
@Injectable()
export class ReturnsListener {
  constructor(private readonly returnedStock: ReturnedStockService) {}

  @OnEvent(returnStateChanged, { when: (change: ReturnStateChange) => change.to === ReturnStatus.RECEIVED })
  async onReturnReceived(event: Envelope<ReturnStateChange>, transaction: EntityManager): Promise<void> {
    await this.returnedStock.receive(transaction, event.payload.return);
  }
}
