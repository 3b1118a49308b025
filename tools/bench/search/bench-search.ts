// Catalog search as a buyer experiences it: `searchListings` through the GraphQL gateway,
// over Kafka request-reply to the catalog service and its PostgreSQL full-text search, at
// 10,000 products and 100,000 listings.
//
//   node tools/run-ts.mjs tools/bench/search/bench-search.ts [options]
//
//   --concurrency N   searches in flight at once (default 8)
//   --duration S      measured seconds (default 20)
//   --warmup S        unmeasured seconds first (default 5)
//   --seed N          data and query mix seed (default 1)
//   --products N      products (default 10000)   --listings N   listings (default 100000)
//   --kafka-port N    port of the bench's own broker (default 29092; controller N+1)
//   --database NAME   PostgreSQL database (default lotbook_bench_search)
//   --keep            keep the database and the broker's data afterwards, and reuse them
//                     when they hold the same seed and size (skips seeding)
//
// It starts its own single-node Kafka (unless KAFKA_BROKERS is set; a shared broker also
// shares the services' consumer groups, so do not point it at a running `npm start`),
// creates the database afresh (DATABASE_ADMIN_URL, default the local server as postgres),
// starts counterparties, catalog and the gateway as real processes on free ports, registers
// and approves a buyer and twelve sellers and creates the category tree through GraphQL,
// bulk-inserts the products, listings and stock reservations with SQL into the catalog
// schema, then runs a seeded mix of searches at a fixed concurrency. Progress goes to
// stderr; the table and, last, one JSON line go to stdout. Everything it started is stopped
// on the way out, on error and on Ctrl-C too.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Client } from 'pg';
import {
  adminUrl,
  type BenchOptionsBase,
  BenchStack,
  databaseOption,
  databaseUrl,
  GraphQL,
  inParallel,
  OPERATOR_EMAIL,
  registerApproved,
  waitForApproved,
  wholeOption,
  withClient,
} from '../shared/bench-stack';
import { formatTable, type Sample, summarizeByKind } from '../shared/latency-stats';
import { type BenchCatalog, generateCatalog } from './search-data';
import { buildQueryMix, NEXT_PAGE, QUERY_KINDS, type SearchSpec } from './search-queries';

interface Options extends BenchOptionsBase {
  concurrency: number;
  durationSec: number;
  warmupSec: number;
  seed: number;
  products: number;
  listings: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      concurrency: { type: 'string', default: '8' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      products: { type: 'string', default: '10000' },
      listings: { type: 'string', default: '100000' },
      'kafka-port': { type: 'string', default: '29092' },
      database: { type: 'string', default: 'lotbook_bench_search' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: node tools/run-ts.mjs tools/bench/search/bench-search.ts [--concurrency 8] [--duration 20] [--warmup 5] [--seed 1] [--products 10000] [--listings 100000] [--kafka-port 29092] [--database lotbook_bench_search] [--keep]',
    );
    process.exit(0);
  }
  return {
    concurrency: wholeOption('concurrency', values.concurrency, 1),
    durationSec: wholeOption('duration', values.duration, 1),
    warmupSec: wholeOption('warmup', values.warmup, 0),
    seed: wholeOption('seed', values.seed, 0),
    products: wholeOption('products', values.products, 1),
    listings: wholeOption('listings', values.listings, 1),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024),
    database: databaseOption(values.database),
    keep: values.keep,
  };
}

const stack = new BenchStack('search');
const log = (line: string): void => stack.log(line);
/** How long each service may take to come up. */
const SERVICE_READY_MS = 90_000;

// ---------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------

/** Whether the kept database already holds this seed and size, fully seeded. */
async function reusable(options: Options): Promise<boolean> {
  return withClient(adminUrl(), async (admin) => {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) return false;
    return withClient(databaseUrl(options.database), async (client) => {
      const meta = await client
        .query<{ seed: number; products: number; listings: number }>(
          `SELECT seed, products, listings FROM public.bench_search_meta WHERE complete`,
        )
        .catch(() => ({ rows: [] as Array<{ seed: number; products: number; listings: number }> }));
      const [row] = meta.rows;
      return row !== undefined && row.seed === options.seed && row.products === options.products && row.listings === options.listings;
    });
  });
}

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------

/** The buyer and sellers registered and approved, and the category tree, through the gateway. */
async function seedThroughGraphQL(
  gateway: GraphQL,
  catalog: BenchCatalog,
): Promise<{ sellerIds: string[]; categoryIds: Map<string, string> }> {
  const operator = await gateway.signIn(OPERATOR_EMAIL, true);
  await registerApproved(gateway, operator, { ...catalog.buyer, kind: 'BUYER' });
  const sellerIds: string[] = new Array<string>(catalog.sellers.length);
  await inParallel(catalog.sellers, 4, async (seller, index) => {
    sellerIds[index] = await registerApproved(gateway, operator, seller);
  });
  log(`registered and approved 1 buyer and ${catalog.sellers.length} sellers`);

  const categoryIds = new Map<string, string>();
  for (const depth of [0, 1, 2]) {
    await inParallel(
      catalog.categories.filter((category) => category.depth === depth),
      8,
      async (category) => {
        const { createCategory } = await operator.data<{ createCategory: { id: string } }>(
          `mutation ($name: String!, $parentId: ID) { createCategory(name: $name, parentId: $parentId) { id } }`,
          { name: category.name, parentId: category.parentKey ? categoryIds.get(category.parentKey) : null },
        );
        categoryIds.set(category.key, createCategory.id);
      },
    );
  }
  log(`created ${categoryIds.size} categories`);
  return { sellerIds, categoryIds };
}

async function insertInBatches<T>(rows: readonly T[], size: number, insert: (batch: readonly T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/** Products, listings and reservations straight into the catalog schema, then ANALYZE. */
async function bulkInsert(client: Client, catalog: BenchCatalog, sellerIds: string[], categoryIds: Map<string, string>): Promise<void> {
  const startedAt = performance.now();
  await client.query('BEGIN');
  const { products, listings, reservations } = catalog;
  const proposerOf = (categoryKey: string) =>
    sellerIds[catalog.sellers.findIndex((seller) => seller.roots.includes(categoryKey.split(' / ')[0]))];
  await insertInBatches(products, 2_000, async (batch) => {
    await client.query(
      `INSERT INTO catalog.product (id, code, name, description, category_id, base_unit, attributes, status, proposed_by)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::text[], $9::uuid[])`,
      [
        batch.map((product) => product.id),
        batch.map((product) => product.code),
        batch.map((product) => product.name),
        batch.map((product) => product.description),
        batch.map((product) => categoryIds.get(product.categoryKey)),
        batch.map((product) => product.baseUnit),
        batch.map((product) => JSON.stringify(product.attributes)),
        batch.map((product) => product.status),
        batch.map((product) => (product.status === 'PROPOSED' ? proposerOf(product.categoryKey) : null)),
      ],
    );
  });
  await insertInBatches(listings, 5_000, async (batch) => {
    await client.query(
      `INSERT INTO catalog.listing (id, seller_company_id, product_id, seller_sku, region, currency, unit_price_minor, price_breaks,
                                    minimum_order_quantity, lot_multiple, lead_time_days, on_hand, status)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::jsonb[],
                            $9::bigint[], $10::bigint[], $11::int[], $12::bigint[], $13::text[])`,
      [
        batch.map((listing) => listing.id),
        batch.map((listing) => sellerIds[listing.sellerIndex]),
        batch.map((listing) => products[listing.productIndex].id),
        batch.map((listing) => listing.sellerSku),
        batch.map((listing) => listing.region),
        batch.map((listing) => listing.currency),
        batch.map((listing) => listing.unitPriceMinor),
        batch.map((listing) => JSON.stringify(listing.priceBreaks)),
        batch.map((listing) => listing.minimumOrderQuantity),
        batch.map((listing) => listing.lotMultiple),
        batch.map((listing) => listing.leadTimeDays),
        batch.map((listing) => listing.onHand),
        batch.map((listing) => listing.status),
      ],
    );
  });
  await insertInBatches(reservations, 5_000, async (batch) => {
    await client.query(
      `INSERT INTO catalog.reservation (id, listing_id, owner_ref, quantity, status, expires_at)
       SELECT id, listing_id, owner_ref, quantity, status, now() + hours * interval '1 hour'
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::int[]) AS r (id, listing_id, owner_ref, quantity, status, hours)`,
      [
        batch.map((reservation) => reservation.id),
        batch.map((reservation) => listings[reservation.listingIndex].id),
        batch.map((reservation) => `bench:ask:${reservation.id.slice(0, 8)}`),
        batch.map((reservation) => reservation.quantity),
        batch.map((reservation) => reservation.status),
        batch.map((reservation) => reservation.expiresInHours),
      ],
    );
  });
  await client.query('COMMIT');
  await client.query('ANALYZE catalog.category, catalog.product, catalog.listing, catalog.reservation, catalog.company_status');
  log(
    `inserted ${products.length} products, ${listings.length} listings, ${reservations.length} reservations and analyzed in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  );
}

async function markSeeded(client: Client, options: Options): Promise<void> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS public.bench_search_meta (seed int, products int, listings int, complete boolean, seeded_at timestamptz DEFAULT now())`,
  );
  await client.query(`DELETE FROM public.bench_search_meta`);
  await client.query(`INSERT INTO public.bench_search_meta (seed, products, listings, complete) VALUES ($1, $2, $3, true)`, [
    options.seed,
    options.products,
    options.listings,
  ]);
}

async function keptCategoryIds(client: Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ id: string; name_path: string[] }>('SELECT id, name_path FROM catalog.category');
  return new Map(rows.map((row) => [row.name_path.join(' / '), row.id]));
}

// ---------------------------------------------------------------------------
// The load
// ---------------------------------------------------------------------------

const SEARCH = `query Search($filter: ListingSearchFilter, $sort: ListingSort!, $first: Int!, $after: String) {
  searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {
    hits {
      listing { id sellerSku region currency unitPriceMinor priceBreaks { fromQuantity unitPriceMinor } minimumOrderQuantity lotMultiple leadTimeDays onHand }
      productCode productName categoryPath sellerTradingName available relevance
    }
    endCursor
    hasNextPage
  }
}`;

interface SearchPage {
  searchListings: { hits: unknown[]; endCursor: string | null; hasNextPage: boolean };
}

interface Outcome {
  sample: Sample;
  page?: SearchPage['searchListings'];
  error?: string;
}

async function timedSearch(buyer: GraphQL, kind: string, spec: SearchSpec, after?: string): Promise<Outcome> {
  const start = performance.now();
  try {
    const reply = await buyer.request<SearchPage>(SEARCH, { filter: spec.filter, sort: spec.sort, first: spec.first, after: after ?? null });
    const millis = performance.now() - start;
    const page = reply.data?.searchListings;
    if (!page || reply.errors?.length) {
      const first = reply.errors?.[0];
      return {
        sample: { kind, millis, ok: false, hits: 0 },
        error: `${first?.extensions?.code ?? ''} ${first?.message ?? 'no data'}`.trim(),
      };
    }
    return { sample: { kind, millis, ok: true, hits: page.hits.length }, page };
  } catch (error) {
    return { sample: { kind, millis: performance.now() - start, ok: false, hits: 0 }, error: (error as Error).message };
  }
}

interface LoadResult {
  samples: Sample[];
  seconds: number;
  errors: Map<string, number>;
}

/** `concurrency` buyers searching back to back for `seconds`, walking the mix from `cursor.next`. */
async function runLoad(
  buyer: GraphQL,
  specs: SearchSpec[],
  cursor: { next: number },
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  const samples: Sample[] = [];
  const errors = new Map<string, number>();
  const record = (outcome: Outcome) => {
    samples.push(outcome.sample);
    if (outcome.error) errors.set(outcome.error, (errors.get(outcome.error) ?? 0) + 1);
  };
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && !stack.interrupted) {
        const spec = specs[cursor.next++ % specs.length];
        const first = await timedSearch(buyer, spec.kind, spec);
        record(first);
        if (spec.nextPage && first.page?.hasNextPage && first.page.endCursor && performance.now() < deadline) {
          record(await timedSearch(buyer, NEXT_PAGE, spec, first.page.endCursor));
        }
      }
    }),
  );
  return { samples, seconds: (performance.now() - start) / 1000, errors };
}

/** One search of every kind, alone: proves the filters find something before the clock runs. */
async function smokeTest(buyer: GraphQL, specs: SearchSpec[]): Promise<void> {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const spec of specs) {
    if (seen.has(spec.kind)) continue;
    seen.add(spec.kind);
    const outcome = await timedSearch(buyer, spec.kind, spec);
    if (outcome.error) throw new Error(`the "${spec.kind}" search failed: ${outcome.error} (filter ${JSON.stringify(spec.filter)})`);
    found.push(`${spec.kind}: ${outcome.sample.hits} hits, ${outcome.sample.millis.toFixed(0)} ms`);
  }
  log(`one of each kind, alone:\n    ${found.join('\n    ')}`);
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions();
  const catalog = generateCatalog(options.seed, { products: options.products, listings: options.listings });
  log(
    `generated ${catalog.products.length} products, ${catalog.listings.length} listings, ${catalog.categories.length} categories (seed ${options.seed})`,
  );

  const brokers = await stack.startKafka(options.kafkaPort, !options.keep);
  const reuse = options.keep && (await reusable(options));
  if (reuse) log(`reusing database ${options.database} (--keep, same seed and size)`);
  const url = await stack.freshDatabase(options.database, options.keep, reuse);

  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: url };
  const [counterpartiesPort, catalogPort, gatewayPort] = [
    await stack.freePort(29100),
    await stack.freePort(29100),
    await stack.freePort(29100),
  ];
  await Promise.all([
    stack.startService('counterparties', { ...env, HTTP_PORT: String(counterpartiesPort) }, SERVICE_READY_MS),
    stack.startService('catalog', { ...env, HTTP_PORT: String(catalogPort) }, SERVICE_READY_MS),
  ]);
  await stack.startService(
    'gateway',
    { KAFKA_BROKERS: brokers, GATEWAY_PORT: String(gatewayPort), GATEWAY_HOST: '127.0.0.1' },
    SERVICE_READY_MS,
  );
  const gateway = new GraphQL(`http://127.0.0.1:${gatewayPort}/graphql`);
  log(`counterparties :${counterpartiesPort}, catalog :${catalogPort}, gateway ${gateway.url} ready`);

  const categoryIds = await withClient(url, async (client) => {
    if (reuse) return keptCategoryIds(client);
    await stack.runOperatorCreate(url);
    const seeded = await seedThroughGraphQL(gateway, catalog);
    await waitForApproved(client, 'catalog', seeded.sellerIds);
    log('catalog sees every seller APPROVED');
    await bulkInsert(client, catalog, seeded.sellerIds, seeded.categoryIds);
    await markSeeded(client, options);
    return seeded.categoryIds;
  });

  const buyer = await gateway.signIn(catalog.buyer.adminEmail);
  const specs = buildQueryMix(catalog, categoryIds, options.seed, 5_000);
  await smokeTest(buyer, specs);
  const cursor = { next: 0 };
  if (options.warmupSec > 0 && !stack.interrupted) {
    const warm = await runLoad(buyer, specs, cursor, options.concurrency, options.warmupSec);
    log(`warm-up: ${warm.samples.length} searches in ${warm.seconds.toFixed(1)} s`);
  }
  if (stack.interrupted) return;
  log(`measuring ${options.durationSec} s at ${options.concurrency} in flight…`);
  const result = await runLoad(buyer, specs, cursor, options.concurrency, options.durationSec);
  if (stack.interrupted) return;

  const { kinds, all } = summarizeByKind(result.samples, result.seconds, [...Object.keys(QUERY_KINDS), NEXT_PAGE]);
  for (const [message, count] of result.errors) log(`error x${count}: ${message}`);
  await stack.stopEverything();
  const wallSeconds = stack.seconds();
  console.log(
    `\nsearchListings through the gateway: ${catalog.products.length} products, ${catalog.listings.length} listings, ` +
      `${options.concurrency} in flight, ${result.seconds.toFixed(1)} s measured (bench wall time ${wallSeconds.toFixed(1)} s)\n`,
  );
  console.log(formatTable([...kinds, all]));
  console.log(
    JSON.stringify({
      bench: 'search',
      products: catalog.products.length,
      listings: catalog.listings.length,
      concurrency: options.concurrency,
      queriesPerSec: all.queriesPerSec,
      p50Millis: all.p50Millis,
      p99Millis: all.p99Millis,
    }),
  );
}

stack.run(main);
