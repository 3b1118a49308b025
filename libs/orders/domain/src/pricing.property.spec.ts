import fc from 'fast-check';
import {
  priceCheckout,
  priceSellerOrder,
  repriceAfterRefusal,
  type PricedOrderLine,
  type PricedSellerOrder,
  type SellerOrderPricingInput,
} from './pricing';

// Invariants over random seller orders, checked against arithmetic written out here in
// bigint (not through the library's own helpers). fast-check prints the seed and the
// shrunk counterexample of a failure; replay it with { seed, path }.

/** amount × bp / 10,000 rounded half up, for non-negative amounts. */
const rate = (amount: number, bp: number): number => Number((BigInt(amount) * BigInt(bp) * 2n + 10_000n) / 20_000n);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
/** |part − whole × weight / totalWeight| < 1: the part is its share rounded up or down. */
const isShare = (part: number, whole: number, weight: number, totalWeight: number): boolean =>
  totalWeight === 0 ? part === 0 : (BigInt(part) * BigInt(totalWeight) - BigInt(whole) * BigInt(weight)) ** 2n < BigInt(totalWeight) ** 2n;

const lineArb = (unitPriceMax: number) =>
  fc.record({
    quantity: fc.integer({ min: 1, max: 1_000 }),
    unitPriceMinor: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: unitPriceMax })),
    commissionRateBp: fc.integer({ min: 0, max: 10_000 }),
    restockingRateBp: fc.integer({ min: 0, max: 10_000 }),
  });

const sellerOrderArb: fc.Arbitrary<SellerOrderPricingInput> = fc
  .record({
    // up to 8 lines of up to 1,000 × 10^12: 8 × 10^15, under Number.MAX_SAFE_INTEGER (9.007 × 10^15)
    lines: fc.oneof(
      fc.array(lineArb(10_000_000), { minLength: 1, maxLength: 8 }),
      fc.array(lineArb(1_000_000_000_000), { minLength: 1, maxLength: 8 }),
    ),
    sellerDiscount: fc.option(
      fc.record({ rateBp: fc.integer({ min: 0, max: 10_000 }), thresholdMinor: fc.integer({ min: 0, max: 100_000_000 }) }),
    ),
    sellerDiscountApplies: fc.boolean(),
    loyaltyRateBp: fc.integer({ min: 0, max: 10_000 }),
    fee: fc.integer({ min: 0, max: 1_000_000 }),
    freeFromNetMinor: fc.option(fc.integer({ min: 0, max: 100_000_000 })),
  })
  .map(({ lines, sellerDiscount, sellerDiscountApplies, loyaltyRateBp, fee, freeFromNetMinor }) => ({
    sellerId: 'seller',
    currency: 'RUB',
    deliveryRegion: 'URAL',
    lines: lines.map((line, index) => ({
      ...line,
      lineId: `l${index}`,
      priceBasis: 'LIST_PRICE' as const,
      priceExplanation: 'list price',
    })),
    sellerDiscount,
    sellerDiscountApplies,
    loyaltyRateBp,
    shipping: { feeByRegionMinor: { URAL: fee }, freeFromNetMinor },
  }));

const MONEY_FIELDS_OF_LINE = [
  'grossMinor',
  'sellerDiscountMinor',
  'netMinor',
  'loyaltyDiscountMinor',
  'payableMinor',
  'commissionMinor',
  'priceGuaranteeMinor',
] as const;

function expectLineArithmetic(line: PricedOrderLine): void {
  for (const field of MONEY_FIELDS_OF_LINE) {
    expect(Number.isSafeInteger(line[field]) && line[field] >= 0).toBe(true);
  }
  expect(line.grossMinor).toBe(line.quantity * line.unitPriceMinor);
  expect(line.netMinor).toBe(line.grossMinor - line.sellerDiscountMinor);
  expect(line.payableMinor).toBe(line.netMinor - line.loyaltyDiscountMinor);
  expect(line.commissionMinor).toBe(rate(line.netMinor, line.commissionRateBp));
  expect(line.priceGuaranteeMinor).toBeLessThanOrEqual(line.loyaltyDiscountMinor);
}

/** Every figure of the order is the sum of its lines' and the buyer pays sum(net − loyalty) + F, exactly. */
function expectOrderArithmetic(order: PricedSellerOrder): void {
  order.lines.forEach(expectLineArithmetic);
  const total = (field: (typeof MONEY_FIELDS_OF_LINE)[number]) => sum(order.lines.map((line) => line[field]));
  for (const field of MONEY_FIELDS_OF_LINE) expect(order[field]).toBe(total(field));
  expect(order.payableMinor).toBe(sum(order.lines.map((line) => line.netMinor - line.loyaltyDiscountMinor)));
  expect(order.buyerPaysMinor).toBe(sum(order.lines.map((line) => line.netMinor - line.loyaltyDiscountMinor)) + order.shippingFeeMinor);
  expect(order.shippingFeeMinor).toBe(order.freeShipping ? 0 : order.regionalFeeMinor);
  expect(order.shippingFeeMinor >= 0 && order.regionalFeeMinor >= 0 && order.buyerPaysMinor >= 0).toBe(true);
  // the seller discount is split by gross, the loyalty discount (before any guarantee) by net
  for (const line of order.lines) {
    expect(isShare(line.sellerDiscountMinor, order.sellerDiscountMinor, line.grossMinor, order.grossMinor)).toBe(true);
    expect(
      isShare(
        line.loyaltyDiscountMinor - line.priceGuaranteeMinor,
        order.loyaltyDiscountMinor - order.priceGuaranteeMinor,
        line.netMinor,
        order.netMinor,
      ),
    ).toBe(true);
  }
}

describe('pricing invariants (property-based)', () => {
  it('prices every seller order so that its parts add up, nothing is negative and the buyer pays sum(net − loyalty) + shipping', () => {
    fc.assert(
      fc.property(sellerOrderArb, (input) => {
        const order = priceSellerOrder(input);
        expectOrderArithmetic(order);
        const gross = sum(input.lines.map((line) => line.quantity * line.unitPriceMinor));
        const rule = input.sellerDiscountApplies ? input.sellerDiscount : null;
        const applied = rule !== null && gross >= rule.thresholdMinor;
        expect(order.sellerDiscountApplied).toBe(applied);
        expect(order.sellerDiscountMinor).toBe(applied ? rate(gross, rule.rateBp) : 0);
        expect(order.loyaltyDiscountMinor).toBe(rate(order.netMinor, input.loyaltyRateBp));
        expect(order.priceGuaranteeMinor).toBe(0);
        const { freeFromNetMinor } = input.shipping;
        expect(order.freeShipping).toBe(freeFromNetMinor !== null && order.netMinor >= freeFromNetMinor);
        expect(order.regionalFeeMinor).toBe(input.shipping.feeByRegionMinor.URAL);
      }),
      { numRuns: 300 },
    );
  });

  const refusalArb = sellerOrderArb.chain((input) =>
    fc
      .tuple(
        fc.constant(input),
        fc.tuple(
          ...input.lines.map((line) => fc.oneof(fc.constant(0), fc.constant(line.quantity), fc.integer({ min: 0, max: line.quantity }))),
        ),
      )
      .filter(([, kept]) => kept.some((quantity) => quantity > 0)),
  );

  it('after a refusal, never makes a kept line cost more per unit than at checkout, and the parts still add up', () => {
    fc.assert(
      fc.property(refusalArb, ([input, keptList]) => {
        const checkout = priceSellerOrder(input);
        const kept = Object.fromEntries(checkout.lines.map((line, index) => [line.lineId, keptList[index]]));
        const confirmed = repriceAfterRefusal(checkout, kept);
        expectOrderArithmetic(confirmed);

        expect(confirmed.lines.map((line) => line.lineId)).toEqual(
          checkout.lines.filter((line) => kept[line.lineId] > 0).map((line) => line.lineId),
        );
        for (const line of confirmed.lines) {
          const before = checkout.lines.find((candidate) => candidate.lineId === line.lineId) as PricedOrderLine;
          expect(line.quantity).toBe(kept[line.lineId]);
          // payable / quantity <= checkout payable / checkout quantity, cross-multiplied exactly
          expect(BigInt(line.payableMinor) * BigInt(before.quantity) <= BigInt(before.payableMinor) * BigInt(line.quantity)).toBe(true);
        }
        // same rates: the seller discount if it applied at checkout, loyalty (plus the guarantee), F as charged
        expect(confirmed.sellerDiscountMinor).toBe(
          checkout.sellerDiscountApplied ? rate(confirmed.grossMinor, (checkout.sellerDiscountRule as { rateBp: number }).rateBp) : 0,
        );
        expect(confirmed.loyaltyDiscountMinor).toBe(rate(confirmed.netMinor, checkout.loyaltyRateBp) + confirmed.priceGuaranteeMinor);
        expect(confirmed.shippingFeeMinor).toBe(checkout.shippingFeeMinor);
        expect(confirmed.regionalFeeMinor).toBe(checkout.regionalFeeMinor);
        expect(confirmed.buyerPaysMinor).toBeLessThanOrEqual(checkout.buyerPaysMinor);
      }),
      { numRuns: 300 },
    );
  });

  it('splits a cart into one seller order per seller, lines in cart order, totals adding up', () => {
    const cartArb = fc.array(fc.record({ seller: fc.constantFrom('s1', 's2', 's3'), line: lineArb(10_000_000) }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(cartArb, fc.integer({ min: 0, max: 10_000 }), (cart, loyaltyRateBp) => {
        const lines = cart.map(({ seller, line }, index) => ({
          ...line,
          sellerId: seller,
          currency: 'EUR',
          lineId: `c${index}`,
          priceBasis: 'LIST_PRICE' as const,
          priceExplanation: '',
        }));
        const terms = {
          sellerDiscount: { rateBp: 250, thresholdMinor: 1_000_000 },
          shipping: { feeByRegionMinor: { NORTH: 4_900 }, freeFromNetMinor: 5_000_000 },
        };
        const checkout = priceCheckout(lines, { deliveryRegion: 'NORTH', loyaltyRateBp, sellers: { s1: terms, s2: terms, s3: terms } });
        const sellersInOrder = [...new Set(lines.map((line) => line.sellerId))];
        expect(checkout.sellerOrders.map((order) => order.sellerId)).toEqual(sellersInOrder);
        for (const order of checkout.sellerOrders) {
          expectOrderArithmetic(order);
          expect(order.lines.map((line) => line.lineId)).toEqual(
            lines.filter((line) => line.sellerId === order.sellerId).map((line) => line.lineId),
          );
        }
        expect(checkout.buyerPaysMinor).toBe(sum(checkout.sellerOrders.map((order) => order.payableMinor + order.shippingFeeMinor)));
        expect(checkout.grossMinor).toBe(sum(lines.map((line) => line.quantity * line.unitPriceMinor)));
      }),
      { numRuns: 300 },
    );
  });
});
