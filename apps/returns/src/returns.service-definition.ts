import { CompanyStatusModule } from '@lotbook/company-status';
import type { ServiceDefinition } from '@lotbook/platform';
import { returnsMigrations } from './migrations';

/** The returns service: what it is made of, for main.ts and for tests that boot it. */
export const returnsService: ServiceDefinition = {
  name: 'returns',
  imports: [CompanyStatusModule],
  entities: [],
  migrations: returnsMigrations,
};
