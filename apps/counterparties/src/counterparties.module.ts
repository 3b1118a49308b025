import { IdempotencyStore } from '@lotbook/platform';
import { Module } from '@nestjs/common';
import { CounterpartiesController } from './counterparties.controller';
import { ProfileController } from './profile.controller';
import { CommercialTermsService } from './services/commercial-terms.service';
import { CompanyQueryService } from './services/company-query.service';
import { MembershipService } from './services/membership.service';
import { ModerationService } from './services/moderation.service';
import { RegistrationService } from './services/registration.service';
import { SessionService } from './services/session.service';

@Module({
  controllers: [CounterpartiesController, ProfileController],
  providers: [
    RegistrationService,
    SessionService,
    ModerationService,
    CompanyQueryService,
    MembershipService,
    CommercialTermsService,
    IdempotencyStore,
  ],
})
export class CounterpartiesModule {}
