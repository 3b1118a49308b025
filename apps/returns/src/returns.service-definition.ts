import type { ServiceDefinition } from '@lotbook/platform';
import { returnsMigrations } from './migrations';
import { returnsConfigSchema } from './returns.config';
import { ReturnsModule } from './returns.module';

/** The returns service: what it is made of, for main.ts and for tests that boot it. */
export const returnsService: ServiceDefinition = {
  name: 'returns',
  config: returnsConfigSchema,
  imports: [ReturnsModule],
  entities: [],
  migrations: returnsMigrations,
};
