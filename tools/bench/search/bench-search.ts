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
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startServiceProcess, type ServiceProcess } from '@lotbook/testing';
import { Client } from 'pg';
import { formatTable, type Sample, summarizeByKind } from './latency-stats';
import { type BenchCatalog, generateCatalog } from './search-data';
import { buildQueryMix, NEXT_PAGE, QUERY_KINDS, type SearchSpec } from './search-queries';

const ROOT = path.resolve(__dirname, '../../..');
const PASSWORD = 'lotbook-bench-2026';
const OPERATOR_EMAIL = 'operator@bench.example';
/** Ports other work on this machine uses: never ours. */
const RESERVED_PORTS = (port: number) =>
  [9092, 9093, 19092, 4000].includes(port) || (port >= 3101 && port <= 3106) || (port >= 4300 && port <= 4399);

interface Options {
  concurrency: number;
  durationSec: number;
  warmupSec: number;
  seed: number;
  products: number;
  listings: number;
  kafkaPort: number;
  database: string;
  keep: boolean;
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
  const whole = (name: string, raw: string, min: number) => {
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${raw}"`);
    return value;
  };
  if (!/^[a-z_][a-z0-9_]*$/.test(values.database)) throw new Error('--database must be a plain lower-case identifier');
  return {
    concurrency: whole('concurrency', values.concurrency, 1),
    durationSec: whole('duration', values.duration, 1),
    warmupSec: whole('warmup', values.warmup, 0),
    seed: whole('seed', values.seed, 0),
    products: whole('products', values.products, 1),
    listings: whole('listings', values.listings, 1),
    kafkaPort: whole('kafka-port', values['kafka-port'], 1024),
    database: values.database,
    keep: values.keep,
  };
}

const benchStarted = performance.now();
const log = (line: string): void =>
  void process.stderr.write(`[bench:search ${((performance.now() - benchStarted) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);

// ---------------------------------------------------------------------------
// What this run started, stopped in reverse order whatever happens
// ---------------------------------------------------------------------------

const started: Array<{ name: string; stop: () => Promise<void> }> = [];
const services: ServiceProcess[] = [];
let stopping: Promise<void> | undefined;
let interrupted = false;

function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    for (const { name, stop } of started.reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`stopping ${name} failed: ${(error as Error).message}`);
      }
    }
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) {
      for (const service of services) service.child.kill('SIGKILL');
      process.exit(130);
    }
    interrupted = true;
    log(`${signal}: stopping everything this bench started…`);
    void stopEverything().then(() => process.exit(130));
  });
}
// Last resort (an uncaught error): no service outlives the bench. Kafka has its own hook.
process.on('exit', () => {
  for (const service of services) if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
});

// ---------------------------------------------------------------------------
// Ports, Kafka, PostgreSQL, processes
// ---------------------------------------------------------------------------

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

const taken = new Set<number>();
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (RESERVED_PORTS(port) || taken.has(port)) continue;
    if (await canListen(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${from}-${from + 199}`);
}

async function startOwnKafka(options: Options): Promise<string> {
  const fromEnv = process.env.KAFKA_BROKERS;
  if (fromEnv) {
    log(`using Kafka at ${fromEnv} (KAFKA_BROKERS); the services join their usual consumer groups there`);
    return fromEnv;
  }
  // An .mjs module of the repo, loaded at run time: no types to import.
  const { startKafka } = (await import(path.join(ROOT, 'tools/kafka/kafka.mjs'))) as {
    startKafka(options: Record<string, unknown>): Promise<{ brokers: string; stop(): Promise<void> }>;
  };
  taken.add(options.kafkaPort).add(options.kafkaPort + 1);
  const kafka = await startKafka({
    port: options.kafkaPort,
    controllerPort: options.kafkaPort + 1,
    dataDir: path.join(ROOT, '.cache/kafka', `bench-search-${options.kafkaPort}`),
    fresh: !options.keep,
    log: (line: string) => log(line),
  });
  started.push({ name: 'Kafka', stop: () => kafka.stop() });
  return kafka.brokers;
}

function adminUrl(): string {
  return process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

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

async function recreateDatabase(database: string): Promise<void> {
  await withClient(adminUrl(), async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  log(`created database ${database}`);
}

async function startService(name: string, env: Record<string, string>): Promise<ServiceProcess> {
  const service = startServiceProcess(name, { LOG_LEVEL: 'warn', ...env }, 90_000);
  services.push(service);
  started.push({ name, stop: () => service.stop() });
  await service.ready;
  return service;
}

function runOperatorCreate(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        path.join(ROOT, 'tools/run-ts.mjs'),
        'apps/counterparties/src/cli/create-operator.ts',
        '--email',
        OPERATOR_EMAIL,
        '--name',
        'Bench Operator',
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, LOTBOOK_OPERATOR_PASSWORD: PASSWORD } },
      (error, _stdout, stderr) =>
        error && !stderr.includes('already exists') ? reject(new Error(`operator:create failed: ${stderr}`)) : resolve(),
    );
  });
}

// ---------------------------------------------------------------------------
// GraphQL
// ---------------------------------------------------------------------------

interface GraphQLReply<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLReply<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLReply<T>;
}

async function must<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const reply = await graphql<T>(url, query, variables, token);
  if (!reply.data || reply.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(reply.errors)} for ${query.slice(0, 80)}`);
  return reply.data;
}

async function signIn(url: string, email: string, operator = false): Promise<string> {
  const field = operator ? 'operatorSignIn' : 'signIn';
  const data = await must<Record<string, { accessToken: string }>>(
    url,
    `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
    { email, password: PASSWORD },
  );
  return data[field].accessToken;
}

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------

/** The buyer and sellers registered and approved, and the category tree, through the gateway. */
async function seedThroughGraphQL(url: string, catalog: BenchCatalog): Promise<{ sellerIds: string[]; categoryIds: Map<string, string> }> {
  const operator = await signIn(url, OPERATOR_EMAIL, true);
  const register = async (company: { legalName: string; tradingName: string; taxId: string; adminEmail: string }, kind: string) => {
    const { registerCompany } = await must<{ registerCompany: { companyId: string } }>(
      url,
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
      {
        input: {
          legalName: company.legalName,
          tradingName: company.tradingName,
          country: 'RU',
          taxId: company.taxId,
          kind,
          admin: { email: company.adminEmail, password: PASSWORD, fullName: `${company.tradingName} Admin` },
        },
      },
    );
    await must(
      url,
      `mutation ($companyId: ID!, $reason: String!) { moderateCompany(companyId: $companyId, action: APPROVE, reason: $reason) { status } }`,
      { companyId: registerCompany.companyId, reason: 'INN and legal name checked against the state register' },
      operator,
    );
    return registerCompany.companyId;
  };
  await register(catalog.buyer, 'BUYER');
  const sellerIds: string[] = new Array<string>(catalog.sellers.length);
  await inParallel(
    catalog.sellers.map((seller, index) => ({ seller, index })),
    4,
    async ({ seller, index }) => {
      sellerIds[index] = await register(seller, seller.kind);
    },
  );
  log(`registered and approved 1 buyer and ${catalog.sellers.length} sellers`);

  const categoryIds = new Map<string, string>();
  for (const depth of [0, 1, 2]) {
    await inParallel(
      catalog.categories.filter((category) => category.depth === depth),
      8,
      async (category) => {
        const { createCategory } = await must<{ createCategory: { id: string } }>(
          url,
          `mutation ($name: String!, $parentId: ID) { createCategory(name: $name, parentId: $parentId) { id } }`,
          { name: category.name, parentId: category.parentKey ? categoryIds.get(category.parentKey) : null },
          operator,
        );
        categoryIds.set(category.key, createCategory.id);
      },
    );
  }
  log(`created ${categoryIds.size} categories`);
  return { sellerIds, categoryIds };
}

/** Waits until catalog's own company_status projection has every seller APPROVED (fed by Kafka events). */
async function waitForApprovedSellers(client: Client, sellerIds: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows } = await client.query<{ approved: string }>(
      `SELECT count(*) AS approved FROM catalog.company_status WHERE status = 'APPROVED' AND company_id = ANY ($1::uuid[])`,
      [sellerIds],
    );
    if (Number(rows[0].approved) === sellerIds.length) return;
    if (Date.now() > deadline) throw new Error(`catalog saw ${rows[0].approved} of ${sellerIds.length} sellers APPROVED after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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

async function timedSearch(url: string, token: string, kind: string, spec: SearchSpec, after?: string): Promise<Outcome> {
  const start = performance.now();
  try {
    const reply = await graphql<SearchPage>(
      url,
      SEARCH,
      { filter: spec.filter, sort: spec.sort, first: spec.first, after: after ?? null },
      token,
    );
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
  url: string,
  token: string,
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
      while (performance.now() < deadline && !interrupted) {
        const spec = specs[cursor.next++ % specs.length];
        const first = await timedSearch(url, token, spec.kind, spec);
        record(first);
        if (spec.nextPage && first.page?.hasNextPage && first.page.endCursor && performance.now() < deadline) {
          record(await timedSearch(url, token, NEXT_PAGE, spec, first.page.endCursor));
        }
      }
    }),
  );
  return { samples, seconds: (performance.now() - start) / 1000, errors };
}

/** One search of every kind, alone: proves the filters find something before the clock runs. */
async function smokeTest(url: string, token: string, specs: SearchSpec[]): Promise<void> {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const spec of specs) {
    if (seen.has(spec.kind)) continue;
    seen.add(spec.kind);
    const outcome = await timedSearch(url, token, spec.kind, spec);
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

  const brokers = await startOwnKafka(options);
  const url = databaseUrl(options.database);
  const reuse = options.keep && (await reusable(options));
  if (reuse) log(`reusing database ${options.database} (--keep, same seed and size)`);
  else await recreateDatabase(options.database);
  if (!options.keep) {
    started.unshift({
      name: `database ${options.database}`,
      stop: () =>
        withClient(adminUrl(), (admin) => admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`)).then(() =>
          log(`dropped database ${options.database}`),
        ),
    });
  }

  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: url };
  const [counterpartiesPort, catalogPort, gatewayPort] = [await freePort(29100), await freePort(29100), await freePort(29100)];
  await Promise.all([
    startService('counterparties', { ...env, HTTP_PORT: String(counterpartiesPort) }),
    startService('catalog', { ...env, HTTP_PORT: String(catalogPort) }),
  ]);
  await startService('gateway', { KAFKA_BROKERS: brokers, GATEWAY_PORT: String(gatewayPort), GATEWAY_HOST: '127.0.0.1' });
  const graphqlUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  log(`counterparties :${counterpartiesPort}, catalog :${catalogPort}, gateway ${graphqlUrl} ready`);

  const categoryIds = await withClient(url, async (client) => {
    if (reuse) return keptCategoryIds(client);
    await runOperatorCreate(url);
    const seeded = await seedThroughGraphQL(graphqlUrl, catalog);
    await waitForApprovedSellers(client, seeded.sellerIds);
    log('catalog sees every seller APPROVED');
    await bulkInsert(client, catalog, seeded.sellerIds, seeded.categoryIds);
    await markSeeded(client, options);
    return seeded.categoryIds;
  });

  const token = await signIn(graphqlUrl, catalog.buyer.adminEmail);
  const specs = buildQueryMix(catalog, categoryIds, options.seed, 5_000);
  await smokeTest(graphqlUrl, token, specs);
  const cursor = { next: 0 };
  if (options.warmupSec > 0 && !interrupted) {
    const warm = await runLoad(graphqlUrl, token, specs, cursor, options.concurrency, options.warmupSec);
    log(`warm-up: ${warm.samples.length} searches in ${warm.seconds.toFixed(1)} s`);
  }
  if (interrupted) return;
  log(`measuring ${options.durationSec} s at ${options.concurrency} in flight…`);
  const result = await runLoad(graphqlUrl, token, specs, cursor, options.concurrency, options.durationSec);
  if (interrupted) return;

  const { kinds, all } = summarizeByKind(result.samples, result.seconds, [...Object.keys(QUERY_KINDS), NEXT_PAGE]);
  for (const [message, count] of result.errors) log(`error x${count}: ${message}`);
  await stopEverything();
  const wallSeconds = (performance.now() - benchStarted) / 1000;
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

main()
  .catch(async (error: unknown) => {
    process.exitCode = 1;
    if (interrupted) return; // what fails while everything is being stopped is no news
    log(`failed: ${(error as Error).stack ?? String(error)}`);
    for (const service of services) {
      const errors = service.stderr().split('\n').slice(-15).join('\n');
      if (errors.trim()) log(`${service.name} stderr (last lines):\n${errors}`);
    }
  })
  .finally(async () => {
    await stopEverything();
    if (!interrupted) process.exit(process.exitCode ?? 0);
  });
