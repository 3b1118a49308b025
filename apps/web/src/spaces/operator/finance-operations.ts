import { graphql } from './gql';

export const OperatorReturnAmountFieldsFragment = graphql(`
  fragment OperatorReturnAmountFields on ReturnAmount {
    name
    amountMinor
    reason
  }
`);

export const OperatorQuoteFieldsFragment = graphql(`
  fragment OperatorQuoteFields on ReturnQuote {
    currency
    items {
      lineId
      sellerOrderId
      quantity
      reason
      fault
      restockingDeducted {
        ...OperatorReturnAmountFields
      }
      returnLabelDeducted {
        ...OperatorReturnAmountFields
      }
      clawbackDeducted {
        ...OperatorReturnAmountFields
      }
      refund {
        ...OperatorReturnAmountFields
      }
      sellerPays {
        ...OperatorReturnAmountFields
      }
      platformPays {
        ...OperatorReturnAmountFields
      }
    }
    sellerOrders {
      sellerOrderId
      sellerCompanyId
      returnLabel {
        ...OperatorReturnAmountFields
      }
    }
    refund {
      ...OperatorReturnAmountFields
    }
    sellersPay {
      ...OperatorReturnAmountFields
    }
    platformPays {
      ...OperatorReturnAmountFields
    }
    returnLabels {
      ...OperatorReturnAmountFields
    }
  }
`);

export const OperatorReturnFieldsFragment = graphql(`
  fragment OperatorReturnFields on SellerReturn {
    id
    sellerOrderId
    buyerCompanyId
    sellerCompanyId
    currency
    status
    filedAt
    carrierClaimAccepted
    items {
      lineId
      productName
      sellerSku
      quantity
      reason
      filedReason
      fault
      comment
    }
    allocation {
      ...OperatorQuoteFields
    }
    allocationBeforeDecision {
      ...OperatorQuoteFields
    }
    history {
      action
      from
      to
      at
      actorKind
      note
    }
  }
`);

export const OperatorReturnsDocument = graphql(`
  query OperatorReturns($statuses: [ReturnStatus!]) {
    sellerReturns(statuses: $statuses, first: 100) {
      ...OperatorReturnFields
    }
  }
`);

export const DecideReturnDisputeDocument = graphql(`
  mutation DecideReturnDispute($returnId: ID!, $note: String!, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {
    decideReturnDispute(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {
      ...OperatorReturnFields
    }
  }
`);

export const AcceptCarrierClaimDocument = graphql(`
  mutation AcceptCarrierClaim($returnId: ID!, $note: String, $reasonChanges: [ReturnReasonChangeInput!], $idempotencyKey: String) {
    acceptCarrierClaim(returnId: $returnId, note: $note, reasonChanges: $reasonChanges, idempotencyKey: $idempotencyKey) {
      ...OperatorReturnFields
    }
  }
`);

export const TrialBalanceDocument = graphql(`
  query TrialBalance($currency: String) {
    trialBalance(currency: $currency) {
      currency
      netMinor
      totalDebitsMinor
      totalCreditsMinor
      rows {
        kind
        normalSide
        accounts
        debitsMinor
        creditsMinor
        balanceMinor
      }
    }
  }
`);

export const LedgerAccountsDocument = graphql(`
  query LedgerAccounts($kind: LedgerAccountKind, $currency: String, $companyId: ID, $nonZeroOnly: Boolean!, $after: String) {
    ledgerAccounts(kind: $kind, currency: $currency, companyId: $companyId, nonZeroOnly: $nonZeroOnly, after: $after, first: 200) {
      key
      kind
      currency
      companyId
      sellerOrderId
      normalSide
      debitsMinor
      creditsMinor
      balanceMinor
    }
  }
`);

export const LedgerAccountEntriesDocument = graphql(`
  query LedgerAccountEntries($accountKey: String!, $before: Timestamp) {
    ledgerAccountEntries(accountKey: $accountKey, before: $before, first: 100) {
      account {
        key
        kind
        currency
        normalSide
        balanceMinor
        debitsMinor
        creditsMinor
      }
      entries {
        id
        occurredAt
        postedAt
        causeType
        causeId
        correctsEntryId
        currency
        postings {
          accountKey
          debitMinor
          creditMinor
          memo
        }
      }
    }
  }
`);
