import { returnPolicyChanged, returnStateChanged, ReturnStatus, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReturnPolicyProjection } from '../services/return-policy.projection';

type ReturnChange = PayloadOf<typeof returnStateChanged>;

/**
 * What returns tells orders: a refunded return lowers the buyer's year of purchases, which its
 * loyalty tier is read from, by the net less loyalty of the units that came back (what the
 * purchases counted of them); a new return policy version moves the default window after which
 * orders of sellers without a window of their own complete.
 */
@Injectable()
export class ReturnsListener {
  constructor(private readonly returnPolicy: ReturnPolicyProjection) {}

  @OnEvent(returnStateChanged, { when: (change: ReturnChange): change is ReturnChange => change.to === ReturnStatus.REFUNDED })
  async onReturnRefunded(event: Envelope<ReturnChange>, transaction: EntityManager): Promise<void> {
    const refunded = event.payload.return;
    const purchasesBack = refunded.items.reduce((sum, item) => sum + item.netShareMinor - item.loyaltyDiscountShareMinor, 0);
    await transaction.query(
      `INSERT INTO buyer_refund (id, buyer_company_id, currency, amount_minor, refunded_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [refunded.id, refunded.buyerCompanyId, refunded.currency, purchasesBack, refunded.refundedAt ?? event.occurredAt],
    );
  }

  @OnEvent(returnPolicyChanged)
  async onReturnPolicyChanged(event: Envelope<PayloadOf<typeof returnPolicyChanged>>, transaction: EntityManager): Promise<void> {
    await this.returnPolicy.apply(transaction, event.payload);
  }
}
