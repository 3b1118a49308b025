import { z } from 'zod';
import { actorSchema } from '../command-result';
import { defineCommand } from '../command-contract';
import { defineEvent } from '../topic-registry';
import { tradeSchema, tradingOrderSchema } from './trading.contract';

/** A seller order's lifecycle; the transition table is in `@lotbook/orders-domain` and the README. */
export enum SellerOrderStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PLACED = 'PLACED',
  CONFIRMED = 'CONFIRMED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** How the buyer pays a seller order: on its credit terms (invoiced at delivery) or in advance. */
export enum PaymentMode {
  NET_TERMS = 'NET_TERMS',
  PREPAY = 'PREPAY',
}

/** Where a seller order came from: a buyer's checkout, or a trade matched in the book. */
export enum SellerOrderOrigin {
  CHECKOUT = 'CHECKOUT',
  TRADE = 'TRADE',
}

/** Why a unit price applies: catalog's quote basis, or the trade's price. */
export enum PriceBasis {
  LIST_PRICE = 'LIST_PRICE',
  PRICE_BREAK = 'PRICE_BREAK',
  CONTRACT = 'CONTRACT',
  TRADE = 'TRADE',
}

export const ORDERS_PARTITIONS = 6;

const minor = (description: string) => z.int().describe(description);
const timestamp = z.iso.datetime({ offset: true });

export const sellerOrderLineSchema = z.object({
  id: z.uuid(),
  lineNo: z.int().describe('Position in the seller order, from 1'),
  listingId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  categoryId: z.uuid(),
  sellerSku: z.string(),
  quantity: z.int().describe('Ordered quantity in base units, after any refusal by the seller'),
  refusedQuantity: z.int().describe('Units the seller refused when confirming'),
  shippedQuantity: z.int(),
  unitPriceMinor: minor('The unit price that applied to this buyer for this quantity'),
  priceBasis: z.enum(PriceBasis),
  priceExplanation: z.string(),
  grossMinor: minor('quantity × unit price'),
  sellerDiscountMinor: minor("This line's share of the seller volume discount (seller-funded)"),
  netMinor: minor('gross − seller discount'),
  loyaltyDiscountMinor: minor("This line's share of the loyalty discount (platform-funded)"),
  payableMinor: minor('net − loyalty discount: what the buyer pays for the line'),
  commissionRateBp: z.int().describe('Commission rate of the product category, in basis points'),
  commissionMinor: minor('commission rate × net'),
  restockingRateBp: z.int().describe('Restocking fee rate for buyer-fault returns, in basis points'),
  reservationId: z.uuid().nullable().describe('The catalog stock reservation backing the line'),
});

export const sellerDiscountRuleSchema = z.object({
  rateBp: z.int(),
  thresholdMinor: z.int(),
  applied: z.boolean().describe('Whether the seller order reached the threshold at checkout'),
});

export const statusStepSchema = z.object({
  from: z.enum(SellerOrderStatus).nullable(),
  to: z.enum(SellerOrderStatus),
  actorKind: z.enum(['USER', 'OPERATOR', 'SYSTEM']),
  actorId: z.uuid().nullable(),
  reason: z.string().nullable(),
  at: timestamp,
});

export const sellerOrderSchema = z.object({
  id: z.uuid(),
  purchaseId: z.uuid().nullable().describe('The checkout this order is part of; null for a trade order'),
  origin: z.enum(SellerOrderOrigin),
  tradeId: z.uuid().nullable(),
  buyerCompanyId: z.uuid(),
  buyerLegalEntityId: z.uuid().nullable(),
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  status: z.enum(SellerOrderStatus),
  paymentMode: z.enum(PaymentMode),
  paymentTermDays: z.int().nullable(),
  paid: z.boolean().describe('A prepaying buyer has paid it'),
  deliveryRegion: z.string(),
  deliveryAddress: z.string(),
  lines: z.array(sellerOrderLineSchema),
  grossMinor: z.int(),
  sellerDiscountMinor: z.int(),
  netMinor: z.int(),
  loyaltyDiscountMinor: z.int(),
  loyaltyRateBp: z.int(),
  shippingFeeMinor: minor('The outbound fee charged (F); 0 when shipping was free'),
  regionalFeeMinor: minor("The seller's fee for the delivery region (L): what a return label costs, even when shipping was free"),
  freeShipping: z.boolean(),
  commissionMinor: z.int(),
  buyerPaysMinor: minor('sum(net − loyalty) + shipping'),
  sellerDiscountRule: sellerDiscountRuleSchema.nullable().describe('The seller discount rule the order was priced with'),
  returnWindowDays: z.int(),
  returnWindowSetBySeller: z
    .boolean()
    .optional()
    .describe(
      "false: the seller set no return window of its own, and returns applies the return policy's default instead of returnWindowDays; absent or true: returnWindowDays is the seller's",
    ),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  placedByUserId: z.uuid().nullable(),
  createdAt: timestamp,
  statusChangedAt: timestamp,
  shippedAt: timestamp.nullable(),
  deliveredAt: timestamp.nullable(),
  history: z.array(statusStepSchema),
});

export const purchaseSchema = z.object({
  id: z.uuid(),
  buyerCompanyId: z.uuid(),
  buyerLegalEntityId: z.uuid(),
  placedByUserId: z.uuid(),
  currency: z.string(),
  totalMinor: minor('What the buyer pays for every seller order: sum of their buyerPays'),
  approval: z
    .object({
      status: z.enum(['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED']),
      decidedByUserId: z.uuid().nullable(),
      reason: z.string().nullable(),
      decidedAt: timestamp.nullable(),
      expiresAt: timestamp,
    })
    .nullable()
    .describe('Set when the purchase needed an approver'),
  orders: z.array(sellerOrderSchema),
  createdAt: timestamp,
});

export const cartLineSchema = z.object({
  id: z.uuid(),
  listingId: z.uuid(),
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  quantity: z.int(),
  addedAt: timestamp,
});

export const cartSchema = z.object({
  companyId: z.uuid(),
  currency: z.string().nullable(),
  lines: z.array(cartLineSchema),
});

export const lineProblemSchema = z.object({
  cartLineId: z.uuid().nullable(),
  listingId: z.uuid(),
  code: z.string(),
  message: z.string(),
});

export const checkoutPreviewSchema = z.object({
  currency: z.string(),
  orders: z.array(sellerOrderSchema.omit({ id: true, purchaseId: true, status: true, history: true, statusChangedAt: true })),
  totalMinor: z.int(),
  paymentMode: z.enum(PaymentMode),
  needsApproval: z.boolean(),
});

export const sellerTermsSchema = z.object({
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  volumeDiscount: z.object({ rateBp: z.int().min(1).max(10_000), thresholdMinor: z.int().min(0) }).nullable(),
  shippingFeeByRegionMinor: z.record(z.string(), z.int().min(0)),
  freeShippingFromNetMinor: z.int().min(0).nullable(),
  returnWindowDays: z
    .int()
    .min(0)
    .max(365)
    .nullable()
    .describe("The seller's own return window in days; null: none, the return policy's default applies"),
  restockingRateBp: z.int().min(0).max(10_000),
});

export const loyaltyTierSchema = z.object({
  fromMajor: z.string().describe('Lower bound of a year’s purchases, a decimal in major units of the currency ("1000000.00")'),
  fromInclusive: z.boolean().describe('Whether purchases of exactly fromMajor are in this tier'),
  toMajor: z.string().nullable().describe('Upper bound; null for the top tier'),
  toInclusive: z.boolean().describe('Whether purchases of exactly toMajor are in this tier'),
  rateBp: z.int().min(0).max(10_000),
});

export const pricingTablesSchema = z.object({
  defaultCommissionRateBp: z.int(),
  commissionRateBpByCategory: z.record(z.string(), z.int()),
  loyaltyTiers: z
    .record(z.string(), z.array(loyaltyTierSchema))
    .describe('Per currency; a currency without its own table uses the default one'),
  approvalExpirySeconds: z.int().describe('How long a purchase or bid waiting for an approver keeps its stock or credit before it lapses'),
  approvalExpirySetByOperator: z.boolean().describe("false: the deployment's default (ORDERS_APPROVAL_EXPIRY_SECONDS) applies"),
});

export const quickOrderRowSchema = z.object({
  line: z.int(),
  reference: z.string(),
  quantity: z.int().nullable(),
  outcome: z.enum(['ADDED', 'REJECTED']),
  listingId: z.uuid().nullable(),
  code: z.string().nullable(),
  message: z.string().nullable(),
  alternatives: z.array(z.object({ listingId: z.uuid(), sellerCompanyId: z.uuid(), unitPriceMinor: z.int(), available: z.int() })),
});

export type SellerOrderRecord = z.infer<typeof sellerOrderSchema>;
export type SellerOrderLineRecord = z.infer<typeof sellerOrderLineSchema>;
export type PurchaseRecord = z.infer<typeof purchaseSchema>;
export type CartRecord = z.infer<typeof cartSchema>;
export type CheckoutPreviewRecord = z.infer<typeof checkoutPreviewSchema>;
export type SellerTermsRecord = z.infer<typeof sellerTermsSchema>;
export type PricingTablesRecord = z.infer<typeof pricingTablesSchema>;
export type QuickOrderRow = z.infer<typeof quickOrderRowSchema>;

/** Every way an orders command can be refused; each command lists the ones it may answer. */
export enum OrdersErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  INVALID_INPUT = 'INVALID_INPUT',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  UNKNOWN_LISTING = 'UNKNOWN_LISTING',
  OWN_LISTING = 'OWN_LISTING',
  QUANTITY_BELOW_MINIMUM = 'QUANTITY_BELOW_MINIMUM',
  NOT_A_LOT_MULTIPLE = 'NOT_A_LOT_MULTIPLE',
  NON_POSITIVE_QUANTITY = 'NON_POSITIVE_QUANTITY',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  MIXED_CURRENCIES = 'MIXED_CURRENCIES',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  EMPTY_CART = 'EMPTY_CART',
  UNKNOWN_CART_LINE = 'UNKNOWN_CART_LINE',
  UNKNOWN_LEGAL_ENTITY = 'UNKNOWN_LEGAL_ENTITY',
  REGION_NOT_SHIPPED = 'REGION_NOT_SHIPPED',
  AMOUNT_OUT_OF_RANGE = 'AMOUNT_OUT_OF_RANGE',
  CREDIT_LIMIT_EXCEEDED = 'CREDIT_LIMIT_EXCEEDED',
  CREDIT_HOLD = 'CREDIT_HOLD',
  PAYMENT_NOT_RECEIVED = 'PAYMENT_NOT_RECEIVED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  UNKNOWN_PURCHASE = 'UNKNOWN_PURCHASE',
  UNKNOWN_ORDER = 'UNKNOWN_ORDER',
  UNKNOWN_LINE = 'UNKNOWN_LINE',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  NOT_AN_APPROVER = 'NOT_AN_APPROVER',
  OWN_PURCHASE = 'OWN_PURCHASE',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NOTHING_KEPT = 'NOTHING_KEPT',
  SHIPMENT_EXCEEDS_ORDERED = 'SHIPMENT_EXCEEDS_ORDERED',
  INVALID_LOYALTY_TIERS = 'INVALID_LOYALTY_TIERS',
  INVALID_RATE = 'INVALID_RATE',
  CATALOG_UNAVAILABLE = 'CATALOG_UNAVAILABLE',
  COUNTERPARTIES_UNAVAILABLE = 'COUNTERPARTIES_UNAVAILABLE',
  // A bid goes through orders to trading: trading's refusals of a bid pass through as they are.
  NON_POSITIVE_PRICE = 'NON_POSITIVE_PRICE',
  PRICE_TOO_PRECISE = 'PRICE_TOO_PRECISE',
  INVALID_MINIMUM_FILL = 'INVALID_MINIMUM_FILL',
  EXPIRY_IN_PAST = 'EXPIRY_IN_PAST',
  UNKNOWN_PRODUCT = 'UNKNOWN_PRODUCT',
  DUPLICATE_ORDER_ID = 'DUPLICATE_ORDER_ID',
  // The book's own refusals of what trading handed it: a bug of Lotbook's, told as the book told it.
  INVALID_SIDE = 'INVALID_SIDE',
  INVALID_SEQUENCE = 'INVALID_SEQUENCE',
  SEQUENCE_NOT_INCREASING = 'SEQUENCE_NOT_INCREASING',
  UNKNOWN_BID_REQUEST = 'UNKNOWN_BID_REQUEST',
  TRADING_UNAVAILABLE = 'TRADING_UNAVAILABLE',
}

const C = OrdersErrorCode;

const command = <
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly OrdersErrorCode[],
  TRetrySafe extends boolean = false,
>(
  name: string,
  messageType: string,
  description: string,
  request: TRequest,
  result: TResult,
  errors: TErrors,
  retrySafe?: TRetrySafe,
) =>
  defineCommand({
    context: 'orders',
    name,
    messageType,
    description,
    keyDescription: 'company, purchase or order id',
    request,
    result,
    errors,
    retrySafe,
  });

/** A buyer's staff acting for an APPROVED buying company. */
const BUYER = [C.FORBIDDEN, C.COMPANY_NOT_APPROVED] as const;
/** What can be wrong with a listing line a buyer orders. */
const LINE = [
  C.UNKNOWN_LISTING,
  C.OWN_LISTING,
  C.NON_POSITIVE_QUANTITY,
  C.QUANTITY_BELOW_MINIMUM,
  C.NOT_A_LOT_MULTIPLE,
  C.MIXED_CURRENCIES,
  C.CATALOG_UNAVAILABLE,
] as const;
/** A step of an order's lifecycle. */
const STEP = [C.FORBIDDEN, C.UNKNOWN_ORDER, C.TRANSITION_NOT_ALLOWED, C.CATALOG_UNAVAILABLE] as const;
/** Pricing a cart into seller orders. */
const PRICING = [
  C.EMPTY_CART,
  C.INSUFFICIENT_STOCK,
  C.REGION_NOT_SHIPPED,
  C.AMOUNT_OUT_OF_RANGE,
  C.INVALID_RATE,
  C.UNKNOWN_CURRENCY,
  C.CREDIT_LIMIT_EXCEEDED,
  C.COUNTERPARTIES_UNAVAILABLE,
] as const;

/** A bid as orders keeps it: waiting for an approver, or placed in the book (the book then holds the bid itself). */
export enum BidRequestStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  PLACED = 'PLACED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}

export const bidRequestSchema = z.object({
  id: z.uuid().describe('The bid’s id, the same in the book once placed'),
  buyerCompanyId: z.uuid(),
  legalEntityId: z.uuid().nullable(),
  placedByUserId: z.uuid(),
  productId: z.uuid(),
  currency: z.string(),
  quantity: z.int(),
  limitPriceMinor: z.int(),
  maxValueMinor: z.int().describe('quantity × limit price: what the approval rule and the credit check weigh'),
  status: z.enum(BidRequestStatus),
  decidedByUserId: z.uuid().nullable(),
  reason: z.string().nullable(),
  createdAt: timestamp,
  expiresAt: timestamp.nullable().describe('When a waiting bid expires if nobody decides'),
});

export const bidPlacementSchema = z.object({
  request: bidRequestSchema,
  placement: z
    .object({ order: tradingOrderSchema, trades: z.array(tradeSchema) })
    .nullable()
    .describe('The book’s answer once placed; null while it waits for approval'),
});

export type BidRequestRecord = z.infer<typeof bidRequestSchema>;
export type BidPlacementRecord = z.infer<typeof bidPlacementSchema>;

/** What can refuse a bid: the buyer's standing, the credit check, and trading's own checks, passed through. */
const BID = [
  C.FORBIDDEN,
  C.COMPANY_NOT_APPROVED,
  C.INVALID_INPUT,
  C.NON_POSITIVE_QUANTITY,
  C.NON_POSITIVE_PRICE,
  C.PRICE_TOO_PRECISE,
  C.UNKNOWN_CURRENCY,
  C.QUANTITY_BELOW_MINIMUM,
  C.EXPIRY_IN_PAST,
  C.INVALID_MINIMUM_FILL,
  C.UNKNOWN_PRODUCT,
  C.DUPLICATE_ORDER_ID,
  C.UNKNOWN_LEGAL_ENTITY,
  C.CREDIT_LIMIT_EXCEEDED,
  C.AMOUNT_OUT_OF_RANGE,
  C.TRADING_UNAVAILABLE,
  C.CATALOG_UNAVAILABLE,
  C.COUNTERPARTIES_UNAVAILABLE,
  C.INVALID_SIDE,
  C.INVALID_SEQUENCE,
  C.SEQUENCE_NOT_INCREASING,
] as const;

const deliveryAddressSchema = z.object({ region: z.string().min(1).max(100), address: z.string().min(5).max(500) });
const orderFilterSchema = z.object({
  statuses: z.array(z.enum(SellerOrderStatus)).optional(),
  sellerCompanyId: z.uuid().optional(),
  buyerCompanyId: z.uuid().optional(),
  companyIds: z
    .array(z.uuid())
    .max(10_000)
    .optional()
    .describe('Only orders bought or sold by one of these companies (an account manager’s)'),
  from: timestamp.optional(),
  to: timestamp.optional(),
  first: z.int().min(1).max(200).default(50),
  before: timestamp.optional().describe('Only orders created before this instant (paging newest first)'),
});

export const ordersCommands = {
  getCart: command('get-cart', 'GetCart', "The company's cart", z.object({ actor: actorSchema }), cartSchema, [C.FORBIDDEN]),
  addToCart: command(
    'add-to-cart',
    'AddToCart',
    "A buyer adds a listing line to its company's cart (the same listing again adds to its quantity)",
    z.object({ actor: actorSchema, listingId: z.uuid(), quantity: z.int() }),
    cartSchema,
    [...BUYER, ...LINE],
    true,
  ),
  updateCartLine: command(
    'update-cart-line',
    'UpdateCartLine',
    'A buyer changes the quantity of a cart line; 0 removes it',
    z.object({ actor: actorSchema, lineId: z.uuid(), quantity: z.int() }),
    cartSchema,
    [...BUYER, ...LINE, C.UNKNOWN_CART_LINE],
    true,
  ),
  clearCart: command('clear-cart', 'ClearCart', 'Empty the cart', z.object({ actor: actorSchema }), cartSchema, [C.FORBIDDEN], true),
  previewCheckout: command(
    'preview-checkout',
    'PreviewCheckout',
    'The cart split into one seller order per seller with every amount, without changing anything',
    z.object({ actor: actorSchema, deliveryRegion: z.string().min(1).max(100) }),
    checkoutPreviewSchema,
    [...BUYER, ...LINE, ...PRICING, C.INVALID_INPUT],
  ),
  checkout: command(
    'checkout',
    'Checkout',
    "Place the cart for one of the company's legal entities: stock reserved for every line or none, one seller order per seller",
    z.object({
      actor: actorSchema,
      legalEntityId: z.uuid(),
      deliveryAddress: deliveryAddressSchema,
      idempotencyKey: z.string().min(1).max(200),
    }),
    purchaseSchema,
    [...BUYER, ...LINE, ...PRICING, C.UNKNOWN_LEGAL_ENTITY, C.IDEMPOTENCY_KEY_REUSED, C.INVALID_INPUT],
  ),
  decideApproval: command(
    'decide-approval',
    'DecideApproval',
    'An approver of the buyer approves or rejects (with a reason) a purchase waiting for approval',
    z.object({ actor: actorSchema, purchaseId: z.uuid(), approve: z.boolean(), reason: z.string().max(1000).optional() }),
    purchaseSchema,
    [C.UNKNOWN_PURCHASE, C.NOT_AN_APPROVER, C.OWN_PURCHASE, C.REASON_REQUIRED, C.TRANSITION_NOT_ALLOWED, C.CATALOG_UNAVAILABLE],
    true,
  ),
  confirmOrder: command(
    'confirm-order',
    'ConfirmOrder',
    'The seller accepts a placed order, possibly refusing some lines or units (their stock is released)',
    z.object({
      actor: actorSchema,
      orderId: z.uuid(),
      refusals: z.array(z.object({ lineId: z.uuid(), quantity: z.int() })).default([]),
      reason: z.string().max(1000).optional(),
    }),
    sellerOrderSchema,
    [...STEP, C.UNKNOWN_LINE, C.INVALID_INPUT, C.REASON_REQUIRED, C.NOTHING_KEPT, C.INSUFFICIENT_STOCK],
    true,
  ),
  shipOrder: command(
    'ship-order',
    'ShipOrder',
    'The seller ships a confirmed order with carrier, tracking number and shipped quantities',
    z.object({
      actor: actorSchema,
      orderId: z.uuid(),
      carrier: z.string().min(1).max(200),
      trackingNumber: z.string().min(1).max(200),
      lines: z
        .array(z.object({ lineId: z.uuid(), quantity: z.int() }))
        .optional()
        .describe('Shipped quantities; all of each line when omitted'),
    }),
    sellerOrderSchema,
    [...STEP, C.UNKNOWN_LINE, C.INVALID_INPUT, C.SHIPMENT_EXCEEDS_ORDERED, C.PAYMENT_NOT_RECEIVED, C.CREDIT_HOLD],
    true,
  ),
  confirmDelivery: command(
    'confirm-delivery',
    'ConfirmDelivery',
    'The buyer confirms a shipped order arrived',
    z.object({ actor: actorSchema, orderId: z.uuid() }),
    sellerOrderSchema,
    [...STEP],
    true,
  ),
  cancelOrder: command(
    'cancel-order',
    'CancelSellerOrder',
    'Cancel a seller order from a state that allows it (the buyer before confirmation; an operator); its stock is released',
    z.object({ actor: actorSchema, orderId: z.uuid(), reason: z.string().min(1).max(1000) }),
    sellerOrderSchema,
    [...STEP, C.REASON_REQUIRED],
    true,
  ),
  getPurchase: command(
    'get-purchase',
    'GetPurchase',
    'One purchase with its seller orders',
    z.object({ actor: actorSchema, purchaseId: z.uuid() }),
    purchaseSchema,
    [C.UNKNOWN_PURCHASE],
  ),
  listPurchases: command(
    'list-purchases',
    'ListPurchases',
    "The buyer's purchases, newest first; approvers may ask for those waiting for them",
    z.object({
      actor: actorSchema,
      awaitingApprovalOnly: z.boolean().default(false),
      first: z.int().min(1).max(200).default(50),
      before: timestamp.optional(),
    }),
    z.object({ purchases: z.array(purchaseSchema) }),
    [C.FORBIDDEN],
  ),
  getOrder: command(
    'get-order',
    'GetSellerOrder',
    'One seller order, for its buyer, its seller, the account manager or an operator',
    z.object({ actor: actorSchema, orderId: z.uuid() }),
    sellerOrderSchema,
    [C.UNKNOWN_ORDER],
  ),
  listOrders: command(
    'list-orders',
    'ListSellerOrders',
    'Seller orders the asker may see (a buyer its own, a seller its own, an operator all), filtered, newest first',
    z.object({ actor: actorSchema, filter: orderFilterSchema }),
    z.object({ orders: z.array(sellerOrderSchema) }),
    [C.FORBIDDEN],
  ),
  getSellerTerms: command(
    'get-seller-terms',
    'GetSellerTerms',
    "A seller's pricing terms in a currency (volume discount, shipping table, return window, restocking rate)",
    z.object({ actor: actorSchema, sellerCompanyId: z.uuid(), currency: z.string() }),
    sellerTermsSchema,
    [C.UNKNOWN_CURRENCY],
  ),
  setSellerTerms: command(
    'set-seller-terms',
    'SetSellerTerms',
    'A seller sets its volume discount, shipping table, return window and restocking rate in a currency',
    z.object({ actor: actorSchema, terms: sellerTermsSchema.omit({ sellerCompanyId: true }) }),
    sellerTermsSchema,
    [C.FORBIDDEN, C.UNKNOWN_CURRENCY, C.INVALID_INPUT],
    true,
  ),
  getPricingTables: command(
    'get-pricing-tables',
    'GetPricingTables',
    "The operator's commission and loyalty tables",
    z.object({ actor: actorSchema }),
    pricingTablesSchema,
    [],
  ),
  setCommissionRate: command(
    'set-commission-rate',
    'SetCommissionRate',
    'An operator sets the commission rate of a category (or the default, without a category)',
    z.object({ actor: actorSchema, categoryId: z.uuid().optional(), rateBp: z.int().min(0).max(10_000) }),
    pricingTablesSchema,
    [C.FORBIDDEN, C.INVALID_RATE],
    true,
  ),
  setLoyaltyTiers: command(
    'set-loyalty-tiers',
    'SetLoyaltyTiers',
    "An operator replaces a currency's loyalty tier table",
    z.object({ actor: actorSchema, currency: z.string(), tiers: z.array(loyaltyTierSchema).min(1) }),
    pricingTablesSchema,
    [C.FORBIDDEN, C.UNKNOWN_CURRENCY, C.INVALID_LOYALTY_TIERS],
    true,
  ),
  setApprovalExpiry: command(
    'set-approval-expiry',
    'SetApprovalExpiry',
    'An operator sets how long a purchase or bid waits for an approver before it lapses (its stock or credit released); ' +
      'it applies to what waits from then on',
    z.object({ actor: actorSchema, hours: z.int() }),
    pricingTablesSchema,
    [C.FORBIDDEN, C.INVALID_INPUT],
    true,
  ),
  quickOrder: command(
    'quick-order',
    'QuickOrder',
    'Add to the cart from a list of (seller SKU or product code, quantity) rows (pasted or CSV); a per-row report; a product code takes the offer cheapest for this buyer that can fill the quantity',
    z.object({ actor: actorSchema, csv: z.string().max(1_000_000) }),
    z.object({ rows: z.array(quickOrderRowSchema), cart: cartSchema }),
    [...BUYER, C.INVALID_INPUT, C.CATALOG_UNAVAILABLE],
    true,
  ),
  reorder: command(
    'reorder',
    'Reorder',
    'Put the lines of an earlier purchase into the cart at today’s prices',
    z.object({ actor: actorSchema, purchaseId: z.uuid() }),
    z.object({ rows: z.array(quickOrderRowSchema), cart: cartSchema }),
    [...BUYER, C.UNKNOWN_PURCHASE, C.CATALOG_UNAVAILABLE],
    true,
  ),
  placeBid: command(
    'place-bid',
    'RequestBid',
    "A buyer's bid goes through orders: above the company's approval threshold (quantity × limit price) a purchaser's bid waits for an approver; otherwise, within the credit limit, orders places it in the book and holds its value against the credit until it fills or closes",
    z.object({
      actor: actorSchema,
      orderId: z.uuid(),
      productId: z.uuid(),
      currency: z.string(),
      legalEntityId: z.uuid().optional(),
      quantity: z.int(),
      limitPriceMinor: z.int().optional(),
      limitPrice: z.string().max(40).optional(),
      minimumFill: z.int().default(1),
      acceptedRegions: z.array(z.string().max(80)).max(50).default([]),
      expiresAt: timestamp.optional(),
    }),
    bidPlacementSchema,
    BID,
    true,
  ),
  decideBid: command(
    'decide-bid',
    'DecideBid',
    'An approver of the buyer approves (the bid is then placed in the book, within the credit limit) or rejects with a reason a bid waiting for approval',
    z.object({ actor: actorSchema, bidId: z.uuid(), approve: z.boolean(), reason: z.string().max(1000).optional() }),
    bidPlacementSchema,
    [...BID, C.UNKNOWN_BID_REQUEST, C.NOT_AN_APPROVER, C.OWN_PURCHASE, C.REASON_REQUIRED, C.TRANSITION_NOT_ALLOWED],
    true,
  ),
  listBidRequests: command(
    'list-bid-requests',
    'ListBidRequests',
    "The company's bids as orders keeps them, newest first; approvers may ask for those waiting",
    z.object({ actor: actorSchema, awaitingApprovalOnly: z.boolean().default(false), first: z.int().min(1).max(200).default(50) }),
    z.object({ requests: z.array(bidRequestSchema) }),
    [C.FORBIDDEN],
  ),
};

/** `orders.order.state-changed`: every status change of a seller order, with the stored figures. */
export const sellerOrderStateChanged = defineEvent({
  name: 'orders.order.state-changed',
  owner: 'orders',
  partitions: ORDERS_PARTITIONS,
  messageType: 'SellerOrderStateChanged',
  version: 1,
  description:
    'A seller order was placed (from null), approved, paid, confirmed (possibly with refused lines), shipped, delivered, completed or cancelled; the payload carries the order with every stored figure after the change',
  keyDescription: 'seller order id',
  payload: z.object({
    from: z.enum(SellerOrderStatus).nullable(),
    to: z.enum(SellerOrderStatus),
    order: sellerOrderSchema,
    actorKind: z.enum(['USER', 'OPERATOR', 'SYSTEM']),
    actorId: z.uuid().nullable(),
    reason: z.string().nullable(),
  }),
});

/** `orders.order.escalated`: a seller order stayed longer than its status's time limit. */
export const sellerOrderEscalated = defineEvent({
  name: 'orders.order.escalated',
  owner: 'orders',
  partitions: ORDERS_PARTITIONS,
  messageType: 'SellerOrderEscalated',
  version: 1,
  description:
    'A seller order stayed in a status longer than its time limit; raised once per status, for the account manager of the company responsible',
  keyDescription: 'seller order id',
  payload: z.object({
    orderId: z.uuid(),
    status: z.enum(SellerOrderStatus),
    since: timestamp,
    limitSeconds: z.int(),
    responsibleCompanyId: z.uuid(),
    accountManagerId: z.uuid().nullable(),
  }),
});

export type SellerOrderStateChangedPayload = z.infer<typeof sellerOrderStateChanged.payload>;
