import {
  PaymentMode,
  SellerOrderStatus,
  type Envelope,
  type SellerOrderRecord,
  type SellerOrderStateChangedPayload,
} from '@lotbook/contracts';
import {
  type Invoice,
  issueInvoice,
  type JournalEntry,
  sellerOrderCompleted,
  sellerOrderDelivered,
  sellerPayablePending,
  accountKey,
} from '@lotbook/settlements-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SettlementsConfig } from '../settlements.config';
import { Bookkeeper } from './bookkeeper.service';
import { type BuyerCurrency, InvoiceBook } from './invoice.book';
import { LedgerStore } from './ledger.store';

type OrderEvent = Envelope<SellerOrderStateChangedPayload>;

/** The steps of a seller order settlements acts on; the others pass by. */
export const SETTLED_STEPS: readonly SellerOrderStatus[] = [
  SellerOrderStatus.AWAITING_PAYMENT,
  SellerOrderStatus.CONFIRMED,
  SellerOrderStatus.DELIVERED,
  SellerOrderStatus.COMPLETED,
  SellerOrderStatus.CANCELLED,
];

/** A prepaying buyer's order is invoiced when it is placed: a checkout waits for payment, a trade order of such a buyer starts CONFIRMED. */
const isPrepaidPlacement = (change: SellerOrderStateChangedPayload) =>
  change.order.paymentMode === PaymentMode.PREPAY &&
  (change.to === SellerOrderStatus.AWAITING_PAYMENT || (change.from === null && change.to === SellerOrderStatus.CONFIRMED));

const pairOf = (order: SellerOrderRecord): BuyerCurrency => ({ buyerCompanyId: order.buyerCompanyId, currency: order.currency });

/**
 * What a seller order's steps do to the money, a fetched batch at a time, in the consumer's
 * transaction:
 * - a prepaying buyer's order is invoiced when placed (PREPAYMENT, due at once);
 * - DELIVERED posts `sellerOrderDelivered` (the buyer owes, the seller is owed, pending) and, on
 *   net terms, issues the invoice, due after the payment term;
 * - COMPLETED moves what the order's pending account still holds to the seller's available
 *   balance (`sellerOrderCompleted`), which schedules it into the seller's payout;
 * - CANCELLED voids the order's prepayment invoice (what was paid stays as the buyer's credit).
 * After the invoices changed, each buyer's exposure is published once.
 *
 * Every effect is keyed by what caused it (entry ids by event id, one invoice per seller order),
 * so a redelivered event, or the same event twice in a batch, changes nothing more.
 */
@Injectable()
export class OrderSettlementService {
  constructor(
    private readonly bookkeeper: Bookkeeper,
    private readonly invoices: InvoiceBook,
    private readonly ledger: LedgerStore,
    @Inject(SERVICE_CONFIG) private readonly config: SettlementsConfig,
  ) {}

  async apply(transaction: EntityManager, batch: readonly OrderEvent[]): Promise<void> {
    const events = [...new Map(batch.map((event) => [event.id, event])).values()].filter((event) =>
      SETTLED_STEPS.includes(event.payload.to),
    );
    if (events.length === 0) return;
    // A completion is remembered with its posting (complete()).
    await this.remember(
      transaction,
      events.filter((event) => event.payload.to !== SellerOrderStatus.COMPLETED),
    );

    const invoiceSteps = events.filter(
      (event) =>
        isPrepaidPlacement(event.payload) ||
        event.payload.to === SellerOrderStatus.CANCELLED ||
        event.payload.to === SellerOrderStatus.DELIVERED,
    );
    const touched = invoiceSteps.map((event) => pairOf(event.payload.order));
    await this.invoices.lockBuyers(transaction, touched);

    // Placements and cancellations in their order (a rare few), then deliveries, then
    // completions: an order's steps keep their order, and each phase is a few statements.
    for (const event of events) {
      if (isPrepaidPlacement(event.payload)) await this.invoices.issue(transaction, [this.invoiceOf(event)], 'PLACED');
      else if (event.payload.to === SellerOrderStatus.CANCELLED) await this.voidPrepayment(transaction, event.payload.order);
    }
    const delivered = onePerOrder(events.filter((event) => event.payload.to === SellerOrderStatus.DELIVERED));
    if (delivered.length > 0) {
      await this.bookkeeper.post(
        transaction,
        delivered.flatMap((event) => this.deliveryEntries(event)),
      );
      await this.invoices.issue(
        transaction,
        delivered.map((event) => this.invoiceOf(event)),
        'DELIVERED',
      );
    }
    const completed = onePerOrder(events.filter((event) => event.payload.to === SellerOrderStatus.COMPLETED));
    if (completed.length > 0) await this.complete(transaction, completed);
    await this.invoices.publishExposure(transaction, touched);
  }

  /** What settlements keeps of each order: its parties, its terms and whether it was delivered, completed or cancelled. */
  private async remember(transaction: EntityManager, events: readonly OrderEvent[]): Promise<void> {
    if (events.length === 0) return;
    const byOrder = new Map<
      string,
      { order: SellerOrderRecord; status: SellerOrderStatus; delivered: string | null; completed: string | null; cancelled: string | null }
    >();
    for (const { payload, occurredAt } of events) {
      const current = byOrder.get(payload.order.id) ?? {
        order: payload.order,
        status: payload.to,
        delivered: null,
        completed: null,
        cancelled: null,
      };
      current.order = payload.order;
      current.status = payload.to;
      if (payload.to === SellerOrderStatus.DELIVERED) current.delivered ??= payload.order.deliveredAt ?? occurredAt;
      if (payload.to === SellerOrderStatus.COMPLETED) current.completed ??= occurredAt;
      if (payload.to === SellerOrderStatus.CANCELLED) current.cancelled ??= occurredAt;
      byOrder.set(payload.order.id, current);
    }
    const rows = [...byOrder.values()];
    await transaction.query(
      `INSERT INTO seller_order (id, buyer_company_id, seller_company_id, buyer_legal_entity_id, currency, payment_mode, payment_term_days, status,
                                 delivered_at, completed_at, cancelled_at)
       SELECT id, buyer, seller, legal_entity, currency, payment_mode, term_days, status, delivered, NULL::timestamptz, cancelled
         FROM json_to_recordset($1::json) AS x(id uuid, buyer uuid, seller uuid, legal_entity uuid, currency char(3), payment_mode text, term_days int,
                                               status text, delivered timestamptz, cancelled timestamptz)
       ON CONFLICT (id) DO UPDATE SET
         status = CASE WHEN seller_order.completed_at IS NULL AND seller_order.cancelled_at IS NULL THEN EXCLUDED.status ELSE seller_order.status END,
         payment_mode = EXCLUDED.payment_mode,
         payment_term_days = EXCLUDED.payment_term_days,
         buyer_legal_entity_id = coalesce(EXCLUDED.buyer_legal_entity_id, seller_order.buyer_legal_entity_id),
         delivered_at = coalesce(seller_order.delivered_at, EXCLUDED.delivered_at),
         cancelled_at = coalesce(seller_order.cancelled_at, EXCLUDED.cancelled_at)`,
      // completed_at is set with the completion's posting (complete()), not here.
      [
        JSON.stringify(
          rows.map((row) => ({
            id: row.order.id,
            buyer: row.order.buyerCompanyId,
            seller: row.order.sellerCompanyId,
            legal_entity: row.order.buyerLegalEntityId,
            currency: row.order.currency,
            payment_mode: row.order.paymentMode,
            term_days: row.order.paymentTermDays,
            status: row.status,
            delivered: row.delivered,
            cancelled: row.cancelled,
          })),
        ),
      ],
    );
  }

  /** The invoice a seller order gets: on net terms at delivery, due after the payment term; paid in advance at placement, due at once. */
  private invoiceOf(event: OrderEvent): Omit<Invoice, 'number'> {
    const { order } = event.payload;
    const netTerms = order.paymentMode === PaymentMode.NET_TERMS;
    const issuedAt = netTerms ? (order.deliveredAt ?? event.occurredAt) : event.occurredAt;
    const days = order.paymentTermDays ?? 0;
    const invoice = issueInvoice({
      sellerOrderId: order.id,
      number: 'assigned-when-stored',
      buyerCompanyId: order.buyerCompanyId,
      sellerCompanyId: order.sellerCompanyId,
      currency: order.currency,
      // What the delivery posts to the buyer's receivable: net - loyalty discount + shipping.
      amountMinor: order.netMinor - order.loyaltyDiscountMinor + order.shippingFeeMinor,
      terms: netTerms ? { kind: 'NET_TERMS', paymentTermDays: days } : { kind: 'PREPAYMENT' },
      issuedAt,
    });
    // A "day" of the payment term is SETTLEMENTS_DAY_SECONDS long (86400 unless a test shortens it).
    const dueAt = netTerms
      ? new Date(Date.parse(issuedAt) + days * this.config.SETTLEMENTS_DAY_SECONDS * 1000).toISOString()
      : invoice.dueAt;
    const { number: _number, ...rest } = invoice;
    return { ...rest, dueAt };
  }

  private deliveryEntries(event: OrderEvent): JournalEntry[] {
    const { order } = event.payload;
    return sellerOrderDelivered({
      eventId: event.id,
      currency: order.currency,
      occurredAt: event.occurredAt,
      sellerOrderId: order.id,
      buyerCompanyId: order.buyerCompanyId,
      sellerCompanyId: order.sellerCompanyId,
      netMinor: order.netMinor,
      loyaltyDiscountMinor: order.loyaltyDiscountMinor,
      shippingFeeMinor: order.shippingFeeMinor,
      commissionMinor: order.commissionMinor,
    });
  }

  /** Moves what each completed order still holds to its seller's available balance (read under the account's lock). */
  private async complete(transaction: EntityManager, events: readonly OrderEvent[]): Promise<void> {
    const pendingOf = (order: SellerOrderRecord) => sellerPayablePending(order.sellerCompanyId, order.id, order.currency);
    const pending = await this.ledger.lockedBalances(
      transaction,
      events.map((event) => pendingOf(event.payload.order)),
    );
    await this.bookkeeper.post(
      transaction,
      events.flatMap((event) => {
        const { order } = event.payload;
        return sellerOrderCompleted({
          eventId: event.id,
          currency: order.currency,
          occurredAt: event.occurredAt,
          sellerOrderId: order.id,
          sellerCompanyId: order.sellerCompanyId,
          pendingMinor: pending.get(accountKey(pendingOf(order))) ?? 0,
        });
      }),
    );
    await transaction.query(
      `INSERT INTO seller_order (id, buyer_company_id, seller_company_id, buyer_legal_entity_id, currency, payment_mode, payment_term_days, status, completed_at)
       SELECT id, buyer, seller, legal_entity, currency, payment_mode, term_days, 'COMPLETED', at
         FROM json_to_recordset($1::json)
           AS x(id uuid, buyer uuid, seller uuid, legal_entity uuid, currency char(3), payment_mode text, term_days int, at timestamptz)
       ON CONFLICT (id) DO UPDATE SET status = 'COMPLETED', completed_at = coalesce(seller_order.completed_at, EXCLUDED.completed_at)`,
      [
        JSON.stringify(
          events.map(({ payload: { order }, occurredAt }) => ({
            id: order.id,
            buyer: order.buyerCompanyId,
            seller: order.sellerCompanyId,
            legal_entity: order.buyerLegalEntityId,
            currency: order.currency,
            payment_mode: order.paymentMode,
            term_days: order.paymentTermDays,
            at: occurredAt,
          })),
        ),
      ],
    );
  }

  /** A cancelled order's prepayment invoice is void; whatever was paid on it stays on the buyer's receivable as credit. */
  private async voidPrepayment(transaction: EntityManager, order: SellerOrderRecord): Promise<void> {
    await this.invoices.voidFor(transaction, order.id, 'CANCELLED');
  }
}

/** The first event per order (a step is taken once; a second copy under another id would only repeat it). */
function onePerOrder(events: readonly OrderEvent[]): OrderEvent[] {
  return [...new Map([...events].reverse().map((event) => [event.payload.order.id, event])).values()].reverse();
}
