import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Legal entities a company trades through, and the commercial terms operators set for it. */
export class LegalEntitiesCommercialTerms1763907200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE legal_entity (
        id          uuid PRIMARY KEY,
        company_id  uuid NOT NULL REFERENCES company (id),
        name        text NOT NULL,
        tax_id      text NOT NULL,
        address     text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (company_id, tax_id)
      )`);
    await queryRunner.query(`
      ALTER TABLE company
        ADD COLUMN account_manager_id        uuid REFERENCES operator_account (id),
        ADD COLUMN terms_currency            char(3),
        ADD COLUMN credit_limit_minor        bigint CHECK (credit_limit_minor >= 0),
        ADD COLUMN payment_term_days         integer CHECK (payment_term_days BETWEEN 0 AND 365),
        ADD COLUMN approval_threshold_minor  bigint CHECK (approval_threshold_minor >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE company DROP COLUMN account_manager_id, DROP COLUMN terms_currency, DROP COLUMN credit_limit_minor,
        DROP COLUMN payment_term_days, DROP COLUMN approval_threshold_minor`);
    await queryRunner.query(`DROP TABLE legal_entity`);
  }
}
