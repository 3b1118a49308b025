import { graphql } from './gql';

export const ReturnPolicyFieldsFragment = graphql(`
  fragment ReturnPolicyFields on ReturnPolicy {
    version
    changedAt
    changedByKind
    changedById
    note
    defaultReturnWindowDays
    faultByReason {
      reason
      fault
    }
    differences {
      table
      reason
      from
      to
    }
  }
`);

/** The policy in force and its recent versions, newest first. */
export const ReturnPolicyDocument = graphql(`
  query ReturnPolicy($first: Int!) {
    returnPolicy {
      ...ReturnPolicyFields
    }
    returnPolicyHistory(first: $first) {
      ...ReturnPolicyFields
    }
  }
`);

export const ChangeReturnPolicyDocument = graphql(`
  mutation ChangeReturnPolicy($input: ReturnPolicyChangeInput!, $idempotencyKey: String) {
    changeReturnPolicy(input: $input, idempotencyKey: $idempotencyKey) {
      ...ReturnPolicyFields
    }
  }
`);
