import { randomUUID } from 'node:crypto';
import { BaseUnit, listingChanged, ProductStatus, type Actor, type Listing, type PriceQuoteResult } from '@lotbook/contracts';
import { listingTermsProblems, quotePrice, sameListingTerms } from '@lotbook/catalog-domain';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { Outbox } from '@lotbook/messaging';
import { returnedRows } from '@lotbook/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { requireTradingSeller } from './catalog-access';
import { ContractPriceService } from './contract-price.service';
import { listTermsProblemsCode } from './listing-problems';
import { toListing, type ListingRow } from './listing.row';
import { ProductService } from './product.service';
import { ReservationService } from './reservation.service';

export type ListingInput = Omit<Listing, 'id' | 'sellerCompanyId'>;

/** One seller's offer of one product from one region: price, terms and stock. */
@Injectable()
export class ListingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly products: ProductService,
    private readonly standings: CompanyStatusProjection,
    private readonly reservations: ReservationService,
    private readonly contractPrices: ContractPriceService,
  ) {}

  /** Creates or updates the seller's listing with this SKU; refuses bad terms whole, changing nothing. */
  async save(actor: Actor, input: ListingInput): Promise<Listing> {
    const sellerCompanyId = await requireTradingSeller(actor, this.standings);
    const sellerSku = input.sellerSku.trim();
    const region = input.region.trim();
    if (sellerSku.length < 1 || sellerSku.length > 64)
      throw new CatalogError(Code.INVALID_INPUT, 'a seller SKU has 1 to 64 characters', 'sellerSku');
    if (region.length < 2 || region.length > 80)
      throw new CatalogError(Code.INVALID_INPUT, 'a warehouse region has 2 to 80 characters', 'region');
    if (!Number.isSafeInteger(input.onHand) || input.onHand < 0) {
      throw new CatalogError(Code.NON_POSITIVE_QUANTITY, 'stock on hand is a whole number, zero or more', 'onHand');
    }
    if (!Number.isSafeInteger(input.leadTimeDays) || input.leadTimeDays < 0 || input.leadTimeDays > 365) {
      throw new CatalogError(Code.INVALID_INPUT, 'the lead time is 0 to 365 days', 'leadTimeDays');
    }
    const [problem] = listingTermsProblems(input);
    if (problem) throw new CatalogError(listTermsProblemsCode(problem.code), problem.message, problem.field);

    return this.dataSource.transaction(async (transaction) => {
      const product = await this.products.find(transaction, input.productId);
      if (product.status !== ProductStatus.ACTIVE) {
        throw new CatalogError(
          Code.PRODUCT_NOT_ACTIVE,
          `product ${product.code} is ${product.status}; list it once an operator approves it`,
          'productId',
        );
      }
      const existing: ListingRow[] = await transaction.query(
        `SELECT * FROM listing WHERE seller_company_id = $1 AND seller_sku = $2 FOR UPDATE`,
        [sellerCompanyId, sellerSku],
      );
      const current = existing[0] && toListing(existing[0]);
      if (current && current.productId !== input.productId) {
        throw new CatalogError(Code.INVALID_INPUT, `SKU ${sellerSku} already lists another product; use a new SKU`, 'sellerSku');
      }
      const terms = { ...input, region };
      // Saving what is already stored changes nothing and tells nobody.
      if (current && current.onHand === input.onHand && sameListingTerms(current, terms)) return current;
      if (current && input.onHand < current.onHand) {
        const reserved = current.onHand - (await this.reservations.available(transaction, current.id));
        if (input.onHand < reserved) {
          throw new CatalogError(Code.STOCK_BELOW_RESERVED, `${reserved} units are reserved; on hand cannot go below that`, 'onHand');
        }
      }
      const values = [
        region,
        input.currency,
        input.unitPriceMinor,
        JSON.stringify(input.priceBreaks),
        input.minimumOrderQuantity,
        input.lotMultiple,
        input.leadTimeDays,
        input.onHand,
        input.status,
      ];
      const [row] = returnedRows<ListingRow>(
        existing[0]
          ? await transaction.query(
              `UPDATE listing SET region = $2, currency = $3, unit_price_minor = $4, price_breaks = $5, minimum_order_quantity = $6,
                    lot_multiple = $7, lead_time_days = $8, on_hand = $9, status = $10, updated_at = now()
              WHERE id = $1 RETURNING *`,
              [existing[0].id, ...values],
            )
          : await transaction.query(
              `INSERT INTO listing (id, seller_company_id, product_id, seller_sku, region, currency, unit_price_minor, price_breaks,
                                  minimum_order_quantity, lot_multiple, lead_time_days, on_hand, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
              [randomUUID(), sellerCompanyId, input.productId, sellerSku, ...values],
            ),
      );
      const listing = toListing(row);
      await this.outbox.enqueue(transaction, listingChanged, {
        key: listing.productId,
        payload: { change: !current ? 'CREATED' : sameListingTerms(current, listing) ? 'STOCK_CHANGED' : 'CHANGED', listing },
      });
      return listing;
    });
  }

  /**
   * The price of a quantity for the asking buyer. A listing the buyer may not see (not ACTIVE,
   * or its seller not APPROVED) is refused exactly as a missing one. The buyer's contract
   * price applies when it is lower than the volume price.
   */
  async quote(buyer: Actor, listingId: string, quantity: number): Promise<PriceQuoteResult> {
    const listing = await this.visible(this.dataSource.manager, listingId);
    if (!listing) throw new CatalogError(Code.UNKNOWN_LISTING, `no listing ${listingId}`, 'listingId');
    const available = await this.reservations.available(this.dataSource.manager, listingId);
    const contract = buyer.companyId ? await this.contractPrices.applicable(this.dataSource.manager, buyer.companyId, listingId) : undefined;
    const quote = quotePrice(listing, quantity, available, contract);
    return quote.ok ? { ...quote, listingId } : { ok: false, listingId, reason: quote.reason, message: quote.message };
  }

  /**
   * Every visible offer of a product, quoted for the buyer at `quantity` (or, without one, at
   * each listing's minimum order quantity); offers that can be quoted come first, cheapest first.
   */
  async offers(buyer: Actor, productId: string, quantity?: number) {
    const rows: Array<ListingRow & { seller_name: string }> = await this.dataSource.query(
      `SELECT l.*, s.trading_name AS seller_name FROM listing l
         JOIN company_status s ON s.company_id = l.seller_company_id
         JOIN product p ON p.id = l.product_id
        WHERE l.product_id = $1 AND l.status = 'ACTIVE' AND s.status = 'APPROVED' AND p.status = 'ACTIVE'`,
      [productId],
    );
    const offers = await Promise.all(
      rows.map(async (row) => {
        const listing = toListing(row);
        return {
          listing,
          sellerTradingName: row.seller_name,
          available: await this.reservations.available(this.dataSource.manager, listing.id),
          quote: await this.quote(buyer, listing.id, quantity ?? listing.minimumOrderQuantity),
        };
      }),
    );
    const price = (offer: (typeof offers)[number]) => (offer.quote.ok ? offer.quote.unitPriceMinor : Number.MAX_SAFE_INTEGER);
    return offers.sort((a, b) => price(a) - price(b) || a.listing.id.localeCompare(b.listing.id));
  }

  /** What trading needs to accept an order: the product's standing, or the listing as it is now. */
  async tradingTerms(productId?: string, listingId?: string) {
    const products: Array<{ id: string; code: string; status: ProductStatus; base_unit: BaseUnit }> = productId
      ? await this.dataSource.query(`SELECT id, code, status, base_unit FROM product WHERE id = $1`, [productId])
      : [];
    const listings: ListingRow[] = listingId ? await this.dataSource.query(`SELECT * FROM listing WHERE id = $1`, [listingId]) : [];
    const product = products[0];
    return {
      product: product ? { id: product.id, code: product.code, status: product.status, baseUnit: product.base_unit } : null,
      listing: listings[0] ? toListing(listings[0]) : null,
    };
  }

  private async visible(manager: EntityManager, listingId: string): Promise<Listing | undefined> {
    const rows: ListingRow[] = await manager.query(
      `SELECT l.* FROM listing l JOIN company_status s ON s.company_id = l.seller_company_id
        WHERE l.id = $1 AND l.status = 'ACTIVE' AND s.status = 'APPROVED'`,
      [listingId],
    );
    return rows[0] && toListing(rows[0]);
  }
}
