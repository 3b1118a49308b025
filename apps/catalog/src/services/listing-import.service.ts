import { randomUUID } from 'node:crypto';
import { listingChanged, ProductStatus, UploadRowOutcome, type UploadRow } from '@lotbook/contracts';
import {
  readListingRow,
  readStockRow,
  sameListingTerms,
  type CsvTable,
  type ListingRowRequest,
  type RowReading,
  type UploadRowProblem,
} from '@lotbook/catalog-domain';
import { Outbox } from '@lotbook/messaging';
import { returnedRows } from '@lotbook/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toListing, type ListingRow } from './listing.row';

/** Rows written per statement: big enough to be fast, small enough to keep statements modest. */
const BATCH = 2_000;

const chunks = <T>(items: readonly T[], size = BATCH): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const rejected = (line: number, sellerSku: string, problem: UploadRowProblem): UploadRow => ({
  line,
  sellerSku,
  outcome: UploadRowOutcome.REJECTED,
  listingId: null,
  problem,
});

/**
 * Readings in file order with later repeats of a SKU refused: one file sets one SKU once,
 * so the report never depends on which of two rows happened to win.
 */
function firstOfEachSku<T extends { sku: string }>(table: CsvTable, read: typeof readListingRow | typeof readStockRow) {
  const seen = new Map<string, number>();
  return table.records.map((record) => {
    const reading = read(table.header, record) as RowReading<T>;
    if (!reading.ok) return { line: record.line, reading };
    const first = seen.get(reading.request.sku);
    if (first !== undefined) {
      const problem: UploadRowProblem = {
        code: 'DUPLICATE_SKU',
        column: 'sku',
        message: `line ${first} already sets SKU ${reading.request.sku}`,
      };
      return { line: record.line, reading: { ok: false, sku: reading.request.sku, problem } as RowReading<T> };
    }
    seen.set(reading.request.sku, record.line);
    return { line: record.line, reading };
  });
}

/**
 * Applies a seller's listings or stock file inside the caller's transaction: every good row
 * is applied even when others are refused, a row equal to what is stored changes nothing
 * (so the same file twice changes nothing the second time), and each change is published.
 * The seller's listings named by the file are locked first, so reservations wait their turn.
 */
@Injectable()
export class ListingImportService {
  constructor(private readonly outbox: Outbox) {}

  async applyListings(transaction: EntityManager, sellerCompanyId: string, table: CsvTable): Promise<UploadRow[]> {
    const readings = firstOfEachSku<ListingRowRequest>(table, readListingRow);
    const good = readings.flatMap(({ line, reading }) => (reading.ok ? [{ line, request: reading.request }] : []));

    const products = new Map<string, { id: string; status: ProductStatus }>();
    for (const codes of chunks([...new Set(good.map(({ request }) => request.productCode))], 10_000)) {
      const rows: Array<{ id: string; code: string; status: ProductStatus }> = await transaction.query(
        `SELECT id, code, status FROM product WHERE code = ANY($1)`,
        [codes],
      );
      for (const row of rows) products.set(row.code, row);
    }
    const existing = await this.lockListings(
      transaction,
      sellerCompanyId,
      good.map(({ request }) => request.sku),
    );

    const report = new Map<number, UploadRow>();
    const inserts: Array<Record<string, unknown>> = [];
    const updates: Array<Record<string, unknown>> = [];
    for (const { line, reading } of readings) {
      if (!reading.ok) {
        report.set(line, rejected(line, reading.sku, reading.problem));
        continue;
      }
      const { request } = reading;
      const product = products.get(request.productCode);
      const current = existing.get(request.sku);
      if (!product) {
        report.set(
          line,
          rejected(line, request.sku, {
            code: 'UNKNOWN_PRODUCT',
            column: 'product_code',
            message: `no product with code ${request.productCode}`,
          }),
        );
      } else if (product.status !== ProductStatus.ACTIVE) {
        report.set(
          line,
          rejected(line, request.sku, {
            code: 'PRODUCT_NOT_ACTIVE',
            column: 'product_code',
            message: `product ${request.productCode} is ${product.status}; list it once an operator approves it`,
          }),
        );
      } else if (current && current.product_id !== product.id) {
        report.set(
          line,
          rejected(line, request.sku, {
            code: 'SKU_LISTS_ANOTHER_PRODUCT',
            column: 'sku',
            message: `SKU ${request.sku} already lists another product; use a new SKU`,
          }),
        );
      } else if (current && sameListingTerms(toListing(current), request)) {
        report.set(line, { line, sellerSku: request.sku, outcome: UploadRowOutcome.UNCHANGED, listingId: current.id, problem: null });
      } else {
        const id = current?.id ?? randomUUID();
        const values = {
          id,
          product_id: product.id,
          seller_sku: request.sku,
          region: request.region,
          currency: request.currency,
          unit_price_minor: request.unitPriceMinor,
          price_breaks: request.priceBreaks,
          minimum_order_quantity: request.minimumOrderQuantity,
          lot_multiple: request.lotMultiple,
          lead_time_days: request.leadTimeDays,
          status: request.status,
        };
        (current ? updates : inserts).push(values);
        const outcome = current ? UploadRowOutcome.UPDATED : UploadRowOutcome.CREATED;
        report.set(line, { line, sellerSku: request.sku, outcome, listingId: id, problem: null });
      }
    }

    const columns = `id uuid, product_id uuid, seller_sku text, region text, currency text, unit_price_minor bigint, price_breaks jsonb,
                     minimum_order_quantity bigint, lot_multiple bigint, lead_time_days integer, status text`;
    for (const batch of chunks(inserts)) {
      const rows = await transaction.query(
        `INSERT INTO listing (id, seller_company_id, product_id, seller_sku, region, currency, unit_price_minor, price_breaks,
                              minimum_order_quantity, lot_multiple, lead_time_days, on_hand, status)
         SELECT x.id, $2, x.product_id, x.seller_sku, x.region, x.currency, x.unit_price_minor, x.price_breaks,
                x.minimum_order_quantity, x.lot_multiple, x.lead_time_days, 0, x.status
           FROM jsonb_to_recordset($1::jsonb) AS x(${columns})
         RETURNING *`,
        [JSON.stringify(batch), sellerCompanyId],
      );
      await this.publish(transaction, returnedRows<ListingRow>(rows), 'CREATED');
    }
    for (const batch of chunks(updates)) {
      const rows = await transaction.query(
        `UPDATE listing l SET region = x.region, currency = x.currency, unit_price_minor = x.unit_price_minor, price_breaks = x.price_breaks,
                minimum_order_quantity = x.minimum_order_quantity, lot_multiple = x.lot_multiple, lead_time_days = x.lead_time_days,
                status = x.status, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS x(${columns})
          WHERE l.id = x.id
         RETURNING l.*`,
        [JSON.stringify(batch)],
      );
      await this.publish(transaction, returnedRows<ListingRow>(rows), 'CHANGED');
    }
    return [...report.values()];
  }

  /** Stock on hand per SKU; it may not fall below what is reserved (by open asks, by orders) right now. */
  async applyStock(transaction: EntityManager, sellerCompanyId: string, table: CsvTable): Promise<UploadRow[]> {
    const readings = firstOfEachSku<{ sku: string; onHand: number }>(table, readStockRow);
    const skus = readings.flatMap(({ reading }) => (reading.ok ? [reading.request.sku] : []));
    const existing = await this.lockListings(transaction, sellerCompanyId, skus);
    const reserved = new Map<string, number>();
    for (const ids of chunks(
      [...existing.values()].map((row) => row.id),
      10_000,
    )) {
      const rows: Array<{ listing_id: string; reserved: string }> = await transaction.query(
        `SELECT listing_id, sum(quantity) AS reserved FROM reservation
          WHERE listing_id = ANY($1) AND status = 'ACTIVE' AND expires_at > now() GROUP BY listing_id`,
        [ids],
      );
      for (const row of rows) reserved.set(row.listing_id, Number(row.reserved));
    }

    const report: UploadRow[] = [];
    const updates: Array<{ id: string; on_hand: number }> = [];
    for (const { line, reading } of readings) {
      if (!reading.ok) {
        report.push(rejected(line, reading.sku, reading.problem));
        continue;
      }
      const { sku, onHand } = reading.request;
      const current = existing.get(sku);
      const held = current ? (reserved.get(current.id) ?? 0) : 0;
      if (!current) {
        report.push(
          rejected(line, sku, {
            code: 'UNKNOWN_LISTING',
            column: 'sku',
            message: `you have no listing with SKU ${sku}; upload it in a listings file first`,
          }),
        );
      } else if (onHand < held) {
        report.push(
          rejected(line, sku, {
            code: 'STOCK_BELOW_RESERVED',
            column: 'on_hand',
            message: `${held} units of SKU ${sku} are reserved; on hand cannot go below that`,
          }),
        );
      } else if (Number(current.on_hand) === onHand) {
        report.push({ line, sellerSku: sku, outcome: UploadRowOutcome.UNCHANGED, listingId: current.id, problem: null });
      } else {
        updates.push({ id: current.id, on_hand: onHand });
        report.push({ line, sellerSku: sku, outcome: UploadRowOutcome.UPDATED, listingId: current.id, problem: null });
      }
    }
    for (const batch of chunks(updates)) {
      const rows = await transaction.query(
        `UPDATE listing l SET on_hand = x.on_hand, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, on_hand bigint)
          WHERE l.id = x.id
         RETURNING l.*`,
        [JSON.stringify(batch)],
      );
      await this.publish(transaction, returnedRows<ListingRow>(rows), 'STOCK_CHANGED');
    }
    return report;
  }

  private async lockListings(transaction: EntityManager, sellerCompanyId: string, skus: string[]): Promise<Map<string, ListingRow>> {
    const listings = new Map<string, ListingRow>();
    for (const batch of chunks(skus, 10_000)) {
      const rows: ListingRow[] = await transaction.query(
        `SELECT * FROM listing WHERE seller_company_id = $1 AND seller_sku = ANY($2) ORDER BY id FOR UPDATE`,
        [sellerCompanyId, batch],
      );
      for (const row of rows) listings.set(row.seller_sku, row);
    }
    return listings;
  }

  private async publish(transaction: EntityManager, rows: ListingRow[], change: 'CREATED' | 'CHANGED' | 'STOCK_CHANGED'): Promise<void> {
    await this.outbox.enqueueMany(
      transaction,
      listingChanged,
      rows.map((row) => {
        const listing = toListing(row);
        return { key: listing.productId, payload: { change, listing } };
      }),
    );
  }
}
