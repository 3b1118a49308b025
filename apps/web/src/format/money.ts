import { Money, MoneyError, isCurrencyCode, minorUnitExponent } from '@lotbook/money';

/**
 * An amount in integer minor units, in the currency's own format for the locale
 * ("12 345,50 ₽" in Russian, "RUB 12,345.50" in English). The number goes to Intl as an exact
 * decimal string, never through a float division.
 */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  if (!isCurrencyCode(currency)) return `${minorUnits} ${currency}`;
  const digits = minorUnitExponent(currency);
  const decimal = Money.of(minorUnits, currency).toDecimal() as Intl.StringNumericLiteral;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal);
}

/** The currency's minor-unit exponent (2 for RUB and EUR, 0 for JPY), or 2 for an unknown code. */
export function currencyDigits(currency: string): number {
  return isCurrencyCode(currency) ? minorUnitExponent(currency) : 2;
}

export type AmountProblem =
  'AMOUNT_REQUIRED' | 'NOT_AN_AMOUNT' | 'PRICE_TOO_PRECISE' | 'UNKNOWN_CURRENCY' | 'NON_POSITIVE_PRICE' | 'AMOUNT_TOO_LARGE';

export type ParsedAmount = { ok: true; minorUnits: number; decimal: string } | { ok: false; problem: AmountProblem };

/**
 * A price a person typed in major units, read exactly into minor units: spaces and thin spaces
 * between thousands are allowed, and a decimal comma ("64 500,50") as Russian is written.
 * More decimals than the currency has is refused, never rounded (as the API refuses it).
 */
export function parseAmount(text: string, currency: string, { positive = true } = {}): ParsedAmount {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return { ok: false, problem: 'AMOUNT_REQUIRED' };
  const normalised = compact.includes('.') ? compact : compact.replace(',', '.');
  if (!/^-?\d+(\.\d*)?$/.test(normalised)) return { ok: false, problem: 'NOT_AN_AMOUNT' };
  try {
    const money = Money.parse(normalised, currency);
    if (positive && money.minorUnits <= 0) return { ok: false, problem: 'NON_POSITIVE_PRICE' };
    return { ok: true, minorUnits: money.minorUnits, decimal: money.toDecimal() };
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    const problems: Partial<Record<MoneyError['code'], AmountProblem>> = {
      TOO_PRECISE: 'PRICE_TOO_PRECISE',
      UNKNOWN_CURRENCY: 'UNKNOWN_CURRENCY',
      OVERFLOW: 'AMOUNT_TOO_LARGE',
    };
    return { ok: false, problem: problems[error.code] ?? 'NOT_AN_AMOUNT' };
  }
}

/** Minor units as the decimal a form field shows for editing ("64500.50"). */
export function amountInputValue(minorUnits: number, currency: string): string {
  return isCurrencyCode(currency) ? Money.of(minorUnits, currency).toDecimal() : String(minorUnits);
}
