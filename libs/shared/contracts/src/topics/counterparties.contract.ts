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

/** Every way a counterparties command can be refused; each command declares the ones it may answer. */
export enum CounterpartiesErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_EMAIL = 'INVALID_EMAIL',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_COUNTRY = 'INVALID_COUNTRY',
  INVALID_TAX_ID = 'INVALID_TAX_ID',
  DUPLICATE_TAX_ID = 'DUPLICATE_TAX_ID',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  SIGN_IN_THROTTLED = 'SIGN_IN_THROTTLED',
  SIGN_IN_LOCKED = 'SIGN_IN_LOCKED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  FORBIDDEN = 'FORBIDDEN',
  ROLE_NOT_AVAILABLE = 'ROLE_NOT_AVAILABLE',
  ALREADY_A_MEMBER = 'ALREADY_A_MEMBER',
  INVALID_INVITATION = 'INVALID_INVITATION',
}

const C = CounterpartiesErrorCode;

const contract = <
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly CounterpartiesErrorCode[],
  TRetrySafe extends boolean = false,
>(definition: {
  name: string;
  messageType: string;
  description: string;
  request: TRequest;
  result: TResult;
  errors: TErrors;
  retrySafe?: TRetrySafe;
}) => defineCommand({ context: 'counterparties', keyDescription: 'company id, or the e-mail for sign-in', ...definition });

export const counterpartiesCommands = {
  registerCompany: contract({
    name: 'register-company',
    messageType: 'RegisterCompany',
    description: 'A company registers itself with its first user, its admin; it starts PENDING_REVIEW',
    request: z.object({
      legalName: z.string(),
      tradingName: z.string().optional(),
      country: z.string(),
      taxId: z.string(),
      kind: companyKind,
      admin: z.object({ email: z.string(), password: z.string(), fullName: z.string() }),
    }),
    result: z.object({ companyId: z.uuid(), userId: z.uuid(), status: companyStatus }),
    errors: [C.INVALID_INPUT, C.INVALID_COUNTRY, C.INVALID_TAX_ID, C.INVALID_EMAIL, C.WEAK_PASSWORD, C.DUPLICATE_TAX_ID],
    retrySafe: true,
  }),
  signIn: contract({
    name: 'sign-in',
    messageType: 'SignIn',
    description: 'A user or an operator signs in with e-mail and password',
    request: z.object({
      email: z.string(),
      password: z.string(),
      asOperator: z.boolean(),
      companyId: z.uuid().optional().describe('The company to act for, when the user belongs to several'),
      clientAddress: z.string(),
    }),
    result: sessionSchema,
    errors: [C.INVALID_EMAIL, C.SIGN_IN_THROTTLED, C.SIGN_IN_LOCKED, C.INVALID_CREDENTIALS, C.NOT_A_MEMBER],
  }),
  refreshSession: contract({
    name: 'refresh-session',
    messageType: 'RefreshSession',
    description:
      'Swaps a refresh token for a new session, optionally acting for another of the user’s companies; a reused refresh token revokes its whole family',
    request: z.object({ refreshToken: z.string(), companyId: z.uuid().optional() }),
    result: sessionSchema,
    errors: [C.INVALID_REFRESH_TOKEN, C.REFRESH_TOKEN_REUSED, C.NOT_A_MEMBER],
  }),
  inviteUser: contract({
    name: 'invite-user',
    messageType: 'InviteUser',
    description: 'A company admin invites a person by e-mail with roles; the invitation token is handed to them',
    request: z.object({ actor: actorSchema, email: z.string(), roles: z.array(companyRole).min(1) }),
    result: z.object({
      invitationId: z.uuid(),
      invitationToken: z.string(),
      email: z.string(),
      roles: z.array(companyRole),
      expiresAt: z.iso.datetime({ offset: true }),
    }),
    errors: [C.FORBIDDEN, C.INVALID_EMAIL, C.COMPANY_NOT_FOUND, C.ROLE_NOT_AVAILABLE, C.ALREADY_A_MEMBER],
    retrySafe: true,
  }),
  acceptInvitation: contract({
    name: 'accept-invitation',
    messageType: 'AcceptInvitation',
    description: 'The invited person joins the company: a new account, or an existing one proven by its password',
    request: z.object({ invitationToken: z.string(), fullName: z.string(), password: z.string() }),
    result: z.object({ userId: z.uuid(), companyId: z.uuid(), roles: z.array(companyRole) }),
    errors: [C.INVALID_INVITATION, C.INVALID_CREDENTIALS, C.INVALID_INPUT, C.WEAK_PASSWORD],
    retrySafe: true,
  }),
  moderateCompany: contract({
    name: 'moderate-company',
    messageType: 'ModerateCompany',
    description: 'An operator approves, rejects, suspends or reinstates a company, with a written reason',
    request: z.object({ actor: actorSchema, companyId: z.uuid(), action: moderationAction, reason: z.string() }),
    result: companySchema,
    errors: [C.FORBIDDEN, C.COMPANY_NOT_FOUND, C.TRANSITION_NOT_ALLOWED, C.REASON_REQUIRED],
    retrySafe: true,
  }),
  getCompany: contract({
    name: 'get-company',
    messageType: 'GetCompany',
    description: 'A company: FULL for itself and operators (anyone else gets COMPANY_NOT_FOUND, as for a missing id), PUBLIC for anyone',
    request: z.object({ actor: actorSchema, companyId: z.uuid(), view: z.enum(['FULL', 'PUBLIC']) }),
    result: z.object({ company: companySchema.nullable(), publicCompany: publicCompanySchema }),
    errors: [C.COMPANY_NOT_FOUND],
  }),
  addLegalEntity: contract({
    name: 'add-legal-entity',
    messageType: 'AddLegalEntity',
    description: 'A company admin adds a legal entity the company trades through (orders and bids name one)',
    request: z.object({ actor: actorSchema, name: z.string(), taxId: z.string(), address: z.string() }),
    result: legalEntitySchema,
    errors: [C.FORBIDDEN, C.COMPANY_NOT_FOUND, C.INVALID_INPUT, C.INVALID_TAX_ID, C.DUPLICATE_TAX_ID],
    retrySafe: true,
  }),
  setCommercialTerms: contract({
    name: 'set-commercial-terms',
    messageType: 'SetCommercialTerms',
    description: 'An operator assigns the account manager and sets credit limit, payment term and approval threshold',
    request: z.object({
      actor: actorSchema,
      companyId: z.uuid(),
      accountManagerId: z.uuid().nullable().optional(),
      terms: commercialTermsSchema.optional(),
    }),
    result: companySchema,
    errors: [C.FORBIDDEN, C.INVALID_INPUT, C.COMPANY_NOT_FOUND],
    retrySafe: true,
  }),
  listCompanies: contract({
    name: 'list-companies',
    messageType: 'ListCompanies',
    description: 'Operators list companies, optionally by status',
    request: z.object({ actor: actorSchema, status: companyStatus.optional() }),
    result: z.object({
      companies: z.array(companySchema.omit({ moderationHistory: true, legalEntities: true, accountManager: true, commercialTerms: true })),
    }),
    errors: [C.FORBIDDEN],
  }),
  listModerationLog: contract({
    name: 'list-moderation-log',
    messageType: 'ListModerationLog',
    description: 'Operators read the moderation audit log, filtered by company, action, operator and time',
    request: z.object({
      actor: actorSchema,
      companyId: z.uuid().optional(),
      action: moderationEntrySchema.shape.action.optional(),
      operatorId: z.uuid().optional(),
      since: z.iso.datetime({ offset: true }).optional(),
      until: z.iso.datetime({ offset: true }).optional(),
      limit: z.int().min(1).max(500).default(100),
    }),
    result: z.object({ entries: z.array(moderationEntrySchema) }),
    errors: [C.FORBIDDEN],
  }),
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
