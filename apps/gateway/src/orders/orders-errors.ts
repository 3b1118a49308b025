import type { OrdersErrorCode } from '@lotbook/contracts';

/** What each orders refusal means, for the schema's `ErrorCode` enum and the README (codes shared with other contexts are described there). */
export const ORDERS_GRAPHQL_ERRORS: Record<
  Exclude<
    `${OrdersErrorCode}`,
    | 'FORBIDDEN'
    | 'INVALID_INPUT'
    | 'COMPANY_NOT_APPROVED'
    | 'UNKNOWN_LISTING'
    | 'QUANTITY_BELOW_MINIMUM'
    | 'NON_POSITIVE_QUANTITY'
    | 'INSUFFICIENT_STOCK'
    | 'UNKNOWN_CURRENCY'
    | 'IDEMPOTENCY_KEY_REUSED'
    | 'TRANSITION_NOT_ALLOWED'
    | 'UNKNOWN_ORDER'
    | 'UNKNOWN_PRODUCT'
    | 'NON_POSITIVE_PRICE'
    | 'PRICE_TOO_PRECISE'
    | 'INVALID_MINIMUM_FILL'
    | 'EXPIRY_IN_PAST'
    | 'DUPLICATE_ORDER_ID'
    | 'REASON_REQUIRED'
    | 'CATALOG_UNAVAILABLE'
    | 'INVALID_SIDE'
    | 'INVALID_SEQUENCE'
    | 'SEQUENCE_NOT_INCREASING'
  >,
  { description: string }
> = {
  OWN_LISTING: { description: 'A company cannot buy from its own listing' },
  NOT_A_LOT_MULTIPLE: { description: 'The quantity is not a whole number of the listing’s lots' },
  MIXED_CURRENCIES: { description: 'A cart is in one currency: check out or clear it before adding a listing in another' },
  EMPTY_CART: { description: 'The cart is empty' },
  UNKNOWN_CART_LINE: { description: 'No such line in your cart' },
  UNKNOWN_LEGAL_ENTITY: { description: 'The legal entity is not one of your company’s' },
  REGION_NOT_SHIPPED: { description: 'A seller in the cart does not ship to the delivery region' },
  AMOUNT_OUT_OF_RANGE: { description: 'An amount is beyond what can be computed exactly' },
  CREDIT_LIMIT_EXCEEDED: {
    description:
      'Exposure plus this purchase (or bid) is above the credit limit; the message states the limit, the exposure and the amount asked',
  },
  CREDIT_HOLD: { description: 'The buyer has an overdue invoice: nothing of theirs ships until it is paid' },
  PAYMENT_NOT_RECEIVED: { description: 'The buyer pays in advance and has not paid yet' },
  UNKNOWN_PURCHASE: { description: 'No such purchase, or not one you may see' },
  UNKNOWN_LINE: { description: 'No such line in the order' },
  NOT_AN_APPROVER: { description: 'Only an APPROVER of the buying company decides a purchase waiting for approval' },
  OWN_PURCHASE: { description: 'Nobody approves their own purchase' },
  NOTHING_KEPT: { description: 'The seller keeps no line: refuse the whole order instead' },
  SHIPMENT_EXCEEDS_ORDERED: { description: 'More is shipped than was ordered' },
  INVALID_LOYALTY_TIERS: {
    description: 'A loyalty tier table must start at 0, rise without gaps or overlaps, and have rates from 0 to 10,000 basis points',
  },
  INVALID_RATE: { description: 'A rate must be whole basis points from 0 to 10,000' },
  UNKNOWN_BID_REQUEST: { description: 'No such bid waiting in orders, or not one of your company’s' },
  TRADING_UNAVAILABLE: {
    description: 'The book did not answer in time; nothing changed: send the bid again with the same idempotency key',
  },
  COUNTERPARTIES_UNAVAILABLE: { description: 'The company register did not answer in time; nothing changed: try again' },
};
