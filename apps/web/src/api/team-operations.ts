import { graphql } from './gql';

export const InviteUserDocument = graphql(`
  mutation InviteUser($email: String!, $roles: [CompanyRole!]!, $idempotencyKey: String) {
    inviteUser(email: $email, roles: $roles, idempotencyKey: $idempotencyKey) {
      invitationId
      invitationToken
      email
      roles
      expiresAt
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($invitationToken: String!, $fullName: String!, $password: String!, $idempotencyKey: String) {
    acceptInvitation(invitationToken: $invitationToken, fullName: $fullName, password: $password, idempotencyKey: $idempotencyKey) {
      userId
      companyId
      roles
    }
  }
`);
