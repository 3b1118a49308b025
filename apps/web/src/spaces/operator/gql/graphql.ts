/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What became of a bank-statement row: MATCHED (a payment), or why it was refused (nothing recorded for it) */
export type BankRowOutcome =
  | 'CURRENCY_MISMATCH'
  | 'DUPLICATE_REFERENCE'
  | 'FOREIGN_INVOICE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'MALFORMED_ROW'
  | 'MATCHED'
  | 'MISSING_FIELD'
  | 'UNKNOWN_CURRENCY'
  | 'UNKNOWN_INVOICE';

/** The unit quantities are counted in, always whole */
export type BaseUnit = 'KG' | 'L' | 'M' | 'M2' | 'M3' | 'PACK' | 'PIECE' | 'T';

/** Credit and approval terms, all in one currency; a term left out is none */
export type CommercialTermsInput = {
  /** Purchases above this, in minor units, need an APPROVER */
  approvalThresholdMinor?: number | null | undefined;
  /** Credit limit in minor units */
  creditLimitMinor?: number | null | undefined;
  /** ISO 4217; the currency of the limit and the threshold */
  currency: string;
  /** Payment deferral in days, 0 to 365 (30 for net 30) */
  paymentTermDays?: number | null | undefined;
};

/** What a company does on the marketplace: BUYER, SELLER or BOTH */
export type CompanyKind = 'BOTH' | 'BUYER' | 'SELLER';

/** Only APPROVED companies trade */
export type CompanyStatus = 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED' | 'SUSPENDED';

/** The kinds of ledger account (see the README’s "Settlements: the ledger") */
export type LedgerAccountKind =
  | 'BUYER_RECEIVABLE'
  | 'CASH_AT_BANK'
  | 'PLATFORM_COMMISSION_INCOME'
  | 'PLATFORM_PROMOTIONS'
  | 'PLATFORM_RETURNS'
  | 'REFUNDS_PAYABLE'
  | 'RETURN_LABELS'
  | 'SELLER_PAYABLE_AVAILABLE'
  | 'SELLER_PAYABLE_PENDING';

/** What caused a journal entry */
export type LedgerCauseType =
  | 'ENTRY_REVERSED'
  | 'PAYMENT_RECEIVED'
  | 'PAYOUT_MADE'
  | 'REFUND_PAID_OUT'
  | 'RETURN_REFUNDED'
  | 'SELLER_ORDER_COMPLETED'
  | 'SELLER_ORDER_DELIVERED';

/** A loyalty tier */
export type LoyaltyTierInput = {
  /** Whether exactly fromMajor is in this tier */
  fromInclusive: boolean;
  /** Lower bound, a decimal in major units */
  fromMajor: string;
  /** Rate in basis points */
  rateBp: number;
  /** Whether exactly toMajor is in this tier */
  toInclusive: boolean;
  /** Upper bound; null for the top tier */
  toMajor?: string | null | undefined;
};

/** What an operator decides: APPROVE or REJECT a company pending review, SUSPEND an approved one, REINSTATE a suspended one */
export type ModerationAction = 'APPROVE' | 'REINSTATE' | 'REJECT' | 'SUSPEND';

/** A line of the moderation log: the registration itself (REGISTER), or an operator’s decision */
export type ModerationLogAction = 'APPROVE' | 'REGISTER' | 'REINSTATE' | 'REJECT' | 'SUSPEND';

/** Which moderation log lines to read; every filter is optional */
export type ModerationLogFilter = {
  /** Only this action */
  action?: ModerationLogAction | null | undefined;
  /** Only this company */
  companyId?: string | number | null | undefined;
  /** At most this many lines, 1 to 500 */
  limit?: number | null | undefined;
  /** Only this operator’s decisions */
  operatorId?: string | number | null | undefined;
  /** From this instant on */
  since?: string | null | undefined;
  /** Up to this instant */
  until?: string | null | undefined;
};

/** SCHEDULED: collecting what the seller’s completed orders release until its date; DUE: waiting for the bank; PAID: posted; RETURNED: paid, then sent back by the bank, its posting reversed and its amount in the seller’s next payout */
export type PayoutStatus = 'DUE' | 'PAID' | 'RETURNED' | 'SCHEDULED';

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

/** An operator’s change of the return policy: only what it names changes */
export type ReturnPolicyChangeInput = {
  /** A new default return window, 0 to 365 days */
  defaultReturnWindowDays?: number | null | undefined;
  /** The version you changed (from returnPolicy): refused with RETURN_POLICY_CHANGED when another operator changed it since */
  expectedVersion?: number | null | undefined;
  /** New faults for some reasons; the others keep theirs */
  faultByReason?: Array<ReturnReasonFaultInput> | null | undefined;
  /** Why (10 to 2,000 characters), kept in the policy’s history */
  note: string;
};

/** A table of the return policy an operator may change */
export type ReturnPolicyTable =
  /** Days after delivery a return may be filed, for sellers that set no window of their own */
  | 'DEFAULT_RETURN_WINDOW_DAYS'
  /** Whose fault each return reason is */
  | 'FAULT_BY_REASON';

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

/** An operator’s new reason for an item */
export type ReturnReasonChangeInput = {
  /** The order line of the item */
  lineId: string | number;
  /** Its new reason */
  reason: ReturnReason;
};

/** A new fault for one reason */
export type ReturnReasonFaultInput = {
  /** Whose fault it is from now on */
  fault: ReturnFault;
  /** The reason */
  reason: ReturnReason;
};

/** REQUESTED → ACCEPTED (or DISPUTED → an operator decides → ACCEPTED) → RECEIVED → REFUNDED (at once: Lotbook issues the refund) */
export type ReturnStatus = 'ACCEPTED' | 'DISPUTED' | 'RECEIVED' | 'REFUNDED' | 'REQUESTED';

export type CreateCategoryMutationVariables = Exact<{
  name: string;
  parentId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateCategoryMutation = { createCategory: { id: string; name: string; parentId: string | null; path: Array<string> } };

export type OperatorReturnAmountFieldsFragment = { name: ReturnAmountName; amountMinor: number; reason: string };

export type OperatorQuoteFieldsFragment = {
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

export type OperatorReturnFieldsFragment = {
  id: string;
  sellerOrderId: string;
  buyerCompanyId: string;
  sellerCompanyId: string;
  currency: string;
  status: ReturnStatus;
  filedAt: string;
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
  allocationBeforeDecision: {
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
  } | null;
  history: Array<{ action: ReturnAction; from: ReturnStatus | null; to: ReturnStatus; at: string; actorKind: string; note: string | null }>;
};

export type OperatorReturnsQueryVariables = Exact<{
  statuses?: Array<ReturnStatus> | ReturnStatus | null | undefined;
}>;

export type OperatorReturnsQuery = {
  sellerReturns: Array<{
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    sellerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    filedAt: string;
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
    allocationBeforeDecision: {
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
    } | null;
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

export type DecideReturnDisputeMutationVariables = Exact<{
  returnId: string | number;
  note: string;
  reasonChanges?: Array<ReturnReasonChangeInput> | ReturnReasonChangeInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type DecideReturnDisputeMutation = {
  decideReturnDispute: {
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    sellerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    filedAt: string;
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
    allocationBeforeDecision: {
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
    } | null;
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

export type AcceptCarrierClaimMutationVariables = Exact<{
  returnId: string | number;
  note?: string | null | undefined;
  reasonChanges?: Array<ReturnReasonChangeInput> | ReturnReasonChangeInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type AcceptCarrierClaimMutation = {
  acceptCarrierClaim: {
    id: string;
    sellerOrderId: string;
    buyerCompanyId: string;
    sellerCompanyId: string;
    currency: string;
    status: ReturnStatus;
    filedAt: string;
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
    allocationBeforeDecision: {
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
    } | null;
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

export type TrialBalanceQueryVariables = Exact<{
  currency?: string | null | undefined;
}>;

export type TrialBalanceQuery = {
  trialBalance: Array<{
    currency: string;
    netMinor: number;
    totalDebitsMinor: number;
    totalCreditsMinor: number;
    rows: Array<{
      kind: LedgerAccountKind;
      normalSide: string;
      accounts: number;
      debitsMinor: number;
      creditsMinor: number;
      balanceMinor: number;
    }>;
  }>;
};

export type LedgerAccountsQueryVariables = Exact<{
  kind?: LedgerAccountKind | null | undefined;
  currency?: string | null | undefined;
  companyId?: string | number | null | undefined;
  nonZeroOnly: boolean;
  after?: string | null | undefined;
}>;

export type LedgerAccountsQuery = {
  ledgerAccounts: Array<{
    key: string;
    kind: LedgerAccountKind;
    currency: string;
    companyId: string | null;
    sellerOrderId: string | null;
    normalSide: string;
    debitsMinor: number;
    creditsMinor: number;
    balanceMinor: number;
  }>;
};

export type LedgerAccountEntriesQueryVariables = Exact<{
  accountKey: string;
  before?: string | null | undefined;
}>;

export type LedgerAccountEntriesQuery = {
  ledgerAccountEntries: {
    account: {
      key: string;
      kind: LedgerAccountKind;
      currency: string;
      normalSide: string;
      balanceMinor: number;
      debitsMinor: number;
      creditsMinor: number;
    };
    entries: Array<{
      id: string;
      occurredAt: string;
      postedAt: string;
      causeType: LedgerCauseType;
      causeId: string;
      correctsEntryId: string | null;
      currency: string;
      postings: Array<{ accountKey: string; debitMinor: number | null; creditMinor: number | null; memo: string | null }>;
    }>;
  };
};

export type CompaniesQueryVariables = Exact<{
  status?: CompanyStatus | null | undefined;
}>;

export type CompaniesQuery = {
  companies: Array<{
    id: string;
    legalName: string;
    tradingName: string;
    country: string;
    taxId: string;
    kind: CompanyKind;
    status: CompanyStatus;
    registeredAt: string;
  }>;
};

export type CompanyQueryVariables = Exact<{
  id: string | number;
}>;

export type CompanyQuery = {
  company: {
    id: string;
    legalName: string;
    tradingName: string;
    country: string;
    taxId: string;
    kind: CompanyKind;
    status: CompanyStatus;
    registeredAt: string;
    legalEntities: Array<{ id: string; name: string; taxId: string; address: string }>;
    accountManager: { id: string; fullName: string; email: string } | null;
    commercialTerms: {
      currency: string;
      creditLimitMinor: number | null;
      approvalThresholdMinor: number | null;
      paymentTermDays: number | null;
    } | null;
    moderationHistory: Array<{
      id: string;
      action: ModerationLogAction;
      from: CompanyStatus | null;
      to: CompanyStatus;
      reason: string;
      occurredAt: string;
      operatorEmail: string | null;
    }>;
  };
};

export type ModerateCompanyMutationVariables = Exact<{
  companyId: string | number;
  action: ModerationAction;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type ModerateCompanyMutation = { moderateCompany: { id: string; status: CompanyStatus } };

export type ModerationLogQueryVariables = Exact<{
  filter?: ModerationLogFilter | null | undefined;
}>;

export type ModerationLogQuery = {
  moderationLog: Array<{
    id: string;
    companyId: string;
    companyName: string;
    action: ModerationLogAction;
    from: CompanyStatus | null;
    to: CompanyStatus;
    reason: string;
    occurredAt: string;
    operatorId: string | null;
    operatorEmail: string | null;
  }>;
};

export type ReviewProductQueryVariables = Exact<{
  id: string | number;
}>;

export type ReviewProductQuery = {
  product: {
    id: string;
    code: string;
    name: string;
    description: string;
    attributes: Record<string, string>;
    baseUnit: BaseUnit;
    categoryId: string;
    status: ProductStatus;
    proposedBy: string | null;
    rejectionReason: string | null;
  };
};

export type DecideProductMutationVariables = Exact<{
  productId: string | number;
  approve: boolean;
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type DecideProductMutation = { reviewProduct: { id: string; status: ProductStatus; rejectionReason: string | null } };

export type CreateProductMutationVariables = Exact<{
  input: ProductInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateProductMutation = { createProduct: { id: string; code: string; name: string; status: ProductStatus } };

export type SetCommercialTermsMutationVariables = Exact<{
  companyId: string | number;
  accountManagerId?: string | number | null | undefined;
  terms?: CommercialTermsInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type SetCommercialTermsMutation = {
  setCommercialTerms: {
    id: string;
    accountManager: { id: string; fullName: string; email: string } | null;
    commercialTerms: {
      currency: string;
      creditLimitMinor: number | null;
      approvalThresholdMinor: number | null;
      paymentTermDays: number | null;
    } | null;
  };
};

export type OperatorPayoutFieldsFragment = {
  id: string;
  number: string;
  sellerCompanyId: string;
  currency: string;
  amountMinor: number;
  status: PayoutStatus;
  scheduledFor: string;
  paidAt: string | null;
  paidBy: string | null;
  reference: string | null;
};

export type OperatorPayoutsQueryVariables = Exact<{
  statuses?: Array<PayoutStatus> | PayoutStatus | null | undefined;
}>;

export type OperatorPayoutsQuery = {
  payouts: Array<{
    id: string;
    number: string;
    sellerCompanyId: string;
    currency: string;
    amountMinor: number;
    status: PayoutStatus;
    scheduledFor: string;
    paidAt: string | null;
    paidBy: string | null;
    reference: string | null;
  }>;
};

export type PayoutsDueQueryVariables = Exact<{
  currency?: string | null | undefined;
}>;

export type PayoutsDueQuery = { payoutsDue: { csv: string; payouts: Array<{ id: string }> } };

export type MarkPayoutPaidMutationVariables = Exact<{
  payoutId: string | number;
  reference?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type MarkPayoutPaidMutation = {
  markPayoutPaid: {
    id: string;
    number: string;
    sellerCompanyId: string;
    currency: string;
    amountMinor: number;
    status: PayoutStatus;
    scheduledFor: string;
    paidAt: string | null;
    paidBy: string | null;
    reference: string | null;
  };
};

export type ReturnPayoutMutationVariables = Exact<{
  payoutId: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type ReturnPayoutMutation = {
  returnPayout: {
    id: string;
    number: string;
    sellerCompanyId: string;
    currency: string;
    amountMinor: number;
    status: PayoutStatus;
    scheduledFor: string;
    paidAt: string | null;
    paidBy: string | null;
    reference: string | null;
  };
};

export type ImportBankStatementMutationVariables = Exact<{
  csv?: string | null | undefined;
  csvBase64?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type ImportBankStatementMutation = {
  importBankStatement: {
    matched: number;
    recorded: number;
    refused: number;
    rows: Array<{
      line: number;
      outcome: BankRowOutcome;
      field: string | null;
      message: string | null;
      reference: string | null;
      invoiceNumber: string | null;
      amountMinor: number | null;
      paymentId: string | null;
      alreadyRecorded: boolean;
    }>;
  };
};

export type RefundsPayableQueryVariables = Exact<{ [key: string]: never }>;

export type RefundsPayableQuery = {
  refundsPayable: {
    refunds: Array<{ buyerCompanyId: string; currency: string; amountMinor: number }>;
    payouts: Array<{
      id: string;
      buyerCompanyId: string;
      currency: string;
      amountMinor: number;
      reference: string | null;
      paidAt: string;
      paidBy: string;
      entryId: string;
    }>;
  };
};

export type PayOutRefundMutationVariables = Exact<{
  buyerCompanyId: string | number;
  currency: string;
  amountMinor: number;
  reference?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type PayOutRefundMutation = {
  payOutRefund: { id: string; buyerCompanyId: string; currency: string; amountMinor: number; reference: string | null; paidAt: string };
};

export type SellerPayoutTermsQueryVariables = Exact<{
  sellerCompanyId: string | number;
}>;

export type SellerPayoutTermsQuery = { payoutTerms: { sellerCompanyId: string; periodDays: number } };

export type SetPayoutTermsMutationVariables = Exact<{
  sellerCompanyId: string | number;
  periodDays: number;
  idempotencyKey?: string | null | undefined;
}>;

export type SetPayoutTermsMutation = { setPayoutTerms: { sellerCompanyId: string; periodDays: number } };

export type PricingTablesFieldsFragment = {
  defaultCommissionRateBp: number;
  approvalExpirySeconds: number;
  approvalExpirySetByOperator: boolean;
  categoryCommissions: Array<{ categoryId: string; rateBp: number }>;
  loyaltyTiers: Array<{
    currency: string;
    tiers: Array<{ fromMajor: string; fromInclusive: boolean; toMajor: string | null; toInclusive: boolean; rateBp: number }>;
  }>;
};

export type PricingTablesQueryVariables = Exact<{ [key: string]: never }>;

export type PricingTablesQuery = {
  pricingTables: {
    defaultCommissionRateBp: number;
    approvalExpirySeconds: number;
    approvalExpirySetByOperator: boolean;
    categoryCommissions: Array<{ categoryId: string; rateBp: number }>;
    loyaltyTiers: Array<{
      currency: string;
      tiers: Array<{ fromMajor: string; fromInclusive: boolean; toMajor: string | null; toInclusive: boolean; rateBp: number }>;
    }>;
  };
};

export type SetCommissionRateMutationVariables = Exact<{
  categoryId?: string | number | null | undefined;
  rateBp: number;
  idempotencyKey?: string | null | undefined;
}>;

export type SetCommissionRateMutation = {
  setCommissionRate: {
    defaultCommissionRateBp: number;
    approvalExpirySeconds: number;
    approvalExpirySetByOperator: boolean;
    categoryCommissions: Array<{ categoryId: string; rateBp: number }>;
    loyaltyTiers: Array<{
      currency: string;
      tiers: Array<{ fromMajor: string; fromInclusive: boolean; toMajor: string | null; toInclusive: boolean; rateBp: number }>;
    }>;
  };
};

export type SetApprovalExpiryMutationVariables = Exact<{
  hours: number;
  idempotencyKey?: string | null | undefined;
}>;

export type SetApprovalExpiryMutation = {
  setApprovalExpiry: {
    defaultCommissionRateBp: number;
    approvalExpirySeconds: number;
    approvalExpirySetByOperator: boolean;
    categoryCommissions: Array<{ categoryId: string; rateBp: number }>;
    loyaltyTiers: Array<{
      currency: string;
      tiers: Array<{ fromMajor: string; fromInclusive: boolean; toMajor: string | null; toInclusive: boolean; rateBp: number }>;
    }>;
  };
};

export type SetLoyaltyTiersMutationVariables = Exact<{
  currency: string;
  tiers: Array<LoyaltyTierInput> | LoyaltyTierInput;
  idempotencyKey?: string | null | undefined;
}>;

export type SetLoyaltyTiersMutation = {
  setLoyaltyTiers: {
    defaultCommissionRateBp: number;
    approvalExpirySeconds: number;
    approvalExpirySetByOperator: boolean;
    categoryCommissions: Array<{ categoryId: string; rateBp: number }>;
    loyaltyTiers: Array<{
      currency: string;
      tiers: Array<{ fromMajor: string; fromInclusive: boolean; toMajor: string | null; toInclusive: boolean; rateBp: number }>;
    }>;
  };
};

export type ReturnPolicyFieldsFragment = {
  version: number;
  changedAt: string;
  changedByKind: string;
  changedById: string | null;
  note: string;
  defaultReturnWindowDays: number;
  faultByReason: Array<{ reason: ReturnReason; fault: ReturnFault }>;
  differences: Array<{ table: ReturnPolicyTable; reason: ReturnReason | null; from: string; to: string }>;
};

export type ReturnPolicyQueryVariables = Exact<{
  first: number;
}>;

export type ReturnPolicyQuery = {
  returnPolicy: {
    version: number;
    changedAt: string;
    changedByKind: string;
    changedById: string | null;
    note: string;
    defaultReturnWindowDays: number;
    faultByReason: Array<{ reason: ReturnReason; fault: ReturnFault }>;
    differences: Array<{ table: ReturnPolicyTable; reason: ReturnReason | null; from: string; to: string }>;
  };
  returnPolicyHistory: Array<{
    version: number;
    changedAt: string;
    changedByKind: string;
    changedById: string | null;
    note: string;
    defaultReturnWindowDays: number;
    faultByReason: Array<{ reason: ReturnReason; fault: ReturnFault }>;
    differences: Array<{ table: ReturnPolicyTable; reason: ReturnReason | null; from: string; to: string }>;
  }>;
};

export type ChangeReturnPolicyMutationVariables = Exact<{
  input: ReturnPolicyChangeInput;
  idempotencyKey?: string | null | undefined;
}>;

export type ChangeReturnPolicyMutation = {
  changeReturnPolicy: {
    version: number;
    changedAt: string;
    changedByKind: string;
    changedById: string | null;
    note: string;
    defaultReturnWindowDays: number;
    faultByReason: Array<{ reason: ReturnReason; fault: ReturnFault }>;
    differences: Array<{ table: ReturnPolicyTable; reason: ReturnReason | null; from: string; to: string }>;
  };
};

export const OperatorReturnAmountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnAmountFields' },
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
} as unknown as DocumentNode<OperatorReturnAmountFieldsFragment, unknown>;
export const OperatorQuoteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnAmountFields' },
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
} as unknown as DocumentNode<OperatorQuoteFieldsFragment, unknown>;
export const OperatorReturnFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocationBeforeDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
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
      name: { kind: 'Name', value: 'OperatorReturnAmountFields' },
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
      name: { kind: 'Name', value: 'OperatorQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperatorReturnFieldsFragment, unknown>;
export const OperatorPayoutFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorPayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperatorPayoutFieldsFragment, unknown>;
export const PricingTablesFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PricingTablesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingTables' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCommissionRateBp' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryCommissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySetByOperator' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
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
} as unknown as DocumentNode<PricingTablesFieldsFragment, unknown>;
export const ReturnPolicyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedByKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultReturnWindowDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'faultByReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'differences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnPolicyFieldsFragment, unknown>;
export const CreateCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
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
            name: { kind: 'Name', value: 'createCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const OperatorReturnsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorReturns' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnAmountFields' },
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
      name: { kind: 'Name', value: 'OperatorQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocationBeforeDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
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
} as unknown as DocumentNode<OperatorReturnsQuery, OperatorReturnsQueryVariables>;
export const DecideReturnDisputeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideReturnDispute' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reasonChanges' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnReasonChangeInput' } } },
          },
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
            name: { kind: 'Name', value: 'decideReturnDispute' },
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
                name: { kind: 'Name', value: 'reasonChanges' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reasonChanges' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnAmountFields' },
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
      name: { kind: 'Name', value: 'OperatorQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocationBeforeDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
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
} as unknown as DocumentNode<DecideReturnDisputeMutation, DecideReturnDisputeMutationVariables>;
export const AcceptCarrierClaimDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptCarrierClaim' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'returnId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reasonChanges' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnReasonChangeInput' } } },
          },
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
            name: { kind: 'Name', value: 'acceptCarrierClaim' },
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
                name: { kind: 'Name', value: 'reasonChanges' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reasonChanges' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnAmountFields' },
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
      name: { kind: 'Name', value: 'OperatorQuoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnQuote' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'returnLabelDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clawbackDeducted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sellerPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'platformPays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellersPay' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformPays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnLabels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorReturnAmountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorReturnFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerReturn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocationBeforeDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorQuoteFields' } }],
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
} as unknown as DocumentNode<AcceptCarrierClaimMutation, AcceptCarrierClaimMutationVariables>;
export const TrialBalanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrialBalance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trialBalance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'netMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalDebitsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCreditsMinor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'normalSide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accounts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'debitsMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditsMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balanceMinor' } },
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
} as unknown as DocumentNode<TrialBalanceQuery, TrialBalanceQueryVariables>;
export const LedgerAccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LedgerAccounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerAccountKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nonZeroOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
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
            name: { kind: 'Name', value: 'ledgerAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'companyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nonZeroOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nonZeroOnly' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sellerOrderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normalSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'debitsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceMinor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LedgerAccountsQuery, LedgerAccountsQueryVariables>;
export const LedgerAccountEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LedgerAccountEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Timestamp' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledgerAccountEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accountKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'normalSide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balanceMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'debitsMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditsMinor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'postedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'correctsEntryId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'postings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'accountKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'debitMinor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditMinor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'memo' } },
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
} as unknown as DocumentNode<LedgerAccountEntriesQuery, LedgerAccountEntriesQueryVariables>;
export const CompaniesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Companies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradingName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompaniesQuery, CompaniesQueryVariables>;
export const CompanyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Company' },
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
            name: { kind: 'Name', value: 'company' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradingName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accountManager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commercialTerms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditLimitMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalThresholdMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paymentTermDays' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'moderationHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operatorEmail' } },
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
} as unknown as DocumentNode<CompanyQuery, CompanyQueryVariables>;
export const ModerateCompanyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ModerateCompany' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ModerationAction' } } },
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
            name: { kind: 'Name', value: 'moderateCompany' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'companyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModerateCompanyMutation, ModerateCompanyMutationVariables>;
export const ModerationLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModerationLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ModerationLogFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moderationLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operatorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operatorEmail' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModerationLogQuery, ModerationLogQueryVariables>;
export const ReviewProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewProduct' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'proposedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewProductQuery, ReviewProductQueryVariables>;
export const DecideProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
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
            name: { kind: 'Name', value: 'reviewProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approve' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideProductMutation, DecideProductMutationVariables>;
export const CreateProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProduct' },
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
            name: { kind: 'Name', value: 'createProduct' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const SetCommercialTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCommercialTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountManagerId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'terms' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommercialTermsInput' } },
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
            name: { kind: 'Name', value: 'setCommercialTerms' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'companyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accountManagerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountManagerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'terms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'terms' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accountManager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commercialTerms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditLimitMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalThresholdMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paymentTermDays' } },
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
} as unknown as DocumentNode<SetCommercialTermsMutation, SetCommercialTermsMutationVariables>;
export const OperatorPayoutsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorPayouts' },
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
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '500' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorPayoutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorPayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperatorPayoutsQuery, OperatorPayoutsQueryVariables>;
export const PayoutsDueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PayoutsDue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payoutsDue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'payouts' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayoutsDueQuery, PayoutsDueQueryVariables>;
export const MarkPayoutPaidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkPayoutPaid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
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
            name: { kind: 'Name', value: 'markPayoutPaid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'payoutId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorPayoutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorPayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkPayoutPaidMutation, MarkPayoutPaidMutationVariables>;
export const ReturnPayoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnPayout' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
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
            name: { kind: 'Name', value: 'returnPayout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'payoutId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'payoutId' } },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OperatorPayoutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorPayoutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnPayoutMutation, ReturnPayoutMutationVariables>;
export const ImportBankStatementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportBankStatement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csvBase64' } },
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
            name: { kind: 'Name', value: 'importBankStatement' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'csv' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csvBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csvBase64' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refused' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paymentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'alreadyRecorded' } },
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
} as unknown as DocumentNode<ImportBankStatementMutation, ImportBankStatementMutationVariables>;
export const RefundsPayableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RefundsPayable' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundsPayable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'payouts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'buyerCompanyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paidBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
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
} as unknown as DocumentNode<RefundsPayableQuery, RefundsPayableQueryVariables>;
export const PayOutRefundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PayOutRefund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'buyerCompanyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amountMinor' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MinorUnits' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
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
            name: { kind: 'Name', value: 'payOutRefund' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'buyerCompanyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'buyerCompanyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amountMinor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amountMinor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountMinor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayOutRefundMutation, PayOutRefundMutationVariables>;
export const SellerPayoutTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SellerPayoutTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payoutTerms' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sellerCompanyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
              },
            ],
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
} as unknown as DocumentNode<SellerPayoutTermsQuery, SellerPayoutTermsQueryVariables>;
export const SetPayoutTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPayoutTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodDays' } },
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
            name: { kind: 'Name', value: 'setPayoutTerms' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sellerCompanyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerCompanyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodDays' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodDays' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'sellerCompanyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPayoutTermsMutation, SetPayoutTermsMutationVariables>;
export const PricingTablesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PricingTables' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pricingTables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PricingTablesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PricingTablesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingTables' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCommissionRateBp' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryCommissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySetByOperator' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
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
} as unknown as DocumentNode<PricingTablesQuery, PricingTablesQueryVariables>;
export const SetCommissionRateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCommissionRate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'categoryId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rateBp' } },
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
            name: { kind: 'Name', value: 'setCommissionRate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'categoryId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'categoryId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rateBp' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rateBp' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PricingTablesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PricingTablesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingTables' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCommissionRateBp' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryCommissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySetByOperator' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
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
} as unknown as DocumentNode<SetCommissionRateMutation, SetCommissionRateMutationVariables>;
export const SetApprovalExpiryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetApprovalExpiry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
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
            name: { kind: 'Name', value: 'setApprovalExpiry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PricingTablesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PricingTablesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingTables' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCommissionRateBp' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryCommissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySetByOperator' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
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
} as unknown as DocumentNode<SetApprovalExpiryMutation, SetApprovalExpiryMutationVariables>;
export const SetLoyaltyTiersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetLoyaltyTiers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tiers' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltyTierInput' } } },
            },
          },
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
            name: { kind: 'Name', value: 'setLoyaltyTiers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tiers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tiers' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PricingTablesFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PricingTablesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingTables' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCommissionRateBp' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryCommissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalExpirySetByOperator' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toMajor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toInclusive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rateBp' } },
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
} as unknown as DocumentNode<SetLoyaltyTiersMutation, SetLoyaltyTiersMutationVariables>;
export const ReturnPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReturnPolicy' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'returnPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnPolicyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnPolicyHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnPolicyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedByKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultReturnWindowDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'faultByReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'differences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnPolicyQuery, ReturnPolicyQueryVariables>;
export const ChangeReturnPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeReturnPolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnPolicyChangeInput' } } },
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
            name: { kind: 'Name', value: 'changeReturnPolicy' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnPolicyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedByKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultReturnWindowDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'faultByReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'differences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeReturnPolicyMutation, ChangeReturnPolicyMutationVariables>;
