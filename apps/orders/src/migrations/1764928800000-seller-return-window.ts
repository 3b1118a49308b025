import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A seller may keep no return window of its own (NULL in its terms): its orders then take the
 * return policy's default, which the returns service keeps and an operator may change. Each
 * seller order says whether its window is its seller's (orders placed before: yes, as they were
 * priced with one); orders still counts the order's `return_window_days` (30 for a seller with
 * none) to complete it.
 */
export class SellerReturnWindow1764928800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE seller_terms ALTER COLUMN return_window_days DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE seller_order ADD COLUMN return_window_set_by_seller boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE seller_order DROP COLUMN return_window_set_by_seller`);
    await queryRunner.query(`UPDATE seller_terms SET return_window_days = 30 WHERE return_window_days IS NULL`);
    await queryRunner.query(`ALTER TABLE seller_terms ALTER COLUMN return_window_days SET NOT NULL`);
  }
}
