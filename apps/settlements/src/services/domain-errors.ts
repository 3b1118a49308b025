import { LedgerError, type LedgerErrorCode } from '@lotbook/settlements-domain';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';

/**
 * Each refusal of the ledger rules as the code a settlements command answers; exhaustive, so a
 * new rule's code cannot be forgotten. Codes no command input can cause (an unbalanced entry,
 * an overflow) are INVALID_INPUT: the posting is refused and nothing changes.
 */
const DOMAIN_CODES: Record<LedgerErrorCode, Code> = {
  EMPTY_ENTRY: Code.INVALID_INPUT,
  UNBALANCED_ENTRY: Code.INVALID_INPUT,
  INVALID_AMOUNT: Code.INVALID_AMOUNT,
  INVALID_POSTING: Code.INVALID_INPUT,
  INVALID_ACCOUNT: Code.INVALID_INPUT,
  CURRENCY_MISMATCH: Code.INVOICE_CURRENCY_MISMATCH,
  UNKNOWN_CURRENCY: Code.UNKNOWN_CURRENCY,
  INVALID_INPUT: Code.INVALID_INPUT,
  INSUFFICIENT_BALANCE: Code.INSUFFICIENT_BALANCE,
  BALANCE_OVERFLOW: Code.INVALID_AMOUNT,
  ALLOCATION_NOT_CONSERVED: Code.INVALID_INPUT,
  INVALID_ALLOCATION: Code.INVALID_INPUT,
  ALLOCATION_EXCEEDS_PAYMENT: Code.ALLOCATION_EXCEEDS_PAYMENT,
  DUPLICATE_ALLOCATION: Code.DUPLICATE_ALLOCATION,
  UNKNOWN_INVOICE: Code.UNKNOWN_INVOICE,
  FOREIGN_INVOICE: Code.FOREIGN_INVOICE,
};

/** The settlements code of a refusal of the ledger rules. */
export function codeOf(error: LedgerError): Code {
  return DOMAIN_CODES[error.code];
}

/** Rethrows a refusal of the ledger rules as a SettlementsError with its code; anything else as it is. */
export function fromDomain(error: unknown): never {
  if (error instanceof LedgerError)
    throw new SettlementsError(codeOf(error), error.message, String(error.details.field ?? '') || undefined);
  throw error;
}
