import type { ServiceDefinition } from '@lotbook/platform';
import { counterpartiesConfigSchema } from './counterparties.config';
import { CounterpartiesModule } from './counterparties.module';
import { counterpartiesMigrations } from './migrations';

/** The counterparties service: what it is made of, for main.ts and for tests that boot it. */
export const counterpartiesService: ServiceDefinition = {
  name: 'counterparties',
  config: counterpartiesConfigSchema,
  imports: [CounterpartiesModule],
  entities: [],
  migrations: counterpartiesMigrations,
};
