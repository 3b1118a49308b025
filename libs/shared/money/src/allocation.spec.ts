import fc from 'fast-check';
import { allocateMinorUnits } from './allocation';
import { MoneyError } from './currency';

const weightsArb = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
  .filter((weights) => weights.some((weight) => weight > 0));
const amountArb = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

describe('allocateMinorUnits (largest remainder)', () => {
  it('splits 100 over three equal weights as 34/33/33, the extra unit to the first', () => {
    expect(allocateMinorUnits(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives left-over units to the largest remainders, not the largest weights', () => {
    // exact shares: 10 * 2/7 = 2.857, 10 * 4/7 = 5.714, 10 * 1/7 = 1.428
    expect(allocateMinorUnits(10, [2, 4, 1])).toEqual([3, 6, 1]);
  });

  it('splits a negative amount as the mirror of the positive one', () => {
    expect(allocateMinorUnits(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('gives nothing to a zero weight', () => {
    expect(allocateMinorUnits(7, [0, 1, 0, 1])).toEqual([0, 4, 0, 3]);
  });

  it('refuses all-zero weights, negative weights, fractional amounts and an empty list', () => {
    expect(() => allocateMinorUnits(10, [0, 0])).toThrow(MoneyError);
    expect(() => allocateMinorUnits(10, [1, -1])).toThrow(MoneyError);
    expect(() => allocateMinorUnits(10.5, [1])).toThrow(MoneyError);
    expect(() => allocateMinorUnits(10, [])).toThrow(MoneyError);
  });

  it('stays exact for the largest safe amount over large weights', () => {
    const parts = allocateMinorUnits(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, 1, 3]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  describe('invariants (property-based)', () => {
    it('parts always add up to the whole amount', () => {
      fc.assert(
        fc.property(amountArb, weightsArb, (amount, weights) => {
          const parts = allocateMinorUnits(amount, weights);
          const sum = parts.reduce((total, part) => total + BigInt(part), 0n);
          return sum === BigInt(amount) && parts.length === weights.length;
        }),
        { numRuns: 2000 },
      );
    });

    it('each part is within one unit of its exact share, and on the same side of zero', () => {
      fc.assert(
        fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), weightsArb, (amount, weights) => {
          const parts = allocateMinorUnits(amount, weights);
          const totalWeight = weights.reduce((a, b) => a + b, 0);
          return parts.every((part, index) => {
            const exact = (amount * weights[index]) / totalWeight;
            return Math.abs(part - exact) < 1 + 1e-9 && (part === 0 || Math.sign(part) === Math.sign(amount));
          });
        }),
        { numRuns: 2000 },
      );
    });

    it('is deterministic and zero weights always get zero', () => {
      fc.assert(
        fc.property(amountArb, weightsArb, (amount, weights) => {
          const first = allocateMinorUnits(amount, weights);
          const second = allocateMinorUnits(amount, [...weights]);
          return (
            first.every((part, index) => part === second[index]) &&
            weights.every((weight, index) => weight !== 0 || first[index] === 0)
          );
        }),
        { numRuns: 1000 },
      );
    });

    it('a larger weight never gets less than a smaller one', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), weightsArb, (amount, weights) => {
          const parts = allocateMinorUnits(amount, weights);
          return weights.every((wi, i) => weights.every((wj, j) => !(wi > wj) || parts[i] >= parts[j]));
        }),
        { numRuns: 1000 },
      );
    });

    it('negating the amount negates every part', () => {
      fc.assert(
        fc.property(amountArb, weightsArb, (amount, weights) => {
          const positive = allocateMinorUnits(amount, weights);
          const negative = allocateMinorUnits(-amount, weights);
          return positive.every((part, index) => part === -negative[index] || (part === 0 && negative[index] === 0));
        }),
        { numRuns: 1000 },
      );
    });
  });
});
