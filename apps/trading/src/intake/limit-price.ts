import { Money, MoneyError, type MoneyErrorCode } from '@lotbook/money';
import { TradingError, TradingErrorCode as Code } from '../trading.exception';

/** A placement's limit price, given once: in whole minor units, or as a decimal in major units. */
export interface LimitPriceInput {
  limitPriceMinor?: number;
  limitPrice?: string;
}

/** Why a decimal price could not be read, as trading's code and the input at fault; every money error is named. */
const MONEY_REFUSALS: Record<MoneyErrorCode, { code: Code; field: 'currency' | 'limitPrice' }> = {
  UNKNOWN_CURRENCY: { code: Code.UNKNOWN_CURRENCY, field: 'currency' },
  TOO_PRECISE: { code: Code.PRICE_TOO_PRECISE, field: 'limitPrice' },
  NOT_A_NUMBER: { code: Code.INVALID_INPUT, field: 'limitPrice' },
  NOT_AN_INTEGER: { code: Code.INVALID_INPUT, field: 'limitPrice' },
  OVERFLOW: { code: Code.INVALID_INPUT, field: 'limitPrice' },
  CURRENCY_MISMATCH: { code: Code.INVALID_INPUT, field: 'currency' },
  INVALID_WEIGHTS: { code: Code.INVALID_INPUT, field: 'limitPrice' },
  DIVISION_BY_ZERO: { code: Code.INVALID_INPUT, field: 'limitPrice' },
};

/**
 * The limit price in whole minor units, or why it is refused. A decimal ("512.35") is read
 * exactly in `currency`, never through a float; more decimals than the currency has
 * (kopecks, cents, none for yen) is refused, never rounded. Whether the price is above zero
 * is checked with the other terms.
 *
 * `currency` is undefined for an ask that names none: its listing's currency is catalog's
 * to know, and a decimal cannot be read without it.
 */
export function limitPriceMinorOf(input: LimitPriceInput, currency: string | undefined): number | TradingError {
  const { limitPriceMinor, limitPrice } = input;
  if (limitPriceMinor !== undefined && limitPrice !== undefined) {
    return new TradingError(
      Code.INVALID_INPUT,
      'give the limit price once: limitPriceMinor (whole minor units) or limitPrice (a decimal)',
      'limitPrice',
    );
  }
  if (limitPriceMinor !== undefined) {
    if (Number.isInteger(limitPriceMinor)) return limitPriceMinor;
    return new TradingError(
      Code.PRICE_TOO_PRECISE,
      `the limit price is a whole number of minor units of ${currency ?? 'the currency'}`,
      'limitPriceMinor',
    );
  }
  if (limitPrice === undefined) {
    return new TradingError(Code.INVALID_INPUT, 'a limit price is required: limitPriceMinor or limitPrice', 'limitPrice');
  }
  if (currency === undefined) {
    return new TradingError(Code.INVALID_INPUT, 'a decimal limit price is read in a currency: name the listing’s currency', 'currency');
  }
  try {
    return Money.parse(limitPrice, currency).minorUnits;
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    const refusal = MONEY_REFUSALS[error.code];
    return new TradingError(refusal.code, error.message, refusal.field);
  }
}
