import { counterpartiesCommands as commands } from '@lotbook/contracts';
import type { CompanyStatus, ModerationAction } from '@lotbook/counterparties-domain';
import { answerCommand, IdempotencyStore, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { CompanyRole } from '@lotbook/counterparties-domain';
import { CommercialTermsService } from './services/commercial-terms.service';
import { CompanyQueryService } from './services/company-query.service';
import { MembershipService } from './services/membership.service';
import { ModerationService } from './services/moderation.service';
import { RegistrationService } from './services/registration.service';
import { SessionService } from './services/session.service';

/** The counterparties commands the gateway sends over Kafka request-reply. Thin: validate, call, answer. */
@Controller()
export class CounterpartiesController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly registration: RegistrationService,
    private readonly sessions: SessionService,
    private readonly moderation: ModerationService,
    private readonly queries: CompanyQueryService,
    private readonly memberships: MembershipService,
    private readonly terms: CommercialTermsService,
    private readonly idempotency: IdempotencyStore,
  ) {}

  @MessagePattern(commands.addLegalEntity.request.name)
  addLegalEntity(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.addLegalEntity,
      message,
      ({ actor, name, taxId, address }) => this.terms.addLegalEntity(actor, { name, taxId, address }),
      this.idempotency,
    );
  }

  @MessagePattern(commands.setCommercialTerms.request.name)
  setCommercialTerms(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setCommercialTerms,
      message,
      (request) => this.terms.setTerms(request.actor, request.companyId, request.accountManagerId, request.terms),
      this.idempotency,
    );
  }

  @MessagePattern(commands.inviteUser.request.name)
  inviteUser(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.inviteUser,
      message,
      (request) => this.memberships.invite(request.actor, request.email, request.roles as CompanyRole[]),
      this.idempotency,
    );
  }

  @MessagePattern(commands.acceptInvitation.request.name)
  acceptInvitation(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.acceptInvitation,
      message,
      (request) => this.memberships.accept(request.invitationToken, request.fullName, request.password),
      this.idempotency,
    );
  }

  @MessagePattern(commands.registerCompany.request.name)
  registerCompany(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.registerCompany,
      message,
      (request) => this.registration.register(request),
      this.idempotency,
    );
  }

  @MessagePattern(commands.signIn.request.name)
  signIn(@Payload() message: unknown) {
    return answerCommand(this.context, commands.signIn, message, (request) => this.sessions.signIn(request));
  }

  @MessagePattern(commands.refreshSession.request.name)
  refreshSession(@Payload() message: unknown) {
    return answerCommand(this.context, commands.refreshSession, message, (request) =>
      this.sessions.refresh(request.refreshToken, request.companyId),
    );
  }

  @MessagePattern(commands.moderateCompany.request.name)
  moderateCompany(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.moderateCompany,
      message,
      (request) => this.moderation.moderate(request.actor, request.companyId, request.action as ModerationAction, request.reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.getCompany.request.name)
  getCompany(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getCompany, message, (request) =>
      this.queries.get(request.actor, request.companyId, request.view),
    );
  }

  @MessagePattern(commands.listCompanies.request.name)
  listCompanies(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listCompanies, message, async (request) => ({
      companies: await this.queries.list(request.actor, request.status as CompanyStatus | undefined),
    }));
  }

  @MessagePattern(commands.listModerationLog.request.name)
  listModerationLog(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listModerationLog, message, async ({ actor, ...filter }) => ({
      entries: await this.moderation.log(actor, filter),
    }));
  }
}
