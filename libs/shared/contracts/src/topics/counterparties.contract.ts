import { z } from 'zod';
import { defineCommand } from '../command-contract';
import { actorSchema } from '../command-result';
import { defineEvent } from '../topic-registry';

/** Where a company stands with the marketplace. Only APPROVED companies trade. */
export enum CompanyStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

/** What a company does on the marketplace. */
export enum CompanyKind {
  BUYER = 'BUYER',
  SELLER = 'SELLER',
  BOTH = 'BOTH',
}

/** A user's roles within one company. */
export enum CompanyRole {
  ADMIN = 'ADMIN',
  PURCHASER = 'PURCHASER',
  APPROVER = 'APPROVER',
  ACCOUNTANT = 'ACCOUNTANT',
  SALES_MANAGER = 'SALES_MANAGER',
}

/** What an operator may decide about a company. */
export enum ModerationAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
}

/** A line of the moderation log: the operator's actions, and the registration itself. */
export enum ModerationLogAction {
  REGISTER = 'REGISTER',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
}

const companyStatus = z.enum(CompanyStatus);
const companyKind = z.enum(CompanyKind);
const companyRole = z.enum(CompanyRole);
const moderationAction = z.enum(ModerationAction);

export const moderationEntrySchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  action: z.enum(ModerationLogAction),
  from: companyStatus.nullable(),
  to: companyStatus,
  reason: z.string(),
  operatorId: z.uuid().nullable(),
  operatorEmail: z.string().nullable(),
  occurredAt: z.iso.datetime({ offset: true }),
});

/** What anyone signed in may see of another company: its trading name and status, nothing more. */
export const publicCompanySchema = z.object({
  id: z.uuid(),
  tradingName: z.string(),
  status: companyStatus,
});

export const legalEntitySchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  name: z.string(),
  taxId: z.string(),
  address: z.string(),
});

export const commercialTermsSchema = z.object({
  currency: z.string().length(3).describe('ISO 4217; the currency of the limit and the threshold'),
  creditLimitMinor: z.int().nonnegative().nullable().describe('Credit limit in minor units'),
  paymentTermDays: z.int().min(0).max(365).nullable().describe('Payment deferral, e.g. 30 for net 30'),
  approvalThresholdMinor: z.int().nonnegative().nullable().describe('Purchases above this need an APPROVER'),
});

/** What the company itself and operators see. */
export const companySchema = publicCompanySchema.extend({
  kind: companyKind,
  legalName: z.string(),
  country: z.string(),
  taxId: z.string(),
  registeredAt: z.iso.datetime({ offset: true }),
  legalEntities: z.array(legalEntitySchema),
  accountManager: z.object({ id: z.uuid(), email: z.string(), fullName: z.string() }).nullable(),
  commercialTerms: commercialTermsSchema.nullable(),
  moderationHistory: z.array(moderationEntrySchema),
});

export const sessionSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.iso.datetime({ offset: true }),
  refreshToken: z.string(),
  actor: actorSchema,
});

export type PublicCompany = z.infer<typeof publicCompanySchema>;
export type LegalEntity = z.infer<typeof legalEntitySchema>;
export type CommercialTerms = z.infer<typeof commercialTermsSchema>;
export type Company = z.infer<typeof companySchema>;
export type ModerationEntry = z.infer<typeof moderationEntrySchema>;
export type Session = z.infer<typeof sessionSchema>;

const contract = <TRequest extends z.ZodType, TResult extends z.ZodType>(
  name: string,
  messageType: string,
  description: string,
  request: TRequest,
  result: TResult,
) =>
  defineCommand({
    context: 'counterparties',
    name,
    messageType,
    description,
    keyDescription: 'company id, or the e-mail for sign-in',
    request,
    result,
  });

export const counterpartiesCommands = {
  registerCompany: contract(
    'register-company',
    'RegisterCompany',
    'A company registers itself with its first user, its admin; it starts PENDING_REVIEW',
    z.object({
      legalName: z.string(),
      tradingName: z.string().optional(),
      country: z.string(),
      taxId: z.string(),
      kind: companyKind,
      admin: z.object({ email: z.string(), password: z.string(), fullName: z.string() }),
    }),
    z.object({ companyId: z.uuid(), userId: z.uuid(), status: companyStatus }),
  ),
  signIn: contract(
    'sign-in',
    'SignIn',
    'A user or an operator signs in with e-mail and password',
    z.object({
      email: z.string(),
      password: z.string(),
      asOperator: z.boolean(),
      companyId: z.uuid().optional().describe('The company to act for, when the user belongs to several'),
      clientAddress: z.string(),
    }),
    sessionSchema,
  ),
  refreshSession: contract(
    'refresh-session',
    'RefreshSession',
    'Swaps a refresh token for a new session, optionally acting for another of the user’s companies; a reused refresh token revokes its whole family',
    z.object({ refreshToken: z.string(), companyId: z.uuid().optional() }),
    sessionSchema,
  ),
  inviteUser: contract(
    'invite-user',
    'InviteUser',
    'A company admin invites a person by e-mail with roles; the invitation token is handed to them',
    z.object({ actor: actorSchema, email: z.string(), roles: z.array(companyRole).min(1) }),
    z.object({
      invitationId: z.uuid(),
      invitationToken: z.string(),
      email: z.string(),
      roles: z.array(companyRole),
      expiresAt: z.iso.datetime({ offset: true }),
    }),
  ),
  acceptInvitation: contract(
    'accept-invitation',
    'AcceptInvitation',
    'The invited person joins the company: a new account, or an existing one proven by its password',
    z.object({ invitationToken: z.string(), fullName: z.string(), password: z.string() }),
    z.object({ userId: z.uuid(), companyId: z.uuid(), roles: z.array(companyRole) }),
  ),
  moderateCompany: contract(
    'moderate-company',
    'ModerateCompany',
    'An operator approves, rejects, suspends or reinstates a company, with a written reason',
    z.object({ actor: actorSchema, companyId: z.uuid(), action: moderationAction, reason: z.string() }),
    companySchema,
  ),
  getCompany: contract(
    'get-company',
    'GetCompany',
    'A company: FULL for itself and operators (anyone else gets COMPANY_NOT_FOUND, as for a missing id), PUBLIC for anyone',
    z.object({ actor: actorSchema, companyId: z.uuid(), view: z.enum(['FULL', 'PUBLIC']) }),
    z.object({ company: companySchema.nullable(), publicCompany: publicCompanySchema }),
  ),
  addLegalEntity: contract(
    'add-legal-entity',
    'AddLegalEntity',
    'A company admin adds a legal entity the company trades through (orders and bids name one)',
    z.object({ actor: actorSchema, name: z.string(), taxId: z.string(), address: z.string() }),
    legalEntitySchema,
  ),
  setCommercialTerms: contract(
    'set-commercial-terms',
    'SetCommercialTerms',
    'An operator assigns the account manager and sets credit limit, payment term and approval threshold',
    z.object({
      actor: actorSchema,
      companyId: z.uuid(),
      accountManagerId: z.uuid().nullable().optional(),
      terms: commercialTermsSchema.optional(),
    }),
    companySchema,
  ),
  listCompanies: contract(
    'list-companies',
    'ListCompanies',
    'Operators list companies, optionally by status',
    z.object({ actor: actorSchema, status: companyStatus.optional() }),
    z.object({
      companies: z.array(companySchema.omit({ moderationHistory: true, legalEntities: true, accountManager: true, commercialTerms: true })),
    }),
  ),
  listModerationLog: contract(
    'list-moderation-log',
    'ListModerationLog',
    'Operators read the moderation audit log, filtered by company, action, operator and time',
    z.object({
      actor: actorSchema,
      companyId: z.uuid().optional(),
      action: moderationEntrySchema.shape.action.optional(),
      operatorId: z.uuid().optional(),
      since: z.iso.datetime({ offset: true }).optional(),
      until: z.iso.datetime({ offset: true }).optional(),
      limit: z.int().min(1).max(500).default(100),
    }),
    z.object({ entries: z.array(moderationEntrySchema) }),
  ),
};

/**
 * `counterparties.company.status-changed`: every change of a company's moderation status,
 * registration included, keyed by company id so a company's changes stay in order. Other
 * services keep their own projection of who may trade from it.
 *
 * The contract of a suspension (what each service does on SUSPENDED) is in the README.
 */
export const companyStatusChanged = defineEvent({
  name: 'counterparties.company.status-changed',
  owner: 'counterparties',
  partitions: 6,
  messageType: 'CompanyStatusChanged',
  version: 1,
  description: 'A company was registered, approved, rejected, suspended or reinstated',
  keyDescription: 'company id',
  // Compacted: the latest change of every company stays on the topic for good, so a reader
  // that keeps no state (the gateway) can rebuild who may trade by reading it from the start.
  config: { 'cleanup.policy': 'compact' },
  payload: z.object({
    companyId: z.uuid(),
    tradingName: z.string(),
    kind: companyKind,
    action: moderationEntrySchema.shape.action,
    from: companyStatus.nullable(),
    to: companyStatus,
    reason: z.string(),
    operatorId: z.uuid().nullable(),
  }),
});

export type CompanyStatusChangedPayload = z.infer<typeof companyStatusChanged.payload>;
export { companyRole as companyRoleSchema, companyStatus as companyStatusSchema };
