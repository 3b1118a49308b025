import { priceSellerOrder } from './pricing';
import { figures, line, sellerOrder } from './testing/pricing-fixtures';

// Scenario: one seller order whose unit prices come from three different bases in catalog's
// quote: the list price, a volume break and the buyer's contract. Pricing takes the unit
// price as given and stores the basis and its explanation on the line. No seller discount,
// loyalty 5 %, URAL fee 2,500.00. Kopecks.
//
//   l1 list price       40 × 9,990  =   399,600   commission 7 %
//   l2 price break      600 × 8,750 = 5,250,000   commission 7 %
//   l3 contract price   120 × 7,333 =   879,960   commission 3 %
//   gross = net = 6,529,560
//   loyalty = 5 % × 6,529,560 = 326,478 (exact); split by net, every share exact:
//     l1 19,980, l2 262,500, l3 43,998 (5 % of each net)
//   payable: l1 379,620, l2 4,987,500, l3 835,962
//   commission: l1 27,972, l2 367,500, l3 3 % × 879,960 = 26,398.8 -> 26,399
//   buyer pays 6,529,560 - 326,478 + 250,000 = 6,453,082

describe('pricing scenario: price breaks and a contract price', () => {
  const order = priceSellerOrder(
    sellerOrder(
      [
        line('l1', 40, 9_990, { commissionRateBp: 700 }),
        line('l2', 600, 8_750, { priceBasis: 'PRICE_BREAK', priceExplanation: 'from 500 kg: 87.50 per kg', commissionRateBp: 700 }),
        line('l3', 120, 7_333, { priceBasis: 'CONTRACT', priceExplanation: 'contract C-17 until 2026-06-30', commissionRateBp: 300 }),
      ],
      { loyaltyRateBp: 500, shipping: { feeByRegionMinor: { URAL: 250_000 }, freeFromNetMinor: null } },
    ),
  );

  it('carries each line’s price basis and its explanation through as quoted', () => {
    expect(order.lines.map((l) => [l.lineId, l.unitPriceMinor, l.priceBasis, l.priceExplanation])).toEqual([
      ['l1', 9_990, 'LIST_PRICE', 'list price'],
      ['l2', 8_750, 'PRICE_BREAK', 'from 500 kg: 87.50 per kg'],
      ['l3', 7_333, 'CONTRACT', 'contract C-17 until 2026-06-30'],
    ]);
  });

  it('prices each line from its own unit price', () => {
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'l1',
        grossMinor: 399_600,
        sellerDiscountMinor: 0,
        netMinor: 399_600,
        loyaltyDiscountMinor: 19_980,
        payableMinor: 379_620,
        commissionMinor: 27_972,
      },
      {
        lineId: 'l2',
        grossMinor: 5_250_000,
        sellerDiscountMinor: 0,
        netMinor: 5_250_000,
        loyaltyDiscountMinor: 262_500,
        payableMinor: 4_987_500,
        commissionMinor: 367_500,
      },
      {
        lineId: 'l3',
        grossMinor: 879_960,
        sellerDiscountMinor: 0,
        netMinor: 879_960,
        loyaltyDiscountMinor: 43_998,
        payableMinor: 835_962,
        commissionMinor: 26_399,
      },
    ]);
  });

  it('has no seller discount without a rule, and charges the regional fee', () => {
    expect(order).toMatchObject({
      sellerDiscountRule: null,
      sellerDiscountApplied: false,
      grossMinor: 6_529_560,
      loyaltyDiscountMinor: 326_478,
      shippingFeeMinor: 250_000,
      regionalFeeMinor: 250_000,
      buyerPaysMinor: 6_453_082,
    });
  });
});
