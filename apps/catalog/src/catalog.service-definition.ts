import { CompanyStatusModule } from '@lotbook/company-status';
import type { ServiceDefinition } from '@lotbook/platform';
import { catalogMigrations } from './migrations';

/** The catalog service: what it is made of, for main.ts and for tests that boot it. */
export const catalogService: ServiceDefinition = {
  name: 'catalog',
  defaultHttpPort: 3102,
  imports: [CompanyStatusModule],
  entities: [],
  migrations: catalogMigrations,
};
