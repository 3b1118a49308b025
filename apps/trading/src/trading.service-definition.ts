import type { ServiceDefinition } from '@lotbook/platform';
import { tradingMigrations } from './migrations';
import { tradingConfigSchema } from './trading.config';
import { TradingModule } from './trading.module';

/** The trading service: what it is made of, for main.ts and for tests that boot it. */
export const tradingService: ServiceDefinition = {
  name: 'trading',
  config: tradingConfigSchema,
  imports: [TradingModule],
  entities: [],
  migrations: tradingMigrations,
};
