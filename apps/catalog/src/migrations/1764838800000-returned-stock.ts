import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What came back from returns, per return and line: units put back into stock (a buyer's
 * reason) or written off (a seller's or the carrier's fault). The key makes a redelivered
 * receipt change nothing.
 */
export class ReturnedStock1764838800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE returned_stock (
        return_id          uuid NOT NULL,
        line_id            uuid NOT NULL,
        listing_id         uuid NOT NULL,
        seller_company_id  uuid NOT NULL,
        quantity           bigint NOT NULL CHECK (quantity > 0),
        reason             text NOT NULL,
        outcome            text NOT NULL CHECK (outcome IN ('RESTOCKED', 'WRITTEN_OFF')),
        received_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (return_id, line_id)
      )`);
    await queryRunner.query(`CREATE INDEX returned_stock_listing_idx ON returned_stock (listing_id, received_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE returned_stock`);
  }
}
