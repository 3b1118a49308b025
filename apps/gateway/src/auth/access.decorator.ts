import { SetMetadata } from '@nestjs/common';

export const ACCESS_RULE = 'lotbook:access-rule';

/**
 * Who may call a GraphQL field. Every Query and Mutation field declares one; the global
 * guard refuses any field without it (fail closed), and a test walks the schema to prove
 * none is missing.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'operator' }
  | { kind: 'member'; roles: readonly string[] | 'any'; approvedCompanyOnly: boolean };

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

/** Anyone, signed in or not: registration, sign-in, health. */
export const Public = () => Access({ kind: 'public' });
/** Any signed-in user or operator. */
export const Authenticated = () => Access({ kind: 'authenticated' });
/** Marketplace staff only. */
export const OperatorOnly = () => Access({ kind: 'operator' });
/** A user acting for a company, with one of these roles (or any role). */
export const CompanyMember = (roles: readonly string[] | 'any' = 'any') => Access({ kind: 'member', roles, approvedCompanyOnly: false });
/** A user of an APPROVED company with one of these roles: listing, bidding, asking, ordering, returning. */
export const TradingMember = (roles: readonly string[] | 'any' = 'any') => Access({ kind: 'member', roles, approvedCompanyOnly: true });
