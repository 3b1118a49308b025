import { graphql } from './gql';

export const SellerReturnAmountFieldsFragment = graphql(`
  fragment SellerReturnAmountFields on ReturnAmount {
    name
    amountMinor
    reason
  }
`);

export const SellerReturnFieldsFragment = graphql(`
  fragment SellerReturnFields on SellerReturn {
    id
    sellerOrderId
    buyerCompanyId
    currency
    status
    statusChangedAt
    filedAt
    refundedAt
    refundMinor
    sellerPaysMinor
    platformPaysMinor
    returnLabelMinor
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
      currency
      items {
        lineId
        sellerOrderId
        quantity
        reason
        fault
        restockingDeducted {
          ...SellerReturnAmountFields
        }
        returnLabelDeducted {
          ...SellerReturnAmountFields
        }
        clawbackDeducted {
          ...SellerReturnAmountFields
        }
        refund {
          ...SellerReturnAmountFields
        }
        sellerPays {
          ...SellerReturnAmountFields
        }
        platformPays {
          ...SellerReturnAmountFields
        }
      }
      sellerOrders {
        sellerOrderId
        sellerCompanyId
        returnLabel {
          ...SellerReturnAmountFields
        }
      }
      refund {
        ...SellerReturnAmountFields
      }
      sellersPay {
        ...SellerReturnAmountFields
      }
      platformPays {
        ...SellerReturnAmountFields
      }
      returnLabels {
        ...SellerReturnAmountFields
      }
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

export const SellerReturnsDocument = graphql(`
  query SellerReturns($statuses: [ReturnStatus!]) {
    sellerReturns(statuses: $statuses, first: 100) {
      ...SellerReturnFields
    }
  }
`);

export const AcceptReturnDocument = graphql(`
  mutation AcceptReturn($returnId: ID!, $idempotencyKey: String) {
    acceptReturn(returnId: $returnId, idempotencyKey: $idempotencyKey) {
      ...SellerReturnFields
    }
  }
`);

export const DisputeReturnDocument = graphql(`
  mutation DisputeReturn($returnId: ID!, $note: String!, $idempotencyKey: String) {
    disputeReturn(returnId: $returnId, note: $note, idempotencyKey: $idempotencyKey) {
      ...SellerReturnFields
    }
  }
`);

export const ConfirmReturnReceiptDocument = graphql(`
  mutation ConfirmReturnReceipt($returnId: ID!, $idempotencyKey: String) {
    confirmReturnReceipt(returnId: $returnId, idempotencyKey: $idempotencyKey) {
      ...SellerReturnFields
    }
  }
`);

export const SellerStatementDocument = graphql(`
  query SellerStatement($currency: String!, $from: Timestamp, $to: Timestamp) {
    sellerStatement(currency: $currency, from: $from, to: $to) {
      sellerCompanyId
      currency
      from
      to
      openingBalanceMinor
      openingAvailableMinor
      salesMinor
      commissionsMinor
      refundsMinor
      returnLabelsMinor
      payoutsMinor
      correctionsMinor
      closingBalanceMinor
      closingAvailableMinor
      csv
      lines {
        entryId
        occurredAt
        kind
        causeType
        causeId
        sellerOrderId
        amountMinor
        availableChangeMinor
        correctsEntryId
      }
    }
  }
`);

export const PayoutsDocument = graphql(`
  query Payouts($statuses: [PayoutStatus!]) {
    payouts(statuses: $statuses, first: 200) {
      id
      number
      currency
      amountMinor
      status
      scheduledFor
      paidAt
      reference
      items {
        entryId
        causeType
        causeId
        sellerOrderId
        amountMinor
        occurredAt
      }
    }
    payoutTerms {
      sellerCompanyId
      periodDays
    }
  }
`);
