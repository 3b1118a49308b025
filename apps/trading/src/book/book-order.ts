import { OrderSide, type OrderStatus, type OrderCloseReason, type TradingOrder } from '@lotbook/contracts';
import type { OrderInput } from '@lotbook/trading-domain';

/** An order as the service keeps it: the engine's view plus who, what and where. Mutable while open. */
export interface BookOrder {
  id: string;
  side: OrderSide;
  productId: string;
  currency: string;
  companyId: string;
  legalEntityId: string | null;
  placedBy: string;
  listingId: string | null;
  reservationId: string | null;
  region: string | null;
  acceptedRegions: string[];
  quantity: number;
  openQuantity: number;
  filledQuantity: number;
  limitPriceMinor: number;
  minimumFill: number;
  minimumOrderQuantity: number;
  lotMultiple: number;
  expiresAt: number | null;
  status: OrderStatus;
  closeReason: OrderCloseReason | null;
  sequence: number;
  placedAt: Date;
}

/** A `trading_order` row as pg returns it (bigint columns as strings). */
export interface OrderRow {
  id: string;
  side: OrderSide;
  product_id: string;
  currency: string;
  company_id: string;
  legal_entity_id: string | null;
  placed_by: string;
  listing_id: string | null;
  reservation_id: string | null;
  region: string | null;
  accepted_regions: string[];
  quantity: string;
  open_quantity: string;
  filled_quantity: string;
  limit_price_minor: string;
  minimum_fill: string;
  minimum_order_quantity: string;
  lot_multiple: string;
  expires_at: Date | null;
  sequence: string;
  status: OrderStatus;
  close_reason: OrderCloseReason | null;
  placed_at: Date;
}

export const fromRow = (row: OrderRow): BookOrder => ({
  id: row.id,
  side: row.side,
  productId: row.product_id,
  currency: row.currency,
  companyId: row.company_id,
  legalEntityId: row.legal_entity_id,
  placedBy: row.placed_by,
  listingId: row.listing_id,
  reservationId: row.reservation_id,
  region: row.region,
  acceptedRegions: row.accepted_regions,
  quantity: Number(row.quantity),
  openQuantity: Number(row.open_quantity),
  filledQuantity: Number(row.filled_quantity),
  limitPriceMinor: Number(row.limit_price_minor),
  minimumFill: Number(row.minimum_fill),
  minimumOrderQuantity: Number(row.minimum_order_quantity),
  lotMultiple: Number(row.lot_multiple),
  expiresAt: row.expires_at ? row.expires_at.getTime() : null,
  status: row.status,
  closeReason: row.close_reason,
  sequence: Number(row.sequence),
  placedAt: row.placed_at,
});

/** The row's columns, for bulk writes through jsonb_to_recordset. */
export const toRecord = (order: BookOrder) => ({
  id: order.id,
  side: order.side,
  product_id: order.productId,
  currency: order.currency,
  company_id: order.companyId,
  legal_entity_id: order.legalEntityId,
  placed_by: order.placedBy,
  listing_id: order.listingId,
  reservation_id: order.reservationId,
  region: order.region,
  accepted_regions: order.acceptedRegions,
  quantity: order.quantity,
  open_quantity: order.openQuantity,
  filled_quantity: order.filledQuantity,
  limit_price_minor: order.limitPriceMinor,
  minimum_fill: order.minimumFill,
  minimum_order_quantity: order.minimumOrderQuantity,
  lot_multiple: order.lotMultiple,
  expires_at: order.expiresAt === null ? null : new Date(order.expiresAt).toISOString(),
  sequence: order.sequence,
  status: order.status,
  close_reason: order.closeReason,
  placed_at: order.placedAt.toISOString(),
});

export const ORDER_RECORD_COLUMNS = `id uuid, side text, product_id uuid, currency text, company_id uuid, legal_entity_id uuid, placed_by uuid,
  listing_id uuid, reservation_id uuid, region text, accepted_regions text[], quantity bigint, open_quantity bigint, filled_quantity bigint,
  limit_price_minor bigint, minimum_fill bigint, minimum_order_quantity bigint, lot_multiple bigint, expires_at timestamptz, sequence bigint,
  status text, close_reason text, placed_at timestamptz`;

export const toView = (order: BookOrder): TradingOrder => ({
  id: order.id,
  side: order.side,
  productId: order.productId,
  currency: order.currency,
  companyId: order.companyId,
  legalEntityId: order.legalEntityId,
  listingId: order.listingId,
  reservationId: order.reservationId,
  region: order.region,
  acceptedRegions: [...order.acceptedRegions],
  quantity: order.quantity,
  openQuantity: order.openQuantity,
  filledQuantity: order.filledQuantity,
  limitPriceMinor: order.limitPriceMinor,
  minimumFill: order.minimumFill,
  minimumOrderQuantity: order.minimumOrderQuantity,
  lotMultiple: order.lotMultiple,
  expiresAt: order.expiresAt === null ? null : new Date(order.expiresAt).toISOString(),
  status: order.status,
  closeReason: order.closeReason,
  sequence: order.sequence,
  placedAt: order.placedAt.toISOString(),
});

/** What the engine needs of an order, with its open quantity. */
export const toEngineInput = (order: BookOrder): OrderInput =>
  order.side === OrderSide.BID
    ? {
        side: 'BID',
        id: order.id,
        companyId: order.companyId,
        quantity: order.openQuantity,
        limitPrice: order.limitPriceMinor,
        minimumFill: order.minimumFill,
        acceptedRegions: order.acceptedRegions,
        expiresAt: order.expiresAt,
        sequence: order.sequence,
      }
    : {
        side: 'ASK',
        id: order.id,
        companyId: order.companyId,
        quantity: order.openQuantity,
        limitPrice: order.limitPriceMinor,
        minimumOrderQuantity: order.minimumOrderQuantity,
        lotMultiple: order.lotMultiple,
        region: order.region as string,
        expiresAt: order.expiresAt,
        sequence: order.sequence,
      };

/** A `trade` row as the API shows it. */
export function tradeFromRow(row: Record<string, unknown>) {
  return {
    id: row.id as string,
    productId: row.product_id as string,
    currency: (row.currency as string).trim(),
    bidId: row.bid_id as string,
    askId: row.ask_id as string,
    buyerCompanyId: row.buyer_company_id as string,
    sellerCompanyId: row.seller_company_id as string,
    listingId: row.listing_id as string,
    quantity: Number(row.quantity),
    priceMinor: Number(row.price_minor),
    amountMinor: Number(row.amount_minor),
    takerSide: row.taker_side as OrderSide,
    matchedAt: (row.matched_at as Date).toISOString(),
  };
}
