/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The unit quantities are counted in, always whole */
export type BaseUnit = 'KG' | 'L' | 'M' | 'M2' | 'M3' | 'PACK' | 'PIECE' | 'T';

/** PENDING_APPROVAL waits for an approver; PLACED went to the book; REJECTED, EXPIRED and CANCELLED never did */
export type BidRequestStatus = 'CANCELLED' | 'EXPIRED' | 'PENDING_APPROVAL' | 'PLACED' | 'REJECTED';

/** For whom and where the cart is placed */
export type CheckoutInput = {
  /** The delivery address */
  deliveryAddress: string;
  /** The delivery region (it picks each seller’s shipping fee) */
  deliveryRegion: string;
  /** The checkout’s idempotency key, when it is not given as the mutation’s argument */
  idempotencyKey?: string | null | undefined;
  /** The company’s legal entity the purchase is for */
  legalEntityId: string | number;
};

/** A return to file: the input of its quote and an idempotency key */
export type FileReturnInput = {
  /** The filing’s idempotency key, when it is not given as the mutation’s argument */
  idempotencyKey?: string | null | undefined;
  /** The items: each line at most once */
  items: Array<ReturnItemInput>;
  /** The policyVersion of the quote you showed the buyer: when an operator has changed the policy since, the filing is refused with RETURN_POLICY_CHANGED (quote again), so the figures filed are the figures shown */
  policyVersion?: number | null | undefined;
  /** The purchase returned from */
  purchaseId?: string | number | null | undefined;
  /** Or the trade order returned from (a seller order without a purchase) */
  sellerOrderId?: string | number | null | undefined;
};

/** ISSUED → PARTIALLY_PAID → PAID; OVERDUE once past due with something left to pay (→ PAID); VOID when its prepaid order was cancelled */
export type InvoiceStatus = 'ISSUED' | 'OVERDUE' | 'PAID' | 'PARTIALLY_PAID' | 'VOID';

/** NET_TERMS: issued at delivery, due after the buyer’s payment term; PREPAYMENT: issued when the order is placed, due at once */
export type InvoiceTerms = 'NET_TERMS' | 'PREPAYMENT';

/** Every filter is optional; they combine with AND */
export type ListingSearchFilter = {
  /** Products having all these attributes */
  attributes?: Record<string, string> | null | undefined;
  /** This category and everything under it */
  categoryId?: string | number | null | undefined;
  /** Listings priced in this ISO 4217 currency */
  currency?: string | null | undefined;
  /** Only listings with stock available */
  inStockOnly?: boolean | null | undefined;
  /** A list unit price of at most this, in minor units */
  maxPriceMinor?: number | null | undefined;
  /** A list unit price of at least this, in minor units */
  minPriceMinor?: number | null | undefined;
  /** Listings shipping from this warehouse region */
  region?: string | null | undefined;
  /** Only this seller company’s listings */
  sellerCompanyId?: string | number | null | undefined;
  /** Words to find in product codes, names and descriptions */
  text?: string | null | undefined;
};

/** PRICE_ASC (cheapest first), PRICE_DESC, or RELEVANCE (best text match first; needs search text) */
export type ListingSort = 'PRICE_ASC' | 'PRICE_DESC' | 'RELEVANCE';

/** Why an order’s remainder was closed: it fell below its own minimum and could never trade */
export type OrderCloseReason = 'BELOW_LOT_MULTIPLE' | 'BELOW_MINIMUM_FILL' | 'BELOW_MINIMUM_ORDER_QUANTITY';

/** OPEN rests in the book; FILLED, CANCELLED, EXPIRED and CLOSED are final */
export type OrderStatus = 'CANCELLED' | 'CLOSED' | 'EXPIRED' | 'FILLED' | 'OPEN';

/** How much of a payment goes to one invoice */
export type PaymentAllocationInput = {
  /** The amount for it */
  amountMinor: number;
  /** The invoice */
  invoiceId: string | number;
};

/** NET_TERMS: invoiced at delivery, due after the payment term; PREPAY: paid before it moves on */
export type PaymentMode = 'NET_TERMS' | 'PREPAY';

/** A purchase request: the most you pay per base unit, and the smallest trade you accept */
export type PlaceBidInput = {
  /** Warehouse regions you take goods from; empty is any */
  acceptedRegions?: Array<string>;
  /** ISO 4217; the book is one product in one currency */
  currency: string;
  /** Good till this instant; good till cancelled when left out */
  expiresAt?: string | null | undefined;
  /** Which of your legal entities buys; your first one when left out */
  legalEntityId?: string | number | null | undefined;
  /** The most you pay per base unit, as a decimal in major units ("512.35"), read exactly in the currency: more decimals than the currency has is refused (PRICE_TOO_PRECISE), never rounded; or give limitPriceMinor */
  limitPrice?: string | null | undefined;
  /** The most you pay per base unit, in minor units; or give limitPrice */
  limitPriceMinor?: number | null | undefined;
  /** The smallest trade you accept */
  minimumFill?: number;
  /** The product to buy (ACTIVE) */
  productId: string | number;
  /** Base units of the product */
  quantity: number;
};

/** Why a unit price applies: list price, a volume break, a contract price, or the trade price */
export type PriceBasis = 'CONTRACT' | 'LIST_PRICE' | 'PRICE_BREAK' | 'TRADE';

/** PROPOSED by a seller (waiting for an operator), ACTIVE (listable, visible) or REJECTED (with a reason) */
export type ProductStatus = 'ACTIVE' | 'PROPOSED' | 'REJECTED';

/** A payment received from a buyer */
export type RecordPaymentInput = {
  /** The invoices it pays, with an amount each; none: the buyer’s unpaid invoices oldest due first. The rest stays as credit */
  allocations?: Array<PaymentAllocationInput> | null | undefined;
  /** The amount received, above zero */
  amountMinor: number;
  /** The paying buyer (your own company, for a buyer’s accountant) */
  buyerCompanyId: string | number;
  /** ISO 4217 currency */
  currency: string;
  /** The bank’s reference, or a note */
  reference?: string | null | undefined;
};

/** A step of a seller return: filed by the buyer, accepted or disputed by the seller, a carrier claim accepted or a dispute decided by an operator, the parcel received, the refund issued */
export type ReturnAction = 'ACCEPT' | 'ACCEPT_CARRIER_CLAIM' | 'CONFIRM_RECEIPT' | 'CONFIRM_REFUND' | 'DECIDE_DISPUTE' | 'DISPUTE' | 'FILE';

/** The machine name of an amount of a return quote (the README’s who-pays table names each) */
export type ReturnAmountName =
  | 'CLAWBACK_DEDUCTED'
  | 'CLAWBACK_DUE'
  | 'CLAWBACK_HELD'
  | 'CLAWBACK_LEFT_DUE'
  | 'CLAWBACK_SHARE'
  | 'COMMISSION_SHARE'
  | 'GIVE_BACK'
  | 'LOYALTY_DISCOUNT_SHARE'
  | 'NET_SHARE'
  | 'OUTBOUND_FEE_SHARE'
  | 'PLATFORM_PAYS'
  | 'REFUND'
  | 'RESTOCKING_DEDUCTED'
  | 'RESTOCKING_FEE'
  | 'RETURN_LABEL'
  | 'RETURN_LABELS'
  | 'RETURN_LABEL_DEDUCTED'
  | 'RETURN_LABEL_SHARE'
  | 'SELLERS_PAY'
  | 'SELLER_PAYS';

/** Whose fault a returned item is: SELLER, BUYER or CARRIER (the row of the who-pays table) */
export type ReturnFault = 'BUYER' | 'CARRIER' | 'SELLER';

/** Units of one line to return, and why */
export type ReturnItemInput = {
  /** Your comment for the seller; kept when the return is filed (a quote ignores it) */
  comment?: string | null | undefined;
  /** The order line */
  lineId: string | number;
  /** Units to return */
  quantity: number;
  /** Why */
  reason: ReturnReason;
};

/** A return to quote: items of one purchase, or of one trade order */
export type ReturnQuoteInput = {
  /** The items: each line at most once */
  items: Array<ReturnItemInput>;
  /** The purchase returned from */
  purchaseId?: string | number | null | undefined;
  /** Or the trade order returned from (a seller order without a purchase) */
  sellerOrderId?: string | number | null | undefined;
};

/** Why an item goes back; the return policy’s reason → fault table (returnPolicy) decides whose fault it is, and so who pays. The faults below are the defaults */
export type ReturnReason =
  /** Buyer’s reason by default: not wanted any more */
  | 'CHANGED_MIND'
  /** Carrier’s fault by default: broken on the way (a carrier-fault item waits for an operator to accept the claim) */
  | 'DAMAGED_IN_TRANSIT'
  /** Seller’s fault by default: it does not work */
  | 'DEFECTIVE'
  /** Seller’s fault by default: it is not what the listing said */
  | 'NOT_AS_DESCRIBED'
  /** Buyer’s reason by default: ordered in error */
  | 'ORDERED_BY_MISTAKE'
  /** Seller’s fault by default: another product was sent */
  | 'WRONG_ITEM';

/** REQUESTED → ACCEPTED (or DISPUTED → an operator decides → ACCEPTED) → RECEIVED → REFUNDED (at once: Lotbook issues the refund) */
export type ReturnStatus = 'ACCEPTED' | 'DISPUTED' | 'RECEIVED' | 'REFUNDED' | 'REQUESTED';

/** PENDING_APPROVAL → (AWAITING_PAYMENT) → PLACED → CONFIRMED → SHIPPED → DELIVERED → COMPLETED; CANCELLED from the states that allow it */
export type SellerOrderStatus =
  'AWAITING_PAYMENT' | 'CANCELLED' | 'COMPLETED' | 'CONFIRMED' | 'DELIVERED' | 'PENDING_APPROVAL' | 'PLACED' | 'SHIPPED';

export type SearchListingsQueryVariables = Exact<{
  filter?: ListingSearchFilter | null | undefined;
  sort: ListingSort;
  first: number;
  after?: string | null | undefined;
}>;

export type SearchListingsQuery = {
  searchListings: {
    endCursor: string | null;
    hasNextPage: boolean;
    hits: Array<{
      productCode: string;
      productName: string;
      categoryPath: Array<string>;
      sellerTradingName: string;
      available: number;
      relevance: number | null;
      listing: {
        id: string;
        productId: string;
        sellerCompanyId: string;
        region: string;
        currency: string;
        unitPriceMinor: number;
        minimumOrderQuantity: number;
        lotMultiple: number;
        leadTimeDays: number;
        priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
      };
    }>;
  };
};

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductDetailQuery = {
  product: {
    id: string;
    code: string;
    name: string;
    description: string;
    attributes: Record<string, string>;
    baseUnit: BaseUnit;
    categoryId: string;
    status: ProductStatus;
  };
};

export type ProductOffersQueryVariables = Exact<{
  productId: string | number;
  quantity?: number | null | undefined;
}>;

export type ProductOffersQuery = {
  productOffers: Array<{
    sellerTradingName: string;
    available: number;
    listing: {
      id: string;
      sellerCompanyId: string;
      region: string;
      currency: string;
      unitPriceMinor: number;
      minimumOrderQuantity: number;
      lotMultiple: number;
      leadTimeDays: number;
      priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
    };
    quote: {
      ok: boolean;
      quantity: number | null;
      basis: string | null;
      unitPriceMinor: number | null;
      lineTotalMinor: number | null;
      currency: string | null;
      explanation: string | null;
      refusal: { reason: string; message: string } | null;
    };
  }>;
};

export type PlaceBidMutationVariables = Exact<{
  input: PlaceBidInput;
  idempotencyKey?: string | null | undefined;
}>;

export type PlaceBidMutation = {
  placeBid: {
    bidRequest: { id: string; status: BidRequestStatus; maxValueMinor: number; currency: string; reason: string | null } | null;
    order: {
      id: string;
      sequence: number;
      status: OrderStatus;
      quantity: number;
      openQuantity: number;
      filledQuantity: number;
      limitPriceMinor: number;
      currency: string;
      closeReason: OrderCloseReason | null;
    } | null;
    trades: Array<{ id: string; quantity: number; priceMinor: number; amountMinor: number; currency: string }>;
  };
};

export type BidRequestFieldsFragment = {
  id: string;
  productId: string;
  quantity: number;
  limitPriceMinor: number;
  maxValueMinor: number;
  currency: string;
  status: BidRequestStatus;
  reason: string | null;
  placedByUserId: string;
  decidedByUserId: string | null;
  createdAt: string;
  expiresAt: string | null;
};

export type MyBidRequestsQueryVariables = Exact<{
  awaitingApprovalOnly: boolean;
}>;

export type MyBidRequestsQuery = {
  myBidRequests: Array<{
    id: string;
    productId: string;
    quantity: number;
    limitPriceMinor: number;
    maxValueMinor: number;
    currency: string;
    status: BidRequestStatus;
    reason: string | null;
    placedByUserId: string;
    decidedByUserId: string | null;
    createdAt: string;
    expiresAt: string | null;
  }>;
};

export type ApproveBidMutationVariables = Exact<{
  bidId: string | number;
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type ApproveBidMutation = {
  approveBid: {
    bidRequest: {
      id: string;
      productId: string;
      quantity: number;
      limitPriceMinor: number;
      maxValueMinor: number;
      currency: string;
      status: BidRequestStatus;
      reason: string | null;
      placedByUserId: string;
      decidedByUserId: string | null;
      createdAt: string;
      expiresAt: string | null;
    } | null;
    order: { id: string; status: OrderStatus; filledQuantity: number } | null;
  };
};

export type RejectBidMutationVariables = Exact<{
  bidId: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type RejectBidMutation = {
  rejectBid: {
    id: string;
    productId: string;
    quantity: number;
    limitPriceMinor: number;
    maxValueMinor: number;
    currency: string;
    status: BidRequestStatus;
    reason: string | null;
    placedByUserId: string;
    decidedByUserId: string | null;
    createdAt: string;
    expiresAt: string | null;
  };
};

export type InvoiceFieldsFragment = {
  id: string;
  number: string;
  sellerOrderId: string;
  sellerCompanyId: string;
  buyerCompanyId: string;
  currency: string;
  amountMinor: number;
  paidMinor: number;
  creditedMinor: number;
  outstandingMinor: number;
  status: InvoiceStatus;
  terms: InvoiceTerms;
  overdue: boolean;
  issuedAt: string;
  dueAt: string;
  payments: Array<{ paymentId: string; amountMinor: number; receivedAt: string }>;
  credits: Array<{ returnId: string; amountMinor: number; at: string }>;
};

export type BuyerInvoicesQueryVariables = Exact<{
  statuses?: Array<InvoiceStatus> | InvoiceStatus | null | undefined;
}>;

export type BuyerInvoicesQuery = {
  invoices: Array<{
    id: string;
    number: string;
    sellerOrderId: string;
    sellerCompanyId: string;
    buyerCompanyId: string;
    currency: string;
    amountMinor: number;
    paidMinor: number;
    creditedMinor: number;
    outstandingMinor: number;
    status: InvoiceStatus;
    terms: InvoiceTerms;
    overdue: boolean;
    issuedAt: string;
    dueAt: string;
    payments: Array<{ paymentId: string; amountMinor: number; receivedAt: string }>;
    credits: Array<{ returnId: string; amountMinor: number; at: string }>;
  }>;
};

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
  idempotencyKey?: string | null | undefined;
}>;

export type RecordPaymentMutation = {
  recordPayment: {
    payment: { id: string; amountMinor: number; creditMinor: number; currency: string };
    invoices: Array<{
      id: string;
      number: string;
      sellerOrderId: string;
      sellerCompanyId: string;
      buyerCompanyId: string;
      currency: string;
      amountMinor: number;
      paidMinor: number;
      creditedMinor: number;
      outstandingMinor: number;
      status: InvoiceStatus;
      terms: InvoiceTerms;
      overdue: boolean;
      issuedAt: string;
      dueAt: string;
      payments: Array<{ paymentId: string; amountMinor: number; receivedAt: string }>;
      credits: Array<{ returnId: string; amountMinor: number; at: string }>;
    }>;
  };
};

export type CartFieldsFragment = {
  companyId: string;
  currency: string | null;
  lines: Array<{ id: string; listingId: string; sellerCompanyId: string; quantity: number; currency: string; addedAt: string }>;
};

export type MyCartQueryVariables = Exact<{ [key: string]: never }>;

export type MyCartQuery = {
  myCart: {
    companyId: string;
    currency: string | null;
    lines: Array<{ id: string; listingId: string; sellerCompanyId: string; quantity: number; currency: string; addedAt: string }>;
  };
};

export type AddToCartMutationVariables = Exact<{
  listingId: string | number;
  quantity: number;
  idempotencyKey?: string | null | undefined;
}>;

export type AddToCartMutation = {
  addToCart: {
    companyId: string;
    currency: string | null;
    lines: Array<{ id: string; listingId: string; sellerCompanyId: string; quantity: number; currency: string; addedAt: string }>;
  };
};

export type UpdateCartLineMutationVariables = Exact<{
  lineId: string | number;
  quantity: number;
  idempotencyKey?: string | null | undefined;
}>;

export type UpdateCartLineMutation = {
  updateCartLine: {
    companyId: string;
    currency: string | null;
    lines: Array<{ id: string; listingId: string; sellerCompanyId: string; quantity: number; currency: string; addedAt: string }>;
  };
};

export type ClearCartMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
}>;

export type ClearCartMutation = {
  clearCart: {
    companyId: string;
    currency: string | null;
    lines: Array<{ id: string; listingId: string; sellerCompanyId: string; quantity: number; currency: string; addedAt: string }>;
  };
};

export type OrderFiguresFragment = {
  sellerCompanyId: string;
  currency: string;
  grossMinor: number;
  sellerDiscountMinor: number;
  loyaltyDiscountMinor: number;
  loyaltyRateBp: number;
  shippingFeeMinor: number;
  regionalFeeMinor: number;
  freeShipping: boolean;
  buyerPaysMinor: number;
  paymentMode: PaymentMode;
  paymentTermDays: number | null;
  sellerDiscountRule: { applied: boolean; rateBp: number; thresholdMinor: number } | null;
  lines: Array<{
    id: string;
    lineNo: number;
    listingId: string;
    productId: string;
    productName: string;
    sellerSku: string;
    quantity: number;
    unitPriceMinor: number;
    priceBasis: PriceBasis;
    priceExplanation: string;
    grossMinor: number;
    sellerDiscountMinor: number;
    loyaltyDiscountMinor: number;
    payableMinor: number;
  }>;
};

export type CheckoutPreviewQueryVariables = Exact<{
  deliveryRegion: string;
}>;

export type CheckoutPreviewQuery = {
  checkoutPreview: {
    currency: string;
    totalMinor: number;
    needsApproval: boolean;
    paymentMode: PaymentMode;
    orders: Array<{
      sellerCompanyId: string;
      currency: string;
      grossMinor: number;
      sellerDiscountMinor: number;
      loyaltyDiscountMinor: number;
      loyaltyRateBp: number;
      shippingFeeMinor: number;
      regionalFeeMinor: number;
      freeShipping: boolean;
      buyerPaysMinor: number;
      paymentMode: PaymentMode;
      paymentTermDays: number | null;
      sellerDiscountRule: { applied: boolean; rateBp: number; thresholdMinor: number } | null;
      lines: Array<{
        id: string;
        lineNo: number;
        listingId: string;
        productId: string;
        productName: string;
        sellerSku: string;
        quantity: number;
        unitPriceMinor: number;
        priceBasis: PriceBasis;
        priceExplanation: string;
        grossMinor: number;
        sellerDiscountMinor: number;
        loyaltyDiscountMinor: number;
        payableMinor: number;
      }>;
    }>;
  };
};

export type MyLegalEntitiesQueryVariables = Exact<{ [key: string]: never }>;

export type MyLegalEntitiesQuery = {
  myCompany: { id: string; legalEntities: Array<{ id: string; name: string; taxId: string; address: string }> };
};

export type AddLegalEntityMutationVariables = Exact<{
  name: string;
  taxId: string;
  address: string;
  idempotencyKey?: string | null | undefined;
}>;

export type AddLegalEntityMutation = { addLegalEntity: { id: string; name: string; taxId: string; address: string } };

export type PurchaseFieldsFragment = {
  id: string;
  createdAt: string;
  currency: string;
  totalMinor: number;
  placedByUserId: string;
  approval: { status: string; reason: string | null; expiresAt: string; decidedAt: string | null } | null;
  orders: Array<{
    id: string;
    sellerCompanyId: string;
    status: SellerOrderStatus;
    statusChangedAt: string;
    buyerPaysMinor: number;
    currency: string;
    carrier: string | null;
    trackingNumber: string | null;
    lines: Array<{
      id: string;
      productId: string;
      productName: string;
      quantity: number;
      refusedQuantity: number;
      shippedQuantity: number;
    }>;
  }>;
};

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CheckoutMutation = {
  checkout: {
    id: string;
    createdAt: string;
    currency: string;
    totalMinor: number;
    placedByUserId: string;
    approval: { status: string; reason: string | null; expiresAt: string; decidedAt: string | null } | null;
    orders: Array<{
      id: string;
      sellerCompanyId: string;
      status: SellerOrderStatus;
      statusChangedAt: string;
      buyerPaysMinor: number;
      currency: string;
      carrier: string | null;
      trackingNumber: string | null;
      lines: Array<{
        id: string;
        productId: string;
        productName: string;
        quantity: number;
        refusedQuantity: number;
        shippedQuantity: number;
      }>;
    }>;
  };
};

export type MyPurchasesQueryVariables = Exact<{
  awaitingApprovalOnly: boolean;
}>;

export type MyPurchasesQuery = {
  myPurchases: Array<{
    id: string;
    createdAt: string;
    currency: string;
    totalMinor: number;
    placedByUserId: string;
    approval: { status: string; reason: string | null; expiresAt: string; decidedAt: string | null } | null;
    orders: Array<{
      id: string;
      sellerCompanyId: string;
      status: SellerOrderStatus;
      statusChangedAt: string;
      buyerPaysMinor: number;
      currency: string;
      carrier: string | null;
      trackingNumber: string | null;
      lines: Array<{
        id: string;
        productId: string;
        productName: string;
        quantity: number;
        refusedQuantity: number;
        shippedQuantity: number;
      }>;
    }>;
  }>;
};

export type ApprovePurchaseMutationVariables = Exact<{
  purchaseId: string | number;
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type ApprovePurchaseMutation = {
  approvePurchase: {
    id: string;
    createdAt: string;
    currency: string;
    totalMinor: number;
    placedByUserId: string;
    approval: { status: string; reason: string | null; expiresAt: string; decidedAt: string | null } | null;
    orders: Array<{
      id: string;
      sellerCompanyId: string;
      status: SellerOrderStatus;
      statusChangedAt: string;
      buyerPaysMinor: number;
      currency: string;
      carrier: string | null;
      trackingNumber: string | null;
      lines: Array<{
        id: string;
        productId: string;
        productName: string;
        quantity: number;
        refusedQuantity: number;
        shippedQuantity: number;
      }>;
    }>;
  };
};

export type RejectPurchaseMutationVariables = Exact<{
  purchaseId: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type RejectPurchaseMutation = {
  rejectPurchase: {
    id: string;
    createdAt: string;
    currency: string;
    totalMinor: number;
    placedByUserId: string;
    approval: { status: string; reason: string | null; expiresAt: string; decidedAt: string | null } | null;
    orders: Array<{
      id: string;
      sellerCompanyId: string;
      status: SellerOrderStatus;
      statusChangedAt: string;
      buyerPaysMinor: number;
      currency: string;
      carrier: string | null;
      trackingNumber: string | null;
      lines: Array<{
        id: string;
        productId: string;
        productName: string;
        quantity: number;
        refusedQuantity: number;
        shippedQuantity: number;
      }>;
    }>;
  };
};

export type ReturnAmountFieldsFragment = { name: ReturnAmountName; amountMinor: number; reason: string };

export type ReturnQuoteFieldsFragment = {
  currency: string;
  policyVersion: number;
  items: Array<{
    lineId: string;
    sellerOrderId: string;
    quantity: number;
    reason: ReturnReason;
    fault: ReturnFault;
    netShare: { name: ReturnAmountName; amountMinor: number; reason: string };
    loyaltyDiscountShare: { name: ReturnAmountName; amountMinor: number; reason: string };
    outboundFeeShare: { name: ReturnAmountName; amountMinor: number; reason: string };
    restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
    returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
    clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
    giveBack: { name: ReturnAmountName; amountMinor: number; reason: string };
    refund: { name: ReturnAmountName; amountMinor: number; reason: string };
    sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
  }>;
  sellerOrders: Array<{
    sellerOrderId: string;
    sellerCompanyId: string;
    returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
    totals: { refundMinor: number; sellerPaysMinor: number; platformPaysMinor: number };
  }>;
  refund: { name: ReturnAmountName; amountMinor: number; reason: string };
  sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
  platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
  returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
};

export type BuyerReturnFieldsFragment = {
  id: string;
  requestId: string;
  purchaseId: string | null;
  sellerOrderId: string;
  sellerCompanyId: string;
  currency: string;
  status: ReturnStatus;
  statusChangedAt: string;
  filedAt: string;
  refundedAt: string | null;
  refundMinor: number;
  sellerPaysMinor: number;
  platformPaysMinor: number;
  returnLabelMinor: number;
  allocation: {
    currency: string;
    policyVersion: number;
    items: Array<{
      lineId: string;
      sellerOrderId: string;
      quantity: number;
      reason: ReturnReason;
      fault: ReturnFault;
      netShare: { name: ReturnAmountName; amountMinor: number; reason: string };
      loyaltyDiscountShare: { name: ReturnAmountName; amountMinor: number; reason: string };
      outboundFeeShare: { name: ReturnAmountName; amountMinor: number; reason: string };
      restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      giveBack: { name: ReturnAmountName; amountMinor: number; reason: string };
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    }>;
    sellerOrders: Array<{
      sellerOrderId: string;
      sellerCompanyId: string;
      returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
      totals: { refundMinor: number; sellerPaysMinor: number; platformPaysMinor: number };
    }>;
    refund: { name: ReturnAmountName; amountMinor: number; reason: string };
    sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
    platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
  };
  items: Array<{
    lineId: string;
    productName: string;
    sellerSku: string;
    quantity: number;
    reason: ReturnReason;
    filedReason: ReturnReason;
    fault: ReturnFault;
    comment: string | null;
  }>;
  history: Array<{ action: ReturnAction; from: ReturnStatus | null; to: ReturnStatus; at: string; actorKind: string; note: string | null }>;
};

export type PurchaseReturnsQueryVariables = Exact<{
  purchaseId: string | number;
}>;

export type PurchaseReturnsQuery = {
  purchaseReturns: {
    purchaseId: string | null;
    lines: Array<{
      lineId: string;
      sellerOrderId: string;
      sellerCompanyId: string;
      listingId: string;
      productName: string;
      sellerSku: string;
      orderStatus: string;
      deliveredQuantity: number;
      returnedQuantity: number;
      returnableQuantity: number;
      returnWindowClosesAt: string | null;
    }>;
    returns: Array<{
      id: string;
      requestId: string;
      purchaseId: string | null;
      sellerOrderId: string;
      sellerCompanyId: string;
      currency: string;
      status: ReturnStatus;
      statusChangedAt: string;
      filedAt: string;
      refundedAt: string | null;
      refundMinor: number;
      sellerPaysMinor: number;
      platformPaysMinor: number;
      returnLabelMinor: number;
      allocation: {
        currency: string;
        policyVersion: number;
        items: Array<{
          lineId: string;
          sellerOrderId: string;
          quantity: number;
          reason: ReturnReason;
          fault: ReturnFault;
          netShare: { name: ReturnAmountName; amountMinor: number; reason: string };
          loyaltyDiscountShare: { name: ReturnAmountName; amountMinor: number; reason: string };
          outboundFeeShare: { name: ReturnAmountName; amountMinor: number; reason: string };
          restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
          returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
          clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
          giveBack: { name: ReturnAmountName; amountMinor: number; reason: string };
          refund: { name: ReturnAmountName; amountMinor: number; reason: string };
          sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
          platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        }>;
        sellerOrders: Array<{
          sellerOrderId: string;
          sellerCompanyId: string;
          returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
          totals: { refundMinor: number; sellerPaysMinor: number; platformPaysMinor: number };
        }>;
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
      };
      items: Array<{
        lineId: string;
        productName: string;
        sellerSku: string;
        quantity: number;
        reason: ReturnReason;
        filedReason: ReturnReason;
        fault: ReturnFault;
        comment: string | null;
      }>;
      history: Array<{
        action: ReturnAction;
        from: ReturnStatus | null;
        to: ReturnStatus;
        at: string;
        actorKind: string;
        note: string | null;
      }>;
    }>;
  };
};

export type ReturnQuoteQueryVariables = Exact<{
  input: ReturnQuoteInput;
}>;

export type ReturnQuoteQuery = {
  returnQuote: {
    currency: string;
    policyVersion: number;
    items: Array<{
      lineId: string;
      sellerOrderId: string;
      quantity: number;
      reason: ReturnReason;
      fault: ReturnFault;
      netShare: { name: ReturnAmountName; amountMinor: number; reason: string };
      loyaltyDiscountShare: { name: ReturnAmountName; amountMinor: number; reason: string };
      outboundFeeShare: { name: ReturnAmountName; amountMinor: number; reason: string };
      restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      giveBack: { name: ReturnAmountName; amountMinor: number; reason: string };
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    }>;
    sellerOrders: Array<{
      sellerOrderId: string;
      sellerCompanyId: string;
      returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
      totals: { refundMinor: number; sellerPaysMinor: number; platformPaysMinor: number };
    }>;
    refund: { name: ReturnAmountName; amountMinor: number; reason: string };
    sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
    platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
  };
};

export type FileReturnMutationVariables = Exact<{
  input: FileReturnInput;
  idempotencyKey?: string | null | undefined;
}>;

export type FileReturnMutation = {
  fileReturn: {
    id: string;
    purchaseId: string | null;
    returns: Array<{
      id: string;
      requestId: string;
      purchaseId: string | null;
      sellerOrderId: string;
      sellerCompanyId: string;
      currency: string;
      status: ReturnStatus;
      statusChangedAt: string;
      filedAt: string;
      refundedAt: string | null;
      refundMinor: number;
      sellerPaysMinor: number;
      platformPaysMinor: number;
      returnLabelMinor: number;
      allocation: {
        currency: string;
        policyVersion: number;
        items: Array<{
          lineId: string;
          sellerOrderId: string;
          quantity: number;
          reason: ReturnReason;
          fault: ReturnFault;
          netShare: { name: ReturnAmountName; amountMinor: number; reason: string };
          loyaltyDiscountShare: { name: ReturnAmountName; amountMinor: number; reason: string };
          outboundFeeShare: { name: ReturnAmountName; amountMinor: number; reason: string };
          restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
          returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
          clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
          giveBack: { name: ReturnAmountName; amountMinor: number; reason: string };
          refund: { name: ReturnAmountName; amountMinor: number; reason: string };
          sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
          platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        }>;
        sellerOrders: Array<{
          sellerOrderId: string;
          sellerCompanyId: string;
          returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
          totals: { refundMinor: number; sellerPaysMinor: number; platformPaysMinor: number };
        }>;
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
      };
      items: Array<{
        lineId: string;
        productName: string;
        sellerSku: string;
        quantity: number;
        reason: ReturnReason;
        filedReason: ReturnReason;
        fault: ReturnFault;
        comment: string | null;
      }>;
      history: Array<{
        action: ReturnAction;
        from: ReturnStatus | null;
        to: ReturnStatus;
        at: string;
        actorKind: string;
        note: string | null;
      }>;
    }>;
  };
};

export type BuyerReturnsQueryVariables = Exact<{
  statuses?: Array<ReturnStatus> | ReturnStatus | null | undefined;
}>;

export type BuyerReturnsQuery = {
  sellerReturns: Array<{
    id: string;
    requestId: string;
    purchaseId: string | null;
    sellerOrderId: string;
    sellerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    statusChangedAt: string;
    filedAt: string;
    refundedAt: string | null;
    refundMinor: number;
    sellerPaysMinor: number;
    platformPaysMinor: number;
    returnLabelMinor: number;
    allocation: {
      currency: string;
      policyVersion: number;
      items: Array<{
        lineId: string;
        sellerOrderId: string;
        quantity: number;
        reason: ReturnReason;
        fault: ReturnFault;
        netShare: { name: ReturnAmountName; amountMinor: number; reason: string };
        loyaltyDiscountShare: { name: ReturnAmountName; amountMinor: number; reason: string };
        outboundFeeShare: { name: ReturnAmountName; amountMinor: number; reason: string };
        restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        giveBack: { name: ReturnAmountName; amountMinor: number; reason: string };
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      sellerOrders: Array<{
        sellerOrderId: string;
        sellerCompanyId: string;
        returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
        totals: { refundMinor: number; sellerPaysMinor: number; platformPaysMinor: number };
      }>;
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
    };
    items: Array<{
      lineId: string;
      productName: string;
      sellerSku: string;
      quantity: number;
      reason: ReturnReason;
      filedReason: ReturnReason;
      fault: ReturnFault;
      comment: string | null;
    }>;
    history: Array<{
      action: ReturnAction;
      from: ReturnStatus | null;
      to: ReturnStatus;
      at: string;
      actorKind: string;
      note: string | null;
    }>;
  }>;
};

export type ConfirmDeliveryMutationVariables = Exact<{
  orderId: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type ConfirmDeliveryMutation = { confirmDelivery: { id: string; status: SellerOrderStatus; statusChangedAt: string } };

export type ReorderMutationVariables = Exact<{
  purchaseId: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type ReorderMutation = {
  reorder: {
    cart: { companyId: string; currency: string | null };
    rows: Array<{
      line: number;
      reference: string;
      quantity: number | null;
      outcome: string;
      code: string | null;
      message: string | null;
      listingId: string | null;
      alternatives: Array<{ listingId: string; sellerCompanyId: string; unitPriceMinor: number; available: number }>;
    }>;
  };
};

export type QuickOrderMutationVariables = Exact<{
  csv: string;
  idempotencyKey?: string | null | undefined;
}>;

export type QuickOrderMutation = {
  quickOrder: {
    rows: Array<{
      line: number;
      reference: string;
      quantity: number | null;
      outcome: string;
      code: string | null;
      message: string | null;
      listingId: string | null;
      alternatives: Array<{ listingId: string; sellerCompanyId: string; unitPriceMinor: number; available: number }>;
    }>;
    cart: { companyId: string; currency: string | null };
  };
};

export const BidRequestFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BidRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BidRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxValueMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BidRequestFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditedMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outstandingMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'paymentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'returnId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvoiceFieldsFragment, unknown>;
export const CartFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CartFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cart' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartFieldsFragment, unknown>;
export const OrderFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrderFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerDiscountRule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdMinor' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'loyaltyDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loyaltyRateBp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionalFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeShipping' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentTermDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priceBasis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priceExplanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loyaltyDiscountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payableMinor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderFiguresFragment, unknown>;
export const PurchaseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Purchase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PurchaseFieldsFragment, unknown>;
export const ReturnAmountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnAmountFieldsFragment, unknown>;
export const ReturnQuoteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'netShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loyaltyDiscountShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outboundFeeShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restockingDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'giveBack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnQuoteFieldsFragment, unknown>;
export const BuyerReturnFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BuyerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'netShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loyaltyDiscountShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outboundFeeShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restockingDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'giveBack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BuyerReturnFieldsFragment, unknown>;
export const SearchListingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchListings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingSearchFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingSort' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'searchListings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryPath' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerTradingName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relevance' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'listing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'priceBreaks' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'fromQuantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchListingsQuery, SearchListingsQueryVariables>;
export const ProductDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attributes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const ProductOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productOffers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quantity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerTradingName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'listing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceBreaks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'fromQuantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lineTotalMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refusal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductOffersQuery, ProductOffersQueryVariables>;
export const PlaceBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceBidInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bidRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxValueMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filledQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'limitPriceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trades' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceBidMutation, PlaceBidMutationVariables>;
export const MyBidRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyBidRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'awaitingApprovalOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBidRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'awaitingApprovalOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'awaitingApprovalOnly' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BidRequestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BidRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BidRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxValueMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyBidRequestsQuery, MyBidRequestsQueryVariables>;
export const ApproveBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bidId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bidId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bidId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bidRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BidRequestFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filledQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BidRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BidRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxValueMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveBidMutation, ApproveBidMutationVariables>;
export const RejectBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bidId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bidId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bidId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BidRequestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BidRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BidRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxValueMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectBidMutation, RejectBidMutationVariables>;
export const BuyerInvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BuyerInvoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvoiceStatus' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'statuses' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditedMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outstandingMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'paymentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'returnId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BuyerInvoicesQuery, BuyerInvoicesQueryVariables>;
export const RecordPaymentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordPayment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordPaymentInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPayment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'payment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditedMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outstandingMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'paymentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'returnId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const MyCartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCart' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCart' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CartFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CartFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cart' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCartQuery, MyCartQueryVariables>;
export const AddToCartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddToCart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'listingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addToCart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'listingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'listingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quantity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CartFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CartFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cart' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddToCartMutation, AddToCartMutationVariables>;
export const UpdateCartLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCartLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lineId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCartLine' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lineId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lineId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quantity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CartFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CartFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cart' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
export const ClearCartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClearCart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clearCart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CartFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CartFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cart' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClearCartMutation, ClearCartMutationVariables>;
export const CheckoutPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckoutPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryRegion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkoutPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deliveryRegion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryRegion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsApproval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFigures' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrderFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerDiscountRule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdMinor' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'loyaltyDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loyaltyRateBp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionalFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeShipping' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentTermDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priceBasis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priceExplanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loyaltyDiscountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payableMinor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckoutPreviewQuery, CheckoutPreviewQueryVariables>;
export const MyLegalEntitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyLegalEntities' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCompany' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'legalEntities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyLegalEntitiesQuery, MyLegalEntitiesQueryVariables>;
export const AddLegalEntityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddLegalEntity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'taxId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addLegalEntity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'taxId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'taxId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'address' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddLegalEntityMutation, AddLegalEntityMutationVariables>;
export const CheckoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Checkout' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckoutInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Purchase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckoutMutation, CheckoutMutationVariables>;
export const MyPurchasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPurchases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'awaitingApprovalOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPurchases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'awaitingApprovalOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'awaitingApprovalOnly' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Purchase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPurchasesQuery, MyPurchasesQueryVariables>;
export const ApprovePurchaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApprovePurchase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvePurchase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'purchaseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Purchase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovePurchaseMutation, ApprovePurchaseMutationVariables>;
export const RejectPurchaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectPurchase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectPurchase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'purchaseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Purchase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placedByUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectPurchaseMutation, RejectPurchaseMutationVariables>;
export const PurchaseReturnsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PurchaseReturns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseReturns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'purchaseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deliveredQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'returnedQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'returnableQuantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'returnWindowClosesAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BuyerReturnFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'netShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loyaltyDiscountShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outboundFeeShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restockingDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'giveBack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BuyerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PurchaseReturnsQuery, PurchaseReturnsQueryVariables>;
export const ReturnQuoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReturnQuote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnQuote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnQuoteFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'netShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loyaltyDiscountShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outboundFeeShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restockingDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'giveBack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnQuoteQuery, ReturnQuoteQueryVariables>;
export const FileReturnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FileReturn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FileReturnInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileReturn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BuyerReturnFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'netShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loyaltyDiscountShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outboundFeeShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restockingDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'giveBack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BuyerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FileReturnMutation, FileReturnMutationVariables>;
export const BuyerReturnsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BuyerReturns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnStatus' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerReturns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'statuses' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BuyerReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnAmountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnAmount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'netShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loyaltyDiscountShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outboundFeeShare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restockingDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'giveBack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BuyerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BuyerReturnsQuery, BuyerReturnsQueryVariables>;
export const ConfirmDeliveryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmDeliveryMutation, ConfirmDeliveryMutationVariables>;
export const ReorderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Reorder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'purchaseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'purchaseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cart' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'alternatives' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReorderMutation, ReorderMutationVariables>;
export const QuickOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'QuickOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quickOrder' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'csv' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'alternatives' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cart' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuickOrderMutation, QuickOrderMutationVariables>;
