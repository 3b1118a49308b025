import fc from 'fast-check';
import type { ListingTerms } from './listing-terms';
import { quotePrice } from './price-quote';

// Copper cable on drums, priced per metre, sold in 100 m drums, at least 500 m.
const cable: ListingTerms = {
  currency: 'RUB',
  unitPriceMinor: 4_210,
  priceBreaks: [
    { fromQuantity: 2_000, unitPriceMinor: 3_990 },
    { fromQuantity: 10_000, unitPriceMinor: 3_750 },
  ],
  minimumOrderQuantity: 500,
  lotMultiple: 100,
};

describe('price quote', () => {
  it('charges the list price below the first break', () => {
    expect(quotePrice(cable, 500, 50_000)).toEqual({
      ok: true,
      quantity: 500,
      currency: 'RUB',
      unitPriceMinor: 4_210,
      lineTotalMinor: 2_105_000,
      basis: 'LIST_PRICE',
      explanation: 'list price',
    });
  });

  it('charges the break reached, exactly at its quantity', () => {
    expect(quotePrice(cable, 2_000, 50_000)).toMatchObject({ unitPriceMinor: 3_990, basis: 'PRICE_BREAK', lineTotalMinor: 7_980_000 });
    expect(quotePrice(cable, 1_900, 50_000)).toMatchObject({ unitPriceMinor: 4_210, basis: 'LIST_PRICE' });
    expect(quotePrice(cable, 10_000, 50_000)).toMatchObject({ unitPriceMinor: 3_750, explanation: 'volume price from 10000 units' });
  });

  it('gives the buyer its contract price when it is lower, and says why', () => {
    const contract = { kind: 'UNIT_PRICE', unitPriceMinor: 3_900, scope: 'LISTING' } as const;
    expect(quotePrice(cable, 500, 50_000, contract)).toMatchObject({ unitPriceMinor: 3_900, basis: 'CONTRACT', explanation: 'contract unit price (for this listing)' });
    // At 10 000 m the volume price (37.50) beats the contract (39.00).
    expect(quotePrice(cable, 10_000, 50_000, contract)).toMatchObject({ unitPriceMinor: 3_750, basis: 'PRICE_BREAK' });
  });

  it('takes a contract percentage off the volume price, rounded half up to the kopeck', () => {
    const fivePercent = { kind: 'PERCENT_OFF', basisPoints: 500, scope: 'CATEGORY' } as const;
    // 39.90 - 5 % = 37.905 -> discount 1.995 rounds to 2.00 -> 37.90
    expect(quotePrice(cable, 2_000, 50_000, fivePercent)).toMatchObject({
      unitPriceMinor: 3_790,
      basis: 'CONTRACT',
      explanation: 'contract discount of 5 % off the volume price from 2000 units (for the whole category)',
    });
  });

  it('refuses, with the reason, quantities that break the terms', () => {
    expect(quotePrice(cable, 400, 50_000)).toMatchObject({ ok: false, reason: 'BELOW_MINIMUM_ORDER_QUANTITY' });
    expect(quotePrice(cable, 650, 50_000)).toMatchObject({ ok: false, reason: 'NOT_A_LOT_MULTIPLE', message: 'sold in lots of 100: order 600 or 700' });
    expect(quotePrice(cable, 52_000, 50_000)).toMatchObject({ ok: false, reason: 'MORE_THAN_AVAILABLE', message: 'only 50000 available' });
    expect(quotePrice(cable, 0, 50_000)).toMatchObject({ ok: false, reason: 'NON_POSITIVE_QUANTITY' });
    expect(quotePrice(cable, 10.5, 50_000)).toMatchObject({ ok: false, reason: 'NON_POSITIVE_QUANTITY' });
  });

  it('never charges more for more of the same, and the line total is unit price times quantity (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 1_000 }), fc.integer({ min: 5, max: 1_000 }), (lotsA, lotsB) => {
        const [a, b] = [lotsA * 100, lotsB * 100].sort((x, y) => x - y);
        const quoteA = quotePrice(cable, a, 1_000_000);
        const quoteB = quotePrice(cable, b, 1_000_000);
        return (
          quoteA.ok &&
          quoteB.ok &&
          quoteB.unitPriceMinor <= quoteA.unitPriceMinor &&
          quoteA.lineTotalMinor === quoteA.unitPriceMinor * a &&
          quoteB.lineTotalMinor === quoteB.unitPriceMinor * b
        );
      }),
    );
  });
});
