import type { Actor, CompanyProfile, PriceBasis, SellerOrderLineRecord, SellerOrderRecord } from '@lotbook/contracts';
import { needsApproval, type CompanyRoleName, type PricedOrderLine, type PricedSellerOrder } from '@lotbook/orders-domain';
import { fromDomain } from './domain-errors';

/** A priced line as a seller order stores it: the listing it buys from and every figure of its pricing. */
export function orderLineRecord(
  priced: PricedOrderLine,
  line: { id: string; lineNo: number; listingId: string; productId: string; productName: string; categoryId: string; sellerSku: string },
): SellerOrderLineRecord {
  return {
    ...line,
    quantity: priced.quantity,
    refusedQuantity: 0,
    shippedQuantity: 0,
    unitPriceMinor: priced.unitPriceMinor,
    priceBasis: priced.priceBasis as PriceBasis,
    priceExplanation: priced.priceExplanation,
    grossMinor: priced.grossMinor,
    sellerDiscountMinor: priced.sellerDiscountMinor,
    netMinor: priced.netMinor,
    loyaltyDiscountMinor: priced.loyaltyDiscountMinor,
    payableMinor: priced.payableMinor,
    commissionRateBp: priced.commissionRateBp,
    commissionMinor: priced.commissionMinor,
    restockingRateBp: priced.restockingRateBp,
    reservationId: null,
  };
}

/** Whether a purchase or a bid of this total waits for an approver, by the company's threshold (`needsApproval`). */
export function waitsForApproval(actor: Actor, profile: CompanyProfile, currency: string, totalMinor: number): boolean {
  const terms = profile.commercialTerms;
  try {
    return needsApproval({
      totalMinor,
      currency,
      approvalThreshold:
        terms && terms.approvalThresholdMinor !== null ? { amountMinor: terms.approvalThresholdMinor, currency: terms.currency } : null,
      actorRoles: actor.roles as CompanyRoleName[],
    });
  } catch (error) {
    fromDomain(error);
  }
}

/** A priced seller order's totals, as the order stores them. */
export function orderFigures(
  priced: PricedSellerOrder,
): Pick<
  SellerOrderRecord,
  | 'grossMinor'
  | 'sellerDiscountMinor'
  | 'netMinor'
  | 'loyaltyDiscountMinor'
  | 'loyaltyRateBp'
  | 'shippingFeeMinor'
  | 'regionalFeeMinor'
  | 'freeShipping'
  | 'commissionMinor'
  | 'buyerPaysMinor'
  | 'sellerDiscountRule'
> {
  return {
    grossMinor: priced.grossMinor,
    sellerDiscountMinor: priced.sellerDiscountMinor,
    netMinor: priced.netMinor,
    loyaltyDiscountMinor: priced.loyaltyDiscountMinor,
    loyaltyRateBp: priced.loyaltyRateBp,
    shippingFeeMinor: priced.shippingFeeMinor,
    regionalFeeMinor: priced.regionalFeeMinor,
    freeShipping: priced.freeShipping,
    commissionMinor: priced.commissionMinor,
    buyerPaysMinor: priced.buyerPaysMinor,
    sellerDiscountRule: priced.sellerDiscountRule ? { ...priced.sellerDiscountRule, applied: priced.sellerDiscountApplied } : null,
  };
}
