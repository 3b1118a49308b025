import { z } from 'zod';
import { defineCommand } from '../command-contract';
import { listingSchema, priceQuoteSchema } from './catalog.contract';

/** Reads that refuse nothing of their own: a listing the buyer may not see is answered as null, not refused. */
const query = <TRequest extends z.ZodType, TResult extends z.ZodType>(
  name: string,
  messageType: string,
  description: string,
  request: TRequest,
  result: TResult,
) => defineCommand({ context: 'catalog', name, messageType, description, keyDescription: 'buyer company id', request, result, errors: [] });

export const pricedLineSchema = z.object({
  listingId: z.uuid(),
  quantity: z.int(),
  listing: listingSchema.nullable().describe('Null when the buyer may not see the listing (unknown, paused, seller not approved)'),
  productName: z.string().nullable(),
  productCode: z.string().nullable(),
  categoryId: z.uuid().nullable(),
  available: z.int(),
  quote: priceQuoteSchema.nullable(),
});

export type PricedLine = z.infer<typeof pricedLineSchema>;

/**
 * What orders asks catalog when it prices a cart: internal queries, no user calls them, so they
 * name the buyer company instead of carrying an actor.
 */
export const catalogOrderQueries = {
  priceLines: query(
    'price-lines',
    'PriceLines',
    'For a buyer, each (listing, quantity): the listing as the buyer may see it, its product and category, what is available and the quote (list, break or contract price), in one call',
    z.object({
      buyerCompanyId: z.uuid(),
      lines: z
        .array(z.object({ listingId: z.uuid(), quantity: z.int() }))
        .min(1)
        .max(500),
    }),
    z.object({ lines: z.array(pricedLineSchema) }),
  ),
  resolveReferences: query(
    'resolve-references',
    'ResolveReferences',
    "For a buyer's quick order: each (seller SKU or product code, quantity) resolved to the visible listings that could fill it, cheapest for this buyer first",
    z.object({
      buyerCompanyId: z.uuid(),
      rows: z
        .array(z.object({ reference: z.string().min(1).max(200), quantity: z.int() }))
        .min(1)
        .max(2000),
    }),
    z.object({
      rows: z.array(
        z.object({
          reference: z.string(),
          quantity: z.int(),
          matchedBy: z.enum(['SELLER_SKU', 'PRODUCT_CODE']).nullable(),
          offers: z.array(z.object({ listing: listingSchema, available: z.int(), quote: priceQuoteSchema })),
        }),
      ),
    }),
  ),
  settleReservation: query(
    'settle-reservation',
    'SettleReservation',
    'Sell part of a reservation and give the rest back in one step (a seller confirms an order, refusing some units); settling twice changes nothing',
    z.object({ reservationId: z.uuid(), commitQuantity: z.int().min(0), releaseQuantity: z.int().min(0) }),
    z.object({
      reservationId: z.uuid(),
      settled: z.boolean().describe('False when the reservation was no longer active'),
      status: z.enum(['ACTIVE', 'RELEASED', 'COMMITTED', 'UNKNOWN']).describe('The reservation after this step'),
      expired: z.boolean().describe('Its time ran out before this step'),
    }),
  ),
};
