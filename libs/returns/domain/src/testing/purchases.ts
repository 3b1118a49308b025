import type { OrderLineFigures, ReturnAllocation, ReturnItemAllocation, ReturnReason, SellerOrderFigures } from '../allocation.types';

// Builders for specs and benchmarks: a line from its figures, a seller order around lines.

export function line(
  lineId: string,
  quantity: number,
  grossMinor: number,
  sellerDiscountMinor: number,
  loyaltyDiscountMinor: number,
  commissionMinor: number,
  restockingRateBp = 0,
): OrderLineFigures {
  return {
    lineId,
    quantity,
    grossMinor,
    sellerDiscountMinor,
    netMinor: grossMinor - sellerDiscountMinor,
    loyaltyDiscountMinor,
    commissionMinor,
    restockingRateBp,
  };
}

export function sellerOrder(
  sellerOrderId: string,
  fees: { outbound: number; regional: number },
  sellerDiscount: SellerOrderFigures['sellerDiscount'],
  lines: OrderLineFigures[],
): SellerOrderFigures {
  return {
    sellerOrderId,
    sellerCompanyId: `company-${sellerOrderId}`,
    currency: 'RUB',
    outboundFeeMinor: fees.outbound,
    regionalFeeMinor: fees.regional,
    sellerDiscount,
    lines,
  };
}

export function item(lineId: string, quantity: number, reason: ReturnReason) {
  return { lineId, quantity, reason };
}

/** The per-item amounts as one flat row, for comparing a whole item at a glance. */
export function row(allocated: ReturnItemAllocation) {
  return {
    m: allocated.netShare.amountMinor,
    p: allocated.loyaltyDiscountShare.amountMinor,
    c: allocated.commissionShare.amountMinor,
    f: allocated.outboundFeeShare.amountMinor,
    label: allocated.returnLabelShare.amountMinor,
    g: allocated.giveBack.amountMinor,
    clawback: allocated.clawbackShare.amountMinor,
    clawbackDeducted: allocated.clawbackDeducted.amountMinor,
    restocking: allocated.restockingFee.amountMinor,
    restockingDeducted: allocated.restockingDeducted.amountMinor,
    labelDeducted: allocated.returnLabelDeducted.amountMinor,
    refund: allocated.refund.amountMinor,
    seller: allocated.sellerPays.amountMinor,
    platform: allocated.platformPays.amountMinor,
  };
}

export type ItemRow = ReturnType<typeof row>;

export function itemRow(allocation: ReturnAllocation, lineId: string): ItemRow {
  const found = allocation.items.find((allocated) => allocated.lineId === lineId);
  if (!found) throw new Error(`no item for line ${lineId}`);
  return row(found);
}
