import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createCompanyStatusTableV1, dropCompanyStatusTableV1 } from './company-status.migration';

// TypeORM records an applied migration by its class name: every service with this projection
// has applied it under this name (from the copy each app kept before this list). Never rename it.

/** The service's own projection of which companies may trade. */
export class CompanyStatus1763903600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createCompanyStatusTableV1(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropCompanyStatusTableV1(queryRunner);
  }
}

/** The projection's migrations, oldest first, for a service to spread into its own list. */
export const companyStatusMigrations = [CompanyStatus1763903600000] as const;
