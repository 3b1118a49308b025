import { sellerOrderStateChanged, type Envelope, type SellerOrderStateChangedPayload } from '@lotbook/contracts';
import { OnEventBatch } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrderSettlementService, SETTLED_STEPS } from '../services/order-settlement.service';

/** Seller orders placed by prepaying buyers, delivered, completed and cancelled move money; a fetched batch is posted at once. */
@Injectable()
export class OrdersListener {
  constructor(private readonly orders: OrderSettlementService) {}

  @OnEventBatch(sellerOrderStateChanged, { when: (change) => SETTLED_STEPS.includes(change.to) })
  async onOrderStateChanged(events: Array<Envelope<SellerOrderStateChangedPayload>>, transaction: EntityManager): Promise<void> {
    await this.orders.apply(transaction, events);
  }
}
