import { type ServiceDefinition } from '@lotbook/platform';
import { counterpartiesMigrations } from './migrations';

/** The counterparties service: what it is made of, for main.ts and for tests that boot it. */
export const counterpartiesService: ServiceDefinition = {
  name: 'counterparties',
  defaultHttpPort: 3101,
  imports: [],
  entities: [],
  migrations: counterpartiesMigrations,
};
