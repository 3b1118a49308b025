import {
  exposureChanged,
  invoiceStateChanged,
  type ExposureChangedPayload,
  InvoiceStatus,
  InvoiceTerms,
  type InvoiceRecord,
} from '@lotbook/contracts';
import { Outbox, outboxBatch, type OutboxEntry } from '@lotbook/messaging';
import { type Invoice, type InvoiceStateChange, outstandingOf } from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An invoice as stored: the domain's, VOID included (the domain never sees a void invoice). */
export interface StoredInvoice extends Omit<Invoice, 'status'> {
  readonly status: Invoice['status'] | 'VOID';
}

interface InvoiceRow {
  id: string;
  number: string;
  seller_order_id: string;
  buyer_company_id: string;
  seller_company_id: string;
  currency: string;
  terms: 'NET_TERMS' | 'PREPAYMENT';
  amount_minor: string;
  paid_minor: string;
  credited_minor: string;
  status: StoredInvoice['status'];
  issued_at: Date;
  due_at: Date;
}

const COLUMNS = `id, number, seller_order_id, buyer_company_id, seller_company_id, currency, terms, amount_minor::text, paid_minor::text,
  credited_minor::text, status, issued_at, due_at`;

function fromRow(row: InvoiceRow): StoredInvoice {
  return {
    id: row.id,
    number: row.number,
    sellerOrderId: row.seller_order_id,
    buyerCompanyId: row.buyer_company_id,
    sellerCompanyId: row.seller_company_id,
    currency: row.currency,
    terms: row.terms,
    amountMinor: Number(row.amount_minor),
    paidMinor: Number(row.paid_minor),
    creditedMinor: Number(row.credited_minor),
    status: row.status,
    issuedAt: row.issued_at.toISOString(),
    dueAt: row.due_at.toISOString(),
  };
}

/** The invoices the domain works on: every one but the void. */
export function live(invoices: readonly StoredInvoice[]): Invoice[] {
  return invoices.filter((invoice): invoice is Invoice => invoice.status !== 'VOID');
}

/** A buyer in a currency: the unit whose invoices are locked, changed and published together. */
export interface BuyerCurrency {
  readonly buyerCompanyId: string;
  readonly currency: string;
}

const pairKey = (pair: BuyerCurrency) => `${pair.buyerCompanyId}/${pair.currency}`;

/** Each distinct pair once, in a fixed order (the order advisory locks are taken in). */
export function distinctPairs(pairs: readonly BuyerCurrency[]): BuyerCurrency[] {
  return [...new Map(pairs.map((pair) => [pairKey(pair), { buyerCompanyId: pair.buyerCompanyId, currency: pair.currency }])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, pair]) => pair);
}

/**
 * Invoices in PostgreSQL, and the events that follow their changes. Whatever changes a buyer's
 * invoices (a delivery, a payment, a refund, a cancellation, the clock) first takes the
 * buyer's lock for the currency ({@link lockBuyers}), so their exposure is computed from what
 * the one before committed and the last event published is the last state.
 */
@Injectable()
export class InvoiceBook {
  constructor(private readonly outbox: Outbox) {}

  /** Serialises every change of these buyers' invoices until the transaction ends (advisory locks, in a fixed order). */
  async lockBuyers(transaction: EntityManager, pairs: readonly BuyerCurrency[]): Promise<void> {
    const distinct = distinctPairs(pairs);
    if (distinct.length === 0) return;
    await transaction.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('settlements.buyer/' || x, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS t(x, n) ORDER BY n`,
      [distinct.map(pairKey)],
    );
  }

  /** The buyer's invoices in the currency that may still take money (not paid, not void), locked. */
  async openOf(transaction: EntityManager, pair: BuyerCurrency): Promise<StoredInvoice[]> {
    const rows: InvoiceRow[] = await transaction.query(
      `SELECT ${COLUMNS} FROM invoice WHERE buyer_company_id = $1 AND currency = $2 AND status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')
        ORDER BY id FOR UPDATE`,
      [pair.buyerCompanyId, pair.currency],
    );
    return rows.map(fromRow);
  }

  async byIds(runner: Pick<EntityManager, 'query'>, ids: readonly string[], lock = false): Promise<StoredInvoice[]> {
    if (ids.length === 0) return [];
    const rows: InvoiceRow[] = await runner.query(
      `SELECT ${COLUMNS} FROM invoice WHERE id = ANY ($1::uuid[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [[...new Set(ids)]],
    );
    return rows.map(fromRow);
  }

  async bySellerOrders(runner: Pick<EntityManager, 'query'>, sellerOrderIds: readonly string[], lock = false): Promise<StoredInvoice[]> {
    if (sellerOrderIds.length === 0) return [];
    const rows: InvoiceRow[] = await runner.query(
      `SELECT ${COLUMNS} FROM invoice WHERE seller_order_id = ANY ($1::uuid[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [[...new Set(sellerOrderIds)]],
    );
    return rows.map(fromRow);
  }

  async byNumbers(runner: Pick<EntityManager, 'query'>, numbers: readonly string[]): Promise<StoredInvoice[]> {
    if (numbers.length === 0) return [];
    const rows: InvoiceRow[] = await runner.query(`SELECT ${COLUMNS} FROM invoice WHERE upper(number) = ANY ($1::text[])`, [
      [...new Set(numbers.map((number) => number.trim().toUpperCase()))],
    ]);
    return rows.map(fromRow);
  }

  /**
   * Stores new invoices (numbered here, `INV-<year>-<n>`); one per seller order, so an invoice
   * issued before is left as it is. Returns the ones stored now, and publishes their issue.
   */
  async issue(transaction: EntityManager, drafts: readonly Omit<Invoice, 'number'>[], reason: string): Promise<StoredInvoice[]> {
    if (drafts.length === 0) return [];
    const rows: InvoiceRow[] = await transaction.query(
      `INSERT INTO invoice (id, number, seller_order_id, buyer_company_id, seller_company_id, currency, terms, amount_minor, status, issued_at, due_at)
       SELECT x.id, 'INV-' || to_char(x.issued_at AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('invoice_number_seq')::text, 6, '0'),
              x.seller_order_id, x.buyer, x.seller, x.currency, x.terms, x.amount, 'ISSUED', x.issued_at, x.due_at
         FROM json_to_recordset($1::json)
           AS x(id uuid, seller_order_id uuid, buyer uuid, seller uuid, currency char(3), terms text, amount bigint, issued_at timestamptz, due_at timestamptz)
          WHERE NOT EXISTS (SELECT 1 FROM invoice i WHERE i.seller_order_id = x.seller_order_id)
       ON CONFLICT DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        JSON.stringify(
          drafts.map((draft) => ({
            id: draft.id,
            seller_order_id: draft.sellerOrderId,
            buyer: draft.buyerCompanyId,
            seller: draft.sellerCompanyId,
            currency: draft.currency,
            terms: draft.terms,
            amount: draft.amountMinor,
            issued_at: draft.issuedAt,
            due_at: draft.dueAt,
          })),
        ),
      ],
    );
    const issued = rows.map(fromRow);
    await this.publish(
      transaction,
      issued.map((invoice) => ({ invoice, from: null, reason })),
    );
    return issued;
  }

  /**
   * Writes what the domain changed on invoices (paid, credited, status) and publishes each
   * status change. `changes` are the domain's; `after` the invoices as the domain returned them.
   */
  async save(
    transaction: EntityManager,
    after: readonly StoredInvoice[],
    changes: readonly InvoiceStateChange[],
    reason: string,
  ): Promise<void> {
    if (after.length === 0) return;
    await transaction.query(
      `UPDATE invoice SET paid_minor = x.paid, credited_minor = x.credited,
              status_changed_at = CASE WHEN invoice.status <> x.status THEN now() ELSE invoice.status_changed_at END, status = x.status
         FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::text[]) AS x(id, paid, credited, status)
        WHERE invoice.id = x.id`,
      [
        after.map((invoice) => invoice.id),
        after.map((invoice) => String(invoice.paidMinor)),
        after.map((invoice) => String(invoice.creditedMinor)),
        after.map((invoice) => invoice.status),
      ],
    );
    const byId = new Map(after.map((invoice) => [invoice.id, invoice]));
    await this.publish(
      transaction,
      changes.map((change) => ({ invoice: byId.get(change.invoiceId) as StoredInvoice, from: change.from, reason })),
    );
  }

  /**
   * Voids the prepayment invoice of a cancelled seller order. What was paid on it stays on the
   * buyer's receivable as credit (the delivery that would have taken it never comes). An invoice
   * on net terms is issued at delivery, after which an order cannot be cancelled: never voided.
   */
  async voidFor(transaction: EntityManager, sellerOrderId: string, reason: string): Promise<void> {
    const [invoice] = await this.bySellerOrders(transaction, [sellerOrderId], true);
    if (!invoice || invoice.status === 'VOID' || invoice.terms !== 'PREPAYMENT') return;
    await transaction.query(`UPDATE invoice SET status = 'VOID', status_changed_at = now() WHERE id = $1`, [invoice.id]);
    await this.publish(transaction, [{ invoice: { ...invoice, status: 'VOID' }, from: invoice.status, reason }]);
  }

  /** Publishes invoice state changes (the invoice after each). */
  async publish(
    transaction: EntityManager,
    changes: ReadonlyArray<{ invoice: StoredInvoice; from: StoredInvoice['status'] | null; reason: string }>,
  ): Promise<void> {
    if (changes.length === 0) return;
    await this.outbox.enqueueMany(
      transaction,
      invoiceStateChanged,
      changes.map(({ invoice, from, reason }) => ({
        key: invoice.buyerCompanyId,
        payload: {
          from: from === null ? null : (from as InvoiceStatus),
          to: invoice.status as InvoiceStatus,
          invoice: eventView(invoice),
          reason,
        },
      })),
    );
  }

  /**
   * Publishes each buyer's credit exposure in the currency as it is now: what it still owes on
   * its invoices on net terms, whether one of them is overdue, and every order invoiced on net
   * terms (the figures of the domain's `creditExposure`, summed here by PostgreSQL so a batch of
   * deliveries does not read every invoice of its buyers back). Call it after the buyers'
   * invoices changed, under their lock.
   */
  async publishExposure(transaction: EntityManager, pairs: readonly BuyerCurrency[]): Promise<void> {
    const distinct = distinctPairs(pairs);
    if (distinct.length === 0) return;
    const rows: Array<{ buyer: string; currency: string; unpaid: string | null; overdue: boolean | null; orders: string[] | null }> =
      await transaction.query(
        `SELECT x.buyer, x.currency,
                sum(i.amount_minor - i.paid_minor - i.credited_minor)::text AS unpaid,
                bool_or(i.status = 'OVERDUE') AS overdue,
                array_agg(i.seller_order_id ORDER BY i.seller_order_id) FILTER (WHERE i.id IS NOT NULL) AS orders
           FROM unnest($1::uuid[], $2::char(3)[]) AS x(buyer, currency)
           LEFT JOIN invoice i ON i.buyer_company_id = x.buyer AND i.currency = x.currency AND i.terms = 'NET_TERMS' AND i.status <> 'VOID'
          GROUP BY x.buyer, x.currency`,
        [distinct.map((pair) => pair.buyerCompanyId), distinct.map((pair) => pair.currency)],
      );
    const asOf = new Date().toISOString();
    const entries: OutboxEntry<ExposureChangedPayload>[] = rows.map((row) => ({
      key: row.buyer,
      payload: {
        buyerCompanyId: row.buyer,
        currency: row.currency,
        unpaidMinor: Number(row.unpaid ?? 0),
        overdue: row.overdue ?? false,
        invoicedOrderIds: row.orders ?? [],
        asOf,
      },
    }));
    await this.outbox.write(transaction, [outboxBatch(exposureChanged, entries)]);
  }

  /** Invoices as the API shows them, with their payments and credits, in the order of `ids`. */
  async records(runner: Pick<EntityManager, 'query'>, ids: readonly string[]): Promise<InvoiceRecord[]> {
    const invoices = await this.byIds(runner, ids);
    if (invoices.length === 0) return [];
    const payments: Array<{ invoice_id: string; payment_id: string; amount_minor: string; received_at: Date }> = await runner.query(
      `SELECT a.invoice_id, a.payment_id, a.amount_minor::text, p.received_at FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
        WHERE a.invoice_id = ANY ($1::uuid[]) ORDER BY p.received_at, p.id`,
      [invoices.map((invoice) => invoice.id)],
    );
    const credits: Array<{ invoice_id: string; return_id: string; amount_minor: string; credited_at: Date }> = await runner.query(
      `SELECT invoice_id, return_id, amount_minor::text, credited_at FROM invoice_credit WHERE invoice_id = ANY ($1::uuid[]) ORDER BY credited_at, return_id`,
      [invoices.map((invoice) => invoice.id)],
    );
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    return ids
      .filter((id) => byId.has(id))
      .map((id) => {
        const invoice = byId.get(id) as StoredInvoice;
        return {
          ...eventView(invoice),
          payments: payments
            .filter((row) => row.invoice_id === id)
            .map((row) => ({
              paymentId: row.payment_id,
              amountMinor: Number(row.amount_minor),
              receivedAt: row.received_at.toISOString(),
            })),
          credits: credits
            .filter((row) => row.invoice_id === id)
            .map((row) => ({ returnId: row.return_id, amountMinor: Number(row.amount_minor), at: row.credited_at.toISOString() })),
        };
      });
  }
}

function eventView(invoice: StoredInvoice): Omit<InvoiceRecord, 'payments' | 'credits'> {
  const outstanding = invoice.status === 'VOID' ? 0 : outstandingOf(invoice as Invoice);
  return {
    id: invoice.id,
    number: invoice.number,
    sellerOrderId: invoice.sellerOrderId,
    buyerCompanyId: invoice.buyerCompanyId,
    sellerCompanyId: invoice.sellerCompanyId,
    currency: invoice.currency,
    terms: invoice.terms as InvoiceTerms,
    amountMinor: invoice.amountMinor,
    paidMinor: invoice.paidMinor,
    creditedMinor: invoice.creditedMinor,
    outstandingMinor: outstanding,
    status: invoice.status as InvoiceStatus,
    overdue: invoice.status === 'OVERDUE',
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
  };
}
