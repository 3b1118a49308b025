import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders' copy of the return policy's default window, which returns owns and tells by
 * `returns.policy.changed`: one row, holding the highest version heard of. It starts at version
 * 1's 30 days (the defaults returns seeds), so an order whose seller set no window of its own
 * completes after 30 days until an operator's change arrives.
 */
export class ReturnPolicyProjection1764936000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE return_policy_projection (
        id                          boolean PRIMARY KEY DEFAULT true CHECK (id),
        version                     integer NOT NULL CHECK (version >= 1),
        default_return_window_days  integer NOT NULL CHECK (default_return_window_days BETWEEN 0 AND 365),
        changed_at                  timestamptz,
        received_at                 timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO return_policy_projection (version, default_return_window_days) VALUES (1, 30)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE return_policy_projection`);
  }
}
