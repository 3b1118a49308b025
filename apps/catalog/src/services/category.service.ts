import { randomUUID } from 'node:crypto';
import type { Actor, Category } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { requireOperator } from './catalog-access';

interface CategoryRow {
  id: string;
  parent_id: string | null;
  name: string;
  name_path: string[];
}

const toCategory = (row: CategoryRow): Category => ({ id: row.id, parentId: row.parent_id, name: row.name, path: row.name_path });

/** The category tree operators manage; every product sits in one category. */
@Injectable()
export class CategoryService {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Actor, rawName: string, parentId?: string): Promise<Category> {
    requireOperator(actor, 'manage categories');
    const name = rawName.trim();
    if (name.length < 2 || name.length > 120) throw new CatalogError(Code.INVALID_INPUT, 'a category name has 2 to 120 characters', 'name');
    return this.dataSource.transaction(async (transaction) => {
      let idPath: string[] = [];
      let namePath: string[] = [];
      if (parentId) {
        const parents: Array<{ id_path: string[]; name_path: string[] }> = await transaction.query(
          `SELECT id_path, name_path FROM category WHERE id = $1`,
          [parentId],
        );
        if (!parents[0]) throw new CatalogError(Code.UNKNOWN_CATEGORY, `no category ${parentId}`, 'parentId');
        idPath = parents[0].id_path;
        namePath = parents[0].name_path;
      }
      const id = randomUUID();
      try {
        const [row]: CategoryRow[] = await transaction.query(
          `INSERT INTO category (id, parent_id, name, id_path, name_path) VALUES ($1, $2, $3, $4, $5)
           RETURNING id, parent_id, name, name_path`,
          [id, parentId ?? null, name, [...idPath, id], [...namePath, name]],
        );
        return toCategory(row);
      } catch (error) {
        if ((error as { constraint?: string }).constraint === 'category_sibling_name_idx') {
          throw new CatalogError(Code.DUPLICATE_CATEGORY, `there is already a category "${name}" there`, 'name');
        }
        throw error;
      }
    });
  }

  async list(): Promise<Category[]> {
    const rows: CategoryRow[] = await this.dataSource.query(`SELECT id, parent_id, name, name_path FROM category ORDER BY name_path`);
    return rows.map(toCategory);
  }
}
