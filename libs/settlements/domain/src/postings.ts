import { isCurrencyCode } from '@lotbook/money';
import {
  type Account,
  buyerReceivable,
  cashAtBank,
  platformCommissionIncome,
  platformPromotions,
  platformReturns,
  refundsPayable,
  returnLabels,
  sellerPayableAvailable,
  sellerPayablePending,
} from './accounts';
import { LedgerError } from './errors';
import { entryIdFor } from './ids';
import { assertInstant, type CauseType, credit, debit, type JournalEntry, type Posting, type PostingMemo } from './journal';

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

// ---------------------------------------------------------------------------------------
// Checks shared by the rules
// ---------------------------------------------------------------------------------------

function assertId(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new LedgerError('INVALID_INPUT', `${field} must be a non-empty id`, { field });
}

/** A safe integer of minor units at or above `min` (any sign when min is null). */
function assertMinor(value: unknown, field: string, min: number | null): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new LedgerError('INVALID_AMOUNT', `${field} must be a safe integer of minor units, got ${String(value)}`, { field });
  }
  if (min !== null && value < min) {
    throw new LedgerError('INVALID_AMOUNT', `${field} must be at least ${min}, got ${value}`, { field, amountMinor: value });
  }
}

/** An exact sum of safe integers (terms may be negative), refused when it leaves the safe range. */
function exactSum(what: string, ...terms: readonly number[]): number {
  const sum = terms.reduce((total, term) => total + BigInt(term), 0n);
  if (sum > BigInt(Number.MAX_SAFE_INTEGER) || sum < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new LedgerError('INVALID_AMOUNT', `${what} is beyond the safe range`, { field: what });
  }
  return Number(sum);
}

function assertCause(input: PostingCause): void {
  assertId(input.eventId, 'eventId');
  if (typeof input.currency !== 'string' || !isCurrencyCode(input.currency)) {
    throw new LedgerError('UNKNOWN_CURRENCY', `"${String(input.currency)}" is not an ISO 4217 currency code`);
  }
  assertInstant(input.occurredAt, 'occurredAt');
}

/** A posting for a signed amount: positive on `positiveSide`, negative on the other, none for zero. */
function signed(account: Account, amountMinor: number, positiveSide: 'DEBIT' | 'CREDIT', memo: PostingMemo): Posting[] {
  if (amountMinor === 0) return [];
  const onDebit = amountMinor > 0 === (positiveSide === 'DEBIT');
  return [onDebit ? debit(account, Math.abs(amountMinor), memo) : credit(account, Math.abs(amountMinor), memo)];
}

function entry(input: PostingCause, causeType: CauseType, causeId: string, postings: readonly Posting[]): JournalEntry[] {
  if (postings.length === 0) return [];
  return [
    {
      id: entryIdFor(input.eventId, causeType),
      eventId: input.eventId,
      causeType,
      causeId,
      currency: input.currency,
      occurredAt: input.occurredAt,
      postings,
    },
  ];
}

// ---------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------

/**
 * A seller order delivered: the buyer owes what it pays, the seller is owed its proceeds
 * (pending until the order is COMPLETED), the platform earns its commission and bears the
 * loyalty discount it funds.
 *
 * | account | debit | credit |
 * |---|---|---|
 * | BUYER_RECEIVABLE(buyer) | net - pd + F | |
 * | PLATFORM_PROMOTIONS | pd | |
 * | SELLER_PAYABLE_PENDING(seller, order) | | net + F - c |
 * | PLATFORM_COMMISSION_INCOME | | c |
 */
export function sellerOrderDelivered(input: SellerOrderDeliveredInput): JournalEntry[] {
  assertCause(input);
  assertId(input.sellerOrderId, 'sellerOrderId');
  assertId(input.buyerCompanyId, 'buyerCompanyId');
  assertId(input.sellerCompanyId, 'sellerCompanyId');
  assertMinor(input.netMinor, 'netMinor', 1);
  assertMinor(input.loyaltyDiscountMinor, 'loyaltyDiscountMinor', 0);
  assertMinor(input.shippingFeeMinor, 'shippingFeeMinor', 0);
  assertMinor(input.commissionMinor, 'commissionMinor', 0);
  if (input.loyaltyDiscountMinor > input.netMinor) {
    throw new LedgerError('INVALID_AMOUNT', `the loyalty discount ${input.loyaltyDiscountMinor} exceeds the net ${input.netMinor}`, {
      field: 'loyaltyDiscountMinor',
    });
  }
  if (input.commissionMinor > input.netMinor) {
    throw new LedgerError('INVALID_AMOUNT', `the commission ${input.commissionMinor} exceeds the net ${input.netMinor}`, {
      field: 'commissionMinor',
    });
  }
  const { currency } = input;
  const buyerCharge = exactSum("the buyer's charge", input.netMinor, -input.loyaltyDiscountMinor, input.shippingFeeMinor);
  const sellerProceeds = exactSum("the seller's proceeds", input.netMinor, input.shippingFeeMinor, -input.commissionMinor);
  return entry(input, 'SELLER_ORDER_DELIVERED', input.sellerOrderId, [
    ...signed(buyerReceivable(input.buyerCompanyId, currency), buyerCharge, 'DEBIT', 'BUYER_CHARGE'),
    ...signed(platformPromotions(currency), input.loyaltyDiscountMinor, 'DEBIT', 'LOYALTY_DISCOUNT'),
    ...signed(sellerPayablePending(input.sellerCompanyId, input.sellerOrderId, currency), sellerProceeds, 'CREDIT', 'SELLER_PROCEEDS'),
    ...signed(platformCommissionIncome(currency), input.commissionMinor, 'CREDIT', 'COMMISSION'),
  ]);
}

/**
 * A seller order COMPLETED (its return window closed): what the order still holds moves
 * from pending to available, where payouts take it from. Nothing to move, no entry.
 *
 * | account | debit | credit |
 * |---|---|---|
 * | SELLER_PAYABLE_PENDING(seller, order) | pending | |
 * | SELLER_PAYABLE_AVAILABLE(seller) | | pending |
 *
 * (sides swapped when the pending balance is negative).
 */
export function sellerOrderCompleted(input: SellerOrderCompletedInput): JournalEntry[] {
  assertCause(input);
  assertId(input.sellerOrderId, 'sellerOrderId');
  assertId(input.sellerCompanyId, 'sellerCompanyId');
  assertMinor(input.pendingMinor, 'pendingMinor', null);
  const { currency } = input;
  return entry(input, 'SELLER_ORDER_COMPLETED', input.sellerOrderId, [
    ...signed(sellerPayablePending(input.sellerCompanyId, input.sellerOrderId, currency), input.pendingMinor, 'DEBIT', 'RELEASE'),
    ...signed(sellerPayableAvailable(input.sellerCompanyId, currency), input.pendingMinor, 'CREDIT', 'RELEASE'),
  ]);
}

/**
 * A return refunded, posted exactly as its allocation says. The refund first reduces what
 * the buyer still owes on its invoices; the rest becomes a refund payable. Each seller's
 * part comes off the order's pending balance (or the seller's available balance once the
 * order is COMPLETED), split into the refund and the labels it bears; the platform's part
 * goes to PLATFORM_RETURNS; the labels are owed to the carrier. The allocation's
 * conservation (sellers + platform == refund + labels) is checked, not assumed.
 *
 * | account | debit | credit |
 * |---|---|---|
 * | SELLER_PAYABLE_PENDING(seller, order) or _AVAILABLE(seller), per seller order | pays - labels (refund), labels (return labels) | |
 * | PLATFORM_RETURNS | platform pays | |
 * | BUYER_RECEIVABLE(buyer) | | min(refund, outstanding) |
 * | REFUNDS_PAYABLE(buyer) | | refund - min(refund, outstanding) |
 * | RETURN_LABELS | | labels |
 *
 * (a negative part is posted on the other side).
 */
export function returnRefunded(input: ReturnRefundedInput): JournalEntry[] {
  assertCause(input);
  assertId(input.returnId, 'returnId');
  assertId(input.buyerCompanyId, 'buyerCompanyId');
  assertMinor(input.refundMinor, 'refundMinor', 0);
  assertMinor(input.outstandingReceivableMinor, 'outstandingReceivableMinor', 0);
  assertMinor(input.platformPaysMinor, 'platformPaysMinor', null);
  assertMinor(input.labelsMinor, 'labelsMinor', 0);
  if (!Array.isArray(input.sellers) || input.sellers.length === 0) {
    throw new LedgerError('INVALID_ALLOCATION', `return ${input.returnId} names no seller order`, { returnId: input.returnId });
  }
  const seen = new Set<string>();
  let sellersPay = 0n;
  let sellersLabels = 0n;
  input.sellers.forEach((part, index) => {
    assertId(part.sellerCompanyId, `sellers[${index}].sellerCompanyId`);
    assertId(part.sellerOrderId, `sellers[${index}].sellerOrderId`);
    if (typeof part.orderCompleted !== 'boolean')
      throw new LedgerError('INVALID_INPUT', `sellers[${index}].orderCompleted must be true or false`);
    assertMinor(part.paysMinor, `sellers[${index}].paysMinor`, null);
    assertMinor(part.labelsMinor, `sellers[${index}].labelsMinor`, 0);
    if (seen.has(part.sellerOrderId)) {
      throw new LedgerError('INVALID_ALLOCATION', `seller order ${part.sellerOrderId} appears twice in return ${input.returnId}`, {
        sellerOrderId: part.sellerOrderId,
      });
    }
    seen.add(part.sellerOrderId);
    sellersPay += BigInt(part.paysMinor);
    sellersLabels += BigInt(part.labelsMinor);
  });
  if (sellersLabels > BigInt(input.labelsMinor)) {
    throw new LedgerError(
      'INVALID_ALLOCATION',
      `the sellers bear ${sellersLabels} of labels but the return's labels are ${input.labelsMinor}`,
      {
        returnId: input.returnId,
      },
    );
  }
  const paid = sellersPay + BigInt(input.platformPaysMinor);
  const owed = BigInt(input.refundMinor) + BigInt(input.labelsMinor);
  if (paid !== owed) {
    throw new LedgerError(
      'ALLOCATION_NOT_CONSERVED',
      `return ${input.returnId}: sellers ${sellersPay} + platform ${input.platformPaysMinor} = ${paid}, but refund ${input.refundMinor} + labels ${input.labelsMinor} = ${owed}`,
      { returnId: input.returnId, paidMinor: Number(paid), owedMinor: Number(owed) },
    );
  }
  const { currency } = input;
  const againstInvoices = Math.min(input.refundMinor, input.outstandingReceivableMinor);
  const sellerPostings = input.sellers.flatMap((part) => {
    const account = part.orderCompleted
      ? sellerPayableAvailable(part.sellerCompanyId, currency)
      : sellerPayablePending(part.sellerCompanyId, part.sellerOrderId, currency);
    return [
      ...signed(account, exactSum(`${part.sellerOrderId} refund part`, part.paysMinor, -part.labelsMinor), 'DEBIT', 'REFUND'),
      ...signed(account, part.labelsMinor, 'DEBIT', 'RETURN_LABEL'),
    ];
  });
  return entry(input, 'RETURN_REFUNDED', input.returnId, [
    ...sellerPostings,
    ...signed(platformReturns(currency), input.platformPaysMinor, 'DEBIT', 'PLATFORM_SHARE'),
    ...signed(buyerReceivable(input.buyerCompanyId, currency), againstInvoices, 'CREDIT', 'REFUND'),
    ...signed(refundsPayable(input.buyerCompanyId, currency), input.refundMinor - againstInvoices, 'CREDIT', 'REFUND'),
    ...signed(returnLabels(currency), input.labelsMinor, 'CREDIT', 'RETURN_LABEL'),
  ]);
}

/**
 * A buyer's payment received: cash at the bank, less owed by the buyer. Whatever the
 * allocations leave over stays on the receivable as the buyer's credit (a negative balance).
 *
 * | account | debit | credit |
 * |---|---|---|
 * | CASH_AT_BANK | amount | |
 * | BUYER_RECEIVABLE(buyer) | | amount |
 */
export function paymentReceived(input: PaymentReceivedInput): JournalEntry[] {
  assertCause(input);
  assertId(input.paymentId, 'paymentId');
  assertId(input.buyerCompanyId, 'buyerCompanyId');
  assertMinor(input.amountMinor, 'amountMinor', 1);
  if (!Array.isArray(input.allocations))
    throw new LedgerError('INVALID_INPUT', 'allocations must be a list (empty when nothing is allocated)');
  const invoices = new Set<string>();
  let allocated = 0n;
  input.allocations.forEach((allocation, index) => {
    assertId(allocation.invoiceId, `allocations[${index}].invoiceId`);
    assertMinor(allocation.amountMinor, `allocations[${index}].amountMinor`, 1);
    if (invoices.has(allocation.invoiceId)) {
      throw new LedgerError('DUPLICATE_ALLOCATION', `invoice ${allocation.invoiceId} appears twice in payment ${input.paymentId}`, {
        invoiceId: allocation.invoiceId,
      });
    }
    invoices.add(allocation.invoiceId);
    allocated += BigInt(allocation.amountMinor);
  });
  if (allocated > BigInt(input.amountMinor)) {
    throw new LedgerError('ALLOCATION_EXCEEDS_PAYMENT', `payment ${input.paymentId} of ${input.amountMinor} is allocated ${allocated}`, {
      paymentId: input.paymentId,
      allocatedMinor: Number(allocated),
    });
  }
  return entry(input, 'PAYMENT_RECEIVED', input.paymentId, [
    debit(cashAtBank(input.currency), input.amountMinor, 'PAYMENT'),
    credit(buyerReceivable(input.buyerCompanyId, input.currency), input.amountMinor, 'PAYMENT'),
  ]);
}

/**
 * A refund payable paid out to the buyer. Refused when above what is payable (the
 * REFUNDS_PAYABLE floor, checked by applyEntry).
 *
 * | account | debit | credit |
 * |---|---|---|
 * | REFUNDS_PAYABLE(buyer) | amount | |
 * | CASH_AT_BANK | | amount |
 */
export function refundPaidOut(input: RefundPaidOutInput): JournalEntry[] {
  assertCause(input);
  assertId(input.refundPayoutId, 'refundPayoutId');
  assertId(input.buyerCompanyId, 'buyerCompanyId');
  assertMinor(input.amountMinor, 'amountMinor', 1);
  return entry(input, 'REFUND_PAID_OUT', input.refundPayoutId, [
    debit(refundsPayable(input.buyerCompanyId, input.currency), input.amountMinor, 'REFUND_PAYOUT'),
    credit(cashAtBank(input.currency), input.amountMinor, 'REFUND_PAYOUT'),
  ]);
}

/**
 * A seller payout made. Refused beyond the seller's available balance (the
 * SELLER_PAYABLE_AVAILABLE floor, checked by applyEntry): `INSUFFICIENT_BALANCE`.
 *
 * | account | debit | credit |
 * |---|---|---|
 * | SELLER_PAYABLE_AVAILABLE(seller) | amount | |
 * | CASH_AT_BANK | | amount |
 */
export function payoutMade(input: PayoutMadeInput): JournalEntry[] {
  assertCause(input);
  assertId(input.payoutId, 'payoutId');
  assertId(input.sellerCompanyId, 'sellerCompanyId');
  assertMinor(input.amountMinor, 'amountMinor', 1);
  return entry(input, 'PAYOUT_MADE', input.payoutId, [
    debit(sellerPayableAvailable(input.sellerCompanyId, input.currency), input.amountMinor, 'PAYOUT'),
    credit(cashAtBank(input.currency), input.amountMinor, 'PAYOUT'),
  ]);
}
