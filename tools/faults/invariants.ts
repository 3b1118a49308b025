// What must hold after any number of crashes, once the marketplace is quiet again, read from
// the databases and the topics, never from what the services say of themselves. Each check
// returns the first thing it finds broken, in words, or undefined.
import { Kafka, logLevel } from 'kafkajs';
import type { Client } from 'pg';
import type { Ledger } from './workload';

const SCHEMAS = ['counterparties', 'catalog', 'trading', 'orders', 'returns', 'settlements'];
/** Consumer groups the harness itself makes, to read topics. */
const OWN_GROUP = /^faults-/;
/**
 * A command client's reply group (`<client>.replies.<8 hex>`): each process reads its own
 * replies in a group of its own, made at its start; counted only while it has members.
 */
const REPLY_GROUP = /\.replies\.[0-9a-f]{8}$/;
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
    const candidates = groups
      .map(({ groupId }) => groupId)
      .filter((groupId) => !OWN_GROUP.test(groupId) && !PER_PROCESS_GROUP.test(groupId));
    // A process's own reply group whose process is gone (killed by a fault) has no one to read for: left behind, not lagging.
    const replyGroups = candidates.filter((groupId) => REPLY_GROUP.test(groupId));
    const gone = new Set(
      replyGroups.length === 0
        ? []
        : (await admin.describeGroups(replyGroups)).groups
            .filter((group) => group.members.length === 0 && (group.state === 'Empty' || group.state === 'Dead'))
            .map((group) => group.groupId),
    );
    const ids = candidates.filter((groupId) => !gone.has(groupId));
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

/**
 * Every consumer group as the broker sees it (state, members and what each holds, and per
 * partition where it stands against the end), for a broken run's post-mortem: a group stuck
 * rebalancing reads differently from one whose member is assigned yet does not fetch.
 */
export async function consumerGroupsReport(brokers: string[]): Promise<unknown[]> {
  const admin = new Kafka({ clientId: 'faults-report', brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  await admin.connect();
  try {
    const ids = (await admin.listGroups()).groups.map(({ groupId }) => groupId).filter((groupId) => !OWN_GROUP.test(groupId));
    const described = ids.length ? (await admin.describeGroups(ids)).groups : [];
    const report: unknown[] = [];
    // A topic's ends, asked once however many groups read it.
    const ends = new Map<string, Map<number, string>>();
    const endOf = async (topic: string, partition: number) => {
      if (!ends.has(topic)) ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high])));
      return ends.get(topic)?.get(partition);
    };
    for (const group of described) {
      const offsets = await admin.fetchOffsets({ groupId: group.groupId });
      const partitions: string[] = [];
      for (const { topic, partitions: held } of offsets) {
        for (const { partition, offset } of held) partitions.push(`${topic}[${partition}] ${offset}/${await endOf(topic, partition)}`);
      }
      report.push({
        groupId: group.groupId,
        state: group.state,
        members: group.members.map((member) => ({ memberId: member.memberId, clientId: member.clientId })),
        partitions,
      });
    }
    return report;
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
      name: 'no answered return lost, none filed twice',
      run: async () => {
        const ids = answered('RETURN').flatMap((attempt) => attempt.ids);
        const found = await count(db, `SELECT count(*) FROM returns.seller_return WHERE id = ANY($1::uuid[])`, [ids]);
        if (found !== ids.length) return `${ids.length - found} of ${ids.length} answered seller returns are not in returns`;
        const buyers = [...new Set(attempts.filter((attempt) => attempt.kind === 'RETURN').map((attempt) => attempt.companyId))];
        const sent = attempts.filter((attempt) => attempt.kind === 'RETURN').length;
        const filed = await count(db, `SELECT count(*) FROM returns.return_request WHERE buyer_company_id = ANY($1::uuid[])`, [buyers]);
        return filed <= sent ? undefined : `${filed} return requests for ${sent} filings sent`;
      },
    },
    {
      name: 'a received return’s units back in catalog once (restocked or written off), none of a return not received',
      run: () =>
        offenders(
          db,
          `WITH item AS (SELECT r.id AS return_id, r.status, (i ->> 'lineId')::uuid AS line_id, (i ->> 'quantity')::bigint AS quantity
                           FROM returns.seller_return r CROSS JOIN LATERAL jsonb_array_elements(r.items) i)
           SELECT coalesce(item.return_id, s.return_id) AS return_id, item.status, item.quantity, s.quantity AS back_in_catalog
             FROM item FULL JOIN catalog.returned_stock s ON s.return_id = item.return_id AND s.line_id = item.line_id
            WHERE (item.status IN ('RECEIVED', 'REFUNDED') AND s.quantity IS DISTINCT FROM item.quantity)
               OR (item.status IS DISTINCT FROM 'RECEIVED' AND item.status IS DISTINCT FROM 'REFUNDED' AND s.return_id IS NOT NULL)`,
        ),
    },
    {
      name: 'every delivered seller order posted once to the ledger, and invoiced once',
      run: () =>
        offenders(
          db,
          `SELECT s.id, s.status, s.delivered_at, count(DISTINCT e.id) AS entries, count(DISTINCT i.id) AS invoices
             FROM orders.seller_order s
             LEFT JOIN settlements.journal_entry e ON e.cause_type = 'SELLER_ORDER_DELIVERED' AND e.cause_id = s.id::text
             LEFT JOIN settlements.invoice i ON i.seller_order_id = s.id
            GROUP BY s.id, s.status, s.delivered_at
           HAVING count(DISTINCT e.id) <> (CASE WHEN s.delivered_at IS NOT NULL THEN 1 ELSE 0 END)
               OR count(DISTINCT i.id) <> (CASE WHEN s.delivered_at IS NOT NULL THEN 1 ELSE 0 END)
               OR (s.delivered_at IS NOT NULL) <> (s.status IN ('DELIVERED', 'COMPLETED'))`,
        ),
    },
    {
      name: 'every completed seller order released once, none other',
      run: () =>
        offenders(
          db,
          `SELECT coalesce(s.id::text, e.cause_id) AS id, s.status, count(e.id) AS entries
             FROM orders.seller_order s
             FULL JOIN (SELECT id, cause_id FROM settlements.journal_entry WHERE cause_type = 'SELLER_ORDER_COMPLETED') e ON e.cause_id = s.id::text
            GROUP BY 1, s.status
           HAVING count(e.id) <> (CASE WHEN s.status = 'COMPLETED' THEN 1 ELSE 0 END)`,
        ),
    },
    {
      name: 'every refunded return posted once to the ledger, none other',
      run: () =>
        offenders(
          db,
          `SELECT coalesce(r.id::text, e.cause_id) AS id, r.status, count(e.id) AS entries
             FROM returns.seller_return r
             FULL JOIN (SELECT id, cause_id FROM settlements.journal_entry WHERE cause_type = 'RETURN_REFUNDED') e ON e.cause_id = r.id::text
            GROUP BY 1, r.status
           HAVING count(e.id) <> (CASE WHEN r.status = 'REFUNDED' THEN 1 ELSE 0 END)`,
        ),
    },
    {
      name: 'no answered payment lost, none recorded twice, each posted once',
      run: async () => {
        const ids = answered('PAYMENT').flatMap((attempt) => attempt.ids);
        const found = await count(db, `SELECT count(*) FROM settlements.payment WHERE id = ANY($1::uuid[])`, [ids]);
        if (found !== ids.length) return `${ids.length - found} of ${ids.length} answered payments are not in settlements`;
        const buyers = [...new Set(attempts.filter((attempt) => attempt.kind === 'PAYMENT').map((attempt) => attempt.companyId))];
        const sent = attempts.filter((attempt) => attempt.kind === 'PAYMENT').length;
        const recorded = await count(db, `SELECT count(*) FROM settlements.payment WHERE buyer_company_id = ANY($1::uuid[])`, [buyers]);
        if (recorded > sent) return `${recorded} payments for ${sent} sent`;
        return offenders(
          db,
          `SELECT coalesce(p.id::text, e.cause_id) AS id, p.entry_id, count(e.id) AS entries
             FROM settlements.payment p
             FULL JOIN (SELECT id, cause_id FROM settlements.journal_entry WHERE cause_type = 'PAYMENT_RECEIVED') e ON e.cause_id = p.id::text
            GROUP BY 1, p.entry_id
           HAVING count(e.id) <> 1 OR p.entry_id IS DISTINCT FROM min(e.id::text)::uuid`,
        );
      },
    },
    {
      name: 'a payment is its allocations and its credit; an invoice’s paid and credited amounts are its allocations and credits',
      run: async () =>
        (await offenders(
          db,
          `SELECT p.id, p.amount_minor, p.credit_minor, coalesce(sum(a.amount_minor), 0) AS allocated
             FROM settlements.payment p LEFT JOIN settlements.payment_allocation a ON a.payment_id = p.id
            GROUP BY p.id HAVING p.amount_minor <> p.credit_minor + coalesce(sum(a.amount_minor), 0)`,
        )) ??
        offenders(
          db,
          `SELECT i.id, i.paid_minor, i.credited_minor, coalesce(a.paid, 0) AS allocated, coalesce(c.credited, 0) AS credits
             FROM settlements.invoice i
             LEFT JOIN (SELECT invoice_id, sum(amount_minor) AS paid FROM settlements.payment_allocation GROUP BY invoice_id) a ON a.invoice_id = i.id
             LEFT JOIN (SELECT invoice_id, sum(amount_minor) AS credited FROM settlements.invoice_credit GROUP BY invoice_id) c ON c.invoice_id = i.id
            WHERE i.paid_minor <> coalesce(a.paid, 0) OR i.credited_minor <> coalesce(c.credited, 0)`,
        ),
    },
    {
      name: 'the ledger balances: every entry, every currency, every account and kind total its postings',
      run: async () =>
        (await offenders(
          db,
          `SELECT e.id, e.cause_type, e.currency, sum(p.debit_minor) AS debits, sum(p.credit_minor) AS credits
             FROM settlements.journal_entry e LEFT JOIN settlements.posting p ON p.entry_id = e.id
            GROUP BY e.id HAVING count(p.*) = 0 OR coalesce(sum(p.debit_minor), 0) <> coalesce(sum(p.credit_minor), 0)`,
        )) ??
        (await offenders(
          db,
          `SELECT a.currency, sum(a.debits_minor) AS debits, sum(a.credits_minor) AS credits
             FROM settlements.account a GROUP BY a.currency HAVING sum(a.debits_minor) <> sum(a.credits_minor)`,
        )) ??
        (await offenders(
          db,
          `SELECT coalesce(a.key, p.account_key) AS key, a.debits_minor, a.credits_minor, p.debits AS posted_debits, p.credits AS posted_credits
             FROM settlements.account a
             FULL JOIN (SELECT account_key, coalesce(sum(debit_minor), 0) AS debits, coalesce(sum(credit_minor), 0) AS credits
                          FROM settlements.posting GROUP BY account_key) p ON p.account_key = a.key
            WHERE a.debits_minor IS DISTINCT FROM coalesce(p.debits, 0) OR a.credits_minor IS DISTINCT FROM coalesce(p.credits, 0)`,
        )) ??
        offenders(
          db,
          `SELECT coalesce(t.currency, a.currency) AS currency, coalesce(t.kind, a.kind) AS kind, t.accounts, t.debits_minor, t.credits_minor,
                  a.accounts AS counted, a.debits, a.credits
             FROM settlements.account_kind_total t
             FULL JOIN (SELECT currency, kind, count(*) AS accounts, sum(debits_minor) AS debits, sum(credits_minor) AS credits
                          FROM settlements.account GROUP BY currency, kind) a ON a.currency = t.currency AND a.kind = t.kind
            WHERE t.accounts IS DISTINCT FROM a.accounts::int OR t.debits_minor IS DISTINCT FROM a.debits OR t.credits_minor IS DISTINCT FROM a.credits`,
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
    {
      // Each operation has a key of its own and sends the same input under it every time, so a
      // refusal as a duplicate can only be a retry contradicting its own first attempt.
      name: 'no retry refused as a duplicate of its own first attempt',
      run: async () => {
        const contradicted = attempts.filter(
          (attempt) => attempt.outcome === 'REFUSED' && ['DUPLICATE_ORDER_ID', 'IDEMPOTENCY_KEY_REUSED'].includes(attempt.detail ?? ''),
        );
        return contradicted.length
          ? contradicted.map((attempt) => `${attempt.kind} ${attempt.key}: ${attempt.detail}`).join(', ')
          : undefined;
      },
    },
    {
      // Liveness: with every fault over, each operation is answered or refused for good within
      // its client's two minutes of retries under one key, never left "not now" (a refusal such as
      // COUNTERPARTIES_UNAVAILABLE kept as the key's answer had every retry told the same).
      name: 'every operation answered or refused for good, none still "try again" after its retries',
      run: async () => {
        const unknown = attempts.filter((attempt) => attempt.outcome === 'UNKNOWN');
        if (unknown.length === 0) return undefined;
        const shown = unknown.slice(0, 3).map((attempt) => `${attempt.kind} (${attempt.detail})`);
        return `${unknown.length} not answered: ${shown.join(', ')}${unknown.length > 3 ? ' …' : ''}`;
      },
    },
  ];
}
