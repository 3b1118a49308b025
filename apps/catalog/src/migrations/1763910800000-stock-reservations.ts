import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stock held for asks and purchases. Available = on hand - active, unexpired reservations. */
export class StockReservations1763910800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reservation (
        id          uuid PRIMARY KEY,
        listing_id  uuid NOT NULL REFERENCES listing (id),
        owner_ref   text NOT NULL,
        quantity    bigint NOT NULL CHECK (quantity > 0),
        status      text NOT NULL CHECK (status IN ('ACTIVE', 'RELEASED', 'COMMITTED')),
        expires_at  timestamptz NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX reservation_active_idx ON reservation (listing_id, expires_at) WHERE status = 'ACTIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reservation`);
  }
}
