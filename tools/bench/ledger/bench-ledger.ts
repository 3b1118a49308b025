// The settlements ledger under load: how many journal entries the real settlements service posts
// per second from orders' events on Kafka (a fetched batch in one transaction), and how long
// reading the trial balance takes once the ledger holds a million entries.
//
//   npm run bench:ledger -- [options]
//   node tools/run-ts.mjs tools/bench/ledger/bench-ledger.ts [options]
//
//   --orders N          seller orders delivered and then completed through Kafka (default 50000: 100,000 entries)
//   --buyers N          buyer companies the orders are spread over (default 5000)
//   --sellers N         seller companies (default 200)
//   --ledger-entries N  entries in the ledger when the trial balance is read (default 1000000): what the service
//                       did not post from Kafka is bulk-loaded with SQL in the same shape
//   --reads N           trial-balance reads timed (default 200)
//   --service-env K=V   extra environment for the settlements service, repeatable (to profile it:
//                       --service-env NODE_OPTIONS="--require ./tools/bench/shared/cpu-profile-hook.cjs" --service-env CPU_PROFILE_DIR=DIR)
//   --kafka-port N      port of the bench's own broker (default 29492; controller N+1)
//   --database NAME     PostgreSQL database (default lotbook_bench_ledger)
//   --keep              keep the database afterwards
//
// It starts its own single-node Kafka (unless KAFKA_BROKERS is set) and a fresh database, creates
// the topics, and writes every order's `orders.order.state-changed` DELIVERED and COMPLETED event
// (each with the order's stored figures, valid against the contract, keyed by order) onto the
// topic before the service starts: the service then reads a backlog, as after an outage, and the
// rate it posts at is what it can sustain. Each delivery posts an entry and issues an invoice
// (publishing the invoice and the buyer's exposure through the outbox); each completion posts
// the release and schedules it into the seller's payout. The rate is entries over the time from
// the first entry posted to the last (their `posted_at`). Then the ledger is filled up to
// --ledger-entries, and the trial balance is read through Kafka request-reply (the
// `settlements.trial-balance` command, as the gateway sends it) and with its SQL alone; for
// contrast, what summing every posting instead would take. Progress goes to stderr; the report
// and, last, one JSON line go to stdout.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  createEnvelope,
  lotbookTopics,
  PaymentMode,
  SellerOrderOrigin,
  sellerOrderStateChanged,
  SellerOrderStatus,
  settlementsCommands,
  type SellerOrderRecord,
} from '@lotbook/contracts';
import { CommandClient, createKafka, ensureTopics } from '@lotbook/messaging';
import { Client } from 'pg';
import {
  BenchStack,
  cpuReport,
  cpuSnapshot,
  cpuUsed,
  databaseOption,
  pollUntil,
  postgresBackends,
  wholeOption,
} from '../shared/bench-stack';
import { formatRows, percentile, round1 } from '../shared/latency-stats';

interface Options {
  orders: number;
  buyers: number;
  sellers: number;
  ledgerEntries: number;
  reads: number;
  serviceEnv: Record<string, string>;
  kafkaPort: number;
  database: string;
  keep: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '50000' },
      buyers: { type: 'string', default: '5000' },
      sellers: { type: 'string', default: '200' },
      'ledger-entries': { type: 'string', default: '1000000' },
      reads: { type: 'string', default: '200' },
      'service-env': { type: 'string', multiple: true, default: [] },
      'kafka-port': { type: 'string', default: '29492' },
      database: { type: 'string', default: 'lotbook_bench_ledger' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:ledger -- [--orders 50000] [--buyers 5000] [--sellers 200] [--ledger-entries 1000000] [--reads 200] [--service-env K=V]... ' +
        '[--kafka-port 29492] [--database lotbook_bench_ledger] [--keep]',
    );
    process.exit(0);
  }
  return {
    orders: wholeOption('orders', values.orders, 1, 5_000_000),
    buyers: wholeOption('buyers', values.buyers, 1, 1_000_000),
    sellers: wholeOption('sellers', values.sellers, 1, 100_000),
    ledgerEntries: wholeOption('ledger-entries', values['ledger-entries'], 0, 50_000_000),
    reads: wholeOption('reads', values.reads, 1, 100_000),
    serviceEnv: Object.fromEntries(
      values['service-env'].map((entry) => {
        const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(entry);
        if (!match) throw new Error(`--service-env takes NAME=value, got "${entry}"`);
        return [match[1], match[2]];
      }),
    ),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024, 65_000),
    database: databaseOption(values.database),
    keep: values.keep,
  };
}

/** A small deterministic PRNG (mulberry32), so a run's figures repeat. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A seller order as orders stores it (no lines: settlements reads only the order's totals). */
function order(random: () => number, buyers: readonly string[], sellers: readonly string[], now: string): SellerOrderRecord {
  const netMinor = 100_000 + Math.floor(random() * 10_000_000);
  const loyaltyDiscountMinor = Math.floor(netMinor * 0.03);
  const commissionMinor = Math.floor(netMinor * 0.05);
  const shippingFeeMinor = random() < 0.3 ? 0 : 500_000;
  return {
    id: randomUUID(),
    purchaseId: randomUUID(),
    origin: SellerOrderOrigin.CHECKOUT,
    tradeId: null,
    buyerCompanyId: buyers[Math.floor(random() * buyers.length)],
    buyerLegalEntityId: null,
    sellerCompanyId: sellers[Math.floor(random() * sellers.length)],
    currency: 'RUB',
    status: SellerOrderStatus.DELIVERED,
    paymentMode: PaymentMode.NET_TERMS,
    paymentTermDays: 30,
    paid: false,
    deliveryRegion: 'Moscow',
    deliveryAddress: '5 Lenina St, Moscow',
    lines: [],
    grossMinor: netMinor,
    sellerDiscountMinor: 0,
    netMinor,
    loyaltyDiscountMinor,
    loyaltyRateBp: 300,
    shippingFeeMinor,
    regionalFeeMinor: 500_000,
    freeShipping: shippingFeeMinor === 0,
    commissionMinor,
    buyerPaysMinor: netMinor - loyaltyDiscountMinor + shippingFeeMinor,
    sellerDiscountRule: null,
    returnWindowDays: 30,
    carrier: 'PEK',
    trackingNumber: 'PEK-1',
    placedByUserId: null,
    createdAt: now,
    statusChangedAt: now,
    shippedAt: now,
    deliveredAt: now,
    history: [],
  };
}

function event(record: SellerOrderRecord, from: SellerOrderStatus, to: SellerOrderStatus): { key: string; value: string } {
  const envelope = createEnvelope({
    type: sellerOrderStateChanged.messageType,
    version: sellerOrderStateChanged.version,
    producer: 'orders',
    key: record.id,
    payload: { from, to, order: { ...record, status: to }, actorKind: 'SYSTEM' as const, actorId: null, reason: null },
  });
  return { key: record.id, value: JSON.stringify(envelope) };
}

const stack = new BenchStack('ledger');
const log = (line: string) => stack.log(line);

stack.run(async () => {
  const options = readOptions();
  const brokers = await stack.startKafka(options.kafkaPort, true);
  const url = await stack.freshDatabase(options.database, options.keep);
  const kafka = createKafka({ clientId: 'bench-ledger', brokers: brokers.split(',') });
  await ensureTopics(kafka, lotbookTopics.all());

  // --- The backlog: every order delivered, then completed, on orders' topic ---
  const random = seeded(1);
  const buyers = Array.from({ length: options.buyers }, () => randomUUID());
  const sellers = Array.from({ length: options.sellers }, () => randomUUID());
  const now = new Date().toISOString();
  const sample = order(random, buyers, sellers, now);
  lotbookTopics.decode(
    sellerOrderStateChanged.name,
    Buffer.from(event(sample, SellerOrderStatus.SHIPPED, SellerOrderStatus.DELIVERED).value),
  );
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  stack.onStop('producer', () => producer.disconnect());
  const producedFrom = performance.now();
  const chunk = 1_000;
  for (let start = 0; start < options.orders; start += chunk) {
    const records = Array.from({ length: Math.min(chunk, options.orders - start) }, () => order(random, buyers, sellers, now));
    await producer.send({
      topic: sellerOrderStateChanged.name,
      messages: [
        ...records.map((record) => event(record, SellerOrderStatus.SHIPPED, SellerOrderStatus.DELIVERED)),
        ...records.map((record) => event(record, SellerOrderStatus.DELIVERED, SellerOrderStatus.COMPLETED)),
      ],
    });
    if ((start / chunk) % 20 === 0) log(`produced ${start + records.length} of ${options.orders} orders' events`);
  }
  log(`${options.orders * 2} events on ${sellerOrderStateChanged.name} in ${((performance.now() - producedFrom) / 1000).toFixed(1)} s`);

  // --- The service posts the backlog ---
  const db = new Client({ connectionString: url });
  await db.connect();
  stack.onStop('pg', () => db.end());
  const port = await stack.freePort(4790);
  const service = await stack.startService('settlements', {
    DATABASE_URL: url,
    KAFKA_BROKERS: brokers,
    HTTP_PORT: String(port),
    ...options.serviceEnv,
  });
  const groups = new Map<string, () => number[]>([
    ['settlements', () => [service.child.pid as number]],
    ['postgres (bench db)', () => postgresBackends(options.database)],
    ['kafka broker', () => (stack.kafkaPid === undefined ? [] : [stack.kafkaPid])],
  ]);
  const before = cpuSnapshot(groups);
  const expected = options.orders * 2;
  const count = async () => Number((await db.query(`SELECT count(*) FROM settlements.journal_entry`)).rows[0].count);
  let lastLogged = 0;
  let doneAt = 0;
  await pollUntil(
    `${expected} entries posted`,
    async () => {
      const posted = await count();
      if (performance.now() - lastLogged > 5_000) {
        log(`${posted} of ${expected} entries posted`);
        lastLogged = performance.now();
      }
      if (posted < expected) return undefined;
      doneAt = Date.now();
      return posted;
    },
    Math.max(600_000, options.orders * 20),
    250,
  );
  const after = cpuSnapshot(groups);
  const window = (
    await db.query(
      `SELECT count(*)::int AS entries, extract(epoch FROM min(posted_at)) AS first, count(DISTINCT posted_at)::int AS transactions
         FROM settlements.journal_entry`,
    )
  ).rows[0] as { entries: number; first: string; transactions: number };
  // From the start of the first posting transaction to the poll that saw the last entry committed (at most 250 ms late).
  const seconds = Math.max(0.001, doneAt / 1000 - Number(window.first));
  const entriesPerSec = Math.round(window.entries / seconds);
  const invoices = Number((await db.query(`SELECT count(*) FROM settlements.invoice`)).rows[0].count);
  const cpuSettlements = cpuUsed(before, after, 'settlements');
  const cpuPostgres = cpuUsed(before, after, 'postgres (bench db)');
  log(
    `${window.entries} entries in ${seconds.toFixed(1)} s: ${entriesPerSec}/s, in ${window.transactions} transactions; ${invoices} invoices`,
  );
  await checkLedger(db, 'after the Kafka phase');

  // --- A million entries, then the trial balance ---
  const fill = Math.max(0, options.ledgerEntries - window.entries);
  if (fill > 0) await fillLedger(db, fill, buyers, sellers);
  const ledgerEntries = await count();
  await checkLedger(db, `with ${ledgerEntries} entries`);
  const rpc = new CommandClient(kafka, 'bench-ledger', [settlementsCommands.trialBalance], 10_000);
  await rpc.start();
  stack.onStop('command client', () => rpc.stop());
  const operator = { kind: 'OPERATOR' as const, id: randomUUID(), companyId: null, roles: [] };
  const viaKafka: number[] = [];
  const viaSql: number[] = [];
  for (let read = 0; read < options.reads + 10; read++) {
    let started = performance.now();
    const reply = await rpc.command(settlementsCommands.trialBalance, { actor: operator, currency: 'RUB' }, 'trial-balance');
    const kafkaMillis = performance.now() - started;
    if (!reply.ok || reply.result.currencies[0]?.netMinor !== 0) throw new Error(`the trial balance: ${JSON.stringify(reply)}`);
    started = performance.now();
    await db.query(
      `SELECT currency, kind, accounts, debits_minor::text, credits_minor::text FROM settlements.account_kind_total WHERE currency = $1 ORDER BY currency, kind`,
      ['RUB'],
    );
    const sqlMillis = performance.now() - started;
    if (read >= 10) {
      viaKafka.push(kafkaMillis);
      viaSql.push(sqlMillis);
    }
  }
  let started = performance.now();
  await db.query(`SELECT sum(debit_minor), sum(credit_minor) FROM settlements.posting`);
  const fullScanMillis = performance.now() - started;
  started = performance.now();
  await db.query(`SELECT sum(debits_minor), sum(credits_minor) FROM settlements.account`);
  const accountScanMillis = performance.now() - started;
  viaKafka.sort((a, b) => a - b);
  viaSql.sort((a, b) => a - b);

  const report = {
    bench: 'ledger',
    orders: options.orders,
    eventsPerSec: Math.round((options.orders * 2) / seconds),
    entriesPerSec,
    entriesFromKafka: window.entries,
    postingSeconds: round1(seconds),
    transactions: window.transactions,
    cpuSecondsPerThousandEntries: round1(((cpuSettlements + cpuPostgres) / window.entries) * 1000 * 100) / 100,
    ledgerEntries,
    trialBalanceP50Millis: round1(percentile(viaKafka, 50)),
    trialBalanceP99Millis: round1(percentile(viaKafka, 99)),
    trialBalanceSqlP50Millis: round1(percentile(viaSql, 50)),
    trialBalanceSqlP99Millis: round1(percentile(viaSql, 99)),
    accountScanMillis: round1(accountScanMillis),
    fullPostingScanMillis: round1(fullScanMillis),
  };
  console.log(
    `\nsettlements posting ${options.orders} orders' deliveries and completions from Kafka (${options.buyers} buyers, ${options.sellers} sellers)`,
  );
  console.log(
    formatRows(
      ['', 'value'],
      [
        ['entries posted', String(window.entries)],
        ['seconds (first batch to last entry)', String(round1(seconds))],
        ['entries / s', String(entriesPerSec)],
        ['events / s', String(report.eventsPerSec)],
        ['transactions (batches)', String(window.transactions)],
        ['invoices issued', String(invoices)],
        ['settlements CPU s', round1(cpuSettlements).toString()],
        ['PostgreSQL CPU s', round1(cpuPostgres).toString()],
      ],
    ),
  );
  console.log(cpuReport(before, after).join('\n'));
  console.log(`\nthe trial balance with ${ledgerEntries} entries in the ledger (${options.reads} reads)`);
  console.log(
    formatRows(
      ['read', 'p50 ms', 'p99 ms'],
      [
        ['settlements.trial-balance over Kafka', String(report.trialBalanceP50Millis), String(report.trialBalanceP99Millis)],
        ['its SQL (kept totals per kind)', String(report.trialBalanceSqlP50Millis), String(report.trialBalanceSqlP99Millis)],
        ['summing every account instead', String(report.accountScanMillis), ''],
        ['summing every posting instead', String(report.fullPostingScanMillis), ''],
      ],
    ),
  );
  console.log(JSON.stringify(report));
});

/** The ledger's own invariants: the trial balance is zero, the kept totals are the accounts' sums and the accounts the postings'. */
async function checkLedger(db: Client, when: string): Promise<void> {
  const { rows } = await db.query(
    `SELECT
       (SELECT coalesce(sum(debits_minor) - sum(credits_minor), 0) FROM settlements.account_kind_total)::text AS net,
       (SELECT count(*) FROM settlements.account_kind_total t
          LEFT JOIN (SELECT currency, kind, count(*) AS n, sum(debits_minor) AS d, sum(credits_minor) AS c FROM settlements.account GROUP BY 1, 2) a
          USING (currency, kind) WHERE t.accounts <> a.n OR t.debits_minor <> a.d OR t.credits_minor <> a.c)::int AS kinds_off,
       (SELECT coalesce(sum(debit_minor), 0) - coalesce(sum(credit_minor), 0) FROM settlements.posting)::text AS postings_net`,
  );
  const { net, kinds_off: kindsOff, postings_net: postingsNet } = rows[0] as { net: string; kinds_off: number; postings_net: string };
  if (net !== '0' || kindsOff !== 0 || postingsNet !== '0')
    throw new Error(`the ledger ${when}: net ${net}, kinds off ${kindsOff}, postings net ${postingsNet}`);
  log(`ledger ${when}: trial balance zero, kept totals agree`);
}

/**
 * Bulk-loads `entries` more entries in the shape the service posts (a delivery: the buyer owes,
 * the platform bears the loyalty discount, the seller is owed pending, the platform earns its
 * commission; and its completion: pending made available), adding their postings' sums to the
 * accounts' and the kinds' kept totals, so the trial balance is read over a ledger of that size.
 */
async function fillLedger(db: Client, entries: number, buyers: readonly string[], sellers: readonly string[]): Promise<void> {
  const orders = Math.ceil(entries / 2);
  const started = performance.now();
  log(`bulk-loading ${orders * 2} more entries (${orders} orders delivered and completed) with SQL…`);
  const batch = 100_000;
  for (let from = 0; from < orders; from += batch) {
    const count = Math.min(batch, orders - from);
    await db.query('BEGIN');
    try {
      await db.query(
        `CREATE TEMP TABLE fill ON COMMIT DROP AS
         SELECT gen_random_uuid() AS order_id, gen_random_uuid() AS delivered_id, gen_random_uuid() AS completed_id,
                ($1::uuid[])[1 + (n % array_length($1::uuid[], 1))] AS buyer, ($2::uuid[])[1 + ((n * 7) % array_length($2::uuid[], 1))] AS seller,
                (100000 + (n::bigint * 7919) % 10000000)::bigint AS net, now() - interval '1 day' AS at
           FROM generate_series($3::int, $4::int) AS n`,
        [buyers, sellers, from + 1, from + count],
      );
      await db.query(
        `INSERT INTO settlements.journal_entry (id, event_id, cause_type, cause_id, currency, occurred_at)
         SELECT delivered_id, delivered_id::text, 'SELLER_ORDER_DELIVERED', order_id::text, 'RUB', at FROM fill
         UNION ALL
         SELECT completed_id, completed_id::text, 'SELLER_ORDER_COMPLETED', order_id::text, 'RUB', at FROM fill`,
      );
      await db.query(
        `CREATE TEMP TABLE fill_posting ON COMMIT DROP AS
         WITH f AS (SELECT *, net * 3 / 100 AS pd, net * 5 / 100 AS c, 500000::bigint AS fee FROM fill)
         SELECT delivered_id AS entry_id, 0 AS position, 'BUYER_RECEIVABLE/RUB/' || buyer AS account_key, net - pd + fee AS debit_minor, NULL::bigint AS credit_minor, 'BUYER_CHARGE' AS memo, at AS occurred_at FROM f
         UNION ALL SELECT delivered_id, 1, 'PLATFORM_PROMOTIONS/RUB', pd, NULL::bigint, 'LOYALTY_DISCOUNT', at FROM f
         UNION ALL SELECT delivered_id, 2, 'SELLER_PAYABLE_PENDING/RUB/' || seller || '/' || order_id, NULL::bigint, net + fee - c, 'SELLER_PROCEEDS', at FROM f
         UNION ALL SELECT delivered_id, 3, 'PLATFORM_COMMISSION_INCOME/RUB', NULL::bigint, c, 'COMMISSION', at FROM f
         UNION ALL SELECT completed_id, 0, 'SELLER_PAYABLE_PENDING/RUB/' || seller || '/' || order_id, net + fee - c, NULL::bigint, 'RELEASE', at FROM f
         UNION ALL SELECT completed_id, 1, 'SELLER_PAYABLE_AVAILABLE/RUB/' || seller, NULL::bigint, net + fee - c, 'RELEASE', at FROM f`,
      );
      await db.query(
        `INSERT INTO settlements.posting (entry_id, position, account_key, debit_minor, credit_minor, memo, occurred_at)
         SELECT entry_id, position, account_key, debit_minor, credit_minor, memo, occurred_at FROM fill_posting`,
      );
      // What the batch's postings add to each account and, through them, to each kind's totals.
      await db.query(
        `WITH sums AS (
           SELECT account_key AS key, sum(coalesce(debit_minor, 0)) AS d, sum(coalesce(credit_minor, 0)) AS c FROM fill_posting GROUP BY account_key),
         up AS (
           INSERT INTO settlements.account (key, kind, currency, company_id, seller_order_id, debits_minor, credits_minor)
           SELECT key, split_part(key, '/', 1), 'RUB', nullif(split_part(key, '/', 3), '')::uuid, nullif(split_part(key, '/', 4), '')::uuid, d, c
             FROM sums ORDER BY key
           ON CONFLICT (key) DO UPDATE SET debits_minor = account.debits_minor + EXCLUDED.debits_minor, credits_minor = account.credits_minor + EXCLUDED.credits_minor
           RETURNING key, kind, (xmax = 0) AS opened)
         INSERT INTO settlements.account_kind_total (currency, kind, accounts, debits_minor, credits_minor)
         SELECT 'RUB', up.kind, count(*) FILTER (WHERE up.opened), sum(sums.d), sum(sums.c) FROM sums JOIN up USING (key) GROUP BY up.kind
         ON CONFLICT (currency, kind) DO UPDATE SET
           accounts = account_kind_total.accounts + EXCLUDED.accounts,
           debits_minor = account_kind_total.debits_minor + EXCLUDED.debits_minor,
           credits_minor = account_kind_total.credits_minor + EXCLUDED.credits_minor`,
      );
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
    log(`  ${(from + count) * 2} of ${orders * 2} loaded`);
  }
  await db.query(`VACUUM ANALYZE settlements.posting`);
  await db.query(`VACUUM ANALYZE settlements.account`);
  log(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
