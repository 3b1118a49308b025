import { DomainError, TradingErrorCode, type Actor } from '@lotbook/contracts';
import { OrderRejectionReason, type OrderRejection } from '@lotbook/trading-domain';

/** The codes are declared with the commands, in the trading contract; each command lists the ones it may answer. */
export { TradingErrorCode };

export class TradingError extends DomainError<TradingErrorCode> {}

/**
 * The engine's refusals as trading's codes, every one of them: a new engine reason is a
 * compile error here, never a silent INVALID_INPUT. The engine's checks of what the service
 * itself hands it (side, sequence) keep their own names, so such a bug shows as what it is.
 */
export const ENGINE_REFUSALS: Record<OrderRejectionReason, TradingErrorCode> = {
  [OrderRejectionReason.INVALID_SIDE]: TradingErrorCode.INVALID_SIDE,
  [OrderRejectionReason.INVALID_QUANTITY]: TradingErrorCode.NON_POSITIVE_QUANTITY,
  [OrderRejectionReason.INVALID_LIMIT_PRICE]: TradingErrorCode.NON_POSITIVE_PRICE,
  [OrderRejectionReason.INVALID_MINIMUM_FILL]: TradingErrorCode.INVALID_MINIMUM_FILL,
  // A listing's minimum and lot come from catalog, which checked them when the listing was saved.
  [OrderRejectionReason.INVALID_MINIMUM_ORDER_QUANTITY]: TradingErrorCode.INVALID_INPUT,
  [OrderRejectionReason.INVALID_LOT_MULTIPLE]: TradingErrorCode.INVALID_INPUT,
  [OrderRejectionReason.QUANTITY_BELOW_MINIMUM]: TradingErrorCode.QUANTITY_BELOW_MINIMUM,
  [OrderRejectionReason.INVALID_EXPIRY]: TradingErrorCode.INVALID_INPUT,
  [OrderRejectionReason.EXPIRY_IN_PAST]: TradingErrorCode.EXPIRY_IN_PAST,
  [OrderRejectionReason.INVALID_SEQUENCE]: TradingErrorCode.INVALID_SEQUENCE,
  [OrderRejectionReason.SEQUENCE_NOT_INCREASING]: TradingErrorCode.SEQUENCE_NOT_INCREASING,
  [OrderRejectionReason.DUPLICATE_ORDER_ID]: TradingErrorCode.DUPLICATE_ORDER_ID,
  [OrderRejectionReason.UNKNOWN_ORDER]: TradingErrorCode.UNKNOWN_ORDER,
  [OrderRejectionReason.INVALID_REDUCTION]: TradingErrorCode.INVALID_REDUCTION,
};

/** An engine refusal as the error trading answers with. */
export function engineRefusal(rejection: OrderRejection): TradingError {
  return new TradingError(ENGINE_REFUSALS[rejection.reason], rejection.message);
}

/** The company a user acts for; orders and trades belong to companies, never to operators. */
export function companyOf(actor: Actor): string {
  if (actor.kind !== 'USER' || !actor.companyId)
    throw new TradingError(TradingErrorCode.FORBIDDEN, 'orders and trades belong to companies: act as a company user');
  return actor.companyId;
}
