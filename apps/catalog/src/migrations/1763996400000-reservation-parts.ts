import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An ask's reservation is committed a trade at a time and released a part at a time:
 * `quantity` is what is still held, `committed_quantity` what has been sold from it.
 */
export class ReservationParts1763996400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reservation ADD COLUMN committed_quantity bigint NOT NULL DEFAULT 0 CHECK (committed_quantity >= 0)`);
    await queryRunner.query(`ALTER TABLE reservation DROP CONSTRAINT reservation_quantity_check`);
    await queryRunner.query(`ALTER TABLE reservation ADD CONSTRAINT reservation_quantity_check CHECK (quantity >= 0)`);
    await queryRunner.query(`UPDATE reservation SET committed_quantity = quantity WHERE status = 'COMMITTED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reservation DROP CONSTRAINT reservation_quantity_check`);
    await queryRunner.query(`ALTER TABLE reservation ADD CONSTRAINT reservation_quantity_check CHECK (quantity > 0)`);
    await queryRunner.query(`ALTER TABLE reservation DROP COLUMN committed_quantity`);
  }
}
