import type { Listing, PriceQuoteResult, PricedLine } from '@lotbook/contracts';
import { quotePrice } from '@lotbook/catalog-domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContractPriceService } from './contract-price.service';
import { toListing, type ListingRow } from './listing.row';
import { ReservationService, type ReservationPart } from './reservation.service';

type VisibleRow = ListingRow & { product_name: string; product_code: string; category_id: string };

/**
 * What orders needs to price a cart or a quick order, answered in one call: only listings a
 * buyer may see (ACTIVE, of an ACTIVE product, by an APPROVED seller), each quoted for that
 * buyer as `priceQuote` would quote it.
 */
@Injectable()
export class OrderPricingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reservations: ReservationService,
    private readonly contractPrices: ContractPriceService,
  ) {}

  async priceLines(buyerCompanyId: string, lines: ReadonlyArray<{ listingId: string; quantity: number }>): Promise<{ lines: PricedLine[] }> {
    const rows = await this.visible(`l.id = ANY ($1::uuid[])`, [[...new Set(lines.map((line) => line.listingId))]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const quote = await this.quoter(buyerCompanyId, rows);
    const priced: PricedLine[] = [];
    for (const line of lines) {
      const row = byId.get(line.listingId);
      if (!row) {
        priced.push({ ...line, listing: null, productName: null, productCode: null, categoryId: null, available: 0, quote: null });
        continue;
      }
      const listing = toListing(row);
      const { available, quote: result } = quote(listing, line.quantity);
      priced.push({ ...line, listing, productName: row.product_name, productCode: row.product_code, categoryId: row.category_id, available, quote: result });
    }
    return { lines: priced };
  }

  /** Each reference is a seller SKU (of any seller) or a product code; the offers that can fill it come first, cheapest first. */
  async resolveReferences(buyerCompanyId: string, requests: ReadonlyArray<{ reference: string; quantity: number }>) {
    const references = [...new Set(requests.map((row) => row.reference.trim()))];
    const rows = await this.visible(`(l.seller_sku = ANY ($1::text[]) OR p.code = ANY ($1::text[]))`, [references]);
    const quote = await this.quoter(buyerCompanyId, rows);
    const out = [];
    for (const request of requests) {
      const reference = request.reference.trim();
      const bySku = rows.filter((row) => row.seller_sku === reference);
      const matches = bySku.length > 0 ? bySku : rows.filter((row) => row.product_code === reference);
      const offers = matches.map((row) => ({ listing: toListing(row), ...quote(toListing(row), request.quantity) }));
      const price = (offer: (typeof offers)[number]) => (offer.quote.ok ? offer.quote.unitPriceMinor : Number.MAX_SAFE_INTEGER);
      offers.sort((a, b) => Number(b.quote.ok) - Number(a.quote.ok) || price(a) - price(b) || a.listing.id.localeCompare(b.listing.id));
      out.push({
        reference: request.reference,
        quantity: request.quantity,
        matchedBy: bySku.length > 0 ? ('SELLER_SKU' as const) : matches.length > 0 ? ('PRODUCT_CODE' as const) : null,
        offers,
      });
    }
    return { rows: out };
  }

  /** Commits part of a reservation and releases the rest; a reservation no longer active is left as it is. */
  async settle(request: { reservationId: string; commitQuantity: number; releaseQuantity: number }) {
    const parts: ReservationPart[] = [];
    if (request.commitQuantity > 0) parts.push({ reservationId: request.reservationId, quantity: request.commitQuantity, action: 'commit' });
    if (request.releaseQuantity > 0) parts.push({ reservationId: request.reservationId, quantity: request.releaseQuantity, action: 'release' });
    return this.dataSource.transaction(async (transaction) => {
      const [before]: Array<{ expired: boolean }> = await transaction.query(
        `SELECT expires_at <= now() AS expired FROM reservation WHERE id = $1 FOR UPDATE`,
        [request.reservationId],
      );
      // An expired reservation no longer holds its stock, though the sweeper may not have released it yet.
      const missed = before && !before.expired ? await this.reservations.settleParts(transaction, parts) : parts;
      const [after]: Array<{ status: 'ACTIVE' | 'RELEASED' | 'COMMITTED' }> = await transaction.query(`SELECT status FROM reservation WHERE id = $1`, [
        request.reservationId,
      ]);
      return {
        reservationId: request.reservationId,
        settled: parts.length > 0 && missed.length === 0,
        status: after?.status ?? ('UNKNOWN' as const),
        expired: before?.expired ?? false,
      };
    });
  }

  /**
   * Quotes the given listings for a buyer as `priceQuote` would, with what is available and the
   * contract prices that apply read for all of them at once (two queries, not two per line).
   */
  private async quoter(
    buyerCompanyId: string,
    rows: readonly VisibleRow[],
  ): Promise<(listing: Listing, quantity: number) => { available: number; quote: PriceQuoteResult }> {
    const manager = this.dataSource.manager;
    const ids = [...new Set(rows.map((row) => row.id))];
    const [available, contracts] =
      ids.length === 0
        ? [new Map<string, number>(), new Map()]
        : await Promise.all([this.reservations.availableOf(manager, ids), this.contractPrices.applicableOf(manager, buyerCompanyId, ids)]);
    return (listing, quantity) => {
      const onHand = available.get(listing.id) ?? 0;
      const quote = quotePrice(listing, quantity, onHand, contracts.get(listing.id));
      return {
        available: onHand,
        quote: quote.ok ? { ...quote, listingId: listing.id } : { ok: false, listingId: listing.id, reason: quote.reason, message: quote.message },
      };
    };
  }

  private visible(condition: string, params: unknown[]): Promise<VisibleRow[]> {
    return this.dataSource.query(
      `SELECT l.*, p.name AS product_name, p.code AS product_code, p.category_id
         FROM listing l
         JOIN product p ON p.id = l.product_id
         JOIN company_status s ON s.company_id = l.seller_company_id
        WHERE ${condition} AND l.status = 'ACTIVE' AND p.status = 'ACTIVE' AND s.status = 'APPROVED'`,
      params,
    );
  }
}
