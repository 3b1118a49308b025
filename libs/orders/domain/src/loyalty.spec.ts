import fc from 'fast-check';
import { OrdersDomainError } from './errors';
import { assertValidLoyaltyTiers, DEFAULT_LOYALTY_TIERS, loyaltyRateFor, type LoyaltyTier } from './loyalty';

function errorOf(action: () => unknown): OrdersDomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return error;
    throw error;
  }
  throw new Error('expected an OrdersDomainError, nothing was thrown');
}

describe('loyalty tiers', () => {
  it.each([
    // RUB, kopecks: 1,000,000.00 = 100,000,000; 5,000,000.00 = 500,000,000
    [0, 300],
    [99_999_999, 300], // 999,999.99: under 1,000,000.00
    [100_000_000, 500], // exactly 1,000,000.00: "from"
    [500_000_000, 500], // exactly 5,000,000.00: "up to and including"
    [500_000_001, 1_000], // 5,000,000.01: "above"
    [Number.MAX_SAFE_INTEGER, 1_000],
  ])('gives purchases of %i kopecks %i bp by the default table', (purchasesMinor, rateBp) => {
    expect(loyaltyRateFor(purchasesMinor, 'RUB')).toBe(rateBp);
  });

  it('reads the bounds in the currency’s own minor units (yen have none, dinars three)', () => {
    expect([999_999, 1_000_000, 5_000_000, 5_000_001].map((yen) => loyaltyRateFor(yen, 'JPY'))).toEqual([300, 500, 500, 1_000]);
    // 1,000,000.000 KWD = 1,000,000,000 fils
    expect([999_999_999, 1_000_000_000, 5_000_000_000, 5_000_000_001].map((fils) => loyaltyRateFor(fils, 'KWD'))).toEqual([
      300, 500, 500, 1_000,
    ]);
  });

  it('gives the lowest tier to purchases below zero (refunds larger than the year’s purchases)', () => {
    expect(loyaltyRateFor(-1, 'RUB')).toBe(300);
  });

  it('uses the operator’s table when given one', () => {
    const tiers: LoyaltyTier[] = [
      { fromMajor: '0', fromInclusive: true, toMajor: '500', toInclusive: true, rateBp: 0 },
      { fromMajor: '500', fromInclusive: false, toMajor: null, toInclusive: false, rateBp: 150 },
    ];
    expect([loyaltyRateFor(50_000, 'EUR', tiers), loyaltyRateFor(50_001, 'EUR', tiers)]).toEqual([0, 150]);
  });

  it('agrees with the default table written as comparisons, for any purchases (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 2_000_000_000 }), (kopecks) => {
        const expected = kopecks < 100_000_000 ? 300 : kopecks <= 500_000_000 ? 500 : 1_000;
        return loyaltyRateFor(kopecks, 'RUB') === expected;
      }),
    );
  });

  it('accepts the default table in every currency with decimals to spare', () => {
    expect(() => assertValidLoyaltyTiers(DEFAULT_LOYALTY_TIERS, 'RUB')).not.toThrow();
    expect(() => assertValidLoyaltyTiers(DEFAULT_LOYALTY_TIERS, 'JPY')).not.toThrow();
  });

  const base = DEFAULT_LOYALTY_TIERS;
  const withTier = (index: number, change: Partial<LoyaltyTier>) => base.map((tier, i) => (i === index ? { ...tier, ...change } : tier));

  it.each<[string, readonly LoyaltyTier[], string]>([
    ['no tier at all', [], 'tiers'],
    ['a first tier that does not start from 0', withTier(0, { fromMajor: '1' }), 'tiers[0]'],
    ['a first tier that leaves out 0 itself', withTier(0, { fromInclusive: false }), 'tiers[0]'],
    ['a gap between two tiers', withTier(1, { fromMajor: '1000000.01' }), 'tiers[1]'],
    [
      'a boundary in two tiers',
      withTier(1, { toInclusive: true, fromInclusive: true }).map((tier, i) => (i === 2 ? { ...tier, fromInclusive: true } : tier)),
      'tiers[2]',
    ],
    [
      'a boundary in no tier',
      withTier(0, { toInclusive: false }).map((tier, i) => (i === 1 ? { ...tier, fromInclusive: false } : tier)),
      'tiers[1]',
    ],
    ['tiers out of order', [base[0], base[2], base[1]], 'tiers[1]'],
    ['a tier ending before it starts', withTier(1, { toMajor: '900000' }), 'tiers[1]'],
    ['a top tier with an upper bound', withTier(2, { toMajor: '9000000' }), 'tiers[2]'],
    ['an open-ended tier before the last', withTier(1, { toMajor: null }), 'tiers[1]'],
    ['a rate above 100 %', withTier(2, { rateBp: 10_001 }), 'tiers[2]'],
    ['a bound that is not an amount', withTier(0, { toMajor: '1,000,000' }), 'tiers[0]'],
    ['a negative bound', withTier(0, { fromMajor: '-1' }), 'tiers[0]'],
  ])('refuses %s', (_what, tiers, field) => {
    expect(errorOf(() => assertValidLoyaltyTiers(tiers, 'RUB'))).toMatchObject({ code: 'INVALID_LOYALTY_TIERS', field });
    expect(errorOf(() => loyaltyRateFor(0, 'RUB', tiers)).code).toBe('INVALID_LOYALTY_TIERS');
  });

  it('refuses bounds more precise than the currency, an unknown currency and fractional purchases', () => {
    expect(
      errorOf(() =>
        assertValidLoyaltyTiers(
          withTier(0, { toMajor: '999999.50' }).map((t, i) => (i === 1 ? { ...t, fromMajor: '999999.50' } : t)),
          'JPY',
        ),
      ).code,
    ).toBe('INVALID_LOYALTY_TIERS');
    expect(errorOf(() => loyaltyRateFor(0, 'XYZ')).code).toBe('UNKNOWN_CURRENCY');
    expect(errorOf(() => loyaltyRateFor(1.5, 'RUB')).code).toBe('INVALID_AMOUNT');
  });
});
