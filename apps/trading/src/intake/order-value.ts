import { TradingError, TradingErrorCode as Code } from '../trading.exception';

/**
 * An order worth more than `maxMinor` (quantity × limit price, in minor units), computed in
 * bigint so that no product, however large, is rounded on the way; undefined when it is within.
 */
export function orderValueProblem(quantity: number, limitPriceMinor: number, maxMinor: number): TradingError | undefined {
  const value = BigInt(quantity) * BigInt(limitPriceMinor);
  if (value <= BigInt(maxMinor)) return undefined;
  return new TradingError(
    Code.ORDER_VALUE_TOO_LARGE,
    `quantity × limit price is ${value} minor units; one order may be worth at most ${maxMinor}`,
    'quantity',
  );
}
