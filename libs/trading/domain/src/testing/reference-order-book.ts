import {
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
} from '../order-book.types';

// The rules of the module comment in order-book.ts, written as plainly as possible, with no
// thought for speed: every order in one array, sorted into priority order on every use.
// The differential test holds the real engine to whatever this one does.

/** What both engines offer, so the same specs and the differential test can drive either. */
export interface OrderBookApi {
  readonly size: number;
  place(input: OrderInput, nowMs?: number): PlaceResult | OrderRejection;
  restore(input: OrderInput): RestoreResult | OrderRejection;
  reduce(orderId: string, newQuantity: number): ReduceResult | OrderRejection;
  cancel(orderId: string): CancelResult | OrderRejection;
  expire(nowMs: number): RestingOrder[];
  get(orderId: string): RestingOrder | undefined;
  depth(maxLevels?: number): BookDepth;
  restingOrders(side: Side): RestingOrder[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Order = Mutable<RestingBid> | Mutable<RestingAsk>;

const isWhole = (value: number) => Number.isSafeInteger(value);

/** The least an order may keep open and still be able to trade. */
function ownMinimum(order: Order): number {
  if (order.side === 'BID') return order.minimumFill;
  return Math.max(order.minimumOrderQuantity, order.lotMultiple);
}

function closeReasonOf(order: Order): ClosedOrder['reason'] {
  if (order.side === 'BID') return 'BELOW_MINIMUM_FILL';
  if (order.quantity < order.minimumOrderQuantity) return 'BELOW_MINIMUM_ORDER_QUANTITY';
  return 'BELOW_LOT_MULTIPLE';
}

/** Sorts a copy: best price first, then the earlier arrival. */
function inPriorityOrder(orders: Order[]): Order[] {
  return [...orders].sort((a, b) => {
    if (a.limitPrice !== b.limitPrice) return a.side === 'BID' ? b.limitPrice - a.limitPrice : a.limitPrice - b.limitPrice;
    return a.sequence - b.sequence;
  });
}

function reject(reason: OrderRejectionReason, orderId: string): OrderRejection {
  return { kind: 'REJECTED', reason, orderId, message: reason };
}

function copy(order: Order): RestingOrder {
  return order.side === 'BID' ? { ...order, acceptedRegions: [...order.acceptedRegions] } : { ...order };
}

export class ReferenceOrderBook implements OrderBookApi {
  private orders: Order[] = [];
  private lastSequence = Number.NEGATIVE_INFINITY;
  private readonly companyMayTrade: (companyId: string) => boolean;

  constructor(options: OrderBookOptions = {}) {
    this.companyMayTrade = options.companyMayTrade ?? (() => true);
  }

  get size(): number {
    return this.orders.length;
  }

  place(input: OrderInput, nowMs?: number): PlaceResult | OrderRejection {
    const problem = this.check(input, nowMs);
    if (problem) return problem;
    const incoming = this.toOrder(input);
    this.lastSequence = incoming.sequence;

    const trades: Trade[] = [];
    const closed: ClosedOrder[] = [];
    const filled: string[] = [];
    const others = inPriorityOrder(this.orders.filter((order) => order.side !== incoming.side));
    for (const resting of others) {
      const bid = (incoming.side === 'BID' ? incoming : resting) as RestingBid;
      const ask = (incoming.side === 'ASK' ? incoming : resting) as RestingAsk;
      if (bid.limitPrice < ask.limitPrice) break;

      if (bid.companyId === ask.companyId) continue;
      if (bid.acceptedRegions.length > 0 && !bid.acceptedRegions.includes(ask.region)) continue;
      if (!this.companyMayTrade(bid.companyId) || !this.companyMayTrade(ask.companyId)) continue;
      let quantity = 0;
      for (let q = Math.min(bid.quantity, ask.quantity); q >= 1; q--) {
        if (q % ask.lotMultiple === 0 && q >= ask.minimumOrderQuantity && q >= bid.minimumFill) {
          quantity = q;
          break;
        }
      }
      if (quantity === 0) continue;

      trades.push({
        bidId: bid.id,
        askId: ask.id,
        buyerCompanyId: bid.companyId,
        sellerCompanyId: ask.companyId,
        quantity,
        price: resting.limitPrice,
        makerOrderId: resting.id,
        takerOrderId: incoming.id,
        takerSide: incoming.side,
      });
      incoming.quantity -= quantity;
      resting.quantity -= quantity;
      if (resting.quantity === 0) {
        filled.push(resting.id);
        this.remove(resting.id);
      } else if (resting.quantity < ownMinimum(resting)) {
        closed.push({ orderId: resting.id, side: resting.side, remainingQuantity: resting.quantity, reason: closeReasonOf(resting) });
        this.remove(resting.id);
      }
    }

    let rested = false;
    if (incoming.quantity === 0) {
      filled.push(incoming.id);
    } else if (incoming.quantity < ownMinimum(incoming)) {
      closed.push({ orderId: incoming.id, side: incoming.side, remainingQuantity: incoming.quantity, reason: closeReasonOf(incoming) });
    } else {
      this.orders.push(incoming);
      rested = true;
    }
    return { kind: 'PLACED', orderId: incoming.id, trades, closed, filled, rested, remainingQuantity: incoming.quantity };
  }

  restore(input: OrderInput): RestoreResult | OrderRejection {
    const problem = this.check(input, undefined);
    if (problem) return problem;
    const order = this.toOrder(input);
    this.lastSequence = order.sequence;
    this.orders.push(order);
    return { kind: 'RESTORED', order: copy(order) };
  }

  reduce(orderId: string, newQuantity: number): ReduceResult | OrderRejection {
    const order = this.orders.find((candidate) => candidate.id === orderId);
    if (!order) return reject(OrderRejectionReason.UNKNOWN_ORDER, orderId);
    if (!isWhole(newQuantity) || newQuantity <= 0 || newQuantity >= order.quantity)
      return reject(OrderRejectionReason.INVALID_REDUCTION, orderId);
    order.quantity = newQuantity;
    if (newQuantity >= ownMinimum(order)) return { kind: 'REDUCED', orderId, remainingQuantity: newQuantity, closed: null };
    this.remove(orderId);
    return {
      kind: 'REDUCED',
      orderId,
      remainingQuantity: newQuantity,
      closed: { orderId, side: order.side, remainingQuantity: newQuantity, reason: closeReasonOf(order) },
    };
  }

  cancel(orderId: string): CancelResult | OrderRejection {
    const order = this.orders.find((candidate) => candidate.id === orderId);
    if (!order) return reject(OrderRejectionReason.UNKNOWN_ORDER, orderId);
    this.remove(orderId);
    return { kind: 'CANCELLED', order: copy(order) };
  }

  expire(nowMs: number): RestingOrder[] {
    const expired = this.orders.filter((order) => order.expiresAt !== null && order.expiresAt <= nowMs);
    this.orders = this.orders.filter((order) => !expired.includes(order));
    return expired.sort((a, b) => a.sequence - b.sequence).map(copy);
  }

  get(orderId: string): RestingOrder | undefined {
    const order = this.orders.find((candidate) => candidate.id === orderId);
    return order ? copy(order) : undefined;
  }

  depth(maxLevels = Number.POSITIVE_INFINITY): BookDepth {
    const levelsOf = (side: Side): DepthLevel[] => {
      const levels: DepthLevel[] = [];
      for (const order of this.restingOrders(side)) {
        const last = levels[levels.length - 1];
        if (last && last.price === order.limitPrice)
          levels[levels.length - 1] = { ...last, quantity: last.quantity + order.quantity, orderCount: last.orderCount + 1 };
        else levels.push({ price: order.limitPrice, quantity: order.quantity, orderCount: 1 });
      }
      return levels.slice(0, maxLevels);
    };
    return { bids: levelsOf('BID'), asks: levelsOf('ASK') };
  }

  restingOrders(side: Side): RestingOrder[] {
    return inPriorityOrder(this.orders.filter((order) => order.side === side)).map(copy);
  }

  private remove(orderId: string): void {
    this.orders = this.orders.filter((order) => order.id !== orderId);
  }

  private toOrder(input: OrderInput): Order {
    if (input.side === 'BID') return { ...input, minimumFill: input.minimumFill ?? 1, acceptedRegions: [...input.acceptedRegions] };
    return { ...input };
  }

  /** The same checks, in the same order, as the engine's. */
  private check(input: OrderInput, nowMs: number | undefined): OrderRejection | null {
    const id = input.id;
    if (input.side !== 'BID' && input.side !== 'ASK') return reject(OrderRejectionReason.INVALID_SIDE, id);
    if (!isWhole(input.quantity) || input.quantity < 1) return reject(OrderRejectionReason.INVALID_QUANTITY, id);
    if (!isWhole(input.limitPrice) || input.limitPrice < 1) return reject(OrderRejectionReason.INVALID_LIMIT_PRICE, id);
    if (input.side === 'BID') {
      const minimumFill = input.minimumFill ?? 1;
      if (!isWhole(minimumFill) || minimumFill < 1) return reject(OrderRejectionReason.INVALID_MINIMUM_FILL, id);
      if (input.quantity < minimumFill) return reject(OrderRejectionReason.QUANTITY_BELOW_MINIMUM, id);
    } else {
      if (!isWhole(input.minimumOrderQuantity) || input.minimumOrderQuantity < 1)
        return reject(OrderRejectionReason.INVALID_MINIMUM_ORDER_QUANTITY, id);
      if (!isWhole(input.lotMultiple) || input.lotMultiple < 1) return reject(OrderRejectionReason.INVALID_LOT_MULTIPLE, id);
      if (input.quantity < input.minimumOrderQuantity || input.quantity < input.lotMultiple)
        return reject(OrderRejectionReason.QUANTITY_BELOW_MINIMUM, id);
    }
    if (input.expiresAt !== null && !isWhole(input.expiresAt)) return reject(OrderRejectionReason.INVALID_EXPIRY, id);
    if (nowMs !== undefined && input.expiresAt !== null && input.expiresAt <= nowMs) return reject(OrderRejectionReason.EXPIRY_IN_PAST, id);
    if (!isWhole(input.sequence)) return reject(OrderRejectionReason.INVALID_SEQUENCE, id);
    if (input.sequence <= this.lastSequence) return reject(OrderRejectionReason.SEQUENCE_NOT_INCREASING, id);
    if (this.orders.some((order) => order.id === id)) return reject(OrderRejectionReason.DUPLICATE_ORDER_ID, id);
    return null;
  }
}
