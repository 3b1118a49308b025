/**
 * Every way the settlements rules refuse an input, one code each. Declared once here; the
 * settlements service maps each to its command contract's code and the gateway to a GraphQL
 * error. Per-row outcomes of a bank-statement file are results, not errors (see bank-csv.ts).
 */
export type LedgerErrorCode =
  // journal entries
  /** An entry without postings. */
  | 'EMPTY_ENTRY'
  /** Debits and credits of an entry differ. */
  | 'UNBALANCED_ENTRY'
  /** An amount that is not a safe integer above zero (or, for a rule's input, not allowed by the rule). */
  | 'INVALID_AMOUNT'
  /** A posting with both sides or neither. */
  | 'INVALID_POSTING'
  /** An account whose kind is unknown or whose company or seller order is missing. */
  | 'INVALID_ACCOUNT'
  /** A posting's account in another currency than its entry, or a payment in another currency than its invoice. */
  | 'CURRENCY_MISMATCH'
  | 'UNKNOWN_CURRENCY'
  /** An id, a date or another field a rule needs is missing or malformed. */
  | 'INVALID_INPUT'
  // balances
  /** The entry would take a limited account below its floor (a payout above the seller's available balance). */
  | 'INSUFFICIENT_BALANCE'
  /** A running total would leave the safe-integer range. */
  | 'BALANCE_OVERFLOW'
  // allocations handed to the ledger
  /** A return's sellers plus platform do not equal its refund plus labels. */
  | 'ALLOCATION_NOT_CONSERVED'
  /** A return's parts that cannot hold together (labels borne by sellers above all labels, one seller order twice). */
  | 'INVALID_ALLOCATION'
  /** A payment's allocations add up to more than the payment. */
  | 'ALLOCATION_EXCEEDS_PAYMENT'
  /** The same invoice twice in one payment. */
  | 'DUPLICATE_ALLOCATION'
  // invoices
  | 'UNKNOWN_INVOICE'
  /** An invoice of another buyer company. */
  | 'FOREIGN_INVOICE';

export class LedgerError extends Error {
  constructor(
    readonly code: LedgerErrorCode,
    message: string,
    /** What the refusal is about: an account key, a balance, the amount asked, an invoice id. */
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = 'LedgerError';
  }
}
