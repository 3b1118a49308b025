/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation CreateCategory($name: String!, $parentId: ID, $idempotencyKey: String) {\n    createCategory(name: $name, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      parentId\n      path\n    }\n  }\n': typeof types.CreateCategoryDocument;
  '\n  fragment OperatorReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n': typeof types.OperatorReturnAmountFieldsFragmentDoc;
  '\n  fragment OperatorQuoteFields on ReturnQuote {\n    currency\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      restockingDeducted {\n        ...OperatorReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...OperatorReturnAmountFields\n      }\n      clawbackDeducted {\n        ...OperatorReturnAmountFields\n      }\n      refund {\n        ...OperatorReturnAmountFields\n      }\n      sellerPays {\n        ...OperatorReturnAmountFields\n      }\n      platformPays {\n        ...OperatorReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...OperatorReturnAmountFields\n      }\n    }\n    refund {\n      ...OperatorReturnAmountFields\n    }\n    sellersPay {\n      ...OperatorReturnAmountFields\n    }\n    platformPays {\n      ...OperatorReturnAmountFields\n    }\n    returnLabels {\n      ...OperatorReturnAmountFields\n    }\n  }\n': typeof types.OperatorQuoteFieldsFragmentDoc;
  '\n  fragment OperatorReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    sellerCompanyId\n    currency\n    status\n    filedAt\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      ...OperatorQuoteFields\n    }\n    allocationBeforeDecision {\n      ...OperatorQuoteFields\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n': typeof types.OperatorReturnFieldsFragmentDoc;
  '\n  query OperatorReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...OperatorReturnFields\n    }\n  }\n': typeof types.OperatorReturnsDocument;
  '\n  mutation DecideReturnDispute($returnId: ID!, $note: String!, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    decideReturnDispute(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n': typeof types.DecideReturnDisputeDocument;
  '\n  mutation AcceptCarrierClaim($returnId: ID!, $note: String, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    acceptCarrierClaim(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n': typeof types.AcceptCarrierClaimDocument;
  '\n  query TrialBalance($currency: String) {\n    trialBalance(currency: $currency) {\n      currency\n      netMinor\n      totalDebitsMinor\n      totalCreditsMinor\n      rows {\n        kind\n        normalSide\n        accounts\n        debitsMinor\n        creditsMinor\n        balanceMinor\n      }\n    }\n  }\n': typeof types.TrialBalanceDocument;
  '\n  query LedgerAccounts($kind: LedgerAccountKind, $currency: String, $companyId: ID, $nonZeroOnly: Boolean!, $after: String) {\n    ledgerAccounts(kind: $kind, currency: $currency, companyId: $companyId, nonZeroOnly: $nonZeroOnly, after: $after, first: 200) {\n      key\n      kind\n      currency\n      companyId\n      sellerOrderId\n      normalSide\n      debitsMinor\n      creditsMinor\n      balanceMinor\n    }\n  }\n': typeof types.LedgerAccountsDocument;
  '\n  query LedgerAccountEntries($accountKey: String!, $before: Timestamp) {\n    ledgerAccountEntries(accountKey: $accountKey, before: $before, first: 100) {\n      account {\n        key\n        kind\n        currency\n        normalSide\n        balanceMinor\n        debitsMinor\n        creditsMinor\n      }\n      entries {\n        id\n        occurredAt\n        postedAt\n        causeType\n        causeId\n        correctsEntryId\n        currency\n        postings {\n          accountKey\n          debitMinor\n          creditMinor\n          memo\n        }\n      }\n    }\n  }\n': typeof types.LedgerAccountEntriesDocument;
  '\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n': typeof types.CompaniesDocument;
  '\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n': typeof types.CompanyDocument;
  '\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n': typeof types.ModerateCompanyDocument;
  '\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n': typeof types.ModerationLogDocument;
  '\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n': typeof types.ReviewProductDocument;
  '\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n': typeof types.DecideProductDocument;
  '\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n': typeof types.CreateProductDocument;
  '\n  mutation SetCommercialTerms($companyId: ID!, $accountManagerId: ID, $terms: CommercialTermsInput, $idempotencyKey: String) {\n    setCommercialTerms(companyId: $companyId, accountManagerId: $accountManagerId, terms: $terms, idempotencyKey: $idempotencyKey) {\n      id\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n    }\n  }\n': typeof types.SetCommercialTermsDocument;
  '\n  fragment OperatorPayoutFields on Payout {\n    id\n    number\n    sellerCompanyId\n    currency\n    amountMinor\n    status\n    scheduledFor\n    paidAt\n    paidBy\n    reference\n  }\n': typeof types.OperatorPayoutFieldsFragmentDoc;
  '\n  query OperatorPayouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 500) {\n      ...OperatorPayoutFields\n    }\n  }\n': typeof types.OperatorPayoutsDocument;
  '\n  query PayoutsDue($currency: String) {\n    payoutsDue(currency: $currency) {\n      csv\n      payouts {\n        id\n      }\n    }\n  }\n': typeof types.PayoutsDueDocument;
  '\n  mutation MarkPayoutPaid($payoutId: ID!, $reference: String, $idempotencyKey: String) {\n    markPayoutPaid(payoutId: $payoutId, reference: $reference, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n': typeof types.MarkPayoutPaidDocument;
  '\n  mutation ReturnPayout($payoutId: ID!, $reason: String!, $idempotencyKey: String) {\n    returnPayout(payoutId: $payoutId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n': typeof types.ReturnPayoutDocument;
  '\n  mutation ImportBankStatement($csv: String, $csvBase64: String, $idempotencyKey: String) {\n    importBankStatement(csv: $csv, csvBase64: $csvBase64, idempotencyKey: $idempotencyKey) {\n      matched\n      recorded\n      refused\n      rows {\n        line\n        outcome\n        field\n        message\n        reference\n        invoiceNumber\n        amountMinor\n        paymentId\n        alreadyRecorded\n      }\n    }\n  }\n': typeof types.ImportBankStatementDocument;
  '\n  query RefundsPayable {\n    refundsPayable {\n      refunds {\n        buyerCompanyId\n        currency\n        amountMinor\n      }\n      payouts {\n        id\n        buyerCompanyId\n        currency\n        amountMinor\n        reference\n        paidAt\n        paidBy\n        entryId\n      }\n    }\n  }\n': typeof types.RefundsPayableDocument;
  '\n  mutation PayOutRefund($buyerCompanyId: ID!, $currency: String!, $amountMinor: MinorUnits!, $reference: String, $idempotencyKey: String) {\n    payOutRefund(\n      buyerCompanyId: $buyerCompanyId\n      currency: $currency\n      amountMinor: $amountMinor\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      currency\n      amountMinor\n      reference\n      paidAt\n    }\n  }\n': typeof types.PayOutRefundDocument;
  '\n  query SellerPayoutTerms($sellerCompanyId: ID!) {\n    payoutTerms(sellerCompanyId: $sellerCompanyId) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n': typeof types.SellerPayoutTermsDocument;
  '\n  mutation SetPayoutTerms($sellerCompanyId: ID!, $periodDays: Int!, $idempotencyKey: String) {\n    setPayoutTerms(sellerCompanyId: $sellerCompanyId, periodDays: $periodDays, idempotencyKey: $idempotencyKey) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n': typeof types.SetPayoutTermsDocument;
  '\n  fragment PricingTablesFields on PricingTables {\n    defaultCommissionRateBp\n    categoryCommissions {\n      categoryId\n      rateBp\n    }\n    approvalExpirySeconds\n    approvalExpirySetByOperator\n    loyaltyTiers {\n      currency\n      tiers {\n        fromMajor\n        fromInclusive\n        toMajor\n        toInclusive\n        rateBp\n      }\n    }\n  }\n': typeof types.PricingTablesFieldsFragmentDoc;
  '\n  query PricingTables {\n    pricingTables {\n      ...PricingTablesFields\n    }\n  }\n': typeof types.PricingTablesDocument;
  '\n  mutation SetCommissionRate($categoryId: ID, $rateBp: Int!, $idempotencyKey: String) {\n    setCommissionRate(categoryId: $categoryId, rateBp: $rateBp, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n': typeof types.SetCommissionRateDocument;
  '\n  mutation SetApprovalExpiry($hours: Int!, $idempotencyKey: String) {\n    setApprovalExpiry(hours: $hours, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n': typeof types.SetApprovalExpiryDocument;
  '\n  mutation SetLoyaltyTiers($currency: String!, $tiers: [LoyaltyTierInput!]!, $idempotencyKey: String) {\n    setLoyaltyTiers(currency: $currency, tiers: $tiers, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n': typeof types.SetLoyaltyTiersDocument;
  '\n  fragment ReturnPolicyFields on ReturnPolicy {\n    version\n    changedAt\n    changedByKind\n    changedById\n    note\n    defaultReturnWindowDays\n    faultByReason {\n      reason\n      fault\n    }\n    differences {\n      table\n      reason\n      from\n      to\n    }\n  }\n': typeof types.ReturnPolicyFieldsFragmentDoc;
  '\n  query ReturnPolicy($first: Int!) {\n    returnPolicy {\n      ...ReturnPolicyFields\n    }\n    returnPolicyHistory(first: $first) {\n      ...ReturnPolicyFields\n    }\n  }\n': typeof types.ReturnPolicyDocument;
  '\n  mutation ChangeReturnPolicy($input: ReturnPolicyChangeInput!, $idempotencyKey: String) {\n    changeReturnPolicy(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReturnPolicyFields\n    }\n  }\n': typeof types.ChangeReturnPolicyDocument;
};
const documents: Documents = {
  '\n  mutation CreateCategory($name: String!, $parentId: ID, $idempotencyKey: String) {\n    createCategory(name: $name, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      parentId\n      path\n    }\n  }\n':
    types.CreateCategoryDocument,
  '\n  fragment OperatorReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n':
    types.OperatorReturnAmountFieldsFragmentDoc,
  '\n  fragment OperatorQuoteFields on ReturnQuote {\n    currency\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      restockingDeducted {\n        ...OperatorReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...OperatorReturnAmountFields\n      }\n      clawbackDeducted {\n        ...OperatorReturnAmountFields\n      }\n      refund {\n        ...OperatorReturnAmountFields\n      }\n      sellerPays {\n        ...OperatorReturnAmountFields\n      }\n      platformPays {\n        ...OperatorReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...OperatorReturnAmountFields\n      }\n    }\n    refund {\n      ...OperatorReturnAmountFields\n    }\n    sellersPay {\n      ...OperatorReturnAmountFields\n    }\n    platformPays {\n      ...OperatorReturnAmountFields\n    }\n    returnLabels {\n      ...OperatorReturnAmountFields\n    }\n  }\n':
    types.OperatorQuoteFieldsFragmentDoc,
  '\n  fragment OperatorReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    sellerCompanyId\n    currency\n    status\n    filedAt\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      ...OperatorQuoteFields\n    }\n    allocationBeforeDecision {\n      ...OperatorQuoteFields\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n':
    types.OperatorReturnFieldsFragmentDoc,
  '\n  query OperatorReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...OperatorReturnFields\n    }\n  }\n':
    types.OperatorReturnsDocument,
  '\n  mutation DecideReturnDispute($returnId: ID!, $note: String!, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    decideReturnDispute(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n':
    types.DecideReturnDisputeDocument,
  '\n  mutation AcceptCarrierClaim($returnId: ID!, $note: String, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    acceptCarrierClaim(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n':
    types.AcceptCarrierClaimDocument,
  '\n  query TrialBalance($currency: String) {\n    trialBalance(currency: $currency) {\n      currency\n      netMinor\n      totalDebitsMinor\n      totalCreditsMinor\n      rows {\n        kind\n        normalSide\n        accounts\n        debitsMinor\n        creditsMinor\n        balanceMinor\n      }\n    }\n  }\n':
    types.TrialBalanceDocument,
  '\n  query LedgerAccounts($kind: LedgerAccountKind, $currency: String, $companyId: ID, $nonZeroOnly: Boolean!, $after: String) {\n    ledgerAccounts(kind: $kind, currency: $currency, companyId: $companyId, nonZeroOnly: $nonZeroOnly, after: $after, first: 200) {\n      key\n      kind\n      currency\n      companyId\n      sellerOrderId\n      normalSide\n      debitsMinor\n      creditsMinor\n      balanceMinor\n    }\n  }\n':
    types.LedgerAccountsDocument,
  '\n  query LedgerAccountEntries($accountKey: String!, $before: Timestamp) {\n    ledgerAccountEntries(accountKey: $accountKey, before: $before, first: 100) {\n      account {\n        key\n        kind\n        currency\n        normalSide\n        balanceMinor\n        debitsMinor\n        creditsMinor\n      }\n      entries {\n        id\n        occurredAt\n        postedAt\n        causeType\n        causeId\n        correctsEntryId\n        currency\n        postings {\n          accountKey\n          debitMinor\n          creditMinor\n          memo\n        }\n      }\n    }\n  }\n':
    types.LedgerAccountEntriesDocument,
  '\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n':
    types.CompaniesDocument,
  '\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n':
    types.CompanyDocument,
  '\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n':
    types.ModerateCompanyDocument,
  '\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n':
    types.ModerationLogDocument,
  '\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n':
    types.ReviewProductDocument,
  '\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n':
    types.DecideProductDocument,
  '\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n':
    types.CreateProductDocument,
  '\n  mutation SetCommercialTerms($companyId: ID!, $accountManagerId: ID, $terms: CommercialTermsInput, $idempotencyKey: String) {\n    setCommercialTerms(companyId: $companyId, accountManagerId: $accountManagerId, terms: $terms, idempotencyKey: $idempotencyKey) {\n      id\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n    }\n  }\n':
    types.SetCommercialTermsDocument,
  '\n  fragment OperatorPayoutFields on Payout {\n    id\n    number\n    sellerCompanyId\n    currency\n    amountMinor\n    status\n    scheduledFor\n    paidAt\n    paidBy\n    reference\n  }\n':
    types.OperatorPayoutFieldsFragmentDoc,
  '\n  query OperatorPayouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 500) {\n      ...OperatorPayoutFields\n    }\n  }\n':
    types.OperatorPayoutsDocument,
  '\n  query PayoutsDue($currency: String) {\n    payoutsDue(currency: $currency) {\n      csv\n      payouts {\n        id\n      }\n    }\n  }\n':
    types.PayoutsDueDocument,
  '\n  mutation MarkPayoutPaid($payoutId: ID!, $reference: String, $idempotencyKey: String) {\n    markPayoutPaid(payoutId: $payoutId, reference: $reference, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n':
    types.MarkPayoutPaidDocument,
  '\n  mutation ReturnPayout($payoutId: ID!, $reason: String!, $idempotencyKey: String) {\n    returnPayout(payoutId: $payoutId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n':
    types.ReturnPayoutDocument,
  '\n  mutation ImportBankStatement($csv: String, $csvBase64: String, $idempotencyKey: String) {\n    importBankStatement(csv: $csv, csvBase64: $csvBase64, idempotencyKey: $idempotencyKey) {\n      matched\n      recorded\n      refused\n      rows {\n        line\n        outcome\n        field\n        message\n        reference\n        invoiceNumber\n        amountMinor\n        paymentId\n        alreadyRecorded\n      }\n    }\n  }\n':
    types.ImportBankStatementDocument,
  '\n  query RefundsPayable {\n    refundsPayable {\n      refunds {\n        buyerCompanyId\n        currency\n        amountMinor\n      }\n      payouts {\n        id\n        buyerCompanyId\n        currency\n        amountMinor\n        reference\n        paidAt\n        paidBy\n        entryId\n      }\n    }\n  }\n':
    types.RefundsPayableDocument,
  '\n  mutation PayOutRefund($buyerCompanyId: ID!, $currency: String!, $amountMinor: MinorUnits!, $reference: String, $idempotencyKey: String) {\n    payOutRefund(\n      buyerCompanyId: $buyerCompanyId\n      currency: $currency\n      amountMinor: $amountMinor\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      currency\n      amountMinor\n      reference\n      paidAt\n    }\n  }\n':
    types.PayOutRefundDocument,
  '\n  query SellerPayoutTerms($sellerCompanyId: ID!) {\n    payoutTerms(sellerCompanyId: $sellerCompanyId) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n':
    types.SellerPayoutTermsDocument,
  '\n  mutation SetPayoutTerms($sellerCompanyId: ID!, $periodDays: Int!, $idempotencyKey: String) {\n    setPayoutTerms(sellerCompanyId: $sellerCompanyId, periodDays: $periodDays, idempotencyKey: $idempotencyKey) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n':
    types.SetPayoutTermsDocument,
  '\n  fragment PricingTablesFields on PricingTables {\n    defaultCommissionRateBp\n    categoryCommissions {\n      categoryId\n      rateBp\n    }\n    approvalExpirySeconds\n    approvalExpirySetByOperator\n    loyaltyTiers {\n      currency\n      tiers {\n        fromMajor\n        fromInclusive\n        toMajor\n        toInclusive\n        rateBp\n      }\n    }\n  }\n':
    types.PricingTablesFieldsFragmentDoc,
  '\n  query PricingTables {\n    pricingTables {\n      ...PricingTablesFields\n    }\n  }\n': types.PricingTablesDocument,
  '\n  mutation SetCommissionRate($categoryId: ID, $rateBp: Int!, $idempotencyKey: String) {\n    setCommissionRate(categoryId: $categoryId, rateBp: $rateBp, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n':
    types.SetCommissionRateDocument,
  '\n  mutation SetApprovalExpiry($hours: Int!, $idempotencyKey: String) {\n    setApprovalExpiry(hours: $hours, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n':
    types.SetApprovalExpiryDocument,
  '\n  mutation SetLoyaltyTiers($currency: String!, $tiers: [LoyaltyTierInput!]!, $idempotencyKey: String) {\n    setLoyaltyTiers(currency: $currency, tiers: $tiers, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n':
    types.SetLoyaltyTiersDocument,
  '\n  fragment ReturnPolicyFields on ReturnPolicy {\n    version\n    changedAt\n    changedByKind\n    changedById\n    note\n    defaultReturnWindowDays\n    faultByReason {\n      reason\n      fault\n    }\n    differences {\n      table\n      reason\n      from\n      to\n    }\n  }\n':
    types.ReturnPolicyFieldsFragmentDoc,
  '\n  query ReturnPolicy($first: Int!) {\n    returnPolicy {\n      ...ReturnPolicyFields\n    }\n    returnPolicyHistory(first: $first) {\n      ...ReturnPolicyFields\n    }\n  }\n':
    types.ReturnPolicyDocument,
  '\n  mutation ChangeReturnPolicy($input: ReturnPolicyChangeInput!, $idempotencyKey: String) {\n    changeReturnPolicy(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReturnPolicyFields\n    }\n  }\n':
    types.ChangeReturnPolicyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCategory($name: String!, $parentId: ID, $idempotencyKey: String) {\n    createCategory(name: $name, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      parentId\n      path\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCategory($name: String!, $parentId: ID, $idempotencyKey: String) {\n    createCategory(name: $name, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      parentId\n      path\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OperatorReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n',
): (typeof documents)['\n  fragment OperatorReturnAmountFields on ReturnAmount {\n    name\n    amountMinor\n    reason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OperatorQuoteFields on ReturnQuote {\n    currency\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      restockingDeducted {\n        ...OperatorReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...OperatorReturnAmountFields\n      }\n      clawbackDeducted {\n        ...OperatorReturnAmountFields\n      }\n      refund {\n        ...OperatorReturnAmountFields\n      }\n      sellerPays {\n        ...OperatorReturnAmountFields\n      }\n      platformPays {\n        ...OperatorReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...OperatorReturnAmountFields\n      }\n    }\n    refund {\n      ...OperatorReturnAmountFields\n    }\n    sellersPay {\n      ...OperatorReturnAmountFields\n    }\n    platformPays {\n      ...OperatorReturnAmountFields\n    }\n    returnLabels {\n      ...OperatorReturnAmountFields\n    }\n  }\n',
): (typeof documents)['\n  fragment OperatorQuoteFields on ReturnQuote {\n    currency\n    items {\n      lineId\n      sellerOrderId\n      quantity\n      reason\n      fault\n      restockingDeducted {\n        ...OperatorReturnAmountFields\n      }\n      returnLabelDeducted {\n        ...OperatorReturnAmountFields\n      }\n      clawbackDeducted {\n        ...OperatorReturnAmountFields\n      }\n      refund {\n        ...OperatorReturnAmountFields\n      }\n      sellerPays {\n        ...OperatorReturnAmountFields\n      }\n      platformPays {\n        ...OperatorReturnAmountFields\n      }\n    }\n    sellerOrders {\n      sellerOrderId\n      sellerCompanyId\n      returnLabel {\n        ...OperatorReturnAmountFields\n      }\n    }\n    refund {\n      ...OperatorReturnAmountFields\n    }\n    sellersPay {\n      ...OperatorReturnAmountFields\n    }\n    platformPays {\n      ...OperatorReturnAmountFields\n    }\n    returnLabels {\n      ...OperatorReturnAmountFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OperatorReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    sellerCompanyId\n    currency\n    status\n    filedAt\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      ...OperatorQuoteFields\n    }\n    allocationBeforeDecision {\n      ...OperatorQuoteFields\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment OperatorReturnFields on SellerReturn {\n    id\n    sellerOrderId\n    buyerCompanyId\n    sellerCompanyId\n    currency\n    status\n    filedAt\n    carrierClaimAccepted\n    items {\n      lineId\n      productName\n      sellerSku\n      quantity\n      reason\n      filedReason\n      fault\n      comment\n    }\n    allocation {\n      ...OperatorQuoteFields\n    }\n    allocationBeforeDecision {\n      ...OperatorQuoteFields\n    }\n    history {\n      action\n      from\n      to\n      at\n      actorKind\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperatorReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...OperatorReturnFields\n    }\n  }\n',
): (typeof documents)['\n  query OperatorReturns($statuses: [ReturnStatus!]) {\n    sellerReturns(statuses: $statuses, first: 100) {\n      ...OperatorReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideReturnDispute($returnId: ID!, $note: String!, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    decideReturnDispute(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideReturnDispute($returnId: ID!, $note: String!, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    decideReturnDispute(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptCarrierClaim($returnId: ID!, $note: String, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    acceptCarrierClaim(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptCarrierClaim($returnId: ID!, $note: String, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {\n    acceptCarrierClaim(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {\n      ...OperatorReturnFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrialBalance($currency: String) {\n    trialBalance(currency: $currency) {\n      currency\n      netMinor\n      totalDebitsMinor\n      totalCreditsMinor\n      rows {\n        kind\n        normalSide\n        accounts\n        debitsMinor\n        creditsMinor\n        balanceMinor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrialBalance($currency: String) {\n    trialBalance(currency: $currency) {\n      currency\n      netMinor\n      totalDebitsMinor\n      totalCreditsMinor\n      rows {\n        kind\n        normalSide\n        accounts\n        debitsMinor\n        creditsMinor\n        balanceMinor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerAccounts($kind: LedgerAccountKind, $currency: String, $companyId: ID, $nonZeroOnly: Boolean!, $after: String) {\n    ledgerAccounts(kind: $kind, currency: $currency, companyId: $companyId, nonZeroOnly: $nonZeroOnly, after: $after, first: 200) {\n      key\n      kind\n      currency\n      companyId\n      sellerOrderId\n      normalSide\n      debitsMinor\n      creditsMinor\n      balanceMinor\n    }\n  }\n',
): (typeof documents)['\n  query LedgerAccounts($kind: LedgerAccountKind, $currency: String, $companyId: ID, $nonZeroOnly: Boolean!, $after: String) {\n    ledgerAccounts(kind: $kind, currency: $currency, companyId: $companyId, nonZeroOnly: $nonZeroOnly, after: $after, first: 200) {\n      key\n      kind\n      currency\n      companyId\n      sellerOrderId\n      normalSide\n      debitsMinor\n      creditsMinor\n      balanceMinor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerAccountEntries($accountKey: String!, $before: Timestamp) {\n    ledgerAccountEntries(accountKey: $accountKey, before: $before, first: 100) {\n      account {\n        key\n        kind\n        currency\n        normalSide\n        balanceMinor\n        debitsMinor\n        creditsMinor\n      }\n      entries {\n        id\n        occurredAt\n        postedAt\n        causeType\n        causeId\n        correctsEntryId\n        currency\n        postings {\n          accountKey\n          debitMinor\n          creditMinor\n          memo\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerAccountEntries($accountKey: String!, $before: Timestamp) {\n    ledgerAccountEntries(accountKey: $accountKey, before: $before, first: 100) {\n      account {\n        key\n        kind\n        currency\n        normalSide\n        balanceMinor\n        debitsMinor\n        creditsMinor\n      }\n      entries {\n        id\n        occurredAt\n        postedAt\n        causeType\n        causeId\n        correctsEntryId\n        currency\n        postings {\n          accountKey\n          debitMinor\n          creditMinor\n          memo\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n',
): (typeof documents)['\n  query Companies($status: CompanyStatus) {\n    companies(status: $status) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      legalName\n      tradingName\n      country\n      taxId\n      kind\n      status\n      registeredAt\n      legalEntities {\n        id\n        name\n        taxId\n        address\n      }\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n      moderationHistory {\n        id\n        action\n        from\n        to\n        reason\n        occurredAt\n        operatorEmail\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {\n    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n',
): (typeof documents)['\n  query ModerationLog($filter: ModerationLogFilter) {\n    moderationLog(filter: $filter) {\n      id\n      companyId\n      companyName\n      action\n      from\n      to\n      reason\n      occurredAt\n      operatorId\n      operatorEmail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n',
): (typeof documents)['\n  query ReviewProduct($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      description\n      attributes\n      baseUnit\n      categoryId\n      status\n      proposedBy\n      rejectionReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {\n    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      rejectionReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {\n    createProduct(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCommercialTerms($companyId: ID!, $accountManagerId: ID, $terms: CommercialTermsInput, $idempotencyKey: String) {\n    setCommercialTerms(companyId: $companyId, accountManagerId: $accountManagerId, terms: $terms, idempotencyKey: $idempotencyKey) {\n      id\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCommercialTerms($companyId: ID!, $accountManagerId: ID, $terms: CommercialTermsInput, $idempotencyKey: String) {\n    setCommercialTerms(companyId: $companyId, accountManagerId: $accountManagerId, terms: $terms, idempotencyKey: $idempotencyKey) {\n      id\n      accountManager {\n        id\n        fullName\n        email\n      }\n      commercialTerms {\n        currency\n        creditLimitMinor\n        approvalThresholdMinor\n        paymentTermDays\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OperatorPayoutFields on Payout {\n    id\n    number\n    sellerCompanyId\n    currency\n    amountMinor\n    status\n    scheduledFor\n    paidAt\n    paidBy\n    reference\n  }\n',
): (typeof documents)['\n  fragment OperatorPayoutFields on Payout {\n    id\n    number\n    sellerCompanyId\n    currency\n    amountMinor\n    status\n    scheduledFor\n    paidAt\n    paidBy\n    reference\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperatorPayouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 500) {\n      ...OperatorPayoutFields\n    }\n  }\n',
): (typeof documents)['\n  query OperatorPayouts($statuses: [PayoutStatus!]) {\n    payouts(statuses: $statuses, first: 500) {\n      ...OperatorPayoutFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PayoutsDue($currency: String) {\n    payoutsDue(currency: $currency) {\n      csv\n      payouts {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PayoutsDue($currency: String) {\n    payoutsDue(currency: $currency) {\n      csv\n      payouts {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkPayoutPaid($payoutId: ID!, $reference: String, $idempotencyKey: String) {\n    markPayoutPaid(payoutId: $payoutId, reference: $reference, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkPayoutPaid($payoutId: ID!, $reference: String, $idempotencyKey: String) {\n    markPayoutPaid(payoutId: $payoutId, reference: $reference, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnPayout($payoutId: ID!, $reason: String!, $idempotencyKey: String) {\n    returnPayout(payoutId: $payoutId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnPayout($payoutId: ID!, $reason: String!, $idempotencyKey: String) {\n    returnPayout(payoutId: $payoutId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...OperatorPayoutFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportBankStatement($csv: String, $csvBase64: String, $idempotencyKey: String) {\n    importBankStatement(csv: $csv, csvBase64: $csvBase64, idempotencyKey: $idempotencyKey) {\n      matched\n      recorded\n      refused\n      rows {\n        line\n        outcome\n        field\n        message\n        reference\n        invoiceNumber\n        amountMinor\n        paymentId\n        alreadyRecorded\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportBankStatement($csv: String, $csvBase64: String, $idempotencyKey: String) {\n    importBankStatement(csv: $csv, csvBase64: $csvBase64, idempotencyKey: $idempotencyKey) {\n      matched\n      recorded\n      refused\n      rows {\n        line\n        outcome\n        field\n        message\n        reference\n        invoiceNumber\n        amountMinor\n        paymentId\n        alreadyRecorded\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RefundsPayable {\n    refundsPayable {\n      refunds {\n        buyerCompanyId\n        currency\n        amountMinor\n      }\n      payouts {\n        id\n        buyerCompanyId\n        currency\n        amountMinor\n        reference\n        paidAt\n        paidBy\n        entryId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RefundsPayable {\n    refundsPayable {\n      refunds {\n        buyerCompanyId\n        currency\n        amountMinor\n      }\n      payouts {\n        id\n        buyerCompanyId\n        currency\n        amountMinor\n        reference\n        paidAt\n        paidBy\n        entryId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PayOutRefund($buyerCompanyId: ID!, $currency: String!, $amountMinor: MinorUnits!, $reference: String, $idempotencyKey: String) {\n    payOutRefund(\n      buyerCompanyId: $buyerCompanyId\n      currency: $currency\n      amountMinor: $amountMinor\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      currency\n      amountMinor\n      reference\n      paidAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PayOutRefund($buyerCompanyId: ID!, $currency: String!, $amountMinor: MinorUnits!, $reference: String, $idempotencyKey: String) {\n    payOutRefund(\n      buyerCompanyId: $buyerCompanyId\n      currency: $currency\n      amountMinor: $amountMinor\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      buyerCompanyId\n      currency\n      amountMinor\n      reference\n      paidAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SellerPayoutTerms($sellerCompanyId: ID!) {\n    payoutTerms(sellerCompanyId: $sellerCompanyId) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n',
): (typeof documents)['\n  query SellerPayoutTerms($sellerCompanyId: ID!) {\n    payoutTerms(sellerCompanyId: $sellerCompanyId) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPayoutTerms($sellerCompanyId: ID!, $periodDays: Int!, $idempotencyKey: String) {\n    setPayoutTerms(sellerCompanyId: $sellerCompanyId, periodDays: $periodDays, idempotencyKey: $idempotencyKey) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPayoutTerms($sellerCompanyId: ID!, $periodDays: Int!, $idempotencyKey: String) {\n    setPayoutTerms(sellerCompanyId: $sellerCompanyId, periodDays: $periodDays, idempotencyKey: $idempotencyKey) {\n      sellerCompanyId\n      periodDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PricingTablesFields on PricingTables {\n    defaultCommissionRateBp\n    categoryCommissions {\n      categoryId\n      rateBp\n    }\n    approvalExpirySeconds\n    approvalExpirySetByOperator\n    loyaltyTiers {\n      currency\n      tiers {\n        fromMajor\n        fromInclusive\n        toMajor\n        toInclusive\n        rateBp\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PricingTablesFields on PricingTables {\n    defaultCommissionRateBp\n    categoryCommissions {\n      categoryId\n      rateBp\n    }\n    approvalExpirySeconds\n    approvalExpirySetByOperator\n    loyaltyTiers {\n      currency\n      tiers {\n        fromMajor\n        fromInclusive\n        toMajor\n        toInclusive\n        rateBp\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PricingTables {\n    pricingTables {\n      ...PricingTablesFields\n    }\n  }\n',
): (typeof documents)['\n  query PricingTables {\n    pricingTables {\n      ...PricingTablesFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCommissionRate($categoryId: ID, $rateBp: Int!, $idempotencyKey: String) {\n    setCommissionRate(categoryId: $categoryId, rateBp: $rateBp, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCommissionRate($categoryId: ID, $rateBp: Int!, $idempotencyKey: String) {\n    setCommissionRate(categoryId: $categoryId, rateBp: $rateBp, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetApprovalExpiry($hours: Int!, $idempotencyKey: String) {\n    setApprovalExpiry(hours: $hours, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetApprovalExpiry($hours: Int!, $idempotencyKey: String) {\n    setApprovalExpiry(hours: $hours, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetLoyaltyTiers($currency: String!, $tiers: [LoyaltyTierInput!]!, $idempotencyKey: String) {\n    setLoyaltyTiers(currency: $currency, tiers: $tiers, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetLoyaltyTiers($currency: String!, $tiers: [LoyaltyTierInput!]!, $idempotencyKey: String) {\n    setLoyaltyTiers(currency: $currency, tiers: $tiers, idempotencyKey: $idempotencyKey) {\n      ...PricingTablesFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReturnPolicyFields on ReturnPolicy {\n    version\n    changedAt\n    changedByKind\n    changedById\n    note\n    defaultReturnWindowDays\n    faultByReason {\n      reason\n      fault\n    }\n    differences {\n      table\n      reason\n      from\n      to\n    }\n  }\n',
): (typeof documents)['\n  fragment ReturnPolicyFields on ReturnPolicy {\n    version\n    changedAt\n    changedByKind\n    changedById\n    note\n    defaultReturnWindowDays\n    faultByReason {\n      reason\n      fault\n    }\n    differences {\n      table\n      reason\n      from\n      to\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReturnPolicy($first: Int!) {\n    returnPolicy {\n      ...ReturnPolicyFields\n    }\n    returnPolicyHistory(first: $first) {\n      ...ReturnPolicyFields\n    }\n  }\n',
): (typeof documents)['\n  query ReturnPolicy($first: Int!) {\n    returnPolicy {\n      ...ReturnPolicyFields\n    }\n    returnPolicyHistory(first: $first) {\n      ...ReturnPolicyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeReturnPolicy($input: ReturnPolicyChangeInput!, $idempotencyKey: String) {\n    changeReturnPolicy(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReturnPolicyFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeReturnPolicy($input: ReturnPolicyChangeInput!, $idempotencyKey: String) {\n    changeReturnPolicy(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReturnPolicyFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
