import { basisPointsOf, expectedFigures, figureDifferences, splitByLargestRemainder, type OrderFigures } from './order-figures';

/**
 * Ural Steel's order of the three-seller checkout in apps/orders/src/orders.int-spec.ts, with the
 * figures the orders service answered there: 100 × 950.00 (steel, 3 %) and 30 × 200.00 (cable, 5 %),
 * 5 % off from 50,000.00 of gross, loyalty 3 %, 5,000.00 to Moscow (free from 100,000.00 of net).
 */
const URAL: OrderFigures = {
  deliveryRegion: 'Moscow',
  grossMinor: 10_100_000,
  sellerDiscountMinor: 505_000,
  netMinor: 9_595_000,
  loyaltyDiscountMinor: 287_850,
  loyaltyRateBp: 300,
  shippingFeeMinor: 500_000,
  freeShipping: false,
  commissionMinor: 299_250,
  buyerPaysMinor: 9_807_150,
  sellerDiscountRule: { rateBp: 500, thresholdMinor: 5_000_000, applied: true },
  lines: [
    {
      lineNo: 1,
      quantity: 100,
      unitPriceMinor: 95_000,
      grossMinor: 9_500_000,
      sellerDiscountMinor: 475_000,
      netMinor: 9_025_000,
      loyaltyDiscountMinor: 270_750,
      payableMinor: 8_754_250,
      commissionRateBp: 300,
      commissionMinor: 270_750,
    },
    {
      lineNo: 2,
      quantity: 30,
      unitPriceMinor: 20_000,
      grossMinor: 600_000,
      sellerDiscountMinor: 30_000,
      netMinor: 570_000,
      loyaltyDiscountMinor: 17_100,
      payableMinor: 552_900,
      commissionRateBp: 500,
      commissionMinor: 28_500,
    },
  ],
};

const URAL_SHIPPING = { shippingFees: [{ region: 'Moscow', feeMinor: 500_000 }], freeShippingFromNetMinor: 10_000_000 };

describe('a percentage of an amount', () => {
  it('rounds half a minor unit up and less than half down', () => {
    expect(basisPointsOf(1_000n, 5)).toBe(1n); // 0.5
    expect(basisPointsOf(999n, 5)).toBe(0n); // 0.4995
    expect(basisPointsOf(10_100_000n, 500)).toBe(505_000n);
  });
});

describe('a split by the largest remainder', () => {
  it('adds up to the whole and gives a tied unit to the earlier line', () => {
    expect(splitByLargestRemainder(1n, [1n, 1n])).toEqual([1n, 0n]);
    expect(splitByLargestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(splitByLargestRemainder(505_000n, [9_500_000n, 600_000n])).toEqual([475_000n, 30_000n]);
  });

  it('gives the left-over unit to the largest remainder, not to the earlier line', () => {
    // 7 over 1:2 is 2.33 and 4.67: the second line's remainder is larger.
    expect(splitByLargestRemainder(7n, [1n, 2n])).toEqual([2n, 5n]);
  });

  it('splits nothing over all-zero weights, and refuses to split something over them', () => {
    expect(splitByLargestRemainder(0n, [0n, 0n])).toEqual([0n, 0n]);
    expect(() => splitByLargestRemainder(1n, [0n])).toThrow('all zero');
  });
});

describe('a seller order’s figures worked out again', () => {
  it('agree to the kopeck with what the orders service priced in its integration spec', () => {
    expect(figureDifferences(URAL, URAL_SHIPPING)).toEqual([]);
    const expected = expectedFigures(URAL, URAL_SHIPPING);
    expect(expected.buyerPaysMinor).toBe(9_807_150n);
    expect(expected.sellerDiscountApplies).toBe(true);
  });

  it('name every figure that is off, on the line and on the order', () => {
    const wrong = { ...URAL, loyaltyDiscountMinor: 287_851, lines: [{ ...URAL.lines[0], payableMinor: 8_754_249 }, URAL.lines[1]] };
    expect(figureDifferences(wrong, URAL_SHIPPING)).toEqual([
      'line 1 payableMinor: stated 8754249, expected 8754250',
      'loyaltyDiscountMinor: stated 287851, expected 287850',
    ]);
  });

  it('give no seller discount when the gross misses the threshold by a kopeck, and say so if the order applied it', () => {
    const rule = { rateBp: 500, thresholdMinor: 10_100_001, applied: true };
    const expected = expectedFigures({ ...URAL, sellerDiscountRule: rule }, URAL_SHIPPING);
    expect(expected.sellerDiscountMinor).toBe(0n);
    expect(expected.netMinor).toBe(10_100_000n);
    expect(figureDifferences({ ...URAL, sellerDiscountRule: rule }, URAL_SHIPPING)).toContain(
      'sellerDiscountRule.applied: stated true, expected false',
    );
  });

  it('ship free from the seller’s amount of net, and charge nothing where the seller has no fee', () => {
    const generous = { ...URAL_SHIPPING, freeShippingFromNetMinor: 9_595_000 };
    expect(expectedFigures(URAL, generous)).toMatchObject({ shippingFeeMinor: 0n, freeShipping: true, buyerPaysMinor: 9_307_150n });
    expect(expectedFigures({ ...URAL, deliveryRegion: 'Kazan' }, URAL_SHIPPING)).toMatchObject({
      shippingFeeMinor: 0n,
      freeShipping: false,
    });
  });

  it('give an order without a discount rule (as every trade order is) loyalty and commission on its whole gross', () => {
    // Kama Metals' order in the same spec: 3 × 1,100.00 of steel, loyalty 3 % 99.00, commission 3 % 99.00, 3,000.00 to Moscow.
    const trade: OrderFigures = {
      deliveryRegion: 'Moscow',
      grossMinor: 330_000,
      sellerDiscountMinor: 0,
      netMinor: 330_000,
      loyaltyDiscountMinor: 9_900,
      loyaltyRateBp: 300,
      shippingFeeMinor: 300_000,
      freeShipping: false,
      commissionMinor: 9_900,
      buyerPaysMinor: 620_100,
      sellerDiscountRule: null,
      lines: [
        {
          lineNo: 1,
          quantity: 3,
          unitPriceMinor: 110_000,
          grossMinor: 330_000,
          sellerDiscountMinor: 0,
          netMinor: 330_000,
          loyaltyDiscountMinor: 9_900,
          payableMinor: 320_100,
          commissionRateBp: 300,
          commissionMinor: 9_900,
        },
      ],
    };
    expect(figureDifferences(trade, { shippingFees: [{ region: 'Moscow', feeMinor: 300_000 }], freeShippingFromNetMinor: null })).toEqual(
      [],
    );
  });
});
