import { allocateMinorUnits } from './allocation';
import { assertCurrency, type CurrencyCode, MoneyError, minorUnitExponent } from './currency';

function checkedInteger(value: number, what: string): number {
  if (!Number.isInteger(value)) {
    throw new MoneyError('NOT_AN_INTEGER', `${what} must be an integer number of minor units, got ${value}`);
  }
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError('OVERFLOW', `${what} ${value} is beyond ±${Number.MAX_SAFE_INTEGER} minor units`);
  }
  return value;
}

/**
 * An amount of money: an integer number of minor units (cents, kopecks) in one ISO 4217
 * currency. Immutable. Never a float: every operation stays within safe integers or throws.
 */
export class Money {
  private constructor(
    readonly minorUnits: number,
    readonly currency: CurrencyCode,
  ) {}

  static of(minorUnits: number, currency: string): Money {
    return new Money(checkedInteger(minorUnits, 'amount'), assertCurrency(currency));
  }

  /**
   * An amount written in major units ("1250.50", "-3", "0.5"), as ERP exports and people
   * write it, read exactly: never through a float. More decimals than the currency's minor
   * unit has is an error, not a rounding.
   */
  static parse(text: string, currency: string): Money {
    const code = assertCurrency(currency);
    const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(text.trim());
    if (!match) throw new MoneyError('NOT_A_NUMBER', `"${text}" is not an amount (digits, an optional point and decimals)`);
    const [, sign, whole, decimals = ''] = match;
    const exponent = minorUnitExponent(code);
    const significant = decimals.replace(/0+$/, '');
    if (significant.length > exponent) {
      throw new MoneyError('TOO_PRECISE', `"${text}" has more decimals than ${code} allows (${exponent})`);
    }
    const minor = BigInt(whole + significant.padEnd(exponent, '0'));
    if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyError('OVERFLOW', `"${text}" is beyond the safe range`);
    return Money.of(sign && minor !== 0n ? -Number(minor) : Number(minor), code);
  }

  static zero(currency: string): Money {
    return Money.of(0, currency);
  }

  /** The sum of amounts in one currency; an empty list needs the currency to be named. */
  static sum(amounts: readonly Money[], currency: string): Money {
    return amounts.reduce((total, amount) => total.plus(amount), Money.zero(currency));
  }

  plus(other: Money): Money {
    this.assertSameCurrency(other, 'add');
    return new Money(checkedInteger(this.minorUnits + other.minorUnits, 'sum'), this.currency);
  }

  minus(other: Money): Money {
    this.assertSameCurrency(other, 'subtract');
    return new Money(checkedInteger(this.minorUnits - other.minorUnits, 'difference'), this.currency);
  }

  /** Multiplies by an integer factor (a quantity); exact or an overflow error. */
  times(factor: number): Money {
    if (!Number.isSafeInteger(factor)) {
      throw new MoneyError('NOT_AN_INTEGER', `a money amount can only be multiplied by an integer, got ${factor}`);
    }
    const product = BigInt(this.minorUnits) * BigInt(factor);
    if (product > BigInt(Number.MAX_SAFE_INTEGER) || product < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new MoneyError('OVERFLOW', `${this.minorUnits} × ${factor} is beyond ±${Number.MAX_SAFE_INTEGER} minor units`);
    }
    return new Money(Number(product), this.currency);
  }

  negate(): Money {
    return new Money(this.minorUnits === 0 ? 0 : -this.minorUnits, this.currency);
  }

  /** Splits this amount over weights by the largest-remainder method; parts add up exactly. */
  allocate(weights: readonly number[]): Money[] {
    return allocateMinorUnits(this.minorUnits, weights).map((part) => new Money(part, this.currency));
  }

  /** Splits into n parts as equal as possible, earlier parts getting the extra units. */
  split(parts: number): Money[] {
    if (!Number.isSafeInteger(parts) || parts <= 0) {
      throw new MoneyError('DIVISION_BY_ZERO', `cannot split into ${parts} parts`);
    }
    return this.allocate(new Array<number>(parts).fill(1));
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.minorUnits === other.minorUnits;
  }

  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other, 'compare');
    return this.minorUnits === other.minorUnits ? 0 : this.minorUnits < other.minorUnits ? -1 : 1;
  }

  isZero(): boolean {
    return this.minorUnits === 0;
  }

  isNegative(): boolean {
    return this.minorUnits < 0;
  }

  /**
   * The amount as a decimal in major units with all of the currency's decimals and no code:
   * "1234.50" (EUR), "-0.07" (USD), "15000" (JPY). What `Money.parse` reads back exactly.
   */
  toDecimal(): string {
    const exponent = minorUnitExponent(this.currency);
    const sign = this.minorUnits < 0 ? '-' : '';
    const digits = Math.abs(this.minorUnits)
      .toString()
      .padStart(exponent + 1, '0');
    return sign + (exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`);
  }

  /** The amount as a decimal string in major units, e.g. "1234.50 EUR"; for display, never for arithmetic. */
  format(): string {
    return `${this.toDecimal()} ${this.currency}`;
  }

  toJSON(): { minorUnits: number; currency: string } {
    return { minorUnits: this.minorUnits, currency: this.currency };
  }

  private assertSameCurrency(other: Money, operation: string): void {
    if (other.currency !== this.currency) {
      throw new MoneyError('CURRENCY_MISMATCH', `cannot ${operation} ${this.currency} and ${other.currency}`);
    }
  }
}

/**
 * The one rounding rule for rates: `amount × basisPoints / 10 000`, rounded half away from
 * zero to the minor unit (1 basis point = 0.01 %). Exact for any safe-integer amount.
 */
export function applyBasisPoints(amountMinor: number, basisPoints: number): number {
  if (!Number.isSafeInteger(amountMinor) || !Number.isSafeInteger(basisPoints)) {
    throw new MoneyError('NOT_AN_INTEGER', `amount and basis points must be integers, got ${amountMinor} and ${basisPoints}`);
  }
  const product = BigInt(amountMinor) * BigInt(basisPoints);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude + 5_000n) / 10_000n;
  const result = Number(negative ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new MoneyError('OVERFLOW', `${amountMinor} × ${basisPoints} bp is beyond the safe range`);
  return result === 0 ? 0 : result;
}
