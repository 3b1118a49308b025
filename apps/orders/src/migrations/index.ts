import { companyStatusMigrations } from '@lotbook/company-status';
import { messagingMigrations } from '@lotbook/messaging';
import { idempotencyMigrations } from '@lotbook/platform';
import { OrdersTables1764662400000 } from './1764662400000-orders-tables';
import { BidRequests1764752400000 } from './1764752400000-bid-requests';
import { SellerReturnWindow1764928800000 } from './1764928800000-seller-return-window';
import { ReturnPolicyProjection1764936000000 } from './1764936000000-return-policy-projection';

/**
 * Every migration of the orders schema: the shared messaging and company-status ones, then its own, oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const ordersMigrations = [
  ...messagingMigrations,
  ...companyStatusMigrations,
  OrdersTables1764662400000,
  BidRequests1764752400000,
  SellerReturnWindow1764928800000,
  ReturnPolicyProjection1764936000000,
  ...idempotencyMigrations,
];
