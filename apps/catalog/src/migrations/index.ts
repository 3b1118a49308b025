import { companyStatusMigrations } from '@lotbook/company-status';
import { messagingMigrations } from '@lotbook/messaging';
import { idempotencyMigrations } from '@lotbook/platform';
import { CategoriesProductsListings1763907200000 } from './1763907200000-categories-products-listings';
import { StockReservations1763910800000 } from './1763910800000-stock-reservations';
import { ContractPrices1763914400000 } from './1763914400000-contract-prices';
import { CatalogUploads1763989200000 } from './1763989200000-catalog-uploads';
import { ReservationParts1763996400000 } from './1763996400000-reservation-parts';
import { ListingPriceIndex1764000000000 } from './1764000000000-listing-price-index';
import { ReturnedStock1764838800000 } from './1764838800000-returned-stock';
import { UploadAttempts1765000000000 } from './1765000000000-upload-attempts';

/**
 * Every migration of the catalog schema: the shared messaging and company-status ones, its own, then the idempotency keys', oldest first.
 * TypeORM runs them all in timestamp order. A released migration is never edited.
 */
export const catalogMigrations = [
  ...messagingMigrations,
  ...companyStatusMigrations,
  CategoriesProductsListings1763907200000,
  StockReservations1763910800000,
  ContractPrices1763914400000,
  CatalogUploads1763989200000,
  ReservationParts1763996400000,
  ListingPriceIndex1764000000000,
  ReturnedStock1764838800000,
  UploadAttempts1765000000000,
  ...idempotencyMigrations,
];
