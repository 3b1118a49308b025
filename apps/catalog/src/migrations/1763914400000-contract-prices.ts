import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A seller's price for one buyer company: on one listing, or on a whole category (sub-categories included). */
export class ContractPrices1763914400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contract_price (
        id                 uuid PRIMARY KEY,
        seller_company_id  uuid NOT NULL,
        buyer_company_id   uuid NOT NULL,
        listing_id         uuid REFERENCES listing (id),
        category_id        uuid REFERENCES category (id),
        unit_price_minor   bigint CHECK (unit_price_minor > 0),
        basis_points       integer CHECK (basis_points BETWEEN 1 AND 10000),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CHECK ((listing_id IS NULL) <> (category_id IS NULL)),
        CHECK ((unit_price_minor IS NULL) <> (basis_points IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX contract_price_listing_idx ON contract_price (buyer_company_id, listing_id) WHERE listing_id IS NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX contract_price_category_idx ON contract_price (seller_company_id, buyer_company_id, category_id) WHERE category_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contract_price`);
  }
}
