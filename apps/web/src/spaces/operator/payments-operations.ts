import { graphql } from './gql';

export const OperatorPayoutFieldsFragment = graphql(`
  fragment OperatorPayoutFields on Payout {
    id
    number
    sellerCompanyId
    currency
    amountMinor
    status
    scheduledFor
    paidAt
    paidBy
    reference
  }
`);

export const OperatorPayoutsDocument = graphql(`
  query OperatorPayouts($statuses: [PayoutStatus!]) {
    payouts(statuses: $statuses, first: 500) {
      ...OperatorPayoutFields
    }
  }
`);

export const PayoutsDueDocument = graphql(`
  query PayoutsDue($currency: String) {
    payoutsDue(currency: $currency) {
      csv
      payouts {
        id
      }
    }
  }
`);

export const MarkPayoutPaidDocument = graphql(`
  mutation MarkPayoutPaid($payoutId: ID!, $reference: String, $idempotencyKey: String) {
    markPayoutPaid(payoutId: $payoutId, reference: $reference, idempotencyKey: $idempotencyKey) {
      ...OperatorPayoutFields
    }
  }
`);

export const ReturnPayoutDocument = graphql(`
  mutation ReturnPayout($payoutId: ID!, $reason: String!, $idempotencyKey: String) {
    returnPayout(payoutId: $payoutId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...OperatorPayoutFields
    }
  }
`);

export const ImportBankStatementDocument = graphql(`
  mutation ImportBankStatement($csv: String, $csvBase64: String, $idempotencyKey: String) {
    importBankStatement(csv: $csv, csvBase64: $csvBase64, idempotencyKey: $idempotencyKey) {
      matched
      recorded
      refused
      rows {
        line
        outcome
        field
        message
        reference
        invoiceNumber
        amountMinor
        paymentId
        alreadyRecorded
      }
    }
  }
`);

export const RefundsPayableDocument = graphql(`
  query RefundsPayable {
    refundsPayable {
      refunds {
        buyerCompanyId
        currency
        amountMinor
      }
      payouts {
        id
        buyerCompanyId
        currency
        amountMinor
        reference
        paidAt
        paidBy
        entryId
      }
    }
  }
`);

export const PayOutRefundDocument = graphql(`
  mutation PayOutRefund($buyerCompanyId: ID!, $currency: String!, $amountMinor: MinorUnits!, $reference: String, $idempotencyKey: String) {
    payOutRefund(
      buyerCompanyId: $buyerCompanyId
      currency: $currency
      amountMinor: $amountMinor
      reference: $reference
      idempotencyKey: $idempotencyKey
    ) {
      id
      buyerCompanyId
      currency
      amountMinor
      reference
      paidAt
    }
  }
`);

export const SellerPayoutTermsDocument = graphql(`
  query SellerPayoutTerms($sellerCompanyId: ID!) {
    payoutTerms(sellerCompanyId: $sellerCompanyId) {
      sellerCompanyId
      periodDays
    }
  }
`);

export const SetPayoutTermsDocument = graphql(`
  mutation SetPayoutTerms($sellerCompanyId: ID!, $periodDays: Int!, $idempotencyKey: String) {
    setPayoutTerms(sellerCompanyId: $sellerCompanyId, periodDays: $periodDays, idempotencyKey: $idempotencyKey) {
      sellerCompanyId
      periodDays
    }
  }
`);
