/**
 * Every way the orders rules refuse an input. Declared once here; the orders service maps
 * each to its command contract's code and the gateway to a GraphQL error.
 */
export type OrdersDomainErrorCode =
  // pricing input
  | 'NO_LINES'
  | 'DUPLICATE_LINE'
  | 'INVALID_QUANTITY'
  | 'INVALID_AMOUNT'
  | 'INVALID_RATE'
  | 'UNKNOWN_CURRENCY'
  | 'MIXED_CURRENCIES'
  | 'SELLER_TERMS_MISSING'
  | 'REGION_NOT_SHIPPED'
  | 'AMOUNT_OUT_OF_RANGE'
  // refusal of lines by the seller
  | 'UNKNOWN_LINE'
  | 'INVALID_KEPT_QUANTITY'
  | 'NOTHING_KEPT'
  // loyalty tier table
  | 'INVALID_LOYALTY_TIERS'
  // status machine
  | 'TRANSITION_NOT_ALLOWED'
  | 'FORBIDDEN'
  | 'PAYMENT_NOT_RECEIVED'
  | 'CREDIT_HOLD'
  | 'INVALID_TIME_LIMIT'
  // return windows
  | 'INVALID_RETURN_WINDOW'
  // approval
  | 'NOT_AN_APPROVER'
  | 'OWN_PURCHASE'
  // credit (checkCredit returns it as a refusal; the service raises it with the same code)
  | 'CREDIT_LIMIT_EXCEEDED';

export class OrdersDomainError extends Error {
  constructor(
    readonly code: OrdersDomainErrorCode,
    message: string,
    /** The input the error is about: a line id, a field name, a region. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'OrdersDomainError';
  }
}
