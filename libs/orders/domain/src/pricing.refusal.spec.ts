import { OrdersDomainError } from './errors';
import { priceSellerOrder, repriceAfterRefusal } from './pricing';
import { figures, line, sellerOrder, totals } from './testing/pricing-fixtures';

// Scenario: the seller confirms but refuses lines. Kopecks.
//
// The order at checkout: 5 % seller discount from 10,000.00 gross; URAL 800.00, free from
// 9,000.00 net; loyalty 3 %.
//   r1 10 × 50,000 = 500,000 (commission 5 %); r2 7 × 43,210 = 302,470 (5 %); r3 3 × 66,667 = 200,001 (8 %)
//   G = 1,002,471 >= 1,000,000: discount 5 % = 50,123.55 -> 50,124
//     by gross 25,000.22 / 15,123.64 / 10,000.14: floors sum 50,123, 1 left to .64 (r2)
//     -> 25,000 / 15,124 / 10,000
//   net 475,000 / 287,346 / 190,001; N = 952,347 >= 900,000: free shipping, F = 0, L = 80,000
//   loyalty 3 % × 952,347 = 28,570.41 -> 28,570
//     by net 14,249.80 / 8,620.26 / 5,699.95: floors sum 28,568, 2 left to .95 (r3) and .80 (r1)
//     -> 14,250 / 8,620 / 5,700
//   payable 460,750 / 278,726 / 184,301; buyer pays 923,777
//   commission 23,750 / 14,367.3 -> 14,367 / 15,200.08 -> 15,200

const order = priceSellerOrder(
  sellerOrder([line('r1', 10, 50_000), line('r2', 7, 43_210), line('r3', 3, 66_667, { commissionRateBp: 800 })], {
    sellerDiscount: { rateBp: 500, thresholdMinor: 1_000_000 },
    loyaltyRateBp: 300,
    shipping: { feeByRegionMinor: { URAL: 80_000 }, freeFromNetMinor: 900_000 },
  }),
);

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('pricing scenario: a line refused by the seller', () => {
  it('starts from the checkout figures worked out above', () => {
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'r1',
        grossMinor: 500_000,
        sellerDiscountMinor: 25_000,
        netMinor: 475_000,
        loyaltyDiscountMinor: 14_250,
        payableMinor: 460_750,
        commissionMinor: 23_750,
      },
      {
        lineId: 'r2',
        grossMinor: 302_470,
        sellerDiscountMinor: 15_124,
        netMinor: 287_346,
        loyaltyDiscountMinor: 8_620,
        payableMinor: 278_726,
        commissionMinor: 14_367,
      },
      {
        lineId: 'r3',
        grossMinor: 200_001,
        sellerDiscountMinor: 10_000,
        netMinor: 190_001,
        loyaltyDiscountMinor: 5_700,
        payableMinor: 184_301,
        commissionMinor: 15_200,
      },
    ]);
    expect(totals(order)).toMatchObject({ shippingFeeMinor: 0, regionalFeeMinor: 80_000, freeShipping: true, buyerPaysMinor: 923_777 });
  });

  it('keeps the seller discount and free shipping at the same rates though the kept lines fall below both thresholds', () => {
    // r3 refused whole, r2 kept 4 of 7:
    //   gross r1 500,000, r2 4 × 43,210 = 172,840; G = 672,840 (< 1,000,000, the discount stays)
    //   discount 5 % × 672,840 = 33,642 (exact), by gross 25,000 / 8,642 (exact)
    //   net 475,000 / 164,198; N = 639,198 (< 900,000, shipping stays free: F = 0; L still 80,000)
    //   loyalty 3 % × 639,198 = 19,175.94 -> 19,176, by net 14,250.04 / 4,925.96: floors 19,175, 1 left to .96 (r2)
    //     -> 14,250 / 4,926
    //   payable 460,750 / 159,272 (r2's checkout payable pro rata: 278,726 × 4 / 7 = 159,272, not exceeded)
    //   commission 23,750 / 8,209.9 -> 8,210; buyer pays 620,022
    const confirmed = repriceAfterRefusal(order, { r1: 10, r2: 4, r3: 0 });
    expect(confirmed.lines.map(figures)).toEqual([
      {
        lineId: 'r1',
        grossMinor: 500_000,
        sellerDiscountMinor: 25_000,
        netMinor: 475_000,
        loyaltyDiscountMinor: 14_250,
        payableMinor: 460_750,
        commissionMinor: 23_750,
      },
      {
        lineId: 'r2',
        grossMinor: 172_840,
        sellerDiscountMinor: 8_642,
        netMinor: 164_198,
        loyaltyDiscountMinor: 4_926,
        payableMinor: 159_272,
        commissionMinor: 8_210,
      },
    ]);
    expect(confirmed.lines.map((l) => l.quantity)).toEqual([10, 4]);
    expect(totals(confirmed)).toEqual({
      grossMinor: 672_840,
      sellerDiscountMinor: 33_642,
      netMinor: 639_198,
      loyaltyDiscountMinor: 19_176,
      payableMinor: 620_022,
      commissionMinor: 31_960,
      shippingFeeMinor: 0,
      regionalFeeMinor: 80_000,
      freeShipping: true,
      buyerPaysMinor: 620_022,
    });
    expect(confirmed).toMatchObject({
      sellerDiscountApplied: true,
      sellerDiscountRule: { rateBp: 500, thresholdMinor: 1_000_000 },
      priceGuaranteeMinor: 0,
    });
  });

  it('keeps the shipping fee charged at checkout when shipping was not free', () => {
    const charged = priceSellerOrder(sellerOrder([line('x', 2, 100_000), line('y', 1, 5_000)]));
    expect(repriceAfterRefusal(charged, { x: 1, y: 0 })).toMatchObject({
      grossMinor: 100_000,
      shippingFeeMinor: 150_000,
      buyerPaysMinor: 250_000,
    });
  });

  it('gives no seller discount after a refusal if none applied at checkout', () => {
    const below = priceSellerOrder(
      sellerOrder([line('x', 9, 100_000), line('y', 1, 5_000)], { sellerDiscount: { rateBp: 500, thresholdMinor: 1_000_000 } }),
    );
    const confirmed = repriceAfterRefusal(below, { x: 9, y: 0 });
    expect(confirmed).toMatchObject({ sellerDiscountApplied: false, sellerDiscountMinor: 0, grossMinor: 900_000, netMinor: 900_000 });
  });

  it('caps a kept line at its checkout payable, the platform paying the kopeck re-rounding would add', () => {
    // No seller discount, loyalty 3 %, one of each:
    //   checkout: net 204,380 + 16,110 = 220,490; loyalty 6,614.7 -> 6,615
    //     by net 6,131.68 / 483.32: floors 6,614, 1 left to .68 -> 6,132 / 483; payable 198,248 / 15,627
    //   refuse g2: loyalty 3 % × 204,380 = 6,131.4 -> 6,131, payable would be 198,249 > 198,248
    //     -> capped at 198,248: loyalty share 6,132 = 6,131 at the rate + 1 guaranteed by the platform
    //   commission stays 5 % × 204,380 = 10,219 (the seller's net is untouched); buyer pays 198,248 + 1,500.00
    const checkout = priceSellerOrder(sellerOrder([line('g1', 1, 204_380), line('g2', 1, 16_110)], { loyaltyRateBp: 300 }));
    expect(checkout.lines.map((l) => [l.loyaltyDiscountMinor, l.payableMinor])).toEqual([
      [6_132, 198_248],
      [483, 15_627],
    ]);
    const confirmed = repriceAfterRefusal(checkout, { g1: 1, g2: 0 });
    expect(confirmed.lines.map(figures)).toEqual([
      {
        lineId: 'g1',
        grossMinor: 204_380,
        sellerDiscountMinor: 0,
        netMinor: 204_380,
        loyaltyDiscountMinor: 6_132,
        payableMinor: 198_248,
        commissionMinor: 10_219,
      },
    ]);
    expect(confirmed.lines[0].priceGuaranteeMinor).toBe(1);
    expect(confirmed).toMatchObject({ loyaltyDiscountMinor: 6_132, priceGuaranteeMinor: 1, buyerPaysMinor: 348_248 });
  });

  it('reproduces the checkout figures when the seller keeps everything', () => {
    expect(repriceAfterRefusal(order, { r1: 10, r2: 7, r3: 3 })).toEqual(order);
  });

  it('refuses to keep nothing: refusing every line is a cancel', () => {
    expect(codeOf(() => repriceAfterRefusal(order, { r1: 0, r2: 0, r3: 0 }))).toBe('NOTHING_KEPT');
  });

  it('refuses a line that is not in the order', () => {
    expect(codeOf(() => repriceAfterRefusal(order, { r1: 10, r2: 7, r3: 3, r4: 1 }))).toBe('UNKNOWN_LINE');
  });

  it.each([
    ['more than ordered', { r1: 11, r2: 7, r3: 3 }],
    ['a negative quantity', { r1: 10, r2: -1, r3: 3 }],
    ['a fraction', { r1: 10, r2: 6.5, r3: 3 }],
    ['a line left out', { r1: 10, r2: 7 }],
  ])('refuses a kept quantity that is %s', (_what, kept) => {
    expect(codeOf(() => repriceAfterRefusal(order, kept))).toBe('INVALID_KEPT_QUANTITY');
  });
});
