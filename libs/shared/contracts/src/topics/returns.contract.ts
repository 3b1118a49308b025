import { z } from 'zod';
import { actorSchema } from '../command-result';
import { defineCommand } from '../command-contract';
import { defineEvent } from '../topic-registry';

/** Where one seller's return stands; the transition table is in `@lotbook/returns-domain` and the README. REFUNDED is final. */
export enum ReturnStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DISPUTED = 'DISPUTED',
  RECEIVED = 'RECEIVED',
  REFUNDED = 'REFUNDED',
}

/** Why the buyer returns an item; the reason decides whose fault it is, and so who pays. */
export enum ReturnReason {
  DEFECTIVE = 'DEFECTIVE',
  NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED',
  WRONG_ITEM = 'WRONG_ITEM',
  CHANGED_MIND = 'CHANGED_MIND',
  ORDERED_BY_MISTAKE = 'ORDERED_BY_MISTAKE',
  DAMAGED_IN_TRANSIT = 'DAMAGED_IN_TRANSIT',
}

/** Whose fault a returned item is: the row of the who-pays table. */
export enum ReturnFault {
  SELLER = 'SELLER',
  BUYER = 'BUYER',
  CARRIER = 'CARRIER',
}

/** A step of a seller return's lifecycle, as its history records it. */
export enum ReturnAction {
  FILE = 'FILE',
  ACCEPT = 'ACCEPT',
  ACCEPT_CARRIER_CLAIM = 'ACCEPT_CARRIER_CLAIM',
  DISPUTE = 'DISPUTE',
  DECIDE_DISPUTE = 'DECIDE_DISPUTE',
  CONFIRM_RECEIPT = 'CONFIRM_RECEIPT',
  CONFIRM_REFUND = 'CONFIRM_REFUND',
}

/** The machine name of every amount a return quote shows (`@lotbook/returns-domain`'s ReturnAmountName). */
export enum ReturnAmountName {
  NET_SHARE = 'NET_SHARE',
  LOYALTY_DISCOUNT_SHARE = 'LOYALTY_DISCOUNT_SHARE',
  COMMISSION_SHARE = 'COMMISSION_SHARE',
  OUTBOUND_FEE_SHARE = 'OUTBOUND_FEE_SHARE',
  RETURN_LABEL_SHARE = 'RETURN_LABEL_SHARE',
  GIVE_BACK = 'GIVE_BACK',
  CLAWBACK_SHARE = 'CLAWBACK_SHARE',
  CLAWBACK_DEDUCTED = 'CLAWBACK_DEDUCTED',
  RESTOCKING_FEE = 'RESTOCKING_FEE',
  RESTOCKING_DEDUCTED = 'RESTOCKING_DEDUCTED',
  RETURN_LABEL_DEDUCTED = 'RETURN_LABEL_DEDUCTED',
  REFUND = 'REFUND',
  SELLER_PAYS = 'SELLER_PAYS',
  PLATFORM_PAYS = 'PLATFORM_PAYS',
  RETURN_LABEL = 'RETURN_LABEL',
  CLAWBACK_DUE = 'CLAWBACK_DUE',
  CLAWBACK_HELD = 'CLAWBACK_HELD',
  CLAWBACK_LEFT_DUE = 'CLAWBACK_LEFT_DUE',
  SELLERS_PAY = 'SELLERS_PAY',
  RETURN_LABELS = 'RETURN_LABELS',
}

export const RETURNS_PARTITIONS = 6;

const minor = (description: string) => z.int().describe(description);
const timestamp = z.iso.datetime({ offset: true });

export const returnAmountSchema = z.object({
  name: z.enum(ReturnAmountName),
  amountMinor: z.int(),
  reasonId: z.int().min(0).describe("Why, in words, for the buyer: an index into the quote's `reasons`"),
});

export const returnItemQuoteSchema = z.object({
  lineId: z.uuid(),
  sellerOrderId: z.uuid(),
  quantity: z.int(),
  reason: z.enum(ReturnReason),
  fault: z.enum(ReturnFault),
  returnedBefore: z.int().describe('Units of the line earlier returns took: the item holds units (before, before + quantity]'),
  netShare: returnAmountSchema,
  loyaltyDiscountShare: returnAmountSchema,
  commissionShare: returnAmountSchema,
  outboundFeeShare: returnAmountSchema,
  returnLabelShare: returnAmountSchema,
  giveBack: returnAmountSchema,
  clawbackShare: returnAmountSchema,
  clawbackDeducted: returnAmountSchema,
  restockingFee: returnAmountSchema,
  restockingDeducted: returnAmountSchema,
  returnLabelDeducted: returnAmountSchema,
  refund: returnAmountSchema,
  sellerPays: returnAmountSchema,
  platformPays: returnAmountSchema,
});

export const returnTotalsSchema = z.object({
  netShareMinor: z.int(),
  loyaltyDiscountShareMinor: z.int(),
  commissionShareMinor: z.int(),
  outboundFeeRefundedMinor: z.int(),
  giveBackMinor: z.int(),
  clawbackDeductedMinor: z.int(),
  restockingDeductedMinor: z.int(),
  returnLabelDeductedMinor: z.int(),
  refundMinor: z.int(),
  sellerPaysMinor: z.int(),
  platformPaysMinor: z.int(),
});

export const sellerOrderReturnQuoteSchema = z.object({
  sellerOrderId: z.uuid(),
  sellerCompanyId: z.uuid(),
  lineIds: z.array(z.uuid()),
  returnLabel: returnAmountSchema,
  outboundFeeShare: returnAmountSchema,
  clawback: z.object({
    triggered: z.boolean(),
    keptGrossMinor: z.int(),
    due: returnAmountSchema,
    heldBefore: returnAmountSchema,
    thisReturnMinor: z.int(),
    deducted: returnAmountSchema,
    leftDue: returnAmountSchema,
    giveBack: returnAmountSchema,
  }),
  totals: returnTotalsSchema,
});

/**
 * Every amount of a return, per item, per seller order and in all: the return allocation of
 * `@lotbook/returns-domain`, with its reasons in words listed once (`reasons`) and named by index.
 */
export const returnQuoteSchema = z.object({
  currency: z.string(),
  items: z.array(returnItemQuoteSchema),
  sellerOrders: z.array(sellerOrderReturnQuoteSchema),
  refund: returnAmountSchema,
  sellersPay: returnAmountSchema,
  platformPays: returnAmountSchema,
  returnLabels: returnAmountSchema,
  totals: returnTotalsSchema,
  reasons: z
    .array(z.string())
    .describe(
      'Every reason in words the amounts give, each once (an amount names its own by reasonId): a quote of many items repeats few texts',
    ),
  policyVersion: z.int().min(1).describe('The version of the return policy (its fault and window tables) the figures follow'),
});

export const sellerReturnItemSchema = z.object({
  lineId: z.uuid(),
  listingId: z.uuid(),
  productName: z.string(),
  sellerSku: z.string(),
  quantity: z.int(),
  reason: z.enum(ReturnReason),
  fault: z.enum(ReturnFault),
  filedReason: z.enum(ReturnReason).describe('The reason the buyer gave; an operator may have changed it'),
  comment: z.string().nullable().describe("The buyer's comment"),
});

export const returnStepSchema = z.object({
  action: z.enum(ReturnAction),
  from: z.enum(ReturnStatus).nullable(),
  to: z.enum(ReturnStatus),
  actorKind: z.enum(['USER', 'OPERATOR', 'SYSTEM']),
  actorId: z.uuid().nullable(),
  note: z.string().nullable(),
  at: timestamp,
});

/** One seller's part of a return: its items, the allocation of its seller order's part, its lifecycle. */
export const sellerReturnSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid().describe('The return request it was filed with (one per fileReturn, one seller return per seller order)'),
  purchaseId: z.uuid().nullable().describe('null for a trade order'),
  sellerOrderId: z.uuid(),
  buyerCompanyId: z.uuid(),
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  status: z.enum(ReturnStatus),
  carrierClaimAccepted: z.boolean(),
  items: z.array(sellerReturnItemSchema),
  allocation: returnQuoteSchema.describe("This seller order's part of the return's allocation, as it stands"),
  allocationBeforeDecision: returnQuoteSchema.nullable().describe('The figures before an operator changed a reason (null when none did)'),
  policyVersion: z
    .int()
    .min(1)
    .describe('The return policy version the return was filed under: its figures, and any recomputation on a decision, follow it'),
  refundMinor: minor('What the buyer gets back from this seller return'),
  sellerPaysMinor: minor('What the seller pays'),
  platformPaysMinor: minor('What the platform pays'),
  returnLabelMinor: minor('L: the label of this seller order’s parcel'),
  filedAt: timestamp,
  statusChangedAt: timestamp,
  refundedAt: timestamp.nullable(),
  history: z.array(returnStepSchema),
});

export const returnRequestSchema = z.object({
  id: z.uuid(),
  purchaseId: z.uuid().nullable(),
  sellerOrderId: z.uuid().nullable().describe('The trade order returned from, when the return is of a trade order rather than a purchase'),
  buyerCompanyId: z.uuid(),
  filedByUserId: z.uuid(),
  filedAt: timestamp,
  quote: returnQuoteSchema.describe('The figures as filed: exactly the quote of the same input'),
  returns: z.array(sellerReturnSchema),
});

export const returnableLineSchema = z.object({
  lineId: z.uuid(),
  sellerOrderId: z.uuid(),
  sellerCompanyId: z.uuid(),
  listingId: z.uuid(),
  productName: z.string(),
  sellerSku: z.string(),
  orderStatus: z.string(),
  deliveredQuantity: z.int(),
  returnedQuantity: z.int(),
  returnableQuantity: z.int().describe('Units still returnable now (0 once the window has closed or before delivery)'),
  returnWindowClosesAt: timestamp.nullable(),
});

export const purchaseReturnsSchema = z.object({
  purchaseId: z.uuid().nullable(),
  sellerOrderId: z.uuid().nullable(),
  lines: z.array(returnableLineSchema),
  returns: z.array(sellerReturnSchema),
});

/** One row of the policy's reason → fault table. */
export const reasonFaultSchema = z.object({ reason: z.enum(ReturnReason), fault: z.enum(ReturnFault) });

/** What one change of the policy moved: a reason's fault, or the default window (then `reason` is null). */
export const returnPolicyDifferenceSchema = z.object({
  table: z.enum(['FAULT_BY_REASON', 'DEFAULT_RETURN_WINDOW_DAYS']),
  reason: z.enum(ReturnReason).nullable(),
  from: z.string(),
  to: z.string(),
});

/** One version of the return policy's tables, with who set it, when and why. Versions are never changed: a change adds one. */
export const returnPolicySchema = z.object({
  version: z.int().min(1),
  faultByReason: z.array(reasonFaultSchema).describe('Every reason, in the policy’s order, with whose fault it is'),
  defaultReturnWindowDays: z.int().describe('Days after delivery a return may be filed from a seller that set no window of its own'),
  changedAt: timestamp,
  changedByKind: z.enum(['OPERATOR', 'SYSTEM']).describe('SYSTEM: the defaults the service started with'),
  changedById: z.uuid().nullable().describe('The operator (shown to operators only)'),
  note: z.string().describe('Why'),
  differences: z.array(returnPolicyDifferenceSchema).describe('What this version moved from the one before (none for the first)'),
});

export type ReturnQuoteRecord = z.infer<typeof returnQuoteSchema>;
export type ReturnPolicyRecord = z.infer<typeof returnPolicySchema>;
export type SellerReturnRecord = z.infer<typeof sellerReturnSchema>;
export type ReturnRequestRecord = z.infer<typeof returnRequestSchema>;
export type PurchaseReturnsRecord = z.infer<typeof purchaseReturnsSchema>;

/** Every way a returns command can be refused; each command lists the ones it may answer. */
export enum ReturnsErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  INVALID_INPUT = 'INVALID_INPUT',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  UNKNOWN_PURCHASE = 'UNKNOWN_PURCHASE',
  UNKNOWN_ORDER = 'UNKNOWN_ORDER',
  UNKNOWN_LINE = 'UNKNOWN_LINE',
  DUPLICATE_LINE = 'DUPLICATE_LINE',
  NON_POSITIVE_QUANTITY = 'NON_POSITIVE_QUANTITY',
  QUANTITY_NOT_RETURNABLE = 'QUANTITY_NOT_RETURNABLE',
  UNKNOWN_REASON = 'UNKNOWN_REASON',
  EMPTY_RETURN = 'EMPTY_RETURN',
  ORDER_NOT_DELIVERED = 'ORDER_NOT_DELIVERED',
  RETURN_WINDOW_CLOSED = 'RETURN_WINDOW_CLOSED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  UNKNOWN_RETURN = 'UNKNOWN_RETURN',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  OPERATOR_ACCEPTANCE_REQUIRED = 'OPERATOR_ACCEPTANCE_REQUIRED',
  NOTHING_TO_DISPUTE = 'NOTHING_TO_DISPUTE',
  NOTE_REQUIRED = 'NOTE_REQUIRED',
  UNKNOWN_FAULT = 'UNKNOWN_FAULT',
  DUPLICATE_REASON = 'DUPLICATE_REASON',
  INVALID_RETURN_WINDOW = 'INVALID_RETURN_WINDOW',
  POLICY_UNCHANGED = 'POLICY_UNCHANGED',
  RETURN_POLICY_CHANGED = 'RETURN_POLICY_CHANGED',
}

const C = ReturnsErrorCode;

const command = <
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly ReturnsErrorCode[],
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
    context: 'returns',
    name,
    messageType,
    description,
    keyDescription: 'purchase, seller order or seller return id',
    request,
    result,
    errors,
    retrySafe,
  });

/** What can be wrong with the items of a return to quote or file. */
const ITEMS = [
  C.FORBIDDEN,
  C.COMPANY_NOT_APPROVED,
  C.UNKNOWN_PURCHASE,
  C.UNKNOWN_ORDER,
  C.UNKNOWN_LINE,
  C.DUPLICATE_LINE,
  C.NON_POSITIVE_QUANTITY,
  C.QUANTITY_NOT_RETURNABLE,
  C.UNKNOWN_REASON,
  C.EMPTY_RETURN,
  C.ORDER_NOT_DELIVERED,
  C.RETURN_WINDOW_CLOSED,
] as const;
/** A step of a seller return's lifecycle. */
const STEP = [C.FORBIDDEN, C.UNKNOWN_RETURN, C.TRANSITION_NOT_ALLOWED] as const;

const returnItemRequestSchema = z.object({
  lineId: z.uuid(),
  quantity: z.int(),
  reason: z.string().min(1).max(100).describe('A ReturnReason; anything else is refused with UNKNOWN_REASON'),
  comment: z.string().max(2000).optional().describe('The buyer’s comment for the seller; kept when filed, ignored by a quote'),
});
const reasonChangesSchema = z
  .array(z.object({ lineId: z.uuid(), reason: z.string().min(1).max(100) }))
  .max(200)
  .default([])
  .describe("An operator's new reasons for some items");
const returnScopeSchema = {
  purchaseId: z.uuid().optional().describe('The purchase returned from'),
  sellerOrderId: z.uuid().optional().describe('Or the trade order returned from (a seller order without a purchase)'),
};

export const returnsCommands = {
  quoteReturn: command(
    'quote-return',
    'QuoteReturn',
    'Every amount of a return of some items of a purchase (or of one trade order), per item and per seller, with who pays it; changes nothing',
    z.object({ actor: actorSchema, ...returnScopeSchema, items: z.array(returnItemRequestSchema).max(200) }),
    returnQuoteSchema,
    [...ITEMS, C.INVALID_INPUT],
  ),
  fileReturn: command(
    'file-return',
    'FileReturn',
    'File a return with the same input as its quote: exactly the quoted figures, one seller return per seller order; a retry with the same key files nothing new',
    z.object({
      actor: actorSchema,
      ...returnScopeSchema,
      items: z.array(returnItemRequestSchema).max(200),
      idempotencyKey: z.string().min(1).max(200),
      policyVersion: z
        .int()
        .optional()
        .describe("The policy version of the buyer's quote: refused with RETURN_POLICY_CHANGED when another is current now"),
    }),
    returnRequestSchema,
    [...ITEMS, C.INVALID_INPUT, C.IDEMPOTENCY_KEY_REUSED, C.RETURN_POLICY_CHANGED],
  ),
  getReturn: command(
    'get-return',
    'GetSellerReturn',
    'One seller return with its figures and history, for its buyer, its seller or an operator',
    z.object({ actor: actorSchema, returnId: z.uuid() }),
    sellerReturnSchema,
    [C.UNKNOWN_RETURN],
  ),
  listReturns: command(
    'list-returns',
    'ListSellerReturns',
    'Seller returns the asker may see (a buyer its own, a seller those of its orders, an operator all), filtered, newest first',
    z.object({
      actor: actorSchema,
      filter: z.object({
        statuses: z.array(z.enum(ReturnStatus)).optional(),
        purchaseId: z.uuid().optional(),
        sellerOrderId: z.uuid().optional(),
        first: z.int().min(1).max(100).default(50),
        before: timestamp.optional().describe('Only returns filed before this instant (paging newest first)'),
      }),
    }),
    z.object({ returns: z.array(sellerReturnSchema) }),
    [C.FORBIDDEN],
  ),
  purchaseReturns: command(
    'purchase-returns',
    'PurchaseReturns',
    "A purchase's (or trade order's) return history, with what is still returnable per line, for its buyer or an operator",
    z.object({ actor: actorSchema, ...returnScopeSchema }),
    purchaseReturnsSchema,
    [C.UNKNOWN_PURCHASE, C.UNKNOWN_ORDER],
  ),
  acceptReturn: command(
    'accept-return',
    'AcceptReturn',
    'The seller accepts its part of a return (a carrier-fault item needs an operator’s acceptance first)',
    z.object({ actor: actorSchema, returnId: z.uuid() }),
    sellerReturnSchema,
    [...STEP, C.OPERATOR_ACCEPTANCE_REQUIRED],
    true,
  ),
  disputeReturn: command(
    'dispute-return',
    'DisputeReturn',
    'The seller contests a seller-fault reason of its part of a return, with a written note; an operator decides',
    z.object({ actor: actorSchema, returnId: z.uuid(), note: z.string().max(4000) }),
    sellerReturnSchema,
    [...STEP, C.NOTHING_TO_DISPUTE, C.NOTE_REQUIRED],
    true,
  ),
  confirmReturnReceipt: command(
    'confirm-return-receipt',
    'ConfirmReturnReceipt',
    'The seller confirms the parcel arrived: the return is RECEIVED, and REFUNDED by Lotbook in the same step',
    z.object({ actor: actorSchema, returnId: z.uuid() }),
    sellerReturnSchema,
    [...STEP],
    true,
  ),
  acceptCarrierClaim: command(
    'accept-carrier-claim',
    'AcceptCarrierClaim',
    'An operator accepts the items damaged in transit of a requested return, possibly changing reasons (the figures are recomputed)',
    z.object({ actor: actorSchema, returnId: z.uuid(), note: z.string().max(4000).optional(), reasonChanges: reasonChangesSchema }),
    sellerReturnSchema,
    [...STEP, C.UNKNOWN_LINE, C.DUPLICATE_LINE, C.UNKNOWN_REASON],
    true,
  ),
  decideReturnDispute: command(
    'decide-return-dispute',
    'DecideReturnDispute',
    'An operator decides a disputed return with a written note, possibly changing reasons (the figures are recomputed); the return is ACCEPTED',
    z.object({ actor: actorSchema, returnId: z.uuid(), note: z.string().max(4000), reasonChanges: reasonChangesSchema }),
    sellerReturnSchema,
    [...STEP, C.UNKNOWN_LINE, C.DUPLICATE_LINE, C.UNKNOWN_REASON, C.NOTE_REQUIRED],
    true,
  ),
  getReturnPolicy: command(
    'get-return-policy',
    'GetReturnPolicy',
    'The current return policy: whose fault each reason is and the default return window, with its version',
    z.object({ actor: actorSchema }),
    returnPolicySchema,
    [],
  ),
  returnPolicyHistory: command(
    'return-policy-history',
    'ReturnPolicyHistory',
    'Every version of the return policy, newest first, with who changed what, when and why (operators)',
    z.object({
      actor: actorSchema,
      first: z.int().min(1).max(100).default(50),
      beforeVersion: z.int().min(2).optional().describe('Only versions older than this one (paging newest first)'),
    }),
    z.object({ versions: z.array(returnPolicySchema) }),
    [C.FORBIDDEN],
  ),
  changeReturnPolicy: command(
    'change-return-policy',
    'ChangeReturnPolicy',
    "An operator changes the return policy's tables (some reasons' faults, the default window) with a written why: a new version for returns quoted and filed from now on; returns filed before keep theirs",
    z.object({
      actor: actorSchema,
      faultByReason: z
        .array(z.object({ reason: z.string().min(1).max(100), fault: z.string().min(1).max(100) }))
        .max(50)
        .default([])
        .describe('New faults for some reasons; the others keep theirs. Checked by the service: UNKNOWN_REASON, UNKNOWN_FAULT'),
      defaultReturnWindowDays: z
        .int()
        .optional()
        .describe('A new default window, 0 to 365 days; checked by the service: INVALID_RETURN_WINDOW'),
      note: z.string().max(4000),
      expectedVersion: z
        .int()
        .optional()
        .describe('The version the change was made against: refused with RETURN_POLICY_CHANGED when another is current'),
    }),
    returnPolicySchema,
    [
      C.FORBIDDEN,
      C.UNKNOWN_REASON,
      C.UNKNOWN_FAULT,
      C.DUPLICATE_REASON,
      C.INVALID_RETURN_WINDOW,
      C.NOTE_REQUIRED,
      C.POLICY_UNCHANGED,
      C.RETURN_POLICY_CHANGED,
    ],
    true,
  ),
};

/** One returned item of a seller return as events carry it: every amount, in minor units. */
export const returnEventItemSchema = z.object({
  lineId: z.uuid(),
  listingId: z.uuid(),
  quantity: z.int(),
  reason: z.enum(ReturnReason),
  fault: z.enum(ReturnFault),
  netShareMinor: minor('m: the units’ share of the line’s net'),
  loyaltyDiscountShareMinor: minor('p: their share of the loyalty discount'),
  commissionShareMinor: minor('c: their share of the commission'),
  outboundFeeShareMinor: minor('f: their part of the outbound fee this return frees (refunded for seller and carrier faults only)'),
  returnLabelShareMinor: minor('Their part of the label L of the parcel'),
  giveBackMinor: minor('g: volume discount given back'),
  clawbackDeductedMinor: minor('Volume discount clawed back from the refund'),
  restockingDeductedMinor: minor('Restocking fee deducted from the refund'),
  returnLabelDeductedMinor: minor('Label deducted from the refund'),
  refundMinor: minor('What the buyer gets back for the item'),
  sellerPaysMinor: minor('What the seller pays for the item'),
  platformPaysMinor: minor('What the platform pays for the item'),
});

/** A seller return with its items and the full allocation of its seller order's part, as `returns.return.state-changed` carries it. */
export const returnEventRecordSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  purchaseId: z.uuid().nullable().describe('null for a trade order'),
  sellerOrderId: z.uuid(),
  buyerCompanyId: z.uuid(),
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  status: z.enum(ReturnStatus),
  items: z.array(returnEventItemSchema),
  refundMinor: minor('What the buyer gets back'),
  sellerPaysMinor: minor('What the seller pays'),
  platformPaysMinor: minor('What the platform pays'),
  returnLabelMinor: minor('L: the label of this seller order’s parcel, owed to the carrier'),
  labelBorneBySellerMinor: minor(
    'Of sellerPaysMinor, the label the seller bears: the label shares of seller-fault items and what buyer-fault refunds could not cover',
  ),
  filedAt: timestamp,
  refundedAt: timestamp.nullable(),
});

/** `returns.return.state-changed`: every step of a seller return, with its figures after the step. */
export const returnStateChanged = defineEvent({
  name: 'returns.return.state-changed',
  owner: 'returns',
  partitions: RETURNS_PARTITIONS,
  messageType: 'ReturnStateChanged',
  version: 1,
  description:
    'A seller return was filed (from null), accepted, disputed, decided, its carrier claim accepted, received or refunded; the payload carries the return with every amount after the step. Conservation: sellerPaysMinor + platformPaysMinor = refundMinor + returnLabelMinor. Settlements posts the REFUNDED event’s figures; catalog restocks buyer-fault units on RECEIVED',
  keyDescription: 'seller return id',
  payload: z.object({
    from: z.enum(ReturnStatus).nullable(),
    to: z.enum(ReturnStatus),
    return: returnEventRecordSchema,
    actorKind: z.enum(['USER', 'OPERATOR', 'SYSTEM']),
    actorId: z.uuid().nullable(),
    reason: z.string().nullable(),
  }),
});

/**
 * `returns.policy.changed`: an operator changed the return policy's tables; the payload is the new
 * version. One key, so versions reach a reader in order; a reader keeps the highest version it has
 * seen, so a redelivered or older event changes nothing. Orders completes an order whose seller
 * set no window of its own after `defaultReturnWindowDays` (version 1's 30 until one arrives).
 */
export const returnPolicyChanged = defineEvent({
  name: 'returns.policy.changed',
  owner: 'returns',
  partitions: 1,
  messageType: 'ReturnPolicyChanged',
  version: 1,
  description:
    "An operator changed the return policy's tables (whose fault each reason is, the default return window): the payload is the new version, with what it moved. Versions only grow; orders keeps the highest one's default window to complete the orders of sellers without a window of their own",
  keyDescription: "'return-policy': one key, so the versions stay in order",
  payload: z.object({
    version: z.int().min(1).describe('The new version; a later version always has a higher number'),
    faultByReason: z.array(reasonFaultSchema).describe('Every reason with whose fault it is under this version'),
    defaultReturnWindowDays: z
      .int()
      .min(0)
      .max(365)
      .describe('Days after delivery a return may be filed from a seller that set no window of its own'),
    changedAt: timestamp,
    changedByKind: z.enum(['OPERATOR', 'SYSTEM']),
    note: z.string().describe('Why'),
    differences: z.array(returnPolicyDifferenceSchema).describe('What this version moved from the one before'),
  }),
});

/** The partition key of every `returns.policy.changed` event. */
export const RETURN_POLICY_KEY = 'return-policy';

export type ReturnPolicyChangedPayload = z.infer<typeof returnPolicyChanged.payload>;

export type ReturnStateChangedPayload = z.infer<typeof returnStateChanged.payload>;
export type ReturnEventRecord = z.infer<typeof returnEventRecordSchema>;
