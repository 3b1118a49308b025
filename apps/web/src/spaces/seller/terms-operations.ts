import { graphql } from './gql';

export const SellerTermsFieldsFragment = graphql(`
  fragment SellerTermsFields on SellerTerms {
    sellerCompanyId
    currency
    volumeDiscount {
      thresholdMinor
      rateBp
    }
    shippingFees {
      region
      feeMinor
    }
    freeShippingFromNetMinor
    returnWindowDays
    restockingRateBp
  }
`);

export const MySellerTermsDocument = graphql(`
  query MySellerTerms($sellerCompanyId: ID!, $currency: String!) {
    sellerTerms(sellerCompanyId: $sellerCompanyId, currency: $currency) {
      ...SellerTermsFields
    }
    payoutTerms {
      sellerCompanyId
      periodDays
    }
    returnPolicy {
      version
      defaultReturnWindowDays
    }
  }
`);

export const SetSellerTermsDocument = graphql(`
  mutation SetSellerTerms($input: SellerTermsInput!, $idempotencyKey: String) {
    setSellerTerms(input: $input, idempotencyKey: $idempotencyKey) {
      ...SellerTermsFields
    }
  }
`);
