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
  quantity: z.int().min(0).describe('Still held: 0 once all of it is sold or released (a retried reservation is answered as it stands)'),
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

/** Every way a catalog command can be refused; each command declares the ones it may answer. */
export enum CatalogErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_CATEGORY = 'UNKNOWN_CATEGORY',
  DUPLICATE_CATEGORY = 'DUPLICATE_CATEGORY',
  UNKNOWN_PRODUCT = 'UNKNOWN_PRODUCT',
  DUPLICATE_PRODUCT_CODE = 'DUPLICATE_PRODUCT_CODE',
  PRODUCT_NOT_PROPOSED = 'PRODUCT_NOT_PROPOSED',
  PRODUCT_NOT_ACTIVE = 'PRODUCT_NOT_ACTIVE',
  REASON_REQUIRED = 'REASON_REQUIRED',
  UNKNOWN_LISTING = 'UNKNOWN_LISTING',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  NON_POSITIVE_PRICE = 'NON_POSITIVE_PRICE',
  NON_POSITIVE_QUANTITY = 'NON_POSITIVE_QUANTITY',
  PRICE_BREAKS_OUT_OF_ORDER = 'PRICE_BREAKS_OUT_OF_ORDER',
  LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ = 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  LISTING_NOT_ACTIVE = 'LISTING_NOT_ACTIVE',
  FOREIGN_LISTING = 'FOREIGN_LISTING',
  PRODUCT_MISMATCH = 'PRODUCT_MISMATCH',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  QUANTITY_BELOW_MINIMUM = 'QUANTITY_BELOW_MINIMUM',
  UNKNOWN_RESERVATION = 'UNKNOWN_RESERVATION',
  RESERVATION_CONFLICT = 'RESERVATION_CONFLICT',
  RESERVATION_NOT_ACTIVE = 'RESERVATION_NOT_ACTIVE',
  STOCK_BELOW_RESERVED = 'STOCK_BELOW_RESERVED',
  UNKNOWN_UPLOAD = 'UNKNOWN_UPLOAD',
  UPLOAD_CONFLICT = 'UPLOAD_CONFLICT',
  UPLOAD_INCOMPLETE = 'UPLOAD_INCOMPLETE',
}

const C = CatalogErrorCode;

/** The most lines one `reserve-lines` command takes (a purchase of more is reserved in parts). */
export const RESERVE_LINES_MAX = 1_000;

const command = <
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly CatalogErrorCode[],
  TRetrySafe extends boolean = false,
>(definition: {
  name: string;
  messageType: string;
  description: string;
  request: TRequest;
  result: TResult;
  errors: TErrors;
  retrySafe?: TRetrySafe;
}) => defineCommand({ context: 'catalog', keyDescription: 'product or listing id', ...definition });

/** A seller's staff acting for an APPROVED selling company: catalog checks both before anything else. */
const SELLER_REFUSALS = [C.FORBIDDEN, C.COMPANY_NOT_APPROVED] as const;

export const catalogCommands = {
  createCategory: command({
    name: 'create-category',
    messageType: 'CreateCategory',
    description: 'An operator adds a category, at the root or under a parent',
    request: z.object({ actor: actorSchema, name: z.string(), parentId: z.uuid().optional() }),
    result: categorySchema,
    errors: [C.FORBIDDEN, C.INVALID_INPUT, C.UNKNOWN_CATEGORY, C.DUPLICATE_CATEGORY],
    retrySafe: true,
  }),
  listCategories: command({
    name: 'list-categories',
    messageType: 'ListCategories',
    description: 'The category tree, flattened, parents first',
    request: z.object({ actor: actorSchema }),
    result: z.object({ categories: z.array(categorySchema) }),
    errors: [],
  }),
  getProduct: command({
    name: 'get-product',
    messageType: 'GetProduct',
    description: 'One product: ACTIVE ones for everybody, a proposed or rejected one for operators and its proposer',
    request: z.object({ actor: actorSchema, productId: z.uuid() }),
    result: productSchema,
    errors: [C.UNKNOWN_PRODUCT],
  }),
  proposeProduct: command({
    name: 'propose-product',
    messageType: 'ProposeProduct',
    description: 'A seller proposes a product (PROPOSED until an operator approves it); an operator creates it ACTIVE',
    request: z.object({
      actor: actorSchema,
      code: z.string(),
      name: z.string(),
      description: z.string(),
      categoryId: z.uuid(),
      baseUnit: z.enum(BaseUnit),
      attributes: z.record(z.string(), z.string()),
    }),
    result: productSchema,
    errors: [...SELLER_REFUSALS, C.INVALID_INPUT, C.UNKNOWN_CATEGORY, C.DUPLICATE_PRODUCT_CODE],
    retrySafe: true,
  }),
  reviewProduct: command({
    name: 'review-product',
    messageType: 'ReviewProduct',
    description: 'An operator approves a proposed product, or rejects it with a reason',
    request: z.object({ actor: actorSchema, productId: z.uuid(), approve: z.boolean(), reason: z.string().optional() }),
    result: productSchema,
    errors: [C.FORBIDDEN, C.REASON_REQUIRED, C.UNKNOWN_PRODUCT, C.PRODUCT_NOT_PROPOSED],
    retrySafe: true,
  }),
  saveListing: command({
    name: 'save-listing',
    messageType: 'SaveListing',
    description: 'A seller creates or updates its listing of a product, keyed by its own SKU',
    request: listingSchema.omit({ id: true, sellerCompanyId: true }).extend({ actor: actorSchema }),
    result: listingSchema,
    errors: [
      ...SELLER_REFUSALS,
      C.INVALID_INPUT,
      C.NON_POSITIVE_QUANTITY,
      C.NON_POSITIVE_PRICE,
      C.UNKNOWN_CURRENCY,
      C.PRICE_BREAKS_OUT_OF_ORDER,
      C.LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ,
      C.UNKNOWN_PRODUCT,
      C.PRODUCT_NOT_ACTIVE,
      C.STOCK_BELOW_RESERVED,
    ],
    retrySafe: true,
  }),
  setContractPrice: command({
    name: 'set-contract-price',
    messageType: 'SetContractPrice',
    description: 'A seller sets, for one buyer company, a unit price on a listing or a percentage off on a listing or a whole category',
    request: z.object({
      actor: actorSchema,
      buyerCompanyId: z.uuid(),
      listingId: z.uuid().optional(),
      categoryId: z.uuid().optional(),
      unitPriceMinor: z.int().optional(),
      percentOffBasisPoints: z.int().optional(),
    }),
    result: contractPriceSchema,
    errors: [...SELLER_REFUSALS, C.INVALID_INPUT, C.NON_POSITIVE_PRICE, C.UNKNOWN_LISTING, C.UNKNOWN_CATEGORY],
    retrySafe: true,
  }),
  searchListings: command({
    name: 'search-listings',
    messageType: 'SearchListings',
    description: 'Listings buyers may see (ACTIVE, of ACTIVE products, by APPROVED sellers), filtered and sorted, a page at a time',
    request: z.object({
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
    result: searchResultSchema,
    errors: [C.INVALID_INPUT],
  }),
  productOffers: command({
    name: 'product-offers',
    messageType: 'ProductOffers',
    description: "All sellers' offers of one product side by side, each quoted for the asking buyer, cheapest first",
    request: z.object({ actor: actorSchema, productId: z.uuid(), quantity: z.int().optional() }),
    result: z.object({
      offers: z.array(z.object({ listing: listingSchema, sellerTradingName: z.string(), available: z.int(), quote: priceQuoteSchema })),
    }),
    errors: [C.UNKNOWN_LISTING],
  }),
  quotePrice: command({
    name: 'quote-price',
    messageType: 'QuotePrice',
    description: 'The unit price and line total of a quantity of a listing for the asking buyer, or why not',
    request: z.object({ actor: actorSchema, listingId: z.uuid(), quantity: z.int() }),
    result: priceQuoteSchema,
    errors: [C.UNKNOWN_LISTING],
  }),
};

/**
 * Stock reservations for other services (trading reserves for asks, orders for purchases).
 * Internal commands: no user calls them, so they carry no actor.
 */
export const stockCommands = {
  reserveStock: command({
    name: 'reserve-stock',
    messageType: 'ReserveStock',
    description: 'Reserve a quantity of a listing until it expires; the same reservation id twice is one reservation',
    request: z.object({
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
    result: reservationSchema,
    errors: [C.NON_POSITIVE_QUANTITY, C.RESERVATION_CONFLICT, C.UNKNOWN_LISTING, C.LISTING_NOT_ACTIVE, C.INSUFFICIENT_STOCK],
  }),
  reserveLines: command({
    name: 'reserve-lines',
    messageType: 'ReserveLines',
    description:
      'Reserve stock for every line of a purchase in one step, or for none: a line that cannot be reserved refuses them all, ' +
      'named in the refusal’s field as listingId:<id>. The same reservation ids again are the same reservations',
    request: z
      .object({
        lines: z
          .array(
            z.object({
              reservationId: z.uuid(),
              listingId: z.uuid(),
              quantity: z.int(),
              ownerRef: z.string().min(1).max(200),
            }),
          )
          .min(1)
          .max(RESERVE_LINES_MAX)
          .describe(`At most ${RESERVE_LINES_MAX} lines, each of its own listing`),
        ttlSeconds: z
          .int()
          .min(1)
          .max(400 * 24 * 3600),
      })
      .refine((request) => new Set(request.lines.map((line) => line.listingId)).size === request.lines.length, {
        message: 'each line reserves a listing of its own',
        path: ['lines'],
      }),
    result: z.object({ reservations: z.array(reservationSchema).describe('One per line, in the order of the lines') }),
    errors: [C.NON_POSITIVE_QUANTITY, C.RESERVATION_CONFLICT, C.UNKNOWN_LISTING, C.LISTING_NOT_ACTIVE, C.INSUFFICIENT_STOCK],
  }),
  reserveForAsk: command({
    name: 'reserve-for-ask',
    messageType: 'ReserveForAsk',
    description:
      'Reserve stock of a seller’s own listing for an ask, checking the ask against the listing in the same step ' +
      '(the seller, the listing on sale, product, currency, minimum order quantity and lot, stock); answers the reservation and ' +
      'the listing’s terms. The same reservation id twice is one reservation',
    request: z.object({
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
    result: z.object({ reservation: reservationSchema, listing: listingSchema }),
    errors: [
      C.NON_POSITIVE_QUANTITY,
      C.RESERVATION_CONFLICT,
      C.UNKNOWN_LISTING,
      C.FOREIGN_LISTING,
      C.LISTING_NOT_ACTIVE,
      C.PRODUCT_MISMATCH,
      C.CURRENCY_MISMATCH,
      C.QUANTITY_BELOW_MINIMUM,
      C.INSUFFICIENT_STOCK,
    ],
  }),
  releaseStock: command({
    name: 'release-stock',
    messageType: 'ReleaseStock',
    description: 'Give a reservation back (cancelled bid, expired ask); releasing twice changes nothing',
    request: z.object({ reservationId: z.uuid() }),
    result: reservationSchema,
    errors: [C.UNKNOWN_RESERVATION, C.RESERVATION_NOT_ACTIVE],
  }),
  tradingTerms: command({
    name: 'trading-terms',
    messageType: 'TradingTerms',
    description: 'What trading needs to accept an order: the product (for a bid) or the listing with its seller’s standing (for an ask)',
    request: z.object({ productId: z.uuid().optional(), listingId: z.uuid().optional() }),
    result: z.object({
      product: z.object({ id: z.uuid(), code: z.string(), status: z.enum(ProductStatus), baseUnit: z.enum(BaseUnit) }).nullable(),
      listing: listingSchema.nullable(),
    }),
    errors: [],
  }),
  commitStock: command({
    name: 'commit-stock',
    messageType: 'CommitStock',
    description: 'Turn a reservation into a sale: the quantity leaves stock on hand; committing twice changes nothing',
    request: z.object({ reservationId: z.uuid() }),
    result: reservationSchema,
    errors: [C.UNKNOWN_RESERVATION, C.RESERVATION_NOT_ACTIVE, C.INSUFFICIENT_STOCK],
  }),
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
  beginUpload: command({
    name: 'begin-upload',
    messageType: 'BeginUpload',
    description: 'A seller starts uploading a listings or stock CSV file; beginning the same upload id twice is one upload',
    request: z.object({
      actor: actorSchema,
      uploadId: z.uuid(),
      kind: z.enum(CatalogUploadKind),
      fileName: z.string().max(200),
      byteLength: z.int().min(1).max(UPLOAD_MAX_BYTES),
      chunkCount: z.int().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    result: catalogUploadSchema,
    errors: [...SELLER_REFUSALS, C.UNKNOWN_UPLOAD, C.UPLOAD_CONFLICT],
    retrySafe: true,
  }),
  putUploadChunk: command({
    name: 'put-upload-chunk',
    messageType: 'PutUploadChunk',
    description: 'One chunk of an upload, base64; the same chunk twice is stored once',
    request: z.object({ actor: actorSchema, uploadId: z.uuid(), index: z.int().min(0), dataBase64: z.base64() }),
    result: z.object({ uploadId: z.uuid(), chunksReceived: z.int() }),
    errors: [C.FORBIDDEN, C.UNKNOWN_UPLOAD, C.INVALID_INPUT],
  }),
  submitUpload: command({
    name: 'submit-upload',
    messageType: 'SubmitUpload',
    description: 'Every chunk is in: check the file is whole (length, SHA-256) and queue it to be applied',
    request: z.object({ actor: actorSchema, uploadId: z.uuid() }),
    result: catalogUploadSchema,
    errors: [C.FORBIDDEN, C.UNKNOWN_UPLOAD, C.UPLOAD_INCOMPLETE],
    retrySafe: true,
  }),
  getUpload: command({
    name: 'get-upload',
    messageType: 'GetUpload',
    description: 'One of the seller’s uploads with its counts',
    request: z.object({ actor: actorSchema, uploadId: z.uuid() }),
    result: catalogUploadSchema,
    errors: [C.FORBIDDEN, C.UNKNOWN_UPLOAD],
  }),
  listUploads: command({
    name: 'list-uploads',
    messageType: 'ListUploads',
    description: 'The seller’s most recent uploads, newest first',
    request: z.object({ actor: actorSchema, first: z.int().min(1).max(100).default(20) }),
    result: z.object({ uploads: z.array(catalogUploadSchema) }),
    errors: [C.FORBIDDEN],
  }),
  uploadRows: command({
    name: 'upload-rows',
    messageType: 'UploadRows',
    description: 'The per-row report of an upload, in file order, a page at a time, optionally only some outcomes',
    request: z.object({
      actor: actorSchema,
      uploadId: z.uuid(),
      outcomes: z.array(z.enum(UploadRowOutcome)).optional(),
      first: z.int().min(1).max(1000).default(100),
      afterLine: z.int().min(0).default(0),
    }),
    result: z.object({ rows: z.array(uploadRowSchema), hasNextPage: z.boolean() }),
    errors: [C.FORBIDDEN, C.UNKNOWN_UPLOAD],
  }),
};
