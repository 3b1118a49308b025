import type { SettlementsErrorCode } from '@lotbook/contracts';

/** What each settlements refusal means, for the schema's `ErrorCode` enum and the README (codes shared with other contexts are described there). */
export const SETTLEMENTS_GRAPHQL_ERRORS: Record<
  Exclude<
    `${SettlementsErrorCode}`,
    'FORBIDDEN' | 'INVALID_INPUT' | 'UNKNOWN_CURRENCY' | 'COMPANY_NOT_FOUND' | 'COUNTERPARTIES_UNAVAILABLE' | 'REASON_REQUIRED'
  >,
  { description: string }
> = {
  INVALID_AMOUNT: { description: 'An amount of money is a whole number of minor units above zero' },
  UNKNOWN_INVOICE: { description: 'No such invoice, or a void one (its prepaid order was cancelled)' },
  FOREIGN_INVOICE: { description: 'The invoice is another company’s: a payment is set against the paying buyer’s invoices only' },
  INVOICE_CURRENCY_MISMATCH: { description: 'The payment is in another currency than the invoice' },
  DUPLICATE_ALLOCATION: { description: 'The same invoice is named twice in one payment' },
  ALLOCATION_EXCEEDS_PAYMENT: { description: 'The amounts set against invoices add up to more than the payment' },
  INSUFFICIENT_BALANCE: {
    description:
      'It would take a balance below its floor: a payout above the seller’s available balance, or a refund payout above what is payable; the message states both',
  },
  BROKEN_ENCODING: { description: 'The file is not UTF-8: export it as CSV in UTF-8; nothing was imported' },
  WRONG_COLUMNS: {
    description: 'The file’s header is not the columns required (the message names the missing and unknown ones); nothing was imported',
  },
  FILE_TOO_LARGE: { description: 'The file is larger than one import takes: split it' },
  UNKNOWN_PAYOUT: { description: 'No such payout' },
  PAYOUT_NOT_DUE: { description: 'The payout is not DUE: still collecting until its date, or paid already' },
  PAYOUT_NOT_PAID: { description: 'The payout is not PAID, so the bank cannot have sent it back: not paid yet, or returned already' },
  UNKNOWN_ACCOUNT: { description: 'No such ledger account (not a key, or never posted to)' },
  INVALID_PERIOD: { description: 'The period runs from an instant to a later one, at most 400 days (a payout period: 1 to 366 days)' },
};
