import { applyRefund, entryIdFor, outstandingMinor, returnRefunded } from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Bookkeeper } from './bookkeeper.service';
import { InvoiceBook, live } from './invoice.book';

/** A seller return refunded, as the returns service allocated it (its REFUNDED event's figures). */
export interface ReturnRefund {
  /** The event's id: the entry's id derives from it. */
  readonly eventId: string;
  readonly occurredAt: string;
  readonly returnId: string;
  readonly sellerOrderId: string;
  readonly buyerCompanyId: string;
  readonly sellerCompanyId: string;
  readonly currency: string;
  readonly refundMinor: number;
  readonly sellerPaysMinor: number;
  readonly platformPaysMinor: number;
  readonly returnLabelMinor: number;
  /** Of sellerPaysMinor, the label the seller bears. */
  readonly labelBorneBySellerMinor: number;
}

/**
 * A return refunded: exactly its allocation, nothing recomputed (`returnRefunded`). The refund
 * first reduces what the buyer still owes on its invoices, those of the returned order first
 * (`applyRefund`); the rest becomes a refund payable an operator pays out. The seller's part
 * comes off the order's pending balance, or off the seller's available balance once the order
 * is COMPLETED (and then off its open payout).
 */
@Injectable()
export class ReturnSettlementService {
  constructor(
    private readonly bookkeeper: Bookkeeper,
    private readonly invoices: InvoiceBook,
  ) {}

  async refund(transaction: EntityManager, refund: ReturnRefund): Promise<void> {
    const pair = { buyerCompanyId: refund.buyerCompanyId, currency: refund.currency };
    await this.invoices.lockBuyers(transaction, [pair]);
    const entryId = entryIdFor(refund.eventId, 'RETURN_REFUNDED');
    const [done]: unknown[] = await transaction.query(
      `SELECT 1 FROM journal_entry WHERE id = $1 OR (cause_type = 'RETURN_REFUNDED' AND cause_id = $2)`,
      [entryId, refund.returnId],
    );
    if (done) return;
    const open = live(await this.invoices.openOf(transaction, pair));
    const [order]: Array<{ completed: boolean }> = await transaction.query(
      `SELECT completed_at IS NOT NULL AS completed FROM seller_order WHERE id = $1`,
      [refund.sellerOrderId],
    );
    const entries = returnRefunded({
      eventId: refund.eventId,
      currency: refund.currency,
      occurredAt: refund.occurredAt,
      returnId: refund.returnId,
      buyerCompanyId: refund.buyerCompanyId,
      refundMinor: refund.refundMinor,
      outstandingReceivableMinor: outstandingMinor(open, refund.buyerCompanyId, refund.currency),
      sellers: [
        {
          sellerCompanyId: refund.sellerCompanyId,
          sellerOrderId: refund.sellerOrderId,
          orderCompleted: order?.completed ?? false,
          paysMinor: refund.sellerPaysMinor,
          labelsMinor: refund.labelBorneBySellerMinor,
        },
      ],
      platformPaysMinor: refund.platformPaysMinor,
      labelsMinor: refund.returnLabelMinor,
    });
    await this.bookkeeper.post(transaction, entries);
    const application = applyRefund(open, {
      returnId: refund.returnId,
      buyerCompanyId: refund.buyerCompanyId,
      currency: refund.currency,
      amountMinor: refund.refundMinor,
      sellerOrderIds: [refund.sellerOrderId],
    });
    if (application.applied.length === 0) return;
    await transaction.query(
      `INSERT INTO invoice_credit (return_id, invoice_id, amount_minor, credited_at)
       SELECT $1, x.invoice_id, x.amount, $2 FROM unnest($3::uuid[], $4::bigint[]) AS x(invoice_id, amount)`,
      [
        refund.returnId,
        refund.occurredAt,
        application.applied.map((allocation) => allocation.invoiceId),
        application.applied.map((allocation) => String(allocation.amountMinor)),
      ],
    );
    const touched = new Set(application.applied.map((allocation) => allocation.invoiceId));
    await this.invoices.save(
      transaction,
      application.invoices.filter((invoice) => touched.has(invoice.id)),
      application.changes,
      `REFUND ${refund.returnId}`,
    );
    await this.invoices.publishExposure(transaction, [pair]);
  }
}
