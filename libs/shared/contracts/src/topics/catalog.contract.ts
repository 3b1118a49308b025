import { z } from 'zod';
import { actorSchema } from '../command-result';
import { defineCommand } from '../command-contract';
import { defineEvent } from '../topic-registry';

export enum ProductStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
}

export enum ListingStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}

/** Base units quantities are counted in; always whole numbers of them. */
export enum BaseUnit {
  KG = 'KG',
  T = 'T',
  PIECE = 'PIECE',
  M = 'M',
  M2 = 'M2',
  M3 = 'M3',
  L = 'L',
  PACK = 'PACK',
}

export const categorySchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  path: z.array(z.string()).describe('Names from the root down to this category'),
});

export const productSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  categoryId: z.uuid(),
  baseUnit: z.enum(BaseUnit),
  attributes: z.record(z.string(), z.string()),
  status: z.enum(ProductStatus),
  proposedBy: z.uuid().nullable().describe('The seller company that proposed it; null when an operator created it'),
  rejectionReason: z.string().nullable(),
});

export const priceBreakSchema = z.object({ fromQuantity: z.int(), unitPriceMinor: z.int() });

export const listingSchema = z.object({
  id: z.uuid(),
  sellerCompanyId: z.uuid(),
  productId: z.uuid(),
  sellerSku: z.string(),
  region: z.string(),
  currency: z.string(),
  unitPriceMinor: z.int(),
  priceBreaks: z.array(priceBreakSchema),
  minimumOrderQuantity: z.int(),
  lotMultiple: z.int(),
  leadTimeDays: z.int(),
  onHand: z.int(),
  status: z.enum(ListingStatus),
});

export const priceQuoteSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    listingId: z.uuid(),
    quantity: z.int(),
    currency: z.string(),
    unitPriceMinor: z.int(),
    lineTotalMinor: z.int(),
    basis: z.enum(['LIST_PRICE', 'PRICE_BREAK', 'CONTRACT']),
    explanation: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    listingId: z.uuid(),
    reason: z.enum(['NON_POSITIVE_QUANTITY', 'BELOW_MINIMUM_ORDER_QUANTITY', 'NOT_A_LOT_MULTIPLE', 'MORE_THAN_AVAILABLE']),
    message: z.string(),
  }),
]);

export enum ReservationStatus {
  ACTIVE = 'ACTIVE',
  RELEASED = 'RELEASED',
  COMMITTED = 'COMMITTED',
}

export const reservationSchema = z.object({
  reservationId: z.uuid(),
  listingId: z.uuid(),
  ownerRef: z.string().describe('Who holds it, e.g. "trading:ask:<id>" or "orders:order:<id>"'),
  quantity: z.int().positive(),
  status: z.enum(ReservationStatus),
  expiresAt: z.iso.datetime({ offset: true }),
  available: z.int().describe('Available on the listing right after this operation'),
});

export type Reservation = z.infer<typeof reservationSchema>;
export const contractPriceSchema = z.object({
  id: z.uuid(),
  sellerCompanyId: z.uuid(),
  buyerCompanyId: z.uuid(),
  listingId: z.uuid().nullable(),
  categoryId: z.uuid().nullable(),
  unitPriceMinor: z.int().nullable(),
  percentOffBasisPoints: z.int().nullable(),
});

export const listingHitSchema = z.object({
  listing: listingSchema,
  productCode: z.string(),
  productName: z.string(),
  categoryPath: z.array(z.string()),
  sellerTradingName: z.string(),
  available: z.int(),
  relevance: z.number().nullable(),
});

export const searchResultSchema = z.object({
  hits: z.array(listingHitSchema),
  endCursor: z.string().nullable(),
  hasNextPage: z.boolean(),
});

export type ListingHit = z.infer<typeof listingHitSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type ContractPriceRecord = z.infer<typeof contractPriceSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Product = z.infer<typeof productSchema>;
export type Listing = z.infer<typeof listingSchema>;
export type PriceQuoteResult = z.infer<typeof priceQuoteSchema>;

const command = <TRequest extends z.ZodType, TResult extends z.ZodType>(
  name: string,
  messageType: string,
  description: string,
  request: TRequest,
  result: TResult,
) => defineCommand({ context: 'catalog', name, messageType, description, keyDescription: 'product or listing id', request, result });

export const catalogCommands = {
  createCategory: command(
    'create-category',
    'CreateCategory',
    'An operator adds a category, at the root or under a parent',
    z.object({ actor: actorSchema, name: z.string(), parentId: z.uuid().optional() }),
    categorySchema,
  ),
  listCategories: command('list-categories', 'ListCategories', 'The category tree, flattened, parents first', z.object({ actor: actorSchema }), z.object({ categories: z.array(categorySchema) })),
  proposeProduct: command(
    'propose-product',
    'ProposeProduct',
    'A seller proposes a product (PROPOSED until an operator approves it); an operator creates it ACTIVE',
    z.object({
      actor: actorSchema,
      code: z.string(),
      name: z.string(),
      description: z.string(),
      categoryId: z.uuid(),
      baseUnit: z.enum(BaseUnit),
      attributes: z.record(z.string(), z.string()),
    }),
    productSchema,
  ),
  reviewProduct: command(
    'review-product',
    'ReviewProduct',
    'An operator approves a proposed product, or rejects it with a reason',
    z.object({ actor: actorSchema, productId: z.uuid(), approve: z.boolean(), reason: z.string().optional() }),
    productSchema,
  ),
  saveListing: command(
    'save-listing',
    'SaveListing',
    'A seller creates or updates its listing of a product, keyed by its own SKU',
    listingSchema.omit({ id: true, sellerCompanyId: true }).extend({ actor: actorSchema }),
    listingSchema,
  ),
  setContractPrice: command(
    'set-contract-price',
    'SetContractPrice',
    'A seller sets, for one buyer company, a unit price on a listing or a percentage off on a listing or a whole category',
    z.object({
      actor: actorSchema,
      buyerCompanyId: z.uuid(),
      listingId: z.uuid().optional(),
      categoryId: z.uuid().optional(),
      unitPriceMinor: z.int().optional(),
      percentOffBasisPoints: z.int().optional(),
    }),
    contractPriceSchema,
  ),
  searchListings: command(
    'search-listings',
    'SearchListings',
    'Listings buyers may see (ACTIVE, of ACTIVE products, by APPROVED sellers), filtered and sorted, a page at a time',
    z.object({
      actor: actorSchema,
      text: z.string().max(200).optional(),
      categoryId: z.uuid().optional(),
      attributes: z.record(z.string(), z.string()).optional(),
      region: z.string().optional(),
      currency: z.string().optional(),
      minPriceMinor: z.int().optional(),
      maxPriceMinor: z.int().optional(),
      inStockOnly: z.boolean().default(false),
      sellerCompanyId: z.uuid().optional(),
      sort: z.enum(['PRICE_ASC', 'PRICE_DESC', 'RELEVANCE']).default('PRICE_ASC'),
      first: z.int().min(1).max(100).default(20),
      after: z.string().optional(),
    }),
    searchResultSchema,
  ),
  productOffers: command(
    'product-offers',
    'ProductOffers',
    "All sellers' offers of one product side by side, each quoted for the asking buyer, cheapest first",
    z.object({ actor: actorSchema, productId: z.uuid(), quantity: z.int().optional() }),
    z.object({
      offers: z.array(
        z.object({ listing: listingSchema, sellerTradingName: z.string(), available: z.int(), quote: priceQuoteSchema }),
      ),
    }),
  ),
  quotePrice: command(
    'quote-price',
    'QuotePrice',
    'The unit price and line total of a quantity of a listing for the asking buyer, or why not',
    z.object({ actor: actorSchema, listingId: z.uuid(), quantity: z.int() }),
    priceQuoteSchema,
  ),
};

/**
 * Stock reservations for other services (trading reserves for asks, orders for purchases).
 * Internal commands: no user calls them, so they carry no actor.
 */
export const stockCommands = {
  reserveStock: command(
    'reserve-stock',
    'ReserveStock',
    'Reserve a quantity of a listing until it expires; the same reservation id twice is one reservation',
    z.object({
      reservationId: z.uuid(),
      listingId: z.uuid(),
      quantity: z.int(),
      ownerRef: z.string().min(1).max(200),
      ttlSeconds: z.int().min(1).max(30 * 24 * 3600),
    }),
    reservationSchema,
  ),
  releaseStock: command(
    'release-stock',
    'ReleaseStock',
    'Give a reservation back (cancelled bid, expired ask); releasing twice changes nothing',
    z.object({ reservationId: z.uuid() }),
    reservationSchema,
  ),
  commitStock: command(
    'commit-stock',
    'CommitStock',
    'Turn a reservation into a sale: the quantity leaves stock on hand; committing twice changes nothing',
    z.object({ reservationId: z.uuid() }),
    reservationSchema,
  ),
};

/** `catalog.reservation.changed`: a reservation was made, refused, released or committed. */
export const reservationChanged = defineEvent({
  name: 'catalog.reservation.changed',
  owner: 'catalog',
  partitions: 6,
  messageType: 'ReservationChanged',
  version: 1,
  description: 'Stock was reserved, a reservation was refused (with its reason), released or committed',
  keyDescription: 'listing id',
  payload: z.object({
    change: z.enum(['MADE', 'REFUSED', 'RELEASED', 'COMMITTED']),
    reservationId: z.uuid(),
    listingId: z.uuid(),
    ownerRef: z.string(),
    quantity: z.int(),
    available: z.int(),
    reason: z.string().optional(),
  }),
});

/** `catalog.listing.changed`: a listing was created, changed, paused or activated, with its state after. */
export const listingChanged = defineEvent({
  name: 'catalog.listing.changed',
  owner: 'catalog',
  partitions: 6,
  messageType: 'ListingChanged',
  version: 1,
  description: 'A listing was created, changed, paused or activated; the payload is the listing after the change',
  keyDescription: 'product id',
  payload: z.object({ change: z.enum(['CREATED', 'CHANGED']), listing: listingSchema }),
});
