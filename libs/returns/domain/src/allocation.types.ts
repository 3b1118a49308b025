// The return allocation's vocabulary: what a quote reads (the purchase's stored figures, the
// history of earlier returns, the items returned) and what it answers (every amount, with
// its name and its reason, per item, per seller order and per return).
import type { ReturnPolicy } from './return-policy';

// Money is integer minor units (`...Minor`, safe integers); quantities are integer units.
// Everything here is plain JSON-serialisable data: the service stores it and events carry it.

/** Why the buyer returns an item. The reason decides who is at fault, and so who pays. */
export type ReturnReason = 'DEFECTIVE' | 'NOT_AS_DESCRIBED' | 'WRONG_ITEM' | 'CHANGED_MIND' | 'ORDERED_BY_MISTAKE' | 'DAMAGED_IN_TRANSIT';

/** Every reason, in the order the policy lists them. */
export const RETURN_REASONS: readonly ReturnReason[] = [
  'DEFECTIVE',
  'NOT_AS_DESCRIBED',
  'WRONG_ITEM',
  'CHANGED_MIND',
  'ORDERED_BY_MISTAKE',
  'DAMAGED_IN_TRANSIT',
];

/** Whose fault the return is: the row of the policy's who-pays table. */
export type ReturnFault = 'SELLER' | 'BUYER' | 'CARRIER';

// ---------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------

/**
 * The seller's volume discount as the order applied it: `rateBp` off the order's gross when
 * the gross reached `thresholdMinor`. `applied` says whether the order earned it; only an
 * applied discount can be clawed back.
 */
export interface SellerVolumeDiscount {
  readonly rateBp: number;
  readonly thresholdMinor: number;
  readonly applied: boolean;
}

/**
 * One order line's stored figures (orders issue), for the units delivered: the amounts are
 * those of `quantity` units (a line with nothing delivered carries no amounts). The buyer paid
 * `netMinor - loyaltyDiscountMinor`.
 */
export interface OrderLineFigures {
  /** Unique within the purchase. */
  readonly lineId: string;
  /** Units delivered on this line. */
  readonly quantity: number;
  readonly grossMinor: number;
  /** sd: the line's share of the seller volume discount (seller-funded). */
  readonly sellerDiscountMinor: number;
  /** net = gross - sd. */
  readonly netMinor: number;
  /** pd: the line's share of the loyalty discount (platform-funded). */
  readonly loyaltyDiscountMinor: number;
  /** c: the platform's commission on the line. */
  readonly commissionMinor: number;
  /** Restocking fee rate for buyer-fault returns of this line, in basis points; 0 for none. */
  readonly restockingRateBp: number;
}

/** One seller order of the purchase touched by the return (its lines: all of them, not only the returned ones). */
export interface SellerOrderFigures {
  readonly sellerOrderId: string;
  readonly sellerCompanyId: string;
  /** ISO 4217; every seller order of one purchase is in the same currency. */
  readonly currency: string;
  /** F: the outbound delivery fee the buyer paid for this seller order. */
  readonly outboundFeeMinor: number;
  /** L: the seller's regional fee for the delivery region, what one return parcel costs (L = F unless shipping was free). */
  readonly regionalFeeMinor: number;
  readonly sellerDiscount: SellerVolumeDiscount | null;
  readonly lines: readonly OrderLineFigures[];
}

/** What earlier returns took from one line. */
export interface LineReturnHistory {
  readonly lineId: string;
  /** Units of the line taken by earlier returns, whatever the reason. */
  readonly returnedQuantity: number;
  /** Of those, units returned for a buyer-fault reason (they count against the discount's threshold). */
  readonly returnedForBuyerFaultQuantity: number;
}

/** What earlier returns of one seller order moved for its volume-discount clawback. */
export interface SellerOrderReturnHistory {
  readonly sellerOrderId: string;
  /** How many earlier returns touched this seller order. */
  readonly returnsFiled: number;
  /** Clawback earlier returns actually deducted from refunds. */
  readonly clawbackDeductedMinor: number;
  /** Give-backs earlier returns paid to the buyer. */
  readonly giveBackPaidMinor: number;
}

/**
 * What earlier returns of the purchase took, folded from their allocations with
 * `historyAfter` (start from `EMPTY_RETURN_HISTORY`). Lines and seller orders never
 * returned may be left out. The outbound fee part already refunded is not stored: it is
 * recomputed from the lines' returned quantities, exactly as the policy defines it.
 */
export interface ReturnHistory {
  readonly lines: readonly LineReturnHistory[];
  readonly sellerOrders: readonly SellerOrderReturnHistory[];
}

/** One item of the return: units of one order line and why they go back. */
export interface ReturnItemRequest {
  readonly lineId: string;
  readonly quantity: number;
  readonly reason: ReturnReason;
}

/** Everything a quote needs. The same input always gives the same allocation. */
export interface ReturnQuoteInput {
  /** The policy's tables the return is quoted under (`DEFAULT_RETURN_POLICY`: the defaults). */
  readonly policy: ReturnPolicy;
  /** The seller orders of the purchase touched by the return; others may be included and are ignored. */
  readonly sellerOrders: readonly SellerOrderFigures[];
  readonly history: ReturnHistory;
  /** Each line at most once; the answer lists items in this order. */
  readonly items: readonly ReturnItemRequest[];
}

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

/** The machine name of every amount a quote shows. */
export type ReturnAmountName =
  /** m: the item's share of the line's net. */
  | 'NET_SHARE'
  /** p: the item's share of the loyalty discount. */
  | 'LOYALTY_DISCOUNT_SHARE'
  /** c: the item's share of the commission. */
  | 'COMMISSION_SHARE'
  /** f: the item's part of the outbound fee this return frees. */
  | 'OUTBOUND_FEE_SHARE'
  /** the item's part of this return's label L. */
  | 'RETURN_LABEL_SHARE'
  /** g: the item's part of the discount given back. */
  | 'GIVE_BACK'
  /** the item's part of this return's clawback, before the refund's floor. */
  | 'CLAWBACK_SHARE'
  | 'CLAWBACK_DEDUCTED'
  /** restocking rate x m, before the refund's floor. */
  | 'RESTOCKING_FEE'
  | 'RESTOCKING_DEDUCTED'
  | 'RETURN_LABEL_DEDUCTED'
  | 'REFUND'
  | 'SELLER_PAYS'
  | 'PLATFORM_PAYS'
  /** seller order level: the label of the order's parcel, L. */
  | 'RETURN_LABEL'
  /** seller order level: the clawback due after this return. */
  | 'CLAWBACK_DUE'
  /** seller order level: what earlier returns deducted, net of what they gave back. */
  | 'CLAWBACK_HELD'
  /** seller order level: the clawback of this return that could not be deducted and stays due. */
  | 'CLAWBACK_LEFT_DUE'
  /** return level: the sum of the sellers' payments. */
  | 'SELLERS_PAY'
  /** return level: the sum of the labels. */
  | 'RETURN_LABELS';

/** An amount of the quote with its machine name and a reason in words for the buyer (English). */
export interface ReturnAmount<N extends ReturnAmountName = ReturnAmountName> {
  readonly name: N;
  readonly amountMinor: number;
  readonly reason: string;
}

/** One returned item, every amount of the policy's per-item table. */
export interface ReturnItemAllocation {
  readonly lineId: string;
  readonly sellerOrderId: string;
  readonly quantity: number;
  readonly reason: ReturnReason;
  readonly fault: ReturnFault;
  /** Units of the line earlier returns took: the item holds units (before, before + quantity]. */
  readonly returnedBefore: number;
  readonly netShare: ReturnAmount<'NET_SHARE'>;
  readonly loyaltyDiscountShare: ReturnAmount<'LOYALTY_DISCOUNT_SHARE'>;
  readonly commissionShare: ReturnAmount<'COMMISSION_SHARE'>;
  /** Computed for every item; refunded only for seller and carrier faults. */
  readonly outboundFeeShare: ReturnAmount<'OUTBOUND_FEE_SHARE'>;
  readonly returnLabelShare: ReturnAmount<'RETURN_LABEL_SHARE'>;
  readonly giveBack: ReturnAmount<'GIVE_BACK'>;
  /** Zero unless buyer fault. */
  readonly clawbackShare: ReturnAmount<'CLAWBACK_SHARE'>;
  readonly clawbackDeducted: ReturnAmount<'CLAWBACK_DEDUCTED'>;
  /** Zero unless buyer fault. */
  readonly restockingFee: ReturnAmount<'RESTOCKING_FEE'>;
  readonly restockingDeducted: ReturnAmount<'RESTOCKING_DEDUCTED'>;
  readonly returnLabelDeducted: ReturnAmount<'RETURN_LABEL_DEDUCTED'>;
  /** What the buyer gets back for this item; never negative. */
  readonly refund: ReturnAmount<'REFUND'>;
  readonly sellerPays: ReturnAmount<'SELLER_PAYS'>;
  readonly platformPays: ReturnAmount<'PLATFORM_PAYS'>;
}

/** The volume-discount clawback of one seller order at this return. */
export interface SellerOrderClawback {
  /** Whether the gross of the units not returned for buyer-fault reasons is now below the threshold of an applied discount. */
  readonly triggered: boolean;
  /** Gross of the order's units not returned for buyer-fault reasons, after this return. */
  readonly keptGrossMinor: number;
  /** The clawback due after this return: the seller discount still held by the units not returned (0 unless triggered). */
  readonly due: ReturnAmount<'CLAWBACK_DUE'>;
  /** Earlier returns' deductions net of their give-backs. */
  readonly heldBefore: ReturnAmount<'CLAWBACK_HELD'>;
  /** This return's clawback, due - heldBefore: positive is to be deducted, negative is given back. */
  readonly thisReturnMinor: number;
  /** What the buyer-fault items of this return actually deducted. */
  readonly deducted: ReturnAmount<'CLAWBACK_DEDUCTED'>;
  /** The positive part not deducted now; the next return of the order computes it again. */
  readonly leftDue: ReturnAmount<'CLAWBACK_LEFT_DUE'>;
  /** The give-back g of this return (the negative part, as a positive amount), paid by the seller. */
  readonly giveBack: ReturnAmount<'GIVE_BACK'>;
}

/** Sums over a set of items. */
export interface ReturnTotals {
  readonly netShareMinor: number;
  readonly loyaltyDiscountShareMinor: number;
  readonly commissionShareMinor: number;
  /** Only the outbound fee refunded (seller- and carrier-fault items). */
  readonly outboundFeeRefundedMinor: number;
  readonly giveBackMinor: number;
  readonly clawbackDeductedMinor: number;
  readonly restockingDeductedMinor: number;
  readonly returnLabelDeductedMinor: number;
  readonly refundMinor: number;
  readonly sellerPaysMinor: number;
  readonly platformPaysMinor: number;
}

/** One seller order's part of the return: one parcel, one label. */
export interface SellerOrderReturnAllocation {
  readonly sellerOrderId: string;
  readonly sellerCompanyId: string;
  /** Lines of this order in the return, in the order of the request. */
  readonly lineIds: readonly string[];
  /** L: the label of this order's parcel. */
  readonly returnLabel: ReturnAmount<'RETURN_LABEL'>;
  /** The part of F this return frees (sum of the items' f, refunded or not). */
  readonly outboundFeeShare: ReturnAmount<'OUTBOUND_FEE_SHARE'>;
  readonly clawback: SellerOrderClawback;
  readonly totals: ReturnTotals;
}

/** The whole quote. Conservation: sellersPay + platformPays == refund + returnLabels. */
export interface ReturnAllocation {
  readonly currency: string;
  readonly items: readonly ReturnItemAllocation[];
  /** In the order the seller orders first appear among the items. */
  readonly sellerOrders: readonly SellerOrderReturnAllocation[];
  readonly refund: ReturnAmount<'REFUND'>;
  readonly sellersPay: ReturnAmount<'SELLERS_PAY'>;
  readonly platformPays: ReturnAmount<'PLATFORM_PAYS'>;
  readonly returnLabels: ReturnAmount<'RETURN_LABELS'>;
  readonly totals: ReturnTotals;
}
