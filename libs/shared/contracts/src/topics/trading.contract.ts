import { z } from 'zod';
import { actorSchema } from '../command-result';
import { defineCommand } from '../command-contract';
import { defineEvent } from '../topic-registry';

export enum OrderSide {
  BID = 'BID',
  ASK = 'ASK',
}

/** OPEN rests in the book; every other status is final. */
export enum OrderStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  CLOSED = 'CLOSED',
}

/** Why an order's remainder was closed: it fell below its own minimum and could never trade. */
export enum OrderCloseReason {
  BELOW_MINIMUM_FILL = 'BELOW_MINIMUM_FILL',
  BELOW_MINIMUM_ORDER_QUANTITY = 'BELOW_MINIMUM_ORDER_QUANTITY',
  BELOW_LOT_MULTIPLE = 'BELOW_LOT_MULTIPLE',
}

/** What happened to an order. */
export enum OrderChange {
  PLACED = 'PLACED',
  REDUCED = 'REDUCED',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

export const TRADING_PARTITIONS = 6;

export const tradingOrderSchema = z.object({
  id: z.uuid(),
  side: z.enum(OrderSide),
  productId: z.uuid(),
  currency: z.string(),
  companyId: z.uuid(),
  legalEntityId: z.uuid().nullable(),
  listingId: z.uuid().nullable().describe('The listing an ask sells from'),
  reservationId: z.uuid().nullable().describe('The catalog stock reservation backing an ask'),
  region: z.string().nullable().describe('Where an ask ships from'),
  acceptedRegions: z.array(z.string()).describe('Regions a bid takes goods from; empty is any'),
  quantity: z.int().describe('As placed (after reductions), in base units'),
  openQuantity: z.int(),
  filledQuantity: z.int(),
  limitPriceMinor: z.int(),
  minimumFill: z.int(),
  minimumOrderQuantity: z.int(),
  lotMultiple: z.int(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  status: z.enum(OrderStatus),
  closeReason: z.enum(OrderCloseReason).nullable(),
  sequence: z.int().describe('Arrival order in its book'),
  placedAt: z.iso.datetime({ offset: true }),
});

export const tradeSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  currency: z.string(),
  bidId: z.uuid(),
  askId: z.uuid(),
  buyerCompanyId: z.uuid(),
  sellerCompanyId: z.uuid(),
  listingId: z.uuid(),
  quantity: z.int(),
  priceMinor: z.int().describe('The resting order’s limit price'),
  amountMinor: z.int().describe('quantity × price'),
  takerSide: z.enum(OrderSide),
  matchedAt: z.iso.datetime({ offset: true }),
});

export const depthLevelSchema = z.object({ priceMinor: z.int(), quantity: z.int(), orderCount: z.int() });
export const bookDepthSchema = z.object({
  productId: z.uuid(),
  currency: z.string(),
  bids: z.array(depthLevelSchema),
  asks: z.array(depthLevelSchema),
});

export type TradingOrder = z.infer<typeof tradingOrderSchema>;
export type TradeRecord = z.infer<typeof tradeSchema>;
export type BookDepthView = z.infer<typeof bookDepthSchema>;

const placementResultSchema = z.object({ order: tradingOrderSchema, trades: z.array(tradeSchema) });

/** Every way a trading command can be refused; each command declares the ones it may answer. */
export enum TradingErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  INVALID_INPUT = 'INVALID_INPUT',
  NON_POSITIVE_QUANTITY = 'NON_POSITIVE_QUANTITY',
  NON_POSITIVE_PRICE = 'NON_POSITIVE_PRICE',
  PRICE_TOO_PRECISE = 'PRICE_TOO_PRECISE',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  INVALID_MINIMUM_FILL = 'INVALID_MINIMUM_FILL',
  QUANTITY_BELOW_MINIMUM = 'QUANTITY_BELOW_MINIMUM',
  EXPIRY_IN_PAST = 'EXPIRY_IN_PAST',
  UNKNOWN_PRODUCT = 'UNKNOWN_PRODUCT',
  UNKNOWN_LISTING = 'UNKNOWN_LISTING',
  FOREIGN_LISTING = 'FOREIGN_LISTING',
  LISTING_NOT_ACTIVE = 'LISTING_NOT_ACTIVE',
  PRODUCT_MISMATCH = 'PRODUCT_MISMATCH',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  UNKNOWN_ORDER = 'UNKNOWN_ORDER',
  ORDER_NOT_OPEN = 'ORDER_NOT_OPEN',
  INVALID_REDUCTION = 'INVALID_REDUCTION',
  DUPLICATE_ORDER_ID = 'DUPLICATE_ORDER_ID',
  CATALOG_UNAVAILABLE = 'CATALOG_UNAVAILABLE',
  ORDER_VALUE_TOO_LARGE = 'ORDER_VALUE_TOO_LARGE',
  /** The engine's own checks of what the service hands it: a service bug, reported as such rather than as bad input. */
  INVALID_SIDE = 'INVALID_SIDE',
  INVALID_SEQUENCE = 'INVALID_SEQUENCE',
  SEQUENCE_NOT_INCREASING = 'SEQUENCE_NOT_INCREASING',
}

const C = TradingErrorCode;

const command = <
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly TradingErrorCode[],
  TRetrySafe extends boolean = false,
>(
  keyDescription: string,
  definition: {
    name: string;
    messageType: string;
    description: string;
    request: TRequest;
    result: TResult;
    errors: TErrors;
    retrySafe?: TRetrySafe;
  },
) => defineCommand({ context: 'trading', keyDescription, ...definition });

/** What any placement may be refused with: who places it, its terms, and the engine's own checks. */
const PLACEMENT_REFUSALS = [
  C.FORBIDDEN,
  C.COMPANY_NOT_APPROVED,
  C.INVALID_INPUT,
  C.NON_POSITIVE_QUANTITY,
  C.NON_POSITIVE_PRICE,
  C.PRICE_TOO_PRECISE,
  C.UNKNOWN_CURRENCY,
  C.QUANTITY_BELOW_MINIMUM,
  C.EXPIRY_IN_PAST,
  C.DUPLICATE_ORDER_ID,
  C.CATALOG_UNAVAILABLE,
  C.ORDER_VALUE_TOO_LARGE,
  C.INVALID_SIDE,
  C.INVALID_SEQUENCE,
  C.SEQUENCE_NOT_INCREASING,
] as const;

const timeInForce = z.iso.datetime({ offset: true }).optional().describe('Good till this instant; good till cancelled when left out');
/** A limit price is given once: in whole minor units, or as a decimal in major units read exactly in the order's currency. */
const limitPriceMinor = z.int().optional().describe('The limit price in whole minor units (kopecks, cents); or give limitPrice');
const limitPrice = z
  .string()
  .max(40)
  .optional()
  .describe('The limit price as a decimal in major units ("512.35"), in the order’s currency; or give limitPriceMinor');

/**
 * Orders into the book. All keyed by product, so one product's orders arrive in order at one
 * consumer; the service applies them in arrival order and answers once they are committed.
 */
export const orderCommands = {
  placeBid: command('product id', {
    name: 'place-bid',
    messageType: 'PlaceBid',
    description: 'A buyer’s purchase request: matched at once against asks that cross, the rest rests in the book',
    request: z.object({
      actor: actorSchema,
      orderId: z.uuid(),
      productId: z.uuid(),
      currency: z.string(),
      legalEntityId: z.uuid().optional(),
      quantity: z.int(),
      limitPriceMinor,
      limitPrice,
      minimumFill: z.int().default(1),
      acceptedRegions: z.array(z.string().max(80)).max(50).default([]),
      expiresAt: timeInForce,
    }),
    result: placementResultSchema,
    errors: [...PLACEMENT_REFUSALS, C.INVALID_MINIMUM_FILL, C.UNKNOWN_PRODUCT],
    retrySafe: true,
  }),
  placeAsk: command('product id', {
    name: 'place-ask',
    messageType: 'PlaceAsk',
    description:
      'A seller’s offer from one of its listings, backed by a stock reservation: matched at once against bids that cross, the rest rests',
    request: z.object({
      actor: actorSchema,
      orderId: z.uuid(),
      listingId: z.uuid(),
      productId: z.uuid().optional().describe('When given, must be the listing’s product'),
      currency: z.string().optional().describe('When given, must be the listing’s currency; required with a decimal limitPrice'),
      quantity: z.int(),
      limitPriceMinor,
      limitPrice,
      expiresAt: timeInForce,
    }),
    result: placementResultSchema,
    errors: [
      ...PLACEMENT_REFUSALS,
      C.INVALID_MINIMUM_FILL,
      C.UNKNOWN_LISTING,
      C.FOREIGN_LISTING,
      C.LISTING_NOT_ACTIVE,
      C.PRODUCT_MISMATCH,
      C.CURRENCY_MISMATCH,
      C.INSUFFICIENT_STOCK,
    ],
    retrySafe: true,
  }),
  reduceOrder: command('product id', {
    name: 'reduce-order',
    messageType: 'ReduceOrder',
    description: 'Lower an open order’s open quantity; it keeps its place in the book',
    request: z.object({ actor: actorSchema, orderId: z.uuid(), productId: z.uuid(), openQuantity: z.int() }),
    result: tradingOrderSchema,
    errors: [C.FORBIDDEN, C.UNKNOWN_ORDER, C.ORDER_NOT_OPEN, C.INVALID_REDUCTION],
    retrySafe: true,
  }),
  cancelOrder: command('product id', {
    name: 'cancel-order',
    messageType: 'CancelOrder',
    description: 'Withdraw an open order; an ask’s reserved stock is released',
    request: z.object({ actor: actorSchema, orderId: z.uuid(), productId: z.uuid() }),
    result: tradingOrderSchema,
    errors: [C.FORBIDDEN, C.UNKNOWN_ORDER, C.ORDER_NOT_OPEN],
    retrySafe: true,
  }),
};

/** Reads; any replica answers them from PostgreSQL. */
export const tradingQueries = {
  findOrder: command('order id', {
    name: 'find-order',
    messageType: 'FindOrder',
    description: 'One of the company’s orders (the gateway uses it to route a reduce or cancel to the order’s book)',
    request: z.object({ actor: actorSchema, orderId: z.uuid() }),
    result: tradingOrderSchema,
    errors: [C.FORBIDDEN, C.UNKNOWN_ORDER],
  }),
  myOrders: command('company id', {
    name: 'my-orders',
    messageType: 'MyOrders',
    description: 'The company’s bids and asks, newest first, with their fills',
    request: z.object({
      actor: actorSchema,
      side: z.enum(OrderSide).optional(),
      statuses: z.array(z.enum(OrderStatus)).optional(),
      productId: z.uuid().optional(),
      first: z.int().min(1).max(200).default(50),
      beforeSequence: z.int().optional().describe('The sequence of the last order seen, for the next page'),
    }),
    result: z.object({ orders: z.array(tradingOrderSchema.extend({ fills: z.array(tradeSchema) })) }),
    errors: [C.FORBIDDEN],
  }),
  myTrades: command('company id', {
    name: 'my-trades',
    messageType: 'MyTrades',
    description: 'The company’s trades, newest first, with the counterparty revealed to the two sides only',
    request: z.object({ actor: actorSchema, productId: z.uuid().optional(), first: z.int().min(1).max(200).default(50) }),
    result: z.object({
      trades: z.array(tradeSchema.extend({ side: z.enum(OrderSide), counterpartyCompanyId: z.uuid(), counterpartyName: z.string() })),
    }),
    errors: [C.FORBIDDEN],
  }),
  bookDepth: command('product id', {
    name: 'book-depth',
    messageType: 'BookDepth',
    description: 'Price levels of one product’s book, best first: total quantity and order count per level, never who',
    request: z.object({ actor: actorSchema, productId: z.uuid(), currency: z.string(), levels: z.int().min(1).max(100).default(10) }),
    result: bookDepthSchema,
    errors: [],
  }),
};

const event = <T>(name: string, messageType: string, description: string, payload: z.ZodType<T>) =>
  defineEvent({
    name,
    owner: 'trading',
    partitions: TRADING_PARTITIONS,
    messageType,
    version: 1,
    description,
    keyDescription: 'product id',
    payload,
  });

/** `trading.order.changed`: an order was placed, reduced, filled, closed, cancelled or expired. */
export const orderChanged = event(
  'trading.order.changed',
  'OrderChanged',
  'An order was placed (with its state after matching), reduced, filled, closed (with the reason), cancelled or expired. For asks, releasedQuantity is reserved stock to give back.',
  z.object({ change: z.enum(OrderChange), order: tradingOrderSchema, releasedQuantity: z.int().min(0) }),
);

/** `trading.order.rejected`: a placement was refused; nothing entered the book. */
export const orderRejected = event(
  'trading.order.rejected',
  'OrderRejected',
  'A placement was refused with a typed reason; for an ask whose stock was already reserved, the reservation is to be released',
  z.object({
    orderId: z.uuid(),
    side: z.enum(OrderSide),
    productId: z.uuid().nullable().describe('Null when the order named a listing that does not exist'),
    companyId: z.uuid(),
    reservationId: z.uuid().nullable(),
    reason: z.enum(TradingErrorCode).describe('The refusal’s code, as the placing caller was answered'),
    message: z.string(),
  }),
);

/** `trading.trade.matched`: a bid and an ask traded. */
export const tradeMatched = event(
  'trading.trade.matched',
  'TradeMatched',
  'A bid and an ask traded: both orders, both companies, the listing, quantity, price and currency; the ask’s reservation to commit',
  tradeSchema.extend({ askReservationId: z.uuid() }),
);

/** `trading.book.changed`: a product's book changed; its depth after the change, for live views. */
export const bookChanged = event('trading.book.changed', 'BookChanged', 'The top price levels of a book after a change', bookDepthSchema);
