import { MessagingTables1763895600000 } from './1763895600000-messaging-tables';
import { CompaniesUsersModeration1763900000000 } from './1763900000000-companies-users-moderation';
import { Invitations1763903600000 } from './1763903600000-invitations';
import { LegalEntitiesCommercialTerms1763907200000 } from './1763907200000-legal-entities-commercial-terms';
import { OutboxV21764003600000 } from './1764003600000-outbox-v2';
import { OutboxV31764093600000 } from './1764093600000-outbox-v3';
import { InboxRetention1764097200000 } from './1764097200000-inbox-retention';

/** Every migration of the counterparties schema, oldest first. A released migration is never edited. */
export const counterpartiesMigrations = [
  MessagingTables1763895600000,
  CompaniesUsersModeration1763900000000,
  Invitations1763903600000,
  LegalEntitiesCommercialTerms1763907200000,
  OutboxV21764003600000,
  OutboxV31764093600000,
  InboxRetention1764097200000,
];
