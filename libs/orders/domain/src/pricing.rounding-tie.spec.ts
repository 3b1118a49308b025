import { priceSellerOrder } from './pricing';
import { figures, line, sellerOrder } from './testing/pricing-fixtures';

// Scenario: amounts that split exactly in half. Every split is largest remainder with ties
// to the earlier line, and a percentage rounds half up. Kopecks.

describe('pricing scenario: a rounding tie', () => {
  it('gives the seller discount’s odd kopeck to the earlier of two lines of equal gross', () => {
    // gross 11 × 100 = 1,100 and 5 × 220 = 1,100; G = 2,200; discount 0.5 % (50 bp) = 11
    //   by gross 5.5 / 5.5: floors 5 + 5, 1 left, equal remainders -> the earlier line: 6 / 5
    //   net 1,094 / 1,095; no loyalty; commission 5 % × 1,094 = 54.7 -> 55, × 1,095 = 54.75 -> 55
    const order = priceSellerOrder(
      sellerOrder([line('first', 11, 100), line('second', 5, 220)], { sellerDiscount: { rateBp: 50, thresholdMinor: 0 } }),
    );
    expect(order.lines.map(figures)).toEqual([
      {
        lineId: 'first',
        grossMinor: 1_100,
        sellerDiscountMinor: 6,
        netMinor: 1_094,
        loyaltyDiscountMinor: 0,
        payableMinor: 1_094,
        commissionMinor: 55,
      },
      {
        lineId: 'second',
        grossMinor: 1_100,
        sellerDiscountMinor: 5,
        netMinor: 1_095,
        loyaltyDiscountMinor: 0,
        payableMinor: 1_095,
        commissionMinor: 55,
      },
    ]);
  });

  it('rounds a half-kopeck loyalty discount up once per order and gives its odd kopecks to the earlier lines', () => {
    // three lines of net 150: N = 450; loyalty 3 % = 13.5 -> 14 (half up, once for the order)
    //   by net 4.67 each: floors 12, 2 left, equal remainders -> the two earlier lines: 5 / 5 / 4
    //   commission 3 % × 150 = 4.5 -> 5 on every line (rounded once per line: 15, not 3 % × 450 = 13.5 -> 14)
    const order = priceSellerOrder(
      sellerOrder(
        [
          line('a', 1, 150, { commissionRateBp: 300 }),
          line('b', 3, 50, { commissionRateBp: 300 }),
          line('c', 10, 15, { commissionRateBp: 300 }),
        ],
        {
          loyaltyRateBp: 300,
        },
      ),
    );
    expect(order.lines.map((l) => [l.lineId, l.netMinor, l.loyaltyDiscountMinor, l.payableMinor, l.commissionMinor])).toEqual([
      ['a', 150, 5, 145, 5],
      ['b', 150, 5, 145, 5],
      ['c', 150, 4, 146, 5],
    ]);
    expect(order).toMatchObject({ loyaltyDiscountMinor: 14, commissionMinor: 15, payableMinor: 436, buyerPaysMinor: 150_436 });
  });
});
