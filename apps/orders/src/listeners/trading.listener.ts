import { tradeMatched, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TradeOrderService } from '../services/trade-order.service';

/** Every trade matched in the book becomes its own seller order, CONFIRMED at once. */
@Injectable()
export class TradingListener {
  constructor(private readonly tradeOrders: TradeOrderService) {}

  @OnEvent(tradeMatched)
  async onTradeMatched(event: Envelope<PayloadOf<typeof tradeMatched>>, transaction: EntityManager): Promise<void> {
    await this.tradeOrders.fromTrade(event.payload, transaction);
  }
}
