import type { ReturnQuoteRecord } from '@lotbook/contracts';
import type { ReturnAllocation, ReturnAmount, ReturnTotals } from '@lotbook/returns-domain';

/**
 * An allocation as the returns commands answer it: every amount with its name and its figure,
 * its reason in words given once in `reasons` and named by index. A quote's texts are a few
 * dozen constant sentences repeated over every item; listed once, the reply is half the size.
 * `policyVersion`: the version of the return policy the allocation was quoted under.
 */
export function compactQuote(allocation: ReturnAllocation, policyVersion: number): ReturnQuoteRecord {
  const reasons: string[] = [];
  const ids = new Map<string, number>();
  const amount = (value: ReturnAmount) => {
    let reasonId = ids.get(value.reason);
    if (reasonId === undefined) {
      reasonId = reasons.length;
      reasons.push(value.reason);
      ids.set(value.reason, reasonId);
    }
    return { name: value.name, amountMinor: value.amountMinor, reasonId };
  };
  const totals = (value: ReturnTotals) => ({ ...value });
  const compact = {
    currency: allocation.currency,
    items: allocation.items.map((item) => ({
      lineId: item.lineId,
      sellerOrderId: item.sellerOrderId,
      quantity: item.quantity,
      reason: item.reason,
      fault: item.fault,
      returnedBefore: item.returnedBefore,
      netShare: amount(item.netShare),
      loyaltyDiscountShare: amount(item.loyaltyDiscountShare),
      commissionShare: amount(item.commissionShare),
      outboundFeeShare: amount(item.outboundFeeShare),
      returnLabelShare: amount(item.returnLabelShare),
      giveBack: amount(item.giveBack),
      clawbackShare: amount(item.clawbackShare),
      clawbackDeducted: amount(item.clawbackDeducted),
      restockingFee: amount(item.restockingFee),
      restockingDeducted: amount(item.restockingDeducted),
      returnLabelDeducted: amount(item.returnLabelDeducted),
      refund: amount(item.refund),
      sellerPays: amount(item.sellerPays),
      platformPays: amount(item.platformPays),
    })),
    sellerOrders: allocation.sellerOrders.map((order) => ({
      sellerOrderId: order.sellerOrderId,
      sellerCompanyId: order.sellerCompanyId,
      lineIds: [...order.lineIds],
      returnLabel: amount(order.returnLabel),
      outboundFeeShare: amount(order.outboundFeeShare),
      clawback: {
        triggered: order.clawback.triggered,
        keptGrossMinor: order.clawback.keptGrossMinor,
        due: amount(order.clawback.due),
        heldBefore: amount(order.clawback.heldBefore),
        thisReturnMinor: order.clawback.thisReturnMinor,
        deducted: amount(order.clawback.deducted),
        leftDue: amount(order.clawback.leftDue),
        giveBack: amount(order.clawback.giveBack),
      },
      totals: totals(order.totals),
    })),
    refund: amount(allocation.refund),
    sellersPay: amount(allocation.sellersPay),
    platformPays: amount(allocation.platformPays),
    returnLabels: amount(allocation.returnLabels),
    totals: totals(allocation.totals),
    reasons,
    policyVersion,
  };
  // The contract's enums are the domain's string unions.
  return compact as unknown as ReturnQuoteRecord;
}
