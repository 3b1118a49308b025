import { counterpartiesCommands as commands, type Actor } from '@lotbook/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly, Public, Authenticated, CompanyMember } from '../auth/access.decorator';
import { ClientAddress, CurrentActor } from '../auth/current-actor.decorator';
import { IdempotencyKey, idempotencyKeyOf } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import {
  CommercialTermsInput,
  Company,
  CompanyRole,
  CompanyStatus,
  CompanySummary,
  Invitation,
  LegalEntity,
  Membership,
  ModerationAction,
  ModerationEntry,
  ModerationLogFilter,
  PublicCompany,
  RegisterCompanyInput,
  Registration,
  Session,
} from './counterparties.model';

/** Companies, sign-in and moderation; every field forwards to the counterparties service over Kafka. */
@Resolver()
export class CounterpartiesResolver {
  constructor(private readonly rpc: ServiceRpcClient) {}

  @Public()
  @Mutation(() => Registration, { description: 'A company registers itself with its admin; it starts PENDING_REVIEW' })
  registerCompany(
    @Args('input', { description: 'The company and its first user' }) input: RegisterCompanyInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.registerCompany,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), ...input, tradingName: input.tradingName ?? undefined },
      { key: input.taxId },
    );
  }

  @Public()
  @Mutation(() => Session, { description: 'A company user signs in; companyId picks the company to act for' })
  signIn(
    @Args('email', { description: 'The user’s e-mail' }) email: string,
    @Args('password', { description: 'The user’s password' }) password: string,
    @ClientAddress() clientAddress: string,
    @Args('companyId', { type: () => ID, nullable: true, description: 'The company to act for; the first one joined when left out' })
    companyId?: string,
  ) {
    return this.rpc.command(
      commands.signIn,
      { email, password, asOperator: false, companyId: companyId ?? undefined, clientAddress },
      { key: email },
    );
  }

  @Public()
  @Mutation(() => Session, { description: 'A marketplace operator signs in' })
  operatorSignIn(
    @Args('email', { description: 'The operator’s e-mail' }) email: string,
    @Args('password', { description: 'The operator’s password' }) password: string,
    @ClientAddress() clientAddress: string,
  ) {
    return this.rpc.command(commands.signIn, { email, password, asOperator: true, clientAddress }, { key: email });
  }

  @Public()
  @Mutation(() => Session, { description: 'Swaps a refresh token (once) for a new session; companyId switches the company you act for' })
  refreshSession(
    @Args('refreshToken', { description: 'The session’s refresh token; it works once' }) refreshToken: string,
    @Args('companyId', { type: () => ID, nullable: true, description: 'Another of your companies to act for' }) companyId?: string,
  ) {
    return this.rpc.command(commands.refreshSession, { refreshToken, companyId: companyId ?? undefined }, { key: 'refresh' });
  }

  @CompanyMember([CompanyRole.ADMIN])
  @Mutation(() => Invitation, { description: 'Invite a person into your company with roles (company admins)' })
  inviteUser(
    @CurrentActor() actor: Actor,
    @Args('email', { description: 'Who to invite' }) email: string,
    @Args('roles', { type: () => [CompanyRole], description: 'The roles they get; the company’s kind must have them' })
    roles: CompanyRole[],
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.inviteUser,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, email, roles },
      { key: actor.companyId as string },
    );
  }

  @CompanyMember([CompanyRole.ADMIN])
  @Mutation(() => LegalEntity, { description: 'Add a legal entity your company trades through (company admins)' })
  addLegalEntity(
    @CurrentActor() actor: Actor,
    @Args('name', { description: 'Its legal name, 2 to 300 characters' }) name: string,
    @Args('taxId', { description: 'Its tax id, checked as for registration' }) taxId: string,
    @Args('address', { description: 'Its registered address, 5 to 500 characters' }) address: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.addLegalEntity,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, name, taxId, address },
      { key: actor.companyId as string },
    );
  }

  @OperatorOnly()
  @Mutation(() => Company, {
    description: 'Assign the account manager and set credit limit, payment term and approval threshold (operators)',
  })
  setCommercialTerms(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID, description: 'The company' }) companyId: string,
    @Args('accountManagerId', {
      type: () => ID,
      nullable: true,
      description: 'The operator to look after it; left out keeps the current one',
    })
    accountManagerId?: string,
    @Args('terms', { type: () => CommercialTermsInput, nullable: true, description: 'Its new terms; left out keeps the current ones' })
    terms?: CommercialTermsInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.setCommercialTerms,
      {
        idempotencyKey: idempotencyKeyOf(idempotencyKey),
        actor,
        companyId,
        accountManagerId: accountManagerId ?? undefined,
        terms: terms
          ? {
              currency: terms.currency,
              creditLimitMinor: terms.creditLimitMinor ?? null,
              paymentTermDays: terms.paymentTermDays ?? null,
              approvalThresholdMinor: terms.approvalThresholdMinor ?? null,
            }
          : undefined,
      },
      { key: companyId },
    );
  }

  @Public()
  @Mutation(() => Membership, { description: 'Join a company with an invitation: a new account, or your existing one and its password' })
  acceptInvitation(
    @Args('invitationToken', { description: 'The token from the invitation' }) invitationToken: string,
    @Args('fullName', { description: 'Your full name, for a new account (2 to 200 characters)' }) fullName: string,
    @Args('password', { description: 'A new account’s password, or your existing account’s' }) password: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.acceptInvitation,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), invitationToken, fullName, password },
      { key: 'invitation' },
    );
  }

  @CompanyMember()
  @Query(() => Company, { description: 'The company you act for, with its moderation status and the reasons given' })
  async myCompany(@CurrentActor() actor: Actor) {
    const companyId = actor.companyId as string;
    const { company } = await this.rpc.command(commands.getCompany, { actor, companyId, view: 'FULL' }, { key: companyId });
    return company;
  }

  @Authenticated()
  @Query(() => Company, { description: 'A company in full: your own, or any for operators; others are not found' })
  async company(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The company' }) id: string) {
    const { company } = await this.rpc.command(commands.getCompany, { actor, companyId: id, view: 'FULL' }, { key: id });
    return company;
  }

  @Authenticated()
  @Query(() => PublicCompany, { description: 'The public face of any company: trading name, kind and status' })
  async publicCompany(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The company' }) id: string) {
    const { publicCompany } = await this.rpc.command(commands.getCompany, { actor, companyId: id, view: 'PUBLIC' }, { key: id });
    return publicCompany;
  }

  @OperatorOnly()
  @Query(() => [CompanySummary], { description: 'Companies, optionally by status (operators)' })
  async companies(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => CompanyStatus, nullable: true, description: 'Only companies in this status' }) status?: CompanyStatus,
  ) {
    const { companies } = await this.rpc.command(commands.listCompanies, { actor, status: status ?? undefined }, { key: 'companies' });
    return companies;
  }

  @OperatorOnly()
  @Query(() => [ModerationEntry], { description: 'The moderation audit log, newest first (operators)' })
  async moderationLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ModerationLogFilter, nullable: true, description: 'Which lines; all of them when left out' })
    filter?: ModerationLogFilter,
  ) {
    const { entries } = await this.rpc.command(
      commands.listModerationLog,
      {
        actor,
        companyId: filter?.companyId ?? undefined,
        action: filter?.action ?? undefined,
        operatorId: filter?.operatorId ?? undefined,
        since: filter?.since?.toISOString(),
        until: filter?.until?.toISOString(),
        limit: filter?.limit ?? 100,
      },
      { key: filter?.companyId ?? 'log' },
    );
    return entries;
  }

  @OperatorOnly()
  @Mutation(() => Company, { description: 'Approve, reject (final), suspend or reinstate a company, with a written reason' })
  moderateCompany(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID, description: 'The company' }) companyId: string,
    @Args('action', { type: () => ModerationAction, description: 'The decision; allowed only from the right status' })
    action: ModerationAction,
    @Args('reason', { description: 'Why, in words: the company sees it' }) reason: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.moderateCompany,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, companyId, action, reason },
      { key: companyId },
    );
  }
}
