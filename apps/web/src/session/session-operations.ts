import { graphql } from '../api/gql';

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    accessToken
    refreshToken
    accessTokenExpiresAt
    actor {
      id
      kind
      companyId
      roles
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!, $companyId: ID) {
    signIn(email: $email, password: $password, companyId: $companyId) {
      ...SessionFields
    }
  }
`);

export const OperatorSignInDocument = graphql(`
  mutation OperatorSignIn($email: String!, $password: String!) {
    operatorSignIn(email: $email, password: $password) {
      ...SessionFields
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!, $companyId: ID) {
    refreshSession(refreshToken: $refreshToken, companyId: $companyId) {
      ...SessionFields
    }
  }
`);

export const MyCompanyDocument = graphql(`
  query MyCompany {
    myCompany {
      id
      tradingName
      legalName
      kind
      status
      moderationHistory {
        id
        action
        to
        reason
        occurredAt
      }
    }
  }
`);

export const PublicCompanyDocument = graphql(`
  query PublicCompany($id: ID!) {
    publicCompany(id: $id) {
      id
      tradingName
      status
    }
  }
`);

export const RegisterCompanyDocument = graphql(`
  mutation RegisterCompany($input: RegisterCompanyInput!, $idempotencyKey: String) {
    registerCompany(input: $input, idempotencyKey: $idempotencyKey) {
      companyId
      status
      userId
    }
  }
`);
