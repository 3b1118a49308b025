import { allocateMinorUnits, applyBasisPoints } from '@lotbook/money';
import type { ReturnHistory, ReturnItemRequest, SellerOrderFigures } from '../allocation.types';
import { DEFAULT_RETURN_POLICY, type ReturnPolicy } from '../return-policy';
import type { ItemRow } from './purchases';

// The policy read as plainly as it is written, for the property specs to hold the allocator
// to: every split through allocateMinorUnits, every rate through applyBasisPoints, no
// shortcuts, no validation (the inputs are valid). Slow on purpose.

/** share(n): the first part of x split over [n, total - n]. */
function share(amount: number, units: number, total: number): number {
  if (total === 0 || units === 0) return 0;
  return allocateMinorUnits(amount, [units, total - units])[0];
}

/** share(net) - share(pd) over the first n units, kept from decreasing (the allocator's documented guard on p). */
function paidHeld(net: number, loyalty: number, units: number, quantity: number): number {
  let best = 0;
  for (let count = 0; count <= units; count++) best = Math.max(best, share(net, count, quantity) - share(loyalty, count, quantity));
  return best;
}

/** Split by m, by quantity when every m is 0. */
function splitByM(amount: number, ms: number[], quantities: number[]): number[] {
  return allocateMinorUnits(amount, ms.some((m) => m > 0) ? ms : quantities);
}

export interface ReferenceOrder {
  outboundFeePart: number;
  keptGross: number;
  triggered: boolean;
  due: number;
  held: number;
  thisReturn: number;
  deducted: number;
  leftDue: number;
  giveBack: number;
}

export function referenceQuote(
  sellerOrders: readonly SellerOrderFigures[],
  history: ReturnHistory,
  items: readonly ReturnItemRequest[],
  policy: ReturnPolicy = DEFAULT_RETURN_POLICY,
): { items: Map<string, ItemRow>; orders: Map<string, ReferenceOrder> } {
  const isBuyer = (request: ReturnItemRequest) => policy.faultByReason[request.reason] === 'BUYER';
  const isCarrier = (request: ReturnItemRequest) => policy.faultByReason[request.reason] === 'CARRIER';
  const rows = new Map<string, ItemRow>();
  const orders = new Map<string, ReferenceOrder>();
  const returnedBefore = (lineId: string) => history.lines.find((entry) => entry.lineId === lineId)?.returnedQuantity ?? 0;
  const buyerFaultBefore = (lineId: string) => history.lines.find((entry) => entry.lineId === lineId)?.returnedForBuyerFaultQuantity ?? 0;

  for (const order of sellerOrders) {
    const own = items.filter((request) => order.lines.some((line) => line.lineId === request.lineId));
    if (own.length === 0) continue;
    const lineOf = (request: ReturnItemRequest) => order.lines.find((line) => line.lineId === request.lineId)!;
    const now = (lineId: string) => own.find((request) => request.lineId === lineId)?.quantity ?? 0;
    const buyerNow = (lineId: string) => own.find((request) => request.lineId === lineId && isBuyer(request))?.quantity ?? 0;

    const m = own.map((request) => {
      const line = lineOf(request);
      const before = returnedBefore(line.lineId);
      return share(line.netMinor, before + request.quantity, line.quantity) - share(line.netMinor, before, line.quantity);
    });
    const p = own.map((request, index) => {
      const line = lineOf(request);
      const before = returnedBefore(line.lineId);
      const after = before + request.quantity;
      const held =
        paidHeld(line.netMinor, line.loyaltyDiscountMinor, after, line.quantity) -
        paidHeld(line.netMinor, line.loyaltyDiscountMinor, before, line.quantity);
      return m[index] - held;
    });
    const c = own.map((request) => {
      const line = lineOf(request);
      const before = returnedBefore(line.lineId);
      return share(line.commissionMinor, before + request.quantity, line.quantity) - share(line.commissionMinor, before, line.quantity);
    });
    const quantities = own.map((request) => request.quantity);

    // Outbound fee: F's first part over [net returned so far, the rest], less the same before.
    const netTotal = order.lines.reduce((sum, line) => sum + line.netMinor, 0);
    const netReturned = (extra: boolean) =>
      order.lines.reduce(
        (sum, line) => sum + share(line.netMinor, returnedBefore(line.lineId) + (extra ? now(line.lineId) : 0), line.quantity),
        0,
      );
    const unitsTotal = order.lines.reduce((sum, line) => sum + line.quantity, 0);
    const unitsReturned = (extra: boolean) =>
      order.lines.reduce((sum, line) => sum + returnedBefore(line.lineId) + (extra ? now(line.lineId) : 0), 0);
    const feePart = (extra: boolean) =>
      netTotal > 0
        ? share(order.outboundFeeMinor, netReturned(extra), netTotal)
        : share(order.outboundFeeMinor, unitsReturned(extra), unitsTotal);
    const outboundFeePart = feePart(true) - feePart(false);
    const f = splitByM(outboundFeePart, m, quantities);
    const label = splitByM(order.regionalFeeMinor, m, quantities);

    // Clawback.
    const keptGross = order.lines.reduce(
      (sum, line) => sum + line.grossMinor - share(line.grossMinor, buyerFaultBefore(line.lineId) + buyerNow(line.lineId), line.quantity),
      0,
    );
    const discount = order.sellerDiscount;
    const triggered = !!discount && discount.applied && keptGross < discount.thresholdMinor;
    const due = triggered
      ? order.lines.reduce(
          (sum, line) =>
            sum + line.sellerDiscountMinor - share(line.sellerDiscountMinor, returnedBefore(line.lineId) + now(line.lineId), line.quantity),
          0,
        )
      : 0;
    const earlier = history.sellerOrders.find((entry) => entry.sellerOrderId === order.sellerOrderId);
    const held = earlier ? earlier.clawbackDeductedMinor - earlier.giveBackPaidMinor : 0;
    const thisReturn = due - held;
    const clawback = own.map(() => 0);
    const buyerIndexes = own.flatMap((request, index) => (isBuyer(request) ? [index] : []));
    if (thisReturn > 0 && buyerIndexes.length > 0) {
      const parts = splitByM(
        thisReturn,
        buyerIndexes.map((index) => m[index]),
        buyerIndexes.map((index) => quantities[index]),
      );
      buyerIndexes.forEach((index, position) => (clawback[index] = parts[position]));
    }
    const g = thisReturn < 0 ? splitByM(-thisReturn, m, quantities) : own.map(() => 0);

    let deducted = 0;
    own.forEach((request, index) => {
      const line = lineOf(request);
      const buyer = isBuyer(request);
      const carrier = isCarrier(request);
      let row: ItemRow;
      if (buyer) {
        const restocking = applyBasisPoints(m[index], line.restockingRateBp);
        let refund = m[index] - p[index] + g[index];
        const labelDeducted = Math.min(label[index], refund);
        refund -= labelDeducted;
        const clawbackDeducted = Math.min(clawback[index], refund);
        refund -= clawbackDeducted;
        const restockingDeducted = Math.min(restocking, refund);
        refund -= restockingDeducted;
        deducted += clawbackDeducted;
        row = {
          m: m[index],
          p: p[index],
          c: c[index],
          f: f[index],
          label: label[index],
          g: g[index],
          clawback: clawback[index],
          clawbackDeducted,
          restocking,
          restockingDeducted,
          labelDeducted,
          refund,
          seller: m[index] - c[index] + g[index] - clawbackDeducted - restockingDeducted + (label[index] - labelDeducted),
          platform: c[index] - p[index],
        };
      } else {
        const refund = m[index] - p[index] + f[index] + g[index];
        row = {
          m: m[index],
          p: p[index],
          c: c[index],
          f: f[index],
          label: label[index],
          g: g[index],
          clawback: 0,
          clawbackDeducted: 0,
          restocking: 0,
          restockingDeducted: 0,
          labelDeducted: 0,
          refund,
          seller: carrier ? g[index] : m[index] - c[index] + f[index] + label[index] + g[index],
          platform: carrier ? m[index] - p[index] + f[index] + label[index] : c[index] - p[index],
        };
      }
      rows.set(request.lineId, row);
    });
    orders.set(order.sellerOrderId, {
      outboundFeePart,
      keptGross,
      triggered,
      due,
      held,
      thisReturn,
      deducted,
      leftDue: thisReturn > 0 ? thisReturn - deducted : 0,
      giveBack: thisReturn < 0 ? -thisReturn : 0,
    });
  }
  return { items: rows, orders };
}
