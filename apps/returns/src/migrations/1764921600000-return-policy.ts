import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The return policy's tables an operator may change, versioned: every version is a row that is
 * never changed (a change adds the next one, with who, when, why and what moved), seeded with
 * the issue's defaults as version 1. Each return request and seller return keeps the version it
 * was filed under (those filed before this migration: version 1, the defaults they were quoted
 * with). Returns' copy of a seller order may now hold no window of its own (NULL: its seller set
 * none, and the policy's default applies).
 */
export class ReturnPolicy1764921600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE return_policy (
        version                     integer PRIMARY KEY CHECK (version >= 1),
        fault_by_reason             jsonb NOT NULL,
        default_return_window_days  integer NOT NULL CHECK (default_return_window_days BETWEEN 0 AND 365),
        differences                 jsonb NOT NULL,
        changed_by_kind             text NOT NULL CHECK (changed_by_kind IN ('OPERATOR', 'SYSTEM')),
        changed_by_id               uuid,
        note                        text NOT NULL,
        changed_at                  timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      `INSERT INTO return_policy (version, fault_by_reason, default_return_window_days, differences, changed_by_kind, note)
       VALUES (1, $1, 30, '[]', 'SYSTEM', $2)`,
      [
        JSON.stringify({
          DEFECTIVE: 'SELLER',
          NOT_AS_DESCRIBED: 'SELLER',
          WRONG_ITEM: 'SELLER',
          CHANGED_MIND: 'BUYER',
          ORDERED_BY_MISTAKE: 'BUYER',
          DAMAGED_IN_TRANSIT: 'CARRIER',
        }),
        'The defaults of the return policy (issue 15)',
      ],
    );
    for (const table of ['return_request', 'seller_return']) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN policy_version integer NOT NULL DEFAULT 1 REFERENCES return_policy (version)`,
      );
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN policy_version DROP DEFAULT`);
    }
    await queryRunner.query(`ALTER TABLE seller_order ALTER COLUMN return_window_days DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE seller_order SET return_window_days = 30 WHERE return_window_days IS NULL`);
    await queryRunner.query(`ALTER TABLE seller_order ALTER COLUMN return_window_days SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE seller_return DROP COLUMN policy_version`);
    await queryRunner.query(`ALTER TABLE return_request DROP COLUMN policy_version`);
    await queryRunner.query(`DROP TABLE return_policy`);
  }
}
