import type { QueryRunner } from 'typeorm';

/** Version 1 of a service's own copy of who may trade. Never edited; a change is a new version. */
export async function createCompanyStatusTableV1(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE company_status (
      company_id    uuid PRIMARY KEY,
      trading_name  text NOT NULL,
      kind          text NOT NULL,
      status        text NOT NULL,
      reason        text NOT NULL,
      changed_at    timestamptz NOT NULL
    )`);
}

export async function dropCompanyStatusTableV1(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE company_status`);
}
