import type { Listing, ListingStatus } from '@lotbook/contracts';
import type { PriceBreak } from '@lotbook/catalog-domain';

/** A `listing` row as pg returns it (bigint columns as strings). */
export interface ListingRow {
  id: string;
  seller_company_id: string;
  product_id: string;
  seller_sku: string;
  region: string;
  currency: string;
  unit_price_minor: string;
  price_breaks: PriceBreak[];
  minimum_order_quantity: string;
  lot_multiple: string;
  lead_time_days: number;
  on_hand: string;
  status: ListingStatus;
}

export const toListing = (row: ListingRow): Listing => ({
  id: row.id,
  sellerCompanyId: row.seller_company_id,
  productId: row.product_id,
  sellerSku: row.seller_sku,
  region: row.region,
  currency: row.currency,
  unitPriceMinor: Number(row.unit_price_minor),
  priceBreaks: row.price_breaks,
  minimumOrderQuantity: Number(row.minimum_order_quantity),
  lotMultiple: Number(row.lot_multiple),
  leadTimeDays: row.lead_time_days,
  onHand: Number(row.on_hand),
  status: row.status,
});
