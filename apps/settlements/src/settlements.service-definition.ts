import type { ServiceDefinition } from '@lotbook/platform';
import { settlementsMigrations } from './migrations';
import { settlementsConfigSchema } from './settlements.config';
import { SettlementsModule } from './settlements.module';

/** The settlements service: what it is made of, for main.ts and for tests that boot it. */
export const settlementsService: ServiceDefinition = {
  name: 'settlements',
  config: settlementsConfigSchema,
  imports: [SettlementsModule],
  entities: [],
  migrations: settlementsMigrations,
};
