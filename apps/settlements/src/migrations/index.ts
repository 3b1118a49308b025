import { companyStatusMigrations } from '@lotbook/company-status';
import { messagingMigrations } from '@lotbook/messaging';
import { idempotencyMigrations } from '@lotbook/platform';
import { SettlementsTables1764921600000 } from './1764921600000-settlements-tables';
import { PayoutReturns1765200000000 } from './1765200000000-payout-returns';

/**
 * Every migration of the settlements schema: the shared messaging and company-status ones, its own, then the idempotency keys', oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const settlementsMigrations = [
  ...messagingMigrations,
  ...companyStatusMigrations,
  SettlementsTables1764921600000,
  ...idempotencyMigrations,
  PayoutReturns1765200000000,
];
