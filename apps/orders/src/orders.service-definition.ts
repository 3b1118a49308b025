import { CompanyStatusModule } from '@lotbook/company-status';
import type { ServiceDefinition } from '@lotbook/platform';
import { ordersMigrations } from './migrations';

/** The orders service: what it is made of, for main.ts and for tests that boot it. */
export const ordersService: ServiceDefinition = {
  name: 'orders',
  defaultHttpPort: 3104,
  imports: [CompanyStatusModule],
  entities: [],
  migrations: ordersMigrations,
};
