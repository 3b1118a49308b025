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
registerEnumType(CompanyKind, { name: 'CompanyKind' });
registerEnumType(ModerationAction, { name: 'ModerationAction' });
registerEnumType(ModerationLogAction, { name: 'ModerationLogAction' });
registerEnumType(ActorKind, { name: 'ActorKind' });
registerEnumType(CompanyRole, {
  name: 'CompanyRole',
  description: 'ADMIN everywhere; PURCHASER, APPROVER, ACCOUNTANT for buyers; SALES_MANAGER for sellers',
});

@ObjectType({ description: 'What anyone signed in may see of another company: its trading name and status' })
export class PublicCompany {
  @Field(() => ID) id!: string;
  @Field() tradingName!: string;
  @Field(() => CompanyStatus) status!: CompanyStatus;
}

@ObjectType({ description: 'One moderation step: who decided what, when, and why' })
export class ModerationEntry {
  @Field(() => ID) id!: string;
  @Field(() => ID) companyId!: string;
  @Field() companyName!: string;
  @Field(() => ModerationLogAction) action!: ModerationLogAction;
  @Field(() => CompanyStatus, { nullable: true }) from!: CompanyStatus | null;
  @Field(() => CompanyStatus) to!: CompanyStatus;
  @Field() reason!: string;
  @Field(() => ID, { nullable: true, description: 'The operator; null for the registration itself' }) operatorId!: string | null;
  @Field(() => String, { nullable: true }) operatorEmail!: string | null;
  @Field(() => Timestamp) occurredAt!: Date | string;
}

@ObjectType({ description: 'A company as it and the operators see it' })
export class Company extends PublicCompany {
  @Field(() => CompanyKind) kind!: CompanyKind;
  @Field() legalName!: string;
  @Field() country!: string;
  @Field() taxId!: string;
  @Field(() => Timestamp) registeredAt!: Date | string;
  @Field(() => [LegalEntity]) legalEntities!: LegalEntity[];
  @Field(() => AccountManager, { nullable: true }) accountManager!: AccountManager | null;
  @Field(() => CommercialTerms, { nullable: true }) commercialTerms!: CommercialTerms | null;
  @Field(() => [ModerationEntry], { description: 'Every moderation step and its reason, oldest first' })
  moderationHistory!: ModerationEntry[];
}

@ObjectType()
export class CompanySummary extends PublicCompany {
  @Field(() => CompanyKind) kind!: CompanyKind;
  @Field() legalName!: string;
  @Field() country!: string;
  @Field() taxId!: string;
  @Field(() => Timestamp) registeredAt!: Date | string;
}

@ObjectType()
export class Registration {
  @Field(() => ID) companyId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => CompanyStatus) status!: CompanyStatus;
}

@ObjectType({ description: 'Who the session is for' })
export class SessionActor {
  @Field(() => ActorKind) kind!: ActorKind;
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'The company the user acts for' }) companyId!: string | null;
  @Field(() => [String]) roles!: string[];
}

@ObjectType()
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>"' }) accessToken!: string;
  @Field(() => Timestamp) accessTokenExpiresAt!: Date | string;
  @Field({ description: 'Use once with refreshSession; a reused one revokes the session family' }) refreshToken!: string;
  @Field(() => SessionActor) actor!: SessionActor;
}

@InputType()
export class CompanyAdminInput {
  @Field() email!: string;
  @Field({ description: '12 to 128 characters, with a letter and a digit, not containing the e-mail name' }) password!: string;
  @Field() fullName!: string;
}

@InputType()
export class RegisterCompanyInput {
  @Field() legalName!: string;
  @Field({ nullable: true }) tradingName?: string;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. RU' }) country!: string;
  @Field({ description: 'For RU the INN (10 or 12 digits, check digits verified)' }) taxId!: string;
  @Field(() => CompanyKind) kind!: CompanyKind;
  @Field(() => CompanyAdminInput) admin!: CompanyAdminInput;
}

@InputType()
export class ModerationLogFilter {
  @Field(() => ID, { nullable: true }) companyId?: string;
  @Field(() => ModerationLogAction, { nullable: true }) action?: ModerationLogAction;
  @Field(() => ID, { nullable: true }) operatorId?: string;
  @Field(() => Timestamp, { nullable: true }) since?: Date;
  @Field(() => Timestamp, { nullable: true }) until?: Date;
  @Field(() => Int, { nullable: true, defaultValue: 100 }) limit?: number;
}

@ObjectType({ description: 'Hand the token to the person invited; it works once, for 14 days' })
export class Invitation {
  @Field(() => ID) invitationId!: string;
  @Field() invitationToken!: string;
  @Field() email!: string;
  @Field(() => [CompanyRole]) roles!: CompanyRole[];
  @Field(() => Timestamp) expiresAt!: Date | string;
}

@ObjectType()
export class Membership {
  @Field(() => ID) userId!: string;
  @Field(() => ID) companyId!: string;
  @Field(() => [CompanyRole]) roles!: CompanyRole[];
}

@ObjectType({ description: 'A legal entity the company trades through; orders and bids name one' })
export class LegalEntity {
  @Field(() => ID) id!: string;
  @Field(() => ID) companyId!: string;
  @Field() name!: string;
  @Field() taxId!: string;
  @Field() address!: string;
}

@ObjectType({ description: 'The operator who looks after the company' })
export class AccountManager {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() fullName!: string;
}

@ObjectType({ description: 'Credit and approval terms set by operators, in one currency' })
export class CommercialTerms {
  @Field({ description: 'ISO 4217' }) currency!: string;
  @Field(() => MinorUnits, { nullable: true }) creditLimitMinor!: number | null;
  @Field(() => Int, { nullable: true, description: 'Payment deferral in days, e.g. 30 for net 30' }) paymentTermDays!: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'Purchases above this need an APPROVER' }) approvalThresholdMinor!: number | null;
}

@InputType()
export class CommercialTermsInput {
  @Field() currency!: string;
  @Field(() => MinorUnits, { nullable: true }) creditLimitMinor?: number | null;
  @Field(() => Int, { nullable: true }) paymentTermDays?: number | null;
  @Field(() => MinorUnits, { nullable: true }) approvalThresholdMinor?: number | null;
}
