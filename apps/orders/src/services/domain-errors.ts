import { OrdersDomainError, type OrdersDomainErrorCode } from '@lotbook/orders-domain';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

/** Each refusal of the orders rules as the code an orders command answers; exhaustive, so a new rule's code cannot be forgotten. */
const DOMAIN_CODES: Record<OrdersDomainErrorCode, Code> = {
  NO_LINES: Code.EMPTY_CART,
  DUPLICATE_LINE: Code.INVALID_INPUT,
  INVALID_QUANTITY: Code.NON_POSITIVE_QUANTITY,
  INVALID_AMOUNT: Code.INVALID_INPUT,
  INVALID_RATE: Code.INVALID_RATE,
  UNKNOWN_CURRENCY: Code.UNKNOWN_CURRENCY,
  MIXED_CURRENCIES: Code.MIXED_CURRENCIES,
  SELLER_TERMS_MISSING: Code.REGION_NOT_SHIPPED,
  REGION_NOT_SHIPPED: Code.REGION_NOT_SHIPPED,
  AMOUNT_OUT_OF_RANGE: Code.AMOUNT_OUT_OF_RANGE,
  UNKNOWN_LINE: Code.UNKNOWN_LINE,
  INVALID_KEPT_QUANTITY: Code.INVALID_INPUT,
  NOTHING_KEPT: Code.NOTHING_KEPT,
  INVALID_LOYALTY_TIERS: Code.INVALID_LOYALTY_TIERS,
  TRANSITION_NOT_ALLOWED: Code.TRANSITION_NOT_ALLOWED,
  FORBIDDEN: Code.FORBIDDEN,
  PAYMENT_NOT_RECEIVED: Code.PAYMENT_NOT_RECEIVED,
  CREDIT_HOLD: Code.CREDIT_HOLD,
  INVALID_TIME_LIMIT: Code.INVALID_INPUT,
  INVALID_RETURN_WINDOW: Code.INVALID_INPUT,
  NOT_AN_APPROVER: Code.NOT_AN_APPROVER,
  OWN_PURCHASE: Code.OWN_PURCHASE,
  CREDIT_LIMIT_EXCEEDED: Code.CREDIT_LIMIT_EXCEEDED,
};

/** Rethrows a refusal of the orders rules as an OrdersError with its code; anything else as it is. */
export function fromDomain(error: unknown): never {
  if (error instanceof OrdersDomainError) throw new OrdersError(DOMAIN_CODES[error.code], error.message, error.field);
  throw error;
}
