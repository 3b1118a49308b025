// Returns, measured twice: the pure allocator (quotes per second for a purchase of 3 sellers
// and 30 lines, `libs/returns/domain/bench/bench-quote-return.ts` run as it is), and
// `returnQuote` as a buyer experiences it, through the GraphQL gateway, over Kafka
// request-reply to the returns service and its PostgreSQL, at a fixed rate.
//
//   npm run bench:returns -- [options]
//
//   --rate N          returnQuote requests per second, sent on schedule whatever the replies (default 50)
//   --duration S      measured seconds (default 20)
//   --warmup S        unmeasured seconds first (default 5)
//   --kafka-port N    port of the bench's own broker (default 29592; controller N+1)
//   --database NAME   PostgreSQL database (default lotbook_bench_returns)
//   --keep            keep the database afterwards
//   --profile DIR     the returns service and the gateway write CPU profiles there (.cpuprofile)
//
// It starts its own single-node Kafka (unless KAFKA_BROKERS is set), creates the database
// afresh (DATABASE_ADMIN_URL, default the local server as postgres), starts counterparties,
// catalog, orders, returns and the gateway as real processes on free ports, then through
// GraphQL: three sellers with ten listings each and a volume discount, a buyer on net terms,
// one purchase of all 30 lines, confirmed, shipped and delivered, and one earlier return of
// it (so every quote reads a history). The measured quote is the allocator bench's typical
// one: two lines of each seller, mixed reasons. Progress goes to stderr; the table and, last,
// one JSON line go to stdout. Everything it started is stopped on the way out, on error and
// on Ctrl-C too.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  type BenchOptionsBase,
  BenchStack,
  benchCompany,
  cpuReport,
  cpuSnapshot,
  cpuUsed,
  databaseOption,
  GraphQL,
  OPERATOR_EMAIL,
  pollUntil,
  postgresBackends,
  registerApproved,
  ROOT,
  sleep,
  wholeOption,
  withClient,
} from '../shared/bench-stack';
import { formatRows, percentile, round1 } from '../shared/latency-stats';
import { organisationInn } from '../search/search-data';

interface Options extends BenchOptionsBase {
  rate: number;
  durationSec: number;
  warmupSec: number;
  /** Where the returns service and the gateway write CPU profiles (.cpuprofile), when set. */
  profileDir: string | undefined;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '50' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      'kafka-port': { type: 'string', default: '29592' },
      database: { type: 'string', default: 'lotbook_bench_returns' },
      keep: { type: 'boolean', default: false },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:returns -- [--rate 50] [--duration 20] [--warmup 5] [--kafka-port 29592] [--database lotbook_bench_returns] [--keep] [--profile DIR]',
    );
    process.exit(0);
  }
  return {
    rate: wholeOption('rate', values.rate, 1, 2_000),
    durationSec: wholeOption('duration', values.duration, 1, 3_600),
    warmupSec: wholeOption('warmup', values.warmup, 0, 600),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024, 65_000),
    database: databaseOption(values.database),
    keep: values.keep,
    profileDir: values.profile,
  };
}

const stack = new BenchStack('returns');
const log = (line: string) => stack.log(line);
const SERVICE_READY_MS = 180_000;
const SELLERS = 3;
const LINES_PER_SELLER = 10;
const REASONS = ['DEFECTIVE', 'NOT_AS_DESCRIBED', 'WRONG_ITEM', 'CHANGED_MIND', 'ORDERED_BY_MISTAKE', 'DAMAGED_IN_TRANSIT'];

interface AllocatorFigures {
  typicalQuotesPerSecond: number;
  wholeQuotesPerSecond: number;
}

/** Runs the allocator's own bench in a process of its own (nothing else competes in it) and reads its JSON line. */
function runAllocatorBench(): Promise<AllocatorFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'tools/run-ts.mjs'), 'libs/returns/domain/bench/bench-quote-return.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += String(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const lines = output.trim().split('\n');
      for (const line of lines.slice(0, -1)) log(`allocator: ${line}`);
      try {
        const figures = JSON.parse(lines[lines.length - 1]) as { bench: string } & AllocatorFigures;
        if (code !== 0 || figures.bench !== 'returns-allocator') throw new Error(`exit code ${code}`);
        resolve(figures);
      } catch (error) {
        reject(new Error(`the allocator bench failed (${(error as Error).message}): ${output.slice(-500)}`));
      }
    });
  });
}

interface Seeded {
  buyer: GraphQL;
  purchaseId: string;
  /** The measured quote's items. */
  items: Array<{ lineId: string; quantity: number; reason: string }>;
}

/** Three sellers, a buyer, one purchase of 30 lines delivered, one earlier return; all through GraphQL. */
async function seed(gateway: GraphQL, url: string): Promise<Seeded> {
  await stack.runOperatorCreate(url);
  const operator = await gateway.signIn(OPERATOR_EMAIL, true);
  const sellerNames = ['Ural Returns Steel', 'Volga Returns Cable', 'Kama Returns Fasteners'];
  const sellerCompanies = sellerNames.map((name, index) => benchCompany('returns', 'SELLER', index, name));
  const buyerCompany = benchCompany('returns', 'BUYER', 0, 'Neva Returns Builders');
  const sellerIds: string[] = [];
  for (const company of sellerCompanies) sellerIds.push(await registerApproved(gateway, operator, company));
  const buyerId = await registerApproved(gateway, operator, buyerCompany);
  const sellers = await Promise.all(sellerCompanies.map((company) => gateway.signIn(company.adminEmail)));
  const buyer = await gateway.signIn(buyerCompany.adminEmail);

  const { createCategory } = await operator.data<{ createCategory: { id: string } }>(
    `mutation { createCategory(name: "Returns bench") { id } }`,
  );
  const products: string[] = [];
  for (let index = 0; index < LINES_PER_SELLER; index++) {
    const { createProduct } = await operator.data<{ createProduct: { id: string } }>(
      `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
      {
        input: {
          code: `BENCH-RT-${String(index + 1).padStart(3, '0')}`,
          name: `Returns bench product ${index + 1}`,
          categoryId: createCategory.id,
          baseUnit: 'PIECE',
        },
      },
    );
    products.push(createProduct.id);
  }
  const { addLegalEntity } = await buyer.data<{ addLegalEntity: { id: string } }>(
    `mutation ($taxId: String!) { addLegalEntity(name: "Neva Returns Builders LLC", taxId: $taxId, address: "1 Nevsky Ave, St Petersburg") { id } }`,
    { taxId: organisationInn('780154321') },
  );
  await operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
    c: buyerId,
    t: { currency: 'RUB', creditLimitMinor: 1_000_000_000, paymentTermDays: 30, approvalThresholdMinor: 1_000_000_000 },
  });
  const listingIds: string[][] = [];
  for (const [seller, client] of sellers.entries()) {
    await client.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, {
      input: {
        currency: 'RUB',
        volumeDiscount: { rateBp: 500, thresholdMinor: 1_000_000 },
        shippingFees: [{ region: 'Moscow', feeMinor: 150_000 + seller * 7_777 }],
        returnWindowDays: 30,
        restockingRateBp: 1_000,
      },
    });
    const ids: string[] = [];
    for (const [index, productId] of products.entries()) {
      const { saveListing } = await client.data<{ saveListing: { id: string } }>(
        `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
        {
          input: {
            sellerSku: `RT-${seller}-${index}`,
            productId,
            unitPriceMinor: 12_345 + index * 10_007 + seller * 999,
            onHand: 10_000,
            region: 'Moscow',
            currency: 'RUB',
            minimumOrderQuantity: 1,
            lotMultiple: 1,
            status: 'ACTIVE',
            priceBreaks: [],
          },
        },
      );
      ids.push(saveListing.id);
    }
    listingIds.push(ids);
  }
  // Orders learns of the companies from counterparties' events.
  await withClient(url, (client) =>
    pollUntil('orders and returns to see every company APPROVED', async () => {
      const { rows } = await client.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM orders.company_status WHERE status = 'APPROVED' AND company_id = ANY ($1::uuid[]))
              + (SELECT count(*) FROM returns.company_status WHERE status = 'APPROVED' AND company_id = ANY ($1::uuid[])) AS n`,
        [[...sellerIds, buyerId]],
      );
      return Number(rows[0].n) === 2 * (sellerIds.length + 1) ? true : undefined;
    }),
  );

  for (const [seller, ids] of listingIds.entries()) {
    for (const [index, listingId] of ids.entries()) {
      await buyer.data(`mutation ($l: ID!, $q: Int!) { addToCart(listingId: $l, quantity: $q) { companyId } }`, {
        l: listingId,
        q: 3 + ((index * 7 + seller) % 17),
      });
    }
  }
  // Thirty reservations in one checkout can outlast the gateway's wait on a loaded machine: the same key again places one purchase.
  const checkoutKey = randomUUID();
  type Placed = { id: string; orders: Array<{ id: string; sellerCompanyId: string; lines: Array<{ id: string }> }> };
  const checkout = await pollUntil(
    'the checkout',
    async () => {
      const reply = await buyer.request<{ checkout: Placed }>(
        `mutation ($input: CheckoutInput!) { checkout(input: $input) { id orders { id sellerCompanyId lines { id } } } }`,
        {
          input: {
            legalEntityId: addLegalEntity.id,
            deliveryRegion: 'Moscow',
            deliveryAddress: '5 Lenina St, Moscow',
            idempotencyKey: checkoutKey,
          },
        },
      );
      if (reply.data?.checkout) return reply.data.checkout;
      const code = reply.errors?.[0]?.extensions?.code;
      if (code !== 'SERVICE_UNAVAILABLE' && code !== 'TRY_AGAIN') throw new Error(`the checkout failed: ${JSON.stringify(reply.errors)}`);
      log(`checkout: ${code}, sending it again with the same key`);
      return undefined;
    },
    120_000,
    500,
  );
  for (const order of checkout.orders) {
    const seller = sellers[sellerIds.indexOf(order.sellerCompanyId)];
    await seller.data(`mutation ($id: ID!) { confirmSellerOrder(orderId: $id) { status } }`, { id: order.id });
    await seller.data(`mutation ($id: ID!) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-BENCH") { status } }`, {
      id: order.id,
    });
    await buyer.data(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { status } }`, { id: order.id });
  }
  await pollUntil('returns to see the purchase delivered', async () => {
    const reply = await buyer.request<{ purchaseReturns: { lines: Array<{ deliveredQuantity: number }> } }>(
      `query ($p: ID) { purchaseReturns(purchaseId: $p) { lines { deliveredQuantity } } }`,
      { p: checkout.id },
    );
    const lines = reply.data?.purchaseReturns.lines;
    return lines && lines.length === SELLERS * LINES_PER_SELLER && lines.every((line) => line.deliveredQuantity > 0) ? true : undefined;
  });
  const lines = checkout.orders.map((order) => order.lines.map((line) => line.id));
  // An earlier return, one unit of each seller's first line, so every quote reads a history.
  await buyer.data(`mutation ($input: FileReturnInput!) { fileReturn(input: $input) { id } }`, {
    input: {
      purchaseId: checkout.id,
      idempotencyKey: randomUUID(),
      items: lines.map((order) => ({ lineId: order[0], quantity: 1, reason: 'CHANGED_MIND' })),
    },
  });
  // The allocator bench's typical return: lines 0 and 5 of each seller, two units each, the reasons in turn.
  const items = lines
    .flatMap((order) => [order[0], order[5]])
    .map((lineId, index) => ({ lineId, quantity: 2, reason: REASONS[index % REASONS.length] }));
  return { buyer, purchaseId: checkout.id, items };
}

const QUOTE = `query ($input: ReturnQuoteInput!) { returnQuote(input: $input) {
  items { lineId refund { amountMinor reason } sellerPays { amountMinor } platformPays { amountMinor } }
  sellerOrders { sellerOrderId returnLabel { amountMinor } totals { refundMinor sellerPaysMinor platformPaysMinor } }
  refund { amountMinor } sellersPay { amountMinor } platformPays { amountMinor } returnLabels { amountMinor } } }`;

interface Load {
  millis: number[];
  errors: Map<string, number>;
  seconds: number;
}

/** Sends quotes on a fixed schedule (open loop: a slow reply does not delay the next send) for `seconds`. */
async function runLoad(seeded: Seeded, rate: number, seconds: number): Promise<Load> {
  const millis: number[] = [];
  const errors = new Map<string, number>();
  const intervalMs = 1000 / rate;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let sent = 0; sent < total && !stack.interrupted; sent++) {
    const due = started + sent * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      (async () => {
        const at = performance.now();
        try {
          const reply = await seeded.buyer.request<{ returnQuote: unknown }>(QUOTE, {
            input: { purchaseId: seeded.purchaseId, items: seeded.items },
          });
          if (reply.errors?.length || !reply.data)
            throw new Error(reply.errors?.[0]?.extensions?.code ?? reply.errors?.[0]?.message ?? 'no data');
          millis.push(performance.now() - at);
        } catch (error) {
          const message = (error as Error).message;
          errors.set(message, (errors.get(message) ?? 0) + 1);
        }
      })(),
    );
  }
  await Promise.all(inFlight);
  return { millis: millis.sort((a, b) => a - b), errors, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const options = readOptions();
  log('the pure allocator, in a process of its own…');
  const allocator = await runAllocatorBench();

  const brokers = await stack.startKafka(options.kafkaPort, true);
  const url = await stack.freshDatabase(options.database, options.keep);
  // A loaded machine (others' tests share it) can take long to settle consumer groups: a start may wait two minutes.
  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: url, STARTUP_TIMEOUT_MS: '120000' };
  const names = ['counterparties', 'catalog', 'orders', 'returns'];
  const ports: number[] = [];
  for (let index = 0; index <= names.length; index++) ports.push(await stack.freePort(29450));
  // Counterparties first (the others read its company events), then the rest together.
  await stack.startService(names[0], { ...env, HTTP_PORT: String(ports[0]) }, SERVICE_READY_MS);
  const profiled: Record<string, string> = options.profileDir
    ? { NODE_OPTIONS: `--require ${path.join(ROOT, 'tools/bench/shared/cpu-profile-hook.cjs')}`, CPU_PROFILE_DIR: options.profileDir }
    : {};
  await Promise.all(
    names
      .slice(1)
      .map((name, index) =>
        stack.startService(
          name,
          { ...env, HTTP_PORT: String(ports[index + 1]), ...(name === 'returns' ? profiled : {}) },
          SERVICE_READY_MS,
        ),
      ),
  );
  const gatewayPort = ports[names.length];
  // One buyer sends every quote: the per-account allowance is raised above the measured rate.
  await stack.startService(
    'gateway',
    {
      KAFKA_BROKERS: brokers,
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_RATE_PER_ACCOUNT: '1000000/60',
      GATEWAY_RATE_PER_ADDRESS: '1000000/60',
      STARTUP_TIMEOUT_MS: '120000',
      // Seeding's 30-line checkout and confirmations may take seconds on a loaded machine; a quote never comes near it.
      RPC_TIMEOUT_MS: '20000',
      ...profiled,
    },
    SERVICE_READY_MS,
  );
  const gateway = new GraphQL(`http://127.0.0.1:${gatewayPort}/graphql`);
  log(`${names.map((name, index) => `${name} :${ports[index]}`).join(', ')}, gateway ${gateway.url} ready`);

  const seeded = await seed(gateway, url);
  log(
    `seeded: 3 sellers × ${LINES_PER_SELLER} lines delivered in one purchase, one earlier return; the quote has ${seeded.items.length} items`,
  );
  const smoke = await seeded.buyer.request<{ returnQuote: { refund: { amountMinor: number } } }>(QUOTE, {
    input: { purchaseId: seeded.purchaseId, items: seeded.items },
  });
  if (!smoke.data) throw new Error(`the quote failed: ${JSON.stringify(smoke.errors)}`);
  log(`one quote: refund ${smoke.data.returnQuote.refund.amountMinor} minor units`);

  if (options.warmupSec > 0) {
    const warm = await runLoad(seeded, options.rate, options.warmupSec);
    log(`warm-up: ${warm.millis.length} quotes in ${warm.seconds.toFixed(1)} s`);
  }
  if (stack.interrupted) return;
  log(`measuring ${options.durationSec} s at ${options.rate} quotes/s…`);
  const pidOf = (name: string) => () => {
    const pid = stack.services.get(name)?.child.pid;
    return pid ? [pid] : [];
  };
  const cpuGroups = new Map<string, () => number[]>([
    ['gateway', pidOf('gateway')],
    ['returns', pidOf('returns')],
    ['kafka', () => (stack.kafkaPid ? [stack.kafkaPid] : [])],
    ['postgres (this database)', () => postgresBackends(options.database)],
    ['bench (the client)', () => [process.pid]],
  ]);
  const cpuBefore = cpuSnapshot(cpuGroups);
  const load = await runLoad(seeded, options.rate, options.durationSec);
  const cpuAfter = cpuSnapshot(cpuGroups);
  if (stack.interrupted) return;
  for (const [message, count] of load.errors) log(`error x${count}: ${message}`);
  for (const problem of stack.serviceProblems()) log(problem);
  await stack.stopEverything();
  const answered = Math.max(1, load.millis.length);
  const cpuPerQuote = (group: string) => round1((cpuUsed(cpuBefore, cpuAfter, group) / answered) * 1000);

  const errorCount = [...load.errors.values()].reduce((sum, count) => sum + count, 0);
  const graphql = {
    quotes: load.millis.length + errorCount,
    errors: errorCount,
    quotesPerSec: round1((load.millis.length + errorCount) / load.seconds),
    p50Millis: round1(percentile(load.millis, 50)),
    p90Millis: round1(percentile(load.millis, 90)),
    p99Millis: round1(percentile(load.millis, 99)),
    maxMillis: round1(load.millis[load.millis.length - 1] ?? Number.NaN),
  };
  console.log(
    `\nThe pure allocator (3 sellers, 30 lines): ${allocator.typicalQuotesPerSecond.toLocaleString('en')} typical quotes/s (6 items, with history), ${allocator.wholeQuotesPerSecond.toLocaleString('en')} whole-purchase quotes/s (30 items)`,
  );
  console.log(
    `returnQuote through the gateway (${seeded.items.length} items, 3 sellers, with history) at ${options.rate}/s for ${load.seconds.toFixed(1)} s:\n`,
  );
  console.log(
    formatRows(
      ['quotes', 'errors', 'quotes/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
      [
        [
          graphql.quotes,
          graphql.errors,
          graphql.quotesPerSec,
          graphql.p50Millis,
          graphql.p90Millis,
          graphql.p99Millis,
          graphql.maxMillis,
        ].map(String),
      ],
    ),
  );
  console.log(`\nCPU while measuring (${round1(load.seconds)} s):`);
  for (const line of cpuReport(cpuBefore, cpuAfter)) console.log(`  ${line}`);
  console.log(
    `  CPU ms per quote: gateway ${cpuPerQuote('gateway')}, returns ${cpuPerQuote('returns')}, postgres ${cpuPerQuote('postgres (this database)')}, kafka ${cpuPerQuote('kafka')}`,
  );
  console.log(
    JSON.stringify({
      bench: 'returns',
      sellers: SELLERS,
      lines: SELLERS * LINES_PER_SELLER,
      allocatorTypicalQuotesPerSec: allocator.typicalQuotesPerSecond,
      allocatorWholeQuotesPerSec: allocator.wholeQuotesPerSecond,
      graphqlItems: seeded.items.length,
      graphqlRate: options.rate,
      graphqlQuotes: graphql.quotes,
      graphqlErrors: graphql.errors,
      graphqlQuotesPerSec: graphql.quotesPerSec,
      p50Millis: graphql.p50Millis,
      p90Millis: graphql.p90Millis,
      p99Millis: graphql.p99Millis,
      maxMillis: graphql.maxMillis,
      gatewayCpuMsPerQuote: cpuPerQuote('gateway'),
      returnsCpuMsPerQuote: cpuPerQuote('returns'),
    }),
  );
}

stack.run(main);
