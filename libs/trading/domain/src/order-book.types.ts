// The order book's vocabulary, shared by the engine and its reference implementation.
// Quantities are integers in the product's base unit, prices integers in minor units.

/** Which side of the book: a buyer's bid or a seller's ask. */
export type Side = 'BID' | 'ASK';

/** A buyer's purchase request. `quantity` is what is still open (the whole order when new). */
export interface BidInput {
  readonly side: 'BID';
  readonly id: string;
  readonly companyId: string;
  readonly quantity: number;
  /** The most the buyer pays per base unit. */
  readonly limitPrice: number;
  /** The smallest trade the buyer accepts; 1 when left out. */
  readonly minimumFill?: number;
  /** Warehouse regions the buyer takes goods from; empty means any. */
  readonly acceptedRegions: readonly string[];
  /** Epoch milliseconds, or null for good till cancelled. */
  readonly expiresAt: number | null;
  /** Arrival number assigned by the service; it breaks ties at one price (lower first). */
  readonly sequence: number;
}

/** A seller's offer from one listing. `quantity` is what is still open. */
export interface AskInput {
  readonly side: 'ASK';
  readonly id: string;
  readonly companyId: string;
  readonly quantity: number;
  /** The least the seller takes per base unit. */
  readonly limitPrice: number;
  /** The smallest trade the seller accepts. */
  readonly minimumOrderQuantity: number;
  /** Every trade is a whole number of lots of this size. */
  readonly lotMultiple: number;
  /** The warehouse region the goods ship from. */
  readonly region: string;
  readonly expiresAt: number | null;
  readonly sequence: number;
}

export type OrderInput = BidInput | AskInput;

/** A resting bid as the book holds it; a snapshot, so changing it changes nothing in the book. */
export type RestingBid = Required<BidInput>;
/** A resting ask as the book holds it; a snapshot. */
export type RestingAsk = AskInput;
/** A resting order, in the same shape `restore` takes, so a snapshot can rebuild the book. */
export type RestingOrder = RestingBid | RestingAsk;

/** One match: `quantity` units at `price`, the resting (maker) order's limit price. */
export interface Trade {
  readonly bidId: string;
  readonly askId: string;
  readonly buyerCompanyId: string;
  readonly sellerCompanyId: string;
  readonly quantity: number;
  readonly price: number;
  readonly makerOrderId: string;
  readonly takerOrderId: string;
  readonly takerSide: Side;
}

/** Why an order's remainder was closed: it fell below its own minimum and could never trade. */
export const CloseReason = {
  BELOW_MINIMUM_FILL: 'BELOW_MINIMUM_FILL',
  BELOW_MINIMUM_ORDER_QUANTITY: 'BELOW_MINIMUM_ORDER_QUANTITY',
  BELOW_LOT_MULTIPLE: 'BELOW_LOT_MULTIPLE',
} as const;
export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

/** An order whose open remainder was closed, and how much was left. */
export interface ClosedOrder {
  readonly orderId: string;
  readonly side: Side;
  readonly remainingQuantity: number;
  readonly reason: CloseReason;
}

/** Why the book refused a request; the book is unchanged after any of them. */
export const OrderRejectionReason = {
  INVALID_SIDE: 'INVALID_SIDE',
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  INVALID_LIMIT_PRICE: 'INVALID_LIMIT_PRICE',
  INVALID_MINIMUM_FILL: 'INVALID_MINIMUM_FILL',
  INVALID_MINIMUM_ORDER_QUANTITY: 'INVALID_MINIMUM_ORDER_QUANTITY',
  INVALID_LOT_MULTIPLE: 'INVALID_LOT_MULTIPLE',
  /** A bid below its minimum fill, or an ask below max(minimum order quantity, lot multiple). */
  QUANTITY_BELOW_MINIMUM: 'QUANTITY_BELOW_MINIMUM',
  INVALID_EXPIRY: 'INVALID_EXPIRY',
  EXPIRY_IN_PAST: 'EXPIRY_IN_PAST',
  INVALID_SEQUENCE: 'INVALID_SEQUENCE',
  SEQUENCE_NOT_INCREASING: 'SEQUENCE_NOT_INCREASING',
  DUPLICATE_ORDER_ID: 'DUPLICATE_ORDER_ID',
  UNKNOWN_ORDER: 'UNKNOWN_ORDER',
  /** A reduction must leave a whole number above zero and below the current remainder. */
  INVALID_REDUCTION: 'INVALID_REDUCTION',
} as const;
export type OrderRejectionReason = (typeof OrderRejectionReason)[keyof typeof OrderRejectionReason];

/** A refused request: an expected business outcome, returned rather than thrown. */
export interface OrderRejection {
  readonly kind: 'REJECTED';
  readonly reason: OrderRejectionReason;
  readonly orderId: string;
  readonly message: string;
}

/** What placing an order did, in the order it happened; the incoming order's own outcome comes last. */
export interface PlaceResult {
  readonly kind: 'PLACED';
  readonly orderId: string;
  readonly trades: readonly Trade[];
  /** Resting orders closed by the walk, and the incoming order if its remainder was closed. */
  readonly closed: readonly ClosedOrder[];
  /** Ids of orders fully filled: resting ones, and the incoming order if it was. */
  readonly filled: readonly string[];
  /** Whether the incoming order now rests in the book. */
  readonly rested: boolean;
  /** The incoming order's quantity left after the walk: resting, closed, or 0 when filled. */
  readonly remainingQuantity: number;
}

/** What a reduction did; `closed` is set when the new remainder fell below the order's minimum. */
export interface ReduceResult {
  readonly kind: 'REDUCED';
  readonly orderId: string;
  readonly remainingQuantity: number;
  readonly closed: ClosedOrder | null;
}

/** The order a cancellation removed, as it was. */
export interface CancelResult {
  readonly kind: 'CANCELLED';
  readonly order: RestingOrder;
}

/** The order a restore put in the book. */
export interface RestoreResult {
  readonly kind: 'RESTORED';
  readonly order: RestingOrder;
}

/** All the orders at one price: how much and how many, never whose. */
export interface DepthLevel {
  readonly price: number;
  readonly quantity: number;
  readonly orderCount: number;
}

/** Price levels of both sides, best first. */
export interface BookDepth {
  readonly bids: DepthLevel[];
  readonly asks: DepthLevel[];
}

export interface OrderBookOptions {
  /** Whether a company may trade now (not suspended, say). Must not change during one call. */
  readonly companyMayTrade?: (companyId: string) => boolean;
}

export function isRejection(result: { readonly kind: string }): result is OrderRejection {
  return result.kind === 'REJECTED';
}
