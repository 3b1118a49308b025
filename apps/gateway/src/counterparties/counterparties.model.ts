import { CompanyKind, CompanyRole, CompanyStatus, ModerationAction, ModerationLogAction } from '@lotbook/contracts';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MinorUnits } from '../minor-units.scalar';
import { Timestamp } from '../timestamp.scalar';

export { CompanyKind, CompanyRole, CompanyStatus, ModerationAction, ModerationLogAction };

export enum ActorKind {
  USER = 'USER',
  OPERATOR = 'OPERATOR',
}
registerEnumType(CompanyStatus, { name: 'CompanyStatus', description: 'Only APPROVED companies trade' });
registerEnumType(CompanyKind, { name: 'CompanyKind', description: 'What a company does on the marketplace: BUYER, SELLER or BOTH' });
registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  description: 'What an operator decides: APPROVE or REJECT a company pending review, SUSPEND an approved one, REINSTATE a suspended one',
});
registerEnumType(ModerationLogAction, {
  name: 'ModerationLogAction',
  description: 'A line of the moderation log: the registration itself (REGISTER), or an operator’s decision',
});
registerEnumType(ActorKind, { name: 'ActorKind', description: 'USER (acts for a company) or OPERATOR (marketplace staff)' });
registerEnumType(CompanyRole, {
  name: 'CompanyRole',
  description: 'ADMIN everywhere; PURCHASER, APPROVER, ACCOUNTANT for buyers; SALES_MANAGER for sellers',
});

@ObjectType({ description: 'What anyone signed in may see of another company: its trading name and status' })
export class PublicCompany {
  @Field(() => ID, { description: 'The company’s id' }) id!: string;
  @Field({ description: 'The name it trades under' }) tradingName!: string;
  @Field(() => CompanyStatus, { description: 'Where it stands with the marketplace; only APPROVED companies trade' })
  status!: CompanyStatus;
}

@ObjectType({ description: 'One moderation step: who decided what, when, and why' })
export class ModerationEntry {
  @Field(() => ID, { description: 'The log line’s id' }) id!: string;
  @Field(() => ID, { description: 'The company moderated' }) companyId!: string;
  @Field({ description: 'The company’s trading name' }) companyName!: string;
  @Field(() => ModerationLogAction, { description: 'What was done' }) action!: ModerationLogAction;
  @Field(() => CompanyStatus, { nullable: true, description: 'The status before; null for the registration' }) from!: CompanyStatus | null;
  @Field(() => CompanyStatus, { description: 'The status after' }) to!: CompanyStatus;
  @Field({ description: 'The reason written down with it' }) reason!: string;
  @Field(() => ID, { nullable: true, description: 'The operator; null for the registration itself' }) operatorId!: string | null;
  @Field(() => String, { nullable: true, description: 'The operator’s e-mail; null for the registration itself' }) operatorEmail!:
    string | null;
  @Field(() => Timestamp, { description: 'When it was done' }) occurredAt!: Date | string;
}

@ObjectType({ description: 'A company as it and the operators see it' })
export class Company extends PublicCompany {
  @Field(() => CompanyKind, { description: 'Whether it buys, sells or both' }) kind!: CompanyKind;
  @Field({ description: 'Its registered legal name' }) legalName!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country of registration' }) country!: string;
  @Field({ description: 'Its tax id (for RU, the INN)' }) taxId!: string;
  @Field(() => Timestamp, { description: 'When it registered' }) registeredAt!: Date | string;
  @Field(() => [LegalEntity], { description: 'The legal entities it trades through' }) legalEntities!: LegalEntity[];
  @Field(() => AccountManager, { nullable: true, description: 'The operator who looks after it; null until one is assigned' })
  accountManager!: AccountManager | null;
  @Field(() => CommercialTerms, { nullable: true, description: 'Its credit and approval terms; null until an operator sets them' })
  commercialTerms!: CommercialTerms | null;
  @Field(() => [ModerationEntry], { description: 'Every moderation step and its reason, oldest first' })
  moderationHistory!: ModerationEntry[];
}

@ObjectType({ description: 'A company in the operators’ list: who it is and where it stands' })
export class CompanySummary extends PublicCompany {
  @Field(() => CompanyKind, { description: 'Whether it buys, sells or both' }) kind!: CompanyKind;
  @Field({ description: 'Its registered legal name' }) legalName!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country of registration' }) country!: string;
  @Field({ description: 'Its tax id (for RU, the INN)' }) taxId!: string;
  @Field(() => Timestamp, { description: 'When it registered' }) registeredAt!: Date | string;
}

@ObjectType({ description: 'A registered company and its admin; the company waits for an operator’s review' })
export class Registration {
  @Field(() => ID, { description: 'The new company' }) companyId!: string;
  @Field(() => ID, { description: 'Its admin, the first user' }) userId!: string;
  @Field(() => CompanyStatus, { description: 'PENDING_REVIEW' }) status!: CompanyStatus;
}

@ObjectType({ description: 'Who the session is for' })
export class SessionActor {
  @Field(() => ActorKind, { description: 'A company user or an operator' }) kind!: ActorKind;
  @Field(() => ID, { description: 'The user’s or operator’s id' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The company the user acts for' }) companyId!: string | null;
  @Field(() => [String], { description: 'The user’s roles in that company; none for operators' }) roles!: string[];
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and a refresh token to renew it' })
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>"' }) accessToken!: string;
  @Field(() => Timestamp, { description: 'When the access token stops working (15 minutes after it was issued)' })
  accessTokenExpiresAt!: Date | string;
  @Field({ description: 'Use once with refreshSession; a reused one revokes the session family' }) refreshToken!: string;
  @Field(() => SessionActor, { description: 'Who the session is for' }) actor!: SessionActor;
}

@InputType({ description: 'The company’s first user, its admin' })
export class CompanyAdminInput {
  @Field({ description: 'The admin’s e-mail; it signs in with it' }) email!: string;
  @Field({ description: '12 to 128 characters, with a letter and a digit, not containing the e-mail name' }) password!: string;
  @Field({ description: 'The admin’s full name, 2 to 200 characters' }) fullName!: string;
}

@InputType({ description: 'A company registering itself' })
export class RegisterCompanyInput {
  @Field({ description: 'The registered legal name, 2 to 300 characters' }) legalName!: string;
  @Field({ nullable: true, description: 'The name it trades under; the legal name when left out' }) tradingName?: string;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. RU' }) country!: string;
  @Field({ description: 'For RU the INN (10 or 12 digits, check digits verified)' }) taxId!: string;
  @Field(() => CompanyKind, { description: 'Whether it buys, sells or both' }) kind!: CompanyKind;
  @Field(() => CompanyAdminInput, { description: 'Its first user, who becomes its admin' }) admin!: CompanyAdminInput;
}

@InputType({ description: 'Which moderation log lines to read; every filter is optional' })
export class ModerationLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only this company' }) companyId?: string;
  @Field(() => ModerationLogAction, { nullable: true, description: 'Only this action' }) action?: ModerationLogAction;
  @Field(() => ID, { nullable: true, description: 'Only this operator’s decisions' }) operatorId?: string;
  @Field(() => Timestamp, { nullable: true, description: 'From this instant on' }) since?: Date;
  @Field(() => Timestamp, { nullable: true, description: 'Up to this instant' }) until?: Date;
  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'At most this many lines, 1 to 500' }) limit?: number;
}

@ObjectType({ description: 'Hand the token to the person invited; it works once, for 14 days' })
export class Invitation {
  @Field(() => ID, { description: 'The invitation’s id' }) invitationId!: string;
  @Field({ description: 'The secret the invited person joins with (acceptInvitation); shown only here' }) invitationToken!: string;
  @Field({ description: 'Who is invited' }) email!: string;
  @Field(() => [CompanyRole], { description: 'The roles they get' }) roles!: CompanyRole[];
  @Field(() => Timestamp, { description: 'When the invitation stops working' }) expiresAt!: Date | string;
}

@ObjectType({ description: 'A person’s membership of a company, with roles' })
export class Membership {
  @Field(() => ID, { description: 'The user' }) userId!: string;
  @Field(() => ID, { description: 'The company joined' }) companyId!: string;
  @Field(() => [CompanyRole], { description: 'The user’s roles in it' }) roles!: CompanyRole[];
}

@ObjectType({ description: 'A legal entity the company trades through; orders and bids name one' })
export class LegalEntity {
  @Field(() => ID, { description: 'The legal entity’s id' }) id!: string;
  @Field(() => ID, { description: 'The company it belongs to' }) companyId!: string;
  @Field({ description: 'Its legal name' }) name!: string;
  @Field({ description: 'Its tax id' }) taxId!: string;
  @Field({ description: 'Its registered address' }) address!: string;
}

@ObjectType({ description: 'The operator who looks after the company' })
export class AccountManager {
  @Field(() => ID, { description: 'The operator’s id' }) id!: string;
  @Field({ description: 'The operator’s e-mail' }) email!: string;
  @Field({ description: 'The operator’s full name' }) fullName!: string;
}

@ObjectType({ description: 'Credit and approval terms set by operators, in one currency' })
export class CommercialTerms {
  @Field({ description: 'ISO 4217' }) currency!: string;
  @Field(() => MinorUnits, { nullable: true, description: 'Credit limit in minor units of the currency; null is none' }) creditLimitMinor!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Payment deferral in days, e.g. 30 for net 30' }) paymentTermDays!: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'Purchases above this need an APPROVER' }) approvalThresholdMinor!: number | null;
}

@InputType({ description: 'Credit and approval terms, all in one currency; a term left out is none' })
export class CommercialTermsInput {
  @Field({ description: 'ISO 4217; the currency of the limit and the threshold' }) currency!: string;
  @Field(() => MinorUnits, { nullable: true, description: 'Credit limit in minor units' }) creditLimitMinor?: number | null;
  @Field(() => Int, { nullable: true, description: 'Payment deferral in days, 0 to 365 (30 for net 30)' }) paymentTermDays?: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'Purchases above this, in minor units, need an APPROVER' })
  approvalThresholdMinor?: number | null;
}
