import { graphql } from './gql';

export const ReturnAmountFieldsFragment = graphql(`
  fragment ReturnAmountFields on ReturnAmount {
    name
    amountMinor
    reason
  }
`);

export const ReturnQuoteFieldsFragment = graphql(`
  fragment ReturnQuoteFields on ReturnQuote {
    currency
    policyVersion
    items {
      lineId
      sellerOrderId
      quantity
      reason
      fault
      netShare {
        ...ReturnAmountFields
      }
      loyaltyDiscountShare {
        ...ReturnAmountFields
      }
      outboundFeeShare {
        ...ReturnAmountFields
      }
      restockingDeducted {
        ...ReturnAmountFields
      }
      returnLabelDeducted {
        ...ReturnAmountFields
      }
      clawbackDeducted {
        ...ReturnAmountFields
      }
      giveBack {
        ...ReturnAmountFields
      }
      refund {
        ...ReturnAmountFields
      }
      sellerPays {
        ...ReturnAmountFields
      }
      platformPays {
        ...ReturnAmountFields
      }
    }
    sellerOrders {
      sellerOrderId
      sellerCompanyId
      returnLabel {
        ...ReturnAmountFields
      }
      totals {
        refundMinor
        sellerPaysMinor
        platformPaysMinor
      }
    }
    refund {
      ...ReturnAmountFields
    }
    sellersPay {
      ...ReturnAmountFields
    }
    platformPays {
      ...ReturnAmountFields
    }
    returnLabels {
      ...ReturnAmountFields
    }
  }
`);

export const BuyerReturnFieldsFragment = graphql(`
  fragment BuyerReturnFields on SellerReturn {
    id
    requestId
    purchaseId
    sellerOrderId
    sellerCompanyId
    currency
    status
    statusChangedAt
    filedAt
    refundedAt
    refundMinor
    sellerPaysMinor
    platformPaysMinor
    returnLabelMinor
    allocation {
      ...ReturnQuoteFields
    }
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

export const PurchaseReturnsDocument = graphql(`
  query PurchaseReturns($purchaseId: ID!) {
    purchaseReturns(purchaseId: $purchaseId) {
      purchaseId
      lines {
        lineId
        sellerOrderId
        sellerCompanyId
        listingId
        productName
        sellerSku
        orderStatus
        deliveredQuantity
        returnedQuantity
        returnableQuantity
        returnWindowClosesAt
      }
      returns {
        ...BuyerReturnFields
      }
    }
  }
`);

export const ReturnQuoteDocument = graphql(`
  query ReturnQuote($input: ReturnQuoteInput!) {
    returnQuote(input: $input) {
      ...ReturnQuoteFields
    }
  }
`);

export const FileReturnDocument = graphql(`
  mutation FileReturn($input: FileReturnInput!, $idempotencyKey: String) {
    fileReturn(input: $input, idempotencyKey: $idempotencyKey) {
      id
      purchaseId
      returns {
        ...BuyerReturnFields
      }
    }
  }
`);

export const BuyerReturnsDocument = graphql(`
  query BuyerReturns($statuses: [ReturnStatus!]) {
    sellerReturns(statuses: $statuses, first: 100) {
      ...BuyerReturnFields
    }
  }
`);

export const ConfirmDeliveryDocument = graphql(`
  mutation ConfirmDelivery($orderId: ID!, $idempotencyKey: String) {
    confirmDelivery(orderId: $orderId, idempotencyKey: $idempotencyKey) {
      id
      status
      statusChangedAt
    }
  }
`);

export const ReorderDocument = graphql(`
  mutation Reorder($purchaseId: ID!, $idempotencyKey: String) {
    reorder(purchaseId: $purchaseId, idempotencyKey: $idempotencyKey) {
      cart {
        companyId
        currency
      }
      rows {
        line
        reference
        quantity
        outcome
        code
        message
        listingId
        alternatives {
          listingId
          sellerCompanyId
          unitPriceMinor
          available
        }
      }
    }
  }
`);

export const QuickOrderDocument = graphql(`
  mutation QuickOrder($csv: String!, $idempotencyKey: String) {
    quickOrder(csv: $csv, idempotencyKey: $idempotencyKey) {
      rows {
        line
        reference
        quantity
        outcome
        code
        message
        listingId
        alternatives {
          listingId
          sellerCompanyId
          unitPriceMinor
          available
        }
      }
      cart {
        companyId
        currency
      }
    }
  }
`);
