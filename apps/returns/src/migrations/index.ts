import { companyStatusMigrations } from '@lotbook/company-status';
import { messagingMigrations } from '@lotbook/messaging';
import { idempotencyMigrations } from '@lotbook/platform';
import { ReturnsTables1764835200000 } from './1764835200000-returns-tables';
import { ReturnPolicy1764921600000 } from './1764921600000-return-policy';

/**
 * Every migration of the returns schema: the shared messaging, company-status and idempotency ones, then its own, oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const returnsMigrations = [
  ...messagingMigrations,
  ...companyStatusMigrations,
  ...idempotencyMigrations,
  ReturnsTables1764835200000,
  ReturnPolicy1764921600000,
];
