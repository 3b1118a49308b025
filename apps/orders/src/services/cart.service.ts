import { randomUUID } from 'node:crypto';
import { CompanyRole, type Actor, type CartRecord, type PricedLine } from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogClient } from '../clients/catalog.client';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

/** The buyer roles that fill carts and place purchases. */
export const BUYING_ROLES: readonly string[] = [CompanyRole.ADMIN, CompanyRole.PURCHASER, CompanyRole.APPROVER];

interface CartLineRow {
  id: string;
  company_id: string;
  listing_id: string;
  seller_company_id: string;
  currency: string;
  quantity: string;
  added_at: Date;
}

/** The buyer company acting, or a typed refusal: a user of a company with a buying role. */
export function buyingCompany(actor: Actor): string {
  if (actor.kind !== 'USER' || !actor.companyId) throw new OrdersError(Code.FORBIDDEN, 'only a company user buys');
  if (!actor.roles.some((role) => BUYING_ROLES.includes(role))) {
    throw new OrdersError(Code.FORBIDDEN, 'buying takes the ADMIN, PURCHASER or APPROVER role');
  }
  return actor.companyId;
}

/** Why catalog's quote refused a quantity, as the orders code the buyer sees. */
export const QUOTE_REFUSAL_CODES = {
  NON_POSITIVE_QUANTITY: Code.NON_POSITIVE_QUANTITY,
  BELOW_MINIMUM_ORDER_QUANTITY: Code.QUANTITY_BELOW_MINIMUM,
  NOT_A_LOT_MULTIPLE: Code.NOT_A_LOT_MULTIPLE,
  MORE_THAN_AVAILABLE: Code.INSUFFICIENT_STOCK,
} as const satisfies Record<Extract<NonNullable<PricedLine['quote']>, { ok: false }>['reason'], Code>;

/** A line the buyer may not order, as a typed refusal naming it. */
export function quoteProblem(line: PricedLine, buyerCompanyId: string): OrdersError | undefined {
  const field = `listingId:${line.listingId}`;
  if (!line.listing) return new OrdersError(Code.UNKNOWN_LISTING, `listing ${line.listingId} is unknown, paused or not on sale`, field);
  if (line.listing.sellerCompanyId === buyerCompanyId)
    return new OrdersError(Code.OWN_LISTING, 'a company cannot buy its own listing', field);
  if (line.quote && !line.quote.ok) {
    return new OrdersError(
      QUOTE_REFUSAL_CODES[line.quote.reason],
      `${line.productName ?? 'listing'} (${line.listing.sellerSku}): ${line.quote.message}`,
      field,
    );
  }
  return undefined;
}

function cartRecord(companyId: string, lines: readonly CartLineRow[]): CartRecord {
  return {
    companyId,
    currency: lines[0]?.currency.trim() ?? null,
    lines: lines.map((line) => ({
      id: line.id,
      listingId: line.listing_id,
      sellerCompanyId: line.seller_company_id,
      currency: line.currency.trim(),
      quantity: Number(line.quantity),
      addedAt: line.added_at.toISOString(),
    })),
  };
}

/** One cart per buyer company, shared by its users, in one currency, with lines from any number of sellers. */
@Injectable()
export class CartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: CatalogClient,
    private readonly standings: CompanyStatusProjection,
  ) {}

  async get(actor: Actor): Promise<CartRecord> {
    return this.view(this.dataSource.manager, buyingCompany(actor));
  }

  async add(actor: Actor, listingId: string, quantity: number): Promise<CartRecord> {
    const companyId = buyingCompany(actor);
    if ((await this.standings.approvedKind(companyId)) === 'SELLER')
      throw new OrdersError(Code.FORBIDDEN, 'a company registered as a seller only does not buy');
    const current = await this.lines(this.dataSource.manager, companyId);
    const existing = current.find((line) => line.listing_id === listingId);
    const total = (existing ? Number(existing.quantity) : 0) + quantity;
    if (!Number.isSafeInteger(quantity) || quantity <= 0) {
      throw new OrdersError(Code.NON_POSITIVE_QUANTITY, 'a quantity is a positive whole number of base units', 'quantity');
    }
    const line = await this.checked(companyId, listingId, total, current);
    const [written]: CartLineRow[] = await this.dataSource.query(
      `INSERT INTO cart_line (id, company_id, listing_id, seller_company_id, currency, quantity) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (company_id, listing_id) DO UPDATE SET quantity = $6 RETURNING *`,
      [randomUUID(), companyId, listingId, line.listing?.sellerCompanyId, line.listing?.currency, total],
    );
    // The cart as read before, with the written line in its place: no second read.
    const after = [...current.filter((row) => row.id !== written.id), written].sort(
      (a, b) => a.added_at.getTime() - b.added_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return cartRecord(companyId, after);
  }

  async update(actor: Actor, lineId: string, quantity: number): Promise<CartRecord> {
    const companyId = buyingCompany(actor);
    const current = await this.lines(this.dataSource.manager, companyId);
    const line = current.find((candidate) => candidate.id === lineId);
    if (!line) throw new OrdersError(Code.UNKNOWN_CART_LINE, `no line ${lineId} in your cart`, 'lineId');
    if (quantity === 0) {
      await this.dataSource.query(`DELETE FROM cart_line WHERE id = $1`, [lineId]);
    } else {
      if (!Number.isSafeInteger(quantity) || quantity < 0) {
        throw new OrdersError(Code.NON_POSITIVE_QUANTITY, 'a quantity is a whole number of base units; 0 removes the line', 'quantity');
      }
      await this.checked(companyId, line.listing_id, quantity, current);
      await this.dataSource.query(`UPDATE cart_line SET quantity = $2 WHERE id = $1`, [lineId, quantity]);
    }
    return this.view(this.dataSource.manager, companyId);
  }

  async clear(actor: Actor): Promise<CartRecord> {
    const companyId = buyingCompany(actor);
    await this.dataSource.query(`DELETE FROM cart_line WHERE company_id = $1`, [companyId]);
    return this.view(this.dataSource.manager, companyId);
  }

  async lines(manager: EntityManager, companyId: string): Promise<CartLineRow[]> {
    return manager.query(`SELECT * FROM cart_line WHERE company_id = $1 ORDER BY added_at, id`, [companyId]);
  }

  async view(manager: EntityManager, companyId: string): Promise<CartRecord> {
    return cartRecord(companyId, await this.lines(manager, companyId));
  }

  /** The listing may be bought by this buyer in this quantity (stock is checked at checkout), in the cart's currency. */
  private async checked(companyId: string, listingId: string, quantity: number, current: CartLineRow[]): Promise<PricedLine> {
    const [line] = await this.catalog.priceLines(companyId, [{ listingId, quantity }]);
    const problem = quoteProblem(line, companyId);
    if (problem && problem.code !== Code.INSUFFICIENT_STOCK) throw problem;
    const other = current.find((row) => row.listing_id !== listingId);
    if (line.listing && other && other.currency.trim() !== line.listing.currency) {
      throw new OrdersError(
        Code.MIXED_CURRENCIES,
        `your cart is in ${other.currency.trim()}; this listing is priced in ${line.listing.currency}. Check out or clear the cart first`,
        'listingId',
      );
    }
    return line;
  }
}
