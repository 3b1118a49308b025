/**
 * The matching engine: one book of bids and asks for one product in one currency.
 *
 * Rules
 * - One `OrderBook` is one book, for one product and one currency; it knows neither.
 * - Quantities are whole base units, prices whole minor units. An order's `quantity` is what
 *   is still open.
 * - Priority: bids by higher limit price, then earlier arrival (lower `sequence`); asks by
 *   lower limit price, then earlier arrival.
 * - An incoming order walks the other side in priority order while prices cross
 *   (bid limit >= ask limit). With each resting order it trades the largest quantity q that
 *   is at most both remainders, a whole multiple of the ask's lot multiple, and at least
 *   both the ask's minimum order quantity and the bid's minimum fill.
 * - It skips a resting order, which keeps its place, when no such q exists, when both belong
 *   to the same company (no self-trade), when the ask's region is not among the bid's
 *   accepted regions (an empty list accepts any), or when either company may not trade
 *   (`companyMayTrade`, by default always true); and goes on while prices still cross.
 * - A trade's price is the resting order's limit price.
 * - An order whose remainder falls below its own minimum could never trade again, so the
 *   remainder is closed: a bid below its minimum fill (BELOW_MINIMUM_FILL); an ask below
 *   the larger of its minimum order quantity and one lot (BELOW_MINIMUM_ORDER_QUANTITY when
 *   below the minimum order quantity, else BELOW_LOT_MULTIPLE). This applies to the incoming
 *   order after its walk, to a resting order after a partial fill, and after a reduction.
 *   An order with nothing left is filled, not closed.
 * - Whatever does not trade rests in the book until filled, cancelled, expired or closed.
 * - A refused request (a typed `OrderRejection`) leaves the book unchanged: a quantity or
 *   limit price that is not a whole number above zero; a minimum fill, minimum order quantity
 *   or lot multiple that is not a whole number of at least 1; a bid below its minimum fill or
 *   an ask below the larger of its minimum order quantity and lot multiple; an expiry that is
 *   not a whole number of milliseconds, or not after `nowMs` when that is given; a sequence
 *   that is not a whole number or not greater than every sequence the book has seen; an id
 *   already in the book.
 * - `reduce` lowers an order's remainder to a whole number above zero and below the current
 *   one; the order keeps its place in the queue, or is closed when below its minimum.
 * - `cancel` removes an order; `expire(nowMs)` removes every order whose `expiresAt` is at or
 *   before `nowMs`, by sequence. The engine never reads the clock and matching never looks at
 *   expiry: the service expires before each operation.
 * - `restore` puts an order back as resting without matching; restoring a book's resting
 *   orders in sequence order rebuilds the same book.
 * - Deterministic: the same calls give the same results.
 */
import { BookSide, OrderNode } from './book-side';
import { ExpiryQueue } from './expiry-queue';
import {
  CloseReason,
  OrderRejectionReason,
  type BookDepth,
  type CancelResult,
  type ClosedOrder,
  type DepthLevel,
  type OrderBookOptions,
  type OrderInput,
  type OrderRejection,
  type PlaceResult,
  type ReduceResult,
  type RestingAsk,
  type RestingBid,
  type RestingOrder,
  type RestoreResult,
  type Side,
  type Trade,
} from './order-book.types';

const anyCompanyMayTrade = () => true;
const NO_REGIONS: readonly string[] = Object.freeze([]);
// Shared by results that have nothing to report, so most placements allocate no arrays.
const NONE: readonly never[] = Object.freeze([]);

const wholeAbove = (value: number, minimum: number) => Number.isSafeInteger(value) && value >= minimum;

function closeReason(node: OrderNode): CloseReason {
  if (node.isBid) return CloseReason.BELOW_MINIMUM_FILL;
  return node.remaining < node.minimumOrderQuantity ? CloseReason.BELOW_MINIMUM_ORDER_QUANTITY : CloseReason.BELOW_LOT_MULTIPLE;
}

function closed(node: OrderNode): ClosedOrder {
  return { orderId: node.id, side: node.isBid ? 'BID' : 'ASK', remainingQuantity: node.remaining, reason: closeReason(node) };
}

function snapshot(node: OrderNode): RestingOrder {
  return node.isBid ? bidSnapshot(node) : askSnapshot(node);
}

function bidSnapshot(node: OrderNode): RestingBid {
  return {
    side: 'BID',
    id: node.id,
    companyId: node.companyId,
    quantity: node.remaining,
    limitPrice: node.limitPrice,
    minimumFill: node.minimumFill,
    acceptedRegions: node.acceptedRegions,
    expiresAt: node.expiresAt,
    sequence: node.sequence,
  };
}

function askSnapshot(node: OrderNode): RestingAsk {
  return {
    side: 'ASK',
    id: node.id,
    companyId: node.companyId,
    quantity: node.remaining,
    limitPrice: node.limitPrice,
    minimumOrderQuantity: node.minimumOrderQuantity,
    lotMultiple: node.lotMultiple,
    region: node.region,
    expiresAt: node.expiresAt,
    sequence: node.sequence,
  };
}

function rejection(reason: OrderRejectionReason, orderId: string, message: string): OrderRejection {
  return { kind: 'REJECTED', reason, orderId, message };
}

/** One book of bids and asks; see the module comment for the rules it obeys. */
export class OrderBook {
  private readonly bids = new BookSide(true);
  private readonly asks = new BookSide(false);
  private readonly orders = new Map<string, OrderNode>();
  private readonly expiries = new ExpiryQueue();
  private readonly companyMayTrade: (companyId: string) => boolean;
  private lastSequence = Number.NEGATIVE_INFINITY;

  constructor(options: OrderBookOptions = {}) {
    this.companyMayTrade = options.companyMayTrade ?? anyCompanyMayTrade;
  }

  /** How many orders rest in the book. */
  get size(): number {
    return this.orders.size;
  }

  /** Matches the order against the book and rests what is left; `nowMs` refuses an expiry already past. */
  place(input: OrderInput, nowMs?: number): PlaceResult | OrderRejection {
    const problem = this.validate(input, nowMs);
    if (problem !== null) return problem;
    const taker = this.createNode(input);
    this.lastSequence = taker.sequence;

    let trades: Trade[] | null = null;
    let closedOrders: ClosedOrder[] | null = null;
    let filled: string[] | null = null;
    const opposite = taker.isBid ? this.asks : this.bids;
    const levels = opposite.levels;
    const mayTrade = this.companyMayTrade;
    // A company that may not trade skips every resting order, so there is nothing to walk.
    let index = mayTrade(taker.companyId) ? levels.length - 1 : -1;

    walk: for (; index >= 0; index--) {
      const level = levels[index];
      if (taker.isBid ? taker.limitPrice < level.price : taker.limitPrice > level.price) break;
      let maker = level.head;
      while (maker !== null) {
        const next = maker.next;
        const quantity = this.tradableQuantity(taker, maker);
        if (quantity > 0) {
          taker.remaining -= quantity;
          maker.remaining -= quantity;
          level.quantity -= quantity;
          (trades ??= []).push(this.trade(taker, maker, quantity));
          if (maker.remaining === 0) {
            (filled ??= []).push(maker.id);
            this.removeResting(maker, true);
          } else if (maker.remaining < maker.restMinimum) {
            (closedOrders ??= []).push(closed(maker));
            this.removeResting(maker, true);
          }
          // Below its own minimum the taker can trade with nobody, so the rest of the walk would only skip.
          if (taker.remaining < taker.restMinimum) {
            if (level.orderCount === 0) opposite.dropLevelAt(index);
            break walk;
          }
        }
        maker = next;
      }
      if (level.orderCount === 0) opposite.dropLevelAt(index);
    }

    let rested = false;
    if (taker.remaining === 0) {
      (filled ??= []).push(taker.id);
    } else if (taker.remaining < taker.restMinimum) {
      (closedOrders ??= []).push(closed(taker));
    } else {
      this.rest(taker);
      rested = true;
    }
    return {
      kind: 'PLACED',
      orderId: taker.id,
      trades: trades ?? NONE,
      closed: closedOrders ?? NONE,
      filled: filled ?? NONE,
      rested,
      remainingQuantity: taker.remaining,
    };
  }

  /** Puts an order back as resting, without matching: for rebuilding the book in sequence order. */
  restore(input: OrderInput): RestoreResult | OrderRejection {
    const problem = this.validate(input, undefined);
    if (problem !== null) return problem;
    const node = this.createNode(input);
    this.lastSequence = node.sequence;
    this.rest(node);
    return { kind: 'RESTORED', order: snapshot(node) };
  }

  /** Lowers an order's open quantity, keeping its place; closes it if now below its minimum. */
  reduce(orderId: string, newQuantity: number): ReduceResult | OrderRejection {
    const node = this.orders.get(orderId);
    if (node === undefined) return rejection(OrderRejectionReason.UNKNOWN_ORDER, orderId, `no order ${orderId} rests in the book`);
    if (!wholeAbove(newQuantity, 1) || newQuantity >= node.remaining) {
      return rejection(
        OrderRejectionReason.INVALID_REDUCTION,
        orderId,
        `the new quantity must be a whole number above 0 and below ${node.remaining}, not ${newQuantity}`,
      );
    }
    (node.level as NonNullable<OrderNode['level']>).quantity -= node.remaining - newQuantity;
    node.remaining = newQuantity;
    if (newQuantity >= node.restMinimum) return { kind: 'REDUCED', orderId, remainingQuantity: newQuantity, closed: null };
    const closedOrder = closed(node);
    this.removeResting(node, false);
    return { kind: 'REDUCED', orderId, remainingQuantity: newQuantity, closed: closedOrder };
  }

  /** Removes an order and returns it as it was. */
  cancel(orderId: string): CancelResult | OrderRejection {
    const node = this.orders.get(orderId);
    if (node === undefined) return rejection(OrderRejectionReason.UNKNOWN_ORDER, orderId, `no order ${orderId} rests in the book`);
    const order = snapshot(node);
    this.removeResting(node, false);
    return { kind: 'CANCELLED', order };
  }

  /** Removes every order that expires at or before `nowMs`; returns them as they were, by sequence. */
  expire(nowMs: number): RestingOrder[] {
    const expired: OrderNode[] = [];
    for (let next = this.expiries.peek(); next !== undefined && (next.expiresAt as number) <= nowMs; next = this.expiries.peek()) {
      expired.push(next);
      this.removeResting(next, false);
    }
    if (expired.length > 1) expired.sort((a, b) => a.sequence - b.sequence);
    return expired.map(snapshot);
  }

  /** The resting order with this id, as a snapshot. */
  get(orderId: string): RestingOrder | undefined {
    const node = this.orders.get(orderId);
    return node === undefined ? undefined : snapshot(node);
  }

  /** Aggregated price levels of both sides, best first, at most `maxLevels` each. */
  depth(maxLevels = Number.POSITIVE_INFINITY): BookDepth {
    return { bids: this.sideDepth(this.bids, maxLevels), asks: this.sideDepth(this.asks, maxLevels) };
  }

  /** Every resting order of one side in exact priority order, as snapshots. */
  restingOrders(side: 'BID'): RestingBid[];
  restingOrders(side: 'ASK'): RestingAsk[];
  restingOrders(side: Side): RestingOrder[];
  restingOrders(side: Side): RestingOrder[] {
    const levels = (side === 'BID' ? this.bids : this.asks).levels;
    const orders: RestingOrder[] = [];
    for (let index = levels.length - 1; index >= 0; index--) {
      for (let node = levels[index].head; node !== null; node = node.next) orders.push(snapshot(node));
    }
    return orders;
  }

  /** The quantity the taker and this resting order can trade now, or 0 to skip the resting order. */
  private tradableQuantity(taker: OrderNode, maker: OrderNode): number {
    if (taker.companyId === maker.companyId) return 0;
    const bid = taker.isBid ? taker : maker;
    const ask = taker.isBid ? maker : taker;
    if (bid.acceptedRegions.length !== 0 && !bid.acceptedRegions.includes(ask.region)) return 0;
    let quantity = bid.remaining < ask.remaining ? bid.remaining : ask.remaining;
    if (ask.lotMultiple !== 1) quantity -= quantity % ask.lotMultiple;
    if (quantity < ask.minimumOrderQuantity || quantity < bid.minimumFill) return 0;
    // Asked last: the predicate is the service's, and the cheapest checks have already run.
    return this.companyMayTrade(maker.companyId) ? quantity : 0;
  }

  private trade(taker: OrderNode, maker: OrderNode, quantity: number): Trade {
    const bid = taker.isBid ? taker : maker;
    const ask = taker.isBid ? maker : taker;
    return {
      bidId: bid.id,
      askId: ask.id,
      buyerCompanyId: bid.companyId,
      sellerCompanyId: ask.companyId,
      quantity,
      price: maker.limitPrice,
      makerOrderId: maker.id,
      takerOrderId: taker.id,
      takerSide: taker.isBid ? 'BID' : 'ASK',
    };
  }

  private rest(node: OrderNode): void {
    (node.isBid ? this.bids : this.asks).append(node);
    this.orders.set(node.id, node);
    if (node.expiresAt !== null) this.expiries.add(node);
  }

  /** Takes a resting order out of the book; during a walk its emptied level is left for the walk to drop. */
  private removeResting(node: OrderNode, walking: boolean): void {
    (node.isBid ? this.bids : this.asks).unlink(node, walking);
    this.orders.delete(node.id);
    this.expiries.remove(node);
  }

  private sideDepth(side: BookSide, maxLevels: number): DepthLevel[] {
    const depth: DepthLevel[] = [];
    for (let index = side.levels.length - 1; index >= 0 && depth.length < maxLevels; index--) {
      const level = side.levels[index];
      depth.push({ price: level.price, quantity: level.quantity, orderCount: level.orderCount });
    }
    return depth;
  }

  private createNode(input: OrderInput): OrderNode {
    if (input.side === 'BID') {
      const regions = input.acceptedRegions.length === 0 ? NO_REGIONS : Object.freeze(input.acceptedRegions.slice());
      return new OrderNode(
        true,
        input.id,
        input.companyId,
        input.quantity,
        input.limitPrice,
        input.minimumFill ?? 1,
        1,
        1,
        regions,
        '',
        input.expiresAt,
        input.sequence,
      );
    }
    return new OrderNode(
      false,
      input.id,
      input.companyId,
      input.quantity,
      input.limitPrice,
      1,
      input.minimumOrderQuantity,
      input.lotMultiple,
      NO_REGIONS,
      input.region,
      input.expiresAt,
      input.sequence,
    );
  }

  private validate(input: OrderInput, nowMs: number | undefined): OrderRejection | null {
    const id = input.id;
    if (input.side !== 'BID' && input.side !== 'ASK') {
      return rejection(OrderRejectionReason.INVALID_SIDE, id, `side must be BID or ASK, not ${String((input as { side: unknown }).side)}`);
    }
    if (!wholeAbove(input.quantity, 1)) {
      return rejection(OrderRejectionReason.INVALID_QUANTITY, id, `the quantity must be a whole number above 0, not ${input.quantity}`);
    }
    if (!wholeAbove(input.limitPrice, 1)) {
      return rejection(
        OrderRejectionReason.INVALID_LIMIT_PRICE,
        id,
        `the limit price must be a whole number of minor units above 0, not ${input.limitPrice}`,
      );
    }
    let minimum: number;
    if (input.side === 'BID') {
      minimum = input.minimumFill ?? 1;
      if (!wholeAbove(minimum, 1)) {
        return rejection(
          OrderRejectionReason.INVALID_MINIMUM_FILL,
          id,
          `the minimum fill must be a whole number of at least 1, not ${minimum}`,
        );
      }
    } else {
      if (!wholeAbove(input.minimumOrderQuantity, 1)) {
        return rejection(
          OrderRejectionReason.INVALID_MINIMUM_ORDER_QUANTITY,
          id,
          `the minimum order quantity must be a whole number of at least 1, not ${input.minimumOrderQuantity}`,
        );
      }
      if (!wholeAbove(input.lotMultiple, 1)) {
        return rejection(
          OrderRejectionReason.INVALID_LOT_MULTIPLE,
          id,
          `the lot multiple must be a whole number of at least 1, not ${input.lotMultiple}`,
        );
      }
      minimum = Math.max(input.minimumOrderQuantity, input.lotMultiple);
    }
    if (input.quantity < minimum) {
      return rejection(
        OrderRejectionReason.QUANTITY_BELOW_MINIMUM,
        id,
        `the quantity ${input.quantity} is below the order's own minimum ${minimum}`,
      );
    }
    if (input.expiresAt !== null && !Number.isSafeInteger(input.expiresAt)) {
      return rejection(
        OrderRejectionReason.INVALID_EXPIRY,
        id,
        `the expiry must be whole epoch milliseconds or null, not ${input.expiresAt}`,
      );
    }
    if (nowMs !== undefined && input.expiresAt !== null && input.expiresAt <= nowMs) {
      return rejection(OrderRejectionReason.EXPIRY_IN_PAST, id, `the order expires at ${input.expiresAt}, not after now (${nowMs})`);
    }
    if (!Number.isSafeInteger(input.sequence)) {
      return rejection(OrderRejectionReason.INVALID_SEQUENCE, id, `the sequence must be a whole number, not ${input.sequence}`);
    }
    if (input.sequence <= this.lastSequence) {
      return rejection(
        OrderRejectionReason.SEQUENCE_NOT_INCREASING,
        id,
        `the sequence ${input.sequence} is not after the last one the book has seen (${this.lastSequence})`,
      );
    }
    if (this.orders.has(id)) {
      return rejection(OrderRejectionReason.DUPLICATE_ORDER_ID, id, `an order ${id} already rests in the book`);
    }
    return null;
  }
}
