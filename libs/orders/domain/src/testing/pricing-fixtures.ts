import type { CheckoutLine, OrderLinePricingInput, PricedOrderLine, PricedSellerOrder, SellerOrderPricingInput } from '../pricing';

/** A line of steel at a list price, 5 % commission and 10 % restocking unless told otherwise. */
export function line(
  lineId: string,
  quantity: number,
  unitPriceMinor: number,
  terms: Partial<OrderLinePricingInput> = {},
): OrderLinePricingInput {
  return {
    lineId,
    quantity,
    unitPriceMinor,
    priceBasis: 'LIST_PRICE',
    priceExplanation: 'list price',
    commissionRateBp: 500,
    restockingRateBp: 1_000,
    ...terms,
  };
}

export function cartLine(
  sellerId: string,
  lineId: string,
  quantity: number,
  unitPriceMinor: number,
  terms: Partial<CheckoutLine> = {},
): CheckoutLine {
  return { ...line(lineId, quantity, unitPriceMinor), sellerId, currency: 'RUB', ...terms };
}

/** A seller order in RUB to URAL, with no seller discount, no loyalty and a 1,500.00 fee, unless told otherwise. */
export function sellerOrder(
  lines: readonly OrderLinePricingInput[],
  terms: Partial<SellerOrderPricingInput> = {},
): SellerOrderPricingInput {
  return {
    sellerId: 'steelworks',
    currency: 'RUB',
    deliveryRegion: 'URAL',
    lines,
    sellerDiscount: null,
    sellerDiscountApplies: true,
    loyaltyRateBp: 0,
    shipping: { feeByRegionMinor: { URAL: 150_000 }, freeFromNetMinor: null },
    ...terms,
  };
}

/** A line's money figures only, to compare with figures worked out by hand. */
export function figures(line: PricedOrderLine) {
  const { lineId, grossMinor, sellerDiscountMinor, netMinor, loyaltyDiscountMinor, payableMinor, commissionMinor } = line;
  return { lineId, grossMinor, sellerDiscountMinor, netMinor, loyaltyDiscountMinor, payableMinor, commissionMinor };
}

/** A seller order's totals and shipping only. */
export function totals(order: PricedSellerOrder) {
  const {
    grossMinor,
    sellerDiscountMinor,
    netMinor,
    loyaltyDiscountMinor,
    payableMinor,
    commissionMinor,
    shippingFeeMinor,
    regionalFeeMinor,
  } = order;
  return {
    grossMinor,
    sellerDiscountMinor,
    netMinor,
    loyaltyDiscountMinor,
    payableMinor,
    commissionMinor,
    shippingFeeMinor,
    regionalFeeMinor,
    freeShipping: order.freeShipping,
    buyerPaysMinor: order.buyerPaysMinor,
  };
}
