// The posting rules: one pure function per event that moves money, each returning the
// journal entries it makes (linked: post them together with applyEntries). Every amount is
// an integer of minor units taken from the event as stored upstream; nothing here
// recomputes a price or an allocation. An entry's id is derived from the event id and the
// rule, so a redelivered event makes the same entries and the ledger posts nothing new.
// The worked example of every rule is in ../POSTINGS.md and in postings.spec.ts.

/** What every rule's input carries. */
export interface PostingCause {
  /** The id of the event (or command) that caused the posting; the entry ids derive from it. */
  readonly eventId: string;
  /** ISO 4217; the whole posting is in it. */
  readonly currency: string;
  /** When it happened (ISO 8601 date-time), from the event: statements place the entry by it. */
  readonly occurredAt: string;
}

/** orders.order.delivered: the figures the seller order stored at pricing. */
export interface SellerOrderDeliveredInput extends PostingCause {
  readonly sellerOrderId: string;
  readonly buyerCompanyId: string;
  readonly sellerCompanyId: string;
  /** Sum of the lines' net (gross - seller volume discount). */
  readonly netMinor: number;
  /** pd: the loyalty discount the platform funds. */
  readonly loyaltyDiscountMinor: number;
  /** F: the outbound shipping fee the buyer pays (0 when free). */
  readonly shippingFeeMinor: number;
  /** c: the sum of the lines' commission. */
  readonly commissionMinor: number;
}

/** orders.order.completed: the return window closed; what the order still holds becomes payable. */
export interface SellerOrderCompletedInput extends PostingCause {
  readonly sellerOrderId: string;
  readonly sellerCompanyId: string;
  /**
   * The order's pending balance now (the balance of its SELLER_PAYABLE_PENDING account: the
   * delivery's proceeds less its returns so far). Negative when its returns' labels took
   * more than it earned; the seller then owes that from its available balance.
   */
  readonly pendingMinor: number;
}

/** One seller order's part of a return, as the return's allocation computed it. */
export interface ReturnSellerPart {
  readonly sellerCompanyId: string;
  readonly sellerOrderId: string;
  /**
   * Whether the order was COMPLETED before this refund: its part then comes off the seller's
   * available balance instead of the order's pending balance.
   */
  readonly orderCompleted: boolean;
  /** What the seller pays for this order in this return (the allocation's SELLER_PAYS); negative when the seller receives. */
  readonly paysMinor: number;
  /**
   * Of `paysMinor`, the return labels the seller bears (label shares of seller-fault items,
   * and labels not deducted from buyer-fault items' refunds); shown apart on statements.
   */
  readonly labelsMinor: number;
}

/** returns.return.refunded: exactly the allocation the return computed. */
export interface ReturnRefundedInput extends PostingCause {
  readonly returnId: string;
  readonly buyerCompanyId: string;
  /** What the buyer gets back (never negative). */
  readonly refundMinor: number;
  /**
   * What the buyer still owes on its invoices before this refund (invoices.ts
   * `outstandingMinor`): the refund first reduces that, and the rest becomes a refund payable.
   */
  readonly outstandingReceivableMinor: number;
  readonly sellers: readonly ReturnSellerPart[];
  /** The platform's part (may be negative: a loyalty discount above the commission it gives back). */
  readonly platformPaysMinor: number;
  /** All the return's labels, owed to the carrier. */
  readonly labelsMinor: number;
}

/** How much of a payment goes to which invoice. */
export interface PaymentAllocation {
  readonly invoiceId: string;
  readonly amountMinor: number;
}

/** settlements: a buyer's payment, recorded by an operator or an accountant, or matched from a bank statement. */
export interface PaymentReceivedInput extends PostingCause {
  readonly paymentId: string;
  readonly buyerCompanyId: string;
  readonly amountMinor: number;
  /** As applyPayment allocated it; what is left over stays as the buyer's credit. */
  readonly allocations: readonly PaymentAllocation[];
}

/** settlements: an operator paid a buyer's refund payable out and recorded it. */
export interface RefundPaidOutInput extends PostingCause {
  readonly refundPayoutId: string;
  readonly buyerCompanyId: string;
  readonly amountMinor: number;
}

/** settlements: a scheduled seller payout was paid (marked paid by an operator). */
export interface PayoutMadeInput extends PostingCause {
  readonly payoutId: string;
  readonly sellerCompanyId: string;
  readonly amountMinor: number;
}
