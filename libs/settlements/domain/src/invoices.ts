import { isCurrencyCode } from '@lotbook/money';
import { parseIsoInstant } from './dates';
import { LedgerError } from './errors';
import { deterministicUuid } from './ids';
import type { PaymentAllocation } from './postings';

// Invoices: one per seller order. On net terms it is issued at delivery and due after the
// buyer's payment term; for a buyer paying in advance it is issued when the order is placed
// and due at once (its payment moves the order on; it is never "overdue": the order waits
// in AWAITING_PAYMENT under orders' time limits instead). Payments and refunds are set
// against invoices here; the ledger holds the same money as one receivable per buyer
// (postings.ts), whose balance is the unpaid invoices of delivered orders less the buyer's
// credit.

export type InvoiceStatus = 'ISSUED' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE';

/** Allowed moves. PAID means nothing is left to pay (paid, or set off by refunds); it is final. */
export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  ISSUED: ['PARTIALLY_PAID', 'PAID', 'OVERDUE'],
  PARTIALLY_PAID: ['PAID', 'OVERDUE'],
  OVERDUE: ['PAID'],
  PAID: [],
};

export type InvoiceTerms = { readonly kind: 'NET_TERMS'; readonly paymentTermDays: number } | { readonly kind: 'PREPAYMENT' };

export interface Invoice {
  /** One invoice per seller order: derived from it ({@link invoiceIdFor}). */
  readonly id: string;
  /** The number printed on the invoice and quoted on bank transfers. */
  readonly number: string;
  readonly sellerOrderId: string;
  readonly buyerCompanyId: string;
  readonly sellerCompanyId: string;
  readonly currency: string;
  /** What the buyer pays for the seller order: net - loyalty discount + shipping fee. */
  readonly amountMinor: number;
  readonly paidMinor: number;
  /** Refunds set against the invoice. */
  readonly creditedMinor: number;
  readonly terms: InvoiceTerms['kind'];
  readonly issuedAt: string;
  readonly dueAt: string;
  readonly status: InvoiceStatus;
}

/** `InvoiceStateChanged`: what a payment, a refund or the clock moved. */
export interface InvoiceStateChange {
  readonly invoiceId: string;
  readonly from: InvoiceStatus;
  readonly to: InvoiceStatus;
}

export const invoiceIdFor = (sellerOrderId: string): string => deterministicUuid('invoice', sellerOrderId);

export function outstandingOf(invoice: Invoice): number {
  return invoice.amountMinor - invoice.paidMinor - invoice.creditedMinor;
}

const DAY_MS = 86_400_000;
const MAX_PAYMENT_TERM_DAYS = 3_650;

function requireId(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new LedgerError('INVALID_INPUT', `${field} must be a non-empty id`, { field });
}

function requireInstant(value: unknown, field: string): number {
  const ms = typeof value === 'string' ? parseIsoInstant(value) : null;
  if (ms === null)
    throw new LedgerError('INVALID_INPUT', `${field} must be an ISO 8601 date-time with its offset, got "${String(value)}"`, { field });
  return ms;
}

function requireCurrency(value: unknown): void {
  if (typeof value !== 'string' || !isCurrencyCode(value))
    throw new LedgerError('UNKNOWN_CURRENCY', `"${String(value)}" is not an ISO 4217 currency code`);
}

function requireAmount(value: unknown, field: string, min: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new LedgerError('INVALID_AMOUNT', `${field} must be a safe integer of minor units of at least ${min}, got ${String(value)}`, {
      field,
    });
  }
}

export interface IssueInvoiceInput {
  readonly sellerOrderId: string;
  readonly number: string;
  readonly buyerCompanyId: string;
  readonly sellerCompanyId: string;
  readonly currency: string;
  readonly amountMinor: number;
  readonly terms: InvoiceTerms;
  /** On net terms the delivery; for prepayment the placement of the order. */
  readonly issuedAt: string;
}

/** The invoice of a seller order: due `paymentTermDays` days after issue on net terms, at once for prepayment. */
export function issueInvoice(input: IssueInvoiceInput): Invoice {
  requireId(input.sellerOrderId, 'sellerOrderId');
  requireId(input.number, 'number');
  requireId(input.buyerCompanyId, 'buyerCompanyId');
  requireId(input.sellerCompanyId, 'sellerCompanyId');
  requireCurrency(input.currency);
  requireAmount(input.amountMinor, 'amountMinor', 1);
  const issuedMs = requireInstant(input.issuedAt, 'issuedAt');
  let dueMs = issuedMs;
  if (input.terms?.kind === 'NET_TERMS') {
    const days = input.terms.paymentTermDays;
    if (!Number.isSafeInteger(days) || days < 0 || days > MAX_PAYMENT_TERM_DAYS) {
      throw new LedgerError(
        'INVALID_INPUT',
        `paymentTermDays must be a whole number of days from 0 to ${MAX_PAYMENT_TERM_DAYS}, got ${days}`,
        {
          field: 'paymentTermDays',
        },
      );
    }
    dueMs = issuedMs + days * DAY_MS;
  } else if (input.terms?.kind !== 'PREPAYMENT') {
    throw new LedgerError('INVALID_INPUT', 'terms must be NET_TERMS with paymentTermDays, or PREPAYMENT', { field: 'terms' });
  }
  return {
    id: invoiceIdFor(input.sellerOrderId),
    number: input.number,
    sellerOrderId: input.sellerOrderId,
    buyerCompanyId: input.buyerCompanyId,
    sellerCompanyId: input.sellerCompanyId,
    currency: input.currency,
    amountMinor: input.amountMinor,
    paidMinor: 0,
    creditedMinor: 0,
    terms: input.terms.kind,
    issuedAt: input.issuedAt,
    dueAt: new Date(dueMs).toISOString(),
    status: 'ISSUED',
  };
}

/** Oldest due first; then oldest issued, then by number, so the order never depends on the input's. */
function byDueDate(a: Invoice, b: Invoice): number {
  return (
    Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
    Date.parse(a.issuedAt) - Date.parse(b.issuedAt) ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function statusAfter(invoice: Invoice): InvoiceStatus {
  if (outstandingOf(invoice) === 0) return 'PAID';
  if (invoice.status === 'ISSUED' && invoice.paidMinor + invoice.creditedMinor > 0) return 'PARTIALLY_PAID';
  return invoice.status;
}

interface Settlement {
  readonly invoices: Invoice[];
  readonly applied: PaymentAllocation[];
  readonly changes: InvoiceStateChange[];
}

/** Sets amounts against invoices, each at most its outstanding, into `field`. */
function settle(invoices: readonly Invoice[], targets: readonly PaymentAllocation[], field: 'paidMinor' | 'creditedMinor'): Settlement {
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const applied: PaymentAllocation[] = [];
  const changes: InvoiceStateChange[] = [];
  for (const target of targets) {
    const invoice = byId.get(target.invoiceId) as Invoice;
    const amount = Math.min(target.amountMinor, outstandingOf(invoice));
    if (amount <= 0) continue;
    const moved = { ...invoice, [field]: invoice[field] + amount };
    const updated = { ...moved, status: statusAfter(moved) };
    byId.set(invoice.id, updated);
    applied.push({ invoiceId: invoice.id, amountMinor: amount });
    if (updated.status !== invoice.status) changes.push({ invoiceId: invoice.id, from: invoice.status, to: updated.status });
  }
  return { invoices: invoices.map((invoice) => byId.get(invoice.id) as Invoice), applied, changes };
}

/** Spreads an amount over invoices oldest due first. */
function oldestFirst(candidates: readonly Invoice[], amountMinor: number): PaymentAllocation[] {
  const targets: PaymentAllocation[] = [];
  let left = amountMinor;
  for (const invoice of [...candidates].sort(byDueDate)) {
    if (left === 0) break;
    const amount = Math.min(left, outstandingOf(invoice));
    if (amount <= 0) continue;
    targets.push({ invoiceId: invoice.id, amountMinor: amount });
    left -= amount;
  }
  return targets;
}

function assertInvoiceList(invoices: readonly Invoice[]): void {
  const ids = new Set<string>();
  for (const invoice of invoices) {
    if (ids.has(invoice.id)) throw new LedgerError('INVALID_INPUT', `invoice ${invoice.id} is listed twice`, { invoiceId: invoice.id });
    ids.add(invoice.id);
  }
}

export interface InvoicePayment {
  readonly paymentId: string;
  readonly buyerCompanyId: string;
  readonly currency: string;
  readonly amountMinor: number;
  /** Invoices the payer named, with how much for each. None named: oldest due first. */
  readonly allocations?: readonly PaymentAllocation[];
}

export interface PaymentApplication {
  /** The invoices given, in their order, with those the payment reached updated. */
  readonly invoices: Invoice[];
  /** What was set against which invoice: the `allocations` of the paymentReceived posting. */
  readonly applied: PaymentAllocation[];
  /** What no invoice took: the buyer's credit. */
  readonly creditMinor: number;
  readonly changes: InvoiceStateChange[];
}

/**
 * Sets a payment against invoices: the named ones (each up to what it still owes), or,
 * when none is named, the buyer's unpaid invoices in the payment's currency oldest due
 * first. What is left over stays as the buyer's credit. Refused, changing nothing: an
 * unknown invoice, another company's invoice, an amount that is zero or negative, a
 * currency that differs from the invoice's, an invoice named twice, allocations above the
 * payment.
 */
export function applyPayment(invoices: readonly Invoice[], payment: InvoicePayment): PaymentApplication {
  requireId(payment.paymentId, 'paymentId');
  requireId(payment.buyerCompanyId, 'buyerCompanyId');
  requireCurrency(payment.currency);
  requireAmount(payment.amountMinor, 'amountMinor', 1);
  assertInvoiceList(invoices);
  const named = payment.allocations ?? [];
  let targets: PaymentAllocation[];
  if (named.length > 0) {
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    const seen = new Set<string>();
    let total = 0;
    for (const allocation of named) {
      const invoice = byId.get(allocation.invoiceId);
      if (!invoice)
        throw new LedgerError('UNKNOWN_INVOICE', `invoice ${allocation.invoiceId} does not exist`, { invoiceId: allocation.invoiceId });
      if (invoice.buyerCompanyId !== payment.buyerCompanyId) {
        throw new LedgerError('FOREIGN_INVOICE', `invoice ${invoice.number} is not ${payment.buyerCompanyId}'s`, { invoiceId: invoice.id });
      }
      if (invoice.currency !== payment.currency) {
        throw new LedgerError(
          'CURRENCY_MISMATCH',
          `invoice ${invoice.number} is in ${invoice.currency}, the payment in ${payment.currency}`,
          { invoiceId: invoice.id },
        );
      }
      requireAmount(allocation.amountMinor, `the allocation to ${invoice.number}`, 1);
      if (seen.has(invoice.id))
        throw new LedgerError('DUPLICATE_ALLOCATION', `invoice ${invoice.number} is named twice`, { invoiceId: invoice.id });
      seen.add(invoice.id);
      total += allocation.amountMinor;
    }
    if (total > payment.amountMinor) {
      throw new LedgerError('ALLOCATION_EXCEEDS_PAYMENT', `allocations of ${total} exceed the payment of ${payment.amountMinor}`, {
        allocatedMinor: total,
      });
    }
    targets = [...named];
  } else {
    const open = invoices.filter((invoice) => invoice.buyerCompanyId === payment.buyerCompanyId && invoice.currency === payment.currency);
    targets = oldestFirst(open, payment.amountMinor);
  }
  const settled = settle(invoices, targets, 'paidMinor');
  const appliedTotal = settled.applied.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  return { ...settled, creditMinor: payment.amountMinor - appliedTotal };
}

export interface InvoiceRefund {
  readonly returnId: string;
  readonly buyerCompanyId: string;
  readonly currency: string;
  /** The return's refund to the buyer; zero changes nothing. */
  readonly amountMinor: number;
  /** The seller orders the return is of: their invoices are reduced first. */
  readonly sellerOrderIds: readonly string[];
}

export interface RefundApplication {
  readonly invoices: Invoice[];
  readonly applied: PaymentAllocation[];
  /** What no invoice took: the refund payable an operator pays out. */
  readonly refundPayableMinor: number;
  readonly changes: InvoiceStateChange[];
}

/**
 * Sets a refund against what the buyer still owes: first the invoices of the returned seller
 * orders, then its other unpaid invoices in the currency oldest due first. The rest is a
 * refund payable. The part set against invoices is `min(refund, outstandingMinor)`, exactly
 * what returnRefunded credits to the buyer's receivable.
 */
export function applyRefund(invoices: readonly Invoice[], refund: InvoiceRefund): RefundApplication {
  requireId(refund.returnId, 'returnId');
  requireId(refund.buyerCompanyId, 'buyerCompanyId');
  requireCurrency(refund.currency);
  requireAmount(refund.amountMinor, 'amountMinor', 0);
  assertInvoiceList(invoices);
  const own = invoices.filter((invoice) => invoice.buyerCompanyId === refund.buyerCompanyId && invoice.currency === refund.currency);
  const returnedOrders = new Set(refund.sellerOrderIds);
  const first = oldestFirst(
    own.filter((invoice) => returnedOrders.has(invoice.sellerOrderId)),
    refund.amountMinor,
  );
  const firstTotal = first.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  const rest = oldestFirst(
    own.filter((invoice) => !returnedOrders.has(invoice.sellerOrderId)),
    refund.amountMinor - firstTotal,
  );
  const settled = settle(invoices, [...first, ...rest], 'creditedMinor');
  const appliedTotal = settled.applied.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  return { ...settled, refundPayableMinor: refund.amountMinor - appliedTotal };
}

/** What the buyer still owes on its invoices in the currency: returnRefunded's `outstandingReceivableMinor`. */
export function outstandingMinor(invoices: readonly Invoice[], buyerCompanyId: string, currency: string): number {
  return invoices
    .filter((invoice) => invoice.buyerCompanyId === buyerCompanyId && invoice.currency === currency)
    .reduce((sum, invoice) => sum + outstandingOf(invoice), 0);
}

/**
 * Invoices on net terms that became overdue by `now` (past their due date with something
 * left to pay), with their status set to OVERDUE. An invoice already OVERDUE is not
 * returned again: the event is raised once. Prepayment invoices are never overdue.
 */
export function overdue(now: Date, invoices: readonly Invoice[]): Invoice[] {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new LedgerError('INVALID_INPUT', 'now must be a valid date', { field: 'now' });
  return invoices
    .filter(
      (invoice) =>
        invoice.terms === 'NET_TERMS' &&
        (invoice.status === 'ISSUED' || invoice.status === 'PARTIALLY_PAID') &&
        outstandingOf(invoice) > 0 &&
        Date.parse(invoice.dueAt) < nowMs,
    )
    .map((invoice) => ({ ...invoice, status: 'OVERDUE' as const }));
}

export interface CreditExposure {
  readonly buyerCompanyId: string;
  readonly currency: string;
  /** The unpaid amount of the buyer's invoices on net terms. */
  readonly exposureMinor: number;
  readonly unpaid: readonly { readonly invoiceId: string; readonly sellerOrderId: string; readonly outstandingMinor: number }[];
  /**
   * Every seller order invoiced on net terms, paid or not: orders stops counting these as
   * its own deferred orders once an exposure event names them.
   */
  readonly sellerOrderIds: readonly string[];
}

/** The buyer's credit exposure in a currency, for orders' credit check. */
export function creditExposure(invoices: readonly Invoice[], buyerCompanyId: string, currency: string): CreditExposure {
  const onTerms = invoices.filter(
    (invoice) => invoice.buyerCompanyId === buyerCompanyId && invoice.currency === currency && invoice.terms === 'NET_TERMS',
  );
  const unpaid = onTerms
    .filter((invoice) => outstandingOf(invoice) > 0)
    .sort(byDueDate)
    .map((invoice) => ({ invoiceId: invoice.id, sellerOrderId: invoice.sellerOrderId, outstandingMinor: outstandingOf(invoice) }));
  return {
    buyerCompanyId,
    currency,
    exposureMinor: unpaid.reduce((sum, row) => sum + row.outstandingMinor, 0),
    unpaid,
    sellerOrderIds: onTerms.map((invoice) => invoice.sellerOrderId).sort(),
  };
}
