/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The unit quantities are counted in, always whole */
export type BaseUnit = 'KG' | 'L' | 'M' | 'M2' | 'M3' | 'PACK' | 'PIECE' | 'T';

/** LISTINGS (terms by SKU) or STOCK (on hand by SKU) */
export type CatalogUploadKind = 'LISTINGS' | 'STOCK';

/** QUEUED until applied, then COMPLETED (see the counts and rows) or FAILED (the file could not be read; see failure) */
export type CatalogUploadStatus = 'COMPLETED' | 'FAILED' | 'QUEUED' | 'RECEIVING';

/** Only APPROVED companies trade */
export type CompanyStatus = 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED' | 'SUSPENDED';

/** What caused a journal entry */
export type LedgerCauseType =
  | 'ENTRY_REVERSED'
  | 'PAYMENT_RECEIVED'
  | 'PAYOUT_MADE'
  | 'REFUND_PAID_OUT'
  | 'RETURN_REFUNDED'
  | 'SELLER_ORDER_COMPLETED'
  | 'SELLER_ORDER_DELIVERED';

/** A listing’s terms, keyed by your SKU: saving it creates the listing or updates the one with that SKU */
export type ListingInput = {
  /** ISO 4217 */
  currency: string;
  /** Days from order to shipment, 0 to 365 */
  leadTimeDays?: number;
  /** Quantities are whole multiples of this */
  lotMultiple?: number;
  /** The smallest quantity sold, a multiple of the lot */
  minimumOrderQuantity: number;
  /** Stock on hand, in base units; not below what is reserved */
  onHand: number;
  /** Volume prices: rising in quantity, never raising the price */
  priceBreaks?: Array<PriceBreakInput>;
  /** The product offered (ACTIVE); an SKU always lists the same product */
  productId: string | number;
  /** The warehouse region it ships from, 2 to 80 characters */
  region: string;
  /** Your own SKU, 1 to 64 characters */
  sellerSku: string;
  /** Whether it is on sale */
  status?: ListingStatus;
  /** The list unit price, in minor units per base unit, above zero */
  unitPriceMinor: number;
};

/** DRAFT (not shown), ACTIVE (on sale) or PAUSED (hidden, its asks cancelled) */
export type ListingStatus = 'ACTIVE' | 'DRAFT' | 'PAUSED';

/** Why an order’s remainder was closed: it fell below its own minimum and could never trade */
export type OrderCloseReason = 'BELOW_LOT_MULTIPLE' | 'BELOW_MINIMUM_FILL' | 'BELOW_MINIMUM_ORDER_QUANTITY';

/** Units of a line */
export type OrderLineQuantityInput = {
  /** The order line */
  lineId: string | number;
  /** Units */
  quantity: number;
};

/** OPEN rests in the book; FILLED, CANCELLED, EXPIRED and CLOSED are final */
export type OrderStatus = 'CANCELLED' | 'CLOSED' | 'EXPIRED' | 'FILLED' | 'OPEN';

/** NET_TERMS: invoiced at delivery, due after the payment term; PREPAY: paid before it moves on */
export type PaymentMode = 'NET_TERMS' | 'PREPAY';

/** SCHEDULED: collecting what the seller’s completed orders release until its date; DUE: waiting for the bank; PAID: posted; RETURNED: paid, then sent back by the bank, its posting reversed and its amount in the seller’s next payout */
export type PayoutStatus = 'DUE' | 'PAID' | 'RETURNED' | 'SCHEDULED';

/** An offer from one of your listings; its stock is reserved while the ask is open */
export type PlaceAskInput = {
  /** When given, must be the listing’s currency; required with limitPrice */
  currency?: string | null | undefined;
  /** Good till this instant; good till cancelled when left out */
  expiresAt?: string | null | undefined;
  /** The least you take per base unit, as a decimal in major units ("512.35"), read exactly in the currency: more decimals than the currency has is refused (PRICE_TOO_PRECISE), never rounded; or give limitPriceMinor; name the currency with it */
  limitPrice?: string | null | undefined;
  /** The least you take per base unit, in minor units; or give limitPrice */
  limitPriceMinor?: number | null | undefined;
  /** Your listing the ask sells from: product, currency, region, minimum and lot come from it */
  listingId: string | number;
  /** When given, must be the listing’s product */
  productId?: string | number | null | undefined;
  /** Base units to sell: at least the listing’s minimum and a whole number of its lots */
  quantity: number;
};

/** A volume price: from a quantity on, a lower unit price */
export type PriceBreakInput = {
  /** From this quantity (base units) on… */
  fromQuantity: number;
  /** …the unit price is this */
  unitPriceMinor: number;
};

/** A product to create (operators) or propose (sellers) */
export type ProductInput = {
  /** Filterable key/value attributes, e.g. {"grade": "S355"} */
  attributes?: Record<string, string> | null | undefined;
  /** The unit its quantities are counted in */
  baseUnit: BaseUnit;
  /** The category it sits in */
  categoryId: string | number;
  /** 2 to 64 letters, digits, dots, dashes or underscores; stored upper case, unique */
  code: string;
  /** What it is, in words */
  description?: string;
  /** Its name, 2 to 200 characters */
  name: string;
};

/** PROPOSED by a seller (waiting for an operator), ACTIVE (listable, visible) or REJECTED (with a reason) */
export type ProductStatus = 'ACTIVE' | 'PROPOSED' | 'REJECTED';

/** A shipping fee to one region */
export type RegionFeeInput = {
  /** The fee */
  feeMinor: number;
  /** The destination region */
  region: string;
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

/** CHECKOUT: from a cart; TRADE: a trade matched in the book */
export type SellerOrderOrigin = 'CHECKOUT' | 'TRADE';

/** PENDING_APPROVAL → (AWAITING_PAYMENT) → PLACED → CONFIRMED → SHIPPED → DELIVERED → COMPLETED; CANCELLED from the states that allow it */
export type SellerOrderStatus =
  'AWAITING_PAYMENT' | 'CANCELLED' | 'COMPLETED' | 'CONFIRMED' | 'DELIVERED' | 'PENDING_APPROVAL' | 'PLACED' | 'SHIPPED';

/** A seller’s pricing terms in one currency */
export type SellerTermsInput = {
  /** ISO 4217 currency */
  currency: string;
  /** Shipping is free from this seller-order net */
  freeShippingFromNetMinor?: number | null | undefined;
  /** Restocking fee for buyer-fault returns, in basis points */
  restockingRateBp?: number;
  /** Days after delivery a return may be filed (0 to 365); leave it out to keep none of your own and follow the return policy’s default (30 unless an operator changed it) */
  returnWindowDays?: number | null | undefined;
  /** Shipping fee per destination region */
  shippingFees: Array<RegionFeeInput>;
  /** A volume discount; none when left out */
  volumeDiscount?: VolumeDiscountInput | null | undefined;
};

/** What a row did: CREATED or UPDATED a listing, UNCHANGED (equal to what is stored), or REJECTED (see its problem) */
export type UploadRowOutcome = 'CREATED' | 'REJECTED' | 'UNCHANGED' | 'UPDATED';

/** A seller’s volume discount */
export type VolumeDiscountInput = {
  /** Rate in basis points (1 to 10,000) */
  rateBp: number;
  /** A seller order’s gross must reach this */
  thresholdMinor: number;
};

export type SellerReturnAmountFieldsFragment = { name: ReturnAmountName; amountMinor: number; reason: string };

export type SellerReturnFieldsFragment = {
  id: string;
  sellerOrderId: string;
  buyerCompanyId: string;
  currency: string;
  status: ReturnStatus;
  statusChangedAt: string;
  filedAt: string;
  refundedAt: string | null;
  refundMinor: number;
  sellerPaysMinor: number;
  platformPaysMinor: number;
  returnLabelMinor: number;
  carrierClaimAccepted: boolean;
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
  allocation: {
    currency: string;
    items: Array<{
      lineId: string;
      sellerOrderId: string;
      quantity: number;
      reason: ReturnReason;
      fault: ReturnFault;
      restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    }>;
    sellerOrders: Array<{
      sellerOrderId: string;
      sellerCompanyId: string;
      returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
    }>;
    refund: { name: ReturnAmountName; amountMinor: number; reason: string };
    sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
    platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
    returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
  };
  history: Array<{ action: ReturnAction; from: ReturnStatus | null; to: ReturnStatus; at: string; actorKind: string; note: string | null }>;
};

export type SellerReturnsQueryVariables = Exact<{
  statuses?: Array<ReturnStatus> | ReturnStatus | null | undefined;
}>;

export type SellerReturnsQuery = {
  sellerReturns: Array<{
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    statusChangedAt: string;
    filedAt: string;
    refundedAt: string | null;
    refundMinor: number;
    sellerPaysMinor: number;
    platformPaysMinor: number;
    returnLabelMinor: number;
    carrierClaimAccepted: boolean;
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
    allocation: {
      currency: string;
      items: Array<{
        lineId: string;
        sellerOrderId: string;
        quantity: number;
        reason: ReturnReason;
        fault: ReturnFault;
        restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      sellerOrders: Array<{
        sellerOrderId: string;
        sellerCompanyId: string;
        returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
    };
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

export type AcceptReturnMutationVariables = Exact<{
  returnId: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type AcceptReturnMutation = {
  acceptReturn: {
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    statusChangedAt: string;
    filedAt: string;
    refundedAt: string | null;
    refundMinor: number;
    sellerPaysMinor: number;
    platformPaysMinor: number;
    returnLabelMinor: number;
    carrierClaimAccepted: boolean;
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
    allocation: {
      currency: string;
      items: Array<{
        lineId: string;
        sellerOrderId: string;
        quantity: number;
        reason: ReturnReason;
        fault: ReturnFault;
        restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      sellerOrders: Array<{
        sellerOrderId: string;
        sellerCompanyId: string;
        returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
    };
    history: Array<{
      action: ReturnAction;
      from: ReturnStatus | null;
      to: ReturnStatus;
      at: string;
      actorKind: string;
      note: string | null;
    }>;
  };
};

export type DisputeReturnMutationVariables = Exact<{
  returnId: string | number;
  note: string;
  idempotencyKey?: string | null | undefined;
}>;

export type DisputeReturnMutation = {
  disputeReturn: {
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    statusChangedAt: string;
    filedAt: string;
    refundedAt: string | null;
    refundMinor: number;
    sellerPaysMinor: number;
    platformPaysMinor: number;
    returnLabelMinor: number;
    carrierClaimAccepted: boolean;
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
    allocation: {
      currency: string;
      items: Array<{
        lineId: string;
        sellerOrderId: string;
        quantity: number;
        reason: ReturnReason;
        fault: ReturnFault;
        restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      sellerOrders: Array<{
        sellerOrderId: string;
        sellerCompanyId: string;
        returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
    };
    history: Array<{
      action: ReturnAction;
      from: ReturnStatus | null;
      to: ReturnStatus;
      at: string;
      actorKind: string;
      note: string | null;
    }>;
  };
};

export type ConfirmReturnReceiptMutationVariables = Exact<{
  returnId: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type ConfirmReturnReceiptMutation = {
  confirmReturnReceipt: {
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    statusChangedAt: string;
    filedAt: string;
    refundedAt: string | null;
    refundMinor: number;
    sellerPaysMinor: number;
    platformPaysMinor: number;
    returnLabelMinor: number;
    carrierClaimAccepted: boolean;
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
    allocation: {
      currency: string;
      items: Array<{
        lineId: string;
        sellerOrderId: string;
        quantity: number;
        reason: ReturnReason;
        fault: ReturnFault;
        restockingDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        returnLabelDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        clawbackDeducted: { name: ReturnAmountName; amountMinor: number; reason: string };
        refund: { name: ReturnAmountName; amountMinor: number; reason: string };
        sellerPays: { name: ReturnAmountName; amountMinor: number; reason: string };
        platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      sellerOrders: Array<{
        sellerOrderId: string;
        sellerCompanyId: string;
        returnLabel: { name: ReturnAmountName; amountMinor: number; reason: string };
      }>;
      refund: { name: ReturnAmountName; amountMinor: number; reason: string };
      sellersPay: { name: ReturnAmountName; amountMinor: number; reason: string };
      platformPays: { name: ReturnAmountName; amountMinor: number; reason: string };
      returnLabels: { name: ReturnAmountName; amountMinor: number; reason: string };
    };
    history: Array<{
      action: ReturnAction;
      from: ReturnStatus | null;
      to: ReturnStatus;
      at: string;
      actorKind: string;
      note: string | null;
    }>;
  };
};

export type SellerStatementQueryVariables = Exact<{
  currency: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type SellerStatementQuery = {
  sellerStatement: {
    sellerCompanyId: string;
    currency: string;
    from: string;
    to: string;
    openingBalanceMinor: number;
    openingAvailableMinor: number;
    salesMinor: number;
    commissionsMinor: number;
    refundsMinor: number;
    returnLabelsMinor: number;
    payoutsMinor: number;
    correctionsMinor: number;
    closingBalanceMinor: number;
    closingAvailableMinor: number;
    csv: string;
    lines: Array<{
      entryId: string;
      occurredAt: string;
      kind: string;
      causeType: LedgerCauseType;
      causeId: string;
      sellerOrderId: string | null;
      amountMinor: number;
      availableChangeMinor: number;
      correctsEntryId: string | null;
    }>;
  };
};

export type PayoutsQueryVariables = Exact<{
  statuses?: Array<PayoutStatus> | PayoutStatus | null | undefined;
}>;

export type PayoutsQuery = {
  payouts: Array<{
    id: string;
    number: string;
    currency: string;
    amountMinor: number;
    status: PayoutStatus;
    scheduledFor: string;
    paidAt: string | null;
    reference: string | null;
    items: Array<{
      entryId: string;
      causeType: LedgerCauseType;
      causeId: string;
      sellerOrderId: string | null;
      amountMinor: number;
      occurredAt: string;
    }>;
  }>;
  payoutTerms: { sellerCompanyId: string; periodDays: number };
};

export type ProposeProductMutationVariables = Exact<{
  input: ProductInput;
  idempotencyKey?: string | null | undefined;
}>;

export type ProposeProductMutation = {
  proposeProduct: { id: string; code: string; name: string; status: ProductStatus; categoryId: string; baseUnit: BaseUnit };
};

export type SellerListingFieldsFragment = {
  id: string;
  productId: string;
  sellerSku: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  minimumOrderQuantity: number;
  lotMultiple: number;
  leadTimeDays: number;
  onHand: number;
  status: ListingStatus;
  priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
};

export type MyActiveListingsQueryVariables = Exact<{
  sellerCompanyId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type MyActiveListingsQuery = {
  searchListings: {
    endCursor: string | null;
    hasNextPage: boolean;
    hits: Array<{
      productName: string;
      productCode: string;
      available: number;
      listing: {
        id: string;
        productId: string;
        sellerSku: string;
        region: string;
        currency: string;
        unitPriceMinor: number;
        minimumOrderQuantity: number;
        lotMultiple: number;
        leadTimeDays: number;
        onHand: number;
        status: ListingStatus;
        priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
      };
    }>;
  };
};

export type FindProductsQueryVariables = Exact<{
  text: string;
}>;

export type FindProductsQuery = {
  searchListings: { hits: Array<{ productCode: string; productName: string; listing: { id: string; productId: string } }> };
};

export type SaveListingMutationVariables = Exact<{
  input: ListingInput;
  idempotencyKey?: string | null | undefined;
}>;

export type SaveListingMutation = {
  saveListing: {
    id: string;
    productId: string;
    sellerSku: string;
    region: string;
    currency: string;
    unitPriceMinor: number;
    minimumOrderQuantity: number;
    lotMultiple: number;
    leadTimeDays: number;
    onHand: number;
    status: ListingStatus;
    priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
  };
};

export type UploadListingsCsvMutationVariables = Exact<{
  csvBase64: string;
  fileName?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type UploadListingsCsvMutation = { uploadListingsCsv: { id: string; status: CatalogUploadStatus } };

export type UploadStockCsvMutationVariables = Exact<{
  csvBase64: string;
  fileName?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type UploadStockCsvMutation = { uploadStockCsv: { id: string; status: CatalogUploadStatus } };

export type UploadFieldsFragment = {
  id: string;
  kind: CatalogUploadKind;
  fileName: string;
  byteLength: number;
  status: CatalogUploadStatus;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  receivedAt: string;
  completedAt: string | null;
  failure: { code: string; column: string | null; message: string } | null;
};

export type CatalogUploadQueryVariables = Exact<{
  id: string | number;
}>;

export type CatalogUploadQuery = {
  catalogUpload: {
    id: string;
    kind: CatalogUploadKind;
    fileName: string;
    byteLength: number;
    status: CatalogUploadStatus;
    rowCount: number;
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    receivedAt: string;
    completedAt: string | null;
    failure: { code: string; column: string | null; message: string } | null;
  };
};

export type CatalogUploadsQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogUploadsQuery = {
  catalogUploads: Array<{
    id: string;
    kind: CatalogUploadKind;
    fileName: string;
    byteLength: number;
    status: CatalogUploadStatus;
    rowCount: number;
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    receivedAt: string;
    completedAt: string | null;
    failure: { code: string; column: string | null; message: string } | null;
  }>;
};

export type CatalogUploadRowsQueryVariables = Exact<{
  uploadId: string | number;
  outcomes?: Array<UploadRowOutcome> | UploadRowOutcome | null | undefined;
  afterLine: number;
  first: number;
}>;

export type CatalogUploadRowsQuery = {
  catalogUploadRows: {
    hasNextPage: boolean;
    rows: Array<{
      line: number;
      sellerSku: string;
      outcome: UploadRowOutcome;
      listingId: string | null;
      problem: { code: string; column: string | null; message: string } | null;
    }>;
  };
};

export type SetContractPriceMutationVariables = Exact<{
  buyerCompanyId: string | number;
  listingId?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
  unitPriceMinor?: number | null | undefined;
  percentOffBasisPoints?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type SetContractPriceMutation = {
  setContractPrice: {
    id: string;
    buyerCompanyId: string;
    listingId: string | null;
    categoryId: string | null;
    unitPriceMinor: number | null;
    percentOffBasisPoints: number | null;
  };
};

export type BuyerNameQueryVariables = Exact<{
  id: string | number;
}>;

export type BuyerNameQuery = { publicCompany: { id: string; tradingName: string; status: CompanyStatus } };

export type PlaceAskMutationVariables = Exact<{
  input: PlaceAskInput;
  idempotencyKey?: string | null | undefined;
}>;

export type PlaceAskMutation = {
  placeAsk: {
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

export type SellerOrderFieldsFragment = {
  id: string;
  purchaseId: string | null;
  origin: SellerOrderOrigin;
  buyerCompanyId: string;
  status: SellerOrderStatus;
  statusChangedAt: string;
  createdAt: string;
  currency: string;
  grossMinor: number;
  sellerDiscountMinor: number;
  commissionMinor: number;
  shippingFeeMinor: number;
  buyerPaysMinor: number;
  netMinor: number;
  paymentMode: PaymentMode;
  paid: boolean;
  deliveryRegion: string;
  deliveryAddress: string;
  carrier: string | null;
  trackingNumber: string | null;
  lines: Array<{
    id: string;
    lineNo: number;
    productId: string;
    productName: string;
    sellerSku: string;
    quantity: number;
    refusedQuantity: number;
    shippedQuantity: number;
    unitPriceMinor: number;
    netMinor: number;
  }>;
  history: Array<{ from: SellerOrderStatus | null; to: SellerOrderStatus; at: string; reason: string | null; actorKind: string }>;
};

export type SellerOrdersQueryVariables = Exact<{
  statuses?: Array<SellerOrderStatus> | SellerOrderStatus | null | undefined;
}>;

export type SellerOrdersQuery = {
  sellerOrders: Array<{
    id: string;
    purchaseId: string | null;
    origin: SellerOrderOrigin;
    buyerCompanyId: string;
    status: SellerOrderStatus;
    statusChangedAt: string;
    createdAt: string;
    currency: string;
    grossMinor: number;
    sellerDiscountMinor: number;
    commissionMinor: number;
    shippingFeeMinor: number;
    buyerPaysMinor: number;
    netMinor: number;
    paymentMode: PaymentMode;
    paid: boolean;
    deliveryRegion: string;
    deliveryAddress: string;
    carrier: string | null;
    trackingNumber: string | null;
    lines: Array<{
      id: string;
      lineNo: number;
      productId: string;
      productName: string;
      sellerSku: string;
      quantity: number;
      refusedQuantity: number;
      shippedQuantity: number;
      unitPriceMinor: number;
      netMinor: number;
    }>;
    history: Array<{ from: SellerOrderStatus | null; to: SellerOrderStatus; at: string; reason: string | null; actorKind: string }>;
  }>;
};

export type ConfirmSellerOrderMutationVariables = Exact<{
  orderId: string | number;
  refusals?: Array<OrderLineQuantityInput> | OrderLineQuantityInput | null | undefined;
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type ConfirmSellerOrderMutation = {
  confirmSellerOrder: {
    id: string;
    purchaseId: string | null;
    origin: SellerOrderOrigin;
    buyerCompanyId: string;
    status: SellerOrderStatus;
    statusChangedAt: string;
    createdAt: string;
    currency: string;
    grossMinor: number;
    sellerDiscountMinor: number;
    commissionMinor: number;
    shippingFeeMinor: number;
    buyerPaysMinor: number;
    netMinor: number;
    paymentMode: PaymentMode;
    paid: boolean;
    deliveryRegion: string;
    deliveryAddress: string;
    carrier: string | null;
    trackingNumber: string | null;
    lines: Array<{
      id: string;
      lineNo: number;
      productId: string;
      productName: string;
      sellerSku: string;
      quantity: number;
      refusedQuantity: number;
      shippedQuantity: number;
      unitPriceMinor: number;
      netMinor: number;
    }>;
    history: Array<{ from: SellerOrderStatus | null; to: SellerOrderStatus; at: string; reason: string | null; actorKind: string }>;
  };
};

export type ShipSellerOrderMutationVariables = Exact<{
  orderId: string | number;
  carrier: string;
  trackingNumber: string;
  idempotencyKey?: string | null | undefined;
}>;

export type ShipSellerOrderMutation = {
  shipSellerOrder: {
    id: string;
    purchaseId: string | null;
    origin: SellerOrderOrigin;
    buyerCompanyId: string;
    status: SellerOrderStatus;
    statusChangedAt: string;
    createdAt: string;
    currency: string;
    grossMinor: number;
    sellerDiscountMinor: number;
    commissionMinor: number;
    shippingFeeMinor: number;
    buyerPaysMinor: number;
    netMinor: number;
    paymentMode: PaymentMode;
    paid: boolean;
    deliveryRegion: string;
    deliveryAddress: string;
    carrier: string | null;
    trackingNumber: string | null;
    lines: Array<{
      id: string;
      lineNo: number;
      productId: string;
      productName: string;
      sellerSku: string;
      quantity: number;
      refusedQuantity: number;
      shippedQuantity: number;
      unitPriceMinor: number;
      netMinor: number;
    }>;
    history: Array<{ from: SellerOrderStatus | null; to: SellerOrderStatus; at: string; reason: string | null; actorKind: string }>;
  };
};

export type CancelSellerOrderMutationVariables = Exact<{
  orderId: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type CancelSellerOrderMutation = {
  cancelSellerOrder: {
    id: string;
    purchaseId: string | null;
    origin: SellerOrderOrigin;
    buyerCompanyId: string;
    status: SellerOrderStatus;
    statusChangedAt: string;
    createdAt: string;
    currency: string;
    grossMinor: number;
    sellerDiscountMinor: number;
    commissionMinor: number;
    shippingFeeMinor: number;
    buyerPaysMinor: number;
    netMinor: number;
    paymentMode: PaymentMode;
    paid: boolean;
    deliveryRegion: string;
    deliveryAddress: string;
    carrier: string | null;
    trackingNumber: string | null;
    lines: Array<{
      id: string;
      lineNo: number;
      productId: string;
      productName: string;
      sellerSku: string;
      quantity: number;
      refusedQuantity: number;
      shippedQuantity: number;
      unitPriceMinor: number;
      netMinor: number;
    }>;
    history: Array<{ from: SellerOrderStatus | null; to: SellerOrderStatus; at: string; reason: string | null; actorKind: string }>;
  };
};

export type SellerTermsFieldsFragment = {
  sellerCompanyId: string;
  currency: string;
  freeShippingFromNetMinor: number | null;
  returnWindowDays: number | null;
  restockingRateBp: number;
  volumeDiscount: { thresholdMinor: number; rateBp: number } | null;
  shippingFees: Array<{ region: string; feeMinor: number }>;
};

export type MySellerTermsQueryVariables = Exact<{
  sellerCompanyId: string | number;
  currency: string;
}>;

export type MySellerTermsQuery = {
  sellerTerms: {
    sellerCompanyId: string;
    currency: string;
    freeShippingFromNetMinor: number | null;
    returnWindowDays: number | null;
    restockingRateBp: number;
    volumeDiscount: { thresholdMinor: number; rateBp: number } | null;
    shippingFees: Array<{ region: string; feeMinor: number }>;
  };
  payoutTerms: { sellerCompanyId: string; periodDays: number };
  returnPolicy: { version: number; defaultReturnWindowDays: number };
};

export type SetSellerTermsMutationVariables = Exact<{
  input: SellerTermsInput;
  idempotencyKey?: string | null | undefined;
}>;

export type SetSellerTermsMutation = {
  setSellerTerms: {
    sellerCompanyId: string;
    currency: string;
    freeShippingFromNetMinor: number | null;
    returnWindowDays: number | null;
    restockingRateBp: number;
    volumeDiscount: { thresholdMinor: number; rateBp: number } | null;
    shippingFees: Array<{ region: string; feeMinor: number }>;
  };
};

export const SellerReturnAmountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerReturnAmountFields' },
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
} as unknown as DocumentNode<SellerReturnAmountFieldsFragment, unknown>;
export const SellerReturnFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrierClaimAccepted' } },
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
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                        name: { kind: 'Name', value: 'restockingDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'returnLabelDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clawbackDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refund' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'platformPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellersPay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
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
      name: { kind: 'Name', value: 'SellerReturnAmountFields' },
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
} as unknown as DocumentNode<SellerReturnFieldsFragment, unknown>;
export const SellerListingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerListingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Listing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<SellerListingFieldsFragment, unknown>;
export const UploadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UploadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogUpload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byteLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadFieldsFragment, unknown>;
export const SellerOrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commissionMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SellerOrderFieldsFragment, unknown>;
export const SellerTermsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerTermsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerTerms' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeDiscount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shippingFees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'feeMinor' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'freeShippingFromNetMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnWindowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restockingRateBp' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SellerTermsFieldsFragment, unknown>;
export const SellerReturnsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SellerReturns' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerReturnAmountFields' },
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
      name: { kind: 'Name', value: 'SellerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrierClaimAccepted' } },
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
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                        name: { kind: 'Name', value: 'restockingDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'returnLabelDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clawbackDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refund' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'platformPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellersPay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
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
} as unknown as DocumentNode<SellerReturnsQuery, SellerReturnsQueryVariables>;
export const AcceptReturnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptReturn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
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
            name: { kind: 'Name', value: 'acceptReturn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'returnId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerReturnAmountFields' },
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
      name: { kind: 'Name', value: 'SellerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrierClaimAccepted' } },
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
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                        name: { kind: 'Name', value: 'restockingDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'returnLabelDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clawbackDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refund' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'platformPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellersPay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
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
} as unknown as DocumentNode<AcceptReturnMutation, AcceptReturnMutationVariables>;
export const DisputeReturnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisputeReturn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
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
            name: { kind: 'Name', value: 'disputeReturn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'returnId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerReturnAmountFields' },
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
      name: { kind: 'Name', value: 'SellerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrierClaimAccepted' } },
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
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                        name: { kind: 'Name', value: 'restockingDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'returnLabelDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clawbackDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refund' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'platformPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellersPay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
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
} as unknown as DocumentNode<DisputeReturnMutation, DisputeReturnMutationVariables>;
export const ConfirmReturnReceiptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmReturnReceipt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
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
            name: { kind: 'Name', value: 'confirmReturnReceipt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'returnId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerReturnAmountFields' },
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
      name: { kind: 'Name', value: 'SellerReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refundMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'platformPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnLabelMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrierClaimAccepted' } },
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
            name: { kind: 'Name', value: 'allocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                        name: { kind: 'Name', value: 'restockingDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'returnLabelDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clawbackDeducted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refund' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'platformPays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellersPay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerReturnAmountFields' } }],
                  },
                },
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
} as unknown as DocumentNode<ConfirmReturnReceiptMutation, ConfirmReturnReceiptMutationVariables>;
export const SellerStatementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SellerStatement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Timestamp' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Timestamp' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerStatement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openingBalanceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openingAvailableMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'salesMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commissionsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnLabelsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payoutsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'correctionsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closingBalanceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closingAvailableMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availableChangeMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'correctsEntryId' } },
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
} as unknown as DocumentNode<SellerStatementQuery, SellerStatementQueryVariables>;
export const PayoutsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Payouts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PayoutStatus' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payouts' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payoutTerms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutsQuery, PayoutsQueryVariables>;
export const ProposeProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductInput' } } },
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
            name: { kind: 'Name', value: 'proposeProduct' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseUnit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeProductMutation, ProposeProductMutationVariables>;
export const MyActiveListingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyActiveListings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sellerCompanyId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'sort' }, value: { kind: 'EnumValue', value: 'PRICE_ASC' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'listing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerListingFields' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerListingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Listing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<MyActiveListingsQuery, MyActiveListingsQueryVariables>;
export const FindProductsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindProducts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'text' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'sort' }, value: { kind: 'EnumValue', value: 'RELEVANCE' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'listing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
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
} as unknown as DocumentNode<FindProductsQuery, FindProductsQueryVariables>;
export const SaveListingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveListing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListingInput' } } },
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
            name: { kind: 'Name', value: 'saveListing' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerListingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerListingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Listing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotMultiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<SaveListingMutation, SaveListingMutationVariables>;
export const UploadListingsCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadListingsCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csvBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
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
            name: { kind: 'Name', value: 'uploadListingsCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csvBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csvBase64' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadListingsCsvMutation, UploadListingsCsvMutationVariables>;
export const UploadStockCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadStockCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csvBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
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
            name: { kind: 'Name', value: 'uploadStockCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csvBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csvBase64' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadStockCsvMutation, UploadStockCsvMutationVariables>;
export const CatalogUploadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogUpload' },
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
            name: { kind: 'Name', value: 'catalogUpload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UploadFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UploadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogUpload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byteLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogUploadQuery, CatalogUploadQueryVariables>;
export const CatalogUploadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogUploads' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogUploads' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UploadFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UploadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogUpload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byteLength' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogUploadsQuery, CatalogUploadsQueryVariables>;
export const CatalogUploadRowsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogUploadRows' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uploadId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcomes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UploadRowOutcome' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afterLine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogUploadRows' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'uploadId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'uploadId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcomes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcomes' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afterLine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afterLine' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'problem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'column' } },
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
} as unknown as DocumentNode<CatalogUploadRowsQuery, CatalogUploadRowsQueryVariables>;
export const SetContractPriceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetContractPrice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'buyerCompanyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'listingId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'categoryId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitPriceMinor' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MinorUnits' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'percentOffBasisPoints' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
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
            name: { kind: 'Name', value: 'setContractPrice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'buyerCompanyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'buyerCompanyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'listingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'listingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'categoryId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'categoryId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitPriceMinor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitPriceMinor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'percentOffBasisPoints' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'percentOffBasisPoints' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percentOffBasisPoints' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetContractPriceMutation, SetContractPriceMutationVariables>;
export const BuyerNameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BuyerName' },
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
            name: { kind: 'Name', value: 'publicCompany' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradingName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BuyerNameQuery, BuyerNameQueryVariables>;
export const PlaceAskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceAsk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceAskInput' } } },
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
            name: { kind: 'Name', value: 'placeAsk' },
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
} as unknown as DocumentNode<PlaceAskMutation, PlaceAskMutationVariables>;
export const SellerOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SellerOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrderStatus' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerOrders' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerOrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commissionMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SellerOrdersQuery, SellerOrdersQueryVariables>;
export const ConfirmSellerOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmSellerOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refusals' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrderLineQuantityInput' } } },
          },
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
            name: { kind: 'Name', value: 'confirmSellerOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refusals' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refusals' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerOrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commissionMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmSellerOrderMutation, ConfirmSellerOrderMutationVariables>;
export const ShipSellerOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShipSellerOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'carrier' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trackingNumber' } },
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
            name: { kind: 'Name', value: 'shipSellerOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'carrier' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'carrier' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'trackingNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trackingNumber' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerOrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commissionMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShipSellerOrderMutation, ShipSellerOrderMutationVariables>;
export const CancelSellerOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelSellerOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
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
            name: { kind: 'Name', value: 'cancelSellerOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerOrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purchaseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerDiscountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commissionMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shippingFeeMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerPaysMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shippedQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelSellerOrderMutation, CancelSellerOrderMutationVariables>;
export const MySellerTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySellerTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellerTerms' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sellerCompanyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerTermsFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payoutTerms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodDays' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'defaultReturnWindowDays' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerTermsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerTerms' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeDiscount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shippingFees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'feeMinor' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'freeShippingFromNetMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnWindowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restockingRateBp' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySellerTermsQuery, MySellerTermsQueryVariables>;
export const SetSellerTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSellerTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerTermsInput' } } },
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
            name: { kind: 'Name', value: 'setSellerTerms' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SellerTermsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SellerTermsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerTerms' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeDiscount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shippingFees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'feeMinor' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'freeShippingFromNetMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnWindowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restockingRateBp' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetSellerTermsMutation, SetSellerTermsMutationVariables>;
