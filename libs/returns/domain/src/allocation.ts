import { isCurrencyCode } from '@lotbook/money';
import type {
  LineReturnHistory,
  OrderLineFigures,
  ReturnAllocation,
  ReturnAmount,
  ReturnAmountName,
  ReturnFault,
  ReturnHistory,
  ReturnItemAllocation,
  ReturnQuoteInput,
  ReturnTotals,
  SellerOrderFigures,
  SellerOrderReturnAllocation,
  SellerOrderReturnHistory,
} from './allocation.types';
import { ReturnsDomainError } from './returns-domain-error';
import { assertValidReturnPolicy, isReturnReason } from './return-policy';
import { basisPointsOf, ceilShare, shareOf, splitInto } from './split';

// The return allocation policy (issue 15, "The policy"), to the minor unit.
//
// - Cumulative shares. A line amount x held by units (before, after] is
//   share(after) - share(before), share(n) = first part of x split over [n, quantity - n]
//   by the largest remainder (= x * n / quantity rounded half up). m, p, c are the item's
//   shares of net, pd and commission, so returning a line in parts adds up to returning it
//   at once.
// - Outbound fee f: F's first part over [net returned so far including this return, the rest
//   of the order's net], less the same before this return, split over this return's items of
//   the seller order by m.
// - Label: one parcel per seller order per return, costing L, split over its items by m.
// - Clawback, cumulative per seller order: due = the seller discount still held by the units
//   not returned, when the gross of the units not returned for buyer-fault reasons is below
//   an applied discount's threshold, else 0. This return's clawback = due - (what earlier
//   returns deducted - what they gave back). Positive: deducted from the buyer-fault items,
//   split by m, as far as each refund allows; the rest stays due and is recomputed next
//   time. Negative: a give-back g split over all the order's items by m, paid by the seller.
// - Restocking: the line's rate x m, buyer fault only.
// - Fault: each reason's row of the table below is the policy's (`input.policy`, the operator's
//   tables; DEFAULT_RETURN_POLICY is the issue's), passed in like every other figure.
// - Buyer fault: refund m - p + g, less the label, then the clawback, then restocking, each
//   only as far as the item's refund stays >= 0; what is not deducted is waived (the
//   label's undeducted part is borne by the seller).
// - Who pays, per item:
//     seller fault:  refund m - p + f + g;  seller m - c + f + label + g;  platform c - p
//     buyer fault:   refund (above);        seller m - c + g - clawback deducted
//                                            - restocking deducted + (label - label deducted);
//                                            platform c - p
//     carrier fault: refund m - p + f + g;  seller g;  platform m - p + f + label
//   so for every item, and every return: seller + platform = refund + label.
//
// Decisions the policy leaves open, taken here:
// - All-zero weights. A split by m whose weights are all zero (every item's m is 0) splits
//   by the items' quantities instead (never all zero). F's split over the order's net, when
//   the order's net is 0, splits over units returned and units kept instead.
// - Order of parts. The items of a seller order are the parts of its splits in the order
//   of the request, so a tie gives the extra unit to the item listed first.
// - The threshold test compares the gross of the units not returned for buyer-fault reasons,
//   sum over lines of (gross - share of gross of the line's buyer-fault units), strictly
//   below the threshold ("falls below").
// - p never exceeds m. Rounding net and pd separately can make one unit's p exceed its m by
//   a minor unit, and then a refund would be negative; that needs a line on which the buyer
//   paid less than one minor unit per unit (net - pd < quantity) and had a loyalty discount.
//   For such a line only, what the buyer paid held by the first n units is taken as the
//   running maximum of share(net) - share(pd) over n' <= n, and p = m less the change of that,
//   so m - p >= 0 for every item and p still adds up to pd over the line. On every other line
//   share(net) - share(pd) never decreases and this is exactly the policy's p.

/** The history of a purchase nothing has been returned from. */
export const EMPTY_RETURN_HISTORY: ReturnHistory = { lines: [], sellerOrders: [] };

// ---------------------------------------------------------------------------------------
// Reasons in words. Constant texts, chosen by the case, so a quote builds no strings.
// ---------------------------------------------------------------------------------------

const WORDS = {
  netShare: "The returned units' share of the line's price after the seller's volume discount.",
  loyaltyDiscountShare:
    "The returned units' share of the loyalty discount the platform funded: you did not pay it, so it is not refunded and the platform takes it back.",
  commissionShare: {
    SELLER:
      "The platform's commission on the returned units: the platform returns it, so the seller refunds its price less the commission.",
    BUYER: "The platform's commission on the returned units: the platform returns it, so the seller refunds its price less the commission.",
    CARRIER:
      "The platform's commission on the returned units: the seller keeps its proceeds; the platform refunds you for the carrier's damage.",
  },
  outboundFeeShare: {
    SELLER: "Your share of the delivery fee paid for this seller's order, refunded by the seller because the return is the seller's fault.",
    BUYER: "Your share of the delivery fee paid for this seller's order; not refunded, because the return is for a buyer's reason.",
    CARRIER:
      "Your share of the delivery fee paid for this seller's order, refunded by the platform because the goods were damaged in transit.",
  },
  returnLabelShare: {
    SELLER: "This item's part of the return parcel's label, paid by the seller because the return is the seller's fault.",
    BUYER: "This item's part of the return parcel's label, deducted from your refund as far as it goes; the rest is borne by the seller.",
    CARRIER: "This item's part of the return parcel's label, paid by the platform because the goods were damaged in transit.",
  },
  giveBack: {
    none: 'No volume discount is given back on this return.',
    paid: 'Volume discount given back, paid by the seller: earlier returns clawed it back and the units that held it are now returned.',
  },
  clawbackShare: {
    notBuyerFault: "A clawback is deducted only from items returned for a buyer's reason.",
    none: "The seller's volume discount is not clawed back on this return.",
    due: "This item's part of the seller's volume discount clawed back: the goods you keep no longer reach the discount's threshold.",
  },
  clawbackDeducted: {
    none: 'No clawback is deducted from this item.',
    whole: "This item's part of the clawback, deducted from your refund.",
    part: "Deducted only as far as this item's refund stays at zero; the rest of the clawback stays due and is computed again at your next return of this seller's order.",
  },
  restockingFee: {
    notBuyerFault: "No restocking fee: the return is not for a buyer's reason.",
    noRate: 'This line has no restocking fee.',
    charged: "The line's restocking rate applied to the returned units' net share.",
  },
  restockingDeducted: {
    none: 'No restocking fee is deducted from this item.',
    whole: 'The restocking fee, deducted from your refund.',
    part: "Deducted only as far as this item's refund stays at zero; the rest of the restocking fee is waived.",
  },
  returnLabelDeducted: {
    notBuyerFault: 'Not deducted: the return is not your fault.',
    none: 'Nothing is deducted for the label.',
    whole: "The label's part, deducted from your refund.",
    part: "Deducted only as far as this item's refund stays at zero; the seller bears the rest of the label.",
  },
  refund: {
    SELLER: 'Net share less the loyalty discount, plus the delivery fee share and any discount given back.',
    BUYER:
      'Net share less the loyalty discount, plus any discount given back, less the label, the clawback and the restocking fee deducted.',
    CARRIER: 'Net share less the loyalty discount, plus the delivery fee share and any discount given back.',
  },
  sellerPays: {
    SELLER: 'Seller fault: the net share less the commission, plus the delivery fee share, the label and any give-back.',
    BUYER:
      "Buyer fault: the net share less the commission, plus any give-back and the label's undeducted part, less the clawback and restocking deducted.",
    CARRIER: 'Carrier fault: only any discount given back.',
  },
  platformPays: {
    SELLER: 'The commission returned, less the loyalty discount the platform funded.',
    BUYER: 'The commission returned, less the loyalty discount the platform funded.',
    CARRIER: 'Carrier fault: the net share less the loyalty discount, plus the delivery fee share and the label.',
  },
  order: {
    returnLabel: "One return parcel for this seller's order: the seller's regional fee for the delivery region.",
    outboundFeeShare: "The part of this seller order's delivery fee that this return frees, shared over its items by their net share.",
    clawbackDue:
      "The seller's volume discount still held by the units you keep, due because the goods you keep for reasons of your own fall below the discount's threshold.",
    clawbackNotDue: "Nothing is due: the goods you keep still reach the discount's threshold, or the order had no volume discount.",
    clawbackHeld: 'What earlier returns of this order deducted as clawback, less what they gave back.',
    clawbackLeftDue: "The part of this return's clawback that could not be deducted; it stays due.",
    clawbackNoneLeft: 'No clawback is left due after this return.',
    giveBack: 'The volume discount earlier returns clawed back that is given back now, paid by the seller.',
  },
  total: {
    refund: 'What you get back for this return.',
    sellersPay: 'What the sellers pay: their parts of the refund and the return labels of their parcels.',
    platformPays: 'What the platform pays: commission returned less the loyalty discount, and everything for goods damaged in transit.',
    returnLabels: 'The return labels, one per seller order in the return.',
  },
} as const;

function amount<N extends ReturnAmountName>(name: N, amountMinor: number, reason: string): ReturnAmount<N> {
  return { name, amountMinor, reason };
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

const isCount = (value: number) => Number.isSafeInteger(value) && value >= 0;

function invalidPurchase(message: string): never {
  throw new ReturnsDomainError('INVALID_PURCHASE', message);
}

const lineName = (line: OrderLineFigures, sellerOrderId: string) => `line ${line.lineId} of seller order ${sellerOrderId}`;

/** Checks a line's figures (the messages are built only on a refusal); returns what it adds to the purchase's size. */
function checkLine(line: OrderLineFigures, sellerOrderId: string): number {
  if (!isCount(line.quantity))
    invalidPurchase(`${lineName(line, sellerOrderId)}: quantity must be a whole number of units, got ${line.quantity}`);
  if (
    !isCount(line.grossMinor) ||
    !isCount(line.sellerDiscountMinor) ||
    !isCount(line.netMinor) ||
    !isCount(line.loyaltyDiscountMinor) ||
    !isCount(line.commissionMinor)
  ) {
    invalidPurchase(
      `${lineName(line, sellerOrderId)}: gross, seller discount, net, loyalty discount and commission must be non-negative safe integers of minor units`,
    );
  }
  if (line.quantity === 0 && line.grossMinor + line.loyaltyDiscountMinor + line.commissionMinor !== 0) {
    invalidPurchase(`${lineName(line, sellerOrderId)}: a line with nothing delivered carries no amounts`);
  }
  if (line.netMinor !== line.grossMinor - line.sellerDiscountMinor)
    invalidPurchase(`${lineName(line, sellerOrderId)}: net must be gross less the seller discount`);
  if (line.loyaltyDiscountMinor > line.netMinor) invalidPurchase(`${lineName(line, sellerOrderId)}: the loyalty discount exceeds the net`);
  if (!isCount(line.restockingRateBp) || line.restockingRateBp > 10_000) {
    invalidPurchase(`${lineName(line, sellerOrderId)}: restocking rate must be 0 to 10000 basis points, got ${line.restockingRateBp}`);
  }
  return line.grossMinor + line.loyaltyDiscountMinor + line.commissionMinor;
}

// ---------------------------------------------------------------------------------------
// The quote
// ---------------------------------------------------------------------------------------

/** Per line of the purchase, while quoting. */
interface LineState {
  readonly line: OrderLineFigures;
  readonly order: number;
  returnedBefore: number;
  returnedForBuyerFaultBefore: number;
  returnedNow: number;
  returnedForBuyerFaultNow: number;
  /** Index of the item returning this line, or -1. */
  item: number;
}

/** What the buyer paid held by the first `units` units of the line: share(net) - share(pd), kept from decreasing. */
function paidHeld(line: OrderLineFigures, units: number): number {
  const quantity = line.quantity;
  const net = line.netMinor;
  const loyalty = line.loyaltyDiscountMinor;
  let best = shareOf(net, units, quantity) - shareOf(loyalty, units, quantity);
  const paid = net - loyalty;
  if (loyalty === 0 || paid === 0 || paid >= quantity) return best;
  // share(net, j) - share(pd, j) <= ceil(paid * j / quantity), which falls with j: stop once it cannot beat best.
  for (let units2 = units - 1; units2 > 0 && ceilShare(paid, units2, quantity) > best; units2--) {
    const held = shareOf(net, units2, quantity) - shareOf(loyalty, units2, quantity);
    if (held > best) best = held;
  }
  return best;
}

function loyaltyShare(line: OrderLineFigures, before: number, after: number, netShare: number): number {
  const paid = line.netMinor - line.loyaltyDiscountMinor;
  if (line.loyaltyDiscountMinor === 0 || paid === 0 || paid >= line.quantity) {
    return shareOf(line.loyaltyDiscountMinor, after, line.quantity) - shareOf(line.loyaltyDiscountMinor, before, line.quantity);
  }
  return netShare - (paidHeld(line, after) - paidHeld(line, before));
}

// Scratch space for the splits, reused across quotes (single-threaded; nothing escapes).
let weights: number[] = [];
let parts: number[] = [];
let remainders: number[] = [];

function ensureScratch(size: number): void {
  if (weights.length < size) {
    weights = new Array<number>(size).fill(0);
    parts = new Array<number>(size).fill(0);
    remainders = new Array<number>(size).fill(0);
  }
}

/** Splits `total` over the listed items by m (by quantity when every m is 0), into `out[item]`. */
function splitByNetShare(
  total: number,
  itemIndexes: readonly number[],
  netShares: readonly number[],
  quantities: readonly number[],
  out: number[],
): void {
  const count = itemIndexes.length;
  let weightSum = 0;
  for (let index = 0; index < count; index++) {
    weights[index] = netShares[itemIndexes[index]];
    weightSum += weights[index];
  }
  if (weightSum === 0) for (let index = 0; index < count; index++) weights[index] = quantities[itemIndexes[index]];
  splitInto(total, weights, 0, count, parts, remainders);
  for (let index = 0; index < count; index++) out[itemIndexes[index]] = parts[index];
}

function emptyTotals(): { -readonly [K in keyof ReturnTotals]: number } {
  return {
    netShareMinor: 0,
    loyaltyDiscountShareMinor: 0,
    commissionShareMinor: 0,
    outboundFeeRefundedMinor: 0,
    giveBackMinor: 0,
    clawbackDeductedMinor: 0,
    restockingDeductedMinor: 0,
    returnLabelDeductedMinor: 0,
    refundMinor: 0,
    sellerPaysMinor: 0,
    platformPaysMinor: 0,
  };
}

function addItem(totals: { -readonly [K in keyof ReturnTotals]: number }, item: ReturnItemAllocation): void {
  totals.netShareMinor += item.netShare.amountMinor;
  totals.loyaltyDiscountShareMinor += item.loyaltyDiscountShare.amountMinor;
  totals.commissionShareMinor += item.commissionShare.amountMinor;
  if (item.fault !== 'BUYER') totals.outboundFeeRefundedMinor += item.outboundFeeShare.amountMinor;
  totals.giveBackMinor += item.giveBack.amountMinor;
  totals.clawbackDeductedMinor += item.clawbackDeducted.amountMinor;
  totals.restockingDeductedMinor += item.restockingDeducted.amountMinor;
  totals.returnLabelDeductedMinor += item.returnLabelDeducted.amountMinor;
  totals.refundMinor += item.refund.amountMinor;
  totals.sellerPaysMinor += item.sellerPays.amountMinor;
  totals.platformPaysMinor += item.platformPays.amountMinor;
}

function addTotals(into: { -readonly [K in keyof ReturnTotals]: number }, from: ReturnTotals): void {
  into.netShareMinor += from.netShareMinor;
  into.loyaltyDiscountShareMinor += from.loyaltyDiscountShareMinor;
  into.commissionShareMinor += from.commissionShareMinor;
  into.outboundFeeRefundedMinor += from.outboundFeeRefundedMinor;
  into.giveBackMinor += from.giveBackMinor;
  into.clawbackDeductedMinor += from.clawbackDeductedMinor;
  into.restockingDeductedMinor += from.restockingDeductedMinor;
  into.returnLabelDeductedMinor += from.returnLabelDeductedMinor;
  into.refundMinor += from.refundMinor;
  into.sellerPaysMinor += from.sellerPaysMinor;
  into.platformPaysMinor += from.platformPaysMinor;
}

/**
 * Quotes a return: every amount of the policy per item, per seller order and for the whole
 * return, with who pays it. Pure: the same input gives the same allocation, and nothing is
 * kept. Throws `ReturnsDomainError` for bad input (codes in `ReturnsDomainErrorCode`).
 */
export function quoteReturn(input: ReturnQuoteInput): ReturnAllocation {
  const { sellerOrders, history, items, policy } = input;
  assertValidReturnPolicy(policy);
  const faultByReason = policy.faultByReason;

  // The purchase: every line by id, its figures checked.
  const lines = new Map<string, LineState>();
  let currency = '';
  let purchaseTotal = 0;
  const orderIds = new Set<string>();
  for (let order = 0; order < sellerOrders.length; order++) {
    const figures = sellerOrders[order];
    if (orderIds.has(figures.sellerOrderId)) invalidPurchase(`seller order ${figures.sellerOrderId} is listed twice`);
    orderIds.add(figures.sellerOrderId);
    if (order === 0) {
      currency = figures.currency;
      if (!isCurrencyCode(currency)) invalidPurchase(`"${currency}" is not an ISO 4217 currency code`);
    } else if (figures.currency !== currency) {
      invalidPurchase(`seller order ${figures.sellerOrderId} is in ${figures.currency}, the purchase in ${currency}`);
    }
    if (!isCount(figures.outboundFeeMinor) || !isCount(figures.regionalFeeMinor)) {
      invalidPurchase(`seller order ${figures.sellerOrderId}: the outbound and regional fees must be non-negative safe integers`);
    }
    const discount = figures.sellerDiscount;
    if (discount !== null && (!isCount(discount.rateBp) || discount.rateBp > 10_000 || !isCount(discount.thresholdMinor))) {
      invalidPurchase(`seller order ${figures.sellerOrderId}: the volume discount's rate and threshold must be non-negative integers`);
    }
    purchaseTotal += figures.outboundFeeMinor + figures.regionalFeeMinor;
    for (const line of figures.lines) {
      purchaseTotal += checkLine(line, figures.sellerOrderId);
      if (lines.has(line.lineId)) invalidPurchase(`line ${line.lineId} is listed twice`);
      lines.set(line.lineId, {
        line,
        order,
        returnedBefore: 0,
        returnedForBuyerFaultBefore: 0,
        returnedNow: 0,
        returnedForBuyerFaultNow: 0,
        item: -1,
      });
    }
  }
  // Every sum of the quote is bounded by this, so it stays exact in plain numbers.
  if (purchaseTotal > Number.MAX_SAFE_INTEGER / 4) invalidPurchase('the purchase is too large to allocate exactly');

  // Earlier returns of the lines in the purchase; lines of other seller orders are not ours to check.
  for (const entry of history.lines) {
    const state = lines.get(entry.lineId);
    if (!state) continue;
    if (state.returnedBefore !== 0 || state.returnedForBuyerFaultBefore !== 0) {
      throw new ReturnsDomainError('INVALID_HISTORY', `line ${entry.lineId} appears twice in the history`);
    }
    const { returnedQuantity, returnedForBuyerFaultQuantity } = entry;
    if (!isCount(returnedQuantity) || !isCount(returnedForBuyerFaultQuantity) || returnedForBuyerFaultQuantity > returnedQuantity) {
      throw new ReturnsDomainError(
        'INVALID_HISTORY',
        `line ${entry.lineId}: returned quantities must be whole units, buyer-fault ones among them`,
      );
    }
    if (returnedQuantity > state.line.quantity) {
      throw new ReturnsDomainError(
        'INVALID_HISTORY',
        `line ${entry.lineId}: ${returnedQuantity} units returned of ${state.line.quantity} delivered`,
      );
    }
    state.returnedBefore = returnedQuantity;
    state.returnedForBuyerFaultBefore = returnedForBuyerFaultQuantity;
  }
  const orderHistory: (SellerOrderReturnHistory | undefined)[] = new Array(sellerOrders.length);
  for (const entry of history.sellerOrders) {
    const order = sellerOrders.findIndex((figures) => figures.sellerOrderId === entry.sellerOrderId);
    if (order < 0) continue;
    if (orderHistory[order])
      throw new ReturnsDomainError('INVALID_HISTORY', `seller order ${entry.sellerOrderId} appears twice in the history`);
    if (!isCount(entry.returnsFiled) || !isCount(entry.clawbackDeductedMinor) || !isCount(entry.giveBackPaidMinor)) {
      throw new ReturnsDomainError(
        'INVALID_HISTORY',
        `seller order ${entry.sellerOrderId}: counts and amounts must be non-negative integers`,
      );
    }
    if (entry.giveBackPaidMinor > entry.clawbackDeductedMinor) {
      throw new ReturnsDomainError('INVALID_HISTORY', `seller order ${entry.sellerOrderId}: more given back than was clawed back`);
    }
    orderHistory[order] = entry;
  }

  // The items.
  const itemCount = items.length;
  if (itemCount === 0) throw new ReturnsDomainError('EMPTY_RETURN', 'a return needs at least one item');
  const itemLines: LineState[] = new Array(itemCount);
  const faults: ReturnFault[] = new Array(itemCount);
  const quantities: number[] = new Array(itemCount);
  // Touched seller orders in the order they first appear, and their items in request order.
  const touchedOrders: number[] = [];
  const itemsOfOrder: number[][] = new Array(sellerOrders.length);
  for (let index = 0; index < itemCount; index++) {
    const request = items[index];
    const fault = isReturnReason(request.reason) ? faultByReason[request.reason] : undefined;
    if (!fault)
      throw new ReturnsDomainError('UNKNOWN_REASON', `"${String(request.reason)}" is not a return reason (line ${request.lineId})`);
    if (!Number.isSafeInteger(request.quantity) || request.quantity <= 0) {
      throw new ReturnsDomainError(
        'NON_POSITIVE_QUANTITY',
        `line ${request.lineId}: a return takes a whole number of units above zero, got ${request.quantity}`,
      );
    }
    const state = lines.get(request.lineId);
    if (!state) throw new ReturnsDomainError('UNKNOWN_LINE', `line ${request.lineId} is not in the purchase`);
    if (state.item >= 0) throw new ReturnsDomainError('DUPLICATE_LINE', `line ${request.lineId} appears twice in the return`);
    const returnable = state.line.quantity - state.returnedBefore;
    if (request.quantity > returnable) {
      throw new ReturnsDomainError(
        'QUANTITY_NOT_RETURNABLE',
        `line ${request.lineId}: ${request.quantity} units asked, ${returnable} returnable (${state.line.quantity} delivered, ${state.returnedBefore} returned)`,
      );
    }
    state.item = index;
    state.returnedNow = request.quantity;
    if (fault === 'BUYER') state.returnedForBuyerFaultNow = request.quantity;
    itemLines[index] = state;
    faults[index] = fault;
    quantities[index] = request.quantity;
    if (itemsOfOrder[state.order] === undefined) {
      itemsOfOrder[state.order] = [];
      touchedOrders.push(state.order);
    }
    itemsOfOrder[state.order].push(index);
  }
  ensureScratch(itemCount);

  // m, p, c per item.
  const netShares: number[] = new Array(itemCount);
  const loyaltyShares: number[] = new Array(itemCount);
  const commissionShares: number[] = new Array(itemCount);
  for (let index = 0; index < itemCount; index++) {
    const { line, returnedBefore: before } = itemLines[index];
    const after = before + quantities[index];
    const m = shareOf(line.netMinor, after, line.quantity) - shareOf(line.netMinor, before, line.quantity);
    netShares[index] = m;
    loyaltyShares[index] = loyaltyShare(line, before, after, m);
    commissionShares[index] = shareOf(line.commissionMinor, after, line.quantity) - shareOf(line.commissionMinor, before, line.quantity);
  }

  // Per touched seller order: f, label, clawback or give-back; then the items' deductions.
  const outboundFeeShares: number[] = new Array(itemCount).fill(0);
  const labelShares: number[] = new Array(itemCount).fill(0);
  const giveBacks: number[] = new Array(itemCount).fill(0);
  const clawbackShares: number[] = new Array(itemCount).fill(0);
  const orderFigures: {
    outboundFeePart: number;
    triggered: boolean;
    keptGross: number;
    due: number;
    held: number;
    thisReturn: number;
    giveBack: number;
  }[] = [];
  for (const order of touchedOrders) {
    const figures: SellerOrderFigures = sellerOrders[order];
    const orderItems = itemsOfOrder[order];
    let netTotal = 0;
    let netReturnedBefore = 0;
    let netReturnedAfter = 0;
    let unitsTotal = 0;
    let unitsReturnedBefore = 0;
    let unitsReturnedAfter = 0;
    let keptGross = 0;
    let discountHeld = 0;
    for (const line of figures.lines) {
      const state = lines.get(line.lineId) as LineState;
      const before = state.returnedBefore;
      const after = before + state.returnedNow;
      const quantity = line.quantity;
      netTotal += line.netMinor;
      unitsTotal += quantity;
      unitsReturnedBefore += before;
      unitsReturnedAfter += after;
      const netBefore = shareOf(line.netMinor, before, quantity);
      netReturnedBefore += netBefore;
      netReturnedAfter += after === before ? netBefore : shareOf(line.netMinor, after, quantity);
      keptGross += line.grossMinor - shareOf(line.grossMinor, state.returnedForBuyerFaultBefore + state.returnedForBuyerFaultNow, quantity);
      discountHeld += line.sellerDiscountMinor - shareOf(line.sellerDiscountMinor, after, quantity);
    }
    const fee = figures.outboundFeeMinor;
    const outboundFeePart =
      netTotal > 0
        ? shareOf(fee, netReturnedAfter, netTotal) - shareOf(fee, netReturnedBefore, netTotal)
        : shareOf(fee, unitsReturnedAfter, unitsTotal) - shareOf(fee, unitsReturnedBefore, unitsTotal);
    splitByNetShare(outboundFeePart, orderItems, netShares, quantities, outboundFeeShares);
    splitByNetShare(figures.regionalFeeMinor, orderItems, netShares, quantities, labelShares);

    const discount = figures.sellerDiscount;
    const triggered = discount !== null && discount.applied && keptGross < discount.thresholdMinor;
    const due = triggered ? discountHeld : 0;
    const earlier = orderHistory[order];
    const held = earlier ? earlier.clawbackDeductedMinor - earlier.giveBackPaidMinor : 0;
    const thisReturn = due - held;
    if (thisReturn > 0) {
      const buyerFaultItems = orderItems.filter((index) => faults[index] === 'BUYER');
      if (buyerFaultItems.length > 0) splitByNetShare(thisReturn, buyerFaultItems, netShares, quantities, clawbackShares);
    } else if (thisReturn < 0) {
      splitByNetShare(-thisReturn, orderItems, netShares, quantities, giveBacks);
    }
    orderFigures[order] = { outboundFeePart, triggered, keptGross, due, held, thisReturn, giveBack: thisReturn < 0 ? -thisReturn : 0 };
  }

  // The items, in request order.
  const allocatedItems: ReturnItemAllocation[] = new Array(itemCount);
  for (let index = 0; index < itemCount; index++) {
    const state = itemLines[index];
    const line = state.line;
    const fault = faults[index];
    const m = netShares[index];
    const p = loyaltyShares[index];
    const c = commissionShares[index];
    const f = outboundFeeShares[index];
    const label = labelShares[index];
    const g = giveBacks[index];
    const clawback = clawbackShares[index];
    let restockingFee = 0;
    let labelDeducted = 0;
    let clawbackDeducted = 0;
    let restockingDeducted = 0;
    let refund: number;
    let sellerPays: number;
    let platformPays: number;
    if (fault === 'BUYER') {
      restockingFee = basisPointsOf(m, line.restockingRateBp);
      let left = m - p + g;
      labelDeducted = Math.min(label, Math.max(left, 0));
      left -= labelDeducted;
      clawbackDeducted = Math.min(clawback, Math.max(left, 0));
      left -= clawbackDeducted;
      restockingDeducted = Math.min(restockingFee, Math.max(left, 0));
      left -= restockingDeducted;
      refund = left;
      sellerPays = m - c + g - clawbackDeducted - restockingDeducted + (label - labelDeducted);
      platformPays = c - p;
    } else if (fault === 'SELLER') {
      refund = m - p + f + g;
      sellerPays = m - c + f + label + g;
      platformPays = c - p;
    } else {
      refund = m - p + f + g;
      sellerPays = g;
      platformPays = m - p + f + label;
    }
    const buyer = fault === 'BUYER';
    allocatedItems[index] = {
      lineId: line.lineId,
      sellerOrderId: sellerOrders[state.order].sellerOrderId,
      quantity: quantities[index],
      reason: items[index].reason,
      fault,
      returnedBefore: state.returnedBefore,
      netShare: amount('NET_SHARE', m, WORDS.netShare),
      loyaltyDiscountShare: amount('LOYALTY_DISCOUNT_SHARE', p, WORDS.loyaltyDiscountShare),
      commissionShare: amount('COMMISSION_SHARE', c, WORDS.commissionShare[fault]),
      outboundFeeShare: amount('OUTBOUND_FEE_SHARE', f, WORDS.outboundFeeShare[fault]),
      returnLabelShare: amount('RETURN_LABEL_SHARE', label, WORDS.returnLabelShare[fault]),
      giveBack: amount('GIVE_BACK', g, g > 0 ? WORDS.giveBack.paid : WORDS.giveBack.none),
      clawbackShare: amount(
        'CLAWBACK_SHARE',
        clawback,
        !buyer ? WORDS.clawbackShare.notBuyerFault : clawback > 0 ? WORDS.clawbackShare.due : WORDS.clawbackShare.none,
      ),
      clawbackDeducted: amount(
        'CLAWBACK_DEDUCTED',
        clawbackDeducted,
        clawback === 0
          ? WORDS.clawbackDeducted.none
          : clawbackDeducted === clawback
            ? WORDS.clawbackDeducted.whole
            : WORDS.clawbackDeducted.part,
      ),
      restockingFee: amount(
        'RESTOCKING_FEE',
        restockingFee,
        !buyer ? WORDS.restockingFee.notBuyerFault : line.restockingRateBp === 0 ? WORDS.restockingFee.noRate : WORDS.restockingFee.charged,
      ),
      restockingDeducted: amount(
        'RESTOCKING_DEDUCTED',
        restockingDeducted,
        restockingFee === 0
          ? WORDS.restockingDeducted.none
          : restockingDeducted === restockingFee
            ? WORDS.restockingDeducted.whole
            : WORDS.restockingDeducted.part,
      ),
      returnLabelDeducted: amount(
        'RETURN_LABEL_DEDUCTED',
        labelDeducted,
        !buyer
          ? WORDS.returnLabelDeducted.notBuyerFault
          : label === 0
            ? WORDS.returnLabelDeducted.none
            : labelDeducted === label
              ? WORDS.returnLabelDeducted.whole
              : WORDS.returnLabelDeducted.part,
      ),
      refund: amount('REFUND', refund, WORDS.refund[fault]),
      sellerPays: amount('SELLER_PAYS', sellerPays, WORDS.sellerPays[fault]),
      platformPays: amount('PLATFORM_PAYS', platformPays, WORDS.platformPays[fault]),
    };
  }

  // Seller orders and the return.
  const returnTotals = emptyTotals();
  let returnLabels = 0;
  const allocatedOrders: SellerOrderReturnAllocation[] = new Array(touchedOrders.length);
  for (let position = 0; position < touchedOrders.length; position++) {
    const order = touchedOrders[position];
    const figures = sellerOrders[order];
    const computed = orderFigures[order];
    const totals = emptyTotals();
    const lineIds: string[] = [];
    for (const index of itemsOfOrder[order]) {
      addItem(totals, allocatedItems[index]);
      lineIds.push(allocatedItems[index].lineId);
    }
    addTotals(returnTotals, totals);
    returnLabels += figures.regionalFeeMinor;
    const leftDue = computed.thisReturn > 0 ? computed.thisReturn - totals.clawbackDeductedMinor : 0;
    allocatedOrders[position] = {
      sellerOrderId: figures.sellerOrderId,
      sellerCompanyId: figures.sellerCompanyId,
      lineIds,
      returnLabel: amount('RETURN_LABEL', figures.regionalFeeMinor, WORDS.order.returnLabel),
      outboundFeeShare: amount('OUTBOUND_FEE_SHARE', computed.outboundFeePart, WORDS.order.outboundFeeShare),
      clawback: {
        triggered: computed.triggered,
        keptGrossMinor: computed.keptGross,
        due: amount('CLAWBACK_DUE', computed.due, computed.triggered ? WORDS.order.clawbackDue : WORDS.order.clawbackNotDue),
        heldBefore: amount('CLAWBACK_HELD', computed.held, WORDS.order.clawbackHeld),
        thisReturnMinor: computed.thisReturn,
        deducted: amount(
          'CLAWBACK_DEDUCTED',
          totals.clawbackDeductedMinor,
          totals.clawbackDeductedMinor > 0 ? WORDS.clawbackDeducted.whole : WORDS.clawbackDeducted.none,
        ),
        leftDue: amount('CLAWBACK_LEFT_DUE', leftDue, leftDue > 0 ? WORDS.order.clawbackLeftDue : WORDS.order.clawbackNoneLeft),
        giveBack: amount('GIVE_BACK', computed.giveBack, computed.giveBack > 0 ? WORDS.order.giveBack : WORDS.giveBack.none),
      },
      totals,
    };
  }

  return {
    currency,
    items: allocatedItems,
    sellerOrders: allocatedOrders,
    refund: amount('REFUND', returnTotals.refundMinor, WORDS.total.refund),
    sellersPay: amount('SELLERS_PAY', returnTotals.sellerPaysMinor, WORDS.total.sellersPay),
    platformPays: amount('PLATFORM_PAYS', returnTotals.platformPaysMinor, WORDS.total.platformPays),
    returnLabels: amount('RETURN_LABELS', returnLabels, WORDS.total.returnLabels),
    totals: returnTotals,
  };
}

// ---------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------

/** The history after a filed return: its units added to its lines, its clawback and give-back to its seller orders. */
export function historyAfter(history: ReturnHistory, allocation: ReturnAllocation): ReturnHistory {
  const lines: LineReturnHistory[] = history.lines.map((entry) => ({ ...entry }));
  const lineAt = new Map(lines.map((entry, index) => [entry.lineId, index]));
  for (const item of allocation.items) {
    const buyerFault = item.fault === 'BUYER' ? item.quantity : 0;
    const index = lineAt.get(item.lineId);
    if (index === undefined) {
      lineAt.set(item.lineId, lines.length);
      lines.push({ lineId: item.lineId, returnedQuantity: item.quantity, returnedForBuyerFaultQuantity: buyerFault });
    } else {
      const entry = lines[index];
      lines[index] = {
        lineId: entry.lineId,
        returnedQuantity: entry.returnedQuantity + item.quantity,
        returnedForBuyerFaultQuantity: entry.returnedForBuyerFaultQuantity + buyerFault,
      };
    }
  }
  const sellerOrders: SellerOrderReturnHistory[] = history.sellerOrders.map((entry) => ({ ...entry }));
  for (const order of allocation.sellerOrders) {
    const index = sellerOrders.findIndex((entry) => entry.sellerOrderId === order.sellerOrderId);
    const previous =
      index >= 0
        ? sellerOrders[index]
        : { sellerOrderId: order.sellerOrderId, returnsFiled: 0, clawbackDeductedMinor: 0, giveBackPaidMinor: 0 };
    const next: SellerOrderReturnHistory = {
      sellerOrderId: order.sellerOrderId,
      returnsFiled: previous.returnsFiled + 1,
      clawbackDeductedMinor: previous.clawbackDeductedMinor + order.clawback.deducted.amountMinor,
      giveBackPaidMinor: previous.giveBackPaidMinor + order.clawback.giveBack.amountMinor,
    };
    if (index >= 0) sellerOrders[index] = next;
    else sellerOrders.push(next);
  }
  return { lines, sellerOrders };
}

/** The history of a purchase from its filed allocations, oldest first. */
export function historyOf(allocations: readonly ReturnAllocation[]): ReturnHistory {
  return allocations.reduce(historyAfter, EMPTY_RETURN_HISTORY);
}

/** Units of each line still returnable, by line id. */
export function returnableQuantities(sellerOrders: readonly SellerOrderFigures[], history: ReturnHistory): Map<string, number> {
  const returned = new Map(history.lines.map((entry) => [entry.lineId, entry.returnedQuantity]));
  const returnable = new Map<string, number>();
  for (const figures of sellerOrders) {
    for (const line of figures.lines) returnable.set(line.lineId, Math.max(0, line.quantity - (returned.get(line.lineId) ?? 0)));
  }
  return returnable;
}
