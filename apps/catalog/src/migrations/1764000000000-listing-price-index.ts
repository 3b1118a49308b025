import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Search by price: sort, price range and cursor all walk this index instead of every listing. */
export class ListingPriceIndex1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX listing_active_price_idx ON listing (unit_price_minor, id) WHERE status = 'ACTIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX listing_active_price_idx`);
  }
}
