export { OrdersDomainError, type OrdersDomainErrorCode } from './errors';
export {
  priceCheckout,
  priceSellerOrder,
  repriceAfterRefusal,
  type CheckoutLine,
  type CheckoutPricingContext,
  type OrderLinePricingInput,
  type PriceBasis,
  type PricedCheckout,
  type PricedOrderLine,
  type PricedSellerOrder,
  type SellerDiscountRule,
  type SellerOrderPricingInput,
  type SellerPricingTerms,
  type ShippingTable,
} from './pricing';
