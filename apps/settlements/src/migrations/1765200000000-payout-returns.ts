import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A PAID payout the bank sent back is RETURNED: when, by whom, why, and the correction entry that
 * reversed its posting.
 */
export class PayoutReturns1765200000000 implements MigrationInterface {
  name = 'PayoutReturns1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE payout
        DROP CONSTRAINT payout_status_check,
        ADD CONSTRAINT payout_status_check CHECK (status IN ('SCHEDULED', 'DUE', 'PAID', 'RETURNED')),
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN returned_by uuid,
        ADD COLUMN return_reason text,
        ADD COLUMN return_entry_id uuid REFERENCES journal_entry (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE payout
        DROP COLUMN return_entry_id,
        DROP COLUMN return_reason,
        DROP COLUMN returned_by,
        DROP COLUMN returned_at,
        DROP CONSTRAINT payout_status_check,
        ADD CONSTRAINT payout_status_check CHECK (status IN ('SCHEDULED', 'DUE', 'PAID'))`);
  }
}
