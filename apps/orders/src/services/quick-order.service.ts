import { DomainError, type Actor, type CartRecord, type QuickOrderRow } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { CatalogClient } from '../clients/catalog.client';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';
import { buyingCompany, CartService, QUOTE_REFUSAL_CODES } from './cart.service';
import { OrderQueryService } from './order-query.service';

const MAX_ROWS = 2000;

/**
 * Reads a pasted list or a CSV of (seller SKU or product code, quantity): comma, semicolon or
 * tab separated, an optional header line. Returns the rows with their line numbers.
 */
export function parseQuickOrder(text: string): Array<{ line: number; reference: string; quantity: number | null }> {
  const rows: Array<{ line: number; reference: string; quantity: number | null }> = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const cells = raw
      .split(/[,;\t]/)
      .map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'))
      .filter((cell, position) => position < 2 || cell.length > 0);
    if (cells.every((cell) => cell.length === 0)) return;
    const quantityText = (cells[1] ?? '').replace(/\s/g, '');
    if (index === 0 && !/^\d+$/.test(quantityText)) return; // a header
    rows.push({ line: index + 1, reference: cells[0] ?? '', quantity: /^\d+$/.test(quantityText) ? Number(quantityText) : null });
  });
  return rows;
}

/** Large and repeat orders: a quick order from a list of SKUs, and a reorder of an earlier purchase at today's prices. */
@Injectable()
export class QuickOrderService {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly carts: CartService,
    private readonly queries: OrderQueryService,
  ) {}

  async quickOrder(actor: Actor, text: string): Promise<{ rows: QuickOrderRow[]; cart: CartRecord }> {
    const companyId = buyingCompany(actor);
    const parsed = parseQuickOrder(text);
    if (parsed.length === 0) throw new OrdersError(Code.INVALID_INPUT, 'the list has no rows of (SKU or product code, quantity)', 'csv');
    if (parsed.length > MAX_ROWS) throw new OrdersError(Code.INVALID_INPUT, `at most ${MAX_ROWS} rows at a time`, 'csv');
    const valid = parsed.filter((row) => row.reference.length > 0 && row.quantity !== null && row.quantity > 0);
    const resolved =
      valid.length > 0
        ? await this.catalog.resolveReferences(
            companyId,
            valid.map((row) => ({ reference: row.reference, quantity: row.quantity as number })),
          )
        : [];
    const rows: QuickOrderRow[] = [];
    for (const row of parsed) {
      const base = { line: row.line, reference: row.reference, quantity: row.quantity };
      if (!row.reference || row.quantity === null || row.quantity <= 0) {
        rows.push({
          ...base,
          outcome: 'REJECTED',
          listingId: null,
          code: Code.INVALID_INPUT,
          message: 'a row is a SKU or product code and a positive whole quantity',
          alternatives: [],
        });
        continue;
      }
      const match = resolved[valid.indexOf(row)];
      const offers = match.offers.filter((offer) => offer.listing.sellerCompanyId !== companyId);
      const alternatives = offers.map((offer) => ({
        listingId: offer.listing.id,
        sellerCompanyId: offer.listing.sellerCompanyId,
        unitPriceMinor: offer.quote.ok ? offer.quote.unitPriceMinor : offer.listing.unitPriceMinor,
        available: offer.available,
      }));
      const best = offers.find((offer) => offer.quote.ok);
      if (!best) {
        const first = offers[0];
        rows.push({
          ...base,
          outcome: 'REJECTED',
          listingId: null,
          code: first ? (first.quote.ok ? Code.INVALID_INPUT : QUOTE_REFUSAL_CODES[first.quote.reason]) : Code.UNKNOWN_LISTING,
          message: first && !first.quote.ok ? first.quote.message : `no offer on sale for "${row.reference}"`,
          alternatives,
        });
        continue;
      }
      rows.push(
        await this.add(
          actor,
          base,
          best.listing.id,
          row.quantity,
          alternatives.filter((offer) => offer.listingId !== best.listing.id),
        ),
      );
    }
    return { rows, cart: await this.carts.get(actor) };
  }

  async reorder(actor: Actor, purchaseId: string): Promise<{ rows: QuickOrderRow[]; cart: CartRecord }> {
    const purchase = await this.queries.purchase(actor, purchaseId);
    const rows: QuickOrderRow[] = [];
    let line = 0;
    for (const order of purchase.orders) {
      for (const orderLine of order.lines) {
        line += 1;
        const quantity = orderLine.quantity + orderLine.refusedQuantity;
        rows.push(await this.add(actor, { line, reference: orderLine.sellerSku, quantity }, orderLine.listingId, quantity, []));
      }
    }
    return { rows, cart: await this.carts.get(actor) };
  }

  private async add(
    actor: Actor,
    base: Pick<QuickOrderRow, 'line' | 'reference' | 'quantity'>,
    listingId: string,
    quantity: number,
    alternatives: QuickOrderRow['alternatives'],
  ): Promise<QuickOrderRow> {
    try {
      await this.carts.add(actor, listingId, quantity);
      return { ...base, outcome: 'ADDED', listingId, code: null, message: null, alternatives };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { ...base, outcome: 'REJECTED', listingId, code: error.code, message: error.message, alternatives };
    }
  }
}
