import { companyStatusMigrations } from '@lotbook/company-status';
import { messagingMigrations } from '@lotbook/messaging';

/**
 * Every migration of the settlements schema: the shared messaging and company-status ones, then its own, oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const settlementsMigrations = [...messagingMigrations, ...companyStatusMigrations];
