import { MessagingTables1763895600000 } from './1763895600000-messaging-tables';
import { CompanyStatus1763903600000 } from './1763903600000-company-status';
import { CategoriesProductsListings1763907200000 } from './1763907200000-categories-products-listings';
import { StockReservations1763910800000 } from './1763910800000-stock-reservations';
import { ContractPrices1763914400000 } from './1763914400000-contract-prices';
import { CatalogUploads1763989200000 } from './1763989200000-catalog-uploads';
import { ReservationParts1763996400000 } from './1763996400000-reservation-parts';
import { ListingPriceIndex1764000000000 } from './1764000000000-listing-price-index';
import { OutboxV21764003600000 } from './1764003600000-outbox-v2';
import { OutboxV31764093600000 } from './1764093600000-outbox-v3';
import { InboxRetention1764097200000 } from './1764097200000-inbox-retention';

/** Every migration of the catalog schema, oldest first. A released migration is never edited. */
export const catalogMigrations = [
  MessagingTables1763895600000,
  CompanyStatus1763903600000,
  CategoriesProductsListings1763907200000,
  StockReservations1763910800000,
  ContractPrices1763914400000,
  CatalogUploads1763989200000,
  ReservationParts1763996400000,
  ListingPriceIndex1764000000000,
  OutboxV21764003600000,
  OutboxV31764093600000,
  InboxRetention1764097200000,
];
