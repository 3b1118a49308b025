import { messagingMigrations } from '@lotbook/messaging';
import { idempotencyMigrations } from '@lotbook/platform';
import { CompaniesUsersModeration1763900000000 } from './1763900000000-companies-users-moderation';
import { Invitations1763903600000 } from './1763903600000-invitations';
import { LegalEntitiesCommercialTerms1763907200000 } from './1763907200000-legal-entities-commercial-terms';

/**
 * Every migration of the counterparties schema: the shared messaging ones, its own, then the idempotency keys', oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const counterpartiesMigrations = [
  ...messagingMigrations,
  CompaniesUsersModeration1763900000000,
  Invitations1763903600000,
  LegalEntitiesCommercialTerms1763907200000,
  ...idempotencyMigrations,
];
