import type { ServiceDefinition } from '@lotbook/platform';
import { ordersMigrations } from './migrations';
import { ordersConfigSchema } from './orders.config';
import { OrdersModule } from './orders.module';

/** The orders service: what it is made of, for main.ts and for tests that boot it. */
export const ordersService: ServiceDefinition = {
  name: 'orders',
  config: ordersConfigSchema,
  imports: [OrdersModule],
  entities: [],
  migrations: ordersMigrations,
};
