import { ReturnStatus, returnStateChanged, type Envelope, type ReturnStateChangedPayload } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReturnSettlementService } from '../services/return-settlement.service';

/** A seller return REFUNDED is posted with exactly the allocation it carries. */
@Injectable()
export class ReturnsListener {
  constructor(private readonly returns: ReturnSettlementService) {}

  @OnEvent(returnStateChanged, { when: (change) => change.to === ReturnStatus.REFUNDED })
  async onReturnStateChanged(event: Envelope<ReturnStateChangedPayload>, transaction: EntityManager): Promise<void> {
    const refunded = event.payload.return;
    await this.returns.refund(transaction, {
      eventId: event.id,
      occurredAt: refunded.refundedAt ?? event.occurredAt,
      returnId: refunded.id,
      sellerOrderId: refunded.sellerOrderId,
      buyerCompanyId: refunded.buyerCompanyId,
      sellerCompanyId: refunded.sellerCompanyId,
      currency: refunded.currency,
      refundMinor: refunded.refundMinor,
      sellerPaysMinor: refunded.sellerPaysMinor,
      platformPaysMinor: refunded.platformPaysMinor,
      returnLabelMinor: refunded.returnLabelMinor,
      labelBorneBySellerMinor: refunded.labelBorneBySellerMinor,
    });
  }
}
