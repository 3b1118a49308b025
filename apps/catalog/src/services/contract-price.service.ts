import { randomUUID } from 'node:crypto';
import type { Actor, ContractPriceRecord } from '@lotbook/contracts';
import type { ContractPrice } from '@lotbook/catalog-domain';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { requireTradingSeller } from './catalog-access';

export interface ContractPriceInput {
  buyerCompanyId: string;
  listingId?: string;
  categoryId?: string;
  unitPriceMinor?: number;
  percentOffBasisPoints?: number;
}

interface ContractPriceRow {
  id: string;
  seller_company_id: string;
  buyer_company_id: string;
  listing_id: string | null;
  category_id: string | null;
  unit_price_minor: string | null;
  basis_points: number | null;
}

const toRecord = (row: ContractPriceRow): ContractPriceRecord => ({
  id: row.id,
  sellerCompanyId: row.seller_company_id,
  buyerCompanyId: row.buyer_company_id,
  listingId: row.listing_id,
  categoryId: row.category_id,
  unitPriceMinor: row.unit_price_minor === null ? null : Number(row.unit_price_minor),
  percentOffBasisPoints: row.basis_points,
});

/** Personal prices: a seller's terms for one buyer company, on a listing or on a whole category. */
@Injectable()
export class ContractPriceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly standings: CompanyStatusProjection,
  ) {}

  async set(actor: Actor, input: ContractPriceInput): Promise<ContractPriceRecord> {
    const sellerCompanyId = await requireTradingSeller(actor, this.standings);
    if ((input.listingId === undefined) === (input.categoryId === undefined)) {
      throw new CatalogError(Code.INVALID_INPUT, 'a contract price is for one listing or for one category', 'listingId');
    }
    if ((input.unitPriceMinor === undefined) === (input.percentOffBasisPoints === undefined)) {
      throw new CatalogError(Code.INVALID_INPUT, 'a contract price is a unit price or a percentage off, one of them', 'unitPriceMinor');
    }
    if (input.unitPriceMinor !== undefined && (!Number.isSafeInteger(input.unitPriceMinor) || input.unitPriceMinor <= 0)) {
      throw new CatalogError(Code.NON_POSITIVE_PRICE, 'the contract unit price must be a positive whole number of minor units', 'unitPriceMinor');
    }
    if (input.percentOffBasisPoints !== undefined && (!Number.isSafeInteger(input.percentOffBasisPoints) || input.percentOffBasisPoints < 1 || input.percentOffBasisPoints > 10_000)) {
      throw new CatalogError(Code.INVALID_INPUT, 'a percentage off is 1 to 10000 basis points (0.01 % to 100 %)', 'percentOffBasisPoints');
    }
    if (input.unitPriceMinor !== undefined && input.categoryId !== undefined) {
      throw new CatalogError(Code.INVALID_INPUT, 'a whole category takes a percentage off, not one unit price', 'unitPriceMinor');
    }
    if (input.listingId) {
      const own: unknown[] = await this.dataSource.query(`SELECT 1 FROM listing WHERE id = $1 AND seller_company_id = $2`, [input.listingId, sellerCompanyId]);
      if (own.length === 0) throw new CatalogError(Code.UNKNOWN_LISTING, `no listing ${input.listingId}`, 'listingId');
    } else {
      const category: unknown[] = await this.dataSource.query(`SELECT 1 FROM category WHERE id = $1`, [input.categoryId]);
      if (category.length === 0) throw new CatalogError(Code.UNKNOWN_CATEGORY, `no category ${input.categoryId}`, 'categoryId');
    }
    return this.dataSource.transaction(async (transaction) => {
      // One contract price per buyer and listing (or category): setting it again replaces it.
      await transaction.query(
        `DELETE FROM contract_price WHERE seller_company_id = $1 AND buyer_company_id = $2 AND listing_id IS NOT DISTINCT FROM $3 AND category_id IS NOT DISTINCT FROM $4`,
        [sellerCompanyId, input.buyerCompanyId, input.listingId ?? null, input.categoryId ?? null],
      );
      const [row]: ContractPriceRow[] = await transaction.query(
        `INSERT INTO contract_price (id, seller_company_id, buyer_company_id, listing_id, category_id, unit_price_minor, basis_points)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [randomUUID(), sellerCompanyId, input.buyerCompanyId, input.listingId ?? null, input.categoryId ?? null, input.unitPriceMinor ?? null, input.percentOffBasisPoints ?? null],
      );
      return toRecord(row);
    });
  }

  /**
   * The contract price that applies to a buyer on a listing: the listing's own, else the one of
   * the nearest category above the product (its own category first).
   */
  async applicable(manager: EntityManager, buyerCompanyId: string, listingId: string): Promise<ContractPrice | undefined> {
    return (await this.applicableOf(manager, buyerCompanyId, [listingId])).get(listingId);
  }

  /** `applicable` of many listings in one query: listings with no contract price for the buyer are absent. */
  async applicableOf(manager: EntityManager, buyerCompanyId: string, listingIds: readonly string[]): Promise<Map<string, ContractPrice>> {
    if (listingIds.length === 0) return new Map();
    const rows: Array<ContractPriceRow & { for_listing: string }> = await manager.query(
      `SELECT DISTINCT ON (l.id) l.id AS for_listing, cp.*
         FROM listing l
         JOIN product p ON p.id = l.product_id
         JOIN category c ON c.id = p.category_id
         JOIN contract_price cp ON cp.seller_company_id = l.seller_company_id AND cp.buyer_company_id = $1
                               AND (cp.listing_id = l.id OR cp.category_id = ANY (c.id_path))
        WHERE l.id = ANY ($2::uuid[])
        ORDER BY l.id, (cp.listing_id IS NULL), array_position(c.id_path, cp.category_id) DESC NULLS FIRST`,
      [buyerCompanyId, [...listingIds]],
    );
    return new Map(
      rows.map((row): [string, ContractPrice] => {
        const scope = row.listing_id ? 'LISTING' : 'CATEGORY';
        return [
          row.for_listing,
          row.unit_price_minor !== null
            ? { kind: 'UNIT_PRICE', unitPriceMinor: Number(row.unit_price_minor), scope }
            : { kind: 'PERCENT_OFF', basisPoints: row.basis_points as number, scope },
        ];
      }),
    );
  }
}
