import { returnStateChanged, ReturnStatus, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

type ReturnChange = PayloadOf<typeof returnStateChanged>;

/**
 * A refunded return lowers the buyer's year of purchases, which its loyalty tier is read from:
 * by the net less loyalty of the units that came back (what the purchases counted of them).
 */
@Injectable()
export class ReturnsListener {
  @OnEvent(returnStateChanged, { when: (change: ReturnChange): change is ReturnChange => change.to === ReturnStatus.REFUNDED })
  async onReturnRefunded(event: Envelope<ReturnChange>, transaction: EntityManager): Promise<void> {
    const refunded = event.payload.return;
    const purchasesBack = refunded.items.reduce((sum, item) => sum + item.netShareMinor - item.loyaltyDiscountShareMinor, 0);
    await transaction.query(
      `INSERT INTO buyer_refund (id, buyer_company_id, currency, amount_minor, refunded_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [refunded.id, refunded.buyerCompanyId, refunded.currency, purchasesBack, refunded.refundedAt ?? event.occurredAt],
    );
  }
}
