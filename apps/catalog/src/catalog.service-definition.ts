import type { ServiceDefinition } from '@lotbook/platform';
import { CatalogModule } from './catalog.module';
import { catalogMigrations } from './migrations';

/** The catalog service: what it is made of, for main.ts and for tests that boot it. */
export const catalogService: ServiceDefinition = {
  name: 'catalog',
  imports: [CatalogModule],
  entities: [],
  migrations: catalogMigrations,
};
