// The trading service end to end, as the gateway drives it: place-bid and place-ask commands
// over Kafka request-reply into the real trading service (which checks companies and products,
// reserves an ask's stock in catalog, matches in the book, commits batches to PostgreSQL and
// publishes through its outbox), timed from the moment a command is sent to the moment the
// `trading.trade.matched` event of that order is read off the topic.
//
//   node tools/run-ts.mjs tools/bench/trading/bench-trading.ts [options]
//
//   --rate N            orders per second offered, open loop (default 2000)
//   --duration S        measured seconds (default 20)
//   --warmup S          seconds of the same load first, not measured (default 5)
//   --seed N            order stream seed (default 1)
//   --products N        products with a book each (default 6)
//   --buyers N / --sellers N   companies on each side (default 4 / 4)
//   --ask-share X       share of the stream's orders that are asks (default 0.2)
//   --clients N         command clients (a producer and a reply consumer each, like gateway replicas; default 1)
//   --max-in-flight N   orders waiting for their reply before the bench holds back (default 20000)
//   --drain S           how long to wait for the last replies and events (default 15)
//   --idle S            seconds with no load first, to measure what the idle stack costs in CPU (default 5)
//   --kafka-port N      port of the bench's own broker (default 29192; controller N+1)
//   --database NAME     PostgreSQL database (default lotbook_bench_trading)
//   --keep-gateway      keep the gateway running during the load (it is only needed to seed)
//   --service-env S:K=V extra environment for a service, repeatable: --service-env trading:RPC_CONCURRENCY=16
//                       (to profile one: NODE_OPTIONS=--require ./tools/bench/shared/cpu-profile-hook.cjs
//                       and CPU_PROFILE_DIR=DIR, see that file)
//   --keep              keep the database afterwards
//
// It starts its own single-node Kafka (unless KAFKA_BROKERS is set), creates the database
// afresh (DATABASE_ADMIN_URL, default the local server as postgres), starts counterparties,
// catalog, trading and the gateway as real processes, registers and approves the buyers and
// sellers, creates a category, the products and each seller's listing of each product (with
// a billion on hand) through GraphQL, waits until trading's company_status projection has every
// company APPROVED, and stops the gateway. Then it places a ladder of big resting asks and bids
// in every book and offers a seeded stream of orders at a fixed rate (see order-stream.ts):
// about 78% cross and trade at once, the rest rest. Progress goes to stderr; the tables and,
// last, one JSON line go to stdout.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { orderCommands, tradeMatched, type CommandResult } from '@lotbook/contracts';
import { CommandClient, CommandTimeoutError, createKafka } from '@lotbook/messaging';
import type { Consumer, Kafka } from 'kafkajs';
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
  postgresBackends,
  registerApproved,
  shareOption,
  sleep,
  waitForApproved,
  wholeOption,
} from '../shared/bench-stack';
import { formatRows } from '../shared/latency-stats';
import { DEFAULT_STREAM, LISTING_ON_HAND, ladderOrders, OrderStream, type PlannedOrder, type StreamConfig } from './order-stream';
import { latencyTable, spread, summarizeLatency } from './trading-report';

interface Options {
  rate: number;
  durationSec: number;
  warmupSec: number;
  seed: number;
  products: number;
  buyers: number;
  sellers: number;
  askShare: number;
  clients: number;
  maxInFlight: number;
  drainSec: number;
  idleSec: number;
  kafkaPort: number;
  database: string;
  keepGateway: boolean;
  /** Extra environment per service: `trading:RPC_CONCURRENCY=16`. */
  serviceEnv: Record<string, Record<string, string>>;
  keep: boolean;
}

function serviceEnvOption(entries: string[]): Record<string, Record<string, string>> {
  const env: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const match = /^(counterparties|catalog|trading|gateway):([A-Z_][A-Z0-9_]*)=(.*)$/.exec(entry);
    if (!match) throw new Error(`--service-env takes service:NAME=value (e.g. trading:OUTBOX_BATCH_SIZE=1000), got "${entry}"`);
    (env[match[1]] ??= {})[match[2]] = match[3];
  }
  return env;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '2000' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      products: { type: 'string', default: '6' },
      buyers: { type: 'string', default: '4' },
      sellers: { type: 'string', default: '4' },
      'ask-share': { type: 'string', default: String(DEFAULT_STREAM.askShare) },
      clients: { type: 'string', default: '1' },
      'max-in-flight': { type: 'string', default: '20000' },
      drain: { type: 'string', default: '15' },
      idle: { type: 'string', default: '5' },
      'kafka-port': { type: 'string', default: '29192' },
      database: { type: 'string', default: 'lotbook_bench_trading' },
      'keep-gateway': { type: 'boolean', default: false },
      'service-env': { type: 'string', multiple: true, default: [] },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: node tools/run-ts.mjs tools/bench/trading/bench-trading.ts [--rate 2000] [--duration 20] [--warmup 5] [--seed 1] [--products 6] ' +
        '[--buyers 4] [--sellers 4] [--ask-share 0.2] [--clients 1] [--max-in-flight 20000] [--drain 15] [--idle 5] [--kafka-port 29192] ' +
        '[--database lotbook_bench_trading] [--keep-gateway] [--service-env trading:NAME=value]... [--keep]',
    );
    process.exit(0);
  }
  return {
    rate: wholeOption('rate', values.rate, 1, 100_000),
    durationSec: wholeOption('duration', values.duration, 1),
    warmupSec: wholeOption('warmup', values.warmup, 0),
    seed: wholeOption('seed', values.seed, 0),
    products: wholeOption('products', values.products, 1, 200),
    buyers: wholeOption('buyers', values.buyers, 1, 50),
    sellers: wholeOption('sellers', values.sellers, 1, 50),
    askShare: shareOption('ask-share', values['ask-share']),
    clients: wholeOption('clients', values.clients, 1, 32),
    maxInFlight: wholeOption('max-in-flight', values['max-in-flight'], 1),
    drainSec: wholeOption('drain', values.drain, 1),
    idleSec: wholeOption('idle', values.idle, 1),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024, 65_000),
    database: databaseOption(values.database),
    keepGateway: values['keep-gateway'],
    serviceEnv: serviceEnvOption(values['service-env']),
    keep: values.keep,
  };
}

const stack = new BenchStack('trading');
const log = (line: string) => stack.log(line);

// ---------------------------------------------------------------------------
// Seeding, through the gateway as people do it
// ---------------------------------------------------------------------------

interface Trader {
  companyId: string;
  userId: string;
  roles: string[];
}

interface Market {
  buyers: Trader[];
  sellers: Trader[];
  productIds: string[];
  /** listingIds[seller][product] */
  listingIds: string[][];
}

const PRODUCT_NAMES = [
  'Rebar A500C',
  'Hot-rolled sheet',
  'Steel pipe',
  'Angle bar',
  'Wire rod',
  'Channel bar',
  'I-beam',
  'Cold-rolled coil',
];

async function seedMarket(graphqlUrl: string, db: Client, options: Options): Promise<Market> {
  const anonymous = new GraphQL(graphqlUrl);
  const operator = await anonymous.signIn(OPERATOR_EMAIL, true);
  const buyerCompanies = Array.from({ length: options.buyers }, (_, index) =>
    benchCompany('trading', 'BUYER', index, `Bench Buyer ${index + 1}`),
  );
  const sellerCompanies = Array.from({ length: options.sellers }, (_, index) =>
    benchCompany('trading', 'SELLER', index, `Bench Seller ${index + 1}`),
  );
  const buyerIds: string[] = [];
  const sellerIds: string[] = [];
  await inParallel(
    buyerCompanies,
    4,
    async (company, index) => void (buyerIds[index] = await registerApproved(anonymous, operator, company)),
  );
  await inParallel(
    sellerCompanies,
    4,
    async (company, index) => void (sellerIds[index] = await registerApproved(anonymous, operator, company)),
  );
  log(`registered and approved ${buyerIds.length} buyers and ${sellerIds.length} sellers`);

  const { createCategory } = await operator.data<{ createCategory: { id: string } }>(
    `mutation ($name: String!) { createCategory(name: $name) { id } }`,
    { name: 'Long steel products' },
  );
  const productIds: string[] = [];
  for (let index = 0; index < options.products; index++) {
    const name = `${PRODUCT_NAMES[index % PRODUCT_NAMES.length]} ${10 + 2 * Math.floor(index / PRODUCT_NAMES.length)} mm`;
    const { createProduct } = await operator.data<{ createProduct: { id: string } }>(
      `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
      { input: { code: `BENCH-TR-${String(index + 1).padStart(3, '0')}`, name, categoryId: createCategory.id, baseUnit: 'KG' } },
    );
    productIds.push(createProduct.id);
  }
  log(`created ${productIds.length} products`);

  await waitForApproved(db, 'catalog', sellerIds);
  const listingIds: string[][] = [];
  await inParallel(sellerCompanies, 4, async (company, sellerIndex) => {
    const seller = await anonymous.signIn(company.adminEmail);
    listingIds[sellerIndex] = [];
    for (const [productIndex, productId] of productIds.entries()) {
      const { saveListing } = await seller.data<{ saveListing: { id: string } }>(
        `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
        {
          input: {
            productId,
            sellerSku: `S${sellerIndex + 1}-P${productIndex + 1}`,
            region: ['Yekaterinburg', 'Chelyabinsk', 'Moscow', 'Kazan'][sellerIndex % 4],
            currency: 'RUB',
            unitPriceMinor: 50_000_00,
            minimumOrderQuantity: 1,
            lotMultiple: 1,
            onHand: LISTING_ON_HAND,
          },
        },
      );
      listingIds[sellerIndex][productIndex] = saveListing.id;
    }
  });
  log(`saved ${options.sellers * productIds.length} listings with ${LISTING_ON_HAND.toLocaleString('en')} on hand each`);

  await waitForApproved(db, 'trading', [...buyerIds, ...sellerIds]);
  log('trading sees every company APPROVED');
  const members = await db.query<{ user_id: string; company_id: string; roles: string[] }>(
    `SELECT user_id, company_id, roles FROM counterparties.membership WHERE company_id = ANY ($1::uuid[])`,
    [[...buyerIds, ...sellerIds]],
  );
  const traderOf = (companyId: string): Trader => {
    const member = members.rows.find((row) => row.company_id === companyId);
    if (!member) throw new Error(`company ${companyId} has no member`);
    return { companyId, userId: member.user_id, roles: member.roles };
  };
  return { buyers: buyerIds.map(traderOf), sellers: sellerIds.map(traderOf), productIds, listingIds };
}

// ---------------------------------------------------------------------------
// The load: commands out, replies and trade events in
// ---------------------------------------------------------------------------

type Placement = { order: { id: string; status: string }; trades: Array<{ id: string }> };

interface Tracked {
  order: PlannedOrder;
  /** performance.now() and Date.now() when the command was handed to the producer. */
  sentAt: number;
  sentEpoch: number;
  measured: boolean;
  replyMillis?: number;
  replyAt?: number;
  ok?: boolean;
  error?: string;
  /** Trades the placement itself made (it was the taker). */
  takerTrades?: number;
  /** Sent → the first trade event of this order as taker read off the topic. */
  eventMillis?: number;
  stages?: { intake: number; persist: number; relay: number; delivery: number };
}

class Load {
  readonly tracked = new Map<string, Tracked>();
  private next = 0;
  inFlight = 0;
  held = 0;
  tradeEvents = 0;
  makerEvents = 0;
  unknownEvents = 0;
  readonly window = { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY };
  windowReplies = 0;
  windowTradeEvents = 0;
  readonly errors = new Map<string, number>();

  constructor(
    private readonly clients: CommandClient[],
    private readonly market: Market,
  ) {}

  /** Sends one order; resolves with its outcome (never rejects). */
  send(order: PlannedOrder, measured: boolean): Promise<Tracked> {
    const client = this.clients[this.next++ % this.clients.length];
    const productId = this.market.productIds[order.productIndex];
    const trader = order.side === 'BID' ? this.market.buyers[order.companyIndex] : this.market.sellers[order.companyIndex];
    const actor = { kind: 'USER' as const, id: trader.userId, companyId: trader.companyId, roles: trader.roles };
    const tracked: Tracked = { order, sentAt: performance.now(), sentEpoch: Date.now(), measured };
    this.tracked.set(order.id, tracked);
    this.inFlight++;
    const reply: Promise<CommandResult<Placement>> =
      order.side === 'BID'
        ? client.command(
            orderCommands.placeBid,
            {
              actor,
              orderId: order.id,
              productId,
              currency: 'RUB',
              quantity: order.quantity,
              limitPriceMinor: order.limitPriceMinor,
              minimumFill: 1,
              acceptedRegions: [],
            },
            productId,
          )
        : client.command(
            orderCommands.placeAsk,
            {
              actor,
              orderId: order.id,
              listingId: this.market.listingIds[order.companyIndex][order.productIndex],
              productId,
              currency: 'RUB',
              quantity: order.quantity,
              limitPriceMinor: order.limitPriceMinor,
            },
            productId,
          );
    return reply.then(
      (result) => {
        this.settle(tracked, result.ok, result.ok ? undefined : result.error.code);
        if (result.ok) tracked.takerTrades = result.result.trades.length;
        return tracked;
      },
      (error: Error) => {
        this.settle(tracked, false, error instanceof CommandTimeoutError ? 'TIMEOUT' : error.message.slice(0, 80));
        return tracked;
      },
    );
  }

  private settle(tracked: Tracked, ok: boolean, error: string | undefined): void {
    const now = performance.now();
    tracked.replyAt = now;
    tracked.replyMillis = now - tracked.sentAt;
    tracked.ok = ok;
    tracked.error = error;
    this.inFlight--;
    if (ok && now >= this.window.start && now < this.window.end) this.windowReplies++;
    if (!ok && tracked.measured) this.errors.set(error ?? '?', (this.errors.get(error ?? '?') ?? 0) + 1);
  }

  /** A trade event off the topic: the taker's first one times its order. */
  onTrade(payload: { bidId: string; askId: string; takerSide: string; matchedAt: string }, envelopeAt: string, kafkaAt: number): void {
    const now = performance.now();
    const nowEpoch = Date.now();
    this.tradeEvents++;
    if (now >= this.window.start && now < this.window.end) this.windowTradeEvents++;
    const takerId = payload.takerSide === 'BID' ? payload.bidId : payload.askId;
    const tracked = this.tracked.get(takerId);
    if (!tracked) {
      if (this.tracked.has(payload.takerSide === 'BID' ? payload.askId : payload.bidId)) this.makerEvents++;
      else this.unknownEvents++;
      return;
    }
    if (tracked.eventMillis !== undefined) return;
    tracked.eventMillis = now - tracked.sentAt;
    const matchedAt = Date.parse(payload.matchedAt);
    const enqueuedAt = Date.parse(envelopeAt);
    tracked.stages = {
      intake: matchedAt - tracked.sentEpoch,
      persist: enqueuedAt - matchedAt,
      relay: kafkaAt - enqueuedAt,
      delivery: nowEpoch - kafkaAt,
    };
  }
}

/** A consumer of `trading.trade.matched` in a group of its own, joined before anything is sent. */
async function startTradeConsumer(kafka: Kafka, load: Load): Promise<Consumer> {
  const consumer = kafka.consumer({
    groupId: `bench-trading-${randomUUID().slice(0, 8)}`,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 500,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [tradeMatched.name], fromBeginning: false });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    // A group of its own that starts at the end: nothing to resume, so no offset commit per fetch
    // (each would be one more broker request per batch).
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        const envelope = JSON.parse(String(message.value)) as {
          occurredAt: string;
          payload: { bidId: string; askId: string; takerSide: string; matchedAt: string };
        };
        load.onTrade(envelope.payload, envelope.occurredAt, Number(message.timestamp));
      }
    },
  });
  await joined;
  return consumer;
}

/** Offers orders at `rate` per second for `seconds`, open loop (held back only at max in flight). */
async function offer(
  load: Load,
  stream: OrderStream,
  options: Options,
  seconds: number,
  measured: boolean,
): Promise<{ sent: number; maxLagMs: number }> {
  const start = performance.now();
  const end = start + seconds * 1000;
  let sent = 0;
  let maxLagMs = 0;
  while (!stack.interrupted) {
    const now = performance.now();
    if (now >= end) break;
    const due = Math.floor(((now - start) * options.rate) / 1000);
    if (due - sent > 0) maxLagMs = Math.max(maxLagMs, ((due - sent - 1) * 1000) / options.rate);
    while (sent < due) {
      if (load.inFlight >= options.maxInFlight) {
        load.held++;
        break;
      }
      void load.send(stream.next(), measured);
      sent++;
    }
    // Until the next order is due (at least a millisecond): a wake-up every millisecond cost the
    // bench, which shares the machine with what it measures, CPU at low rates for nothing.
    await sleep(Math.max(1, Math.floor(1000 / options.rate)));
  }
  return { sent, maxLagMs };
}

async function placeLadder(load: Load, config: StreamConfig): Promise<void> {
  const ladder = ladderOrders(config);
  const started = performance.now();
  await inParallel(ladder, 32, async (order) => {
    const outcome = await load.send(order, false);
    if (!outcome.ok) throw new Error(`the ladder's ${order.side} ${order.id} was refused: ${outcome.error}`);
  });
  log(`placed the ladder: ${ladder.length} resting orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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

/**
 * Messages each consumer group has yet to read, per topic, now (only groups with members, and
 * only topics that lag: the stopped gateway's group keeps its offsets but waits for nothing).
 */
async function consumerLag(kafka: Kafka): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const { groups: described } = await admin.describeGroups(groups.map((group) => group.groupId));
    const ends = new Map<string, Map<number, number>>();
    const lines: string[] = [];
    const reading = described.filter((group) => group.members.length > 0 && !group.groupId.startsWith('bench-trading'));
    for (const { groupId } of reading) {
      const offsets = await admin.fetchOffsets({ groupId });
      for (const { topic, partitions } of offsets) {
        if (!ends.has(topic)) {
          ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((entry) => [entry.partition, Number(entry.high)])));
        }
        const high = ends.get(topic) as Map<number, number>;
        const lag = partitions.reduce(
          (sum, entry) => sum + Math.max(0, (high.get(entry.partition) ?? 0) - Math.max(0, Number(entry.offset))),
          0,
        );
        if (lag > 0) lines.push(`${groupId} on ${topic}: ${lag}`);
      }
    }
    return lines;
  } finally {
    await admin.disconnect();
  }
}

/** How many placements each of trading's commits carried in the window (orders of one commit share placed_at). */
async function commitSizes(db: Client, fromEpoch: number, toEpoch: number): Promise<{ commits: number; sizes: number[] }> {
  const { rows } = await db.query<{ size: number }>(
    `SELECT count(*)::int AS size FROM trading.trading_order
      WHERE placed_at >= to_timestamp($1 / 1000.0) AND placed_at < to_timestamp($2 / 1000.0) GROUP BY placed_at`,
    [fromEpoch, toEpoch],
  );
  return { commits: rows.length, sizes: rows.map((row) => row.size) };
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions();
  const brokers = await stack.startKafka(options.kafkaPort, true);
  const url = await stack.freshDatabase(options.database, options.keep);
  const env = { KAFKA_BROKERS: brokers, DATABASE_URL: url };
  const ports = { counterparties: 0, catalog: 0, trading: 0, gateway: 0 };
  for (const name of Object.keys(ports) as Array<keyof typeof ports>) ports[name] = await stack.freePort(29150);
  await Promise.all(
    (['counterparties', 'catalog', 'trading'] as const).map((name) =>
      stack.startService(name, { ...env, HTTP_PORT: String(ports[name]), ...options.serviceEnv[name] }),
    ),
  );
  await stack.startService('gateway', {
    KAFKA_BROKERS: brokers,
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_HOST: '127.0.0.1',
    ...options.serviceEnv.gateway,
  });
  const graphqlUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  log(`counterparties :${ports.counterparties}, catalog :${ports.catalog}, trading :${ports.trading}, gateway ${graphqlUrl} ready`);

  const db = new Client({ connectionString: url });
  await db.connect();
  stack.onStop('bench database connection', () => db.end());
  await stack.runOperatorCreate(url);
  const market = await seedMarket(graphqlUrl, db, options);
  if (!options.keepGateway) {
    await stack.stopService('gateway');
    log('stopped the gateway (it was needed to seed; the load goes in over Kafka as the gateway sends it)');
  }

  const kafka = createKafka({ clientId: 'bench-trading', brokers: brokers.split(',') });
  const clients = Array.from(
    { length: options.clients },
    (_, index) => new CommandClient(kafka, `bench-trading-${index}`, [orderCommands.placeBid, orderCommands.placeAsk], 30_000),
  );
  for (const client of clients) {
    await client.start();
    stack.onStop('a command client', () => client.stop());
  }
  const load = new Load(clients, market);
  const consumer = await startTradeConsumer(kafka, load);
  stack.onStop('the trade consumer', () => consumer.disconnect());
  log(`${clients.length} command clients and the trade consumer joined`);

  const config: StreamConfig = {
    seed: options.seed,
    products: options.products,
    buyers: options.buyers,
    sellers: options.sellers,
    ...DEFAULT_STREAM,
    askShare: options.askShare,
  };
  const cpuGroups = new Map<string, () => number[]>([
    ...[...stack.services.values()]
      .filter((service) => service.child.exitCode === null && service.child.signalCode === null)
      .map((service) => [service.name, () => [service.child.pid ?? 0]] as [string, () => number[]]),
    ['kafka broker', () => [stack.kafkaPid ?? 0]],
    ['postgres (this db)', () => postgresBackends(options.database)],
    ['bench (this process)', () => [process.pid]],
  ]);
  // What the stack costs with nothing to do: consumers polling, timers, the broker's own work.
  const idleBefore = cpuSnapshot(cpuGroups);
  await sleep(options.idleSec * 1000);
  const idleAfter = cpuSnapshot(cpuGroups);
  log(`idle for ${options.idleSec} s to measure the stack's own CPU use`);

  await placeLadder(load, config);
  const stream = new OrderStream(config);
  if (options.warmupSec > 0 && !stack.interrupted) {
    const warm = await offer(load, stream, options, options.warmupSec, false);
    log(`warm-up: offered ${warm.sent} orders in ${options.warmupSec} s (${load.inFlight} still in flight)`);
  }
  if (stack.interrupted) return;

  log(`measuring ${options.durationSec} s at ${options.rate} orders/s…`);
  const pgBefore = await pgCounters(db, options.database);
  const cpuBefore = cpuSnapshot(cpuGroups);
  load.window.start = performance.now();
  const windowStartEpoch = Date.now();
  load.window.end = load.window.start + options.durationSec * 1000;
  const offered = await offer(load, stream, options, options.durationSec, true);
  const cpuAfter = cpuSnapshot(cpuGroups);
  const windowEndEpoch = Date.now();
  const windowSeconds = (performance.now() - load.window.start) / 1000;
  if (stack.interrupted) return;
  const lagAtEnd = await consumerLag(kafka);
  const pgAfter = await pgCounters(db, options.database);

  // The last replies and events of the window.
  const measured = [...load.tracked.values()].filter((tracked) => tracked.measured);
  const waiting = () =>
    measured.filter((tracked) => tracked.ok === undefined || (tracked.takerTrades && tracked.eventMillis === undefined));
  const drainDeadline = performance.now() + options.drainSec * 1000;
  while (waiting().length > 0 && performance.now() < drainDeadline && !stack.interrupted) await sleep(50);
  const drainedAt = performance.now();
  const commits = await commitSizes(db, windowStartEpoch, windowEndEpoch);
  const dbTrades = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM trading.trade WHERE matched_at >= to_timestamp($1 / 1000.0) AND matched_at < to_timestamp($2 / 1000.0)`,
    [windowStartEpoch, windowEndEpoch],
  );
  const outboxBacklog = await db.query<{ trading: number }>(`SELECT count(*)::int AS trading FROM trading.outbox`);

  // ---- the report ----
  const replied = measured.filter((tracked) => tracked.ok !== undefined);
  const ok = replied.filter((tracked) => tracked.ok);
  const traded = ok.filter((tracked) => (tracked.takerTrades ?? 0) > 0);
  // Placement → trade event is timed over the orders priced to cross, which trade the moment the
  // book takes them. One whose event never came (refused, no reply, lost) counts with the time
  // it was waited for, so a stalled service shows as a long p99, not as a short list.
  const crossing = measured.filter((tracked) => tracked.order.intent === 'CROSS');
  const eventMillis = (tracked: Tracked) => tracked.eventMillis ?? drainedAt - tracked.sentAt;
  const missing = crossing.filter((tracked) => tracked.eventMillis === undefined);
  const bySide = (list: Tracked[], side: string) => list.filter((tracked) => tracked.order.side === side);
  const replyRows = [
    summarizeLatency(
      'reply  bid',
      bySide(ok, 'BID').map((tracked) => tracked.replyMillis as number),
      windowSeconds,
    ),
    summarizeLatency(
      'reply  ask',
      bySide(ok, 'ASK').map((tracked) => tracked.replyMillis as number),
      windowSeconds,
    ),
    summarizeLatency(
      'reply  all',
      ok.map((tracked) => tracked.replyMillis as number),
      windowSeconds,
    ),
  ];
  const eventRows = [
    summarizeLatency('trade event  bid', bySide(crossing, 'BID').map(eventMillis), windowSeconds),
    summarizeLatency('trade event  ask', bySide(crossing, 'ASK').map(eventMillis), windowSeconds),
    summarizeLatency('trade event  all', crossing.map(eventMillis), windowSeconds),
  ];
  const ordersPerSec = Math.round((load.windowReplies / windowSeconds) * 10) / 10;
  const p99Millis = eventRows[2].p99Millis;

  const withStages = traded.filter((tracked) => tracked.stages);
  const stageRows = (['BID', 'ASK'] as const).flatMap((side) => {
    const list = bySide(withStages, side).map((tracked) => tracked.stages as NonNullable<Tracked['stages']>);
    return (['intake', 'persist', 'relay', 'delivery'] as const).map((stage) => {
      const values = spread(list.map((stages) => stages[stage]));
      return [
        `${side.toLowerCase()}  ${stage}`,
        values.mean.toFixed(1),
        values.p50.toFixed(1),
        values.p99.toFixed(1),
        values.max.toFixed(1),
      ];
    });
  });
  const sizes = spread(commits.sizes);

  const problems = stack.serviceProblems();
  await stack.stopEverything();
  const out = (line = '') => console.log(line);
  out();
  out(
    `trading end to end: ${options.rate} orders/s offered for ${windowSeconds.toFixed(1)} s (after ${options.warmupSec} s warm-up), ` +
      `${options.products} products, ${options.buyers} buyers, ${options.sellers} sellers, ask share ${options.askShare}, ` +
      `${options.clients} command clients (bench wall time ${stack.seconds().toFixed(1)} s)`,
  );
  out();
  out(
    formatRows(
      ['throughput', 'value'],
      [
        ['orders offered in window', String(offered.sent)],
        ['placements completed per s (replies ok in window)', ordersPerSec.toFixed(1)],
        ['trade events read per s (in window)', (load.windowTradeEvents / windowSeconds).toFixed(1)],
        ['trades committed per s (in window, from PostgreSQL)', (dbTrades.rows[0].count / windowSeconds).toFixed(1)],
        [
          'orders that traded on placement',
          `${traded.length} of ${ok.length} (${((traded.length / Math.max(1, ok.length)) * 100).toFixed(1)}%)`,
        ],
        ['refused or failed (measured)', String(measured.length - ok.length)],
        ['replies still missing after drain', String(measured.length - replied.length)],
        ['crossing orders without a trade event after drain', `${missing.length} of ${crossing.length}`],
        ['sender max lag behind schedule (ms)', offered.maxLagMs.toFixed(1)],
        ['sends held back at max in flight', String(load.held)],
        ['book commits with placements in window', `${commits.commits} (${(commits.commits / windowSeconds).toFixed(1)}/s)`],
        ['placements per commit mean / p50 / p99 / max', `${sizes.mean} / ${sizes.p50} / ${sizes.p99} / ${sizes.max}`],
        ['trading outbox unpublished at the end', String(outboxBacklog.rows[0].trading)],
      ],
    ),
  );
  out();
  out('reply = command sent → its reply read; trade event = placement → its trading.trade.matched read off the topic');
  out('(over the orders priced to cross; one still without its event at the end counts with the time waited)');
  out(latencyTable([...replyRows, ...eventRows]));
  out();
  out('where a taker’s placement → trade event time went (ms; from the event: matchedAt, envelope occurredAt, Kafka timestamp):');
  out(
    '  intake   = sent → batch applied in the book (Kafka in, fetch, intake checks, an ask’s catalog round trips, queue behind a commit)',
  );
  out('  persist  = book apply → outbox rows built in the transaction;  relay = → relay sent them (commit, relay wake, claim)');
  out('  delivery = relay send → read by the bench');
  out(formatRows(['stage', 'mean', 'p50', 'p99', 'max'], stageRows));
  out();
  const placements = Math.max(1, load.windowReplies);
  out('CPU with no load (before the ladder):');
  for (const line of cpuReport(idleBefore, idleAfter)) out(line);
  out('CPU in the measured window:');
  for (const line of cpuReport(cpuBefore, cpuAfter)) out(line);
  out(
    `CPU per completed placement: ${[...cpuAfter.processes.keys()]
      .map((name) => `${name.split(' ')[0]} ${((cpuUsed(cpuBefore, cpuAfter, name) * 1000) / placements).toFixed(2)} ms`)
      .join(', ')}`,
  );
  out();
  const written = [...pgAfter.rows]
    .map(([table, count]) => [table, count - (pgBefore.rows.get(table) ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  out(
    `PostgreSQL in the window: ${((pgAfter.commits - pgBefore.commits) / windowSeconds).toFixed(0)} commits/s, ` +
      `${((pgAfter.commits - pgBefore.commits) / placements).toFixed(2)} per placement; rows written per placement: ` +
      written.map(([table, count]) => `${table} ${(count / placements).toFixed(2)}`).join(', '),
  );
  out(`Kafka consumer lag when the load stopped: ${lagAtEnd.length > 0 ? lagAtEnd.join('; ') : 'none'}`);
  for (const [code, count] of load.errors) out(`error ${code}: ${count}`);
  out(problems.length > 0 ? `what the services logged (warn and above):\n  ${problems.join('\n  ')}` : 'the services logged no warnings');
  out();
  out(JSON.stringify({ bench: 'trading', ordersPerSec, p99Millis }));
}

stack.run(main);
