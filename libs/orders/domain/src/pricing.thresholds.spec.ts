import { priceSellerOrder } from './pricing';
import { figures, line, sellerOrder, totals } from './testing/pricing-fixtures';

// Scenario: the seller volume discount (5 % from 10,000.00 gross, ">=") and free shipping
// (MOSCOW 600.00, free from 9,500.00 net, ">=") reached exactly and missed by one kopeck.
// Loyalty 3 %, commission 5 %. Kopecks.

const terms = {
  deliveryRegion: 'MOSCOW',
  sellerDiscount: { rateBp: 500, thresholdMinor: 1_000_000 },
  loyaltyRateBp: 300,
  shipping: { feeByRegionMinor: { MOSCOW: 60_000 }, freeFromNetMinor: 950_000 },
};

describe('pricing scenario: a threshold just reached and just missed', () => {
  it('gives the seller discount at a gross exactly at the threshold, and free shipping at a net exactly at its amount', () => {
    // gross 100 × 10,000 = 1,000,000 (= threshold): discount 5 % = 50,000; net 950,000 (= free-from): F = 0
    // loyalty 3 % × 950,000 = 28,500; payable 921,500; commission 5 % × 950,000 = 47,500
    const order = priceSellerOrder(sellerOrder([line('sheet', 100, 10_000)], terms));
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'sheet',
        grossMinor: 1_000_000,
        sellerDiscountMinor: 50_000,
        netMinor: 950_000,
        loyaltyDiscountMinor: 28_500,
        payableMinor: 921_500,
        commissionMinor: 47_500,
      },
    ]);
    expect(order.sellerDiscountApplied).toBe(true);
    expect(totals(order)).toMatchObject({ shippingFeeMinor: 0, regionalFeeMinor: 60_000, freeShipping: true, buyerPaysMinor: 921_500 });
  });

  it('gives no seller discount at one kopeck under the threshold, but stores the rule it was priced with', () => {
    // gross 3 × 333,333 = 999,999 (< 1,000,000): no discount; net 999,999 >= 950,000: free shipping
    // loyalty 3 % × 999,999 = 29,999.97 -> 30,000; payable 969,999; commission 49,999.95 -> 50,000
    const order = priceSellerOrder(sellerOrder([line('sheet', 3, 333_333)], terms));
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'sheet',
        grossMinor: 999_999,
        sellerDiscountMinor: 0,
        netMinor: 999_999,
        loyaltyDiscountMinor: 30_000,
        payableMinor: 969_999,
        commissionMinor: 50_000,
      },
    ]);
    expect(order).toMatchObject({ sellerDiscountRule: { rateBp: 500, thresholdMinor: 1_000_000 }, sellerDiscountApplied: false });
    expect(totals(order)).toMatchObject({ shippingFeeMinor: 0, freeShipping: true, buyerPaysMinor: 969_999 });
  });

  it('charges shipping at one kopeck under the free-shipping amount', () => {
    // gross = net = 949,999 (< 950,000): F = 60,000
    // loyalty 3 % × 949,999 = 28,499.97 -> 28,500; payable 921,499; buyer pays 921,499 + 60,000 = 981,499
    const order = priceSellerOrder(sellerOrder([line('sheet', 1, 949_999)], terms));
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'sheet',
        grossMinor: 949_999,
        sellerDiscountMinor: 0,
        netMinor: 949_999,
        loyaltyDiscountMinor: 28_500,
        payableMinor: 921_499,
        commissionMinor: 47_500,
      },
    ]);
    expect(totals(order)).toMatchObject({
      shippingFeeMinor: 60_000,
      regionalFeeMinor: 60_000,
      freeShipping: false,
      buyerPaysMinor: 981_499,
    });
  });

  it('judges free shipping on the net after the seller discount, not on the gross', () => {
    // gross 1,000,100: discount 5 % = 50,005; net 950,095, one kopeck under a free-from amount
    // of 950,096 that the gross is far above: shipping is charged.
    const order = priceSellerOrder(
      sellerOrder([line('sheet', 1, 1_000_100)], {
        ...terms,
        shipping: { feeByRegionMinor: { MOSCOW: 60_000 }, freeFromNetMinor: 950_096 },
      }),
    );
    expect(totals(order)).toMatchObject({
      grossMinor: 1_000_100,
      sellerDiscountMinor: 50_005,
      netMinor: 950_095,
      shippingFeeMinor: 60_000,
      freeShipping: false,
    });
  });
});
