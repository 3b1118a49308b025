import type { ListingHit, SearchResult } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { toListing, type ListingRow } from './listing.row';

export interface SearchInput {
  text?: string;
  categoryId?: string;
  attributes?: Record<string, string>;
  region?: string;
  currency?: string;
  minPriceMinor?: number;
  maxPriceMinor?: number;
  inStockOnly: boolean;
  sellerCompanyId?: string;
  sort: 'PRICE_ASC' | 'PRICE_DESC' | 'RELEVANCE';
  first: number;
  after?: string;
}

interface Cursor {
  /** The sort key of the last hit: its unit price, or its relevance. */
  key: number;
  id: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.key === 'number' && typeof cursor.id === 'string') return cursor;
  } catch {
    // fall through to the refusal
  }
  throw new CatalogError(Code.INVALID_INPUT, 'the cursor is not one this search returned', 'after');
}

interface HitRow extends ListingRow {
  product_code: string;
  product_name: string;
  category_path: string[];
  seller_name: string;
  available: string;
  relevance: number | null;
}

/**
 * Search over what buyers may see, in SQL: PostgreSQL full-text search on products (a GIN
 * index, never a LIKE scan), the category sub-tree through its id path, attributes by jsonb
 * containment, and keyset (cursor) pagination on the sort key and the listing id.
 */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(input: SearchInput): Promise<SearchResult> {
    const parameters: unknown[] = [];
    const bind = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    const text = input.text?.trim();
    if (input.sort === 'RELEVANCE' && !text) throw new CatalogError(Code.INVALID_INPUT, 'sorting by relevance needs search text', 'sort');
    const query = text ? bind(text) : undefined;
    const relevance = query ? `ts_rank(p.search, websearch_to_tsquery('english', ${query}))` : 'NULL::real';
    const available = `l.on_hand - coalesce((SELECT sum(r.quantity) FROM reservation r
                         WHERE r.listing_id = l.id AND r.status = 'ACTIVE' AND r.expires_at > now()), 0)`;
    const conditions = [`l.status = 'ACTIVE'`, `p.status = 'ACTIVE'`, `s.status = 'APPROVED'`];
    if (query) conditions.push(`p.search @@ websearch_to_tsquery('english', ${query})`);
    // `id_path @>` can use the category GIN index; the sub-tree is found first, then its products.
    if (input.categoryId) conditions.push(`p.category_id IN (SELECT id FROM category WHERE id_path @> ARRAY[${bind(input.categoryId)}::uuid])`);
    if (input.attributes && Object.keys(input.attributes).length > 0) conditions.push(`p.attributes @> ${bind(JSON.stringify(input.attributes))}::jsonb`);
    if (input.region) conditions.push(`lower(l.region) = lower(${bind(input.region)})`);
    if (input.currency) conditions.push(`l.currency = ${bind(input.currency)}`);
    if (input.minPriceMinor !== undefined) conditions.push(`l.unit_price_minor >= ${bind(input.minPriceMinor)}`);
    if (input.maxPriceMinor !== undefined) conditions.push(`l.unit_price_minor <= ${bind(input.maxPriceMinor)}`);
    if (input.sellerCompanyId) conditions.push(`l.seller_company_id = ${bind(input.sellerCompanyId)}`);
    if (input.inStockOnly) conditions.push(`l.on_hand > 0 AND (${available}) > 0`);

    // Price order pages on the plain column, so the (unit_price_minor, id) index serves sort, range and cursor at once.
    const [sortKey, keyType, direction] =
      input.sort === 'RELEVANCE' ? [relevance, 'float8', 'DESC'] : ['l.unit_price_minor', 'bigint', input.sort === 'PRICE_DESC' ? 'DESC' : 'ASC'];
    if (input.after) {
      const cursor = decodeCursor(input.after);
      const comparison = direction === 'ASC' ? '>' : '<';
      conditions.push(`(${sortKey}, l.id) ${comparison} (${bind(cursor.key)}::${keyType}, ${bind(cursor.id)}::uuid)`);
    }
    const limit = bind(input.first + 1);
    const rows: Array<HitRow & { sort_key: number }> = await this.dataSource.query(
      `SELECT l.*, p.code AS product_code, p.name AS product_name, c.name_path AS category_path, s.trading_name AS seller_name,
              (${available}) AS available, ${relevance} AS relevance, ${sortKey} AS sort_key
         FROM listing l
         JOIN product p ON p.id = l.product_id
         JOIN category c ON c.id = p.category_id
         JOIN company_status s ON s.company_id = l.seller_company_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${sortKey} ${direction}, l.id ${direction}
        LIMIT ${limit}`,
      parameters,
    );
    const page = rows.slice(0, input.first);
    const last = page[page.length - 1];
    return {
      hits: page.map((row) => this.toHit(row)),
      endCursor: last ? encodeCursor({ key: Number(last.sort_key), id: last.id }) : null,
      hasNextPage: rows.length > input.first,
    };
  }

  private toHit(row: HitRow): ListingHit {
    return {
      listing: toListing(row),
      productCode: row.product_code,
      productName: row.product_name,
      categoryPath: row.category_path,
      sellerTradingName: row.seller_name,
      available: Number(row.available),
      relevance: row.relevance,
    };
  }
}
