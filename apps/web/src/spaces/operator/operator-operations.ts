import { graphql } from './gql';

export const CompaniesDocument = graphql(`
  query Companies($status: CompanyStatus) {
    companies(status: $status) {
      id
      legalName
      tradingName
      country
      taxId
      kind
      status
      registeredAt
    }
  }
`);

export const CompanyDocument = graphql(`
  query Company($id: ID!) {
    company(id: $id) {
      id
      legalName
      tradingName
      country
      taxId
      kind
      status
      registeredAt
      legalEntities {
        id
        name
        taxId
        address
      }
      accountManager {
        id
        fullName
        email
      }
      commercialTerms {
        currency
        creditLimitMinor
        approvalThresholdMinor
        paymentTermDays
      }
      moderationHistory {
        id
        action
        from
        to
        reason
        occurredAt
        operatorEmail
      }
    }
  }
`);

export const ModerateCompanyDocument = graphql(`
  mutation ModerateCompany($companyId: ID!, $action: ModerationAction!, $reason: String!, $idempotencyKey: String) {
    moderateCompany(companyId: $companyId, action: $action, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const ModerationLogDocument = graphql(`
  query ModerationLog($filter: ModerationLogFilter) {
    moderationLog(filter: $filter) {
      id
      companyId
      companyName
      action
      from
      to
      reason
      occurredAt
      operatorId
      operatorEmail
    }
  }
`);

export const ReviewProductDocument = graphql(`
  query ReviewProduct($id: ID!) {
    product(id: $id) {
      id
      code
      name
      description
      attributes
      baseUnit
      categoryId
      status
      proposedBy
      rejectionReason
    }
  }
`);

export const DecideProductDocument = graphql(`
  mutation DecideProduct($productId: ID!, $approve: Boolean!, $reason: String, $idempotencyKey: String) {
    reviewProduct(productId: $productId, approve: $approve, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      rejectionReason
    }
  }
`);

export const CreateProductDocument = graphql(`
  mutation CreateProduct($input: ProductInput!, $idempotencyKey: String) {
    createProduct(input: $input, idempotencyKey: $idempotencyKey) {
      id
      code
      name
      status
    }
  }
`);

export const SetCommercialTermsDocument = graphql(`
  mutation SetCommercialTerms($companyId: ID!, $accountManagerId: ID, $terms: CommercialTermsInput, $idempotencyKey: String) {
    setCommercialTerms(companyId: $companyId, accountManagerId: $accountManagerId, terms: $terms, idempotencyKey: $idempotencyKey) {
      id
      accountManager {
        id
        fullName
        email
      }
      commercialTerms {
        currency
        creditLimitMinor
        approvalThresholdMinor
        paymentTermDays
      }
    }
  }
`);
