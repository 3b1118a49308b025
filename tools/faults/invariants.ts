// What must hold after any number of crashes, once the marketplace is quiet again, read from
// the databases and the topics, never from what the services say of themselves. Each check
// returns the first thing it finds broken, in words, or undefined.
import { Kafka, logLevel } from 'kafkajs';
import type { Client } from 'pg';
import type { Ledger } from './workload';

const SCHEMAS = ['counterparties', 'catalog', 'trading', 'orders'];
/** Consumer groups the harness itself makes, to read topics. */
const OWN_GROUP = /^faults-/;
/**
 * A group of one process's own (the gateway's live events, `gateway.live.<uuid>`): it reads
 * from "now" for subscribers and commits nothing after its start, so its committed offsets
 * say nothing of how far it has read; a killed gateway's group is simply left behind.
 */
const PER_PROCESS_GROUP = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Check {
  name: string;
  run(): Promise<string | undefined>;
}

const count = async (db: Client, sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);

/** The rows of a query that should have none, as a short list. */
async function offenders(db: Client, sql: string, params: unknown[] = []): Promise<string | undefined> {
  const { rows } = await db.query(sql, params);
  if (rows.length === 0) return undefined;
  return `${rows.length} case(s), e.g. ${rows
    .slice(0, 3)
    .map((row) => JSON.stringify(row))
    .join('; ')}`;
}

/** Rows still waiting in an outbox. */
export async function outboxBacklog(db: Client): Promise<string | undefined> {
  const waiting = [];
  for (const schema of SCHEMAS) {
    const rows = await count(db, `SELECT count(*) FROM ${schema}.outbox`);
    if (rows > 0) waiting.push(`${schema}: ${rows}`);
  }
  return waiting.length ? `outbox rows not yet published (${waiting.join(', ')})` : undefined;
}

/** Consumer groups behind the end of a topic partition they read. */
export async function consumerLag(brokers: string[]): Promise<string | undefined> {
  const admin = new Kafka({ clientId: 'faults-lag', brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ids = groups.map(({ groupId }) => groupId).filter((groupId) => !OWN_GROUP.test(groupId) && !PER_PROCESS_GROUP.test(groupId));
    const behind: string[] = [];
    const ends = new Map<string, Map<number, { low: bigint; high: bigint }>>();
    for (const groupId of ids) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        if (!ends.has(topic)) {
          ends.set(
            topic,
            new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, { low: BigInt(p.low), high: BigInt(p.high) }])),
          );
        }
        for (const { partition, offset } of partitions) {
          const end = ends.get(topic)?.get(partition);
          if (!end) continue;
          const committed = BigInt(offset);
          // -1: never committed; behind only if the partition holds messages it has not read.
          const lag = committed < 0n ? end.high - end.low : end.high - committed;
          if (lag > 0n) behind.push(`${groupId} ${topic}[${partition}] ${lag} behind`);
        }
      }
    }
    return behind.length
      ? `consumers not caught up: ${behind.slice(0, 5).join(', ')}${behind.length > 5 ? ` (+${behind.length - 5})` : ''}`
      : undefined;
  } finally {
    await admin.disconnect();
  }
}

/** The ids of every trade published on trading.trade.matched, read from the beginning. */
async function publishedTradeIds(brokers: string[]): Promise<Map<string, number>> {
  const kafka = new Kafka({ clientId: 'faults-trades', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets('trading.trade.matched').finally(() => admin.disconnect());
  const seen = new Map<string, number>();
  const remaining = new Map(
    ends.filter(({ high, low }) => BigInt(high) > BigInt(low)).map(({ partition, high }) => [partition, BigInt(high)]),
  );
  if (remaining.size === 0) return seen;
  const consumer = kafka.consumer({ groupId: `faults-trades-${Date.now()}-${Math.random()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: ['trading.trade.matched'], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('reading trading.trade.matched took over 60 s')), 60_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const { payload } = JSON.parse(String(message.value)) as { payload: { tradeId?: string; id?: string } };
          const id = payload.tradeId ?? payload.id ?? '';
          seen.set(id, (seen.get(id) ?? 0) + 1);
          if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/** Every invariant, in the order they are reported. */
export function invariants(db: Client, brokers: string[], ledgers: Ledger[]): Check[] {
  const attempts = ledgers.flatMap((ledger) => ledger.attempts);
  const answered = (kind: string) => attempts.filter((attempt) => attempt.kind === kind && attempt.outcome === 'ANSWERED');
  return [
    { name: 'every outbox drained', run: () => outboxBacklog(db) },
    { name: 'every consumer caught up', run: () => consumerLag(brokers) },
    {
      name: 'stock never below zero',
      run: () => offenders(db, `SELECT id, seller_sku, on_hand FROM catalog.listing WHERE on_hand < 0`),
    },
    {
      name: 'stock never oversold (active reservations within stock on hand)',
      run: () =>
        offenders(
          db,
          `SELECT l.id, l.on_hand, sum(r.quantity) AS reserved FROM catalog.listing l JOIN catalog.reservation r ON r.listing_id = l.id
            WHERE r.status = 'ACTIVE' GROUP BY l.id, l.on_hand HAVING sum(r.quantity) > l.on_hand`,
        ),
    },
    {
      name: 'no answered placement lost',
      run: async () => {
        const ids = [...answered('ASK'), ...answered('BID')].flatMap((attempt) => attempt.ids);
        const found = await count(db, `SELECT count(*) FROM trading.trading_order WHERE id = ANY($1::uuid[])`, [ids]);
        return found === ids.length ? undefined : `${ids.length - found} of ${ids.length} answered orders are not in trading`;
      },
    },
    {
      name: 'no placement applied twice (at most one order per idempotency key)',
      run: async () => {
        const keys = new Set(attempts.filter((attempt) => attempt.kind === 'ASK' || attempt.kind === 'BID').map((attempt) => attempt.key));
        const companies = [
          ...new Set(attempts.filter((attempt) => attempt.kind === 'ASK' || attempt.kind === 'BID').map((attempt) => attempt.companyId)),
        ];
        const orders = await count(db, `SELECT count(*) FROM trading.trading_order WHERE company_id = ANY($1::uuid[])`, [companies]);
        return orders <= keys.size ? undefined : `${orders} orders for ${keys.size} placements sent`;
      },
    },
    {
      name: 'every order filled exactly by its trades',
      run: () =>
        offenders(
          db,
          `SELECT o.id, o.side, o.quantity, o.open_quantity, o.filled_quantity, coalesce(t.traded, 0) AS traded
             FROM trading.trading_order o
             LEFT JOIN (SELECT id, sum(quantity) AS traded FROM (SELECT bid_id AS id, quantity FROM trading.trade UNION ALL
                                                                 SELECT ask_id, quantity FROM trading.trade) x GROUP BY id) t ON t.id = o.id
            WHERE o.filled_quantity <> coalesce(t.traded, 0) OR o.open_quantity + o.filled_quantity > o.quantity`,
        ),
    },
    {
      name: 'every trade committed once in catalog (an ask’s sold stock = its fills)',
      run: () =>
        offenders(
          db,
          `SELECT o.id, o.filled_quantity, r.committed_quantity FROM trading.trading_order o
             LEFT JOIN catalog.reservation r ON r.id = o.reservation_id
            WHERE o.side = 'ASK' AND coalesce(r.committed_quantity, 0) <> o.filled_quantity`,
        ),
    },
    {
      name: 'an open ask’s open quantity reserved, a closed ask’s released',
      run: () =>
        offenders(
          db,
          `SELECT o.id, o.status, o.open_quantity, r.status AS reservation, r.quantity AS reserved FROM trading.trading_order o
             LEFT JOIN catalog.reservation r ON r.id = o.reservation_id
            WHERE o.side = 'ASK' AND ((o.status = 'OPEN' AND (r.status IS DISTINCT FROM 'ACTIVE' OR r.quantity <> o.open_quantity))
                                   OR (o.status <> 'OPEN' AND r.status = 'ACTIVE' AND r.quantity > 0))`,
        ),
    },
    {
      name: 'every trade became exactly one seller order',
      run: () =>
        offenders(
          db,
          `SELECT t.id, t.quantity, count(s.id) AS orders FROM trading.trade t LEFT JOIN orders.seller_order s ON s.trade_id = t.id
            GROUP BY t.id, t.quantity HAVING count(s.id) <> 1`,
        ),
    },
    {
      name: 'every trade published, none invented',
      run: async () => {
        const inDatabase = new Set<string>((await db.query(`SELECT id FROM trading.trade`)).rows.map((row: { id: string }) => row.id));
        const published = await publishedTradeIds(brokers);
        const lost = [...inDatabase].filter((id) => !published.has(id));
        const invented = [...published.keys()].filter((id) => !inDatabase.has(id));
        if (lost.length) return `${lost.length} trade(s) never published, e.g. ${lost[0]}`;
        if (invented.length) return `${invented.length} published trade(s) not in trading, e.g. ${invented[0]}`;
        return undefined;
      },
    },
    {
      name: 'no answered checkout lost, none applied twice',
      run: async () => {
        const ids = answered('CHECKOUT').flatMap((attempt) => attempt.ids);
        const found = await count(db, `SELECT count(*) FROM orders.purchase WHERE id = ANY($1::uuid[])`, [ids]);
        if (found !== ids.length) return `${ids.length - found} of ${ids.length} answered purchases are not in orders`;
        const buyers = [...new Set(attempts.filter((attempt) => attempt.kind === 'CHECKOUT').map((attempt) => attempt.companyId))];
        const sent = attempts.filter((attempt) => attempt.kind === 'CHECKOUT').length;
        const purchases = await count(db, `SELECT count(*) FROM orders.purchase WHERE buyer_company_id = ANY($1::uuid[])`, [buyers]);
        return purchases <= sent ? undefined : `${purchases} purchases for ${sent} checkouts sent`;
      },
    },
    {
      name: 'a checkout’s open seller orders hold their stock, confirmed ones sold it, cancelled ones none',
      run: () =>
        offenders(
          db,
          `SELECT s.id, s.status, l.ordered, coalesce(r.active, 0) AS active, coalesce(r.committed, 0) AS committed
             FROM orders.seller_order s
             CROSS JOIN LATERAL (SELECT coalesce(sum((line ->> 'quantity')::bigint), 0) AS ordered FROM jsonb_array_elements(s.lines) line) l
             LEFT JOIN (SELECT owner_ref, sum(CASE WHEN status = 'ACTIVE' THEN quantity ELSE 0 END) AS active, sum(committed_quantity) AS committed
                          FROM catalog.reservation GROUP BY owner_ref) r ON r.owner_ref = 'orders:order:' || s.id
            WHERE s.origin = 'CHECKOUT' AND (
                  (s.status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'PLACED') AND (coalesce(r.active, 0) <> l.ordered OR coalesce(r.committed, 0) <> 0))
               OR (s.status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED', 'COMPLETED') AND (coalesce(r.committed, 0) <> l.ordered OR coalesce(r.active, 0) <> 0))
               OR (s.status = 'CANCELLED' AND (coalesce(r.active, 0) <> 0 OR coalesce(r.committed, 0) <> 0)))`,
        ),
    },
    {
      name: 'every answered upload applied or failed, none left queued',
      run: async () => {
        const ids = answered('UPLOAD').flatMap((attempt) => attempt.ids);
        return offenders(
          db,
          `SELECT id, status FROM catalog.catalog_upload WHERE id = ANY($1::uuid[]) AND status NOT IN ('COMPLETED', 'FAILED')`,
          [ids],
        );
      },
    },
  ];
}
