import { graphql } from './gql';

export const InvoiceFieldsFragment = graphql(`
  fragment InvoiceFields on Invoice {
    id
    number
    sellerOrderId
    sellerCompanyId
    buyerCompanyId
    currency
    amountMinor
    paidMinor
    creditedMinor
    outstandingMinor
    status
    terms
    overdue
    issuedAt
    dueAt
    payments {
      paymentId
      amountMinor
      receivedAt
    }
    credits {
      returnId
      amountMinor
      at
    }
  }
`);

export const BuyerInvoicesDocument = graphql(`
  query BuyerInvoices($statuses: [InvoiceStatus!]) {
    invoices(statuses: $statuses, first: 200) {
      ...InvoiceFields
    }
  }
`);

export const RecordPaymentDocument = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!, $idempotencyKey: String) {
    recordPayment(input: $input, idempotencyKey: $idempotencyKey) {
      payment {
        id
        amountMinor
        creditMinor
        currency
      }
      invoices {
        ...InvoiceFields
      }
    }
  }
`);
