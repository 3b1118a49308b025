import type { ServiceDefinition } from '@lotbook/platform';
import { tradingMigrations } from './migrations';
import { TradingModule } from './trading.module';

/** The trading service: what it is made of, for main.ts and for tests that boot it. */
export const tradingService: ServiceDefinition = {
  name: 'trading',
  imports: [TradingModule],
  entities: [],
  migrations: tradingMigrations,
};
