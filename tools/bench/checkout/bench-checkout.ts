// The whole buyer journey through the GraphQL gateway, against the real services: ten lines from
// three sellers added to the cart one call at a time, the checkout preview, the checkout (stock
// reserved in catalog for every line, one seller order per seller, priced with a volume
// discount, the loyalty discount, shipping and commission). Each virtual buyer is a company of
// its own, so carts never collide, and does one journey at a time.
//
//   node tools/run-ts.mjs tools/bench/checkout/bench-checkout.ts [options]
//
//   --rates R1,R2,...   offered journeys per second, one measured step each, open loop (default 2,5,10)
//   --duration S        measured seconds per step (default 20)
//   --warmup S          seconds each step offers its rate before its measured window (default 10)
//   --drain S           after each step, how long to wait for its last journeys (default 60)
//   --buyers N          virtual buyers (companies), at most one journey each at a time (default 60)
//   --idle S            seconds with no load first, to measure what the idle stack costs in CPU (default 5)
//   --max-seconds S     the whole run stops by itself after this long, whatever it is doing (default 900)
//   --kafka-port N      port of the bench's own broker (default 29692, controller N+1; the other benches' are on 29092-29592)
//   --database NAME     PostgreSQL database (default lotbook_bench_checkout)
//   --service-env S:K=V extra environment for a service, repeatable: --service-env orders:LOG_LEVEL=info
//   --keep              keep the database afterwards
//
// It starts its own single-node Kafka (unless KAFKA_BROKERS is set), creates the database afresh,
// starts counterparties, catalog, orders and the gateway as real processes on loopback, and seeds
// through GraphQL: three sellers with their listings (a billion on hand each, price breaks), a
// volume discount and a shipping table, the operator's commission per category, and the buyers,
// each on net terms with a credit limit no journey reaches. The gateway's per-address limits are
// raised for the run: every virtual buyer comes from 127.0.0.1; and it waits up to 20 s for a
// service (RPC_TIMEOUT_MS, 3 s by default): the report counts the journeys with a call over 3 s
// instead of failing them. Progress goes to stderr; the tables and, last, one JSON line go to stdout.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createKafka } from '@lotbook/messaging';
import { Client } from 'pg';
import {
  benchCompany,
  BenchStack,
  cpuReport,
  cpuSnapshot,
  cpuUsed,
  databaseOption,
  GraphQL,
  inParallel,
  OPERATOR_EMAIL,
  pollUntil,
  postgresBackends,
  registerApproved,
  sleep,
  waitForApproved,
  wholeOption,
  type CpuSnapshot,
} from '../shared/bench-stack';
import { formatRows } from '../shared/latency-stats';
import { headlineStep, keptUp, ratesOption, summarizeStep, type Journey, type StepSummary } from './checkout-report';

const SERVICES = ['counterparties', 'catalog', 'orders'] as const;
type ServiceName = (typeof SERVICES)[number] | 'gateway';

interface Options {
  rates: number[];
  durationSec: number;
  warmupSec: number;
  drainSec: number;
  buyers: number;
  idleSec: number;
  maxSeconds: number;
  kafkaPort: number;
  database: string;
  serviceEnv: Record<string, Record<string, string>>;
  keep: boolean;
}

function serviceEnvOption(entries: string[]): Record<string, Record<string, string>> {
  const env: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const match = /^(counterparties|catalog|orders|gateway):([A-Z_][A-Z0-9_]*)=(.*)$/.exec(entry);
    if (!match) throw new Error(`--service-env takes service:NAME=value (e.g. orders:LOG_LEVEL=info), got "${entry}"`);
    (env[match[1]] ??= {})[match[2]] = match[3];
  }
  return env;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rates: { type: 'string', default: '2,5,10' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '10' },
      drain: { type: 'string', default: '60' },
      buyers: { type: 'string', default: '60' },
      idle: { type: 'string', default: '5' },
      'max-seconds': { type: 'string', default: '900' },
      'kafka-port': { type: 'string', default: '29692' },
      database: { type: 'string', default: 'lotbook_bench_checkout' },
      'service-env': { type: 'string', multiple: true, default: [] },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: node tools/run-ts.mjs tools/bench/checkout/bench-checkout.ts [--rates 2,5,10] [--duration 20] [--warmup 10] [--drain 60] ' +
        '[--buyers 60] [--idle 5] [--max-seconds 900] [--kafka-port 29692] [--database lotbook_bench_checkout] ' +
        '[--service-env orders:NAME=value]... [--keep]',
    );
    process.exit(0);
  }
  return {
    rates: ratesOption(values.rates),
    durationSec: wholeOption('duration', values.duration, 1, 600),
    warmupSec: wholeOption('warmup', values.warmup, 0, 600),
    drainSec: wholeOption('drain', values.drain, 1, 600),
    buyers: wholeOption('buyers', values.buyers, 1, 500),
    idleSec: wholeOption('idle', values.idle, 1, 60),
    maxSeconds: wholeOption('max-seconds', values['max-seconds'], 60, 7_200),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024, 65_000),
    database: databaseOption(values.database),
    serviceEnv: serviceEnvOption(values['service-env']),
    keep: values.keep,
  };
}

const stack = new BenchStack('checkout');
const log = (line: string) => stack.log(line);

// ---------------------------------------------------------------------------
// The market, seeded through the gateway as people do it
// ---------------------------------------------------------------------------

const REGION = 'Moscow';
const RUB = (major: number) => major * 100;
const ON_HAND = 1_000_000_000;

interface SellerPlan {
  name: string;
  category: string;
  baseUnit: string;
  region: string;
  /** Per listing: list price in kopecks per base unit. */
  prices: number[];
  minimumOrderQuantity: number;
  lotMultiple: number;
  /** What each journey buys of each listing. */
  quantity: number;
  terms: Record<string, unknown> | null;
}

/**
 * Three sellers, ten listings: 4 × 1,500 kg of sheet (about 520,000.00 RUB, past the mill's volume
 * discount threshold, with a price break), 3 × 300 m of cable (past its free-shipping amount) and
 * 3 × 2 t of rebar (past its discount threshold). Every journey is the same basket.
 */
const SELLERS: SellerPlan[] = [
  {
    name: 'Bench Steel Mill',
    category: 'Sheet',
    baseUnit: 'KG',
    region: 'Yekaterinburg',
    prices: [9_000, 9_150, 9_300, 9_450],
    minimumOrderQuantity: 500,
    lotMultiple: 500,
    quantity: 1_500,
    terms: {
      currency: 'RUB',
      volumeDiscount: { rateBp: 300, thresholdMinor: RUB(300_000) },
      shippingFees: [{ region: REGION, feeMinor: RUB(5_000) }],
      freeShippingFromNetMinor: RUB(1_000_000),
      returnWindowDays: 14,
      restockingRateBp: 1_000,
    },
  },
  {
    name: 'Bench Cable Works',
    category: 'Power cable',
    baseUnit: 'M',
    region: 'Novosibirsk',
    prices: [20_000, 22_500, 25_000],
    minimumOrderQuantity: 100,
    lotMultiple: 100,
    quantity: 300,
    terms: {
      currency: 'RUB',
      shippingFees: [{ region: REGION, feeMinor: RUB(2_000) }],
      freeShippingFromNetMinor: RUB(150_000),
      returnWindowDays: 30,
      restockingRateBp: 500,
    },
  },
  {
    name: 'Bench Rebar Trade',
    category: 'Rebar',
    baseUnit: 'T',
    region: 'Kazan',
    prices: [6_300_000, 6_350_000, 6_400_000],
    minimumOrderQuantity: 1,
    lotMultiple: 1,
    quantity: 2,
    terms: {
      currency: 'RUB',
      volumeDiscount: { rateBp: 200, thresholdMinor: RUB(100_000) },
      shippingFees: [{ region: REGION, feeMinor: RUB(3_000) }],
      returnWindowDays: 30,
      restockingRateBp: 0,
    },
  },
];
const COMMISSION_BP: Record<string, number> = { Sheet: 300, 'Power cable': 400 };

interface CartLinePlan {
  listingId: string;
  quantity: number;
}

interface Buyer {
  index: number;
  companyId: string;
  legalEntityId: string;
  token: string;
}

interface Market {
  lines: CartLinePlan[];
  buyers: Buyer[];
  sellerIds: string[];
}

async function seedMarket(graphqlUrl: string, db: Client, options: Options): Promise<Market> {
  const anonymous = new GraphQL(graphqlUrl);
  const operator = await anonymous.signIn(OPERATOR_EMAIL, true);

  const sellerCompanies = SELLERS.map((seller, index) => benchCompany('checkout', 'SELLER', index, seller.name));
  const sellerIds: string[] = [];
  await inParallel(
    sellerCompanies,
    3,
    async (company, index) => void (sellerIds[index] = await registerApproved(anonymous, operator, company)),
  );
  const buyerCompanies = Array.from({ length: options.buyers }, (_, index) =>
    benchCompany('checkout', 'BUYER', index, `Bench Buyer ${index + 1}`),
  );
  const buyerIds: string[] = [];
  await inParallel(
    buyerCompanies,
    4,
    async (company, index) => void (buyerIds[index] = await registerApproved(anonymous, operator, company)),
  );
  log(`registered and approved ${sellerIds.length} sellers and ${buyerIds.length} buyers`);

  const categoryIds = new Map<string, string>();
  const create = `mutation ($name: String!, $parentId: ID) { createCategory(name: $name, parentId: $parentId) { id } }`;
  for (const [root, children] of [
    ['Steel', ['Sheet', 'Rebar']],
    ['Cables', ['Power cable']],
  ] as const) {
    const { createCategory } = await operator.data<{ createCategory: { id: string } }>(create, { name: root });
    for (const child of children) {
      categoryIds.set(
        child,
        (await operator.data<{ createCategory: { id: string } }>(create, { name: child, parentId: createCategory.id })).createCategory.id,
      );
    }
  }
  for (const [category, rateBp] of Object.entries(COMMISSION_BP)) {
    await operator.data(`mutation ($c: ID!, $r: Int!) { setCommissionRate(categoryId: $c, rateBp: $r) { defaultCommissionRateBp } }`, {
      c: categoryIds.get(category),
      r: rateBp,
    });
  }

  await waitForApproved(db, 'catalog', sellerIds);
  const listingsBySeller: string[][] = [];
  await inParallel(SELLERS, 3, async (seller, sellerIndex) => {
    const client = await anonymous.signIn(sellerCompanies[sellerIndex].adminEmail);
    listingsBySeller[sellerIndex] = [];
    for (const [index, price] of seller.prices.entries()) {
      const { createProduct } = await operator.data<{ createProduct: { id: string } }>(
        `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
        {
          input: {
            code: `BENCH-CO-${seller.category.toUpperCase().replace(/\W+/g, '-')}-${index + 1}`,
            name: `${seller.category} ${index + 1}`,
            categoryId: categoryIds.get(seller.category),
            baseUnit: seller.baseUnit,
          },
        },
      );
      const { saveListing } = await client.data<{ saveListing: { id: string } }>(
        `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
        {
          input: {
            productId: createProduct.id,
            sellerSku: `S${sellerIndex + 1}-${index + 1}`,
            region: seller.region,
            currency: 'RUB',
            unitPriceMinor: price,
            priceBreaks: [
              { fromQuantity: seller.quantity, unitPriceMinor: Math.round(price * 0.96) },
              { fromQuantity: seller.quantity * 10, unitPriceMinor: Math.round(price * 0.92) },
            ],
            minimumOrderQuantity: seller.minimumOrderQuantity,
            lotMultiple: seller.lotMultiple,
            onHand: ON_HAND,
          },
        },
      );
      listingsBySeller[sellerIndex][index] = saveListing.id;
    }
    if (seller.terms)
      await client.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, { input: seller.terms });
  });
  // The basket, a line of each seller in turn: A1 B1 C1 A2 B2 C2 A3 B3 C3 A4.
  const lines: CartLinePlan[] = [];
  for (let index = 0; lines.length < 10; index++) {
    for (const [sellerIndex, seller] of SELLERS.entries()) {
      const listingId = listingsBySeller[sellerIndex][index];
      if (listingId && lines.length < 10) lines.push({ listingId, quantity: seller.quantity });
    }
  }
  log(`saved ${lines.length} listings of ${SELLERS.length} sellers, their terms and the commission rates`);

  const buyers: Buyer[] = [];
  await inParallel(buyerCompanies, 4, async (company, index) => {
    const client = await anonymous.signIn(company.adminEmail);
    const { addLegalEntity } = await client.data<{ addLegalEntity: { id: string } }>(
      `mutation ($name: String!, $taxId: String!) { addLegalEntity(name: $name, taxId: $taxId, address: "Moscow, Tverskaya 1") { id } }`,
      { name: company.legalName, taxId: company.taxId },
    );
    await operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
      c: buyerIds[index],
      t: { currency: 'RUB', creditLimitMinor: RUB(10_000_000_000), paymentTermDays: 30 },
    });
    buyers[index] = { index, companyId: buyerIds[index], legalEntityId: addLegalEntity.id, token: client.token as string };
  });
  log(`${buyers.length} buyers have a legal entity, net-30 terms and are signed in`);

  await pollUntil(`orders to see ${sellerIds.length + buyerIds.length} companies APPROVED`, async () => {
    const { rows } = await db.query<{ approved: string }>(
      `SELECT count(*) AS approved FROM orders.company_status WHERE status = 'APPROVED' AND company_id = ANY ($1::uuid[])`,
      [[...sellerIds, ...buyerIds]],
    );
    return Number(rows[0].approved) === sellerIds.length + buyerIds.length ? true : undefined;
  });
  // The gateway reads the same statuses from the topic: the last buyer registered may add to its cart once it has.
  const last = buyers[buyers.length - 1];
  await pollUntil('the gateway to let the last buyer trade', async () => {
    const reply = await call(graphqlUrl, last.token, ADD_TO_CART, {
      listingId: lines[0].listingId,
      quantity: lines[0].quantity,
      key: randomUUID(),
    });
    return reply.ok ? true : undefined;
  });
  await call(graphqlUrl, last.token, CLEAR_CART, { key: randomUUID() });
  return { lines, buyers, sellerIds };
}

// ---------------------------------------------------------------------------
// The journeys
// ---------------------------------------------------------------------------

const ADD_TO_CART = `mutation BenchAddToCart($listingId: ID!, $quantity: Int!, $key: String) {
  addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $key) { currency lines { id quantity } }
}`;
const PREVIEW = `query BenchPreview($region: String!) {
  checkoutPreview(deliveryRegion: $region) {
    totalMinor paymentMode needsApproval
    orders { sellerCompanyId grossMinor sellerDiscountMinor loyaltyDiscountMinor shippingFeeMinor buyerPaysMinor
      lines { lineNo quantity unitPriceMinor payableMinor } }
  }
}`;
const CHECKOUT = `mutation BenchCheckout($input: CheckoutInput!) { checkout(input: $input) { id totalMinor orders { id status buyerPaysMinor } } }`;
const CLEAR_CART = `mutation BenchClearCart($key: String) { clearCart(idempotencyKey: $key) { companyId } }`;

type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; code: string };

/** One GraphQL call; a refusal or a transport failure as a code, never thrown. */
async function call(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Reply> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
    if (body.errors?.length || !body.data) return { ok: false, code: body.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}` };
    return { ok: true, data: body.data };
  } catch (error) {
    return { ok: false, code: (error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT_60S' : 'NETWORK_ERROR' };
  }
}

class Load {
  readonly journeys: Journey[] = [];
  private readonly idle: Buyer[];
  inFlight = 0;

  constructor(
    private readonly url: string,
    private readonly market: Market,
  ) {
    this.idle = [...market.buyers];
  }

  /** Starts a journey of an idle buyer; false when every buyer is in one. */
  start(step: number, measured: boolean): boolean {
    const buyer = this.idle.shift();
    if (!buyer) return false;
    const journey: Journey = { step, measured, startedAt: performance.now(), addMillis: [] };
    this.journeys.push(journey);
    this.inFlight++;
    void this.run(buyer, journey).finally(() => {
      this.inFlight--;
      this.idle.push(buyer);
    });
    return true;
  }

  private async run(buyer: Buyer, journey: Journey): Promise<void> {
    const fail = async (at: string, code: string) => {
      journey.ok = false;
      journey.error = code;
      journey.failedAt = at;
      journey.endedAt = performance.now();
      // What a failed journey left in the cart must not go into the next one.
      await call(this.url, buyer.token, CLEAR_CART, { key: randomUUID() });
    };
    for (const line of this.market.lines) {
      const began = performance.now();
      const reply = await call(this.url, buyer.token, ADD_TO_CART, {
        listingId: line.listingId,
        quantity: line.quantity,
        key: randomUUID(),
      });
      if (!reply.ok) return fail('addToCart', reply.code);
      journey.addMillis.push(performance.now() - began);
    }
    let began = performance.now();
    const preview = await call(this.url, buyer.token, PREVIEW, { region: REGION });
    if (!preview.ok) return fail('checkoutPreview', preview.code);
    journey.previewMillis = performance.now() - began;
    began = performance.now();
    const placed = await call(this.url, buyer.token, CHECKOUT, {
      input: {
        legalEntityId: buyer.legalEntityId,
        deliveryRegion: REGION,
        deliveryAddress: 'Moscow, Tverskaya 1',
        idempotencyKey: randomUUID(),
      },
    });
    if (!placed.ok) return fail('checkout', placed.code);
    journey.checkoutMillis = performance.now() - began;
    journey.endedAt = performance.now();
    const purchase = placed.data.checkout as { totalMinor: number; orders: Array<{ status: string }> };
    const previewed = preview.data.checkoutPreview as { totalMinor: number };
    if (purchase.orders.length !== SELLERS.length || purchase.orders.some((order) => order.status !== 'PLACED')) {
      journey.ok = false;
      journey.error = `UNEXPECTED_ORDERS(${purchase.orders.map((order) => order.status).join('/')})`;
      journey.failedAt = 'checkout';
    } else if (purchase.totalMinor !== previewed.totalMinor) {
      journey.ok = false;
      journey.error = 'TOTAL_DIFFERS_FROM_PREVIEW';
      journey.failedAt = 'checkout';
    } else {
      journey.ok = true;
    }
  }
}

/** Offers journeys at `rate` per second for `seconds`, open loop; returns how many found no idle buyer. */
async function offer(load: Load, step: number, rate: number, seconds: number, measured: boolean): Promise<number> {
  const start = performance.now();
  const end = start + seconds * 1000;
  let due = 0;
  let dropped = 0;
  while (!stack.interrupted) {
    const now = performance.now();
    if (now >= end) break;
    const shouldHave = Math.floor(((now - start) * rate) / 1000) + 1;
    while (due < shouldHave) {
      due++;
      if (!load.start(step, measured)) dropped++;
    }
    await sleep(Math.max(5, Math.min(50, Math.floor(1000 / rate / 2))));
  }
  return dropped;
}

/**
 * A fresh broker makes its group coordinator (the `__consumer_offsets` topic) at the first group
 * request. On a busy machine a service whose first join meets a coordinator not there yet can give
 * up, wait out its minute to settle and exit; asked here first, the coordinator is there for them.
 */
async function warmGroupCoordinator(brokers: string): Promise<void> {
  const admin = createKafka({ clientId: 'bench-checkout-warm-up', brokers: brokers.split(',') }).admin();
  await admin.connect();
  try {
    await pollUntil(
      'the broker’s group coordinator',
      async () => {
        try {
          await admin.describeGroups(['bench-checkout-warm-up']);
          return true;
        } catch {
          return undefined;
        }
      },
      180_000,
      500,
    );
  } finally {
    await admin.disconnect();
  }
  log('the broker’s group coordinator answers');
}

interface PgCounters {
  commits: number;
  rows: Map<string, number>;
}

/** Transactions committed in the database and rows written per table so far (PostgreSQL's statistics). */
async function pgCounters(db: Client, database: string): Promise<PgCounters> {
  const [{ rows: stats }, { rows: tables }] = await Promise.all([
    db.query<{ commits: string }>(`SELECT xact_commit AS commits FROM pg_stat_database WHERE datname = $1`, [database]),
    db.query<{ name: string; written: string }>(
      `SELECT schemaname || '.' || relname AS name, n_tup_ins + n_tup_upd + n_tup_del AS written FROM pg_stat_user_tables`,
    ),
  ]);
  return { commits: Number(stats[0]?.commits ?? 0), rows: new Map(tables.map((row) => [row.name, Number(row.written)])) };
}

interface StepResult {
  summary: StepSummary;
  /** The measured window: how busy each process was in the steady state. */
  cpuBefore: CpuSnapshot;
  cpuAfter: CpuSnapshot;
  /** The whole step, warm-up to the end of its drain: what its checkouts cost. */
  cpuStepStart: CpuSnapshot;
  cpuStepEnd: CpuSnapshot;
  pgStepStart: PgCounters;
  pgStepEnd: PgCounters;
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions();
  const watchdog = setTimeout(() => {
    log(`--max-seconds ${options.maxSeconds} reached: stopping everything`);
    void stack.stopEverything().then(() => process.exit(2));
  }, options.maxSeconds * 1000);
  watchdog.unref();

  const brokers = await stack.startKafka(options.kafkaPort, true);
  await warmGroupCoordinator(brokers);
  const url = await stack.freshDatabase(options.database, options.keep);
  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: url, HTTP_HOST: '127.0.0.1' };
  const ports: Record<ServiceName, number> = { counterparties: 0, catalog: 0, orders: 0, gateway: 0 };
  for (const name of Object.keys(ports) as ServiceName[]) ports[name] = await stack.freePort(29750);
  const serviceEnv = (name: ServiceName, own: Record<string, string> = {}) => ({ ...own, ...options.serviceEnv[name] });
  // One at a time: on a shared 2-core machine, four processes joining a fresh broker at once can
  // take longer than the minute a service gives its consumer groups to settle.
  for (const name of SERVICES) {
    await stack.startService(
      name,
      serviceEnv(name, {
        ...env,
        HTTP_PORT: String(ports[name]),
        // Tokens outlive the run; the seed signs every buyer in once.
        ...(name === 'counterparties' ? { ACCESS_TOKEN_TTL_SECONDS: '7200' } : {}),
      }),
    );
    log(`${name} ready`);
  }
  await stack.startService(
    'gateway',
    serviceEnv('gateway', {
      KAFKA_BROKERS: brokers,
      GATEWAY_PORT: String(ports.gateway),
      GATEWAY_HOST: '127.0.0.1',
      // The machine is shared: a call slower than the default 3 s is counted (see the report), not failed.
      RPC_TIMEOUT_MS: '20000',
      // Every virtual buyer comes from 127.0.0.1: the per-address allowances would throttle the bench, not a marketplace.
      GATEWAY_RATE_PER_ADDRESS: '10000000/60',
      GATEWAY_RATE_PER_ACCOUNT: '10000000/60',
      GATEWAY_RATE_SIGN_IN: '100000/60',
      GATEWAY_RATE_REGISTRATION: '100000/60',
    }),
  );
  const graphqlUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  log(`counterparties :${ports.counterparties}, catalog :${ports.catalog}, orders :${ports.orders}, gateway ${graphqlUrl} ready`);

  const db = new Client({ connectionString: url });
  await db.connect();
  stack.onStop('bench database connection', () => db.end());
  await stack.runOperatorCreate(url);
  const market = await seedMarket(graphqlUrl, db, options);
  if (stack.interrupted) return;

  const cpuGroups = new Map<string, () => number[]>([
    ...[...stack.services.values()].map((service) => [service.name, () => [service.child.pid ?? 0]] as [string, () => number[]]),
    ['kafka broker', () => [stack.kafkaPid ?? 0]],
    ['postgres (this db)', () => postgresBackends(options.database)],
    ['bench (this process)', () => [process.pid]],
  ]);
  const idleBefore = cpuSnapshot(cpuGroups);
  await sleep(options.idleSec * 1000);
  const idleAfter = cpuSnapshot(cpuGroups);
  log(`idle for ${options.idleSec} s to measure the stack's own CPU use`);

  const load = new Load(graphqlUrl, market);
  const results: StepResult[] = [];
  for (const [step, rate] of options.rates.entries()) {
    if (stack.interrupted) return;
    // The same rate first, unmeasured, so that the window sees the stack in its steady state at it.
    log(`step ${step + 1}: ${rate} journeys/s offered, ${options.warmupSec} s of warm-up then ${options.durationSec} s measured…`);
    const pgStepStart = await pgCounters(db, options.database);
    const cpuStepStart = cpuSnapshot(cpuGroups);
    if (options.warmupSec > 0) await offer(load, step, rate, options.warmupSec, false);
    const cpuBefore = cpuSnapshot(cpuGroups);
    const window = { start: performance.now(), end: 0, givenUpAt: 0 };
    const dropped = await offer(load, step, rate, options.durationSec, true);
    window.end = performance.now();
    const cpuAfter = cpuSnapshot(cpuGroups);
    const drainDeadline = performance.now() + options.drainSec * 1000;
    while (
      load.journeys.some((journey) => journey.step === step && journey.measured && journey.ok === undefined) &&
      performance.now() < drainDeadline &&
      !stack.interrupted
    ) {
      await sleep(50);
    }
    window.givenUpAt = performance.now();
    const cpuStepEnd = cpuSnapshot(cpuGroups);
    const pgStepEnd = await pgCounters(db, options.database);
    for (const journey of load.journeys) if (journey.step === step && journey.ok === undefined) journey.error = 'UNFINISHED';
    const summary = summarizeStep(step, rate, load.journeys, dropped, window);
    results.push({ summary, cpuBefore, cpuAfter, cpuStepStart, cpuStepEnd, pgStepStart, pgStepEnd });
    log(
      `step ${step + 1}: ${summary.ok} of ${summary.offered} ok, ${summary.checkoutsPerSec}/s, p99 ${summary.p99Millis} ms, ${summary.failed} failed` +
        ` (${load.inFlight} still in flight after ${((performance.now() - window.end) / 1000).toFixed(1)} s of drain)`,
    );
    // Journeys still running would load the next step: wait for them (or give up on them) first.
    while (load.inFlight > 0 && !stack.interrupted && performance.now() < drainDeadline + options.drainSec * 1000) await sleep(100);
  }

  const problems = stack.serviceProblems();
  const purchases = await db.query<{ count: string }>(`SELECT count(*) FROM orders.purchase`);
  await stack.stopEverything();
  clearTimeout(watchdog);
  report(options, results, idleBefore, idleAfter, problems, Number(purchases.rows[0].count));
}

function report(
  options: Options,
  results: StepResult[],
  idleBefore: CpuSnapshot,
  idleAfter: CpuSnapshot,
  problems: string[],
  purchases: number,
): void {
  const out = (line = '') => console.log(line);
  const fixed = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));
  out();
  out(
    `checkout end to end through GraphQL: each journey 10 × addToCart (3 sellers), checkoutPreview, checkout; ${options.buyers} virtual buyers ` +
      `(a company each); steps of ${options.durationSec} s at ${options.rates.join(', ')} journeys/s offered, each after ${options.warmupSec} s of warm-up at its rate ` +
      `(bench wall time ${stack.seconds().toFixed(1)} s; ${purchases} purchases placed in all)`,
  );
  out();
  out(
    formatRows(
      [
        'offered/s',
        'offered',
        'ok',
        'failed',
        'unanswered',
        'checkouts/s',
        'kept up',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'ok with a call > 3 s',
      ],
      results.map(({ summary }) => [
        fixed(summary.offeredPerSec),
        String(summary.offered),
        String(summary.ok),
        String(summary.failed),
        String(summary.unfinished),
        fixed(summary.checkoutsPerSec),
        keptUp(summary) ? 'yes' : 'no',
        fixed(summary.p50Millis),
        fixed(summary.p90Millis),
        fixed(summary.p99Millis),
        fixed(summary.maxMillis),
        String(summary.slowOver3s),
      ]),
    ),
  );
  out('(offered, ok, failed and latency: the journeys due in the measured window; a journey is first addToCart sent → checkout answered,');
  out(' or → its failure, or, unanswered, → the end of the drain; failed counts the unanswered and those no idle virtual buyer was');
  out(' left for; checkouts/s: journeys of the step that ended well inside the window, per second of it. The gateway waits up to');
  out(' 20 s for a service here: a call over 3 s, its default, would have failed with SERVICE_UNAVAILABLE)');
  out(`(the drain after each window: up to ${options.drainSec} s)`);
  out();
  out('where a journey’s time goes, per call (ms; the calls answered well in the journeys of the window):');
  out(
    formatRows(
      ['offered/s', 'addToCart p50', 'addToCart p99', 'preview p50', 'preview p99', 'checkout p50', 'checkout p99'],
      results.map(({ summary }) => [
        fixed(summary.offeredPerSec),
        fixed(summary.addToCart.p50),
        fixed(summary.addToCart.p99),
        fixed(summary.preview.p50),
        fixed(summary.preview.p99),
        fixed(summary.checkout.p50),
        fixed(summary.checkout.p99),
      ]),
    ),
  );
  out();
  out('CPU with no load:');
  for (const line of cpuReport(idleBefore, idleAfter)) out(line);
  const groups = [...idleAfter.processes.keys()];
  const idleSeconds = (idleAfter.at - idleBefore.at) / 1000;
  out();
  out('CPU per checkout, by process: the CPU ms a step used from its warm-up to the end of its drain, per journey of the step that');
  out('ended well ("over idle": less what the process uses with no load); "cores": how much of a core it used in the measured window:');
  const idleRate = (group: string) =>
    (group === 'all'
      ? groups.reduce((sum, name) => sum + cpuUsed(idleBefore, idleAfter, name), 0)
      : cpuUsed(idleBefore, idleAfter, group)) / idleSeconds;
  const used = (from: CpuSnapshot, to: CpuSnapshot, group: string) =>
    group === 'all' ? groups.reduce((sum, name) => sum + cpuUsed(from, to, name), 0) : cpuUsed(from, to, group);
  const seconds = (from: CpuSnapshot, to: CpuSnapshot) => (to.at - from.at) / 1000;
  const perCheckout = (result: StepResult, cpuSeconds: number) =>
    result.summary.okOfStep === 0 ? '-' : ((cpuSeconds * 1000) / result.summary.okOfStep).toFixed(1);
  out(
    formatRows(
      ['process', 'idle cores', ...results.flatMap(({ summary }) => [`${fixed(summary.offeredPerSec)}/s ms`, 'over idle', 'cores'])],
      [...groups, 'all'].map((group) => [
        group,
        idleRate(group).toFixed(2),
        ...results.flatMap((result) => {
          const step = used(result.cpuStepStart, result.cpuStepEnd, group);
          return [
            perCheckout(result, step),
            perCheckout(result, Math.max(0, step - idleRate(group) * seconds(result.cpuStepStart, result.cpuStepEnd))),
            (used(result.cpuBefore, result.cpuAfter, group) / seconds(result.cpuBefore, result.cpuAfter)).toFixed(2),
          ];
        }),
      ]),
    ),
  );
  out(
    `  (ok journeys per step: ${results.map(({ summary }) => `${fixed(summary.offeredPerSec)}/s ${summary.okOfStep}`).join(', ')}; the work of journeys left unfinished counts too)`,
  );
  for (const result of results) {
    const busy =
      (result.cpuAfter.machine.busy - result.cpuBefore.machine.busy) /
      Math.max(1e-9, result.cpuAfter.machine.total - result.cpuBefore.machine.total);
    out(
      `  at ${fixed(result.summary.offeredPerSec)}/s the machine (${result.cpuAfter.machine.cores} cores, shared) was ${(busy * 100).toFixed(0)} % busy over ${seconds(result.cpuBefore, result.cpuAfter).toFixed(1)} s of its window`,
    );
  }
  out();
  for (const result of results) {
    if (result.summary.okOfStep === 0) continue;
    const ok = result.summary.okOfStep;
    const written = [...result.pgStepEnd.rows]
      .map(([table, count]) => [table, count - (result.pgStepStart.rows.get(table) ?? 0)] as const)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    out(
      `PostgreSQL at ${fixed(result.summary.offeredPerSec)}/s: ${((result.pgStepEnd.commits - result.pgStepStart.commits) / ok).toFixed(1)} transactions per checkout (each autocommit statement is one); ` +
        `rows written per checkout: ${written.map(([table, count]) => `${table} ${(count / ok).toFixed(1)}`).join(', ')}`,
    );
  }
  for (const { summary } of results) {
    for (const [code, count] of summary.errors) out(`failed at ${fixed(summary.offeredPerSec)}/s: ${count} × ${code}`);
  }
  out(problems.length > 0 ? `what the services logged (warn and above):\n  ${problems.join('\n  ')}` : 'the services logged no warnings');
  out();
  const headline = headlineStep(results.map((result) => result.summary));
  out(
    headline
      ? `headline: the ${fixed(headline.offeredPerSec)}/s step (${keptUp(headline) ? 'the highest offered rate the stack kept up with' : 'it kept up with none; the step with the most checkouts per second'})`
      : 'headline: no step ran',
  );
  out(JSON.stringify({ bench: 'checkout', checkoutsPerSec: headline?.checkoutsPerSec ?? 0, p99Millis: headline?.p99Millis ?? 0 }));
}

stack.run(main);
