// The fault harness as one call: a marketplace of its own (broker, database, services,
// gateway, operator, companies), `runs` seeded runs, everything stopped afterwards.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { faultRun, firstBroken, type RunOptions, type RunResult } from './fault-run';
import { consumerGroupsReport } from './invariants';
import { FaultStack, HARNESS_APPLICATION, ROOT, withClient, writeFaultLog } from './fault-stack';
import { PASSWORD } from './marketplace-client';
import { setUpWorld, type Ledger } from './workload';

export interface HarnessOptions extends Omit<RunOptions, 'log'> {
  seed: number;
  runs: number;
  kafkaPort: number;
  gatewayPort: number;
  log?: (line: string) => void;
  /** Called after the runs, before everything stops: the database, and the checks over every run's ledger (a test of the checks). */
  /** Writes every process's output to .cache/logs/faults/ after each run, not only after a broken one. */
  keepLogs?: boolean;
  afterRuns?: (db: Client, check: () => Promise<RunResult['broken']>) => Promise<void>;
}

export interface HarnessResult {
  results: RunResult[];
  unexpectedExits: string[];
  seconds: number;
}

const OPERATOR_EMAIL = 'operator@faults.example';

function adminUrl(): string {
  return process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** Runs `runs` seeded runs (seed, seed + 1, …) against a fresh marketplace; stops at the first broken run. */
export async function runFaultHarness(options: HarnessOptions): Promise<HarnessResult> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const database = `lotbook_faults_${options.gatewayPort}_${process.pid}`;
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  await withClient(adminUrl(), (admin) => admin.query(`CREATE DATABASE "${database}"`));
  let stack: FaultStack | undefined;
  const db = new Client({ connectionString: url.toString(), application_name: HARNESS_APPLICATION });
  db.on('error', (error) => log(`faults: the harness's own database connection failed: ${error.message}`));
  try {
    log(`faults: starting a marketplace (Kafka on ${options.kafkaPort}, gateway on ${options.gatewayPort}, database ${database})`);
    stack = await FaultStack.start({ kafkaPort: options.kafkaPort, gatewayPort: options.gatewayPort, databaseUrl: url.toString(), log });
    const cli = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'tools/run-ts.mjs'),
        'apps/counterparties/src/cli/create-operator.ts',
        '--email',
        OPERATOR_EMAIL,
        '--name',
        'Fault Operator',
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url.toString(), LOTBOOK_OPERATOR_PASSWORD: PASSWORD }, encoding: 'utf8' },
    );
    if (cli.status !== 0) throw new Error(`create-operator failed: ${cli.stderr}`);
    const world = await setUpWorld(stack.graphqlUrl, OPERATOR_EMAIL);
    await db.connect();
    log(`faults: ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const results: RunResult[] = [];
    const ledgers: Ledger[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const seed = options.seed + run;
      const result = await faultRun(stack, world, db, seed, { ...options, log }, ledgers);
      results.push(result);
      const ops = result.operations;
      const held = result.totals;
      log(
        `run ${run + 1}/${options.runs} seed ${seed}: ${result.ok ? 'ok' : 'BROKEN'} in ${result.seconds} s; ` +
          `${ops.answered + ops.refused + ops.unknown} operations (${ops.answered} answered, ${ops.refused} refused, ${ops.unknown} unknown); ` +
          `faults: ${result.faults.join(', ') || 'none'}; so far ${held.orders} orders, ${held.trades} trades, ` +
          `${held.purchases} purchases (${held.sellerOrders} seller orders, ${held.delivered} delivered), ${held.uploads} uploads, ` +
          `${held.returns} seller returns (${held.refunded} refunded), ${held.payments} payments, ${held.entries} ledger entries`,
      );
      if (Object.keys(result.refusals).length > 0) log(`  seed ${seed}: not answered: ${JSON.stringify(result.refusals)}`);
      log(`  seed ${seed}: answered: ${JSON.stringify(result.answeredByKind)}; seconds: ${JSON.stringify(result.phases)}`);
      if (!result.ok) log(`  seed ${seed}: first broken invariant: ${result.broken?.invariant}: ${result.broken?.detail}`);
      if (!result.ok || options.keepLogs) {
        const saved = await savePostMortem(stack, db, seed);
        log(`  seed ${seed}: what the processes printed, the consumer groups and the database sessions: ${saved.join(', ')}`);
      }
      if (!result.ok) break;
    }
    if (options.afterRuns) {
      const brokers = [stack.brokers];
      await options.afterRuns(db, () => firstBroken(db, brokers, ledgers));
    }
    return { results, unexpectedExits: stack.unexpectedExits, seconds: Math.round((Date.now() - started) / 1000) };
  } finally {
    const stopping = Date.now();
    await db.end().catch(() => undefined);
    await stack?.stop();
    log(`faults: marketplace stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
    await withClient(adminUrl(), (admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).catch(() => undefined);
  }
}

/**
 * A run's post-mortem in .cache/logs/faults/: what each process printed, the consumer groups as
 * the broker sees them (groups.seed-<seed>.json), and every session of the marketplace's database
 * (sessions.seed-<seed>.json: what it runs and waits for, which sessions block it; a consumer
 * stuck without a word is often a transaction waiting on a lock). The files' paths.
 */
async function savePostMortem(stack: FaultStack, db: Client, seed: number): Promise<string[]> {
  const outputs = [...stack.services.keys()].map((name) => stack.saveOutput(name, `seed-${seed}`));
  const groups = await consumerGroupsReport([stack.brokers]).catch((error: Error) => ({ error: error.message }));
  const sessions = await db
    .query(
      `SELECT pid, application_name, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blocked_by,
              now() - xact_start AS in_transaction_for, now() - query_start AS query_for, left(query, 300) AS query
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY xact_start NULLS LAST`,
    )
    .then(({ rows }) => rows)
    .catch((error: Error) => ({ error: error.message }));
  return [
    ...outputs,
    writeFaultLog(`groups.seed-${seed}.json`, `${JSON.stringify(groups, null, 2)}\n`),
    writeFaultLog(`sessions.seed-${seed}.json`, `${JSON.stringify(sessions, null, 2)}\n`),
  ];
}
