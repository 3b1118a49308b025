import { priceSellerOrder } from './pricing';
import { figures, line, sellerOrder } from './testing/pricing-fixtures';

// Scenario: a matched trade becomes a seller order at the trade price. Both sides agreed the
// price in the book, so steps 3-5 apply and the seller's volume discount does not, even over
// its threshold. Kopecks.
//
//   2,000 kg × 89.50 = 17,900,000 (the seller's rule, 5 % from 10,000.00, is not applied)
//   loyalty 5 % × 17,900,000 = 895,000; payable 17,005,000
//   commission 4 % × 17,900,000 = 716,000
//   URAL fee 1,500.00 (free from 200,000.00 net, not reached); buyer pays 17,155,000

describe('pricing scenario: a trade order', () => {
  const order = priceSellerOrder(
    sellerOrder(
      [line('trade-7', 2_000, 8_950, { priceBasis: 'TRADE', priceExplanation: 'trade 7 matched in the book', commissionRateBp: 400 })],
      {
        sellerDiscount: { rateBp: 500, thresholdMinor: 1_000_000 },
        sellerDiscountApplies: false,
        loyaltyRateBp: 500,
        shipping: { feeByRegionMinor: { URAL: 150_000 }, freeFromNetMinor: 20_000_000 },
      },
    ),
  );

  it('applies no seller volume discount and records none', () => {
    expect(order).toMatchObject({ sellerDiscountRule: null, sellerDiscountApplied: false, sellerDiscountMinor: 0 });
  });

  it('prices loyalty, shipping and commission on the trade price', () => {
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'trade-7',
        grossMinor: 17_900_000,
        sellerDiscountMinor: 0,
        netMinor: 17_900_000,
        loyaltyDiscountMinor: 895_000,
        payableMinor: 17_005_000,
        commissionMinor: 716_000,
      },
    ]);
    expect(order).toMatchObject({ priceGuaranteeMinor: 0, shippingFeeMinor: 150_000, freeShipping: false, buyerPaysMinor: 17_155_000 });
    expect(order.lines[0]).toMatchObject({ priceBasis: 'TRADE', priceExplanation: 'trade 7 matched in the book' });
  });
});
