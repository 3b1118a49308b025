/** Every refusal of the returns domain, one code each; the gateway maps them exhaustively. */
export type ReturnsDomainErrorCode =
  /** More units than delivered minus already returned. */
  | 'QUANTITY_NOT_RETURNABLE'
  /** A line that is not in the purchase. */
  | 'UNKNOWN_LINE'
  /** The same line twice in one return. */
  | 'DUPLICATE_LINE'
  | 'UNKNOWN_REASON'
  /** A quantity that is not a whole number of units above zero. */
  | 'NON_POSITIVE_QUANTITY'
  /** A return without items. */
  | 'EMPTY_RETURN'
  /** The purchase's stored figures do not hold together (net != gross - sd, negative amounts, mixed currencies...). */
  | 'INVALID_PURCHASE'
  /** The history names unknown lines or more units than delivered. */
  | 'INVALID_HISTORY'
  /** The return window closed. */
  | 'RETURN_WINDOW_CLOSED'
  /** The step is not allowed from the return's state. */
  | 'TRANSITION_NOT_ALLOWED'
  /** The step is not this actor's to take (wrong side, or another seller's return). */
  | 'FORBIDDEN'
  /** A carrier-fault item waits for an operator's acceptance. */
  | 'OPERATOR_ACCEPTANCE_REQUIRED'
  /** A dispute needs a seller-fault item to contest. */
  | 'NOTHING_TO_DISPUTE'
  /** A dispute, its decision and a change of the return policy need a written note (why). */
  | 'NOTE_REQUIRED'
  /** A policy names a fault other than SELLER, BUYER or CARRIER. */
  | 'UNKNOWN_FAULT'
  /** A change of the policy names the same reason twice. */
  | 'DUPLICATE_REASON'
  /** A return window that is not a whole number of days from 0 to 365. */
  | 'INVALID_RETURN_WINDOW'
  /** A change of the policy that sets every table to what it is already. */
  | 'POLICY_UNCHANGED';

export class ReturnsDomainError extends Error {
  constructor(
    readonly code: ReturnsDomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReturnsDomainError';
  }
}
