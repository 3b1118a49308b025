import type { ReturnEventRecord, ReturnFault, ReturnStatus, SellerReturnRecord } from '@lotbook/contracts';
import type { ReturnAllocation, ReturnReason } from '@lotbook/returns-domain';

/** One returned item as a seller return stores it: the line it came from and why it goes back. */
export interface StoredReturnItem {
  lineId: string;
  listingId: string;
  productName: string;
  sellerSku: string;
  quantity: number;
  reason: ReturnReason;
  /** As the buyer filed it; an operator may have changed `reason` since. */
  filedReason: ReturnReason;
  comment: string | null;
}

/** The figures a seller return keeps beside its allocation, for queries and the ledger. */
export interface SellerReturnTotals {
  refundMinor: number;
  sellerPaysMinor: number;
  platformPaysMinor: number;
  returnLabelMinor: number;
}

/** The totals of one seller order's allocation (a seller return's, so exactly one seller order). */
export function totalsOf(allocation: ReturnAllocation): SellerReturnTotals {
  return {
    refundMinor: allocation.totals.refundMinor,
    sellerPaysMinor: allocation.totals.sellerPaysMinor,
    platformPaysMinor: allocation.totals.platformPaysMinor,
    returnLabelMinor: allocation.returnLabels.amountMinor,
  };
}

/** The part of the label a seller bears for an item: all of it for its own fault, what the refund could not cover for the buyer's, none for the carrier's. */
export function labelBorneBySeller(item: {
  readonly fault: string;
  readonly returnLabelShare: { readonly amountMinor: number };
  readonly returnLabelDeducted: { readonly amountMinor: number };
}): number {
  if (item.fault === 'SELLER') return item.returnLabelShare.amountMinor;
  if (item.fault === 'BUYER') return item.returnLabelShare.amountMinor - item.returnLabelDeducted.amountMinor;
  return 0;
}

/** The conservation every seller return keeps; a return that breaks it is never stored nor published. */
export function assertConserved(what: string, totals: SellerReturnTotals): void {
  const { refundMinor, sellerPaysMinor, platformPaysMinor, returnLabelMinor } = totals;
  if (sellerPaysMinor + platformPaysMinor !== refundMinor + returnLabelMinor || refundMinor < 0) {
    throw new Error(
      `${what} does not conserve: seller ${sellerPaysMinor} + platform ${platformPaysMinor} ≠ refund ${refundMinor} + labels ${returnLabelMinor}`,
    );
  }
}

/**
 * A seller return as `returns.return.state-changed` carries it: its items with every amount and
 * its totals, from the allocation it stands on. Checks conservation first (the sellers' and the
 * platform's payments equal the refund and the label) and that the items add up to the totals.
 */
export function eventRecordOf(view: SellerReturnRecord): ReturnEventRecord {
  const allocation = view.allocation;
  const stored = new Map(view.items.map((item) => [item.lineId, item]));
  const items = allocation.items.map((item) => {
    const line = stored.get(item.lineId);
    if (!line) throw new Error(`seller return ${view.id}: the allocation names line ${item.lineId}, which is not among its items`);
    return {
      lineId: item.lineId,
      listingId: line.listingId,
      quantity: item.quantity,
      reason: item.reason,
      fault: item.fault as ReturnFault,
      netShareMinor: item.netShare.amountMinor,
      loyaltyDiscountShareMinor: item.loyaltyDiscountShare.amountMinor,
      commissionShareMinor: item.commissionShare.amountMinor,
      outboundFeeShareMinor: item.outboundFeeShare.amountMinor,
      returnLabelShareMinor: item.returnLabelShare.amountMinor,
      giveBackMinor: item.giveBack.amountMinor,
      clawbackDeductedMinor: item.clawbackDeducted.amountMinor,
      restockingDeductedMinor: item.restockingDeducted.amountMinor,
      returnLabelDeductedMinor: item.returnLabelDeducted.amountMinor,
      refundMinor: item.refund.amountMinor,
      sellerPaysMinor: item.sellerPays.amountMinor,
      platformPaysMinor: item.platformPays.amountMinor,
    };
  });
  if (items.length !== view.items.length) throw new Error(`seller return ${view.id}: its allocation and its items differ`);
  const totals = {
    refundMinor: view.refundMinor,
    sellerPaysMinor: view.sellerPaysMinor,
    platformPaysMinor: view.platformPaysMinor,
    returnLabelMinor: view.returnLabelMinor,
  };
  assertConserved(`seller return ${view.id}`, totals);
  const sum = (pick: (item: (typeof items)[number]) => number) => items.reduce((total, item) => total + pick(item), 0);
  if (sum((item) => item.refundMinor) !== totals.refundMinor || sum((item) => item.sellerPaysMinor) !== totals.sellerPaysMinor) {
    throw new Error(`seller return ${view.id}: its items do not add up to its totals`);
  }
  return {
    id: view.id,
    requestId: view.requestId,
    purchaseId: view.purchaseId,
    sellerOrderId: view.sellerOrderId,
    buyerCompanyId: view.buyerCompanyId,
    sellerCompanyId: view.sellerCompanyId,
    currency: view.currency,
    status: view.status as ReturnStatus,
    items,
    ...totals,
    labelBorneBySellerMinor: allocation.items.reduce((total, item) => total + labelBorneBySeller(item), 0),
    filedAt: view.filedAt,
    refundedAt: view.refundedAt,
  };
}
