import { priceCheckout } from './pricing';
import { cartLine, figures, totals } from './testing/pricing-fixtures';

// Scenario: a cart of two sellers' steel, both over their volume-discount thresholds, with the
// buyer's 3 % loyalty discount. Amounts in kopecks (RUB minor units).
//
// steelworks: 5 % (500 bp) from 100,000.00 gross; URAL 1,500.00, never free.
// metal-depot: 3 % (300 bp) from 50,000.00 gross; URAL 900.00, free from 30,000.00 net.
//
// Cart, in this order: a1 (steelworks) 1,000 kg × 89.50; b1 (metal-depot) 200 × 123.45;
// a2 (steelworks) 150 × 100.01; b2 (metal-depot) 30 × 999.99.
//
// steelworks (a1, a2):
//   gross a1 = 1,000 × 8,950 = 8,950,000; a2 = 150 × 10,001 = 1,500,150; G = 10,450,150 >= 10,000,000
//   discount = 5 % × 10,450,150 = 522,507.5 -> 522,508 (half up)
//     by gross: a1 522,508 × 8,950,000 / 10,450,150 = 447,500.43; a2 = 75,007.57
//     floors 447,500 + 75,007 = 522,507; the 1 left goes to the larger remainder (.57): a2
//     -> a1 447,500, a2 75,008
//   net a1 = 8,502,500; a2 = 1,425,142; N = 9,927,642
//   loyalty = 3 % × 9,927,642 = 297,829.26 -> 297,829
//     by net: a1 297,829 × 8,502,500 / 9,927,642 = 255,074.78; a2 = 42,754.22
//     floors 255,074 + 42,754 = 297,828; the 1 left to .78: a1 -> a1 255,075, a2 42,754
//   payable a1 = 8,502,500 - 255,075 = 8,247,425; a2 = 1,425,142 - 42,754 = 1,382,388
//   commission 8 %: a1 680,200 (exact); a2 1,425,142 × 8 % = 114,011.36 -> 114,011
//   shipping: no free-from amount: F = L = 150,000
//   buyer pays 8,247,425 + 1,382,388 + 150,000 = 9,779,813
//
// metal-depot (b1, b2):
//   gross b1 = 200 × 12,345 = 2,469,000; b2 = 30 × 99,999 = 2,999,970; G = 5,468,970 >= 5,000,000
//   discount = 3 % × 5,468,970 = 164,069.1 -> 164,069
//     by gross: b1 74,069.95, b2 89,999.05; floors 74,069 + 89,999 = 164,068; 1 left to .95: b1
//     -> b1 74,070, b2 89,999
//   net b1 = 2,394,930; b2 = 2,909,971; N = 5,304,901
//   loyalty = 3 % × 5,304,901 = 159,147.03 -> 159,147
//     by net: b1 71,847.89, b2 87,299.11; floors 71,847 + 87,299 = 159,146; 1 left to .89: b1
//     -> b1 71,848, b2 87,299
//   payable b1 = 2,323,082; b2 = 2,822,672
//   commission: b1 5 % × 2,394,930 = 119,746.5 -> 119,747 (half up); b2 12 % × 2,909,971 = 349,196.52 -> 349,197
//   shipping: N 5,304,901 >= 3,000,000: free, F = 0, L = 90,000
//   buyer pays 2,323,082 + 2,822,672 = 5,145,754
//
// The purchase: 9,779,813 + 5,145,754 = 14,925,567.

describe('pricing scenario: two sellers, both discounts', () => {
  const steelworks = {
    sellerDiscount: { rateBp: 500, thresholdMinor: 10_000_000 },
    shipping: { feeByRegionMinor: { URAL: 150_000, MOSCOW: 250_000 }, freeFromNetMinor: null },
  };
  const metalDepot = {
    sellerDiscount: { rateBp: 300, thresholdMinor: 5_000_000 },
    shipping: { feeByRegionMinor: { URAL: 90_000 }, freeFromNetMinor: 3_000_000 },
  };
  const checkout = priceCheckout(
    [
      cartLine('steelworks', 'a1', 1_000, 8_950, { commissionRateBp: 800 }),
      cartLine('metal-depot', 'b1', 200, 12_345, { commissionRateBp: 500 }),
      cartLine('steelworks', 'a2', 150, 10_001, { commissionRateBp: 800 }),
      cartLine('metal-depot', 'b2', 30, 99_999, { commissionRateBp: 1_200 }),
    ],
    { deliveryRegion: 'URAL', loyaltyRateBp: 300, sellers: { steelworks, 'metal-depot': metalDepot } },
  );
  const [first, second] = checkout.sellerOrders;

  it('makes one seller order per seller, in the order the sellers first appear, lines in cart order', () => {
    expect(checkout.sellerOrders.map((order) => [order.sellerId, order.lines.map((l) => l.lineId)])).toEqual([
      ['steelworks', ['a1', 'a2']],
      ['metal-depot', ['b1', 'b2']],
    ]);
  });

  it('prices the first seller: discount split by gross, loyalty split by net, a fee charged', () => {
    expect(first.lines.map(figures)).toEqual([
      {
        lineId: 'a1',
        grossMinor: 8_950_000,
        sellerDiscountMinor: 447_500,
        netMinor: 8_502_500,
        loyaltyDiscountMinor: 255_075,
        payableMinor: 8_247_425,
        commissionMinor: 680_200,
      },
      {
        lineId: 'a2',
        grossMinor: 1_500_150,
        sellerDiscountMinor: 75_008,
        netMinor: 1_425_142,
        loyaltyDiscountMinor: 42_754,
        payableMinor: 1_382_388,
        commissionMinor: 114_011,
      },
    ]);
    expect(totals(first)).toEqual({
      grossMinor: 10_450_150,
      sellerDiscountMinor: 522_508,
      netMinor: 9_927_642,
      loyaltyDiscountMinor: 297_829,
      payableMinor: 9_629_813,
      commissionMinor: 794_211,
      shippingFeeMinor: 150_000,
      regionalFeeMinor: 150_000,
      freeShipping: false,
      buyerPaysMinor: 9_779_813,
    });
    expect(first).toMatchObject({
      sellerDiscountRule: { rateBp: 500, thresholdMinor: 10_000_000 },
      sellerDiscountApplied: true,
      loyaltyRateBp: 300,
      deliveryRegion: 'URAL',
      currency: 'RUB',
    });
  });

  it('prices the second seller: free shipping over its amount, the regional fee still stored', () => {
    expect(second.lines.map(figures)).toEqual([
      {
        lineId: 'b1',
        grossMinor: 2_469_000,
        sellerDiscountMinor: 74_070,
        netMinor: 2_394_930,
        loyaltyDiscountMinor: 71_848,
        payableMinor: 2_323_082,
        commissionMinor: 119_747,
      },
      {
        lineId: 'b2',
        grossMinor: 2_999_970,
        sellerDiscountMinor: 89_999,
        netMinor: 2_909_971,
        loyaltyDiscountMinor: 87_299,
        payableMinor: 2_822_672,
        commissionMinor: 349_197,
      },
    ]);
    expect(totals(second)).toEqual({
      grossMinor: 5_468_970,
      sellerDiscountMinor: 164_069,
      netMinor: 5_304_901,
      loyaltyDiscountMinor: 159_147,
      payableMinor: 5_145_754,
      commissionMinor: 468_944,
      shippingFeeMinor: 0,
      regionalFeeMinor: 90_000,
      freeShipping: true,
      buyerPaysMinor: 5_145_754,
    });
    expect(second).toMatchObject({
      sellerDiscountRule: { rateBp: 300, thresholdMinor: 5_000_000 },
      sellerDiscountApplied: true,
      freeShippingFromNetMinor: 3_000_000,
    });
  });

  it('totals the purchase over both seller orders', () => {
    expect(checkout).toMatchObject({
      currency: 'RUB',
      grossMinor: 15_919_120,
      sellerDiscountMinor: 686_577,
      netMinor: 15_232_543,
      loyaltyDiscountMinor: 456_976,
      shippingFeeMinor: 150_000,
      buyerPaysMinor: 14_925_567,
    });
  });

  it('carries each line’s restocking rate and price basis through untouched', () => {
    expect(first.lines[0]).toMatchObject({
      restockingRateBp: 1_000,
      priceBasis: 'LIST_PRICE',
      priceExplanation: 'list price',
      quantity: 1_000,
      unitPriceMinor: 8_950,
    });
  });
});
