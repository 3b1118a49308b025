import { companyStatusMigrations } from '@lotbook/company-status';
import { messagingMigrations } from '@lotbook/messaging';
import { idempotencyMigrations } from '@lotbook/platform';
import { OrderBook1763992800000 } from './1763992800000-order-book';

/**
 * Every migration of the trading schema: the shared messaging and company-status ones, its own, then the idempotency keys', oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const tradingMigrations = [...messagingMigrations, ...companyStatusMigrations, OrderBook1763992800000, ...idempotencyMigrations];
