import { graphql } from './gql';

export const PricingTablesFieldsFragment = graphql(`
  fragment PricingTablesFields on PricingTables {
    defaultCommissionRateBp
    categoryCommissions {
      categoryId
      rateBp
    }
    approvalExpirySeconds
    approvalExpirySetByOperator
    loyaltyTiers {
      currency
      tiers {
        fromMajor
        fromInclusive
        toMajor
        toInclusive
        rateBp
      }
    }
  }
`);

export const PricingTablesDocument = graphql(`
  query PricingTables {
    pricingTables {
      ...PricingTablesFields
    }
  }
`);

export const SetCommissionRateDocument = graphql(`
  mutation SetCommissionRate($categoryId: ID, $rateBp: Int!, $idempotencyKey: String) {
    setCommissionRate(categoryId: $categoryId, rateBp: $rateBp, idempotencyKey: $idempotencyKey) {
      ...PricingTablesFields
    }
  }
`);

export const SetApprovalExpiryDocument = graphql(`
  mutation SetApprovalExpiry($hours: Int!, $idempotencyKey: String) {
    setApprovalExpiry(hours: $hours, idempotencyKey: $idempotencyKey) {
      ...PricingTablesFields
    }
  }
`);

export const SetLoyaltyTiersDocument = graphql(`
  mutation SetLoyaltyTiers($currency: String!, $tiers: [LoyaltyTierInput!]!, $idempotencyKey: String) {
    setLoyaltyTiers(currency: $currency, tiers: $tiers, idempotencyKey: $idempotencyKey) {
      ...PricingTablesFields
    }
  }
`);
