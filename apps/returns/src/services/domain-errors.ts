import { ReturnsDomainError, type ReturnsDomainErrorCode } from '@lotbook/returns-domain';
import { ReturnsError, ReturnsErrorCode as Code } from '../returns.exception';

/**
 * Each refusal of the returns rules as the code a returns command answers; exhaustive, so a new
 * rule's code cannot be forgotten. `null`: the stored figures or history do not hold together,
 * which is a bug of Lotbook's, not a refusal of the request.
 */
const DOMAIN_CODES: Record<ReturnsDomainErrorCode, Code | null> = {
  QUANTITY_NOT_RETURNABLE: Code.QUANTITY_NOT_RETURNABLE,
  UNKNOWN_LINE: Code.UNKNOWN_LINE,
  DUPLICATE_LINE: Code.DUPLICATE_LINE,
  UNKNOWN_REASON: Code.UNKNOWN_REASON,
  NON_POSITIVE_QUANTITY: Code.NON_POSITIVE_QUANTITY,
  EMPTY_RETURN: Code.EMPTY_RETURN,
  RETURN_WINDOW_CLOSED: Code.RETURN_WINDOW_CLOSED,
  TRANSITION_NOT_ALLOWED: Code.TRANSITION_NOT_ALLOWED,
  FORBIDDEN: Code.FORBIDDEN,
  OPERATOR_ACCEPTANCE_REQUIRED: Code.OPERATOR_ACCEPTANCE_REQUIRED,
  NOTHING_TO_DISPUTE: Code.NOTHING_TO_DISPUTE,
  NOTE_REQUIRED: Code.NOTE_REQUIRED,
  UNKNOWN_FAULT: Code.UNKNOWN_FAULT,
  DUPLICATE_REASON: Code.DUPLICATE_REASON,
  INVALID_RETURN_WINDOW: Code.INVALID_RETURN_WINDOW,
  POLICY_UNCHANGED: Code.POLICY_UNCHANGED,
  INVALID_PURCHASE: null,
  INVALID_HISTORY: null,
};

/** A refusal of the returns rules as a ReturnsError with its code. */
export function refusalOf(code: ReturnsDomainErrorCode, message: string, field?: string): ReturnsError {
  const mapped = DOMAIN_CODES[code];
  if (mapped === null) throw new Error(`the returns rules refused stored data (${code}): ${message}`);
  return new ReturnsError(mapped, message, field);
}

/** Rethrows a refusal of the returns rules as a ReturnsError with its code; anything else as it is. */
export function fromDomain(error: unknown): never {
  if (error instanceof ReturnsDomainError) throw refusalOf(error.code, error.message);
  throw error;
}
