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
    const priced: PricedLine[] = [];
    for (const line of lines) {
      const row = byId.get(line.listingId);
      if (!row) {
        priced.push({ ...line, listing: null, productName: null, productCode: null, categoryId: null, available: 0, quote: null });
        continue;
      }
      const listing = toListing(row);
      const { available, quote } = await this.quote(buyerCompanyId, listing, line.quantity);
      priced.push({ ...line, listing, productName: row.product_name, productCode: row.product_code, categoryId: row.category_id, available, quote });
    }
    return { lines: priced };
  }

  /** Each reference is a seller SKU (of any seller) or a product code; the offers that can fill it come first, cheapest first. */
  async resolveReferences(buyerCompanyId: string, requests: ReadonlyArray<{ reference: string; quantity: number }>) {
    const references = [...new Set(requests.map((row) => row.reference.trim()))];
    const rows = await this.visible(`(l.seller_sku = ANY ($1::text[]) OR p.code = ANY ($1::text[]))`, [references]);
    const out = [];
    for (const request of requests) {
      const reference = request.reference.trim();
      const bySku = rows.filter((row) => row.seller_sku === reference);
      const matches = bySku.length > 0 ? bySku : rows.filter((row) => row.product_code === reference);
      const offers = await Promise.all(
        matches.map(async (row) => ({ listing: toListing(row), ...(await this.quote(buyerCompanyId, toListing(row), request.quantity)) })),
      );
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

  private async quote(buyerCompanyId: string, listing: Listing, quantity: number): Promise<{ available: number; quote: PriceQuoteResult }> {
    const manager = this.dataSource.manager;
    const available = await this.reservations.available(manager, listing.id);
    const contract = await this.contractPrices.applicable(manager, buyerCompanyId, listing.id);
    const quote = quotePrice(listing, quantity, available, contract);
    return {
      available,
      quote: quote.ok ? { ...quote, listingId: listing.id } : { ok: false, listingId: listing.id, reason: quote.reason, message: quote.message },
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
