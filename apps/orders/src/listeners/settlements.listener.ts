import { exposureChanged, paymentReceived, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrderLifecycleService } from '../services/order-lifecycle.service';

/**
 * What settlements tells orders: a buyer's unpaid invoices (its credit exposure, and whether
 * one is overdue, which holds its shipments), and payments, which move a prepaying buyer's
 * orders on.
 */
@Injectable()
export class SettlementsListener {
  constructor(private readonly lifecycle: OrderLifecycleService) {}

  @OnEvent(exposureChanged)
  async onExposureChanged(event: Envelope<PayloadOf<typeof exposureChanged>>, transaction: EntityManager): Promise<void> {
    const change = event.payload;
    await transaction.query(
      `INSERT INTO credit_exposure (buyer_company_id, currency, unpaid_minor, overdue, as_of) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (buyer_company_id, currency) DO UPDATE SET unpaid_minor = $3, overdue = $4, as_of = $5
        WHERE credit_exposure.as_of <= $5`,
      [change.buyerCompanyId, change.currency, change.unpaidMinor, change.overdue, change.asOf],
    );
    // An invoiced order counts in the unpaid invoices from now on, not as an order on terms.
    await transaction.query(`UPDATE seller_order SET credit_settled = true WHERE id = ANY ($1::uuid[]) AND NOT credit_settled`, [
      change.invoicedOrderIds,
    ]);
  }

  @OnEvent(paymentReceived)
  async onPaymentReceived(event: Envelope<PayloadOf<typeof paymentReceived>>, transaction: EntityManager): Promise<void> {
    for (const orderId of event.payload.paidOrderIds) {
      await transaction.query(`UPDATE seller_order SET paid = true WHERE id = $1`, [orderId]);
      await this.lifecycle.systemStep(
        orderId,
        { action: 'PAYMENT_RECEIVED' },
        `payment ${event.payload.paymentId} received`,
        {},
        transaction,
      );
    }
  }
}
