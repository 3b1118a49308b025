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
  listCategories: command(
    'list-categories',
    'ListCategories',
    'The category tree, flattened, parents first',
    z.object({ actor: actorSchema }),
    z.object({ categories: z.array(categorySchema) }),
  ),
  getProduct: command(
    'get-product',
    'GetProduct',
    'One product: ACTIVE ones for everybody, a proposed or rejected one for operators and its proposer',
    z.object({ actor: actorSchema, productId: z.uuid() }),
    productSchema,
  ),
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
      offers: z.array(z.object({ listing: listingSchema, sellerTradingName: z.string(), available: z.int(), quote: priceQuoteSchema })),
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
      ttlSeconds: z
        .int()
        .min(1)
        .max(400 * 24 * 3600)
        .describe('Up to 400 days: a good-till-cancelled ask holds its stock that long'),
    }),
    reservationSchema,
  ),
  reserveForAsk: command(
    'reserve-for-ask',
    'ReserveForAsk',
    'Reserve stock of a seller’s own listing for an ask, checking the ask against the listing in the same step ' +
      '(the seller, the listing on sale, product, currency, minimum order quantity and lot, stock); answers the reservation and ' +
      'the listing’s terms. The same reservation id twice is one reservation',
    z.object({
      reservationId: z.uuid(),
      listingId: z.uuid(),
      sellerCompanyId: z.uuid().describe('The company placing the ask: the listing must be its own'),
      productId: z.uuid().optional().describe('When given, the listing must sell this product'),
      currency: z.string().optional().describe('When given, the listing must be priced in this currency'),
      quantity: z.int(),
      ownerRef: z.string().min(1).max(200),
      ttlSeconds: z
        .int()
        .min(1)
        .max(400 * 24 * 3600),
    }),
    z.object({ reservation: reservationSchema, listing: listingSchema }),
  ),
  releaseStock: command(
    'release-stock',
    'ReleaseStock',
    'Give a reservation back (cancelled bid, expired ask); releasing twice changes nothing',
    z.object({ reservationId: z.uuid() }),
    reservationSchema,
  ),
  tradingTerms: command(
    'trading-terms',
    'TradingTerms',
    'What trading needs to accept an order: the product (for a bid) or the listing with its seller’s standing (for an ask)',
    z.object({ productId: z.uuid().optional(), listingId: z.uuid().optional() }),
    z.object({
      product: z.object({ id: z.uuid(), code: z.string(), status: z.enum(ProductStatus), baseUnit: z.enum(BaseUnit) }).nullable(),
      listing: listingSchema.nullable(),
    }),
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
  description:
    'A listing was created, its terms or status changed (paused, activated), or its stock on hand changed (STOCK_CHANGED); the payload is the listing after the change',
  keyDescription: 'product id',
  payload: z.object({ change: z.enum(['CREATED', 'CHANGED', 'STOCK_CHANGED']), listing: listingSchema }),
});

export enum CatalogUploadKind {
  LISTINGS = 'LISTINGS',
  STOCK = 'STOCK',
}

/** RECEIVING (chunks arriving) → QUEUED (whole, waiting to be applied) → COMPLETED | FAILED (the file could not be read). */
export enum CatalogUploadStatus {
  RECEIVING = 'RECEIVING',
  QUEUED = 'QUEUED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

export enum UploadRowOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

/** A raw chunk of an upload stays well under Kafka's default 1 MB message limit once base64-encoded. */
export const UPLOAD_CHUNK_BYTES = 384 * 1024;
export const UPLOAD_MAX_BYTES = 32 * 1024 * 1024;

export const catalogUploadSchema = z.object({
  id: z.uuid(),
  sellerCompanyId: z.uuid(),
  kind: z.enum(CatalogUploadKind),
  fileName: z.string(),
  byteLength: z.int(),
  status: z.enum(CatalogUploadStatus),
  rowCount: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  rejected: z.int(),
  failure: z.object({ code: z.string(), message: z.string() }).nullable().describe('Why the file as a whole could not be read'),
  receivedAt: z.iso.datetime({ offset: true }),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const uploadRowSchema = z.object({
  line: z.int().describe('Line number in the file; the header is line 1'),
  sellerSku: z.string(),
  outcome: z.enum(UploadRowOutcome),
  listingId: z.uuid().nullable(),
  problem: z.object({ code: z.string(), column: z.string().nullable(), message: z.string() }).nullable(),
});

export type CatalogUpload = z.infer<typeof catalogUploadSchema>;
export type UploadRow = z.infer<typeof uploadRowSchema>;

/** ERP sync: a seller's CSV file arrives in chunks, is applied in the background, and reports per row. */
export const uploadCommands = {
  beginUpload: command(
    'begin-upload',
    'BeginUpload',
    'A seller starts uploading a listings or stock CSV file; beginning the same upload id twice is one upload',
    z.object({
      actor: actorSchema,
      uploadId: z.uuid(),
      kind: z.enum(CatalogUploadKind),
      fileName: z.string().max(200),
      byteLength: z.int().min(1).max(UPLOAD_MAX_BYTES),
      chunkCount: z.int().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    catalogUploadSchema,
  ),
  putUploadChunk: command(
    'put-upload-chunk',
    'PutUploadChunk',
    'One chunk of an upload, base64; the same chunk twice is stored once',
    z.object({ actor: actorSchema, uploadId: z.uuid(), index: z.int().min(0), dataBase64: z.base64() }),
    z.object({ uploadId: z.uuid(), chunksReceived: z.int() }),
  ),
  submitUpload: command(
    'submit-upload',
    'SubmitUpload',
    'Every chunk is in: check the file is whole (length, SHA-256) and queue it to be applied',
    z.object({ actor: actorSchema, uploadId: z.uuid() }),
    catalogUploadSchema,
  ),
  getUpload: command(
    'get-upload',
    'GetUpload',
    'One of the seller’s uploads with its counts',
    z.object({ actor: actorSchema, uploadId: z.uuid() }),
    catalogUploadSchema,
  ),
  listUploads: command(
    'list-uploads',
    'ListUploads',
    'The seller’s most recent uploads, newest first',
    z.object({ actor: actorSchema, first: z.int().min(1).max(100).default(20) }),
    z.object({ uploads: z.array(catalogUploadSchema) }),
  ),
  uploadRows: command(
    'upload-rows',
    'UploadRows',
    'The per-row report of an upload, in file order, a page at a time, optionally only some outcomes',
    z.object({
      actor: actorSchema,
      uploadId: z.uuid(),
      outcomes: z.array(z.enum(UploadRowOutcome)).optional(),
      first: z.int().min(1).max(1000).default(100),
      afterLine: z.int().min(0).default(0),
    }),
    z.object({ rows: z.array(uploadRowSchema), hasNextPage: z.boolean() }),
  ),
};
