import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads are tried a bounded number of times (a file that fails every time is marked FAILED
 * and the queue moves on), and sellers take turns: the next upload is the one of the seller
 * whose last try is the oldest.
 */
export class UploadAttempts1765000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE catalog_upload ADD COLUMN attempts integer NOT NULL DEFAULT 0, ADD COLUMN last_attempt_at timestamptz`,
    );
    await queryRunner.query(`CREATE INDEX catalog_upload_seller_turn_idx ON catalog_upload (seller_company_id, last_attempt_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX catalog_upload_seller_turn_idx`);
    await queryRunner.query(`ALTER TABLE catalog_upload DROP COLUMN last_attempt_at, DROP COLUMN attempts`);
  }
}
