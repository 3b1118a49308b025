import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bids go through orders: the ones waiting for an approver, and every placed bid's value held
 * against its buyer's credit until it fills or closes: its open quantity × its limit price, where
 * the open quantity is the least of what the book last said (order events) and what trades left
 * (trade events), so the two streams may arrive in any order.
 */
export class BidRequests1764752400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE bid_request (
        id                 uuid PRIMARY KEY,
        buyer_company_id   uuid NOT NULL,
        legal_entity_id    uuid,
        placed_by_user_id  uuid NOT NULL,
        product_id         uuid NOT NULL,
        currency           char(3) NOT NULL,
        quantity           bigint NOT NULL,
        limit_price_minor  bigint NOT NULL,
        request            jsonb NOT NULL,
        status             text NOT NULL,
        decided_by         uuid,
        reason             text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        expires_at         timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX bid_request_buyer_idx ON bid_request (buyer_company_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE bid_hold (
        bid_id             uuid PRIMARY KEY REFERENCES bid_request (id),
        buyer_company_id   uuid NOT NULL,
        currency           char(3) NOT NULL,
        limit_price_minor  bigint NOT NULL,
        quantity           bigint NOT NULL,
        filled_quantity    bigint NOT NULL DEFAULT 0,
        open_snapshot      bigint NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX bid_hold_buyer_idx ON bid_hold (buyer_company_id, currency)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE bid_hold`);
    await queryRunner.query(`DROP TABLE bid_request`);
  }
}
