import { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from '@lotbook/company-status';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trading service's own projection of which companies may trade. */
export class CompanyStatus1763903600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createCompanyStatusTableV1(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropCompanyStatusTableV1(queryRunner);
  }
}
