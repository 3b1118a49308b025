import { allocateMinorUnits, applyBasisPoints } from '@lotbook/money';
import fc from 'fast-check';
import { EMPTY_RETURN_HISTORY, historyAfter, quoteReturn } from './allocation';
import {
  RETURN_REASONS,
  type ReturnAllocation,
  type ReturnHistory,
  type ReturnItemRequest,
  type ReturnReason,
  type SellerOrderFigures,
} from './allocation.types';
import { DEFAULT_RETURN_POLICY, RETURN_FAULTS, type ReturnPolicy } from './return-policy';
import { basisPointsOf, shareOf, splitInto } from './split';
import { row } from './testing/purchases';
import { referenceQuote } from './testing/reference-allocation';

// Random purchases whose figures hold together the way the orders context stores them, and
// random sequences of returns against them.

/** Amounts from a kopeck or two (where rounding bites) up to a few million roubles. */
const grossArb = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 500_000_000 }));
const feeArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5_000_000 }));

const lineArb = fc.record({
  quantity: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 })),
  gross: grossArb,
  loyaltyBp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 10_000 })),
  commissionBp: fc.integer({ min: 0, max: 3_000 }),
  restockingRateBp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
});

const orderArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
  outbound: feeArb,
  regional: feeArb,
  discount: fc.option(
    fc.record({
      rateBp: fc.integer({ min: 0, max: 2_000 }),
      // Threshold as a fraction of the order's gross, so it is sometimes reached and sometimes crossed by returns.
      thresholdPermille: fc.integer({ min: 0, max: 1_500 }),
      applied: fc.boolean(),
    }),
    { nil: null },
  ),
});

const purchaseArb: fc.Arbitrary<SellerOrderFigures[]> = fc.array(orderArb, { minLength: 1, maxLength: 3 }).map((orders) =>
  orders.map((order, orderIndex) => {
    // A line with nothing delivered carries no amounts.
    const gross = order.lines.map((line) => (line.quantity === 0 ? 0 : line.gross));
    const grossTotal = gross.reduce((sum, value) => sum + value, 0);
    const discountTotal = order.discount?.applied ? applyBasisPoints(grossTotal, order.discount.rateBp) : 0;
    const sellerDiscounts = grossTotal > 0 ? allocateMinorUnits(discountTotal, gross) : gross.map(() => 0);
    return {
      sellerOrderId: `SO${orderIndex}`,
      sellerCompanyId: `seller-${orderIndex}`,
      currency: 'RUB',
      outboundFeeMinor: order.outbound,
      regionalFeeMinor: order.regional,
      sellerDiscount: order.discount && {
        rateBp: order.discount.rateBp,
        thresholdMinor: Math.floor((grossTotal * order.discount.thresholdPermille) / 1_000),
        applied: order.discount.applied,
      },
      lines: order.lines.map((line, lineIndex) => {
        const net = gross[lineIndex] - sellerDiscounts[lineIndex];
        return {
          lineId: `SO${orderIndex}-L${lineIndex}`,
          quantity: line.quantity,
          grossMinor: gross[lineIndex],
          sellerDiscountMinor: sellerDiscounts[lineIndex],
          netMinor: net,
          loyaltyDiscountMinor: applyBasisPoints(net, line.loyaltyBp),
          commissionMinor: applyBasisPoints(net, line.commissionBp),
          restockingRateBp: line.restockingRateBp,
        };
      }),
    };
  }),
);

/** A return drawn as picks: which line (any number, taken modulo), how much of what is left (percent), why. */
const pickArb = fc.record({ line: fc.nat(), percent: fc.integer({ min: 1, max: 100 }), reason: fc.constantFrom(...RETURN_REASONS) });
const returnPlanArb = fc.array(fc.array(pickArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

/** Turns picks into valid returns against what is still returnable, in order; picks that find nothing left are dropped. */
function returnsFromPlan(
  purchase: readonly SellerOrderFigures[],
  plan: readonly (readonly { line: number; percent: number; reason: ReturnReason }[])[],
): ReturnItemRequest[][] {
  const lines = purchase.flatMap((order) => order.lines);
  const left = new Map(lines.map((line) => [line.lineId, line.quantity]));
  const returns: ReturnItemRequest[][] = [];
  for (const picks of plan) {
    const items: ReturnItemRequest[] = [];
    for (const pick of picks) {
      const line = lines[pick.line % lines.length];
      const remaining = left.get(line.lineId) ?? 0;
      if (remaining === 0 || items.some((request) => request.lineId === line.lineId)) continue;
      const quantity = Math.max(1, Math.ceil((remaining * pick.percent) / 100));
      left.set(line.lineId, remaining - quantity);
      items.push({ lineId: line.lineId, quantity, reason: pick.reason });
    }
    if (items.length > 0) returns.push(items);
  }
  return returns;
}

/** The policy, or an operator's: any fault for any reason (the window does not enter a quote). */
const policyArb: fc.Arbitrary<ReturnPolicy> = fc.oneof(
  fc.constant(DEFAULT_RETURN_POLICY),
  fc.tuple(...RETURN_REASONS.map(() => fc.constantFrom(...RETURN_FAULTS))).map((faults) => ({
    faultByReason: Object.fromEntries(RETURN_REASONS.map((reason, index) => [reason, faults[index]])) as ReturnPolicy['faultByReason'],
    defaultReturnWindowDays: 30,
  })),
);

/** Everything still returnable after `returns`, as one last return for `reason`; empty when nothing is left. */
function restOf(
  purchase: readonly SellerOrderFigures[],
  returns: readonly ReturnItemRequest[][],
  reason: ReturnReason,
): ReturnItemRequest[] {
  const taken = new Map<string, number>();
  for (const items of returns) for (const request of items) taken.set(request.lineId, (taken.get(request.lineId) ?? 0) + request.quantity);
  return purchase
    .flatMap((order) => order.lines)
    .map((line) => ({ lineId: line.lineId, quantity: line.quantity - (taken.get(line.lineId) ?? 0), reason }))
    .filter((request) => request.quantity > 0);
}

/** Files the returns one after the other, each quoted on the history of those before it. */
function fileAll(
  purchase: SellerOrderFigures[],
  returns: readonly ReturnItemRequest[][],
  policy: ReturnPolicy = DEFAULT_RETURN_POLICY,
): { items: ReturnItemRequest[]; allocation: ReturnAllocation; history: ReturnHistory }[] {
  let history = EMPTY_RETURN_HISTORY;
  return returns.map((items) => {
    const allocation = quoteReturn({ sellerOrders: purchase, history, items, policy });
    const filed = { items, allocation, history };
    history = historyAfter(history, allocation);
    return filed;
  });
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('return allocation (property-based, random purchases and sequences of returns)', () => {
  const scenarioArb = fc
    .tuple(purchaseArb, policyArb)
    .chain(([purchase, policy]) => returnPlanArb.map((plan) => ({ purchase, policy, returns: returnsFromPlan(purchase, plan) })));

  it('conserves money in every return, per item, per seller order and in total: sellers + platform = refund + labels', () => {
    fc.assert(
      fc.property(scenarioArb, ({ purchase, returns, policy }) => {
        for (const { allocation } of fileAll(purchase, returns, policy)) {
          for (const allocated of allocation.items) {
            expect(allocated.sellerPays.amountMinor + allocated.platformPays.amountMinor).toBe(
              allocated.refund.amountMinor + allocated.returnLabelShare.amountMinor,
            );
          }
          for (const order of allocation.sellerOrders) {
            expect(order.totals.sellerPaysMinor + order.totals.platformPaysMinor).toBe(
              order.totals.refundMinor + order.returnLabel.amountMinor,
            );
          }
          const labels = sum(
            allocation.sellerOrders.map(
              (order) => purchase.find((figures) => figures.sellerOrderId === order.sellerOrderId)!.regionalFeeMinor,
            ),
          );
          expect(allocation.returnLabels.amountMinor).toBe(labels);
          expect(allocation.sellersPay.amountMinor + allocation.platformPays.amountMinor).toBe(allocation.refund.amountMinor + labels);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never refunds a negative amount, never deducts more than the part it deducts from, and keeps p within m', () => {
    fc.assert(
      fc.property(scenarioArb, ({ purchase, returns, policy }) => {
        for (const { allocation } of fileAll(purchase, returns, policy)) {
          expect(allocation.refund.amountMinor).toBeGreaterThanOrEqual(0);
          for (const allocated of allocation.items) {
            const r = row(allocated);
            expect(r.refund).toBeGreaterThanOrEqual(0);
            expect(r.p).toBeGreaterThanOrEqual(0);
            expect(r.p).toBeLessThanOrEqual(r.m);
            for (const [deducted, part] of [
              [r.labelDeducted, r.label],
              [r.clawbackDeducted, r.clawback],
              [r.restockingDeducted, r.restocking],
            ]) {
              expect(deducted).toBeGreaterThanOrEqual(0);
              expect(deducted).toBeLessThanOrEqual(part);
            }
            expect(Math.min(r.f, r.g, r.label, r.clawback, r.restocking)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every amount as a safe integer of minor units', () => {
    const amounts = (value: unknown, found: number[] = []): number[] => {
      if (Array.isArray(value)) value.forEach((entry) => amounts(entry, found));
      else if (value && typeof value === 'object') {
        for (const [key, entry] of Object.entries(value)) {
          if ((key === 'amountMinor' || key.endsWith('Minor')) && typeof entry === 'number') found.push(entry);
          else amounts(entry, found);
        }
      }
      return found;
    };
    fc.assert(
      fc.property(scenarioArb, ({ purchase, returns, policy }) => {
        for (const { allocation } of fileAll(purchase, returns, policy)) {
          const found = amounts(allocation);
          expect(found.length).toBeGreaterThan(15 * allocation.items.length);
          for (const value of found) expect(Number.isSafeInteger(value) && !Object.is(value, -0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees to the minor unit with the plain reading of the policy (reference model) on every amount of every return', () => {
    fc.assert(
      fc.property(scenarioArb, ({ purchase, returns, policy }) => {
        for (const { items, allocation, history } of fileAll(purchase, returns, policy)) {
          const expected = referenceQuote(purchase, history, items, policy);
          for (const allocated of allocation.items) expect(row(allocated)).toEqual(expected.items.get(allocated.lineId));
          for (const order of allocation.sellerOrders) {
            const reference = expected.orders.get(order.sellerOrderId)!;
            expect({
              outboundFeePart: order.outboundFeeShare.amountMinor,
              keptGross: order.clawback.keptGrossMinor,
              triggered: order.clawback.triggered,
              due: order.clawback.due.amountMinor,
              held: order.clawback.heldBefore.amountMinor,
              thisReturn: order.clawback.thisReturnMinor,
              deducted: order.clawback.deducted.amountMinor,
              leftDue: order.clawback.leftDue.amountMinor,
              giveBack: order.clawback.giveBack.amountMinor,
            }).toEqual(reference);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes several returns of some units hold exactly what one return of the same units holds: m, p, c per line and the outbound fee per order', () => {
    fc.assert(
      fc.property(scenarioArb, ({ purchase, returns, policy }) => {
        fc.pre(returns.length > 0);
        const filed = fileAll(purchase, returns, policy).map(({ allocation }) => allocation);
        const units = new Map<string, number>();
        for (const items of returns)
          for (const request of items) units.set(request.lineId, (units.get(request.lineId) ?? 0) + request.quantity);
        // One return of the same units; the reasons do not enter the shares.
        const atOnce = quoteReturn({
          sellerOrders: purchase,
          history: EMPTY_RETURN_HISTORY,
          items: [...units].map(([lineId, quantity]) => ({ lineId, quantity, reason: 'DEFECTIVE' as const })),
          policy: DEFAULT_RETURN_POLICY,
        });
        for (const allocated of atOnce.items) {
          const parts = filed.flatMap((allocation) => allocation.items.filter((entry) => entry.lineId === allocated.lineId));
          expect(sum(parts.map((entry) => entry.netShare.amountMinor))).toBe(allocated.netShare.amountMinor);
          expect(sum(parts.map((entry) => entry.loyaltyDiscountShare.amountMinor))).toBe(allocated.loyaltyDiscountShare.amountMinor);
          expect(sum(parts.map((entry) => entry.commissionShare.amountMinor))).toBe(allocated.commissionShare.amountMinor);
        }
        for (const order of atOnce.sellerOrders) {
          const parts = filed.flatMap((allocation) =>
            allocation.sellerOrders.filter((entry) => entry.sellerOrderId === order.sellerOrderId),
          );
          expect(sum(parts.map((entry) => entry.outboundFeeShare.amountMinor))).toBe(order.outboundFeeShare.amountMinor);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refunds exactly what the buyer paid, sum(net - pd) + F, for a purchase returned whole for seller faults in any number of returns, under any policy', () => {
    // The reasons the policy makes the seller's (the issue's: DEFECTIVE, NOT_AS_DESCRIBED, WRONG_ITEM); a policy with none has no such return.
    const sellerPolicyArb = policyArb.filter((policy) => RETURN_REASONS.some((reason) => policy.faultByReason[reason] === 'SELLER'));
    const caseArb = sellerPolicyArb.chain((policy) => {
      const sellerFault = fc.constantFrom(...RETURN_REASONS.filter((reason) => policy.faultByReason[reason] === 'SELLER'));
      const planArb = fc.array(
        fc.array(fc.record({ line: fc.nat(), percent: fc.integer({ min: 1, max: 100 }), reason: sellerFault }), {
          minLength: 1,
          maxLength: 6,
        }),
        { maxLength: 6 },
      );
      return fc.record({ policy: fc.constant(policy), plan: planArb, lastReason: sellerFault });
    });
    fc.assert(
      fc.property(purchaseArb, caseArb, (purchase, { policy, plan, lastReason }) => {
        const returns = returnsFromPlan(purchase, plan);
        const last = restOf(purchase, returns, lastReason);
        if (last.length > 0) returns.push(last);
        const refunded = sum(fileAll(purchase, returns, policy).map(({ allocation }) => allocation.refund.amountMinor));
        // A seller order with nothing delivered cannot be returned: its fee never comes back.
        const returnable = purchase.filter((order) => order.lines.some((line) => line.quantity > 0));
        const paid = sum(
          returnable.map((order) => order.outboundFeeMinor + sum(order.lines.map((line) => line.netMinor - line.loyaltyDiscountMinor))),
        );
        expect(refunded).toBe(paid);
      }),
      { numRuns: 300 },
    );
  });

  it('holds no clawback once every unit is back: what was deducted has all been given back', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...RETURN_REASONS), ({ purchase, returns, policy }, lastReason) => {
        const all = [...returns];
        const last = restOf(purchase, returns, lastReason);
        if (last.length > 0) all.push(last);
        let history = EMPTY_RETURN_HISTORY;
        for (const items of all) history = historyAfter(history, quoteReturn({ sellerOrders: purchase, history, items, policy }));
        for (const order of history.sellerOrders) expect(order.clawbackDeductedMinor).toBe(order.giveBackPaidMinor);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the fast rounding primitives give exactly what @lotbook/money gives', () => {
  const amountArb = fc.oneof(
    fc.integer({ min: 0, max: 1_000 }),
    fc.integer({ min: 0, max: 1e12 }),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  );

  it('shareOf(x, n, total) is the first part of allocateMinorUnits(x, [n, total - n])', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amount, total, fraction) => {
          const units = Math.min(total, Math.floor(total * fraction));
          expect(shareOf(amount, units, total)).toBe(units === 0 ? 0 : allocateMinorUnits(amount, [units, total - units])[0]);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('splitInto is allocateMinorUnits', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
          { minLength: 1, maxLength: 12 },
        ),
        (amount, weights) => {
          fc.pre(weights.some((weight) => weight > 0));
          const parts = new Array<number>(weights.length + 2).fill(7);
          const remainders = new Array<number>(weights.length + 2).fill(0);
          // Written at an offset, as the allocator uses it.
          splitInto(amount, [0, ...weights], 1, weights.length, parts, remainders);
          expect(parts.slice(1, weights.length + 1)).toEqual(allocateMinorUnits(amount, weights));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('basisPointsOf is applyBasisPoints', () => {
    fc.assert(
      fc.property(amountArb, fc.integer({ min: 0, max: 10_000 }), (amount, basisPoints) => {
        expect(basisPointsOf(amount, basisPoints)).toBe(applyBasisPoints(amount, basisPoints));
      }),
      { numRuns: 5_000 },
    );
  });
});
