export { assertMayApprove, needsApproval, type ApprovalAttempt, type ApprovalQuestion, type CompanyRoleName } from './approval';
export { checkCredit, type CreditDecision, type CreditQuestion, type CreditTerms } from './credit';
export { OrdersDomainError, type OrdersDomainErrorCode } from './errors';
export { assertValidLoyaltyTiers, DEFAULT_LOYALTY_TIERS, loyaltyRateFor, type LoyaltyTier } from './loyalty';
export {
  availableOrderActions,
  DEFAULT_STATUS_TIME_LIMITS,
  initialOrderStatus,
  ORDER_ACTIONS,
  ORDER_ACTORS,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  overdueStatuses,
  transitionOrder,
  type OrderAction,
  type OrderActor,
  type OrderCommand,
  type OrderStatus,
  type OrderStatusChange,
  type OrderStatusClock,
  type OrderTransitionRule,
  type OverdueStatus,
  type StatusTimeLimits,
} from './order-status';
export {
  INITIAL_RETURN_POLICY_WINDOW,
  laterReturnPolicy,
  ordersToComplete,
  returnWindowClosesAt,
  returnWindowDaysOf,
  type DeliveredOrder,
  type OrderReturnWindow,
  type ReturnPolicyWindow,
} from './return-window';
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
