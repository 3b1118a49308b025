import { randomUUID } from 'node:crypto';
import { BaseUnit, ProductStatus, type Actor, type Product } from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { returnedRows } from '@lotbook/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { requireOperator, requireTradingSeller } from './catalog-access';

interface ProductRow {
  id: string;
  code: string;
  name: string;
  description: string;
  category_id: string;
  base_unit: BaseUnit;
  attributes: Record<string, string>;
  status: ProductStatus;
  proposed_by: string | null;
  rejection_reason: string | null;
}

export interface ProductInput {
  code: string;
  name: string;
  description: string;
  categoryId: string;
  baseUnit: BaseUnit;
  attributes: Record<string, string>;
}

const toProduct = (row: ProductRow): Product => ({
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  categoryId: row.category_id,
  baseUnit: row.base_unit,
  attributes: row.attributes,
  status: row.status,
  proposedBy: row.proposed_by,
  rejectionReason: row.rejection_reason,
});

/** Products are shared by all sellers: sellers propose them, operators approve them. */
@Injectable()
export class ProductService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly standings: CompanyStatusProjection,
  ) {}

  async propose(actor: Actor, input: ProductInput): Promise<Product> {
    const proposedBy = actor.kind === 'OPERATOR' ? null : await requireTradingSeller(actor, this.standings);
    const code = input.code.trim().toUpperCase();
    const name = input.name.trim();
    if (!/^[A-Z0-9][A-Z0-9._-]{1,63}$/.test(code)) {
      throw new CatalogError(Code.INVALID_INPUT, 'a product code has 2 to 64 letters, digits, dots, dashes or underscores', 'code');
    }
    if (name.length < 2 || name.length > 200) throw new CatalogError(Code.INVALID_INPUT, 'a product name has 2 to 200 characters', 'name');
    for (const [key, value] of Object.entries(input.attributes)) {
      if (!key.trim() || key.length > 60 || value.length > 200) {
        throw new CatalogError(Code.INVALID_INPUT, `attribute "${key}" needs a name of up to 60 and a value of up to 200 characters`, 'attributes');
      }
    }
    const category: unknown[] = await this.dataSource.query(`SELECT 1 FROM category WHERE id = $1`, [input.categoryId]);
    if (category.length === 0) throw new CatalogError(Code.UNKNOWN_CATEGORY, `no category ${input.categoryId}`, 'categoryId');
    try {
      const [row]: ProductRow[] = await this.dataSource.query(
        `INSERT INTO product (id, code, name, description, category_id, base_unit, attributes, status, proposed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [
          randomUUID(),
          code,
          name,
          input.description.trim(),
          input.categoryId,
          input.baseUnit,
          JSON.stringify(input.attributes),
          proposedBy ? ProductStatus.PROPOSED : ProductStatus.ACTIVE,
          proposedBy,
        ],
      );
      return toProduct(row);
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'product_code_key') {
        throw new CatalogError(Code.DUPLICATE_PRODUCT_CODE, `a product with code ${code} already exists`, 'code');
      }
      throw error;
    }
  }

  async review(actor: Actor, productId: string, approve: boolean, reason?: string): Promise<Product> {
    requireOperator(actor, 'review products');
    if (!approve && (reason ?? '').trim().length < 10) {
      throw new CatalogError(Code.REASON_REQUIRED, 'rejecting a product needs a written reason of at least 10 characters', 'reason');
    }
    return this.dataSource.transaction(async (transaction) => {
      const product = await this.find(transaction, productId, { forUpdate: true });
      if (product.status !== ProductStatus.PROPOSED) {
        throw new CatalogError(Code.PRODUCT_NOT_PROPOSED, `product ${product.code} is ${product.status}, not PROPOSED`);
      }
      const [row] = returnedRows<ProductRow>(
        await transaction.query(`UPDATE product SET status = $2, rejection_reason = $3, updated_at = now() WHERE id = $1 RETURNING *`, [
          productId,
          approve ? ProductStatus.ACTIVE : ProductStatus.REJECTED,
          approve ? null : (reason ?? '').trim(),
        ]),
      );
      return toProduct(row);
    });
  }

  /**
   * A product as the asker may see it: ACTIVE ones for everybody; a proposed or rejected one
   * only for operators and the seller that proposed it (others get UNKNOWN_PRODUCT, as for a missing id).
   */
  async view(actor: Actor, productId: string): Promise<Product> {
    const product = await this.find(this.dataSource.manager, productId);
    const mayLook = product.status === ProductStatus.ACTIVE || actor.kind === 'OPERATOR' || (product.proposedBy !== null && product.proposedBy === actor.companyId);
    if (!mayLook) throw new CatalogError(Code.UNKNOWN_PRODUCT, `no product ${productId}`, 'productId');
    return product;
  }

  async find(manager: EntityManager, productId: string, { forUpdate = false } = {}): Promise<Product> {
    const rows: ProductRow[] = await manager.query(`SELECT * FROM product WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [productId]);
    if (!rows[0]) throw new CatalogError(Code.UNKNOWN_PRODUCT, `no product ${productId}`, 'productId');
    return toProduct(rows[0]);
  }
}
