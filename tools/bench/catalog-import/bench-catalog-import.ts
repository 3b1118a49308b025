// A seller's 50,000-row ERP sync, as the seller does it: a listings CSV uploaded through the
// GraphQL gateway (`uploadListingsCsv`), carried in chunks over Kafka to catalog and applied
// there in the background, polled with `catalogUpload(id)` until COMPLETED. Then the same file
// again (every row unchanged), a stock file of the same size, and the listings file with a
// tenth of the prices changed.
//
//   node tools/run-ts.mjs tools/bench/catalog-import/bench-catalog-import.ts [options]
//
//   --rows N            data rows per file (default 50000)
//   --products N        products in the catalogue (default 2000; 20 through GraphQL, the rest with SQL)
//   --bad-share X       share of listings rows an ERP gets wrong (default 0.03)
//   --changed-share X   share of good rows whose price the last file changes (default 0.1)
//   --seed N            data seed (default 1)
//   --poll-ms N         how often catalogUpload is asked (default 50)
//   --kafka-port N      port of the bench's own broker (default 29292; controller N+1)
//   --database NAME     PostgreSQL database (default lotbook_bench_catalog_import)
//   --keep              keep the database afterwards
//
// It starts its own single-node Kafka (unless KAFKA_BROKERS is set), creates the database
// afresh (DATABASE_ADMIN_URL, default the local server as postgres), starts counterparties,
// catalog and the gateway as real processes, registers and approves one seller and creates a
// category tree and the first products through GraphQL, inserts the other products with SQL,
// and then uploads the four files one after another, each once the previous one's
// `catalog.listing.changed` events have all left the outbox. It checks catalog's counts
// against what each file should give. Progress goes to stderr; the table and, last, one JSON
// line go to stdout.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  benchCompany,
  BenchStack,
  cpuReport,
  cpuSnapshot,
  type CpuSnapshot,
  databaseOption,
  GraphQL,
  OPERATOR_EMAIL,
  pollUntil,
  postgresBackends,
  registerApproved,
  shareOption,
  sleep,
  waitForApproved,
  wholeOption,
} from '../shared/bench-stack';
import { formatRows } from '../shared/latency-stats';
import { changePrices, type ExpectedCounts, generateListingsFile, generateStockFile, productCode } from './import-files';

interface Options {
  rows: number;
  products: number;
  badShare: number;
  changedShare: number;
  seed: number;
  pollMs: number;
  kafkaPort: number;
  database: string;
  keep: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '50000' },
      products: { type: 'string', default: '2000' },
      'bad-share': { type: 'string', default: '0.03' },
      'changed-share': { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
      'poll-ms': { type: 'string', default: '50' },
      'kafka-port': { type: 'string', default: '29292' },
      database: { type: 'string', default: 'lotbook_bench_catalog_import' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: node tools/run-ts.mjs tools/bench/catalog-import/bench-catalog-import.ts [--rows 50000] [--products 2000] [--bad-share 0.03] ' +
        '[--changed-share 0.1] [--seed 1] [--poll-ms 50] [--kafka-port 29292] [--database lotbook_bench_catalog_import] [--keep]',
    );
    process.exit(0);
  }
  return {
    rows: wholeOption('rows', values.rows, 1, 300_000),
    products: wholeOption('products', values.products, 20, 100_000),
    badShare: shareOption('bad-share', values['bad-share']),
    changedShare: shareOption('changed-share', values['changed-share']),
    seed: wholeOption('seed', values.seed, 0),
    pollMs: wholeOption('poll-ms', values['poll-ms'], 5, 5_000),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024, 65_000),
    database: databaseOption(values.database),
    keep: values.keep,
  };
}

const stack = new BenchStack('catalog-import');
const log = (line: string) => stack.log(line);
const GRAPHQL_PRODUCTS = 20;

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------

const CATEGORY_TREE: Record<string, string[]> = {
  Steel: ['Rebar', 'Pipes', 'Sheet', 'Beams and angles', 'Wire'],
  Fasteners: ['Bolts', 'Anchors'],
  Electrical: ['Cable', 'Panels'],
  Plumbing: ['Valves'],
};

/** One approved seller, the category tree and the first products through GraphQL; the rest of the products with SQL. */
async function seedCatalogue(graphqlUrl: string, db: Client, options: Options): Promise<{ seller: GraphQL; productCodes: string[] }> {
  const anonymous = new GraphQL(graphqlUrl);
  const operator = await anonymous.signIn(OPERATOR_EMAIL, true);
  const company = benchCompany('import', 'SELLER', 0, 'Ural Steel Distribution');
  const sellerId = await registerApproved(anonymous, operator, company);
  const leaves: string[] = [];
  for (const [root, children] of Object.entries(CATEGORY_TREE)) {
    const { createCategory: parent } = await operator.data<{ createCategory: { id: string } }>(
      `mutation ($name: String!) { createCategory(name: $name) { id } }`,
      { name: root },
    );
    for (const child of children) {
      const { createCategory } = await operator.data<{ createCategory: { id: string } }>(
        `mutation ($name: String!, $parentId: ID) { createCategory(name: $name, parentId: $parentId) { id } }`,
        { name: child, parentId: parent.id },
      );
      leaves.push(createCategory.id);
    }
  }
  const productCodes = Array.from({ length: options.products }, (_, index) => productCode(index));
  const units = ['KG', 'T', 'M', 'PIECE', 'PACK'];
  for (const [index, code] of productCodes.slice(0, GRAPHQL_PRODUCTS).entries()) {
    await operator.data(`mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`, {
      input: { code, name: `${code} ${index + 1}`, categoryId: leaves[index % leaves.length], baseUnit: units[index % units.length] },
    });
  }
  const rest = productCodes.slice(GRAPHQL_PRODUCTS);
  await db.query(
    `INSERT INTO catalog.product (id, code, name, description, category_id, base_unit, attributes, status)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::text[])`,
    [
      rest.map(() => randomUUID()),
      rest,
      rest.map((code) => `Product ${code}`),
      rest.map((code) => `Bench product ${code}, as an operator would describe it`),
      rest.map((_, index) => leaves[index % leaves.length]),
      rest.map((_, index) => units[index % units.length]),
      rest.map(() => '{}'),
      rest.map(() => 'ACTIVE'),
    ],
  );
  await db.query('ANALYZE catalog.product');
  log(
    `approved the seller, created ${leaves.length} leaf categories, ${GRAPHQL_PRODUCTS} products through GraphQL and ${rest.length} with SQL`,
  );
  await waitForApproved(db, 'catalog', [sellerId]);
  return { seller: await anonymous.signIn(company.adminEmail), productCodes };
}

// ---------------------------------------------------------------------------
// One upload, timed
// ---------------------------------------------------------------------------

interface Upload {
  id: string;
  status: string;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  failure: { code: string; message: string } | null;
}

const UPLOAD_FIELDS = 'id status rowCount created updated unchanged rejected failure { code message }';

interface PhaseResult {
  name: string;
  bytes: number;
  upload: Upload;
  expected: ExpectedCounts;
  mutationMillis: number;
  completedMillis: number;
  appliedMillis: number | undefined;
  publishedMillis: number;
  events: number;
  cpu: string[];
}

async function runPhase(
  name: string,
  kind: 'LISTINGS' | 'STOCK',
  csv: string,
  expected: ExpectedCounts,
  seller: GraphQL,
  db: Client,
  options: Options,
  cpuGroups: Map<string, () => number[]>,
): Promise<PhaseResult> {
  const field = kind === 'LISTINGS' ? 'uploadListingsCsv' : 'uploadStockCsv';
  const eventsBefore = await unpublishedAndTotal(db);
  const cpuBefore: CpuSnapshot = cpuSnapshot(cpuGroups);
  const started = performance.now();
  const queued = (
    await seller.data<Record<string, Upload>>(
      `mutation ($csv: String!, $name: String) { ${field}(csv: $csv, fileName: $name) { ${UPLOAD_FIELDS} } }`,
      {
        csv,
        name: `${name.replace(/\W+/g, '-')}.csv`,
      },
    )
  )[field];
  const mutationMillis = performance.now() - started;
  if (queued.status !== 'QUEUED') throw new Error(`${name}: the upload came back ${queued.status}, not QUEUED`);
  let upload: Upload = queued;
  for (;;) {
    upload = (
      await seller.data<{ catalogUpload: Upload }>(`query ($id: ID!) { catalogUpload(id: $id) { ${UPLOAD_FIELDS} } }`, { id: queued.id })
    ).catalogUpload;
    if (upload.status !== 'QUEUED' || stack.interrupted) break;
    if (performance.now() - started > 600_000) throw new Error(`${name}: still QUEUED after 10 minutes`);
    await sleep(options.pollMs);
  }
  const completedMillis = performance.now() - started;
  if (upload.status !== 'COMPLETED') throw new Error(`${name}: the upload ${upload.status}: ${JSON.stringify(upload.failure)}`);
  // Its listing.changed events are out when the outbox has nothing unpublished left.
  await pollUntil(
    `${name}'s events to leave the outbox`,
    async () => ((await unpublishedAndTotal(db)).unpublished === 0 ? true : undefined),
    600_000,
    20,
  );
  const publishedMillis = performance.now() - started;
  const cpuAfter = cpuSnapshot(cpuGroups);
  const eventsAfter = await unpublishedAndTotal(db);
  const result: PhaseResult = {
    name,
    bytes: Buffer.byteLength(csv),
    upload,
    expected,
    mutationMillis,
    completedMillis,
    appliedMillis: appliedMillis(queued.id),
    publishedMillis,
    events: eventsAfter.total - eventsBefore.total,
    cpu: cpuReport(cpuBefore, cpuAfter),
  };
  const counts = (['rowCount', 'created', 'updated', 'unchanged', 'rejected'] as const).map((key) => `${key} ${upload[key]}`).join(', ');
  log(
    `${name}: COMPLETED in ${(completedMillis / 1000).toFixed(2)} s (${counts}); events published after ${(publishedMillis / 1000).toFixed(2)} s`,
  );
  return result;
}

/** Events still waiting in catalog's outbox (the relay deletes what it published), and how many were ever enqueued (its sequence). */
async function unpublishedAndTotal(db: Client): Promise<{ unpublished: number; total: number }> {
  const { rows } = await db.query<{ unpublished: number; total: number }>(
    `SELECT (SELECT count(*) FROM catalog.outbox)::int AS unpublished,
            (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM catalog.outbox_seq_seq)::int AS total`,
  );
  return rows[0];
}

/** How long catalog's processor took to apply the upload, as it logged it ("upload applied", at LOG_LEVEL info). */
function appliedMillis(uploadId: string): number | undefined {
  const lines = stack.services.get('catalog')?.output().split('\n') ?? [];
  for (const line of lines) {
    if (!line.includes(uploadId) || !line.includes('upload applied')) continue;
    try {
      return (JSON.parse(line) as { millis?: number }).millis;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The refused rows' codes, by line, as catalog reports them. */
async function rejectedCodes(seller: GraphQL, uploadId: string): Promise<Map<number, string>> {
  const codes = new Map<number, string>();
  let afterLine = 0;
  for (;;) {
    const { catalogUploadRows } = await seller.data<{
      catalogUploadRows: { rows: Array<{ line: number; problem: { code: string } | null }>; hasNextPage: boolean };
    }>(
      `query ($id: ID!, $after: Int!) { catalogUploadRows(uploadId: $id, outcomes: [REJECTED], first: 1000, afterLine: $after) {
         rows { line problem { code } } hasNextPage } }`,
      { id: uploadId, after: afterLine },
    );
    for (const row of catalogUploadRows.rows) codes.set(row.line, row.problem?.code ?? '?');
    if (!catalogUploadRows.hasNextPage || catalogUploadRows.rows.length === 0) return codes;
    afterLine = catalogUploadRows.rows[catalogUploadRows.rows.length - 1].line;
  }
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions();
  const brokers = await stack.startKafka(options.kafkaPort, true);
  const url = await stack.freshDatabase(options.database, options.keep);
  const ports = { counterparties: await stack.freePort(29250), catalog: await stack.freePort(29250), gateway: await stack.freePort(29250) };
  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: url };
  await Promise.all([
    stack.startService('counterparties', { ...env, HTTP_PORT: String(ports.counterparties) }),
    // info, for the processor's "upload applied" line with its own timing
    stack.startService('catalog', { ...env, HTTP_PORT: String(ports.catalog), LOG_LEVEL: 'info' }),
  ]);
  await stack.startService('gateway', { KAFKA_BROKERS: brokers, GATEWAY_PORT: String(ports.gateway), GATEWAY_HOST: '127.0.0.1' });
  const graphqlUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  log(`counterparties :${ports.counterparties}, catalog :${ports.catalog}, gateway ${graphqlUrl} ready`);

  const db = new Client({ connectionString: url });
  await db.connect();
  stack.onStop('bench database connection', () => db.end());
  await stack.runOperatorCreate(url);
  const { seller, productCodes } = await seedCatalogue(graphqlUrl, db, options);

  const generating = performance.now();
  const listings = generateListingsFile({ seed: options.seed, rows: options.rows, productCodes, badShare: options.badShare });
  const stock = generateStockFile(listings, { seed: options.seed + 1, rows: options.rows });
  const changed = changePrices(listings, options.changedShare, options.seed + 2);
  log(
    `generated the files in ${((performance.now() - generating) / 1000).toFixed(1)} s: listings ${(Buffer.byteLength(listings.csv) / 1e6).toFixed(1)} MB ` +
      `(${listings.defects.size} bad rows), stock ${(Buffer.byteLength(stock.csv) / 1e6).toFixed(1)} MB (${stock.defects.size} refused), ` +
      `${changed.changed} prices changed`,
  );

  const cpuGroups = new Map<string, () => number[]>([
    ...[...stack.services.values()].map((service) => [service.name, () => [service.child.pid ?? 0]] as [string, () => number[]]),
    ['kafka broker', () => [stack.kafkaPid ?? 0]],
    ['postgres (this db)', () => postgresBackends(options.database)],
  ]);
  const phases: PhaseResult[] = [];
  const phase = async (name: string, kind: 'LISTINGS' | 'STOCK', csv: string, expected: ExpectedCounts) => {
    if (stack.interrupted) throw new Error('interrupted');
    const result = await runPhase(name, kind, csv, expected, seller, db, options, cpuGroups);
    phases.push(result);
    return result;
  };
  const created = await phase('listings, new', 'LISTINGS', listings.csv, listings.expected);
  await phase('listings, same file again', 'LISTINGS', listings.csv, { ...listings.expected, created: 0, unchanged: listings.good.length });
  await phase('stock', 'STOCK', stock.csv, stock.expected);
  await phase(`listings, ${Math.round(options.changedShare * 100)}% of prices changed`, 'LISTINGS', changed.csv, changed.expected);

  // The refused rows are refused for the reasons the file was spoiled with.
  const codes = await rejectedCodes(seller, created.upload.id);
  const wrongReasons = [...listings.defects].filter(([line, defect]) => codes.get(line) !== defect);
  const { rows: listingRows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM catalog.listing`);
  // Whether updating a listing could stay on its page (a HOT update, no index touched). The
  // statistics reach pg_stat_user_tables within PostgreSQL's idle flush interval (10 s).
  const updatesExpected = phases.reduce((sum, result) => sum + result.upload.updated, 0);
  const listingUpdates = await pollUntil(
    'the listing updates to show in the statistics',
    async () => {
      const { rows } = await db.query<{ updated: number; hot: number }>(
        `SELECT n_tup_upd::int AS updated, n_tup_hot_upd::int AS hot FROM pg_stat_user_tables WHERE schemaname = 'catalog' AND relname = 'listing'`,
      );
      return rows[0].updated >= updatesExpected ? rows[0] : undefined;
    },
    15_000,
    500,
  ).catch(() => undefined);

  await stack.stopEverything();
  const out = (line = '') => console.log(line);
  const seconds = (millis: number | undefined) => (millis === undefined ? '-' : (millis / 1000).toFixed(2));
  out();
  out(
    `catalog CSV import through the gateway: ${options.rows.toLocaleString('en')} rows per file, ${options.products.toLocaleString('en')} products, ` +
      `one seller (bench wall time ${stack.seconds().toFixed(1)} s)`,
  );
  out();
  out(
    formatRows(
      [
        'upload',
        'MB',
        'mutation s',
        'COMPLETED s',
        'applied s',
        'events out s',
        'rows/s',
        'created',
        'updated',
        'unchanged',
        'rejected',
        'as expected',
      ],
      phases.map((result) => {
        const { upload, expected } = result;
        const same = (['rowCount', 'created', 'updated', 'unchanged', 'rejected'] as const).every((key) => upload[key] === expected[key]);
        return [
          result.name,
          (result.bytes / 1e6).toFixed(1),
          seconds(result.mutationMillis),
          seconds(result.completedMillis),
          seconds(result.appliedMillis),
          seconds(result.publishedMillis),
          String(Math.round(upload.rowCount / (result.completedMillis / 1000))),
          String(upload.created),
          String(upload.updated),
          String(upload.unchanged),
          String(upload.rejected),
          same ? 'yes' : `NO (expected ${expected.created}/${expected.updated}/${expected.unchanged}/${expected.rejected})`,
        ];
      }),
    ),
  );
  out();
  out('mutation = uploadListingsCsv / uploadStockCsv round trip (the file in chunks to catalog over Kafka, QUEUED);');
  out('COMPLETED = from sending the mutation until catalogUpload says COMPLETED; applied = catalog’s own time applying it');
  out('(one transaction, as it logs it); events out = until its catalog.listing.changed events have all left the outbox.');
  out();
  for (const result of phases) {
    out(`${result.name}: ${result.events} events; CPU from the mutation until the events were out:`);
    for (const line of result.cpu) out(`  ${line}`);
  }
  out();
  out(
    `refused rows of the first file: ${codes.size}, each for the reason it was spoiled with: ${wrongReasons.length === 0 ? 'yes' : `NO, ${wrongReasons.length} differ, e.g. ${JSON.stringify(wrongReasons.slice(0, 3).map(([line, defect]) => ({ line, defect, got: codes.get(line) })))}`}`,
  );
  out(`listings stored: ${listingRows[0].count} (expected ${listings.good.length})`);
  out(
    listingUpdates
      ? `listing rows updated: ${listingUpdates.updated}, of which HOT (no index entries written): ${listingUpdates.hot} (${((listingUpdates.hot / Math.max(1, listingUpdates.updated)) * 100).toFixed(1)}%)`
      : 'listing updates: the statistics did not arrive in time',
  );
  out();
  out(
    JSON.stringify({
      bench: 'catalog-import',
      rows: options.rows,
      listingsCreateMillis: Math.round(phases[0].completedMillis),
      listingsRepeatMillis: Math.round(phases[1].completedMillis),
      stockMillis: Math.round(phases[2].completedMillis),
      listingsPartialUpdateMillis: Math.round(phases[3].completedMillis),
    }),
  );
}

stack.run(main);
