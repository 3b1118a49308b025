import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared product catalogue (categories, products) and each seller's listings of products. */
export class CategoriesProductsListings1763907200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE category (
        id          uuid PRIMARY KEY,
        parent_id   uuid REFERENCES category (id),
        name        text NOT NULL,
        -- ids from the root down to this category, itself included: sub-tree queries use it
        id_path     uuid[] NOT NULL,
        name_path   text[] NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX category_sibling_name_idx ON category (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name))`);
    await queryRunner.query(`CREATE INDEX category_id_path_idx ON category USING gin (id_path)`);
    await queryRunner.query(`
      CREATE TABLE product (
        id                uuid PRIMARY KEY,
        code              text NOT NULL UNIQUE,
        name              text NOT NULL,
        description       text NOT NULL,
        category_id       uuid NOT NULL REFERENCES category (id),
        base_unit         text NOT NULL,
        attributes        jsonb NOT NULL DEFAULT '{}',
        status            text NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'REJECTED')),
        proposed_by       uuid,
        rejection_reason  text,
        search            tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('simple', code), 'A') ||
                            setweight(to_tsvector('english', name), 'A') ||
                            setweight(to_tsvector('english', description), 'B')) STORED,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX product_search_idx ON product USING gin (search)`);
    await queryRunner.query(`CREATE INDEX product_attributes_idx ON product USING gin (attributes jsonb_path_ops)`);
    await queryRunner.query(`CREATE INDEX product_category_idx ON product (category_id)`);
    await queryRunner.query(`
      CREATE TABLE listing (
        id                      uuid PRIMARY KEY,
        seller_company_id       uuid NOT NULL,
        product_id              uuid NOT NULL REFERENCES product (id),
        seller_sku              text NOT NULL,
        region                  text NOT NULL,
        currency                char(3) NOT NULL,
        unit_price_minor        bigint NOT NULL CHECK (unit_price_minor > 0),
        price_breaks            jsonb NOT NULL DEFAULT '[]',
        minimum_order_quantity  bigint NOT NULL CHECK (minimum_order_quantity > 0),
        lot_multiple            bigint NOT NULL CHECK (lot_multiple > 0),
        lead_time_days          integer NOT NULL CHECK (lead_time_days >= 0),
        on_hand                 bigint NOT NULL CHECK (on_hand >= 0),
        status                  text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED')),
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        UNIQUE (seller_company_id, seller_sku)
      )`);
    await queryRunner.query(`CREATE INDEX listing_product_idx ON listing (product_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE listing`);
    await queryRunner.query(`DROP TABLE product`);
    await queryRunner.query(`DROP TABLE category`);
  }
}
