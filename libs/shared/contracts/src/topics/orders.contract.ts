import { z } from 'zod';
import { actorSchema } from '../command-result';
import { defineCommand } from '../command-contract';
import { defineEvent } from '../topic-registry';

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
  totalMinor: minor("What the buyer pays for every seller order: sum of their buyerPays"),
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
  returnWindowDays: z.int().min(0).max(365),
  restockingRateBp: z.int().min(0).max(10_000),
});

export const loyaltyTierSchema = z.object({
  fromPurchasesMinor: z.int().min(0),
  inclusive: z.boolean().describe('Whether a company with exactly fromPurchasesMinor is in this tier'),
  rateBp: z.int().min(0).max(10_000),
});

export const pricingTablesSchema = z.object({
  defaultCommissionRateBp: z.int(),
  commissionRateBpByCategory: z.record(z.string(), z.int()),
  loyaltyTiers: z.record(z.string(), z.array(loyaltyTierSchema)).describe('Per currency, in minor units'),
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

const command = <TRequest extends z.ZodType, TResult extends z.ZodType>(
  name: string,
  messageType: string,
  description: string,
  request: TRequest,
  result: TResult,
) => defineCommand({ context: 'orders', name, messageType, description, keyDescription: 'company, purchase or order id', request, result });

const deliveryAddressSchema = z.object({ region: z.string().min(1).max(100), address: z.string().min(5).max(500) });
const orderFilterSchema = z.object({
  statuses: z.array(z.enum(SellerOrderStatus)).optional(),
  sellerCompanyId: z.uuid().optional(),
  buyerCompanyId: z.uuid().optional(),
  from: timestamp.optional(),
  to: timestamp.optional(),
  first: z.int().min(1).max(200).default(50),
  before: timestamp.optional().describe('Only orders created before this instant (paging newest first)'),
});

export const ordersCommands = {
  getCart: command('get-cart', 'GetCart', "The company's cart", z.object({ actor: actorSchema }), cartSchema),
  addToCart: command(
    'add-to-cart',
    'AddToCart',
    "A buyer adds a listing line to its company's cart (the same listing again adds to its quantity)",
    z.object({ actor: actorSchema, listingId: z.uuid(), quantity: z.int() }),
    cartSchema,
  ),
  updateCartLine: command(
    'update-cart-line',
    'UpdateCartLine',
    'A buyer changes the quantity of a cart line; 0 removes it',
    z.object({ actor: actorSchema, lineId: z.uuid(), quantity: z.int() }),
    cartSchema,
  ),
  clearCart: command('clear-cart', 'ClearCart', 'Empty the cart', z.object({ actor: actorSchema }), cartSchema),
  previewCheckout: command(
    'preview-checkout',
    'PreviewCheckout',
    'The cart split into one seller order per seller with every amount, without changing anything',
    z.object({ actor: actorSchema, deliveryRegion: z.string().min(1).max(100) }),
    checkoutPreviewSchema,
  ),
  checkout: command(
    'checkout',
    'Checkout',
    "Place the cart for one of the company's legal entities: stock reserved for every line or none, one seller order per seller",
    z.object({ actor: actorSchema, legalEntityId: z.uuid(), deliveryAddress: deliveryAddressSchema, idempotencyKey: z.string().min(1).max(200) }),
    purchaseSchema,
  ),
  decideApproval: command(
    'decide-approval',
    'DecideApproval',
    "An approver of the buyer approves or rejects (with a reason) a purchase waiting for approval",
    z.object({ actor: actorSchema, purchaseId: z.uuid(), approve: z.boolean(), reason: z.string().max(1000).optional() }),
    purchaseSchema,
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
      lines: z.array(z.object({ lineId: z.uuid(), quantity: z.int() })).optional().describe('Shipped quantities; all of each line when omitted'),
    }),
    sellerOrderSchema,
  ),
  confirmDelivery: command(
    'confirm-delivery',
    'ConfirmDelivery',
    'The buyer confirms a shipped order arrived',
    z.object({ actor: actorSchema, orderId: z.uuid() }),
    sellerOrderSchema,
  ),
  cancelOrder: command(
    'cancel-order',
    'CancelSellerOrder',
    'Cancel a seller order from a state that allows it (the buyer before confirmation; an operator); its stock is released',
    z.object({ actor: actorSchema, orderId: z.uuid(), reason: z.string().min(1).max(1000) }),
    sellerOrderSchema,
  ),
  getPurchase: command('get-purchase', 'GetPurchase', 'One purchase with its seller orders', z.object({ actor: actorSchema, purchaseId: z.uuid() }), purchaseSchema),
  listPurchases: command(
    'list-purchases',
    'ListPurchases',
    "The buyer's purchases, newest first; approvers may ask for those waiting for them",
    z.object({ actor: actorSchema, awaitingApprovalOnly: z.boolean().default(false), first: z.int().min(1).max(200).default(50), before: timestamp.optional() }),
    z.object({ purchases: z.array(purchaseSchema) }),
  ),
  getOrder: command('get-order', 'GetSellerOrder', 'One seller order, for its buyer, its seller, the account manager or an operator', z.object({ actor: actorSchema, orderId: z.uuid() }), sellerOrderSchema),
  listOrders: command(
    'list-orders',
    'ListSellerOrders',
    'Seller orders the asker may see (a buyer its own, a seller its own, an operator all or those of the companies it manages), filtered, newest first',
    z.object({ actor: actorSchema, filter: orderFilterSchema, managedOnly: z.boolean().default(false) }),
    z.object({ orders: z.array(sellerOrderSchema) }),
  ),
  getSellerTerms: command(
    'get-seller-terms',
    'GetSellerTerms',
    "A seller's pricing terms in a currency (volume discount, shipping table, return window, restocking rate)",
    z.object({ actor: actorSchema, sellerCompanyId: z.uuid(), currency: z.string() }),
    sellerTermsSchema,
  ),
  setSellerTerms: command(
    'set-seller-terms',
    'SetSellerTerms',
    'A seller sets its volume discount, shipping table, return window and restocking rate in a currency',
    z.object({ actor: actorSchema, terms: sellerTermsSchema.omit({ sellerCompanyId: true }) }),
    sellerTermsSchema,
  ),
  getPricingTables: command('get-pricing-tables', 'GetPricingTables', "The operator's commission and loyalty tables", z.object({ actor: actorSchema }), pricingTablesSchema),
  setCommissionRate: command(
    'set-commission-rate',
    'SetCommissionRate',
    'An operator sets the commission rate of a category (or the default, without a category)',
    z.object({ actor: actorSchema, categoryId: z.uuid().optional(), rateBp: z.int().min(0).max(10_000) }),
    pricingTablesSchema,
  ),
  setLoyaltyTiers: command(
    'set-loyalty-tiers',
    'SetLoyaltyTiers',
    "An operator replaces a currency's loyalty tier table",
    z.object({ actor: actorSchema, currency: z.string(), tiers: z.array(loyaltyTierSchema).min(1) }),
    pricingTablesSchema,
  ),
  quickOrder: command(
    'quick-order',
    'QuickOrder',
    'Add to the cart from a list of (seller SKU or product code, quantity) rows (pasted or CSV); a per-row report; a product code takes the offer cheapest for this buyer that can fill the quantity',
    z.object({ actor: actorSchema, csv: z.string().max(1_000_000) }),
    z.object({ rows: z.array(quickOrderRowSchema), cart: cartSchema }),
  ),
  reorder: command(
    'reorder',
    'Reorder',
    'Put the lines of an earlier purchase into the cart at today’s prices',
    z.object({ actor: actorSchema, purchaseId: z.uuid() }),
    z.object({ rows: z.array(quickOrderRowSchema), cart: cartSchema }),
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
  description: 'A seller order stayed in a status longer than its time limit; raised once per status, for the account manager of the company responsible',
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
