// One seeded run of the fault harness: the workload through GraphQL while faults kill and
// restart parts of the marketplace at seeded moments, then, once everything is quiet, every
// invariant, the first broken one reported.
import type { Client } from 'pg';
import { FAULT_SERVICES, type FaultStack, type FaultTarget } from './fault-stack';
import { consumerLag, invariants, outboxBacklog } from './invariants';
import { Random } from './random';
import { runWorkload, type Ledger, type World } from './workload';

export const FAULT_TARGETS: readonly FaultTarget[] = [...FAULT_SERVICES, 'gateway', 'broker', 'postgres'];

export interface RunOptions {
  operations: number;
  concurrency: number;
  /** Faults per run (fewer when the workload ends first). */
  faults: number;
  /** How long the marketplace may take to publish everything and catch up once the faults stop. */
  quietTimeoutMs: number;
  log: (line: string) => void;
}

export interface RunResult {
  seed: number;
  ok: boolean;
  /** The first invariant broken, and how. */
  broken?: { invariant: string; detail: string };
  faults: string[];
  operations: { answered: number; refused: number; unknown: number };
  /** Seconds from the run's start until the workload ended, the last fault's process was back, all was quiet, and checked. */
  phases: { workload: number; faults: number; quiet: number; checked: number };
  /** Answered operations per kind. */
  answeredByKind: Record<string, number>;
  /** The refusals' codes (and what the unknown ones last heard), with how often. */
  refusals: Record<string, number>;
  /** What the marketplace holds after the run (all runs so far), read from the databases. */
  totals: {
    orders: number;
    trades: number;
    purchases: number;
    sellerOrders: number;
    delivered: number;
    uploads: number;
    returns: number;
    refunded: number;
    payments: number;
    entries: number;
  };
  seconds: number;
}

async function totals(db: Client): Promise<RunResult['totals']> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM trading.trading_order) AS orders, (SELECT count(*) FROM trading.trade) AS trades,
            (SELECT count(*) FROM orders.purchase) AS purchases, (SELECT count(*) FROM orders.seller_order) AS seller_orders,
            (SELECT count(*) FROM orders.seller_order WHERE delivered_at IS NOT NULL) AS delivered,
            (SELECT count(*) FROM catalog.catalog_upload) AS uploads, (SELECT count(*) FROM returns.seller_return) AS returns,
            (SELECT count(*) FROM returns.seller_return WHERE status = 'REFUNDED') AS refunded,
            (SELECT count(*) FROM settlements.payment) AS payments, (SELECT count(*) FROM settlements.journal_entry) AS entries`,
  );
  const row = rows[0] as Record<string, string>;
  return {
    orders: Number(row.orders),
    trades: Number(row.trades),
    purchases: Number(row.purchases),
    sellerOrders: Number(row.seller_orders),
    delivered: Number(row.delivered),
    uploads: Number(row.uploads),
    returns: Number(row.returns),
    refunded: Number(row.refunded),
    payments: Number(row.payments),
    entries: Number(row.entries),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every outbox is empty and every consumer caught up (or the time is up). */
async function quiet(stack: FaultStack, db: Client, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    await stack.superviseOnce();
    const backlog = await outboxBacklog(db).catch((error: Error) => error.message);
    const lag = backlog ? 'unknown' : await consumerLag([stack.brokers]).catch((error: Error) => error.message);
    if (!backlog && !lag) return;
    await sleep(500);
  }
}

export async function faultRun(
  stack: FaultStack,
  world: World,
  db: Client,
  seed: number,
  options: RunOptions,
  earlier: Ledger[],
): Promise<RunResult> {
  const started = Date.now();
  const random = new Random(seed);
  const workloadRandom = random.split();
  const faultRandom = random.split();
  const faults: string[] = [];
  let workloadDone = false;
  const since = () => Math.round((Date.now() - started) / 100) / 10;
  const phases: RunResult['phases'] = { workload: 0, faults: 0, quiet: 0, checked: 0 };

  const workload = runWorkload(world, workloadRandom, options.operations, options.concurrency).finally(() => {
    workloadDone = true;
    phases.workload = since();
  });
  const faulting = (async () => {
    for (let index = 0; index < options.faults; index += 1) {
      await sleep(faultRandom.int(300, 2_500));
      if (workloadDone && index > 0) break;
      const target = faultRandom.pick(FAULT_TARGETS);
      const downMs = faultRandom.int(100, 2_000);
      const at = ((Date.now() - started) / 1000).toFixed(1);
      options.log(
        `  seed ${seed}: ${target === 'postgres' ? 'cutting every PostgreSQL connection' : `SIGKILL ${target}`} at ${at} s, down ${downMs} ms`,
      );
      await stack.kill(target);
      await sleep(downMs);
      await stack.restart(target);
      faults.push(`${target}@${at}s`);
    }
  })();
  // A supervisor, as a deployment has one: a process that exits on its own is started again (and counted).
  let supervising = true;
  const supervisor = (async () => {
    while (supervising) {
      await sleep(1_000);
      if (supervising) await stack.superviseOnce();
    }
  })();
  const [ledger] = await Promise.all([workload, faulting]).finally(() => {
    supervising = false;
  });
  await supervisor;
  phases.faults = since();
  await quiet(stack, db, options.quietTimeoutMs);
  phases.quiet = since();

  const outcomes = { answered: 0, refused: 0, unknown: 0 };
  const refusals: Record<string, number> = {};
  const answeredByKind: Record<string, number> = {};
  for (const attempt of ledger.attempts) {
    if (attempt.outcome === 'ANSWERED') answeredByKind[attempt.kind] = (answeredByKind[attempt.kind] ?? 0) + 1;
    outcomes[attempt.outcome.toLowerCase() as keyof typeof outcomes] += 1;
    if (attempt.outcome !== 'ANSWERED')
      refusals[`${attempt.kind} ${attempt.detail}`] = (refusals[`${attempt.kind} ${attempt.detail}`] ?? 0) + 1;
  }
  const result: RunResult = {
    seed,
    ok: true,
    faults,
    operations: outcomes,
    answeredByKind,
    refusals,
    totals: await totals(db),
    phases,
    seconds: 0,
  };
  result.broken = await firstBroken(db, [stack.brokers], [...earlier, ledger]);
  phases.checked = since();
  result.ok = result.broken === undefined;
  earlier.push(ledger);
  result.seconds = Math.round((Date.now() - started) / 100) / 10;
  return result;
}

/** The first invariant that does not hold, in the order they are listed, and how. */
export async function firstBroken(db: Client, brokers: string[], ledgers: Ledger[]): Promise<RunResult['broken']> {
  for (const check of invariants(db, brokers, ledgers)) {
    const detail = await check.run().catch((error: Error) => `could not be checked: ${error.message}`);
    if (detail) return { invariant: check.name, detail };
  }
  return undefined;
}
