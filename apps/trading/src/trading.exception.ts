import { DomainError, type Actor } from '@lotbook/contracts';

/** Every way a trading command can be refused; the gateway passes each through as `extensions.code`. */
export enum TradingErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  INVALID_INPUT = 'INVALID_INPUT',
  NON_POSITIVE_QUANTITY = 'NON_POSITIVE_QUANTITY',
  NON_POSITIVE_PRICE = 'NON_POSITIVE_PRICE',
  PRICE_TOO_PRECISE = 'PRICE_TOO_PRECISE',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  INVALID_MINIMUM_FILL = 'INVALID_MINIMUM_FILL',
  QUANTITY_BELOW_MINIMUM = 'QUANTITY_BELOW_MINIMUM',
  EXPIRY_IN_PAST = 'EXPIRY_IN_PAST',
  UNKNOWN_PRODUCT = 'UNKNOWN_PRODUCT',
  UNKNOWN_LISTING = 'UNKNOWN_LISTING',
  FOREIGN_LISTING = 'FOREIGN_LISTING',
  LISTING_NOT_ACTIVE = 'LISTING_NOT_ACTIVE',
  PRODUCT_MISMATCH = 'PRODUCT_MISMATCH',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  UNKNOWN_ORDER = 'UNKNOWN_ORDER',
  ORDER_NOT_OPEN = 'ORDER_NOT_OPEN',
  INVALID_REDUCTION = 'INVALID_REDUCTION',
  DUPLICATE_ORDER_ID = 'DUPLICATE_ORDER_ID',
  CATALOG_UNAVAILABLE = 'CATALOG_UNAVAILABLE',
}

export class TradingError extends DomainError<TradingErrorCode> {}

/** The company a user acts for; orders and trades belong to companies, never to operators. */
export function companyOf(actor: Actor): string {
  if (actor.kind !== 'USER' || !actor.companyId)
    throw new TradingError(TradingErrorCode.FORBIDDEN, 'orders and trades belong to companies: act as a company user');
  return actor.companyId;
}
