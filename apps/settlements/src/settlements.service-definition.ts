import { CompanyStatusModule } from '@lotbook/company-status';
import type { ServiceDefinition } from '@lotbook/platform';
import { settlementsMigrations } from './migrations';

/** The settlements service: what it is made of, for main.ts and for tests that boot it. */
export const settlementsService: ServiceDefinition = {
  name: 'settlements',
  imports: [CompanyStatusModule],
  entities: [],
  migrations: settlementsMigrations,
};
