/**
 * ISO 4217 active currency codes with their minor-unit exponent.
 * Most currencies have 2 decimals; the exceptions are listed explicitly.
 */
const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW ' +
  'CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS ' +
  'INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN ' +
  'NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC ' +
  'SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';

const exponents = new Map<string, number>();
for (const [codes, exponent] of [
  [TWO_DECIMALS, 2],
  [ZERO_DECIMALS, 0],
  [THREE_DECIMALS, 3],
  [FOUR_DECIMALS, 4],
] as const) {
  for (const code of codes.split(' ')) exponents.set(code, exponent);
}

/** A three-letter ISO 4217 code, checked by {@link assertCurrency}. */
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

export function isCurrencyCode(code: string): code is CurrencyCode {
  return exponents.has(code);
}

export function assertCurrency(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) {
    throw new MoneyError('UNKNOWN_CURRENCY', `"${code}" is not an ISO 4217 currency code`);
  }
  return code;
}

/** Number of decimals of the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorUnitExponent(code: CurrencyCode): number {
  return exponents.get(code) as number;
}

export function allCurrencyCodes(): readonly string[] {
  return [...exponents.keys()].sort();
}

export type MoneyErrorCode =
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'NOT_AN_INTEGER'
  | 'OVERFLOW'
  | 'INVALID_WEIGHTS'
  | 'DIVISION_BY_ZERO'
  | 'NOT_A_NUMBER'
  | 'TOO_PRECISE';

export class MoneyError extends Error {
  constructor(
    readonly code: MoneyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MoneyError';
  }
}
