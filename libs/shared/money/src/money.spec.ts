import fc from 'fast-check';
import { allCurrencyCodes, assertCurrency, minorUnitExponent, MoneyError } from './currency';
import { applyBasisPoints, Money } from './money';

function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof MoneyError) return error.code;
    throw error;
  }
  return undefined;
}

describe('Money', () => {
  it('adds and subtracts in minor units of one currency', () => {
    const price = Money.of(12_345, 'EUR');
    expect(price.plus(Money.of(55, 'EUR')).minorUnits).toBe(12_400);
    expect(price.minus(Money.of(12_346, 'EUR')).minorUnits).toBe(-1);
  });

  it('refuses to mix currencies', () => {
    expect(errorCode(() => Money.of(1, 'EUR').plus(Money.of(1, 'RUB')))).toBe('CURRENCY_MISMATCH');
    expect(errorCode(() => Money.of(1, 'EUR').compare(Money.of(1, 'USD')))).toBe('CURRENCY_MISMATCH');
  });

  it('refuses amounts that are not integers or not ISO 4217', () => {
    expect(errorCode(() => Money.of(10.5, 'EUR'))).toBe('NOT_AN_INTEGER');
    expect(errorCode(() => Money.of(10, 'EUX'))).toBe('UNKNOWN_CURRENCY');
    expect(errorCode(() => Money.of(10, 'eur'))).toBe('UNKNOWN_CURRENCY');
  });

  it('refuses to overflow past Number.MAX_SAFE_INTEGER in any operation', () => {
    const big = Money.of(Number.MAX_SAFE_INTEGER, 'USD');
    expect(errorCode(() => big.plus(Money.of(1, 'USD')))).toBe('OVERFLOW');
    expect(errorCode(() => big.negate().minus(Money.of(1, 'USD')))).toBe('OVERFLOW');
    expect(errorCode(() => Money.of(4_503_599_627_370_496, 'USD').times(2))).toBe('OVERFLOW');
    expect(errorCode(() => Money.of(2, 'USD').times(1.5))).toBe('NOT_AN_INTEGER');
  });

  it('multiplies a unit price by a quantity exactly', () => {
    expect(Money.of(1_999, 'RUB').times(1_000_000).minorUnits).toBe(1_999_000_000);
  });

  it('knows minor units per currency', () => {
    expect(minorUnitExponent(assertCurrency('JPY'))).toBe(0);
    expect(minorUnitExponent(assertCurrency('KWD'))).toBe(3);
    expect(Money.of(123_456, 'KWD').format()).toBe('123.456 KWD');
    expect(Money.of(-5, 'EUR').format()).toBe('-0.05 EUR');
    expect(Money.of(500, 'JPY').format()).toBe('500 JPY');
  });

  it('allocates over weights keeping the currency and the total', () => {
    const parts = Money.of(1_000, 'EUR').allocate([1, 2, 3]);
    expect(parts.map((part) => part.minorUnits)).toEqual([167, 333, 500]);
    expect(Money.sum(parts, 'EUR').minorUnits).toBe(1_000);
    expect(
      Money.of(10, 'EUR')
        .split(3)
        .map((part) => part.minorUnits),
    ).toEqual([4, 3, 3]);
  });

  it('addition is associative and commutative within safe range (property)', () => {
    const amount = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((minor) => Money.of(minor, 'EUR'));
        return (
          x
            .plus(y)
            .plus(z)
            .equals(x.plus(y.plus(z))) && x.plus(y).equals(y.plus(x))
        );
      }),
    );
  });
});

describe('applyBasisPoints (the one rounding rule for rates)', () => {
  it('takes a percentage to the minor unit, rounding half away from zero', () => {
    expect(applyBasisPoints(10_000, 500)).toBe(500); // 5 % of 100.00
    expect(applyBasisPoints(999, 500)).toBe(50); // 49.95 -> 50
    expect(applyBasisPoints(990, 500)).toBe(50); // 49.5 -> 50
    expect(applyBasisPoints(989, 500)).toBe(49); // 49.45 -> 49
    expect(applyBasisPoints(-990, 500)).toBe(-50);
    expect(applyBasisPoints(12_345, 0)).toBe(0);
  });

  it('is exact for the largest amounts', () => {
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => applyBasisPoints(Number.MAX_SAFE_INTEGER, 10_001)).toThrow(MoneyError);
  });

  it('never moves more than half a minor unit from the exact value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 10_000 }), (amount, bp) => {
        const exact = (amount * bp) / 10_000;
        return Math.abs(applyBasisPoints(amount, bp) - exact) <= 0.5 + 1e-9;
      }),
    );
  });
});

describe('Money.parse (amounts written in major units)', () => {
  it('reads decimals exactly into minor units, per the currency’s exponent', () => {
    expect(Money.parse('1250.50', 'RUB').minorUnits).toBe(125_050);
    expect(Money.parse('1250.5', 'RUB').minorUnits).toBe(125_050);
    expect(Money.parse(' 7 ', 'EUR').minorUnits).toBe(700);
    expect(Money.parse('0.29', 'USD').minorUnits).toBe(29); // 0.29 * 100 is 28.999… as a float
    expect(Money.parse('1500', 'JPY').minorUnits).toBe(1500);
    expect(Money.parse('1.234', 'KWD').minorUnits).toBe(1234);
    expect(Money.parse('-2.10', 'EUR').minorUnits).toBe(-210);
    expect(Money.parse('3.100', 'EUR').minorUnits).toBe(310);
  });

  it('refuses more precision than the currency has, and anything that is not a plain amount', () => {
    expect(() => Money.parse('1.005', 'EUR')).toThrow(expect.objectContaining({ code: 'TOO_PRECISE' }));
    expect(() => Money.parse('10.5', 'JPY')).toThrow(expect.objectContaining({ code: 'TOO_PRECISE' }));
    for (const text of ['', '1,50', '1e3', 'abc', '1.2.3', '.5', '+1']) {
      expect(() => Money.parse(text, 'EUR')).toThrow(expect.objectContaining({ code: 'NOT_A_NUMBER' }));
    }
    expect(() => Money.parse('1', 'XXY')).toThrow(expect.objectContaining({ code: 'UNKNOWN_CURRENCY' }));
    expect(() => Money.parse('99999999999999999', 'EUR')).toThrow(expect.objectContaining({ code: 'OVERFLOW' }));
  });
});

describe('Money.toDecimal (amounts written back in major units)', () => {
  it('writes every decimal the currency has, and no code', () => {
    expect(Money.of(51_235, 'RUB').toDecimal()).toBe('512.35');
    expect(Money.of(60_000, 'EUR').toDecimal()).toBe('600.00');
    expect(Money.of(-7, 'USD').toDecimal()).toBe('-0.07');
    expect(Money.of(1_234, 'KWD').toDecimal()).toBe('1.234');
    expect(Money.of(15_000, 'JPY').toDecimal()).toBe('15000');
    expect(Money.of(0, 'RUB').toDecimal()).toBe('0.00');
  });

  it('is read back by Money.parse as exactly the same amount, in every currency', () => {
    fc.assert(
      // Any safe integer, negative ones too.
      fc.property(fc.constantFrom(...allCurrencyCodes()), fc.maxSafeInteger(), (currency, minorUnits) => {
        const amount = Money.of(minorUnits, currency);
        expect(Money.parse(amount.toDecimal(), currency).minorUnits).toBe(amount.minorUnits);
      }),
    );
  });
});
