import { readFileSync } from 'node:fs';
import { buildSchema, printSchema } from 'graphql';
import { gatewayResolvers, printGatewaySchema } from './gateway-schema';
import { WEB_SCHEMA_FILE } from './write-schema';

describe('the gateway schema printed without Kafka', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = await printGatewaySchema();
  });

  it('is built from every resolver the gateway module provides', () => {
    const names = gatewayResolvers().map((resolver) => resolver.name);
    expect(names).toEqual(expect.arrayContaining(['CounterpartiesResolver', 'CatalogResolver', 'TradingResolver']));
    expect(sdl).toMatch(/\bsignIn\(/);
    expect(sdl).toMatch(/\bsearchListings\(/);
    expect(sdl).toMatch(/type Subscription \{[\s\S]*\bbookChanged\(/);
  });

  it('is the schema the web app is generated against (apps/web/schema.graphql; `npm run web:codegen` refreshes it)', () => {
    // Compared as schemas, so reformatting the file (Prettier) does not make it stale.
    const committed = printSchema(buildSchema(readFileSync(WEB_SCHEMA_FILE, 'utf8')));
    if (committed !== printSchema(buildSchema(sdl))) {
      throw new Error('apps/web/schema.graphql is stale: the gateway schema changed. Run `npm run web:codegen` and commit the result.');
    }
  });
});
