import { OrdersDomainError } from './errors';

/** A buyer's credit terms from counterparties: a limit and a payment term, in one currency. */
export interface CreditTerms {
  readonly currency: string;
  readonly creditLimitMinor: number | null;
  readonly paymentTermDays: number | null;
}

export interface CreditQuestion {
  /** The buyer's terms; null when it has none. */
  readonly terms: CreditTerms | null;
  /**
   * What the buyer owes or has committed on deferred terms, in the terms' currency: unpaid
   * invoices, its orders on terms not yet invoiced, holds for waiting and open bids.
   */
  readonly exposureMinor: number;
  /** The new purchase's total, or the bid's maximum value. */
  readonly amountMinor: number;
  readonly currency: string;
}

export type CreditDecision =
  /** The buyer pays in advance: it has no usable terms, or buys in a currency other than its terms'. */
  | { readonly kind: 'PREPAY'; readonly reason: 'NO_CREDIT_TERMS' | 'OTHER_CURRENCY' }
  | {
      readonly kind: 'NET_TERMS';
      readonly currency: string;
      readonly paymentTermDays: number;
      readonly limitMinor: number;
      readonly exposureMinor: number;
      readonly requestedMinor: number;
      /** limit − (exposure + requested): what stays available after this purchase. */
      readonly remainingMinor: number;
    }
  | {
      readonly kind: 'REFUSED';
      readonly code: 'CREDIT_LIMIT_EXCEEDED';
      readonly limitMinor: number;
      readonly exposureMinor: number;
      readonly requestedMinor: number;
    };

function assertWhole(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new OrdersDomainError('INVALID_AMOUNT', `${field} must be a non-negative safe integer, got ${value}`, field);
  }
}

/**
 * Decides how a purchase is paid for:
 * - without terms, or with terms lacking a credit limit or a payment term: in advance (PREPAY);
 * - in a currency other than the terms': in advance too (the buyer buys on deferred payment
 *   "in that currency" only; a purchase elsewhere is not refused, it is prepaid);
 * - on terms when exposure + amount <= limit (NET_TERMS), else refused with
 *   CREDIT_LIMIT_EXCEEDED stating the limit, the exposure and the amount asked. A limit of 0
 *   with a payment term is terms with no room: any purchase above 0 is refused, not prepaid.
 * Exposure is what is owed and committed, 0 or more; the sum is exact (bigint).
 */
export function checkCredit(question: CreditQuestion): CreditDecision {
  const { terms, exposureMinor, amountMinor, currency } = question;
  assertWhole(exposureMinor, 'exposureMinor');
  assertWhole(amountMinor, 'amountMinor');
  if (terms === null || terms.creditLimitMinor === null || terms.paymentTermDays === null)
    return { kind: 'PREPAY', reason: 'NO_CREDIT_TERMS' };
  assertWhole(terms.creditLimitMinor, 'creditLimitMinor');
  assertWhole(terms.paymentTermDays, 'paymentTermDays');
  if (terms.currency !== currency) return { kind: 'PREPAY', reason: 'OTHER_CURRENCY' };
  const remaining = BigInt(terms.creditLimitMinor) - BigInt(exposureMinor) - BigInt(amountMinor);
  if (remaining < 0n) {
    return {
      kind: 'REFUSED',
      code: 'CREDIT_LIMIT_EXCEEDED',
      limitMinor: terms.creditLimitMinor,
      exposureMinor,
      requestedMinor: amountMinor,
    };
  }
  return {
    kind: 'NET_TERMS',
    currency,
    paymentTermDays: terms.paymentTermDays,
    limitMinor: terms.creditLimitMinor,
    exposureMinor,
    requestedMinor: amountMinor,
    remainingMinor: Number(remaining),
  };
}
