import { sellerOrderStateChanged, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SellerOrderProjection } from '../services/seller-order.projection';

/** Every status change of a seller order updates returns' copy of it; its figures stay as they were at delivery. */
@Injectable()
export class OrdersListener {
  constructor(private readonly sellerOrders: SellerOrderProjection) {}

  @OnEvent(sellerOrderStateChanged)
  async onSellerOrderStateChanged(event: Envelope<PayloadOf<typeof sellerOrderStateChanged>>, transaction: EntityManager): Promise<void> {
    await this.sellerOrders.record(transaction, event.payload);
  }
}
