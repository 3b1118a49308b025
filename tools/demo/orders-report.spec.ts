import { historyWords, percent, purchaseTotalsLine, sellerOrderLines, table, tradeOrderLine, type SellerOrderView } from './orders-report';
import { CHECKOUT_PLAN, checkoutLineProblem, sellersOf } from './orders-scenario';

/** Ural Steel's order of the orders integration spec's three-seller checkout (apps/orders/src/orders.int-spec.ts). */
const URAL: SellerOrderView = {
  id: 'order-ural',
  purchaseId: 'purchase-1',
  origin: 'CHECKOUT',
  tradeId: null,
  status: 'PLACED',
  deliveryAddress: '5 Lenina St, Moscow',
  history: [{ from: null, to: 'PLACED', actorKind: 'USER', reason: null }],
  sellerCompanyId: 'ural',
  buyerCompanyId: 'volga',
  currency: 'RUB',
  paymentMode: 'NET_TERMS',
  paymentTermDays: 30,
  deliveryRegion: 'Moscow',
  grossMinor: 10_100_000,
  sellerDiscountMinor: 505_000,
  netMinor: 9_595_000,
  loyaltyDiscountMinor: 287_850,
  loyaltyRateBp: 300,
  shippingFeeMinor: 500_000,
  regionalFeeMinor: 500_000,
  freeShipping: false,
  commissionMinor: 299_250,
  buyerPaysMinor: 9_807_150,
  sellerDiscountRule: { rateBp: 500, thresholdMinor: 5_000_000, applied: true },
  lines: [
    {
      lineNo: 1,
      listingId: 'a-sheet',
      productName: 'SHEET-S355',
      sellerSku: 'A-SHEET',
      priceBasis: 'PRICE_BREAK',
      priceExplanation: 'volume price from 50 units',
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
      listingId: 'a-cable',
      productName: 'CABLE-VVG',
      sellerSku: 'A-CABLE',
      priceBasis: 'LIST_PRICE',
      priceExplanation: 'list price',
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

describe('how the demo prints a seller order', () => {
  it('writes rates in basis points as percentages', () => {
    expect([300, 250, 1234, 5, 0, 10_000].map(percent)).toEqual(['3 %', '2.5 %', '12.34 %', '0.05 %', '0 %', '100 %']);
  });

  it('lines up a table: text columns to the left, numbers to the right', () => {
    expect(
      table(
        ['#', 'what', 'amount'],
        [
          ['1', 'sheet', '9.50'],
          ['12', 'cable', '100.00'],
        ],
      ),
    ).toEqual(['#   what   amount', '1   sheet    9.50', '12  cable  100.00']);
  });

  it('shows every figure of every line and of the order, the discount rule, shipping and who funds what', () => {
    const lines = sellerOrderLines(URAL, 'Ural Steel', (line) => (line.listingId === 'a-sheet' ? 'KG' : 'M'));
    expect(lines[0]).toBe('Ural Steel: volume discount 5 % from 50,000.00 RUB of gross: reached; loyalty 3 % (amounts in RUB)');
    expect(lines[2]).toMatch(
      /^ {2}1 +SHEET-S355 \(A-SHEET\) +100 kg +950\.00\/kg +95,000\.00 +-4,750\.00 +90,250\.00 +-2,707\.50 +87,542\.50 +3 % 2,707\.50$/,
    );
    expect(lines[3]).toMatch(
      /^ {2}2 +CABLE-VVG \(A-CABLE\) +30 m +200\.00\/m +6,000\.00 +-300\.00 +5,700\.00 +-171\.00 +5,529\.00 +5 % 285\.00$/,
    );
    expect(lines[4]).toMatch(/the seller order +101,000\.00 +-5,050\.00 +95,950\.00 +-2,878\.50 +93,071\.50 +2,992\.50$/);
    expect(lines.slice(5)).toEqual([
      '  line 1 price: PRICE_BREAK, volume price from 50 units',
      '  line 2 price: LIST_PRICE, list price',
      "  shipping: 5,000.00 (the seller's fee to Moscow)",
      '  buyer pays 93,071.50 + 5,000.00 shipping = 98,071.50 RUB; the seller funds 5,050.00, the platform 2,878.50, the seller pays 2,992.50 commission',
    ]);
  });

  it('says when shipping was free, and what the seller’s fee for the region would have been', () => {
    const free = { ...URAL, freeShipping: true, shippingFeeMinor: 0, buyerPaysMinor: 9_307_150 };
    expect(sellerOrderLines(free, 'Ural Steel', () => 'KG')).toContain(
      "  shipping: free (the net reached the seller's free-shipping amount; its fee to Moscow is 5,000.00)",
    );
  });

  it('sums a purchase over its seller orders', () => {
    expect(purchaseTotalsLine([URAL, URAL], 'RUB')).toBe(
      'gross 202,000.00 − volume discounts 10,100.00 − loyalty 5,757.00 + shipping 10,000.00 = 196,143.00 RUB',
    );
  });

  it('puts a trade order on one line, and its history in words', () => {
    // 3 × 1,100.00 at the trade price: loyalty 3 % 99.00, 3,000.00 shipping, steel commission 3 % 99.00.
    const trade: SellerOrderView = {
      ...URAL,
      origin: 'TRADE',
      tradeId: 'trade-1',
      status: 'CONFIRMED',
      grossMinor: 330_000,
      sellerDiscountMinor: 0,
      netMinor: 330_000,
      loyaltyDiscountMinor: 9_900,
      shippingFeeMinor: 300_000,
      commissionMinor: 9_900,
      buyerPaysMinor: 620_100,
      sellerDiscountRule: null,
      lines: [{ ...URAL.lines[0], quantity: 3, unitPriceMinor: 110_000, priceBasis: 'TRADE' }],
      history: [{ from: null, to: 'CONFIRMED', actorKind: 'SYSTEM', reason: 'trade trade-1 matched in the book' }],
    };
    expect(tradeOrderLine(trade, 'Volga Construction', 'Ural Steel', 'KG')).toBe(
      'Volga Construction ← Ural Steel: 3 kg × 1,100.00 RUB/kg = 3,300.00, loyalty 3 % −99.00, shipping 3,000.00 from Moscow, ' +
        'buyer pays 6,201.00 RUB; commission 99.00; CONFIRMED, on net 30 days',
    );
    expect(tradeOrderLine({ ...trade, shippingFeeMinor: 0, paymentMode: 'PREPAY', paymentTermDays: null }, 'Neva', 'Ural', 'KG')).toMatch(
      /shipping free, .*; CONFIRMED, paid in advance$/,
    );
    expect(historyWords([...trade.history, { from: 'CONFIRMED', to: 'SHIPPED', actorKind: 'USER', reason: null }])).toBe(
      'created CONFIRMED (SYSTEM: trade trade-1 matched in the book) → SHIPPED (USER)',
    );
  });
});

describe('the demo’s three-seller checkout plan', () => {
  it('buys from three sellers, in the order checkout splits the cart in', () => {
    expect(sellersOf(CHECKOUT_PLAN)).toEqual(['Ural Steel', 'Siberian Cable', 'Kama Metals']);
  });

  it('fits the minimums and lots `npm start` seeds for each kind of product', () => {
    const seeded: Record<string, { minimumOrderQuantity: number; lotMultiple: number }> = {
      KG: { minimumOrderQuantity: 1_000, lotMultiple: 500 },
      T: { minimumOrderQuantity: 5, lotMultiple: 1 },
      M: { minimumOrderQuantity: 200, lotMultiple: 100 },
    };
    for (const line of CHECKOUT_PLAN) expect(checkoutLineProblem(line, { ...seeded[line.baseUnit], available: 1_000_000 })).toBeUndefined();
  });

  it('says why a quantity cannot go in the cart', () => {
    const line = CHECKOUT_PLAN[0];
    expect(checkoutLineProblem(line, { minimumOrderQuantity: 5_000, lotMultiple: 500, available: 10_000 })).toBe(
      "4000 is below the listing's minimum order quantity of 5000",
    );
    expect(checkoutLineProblem(line, { minimumOrderQuantity: 1_000, lotMultiple: 1_500, available: 10_000 })).toBe(
      '4000 is not a whole number of lots of 1500',
    );
    expect(checkoutLineProblem(line, { minimumOrderQuantity: 1_000, lotMultiple: 500, available: 3_500 })).toBe(
      '4000 is more than the 3500 available',
    );
  });
});
