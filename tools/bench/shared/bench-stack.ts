// What the search, trading and catalog-import benches share: their own single-node Kafka, a
// fresh database, real service processes on free ports, GraphQL seeding helpers, CPU
// accounting, and stopping all of it (in reverse order) on the way out, on error and on Ctrl-C.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GATEWAY, SERVICES } from '@lotbook/contracts';
import { startServiceProcess, type ServiceProcess } from '@lotbook/testing';
import { Client } from 'pg';
import { organisationInn } from '../search/search-data';

export const ROOT = path.resolve(__dirname, '../../..');
export const PASSWORD = 'lotbook-bench-2026';
export const OPERATOR_EMAIL = 'operator@bench.example';

/** Ports other work on this machine uses (the dev stack's services and gateway, its broker, the integration specs): never ours. */
export const reservedPort = (port: number): boolean =>
  [9092, 9093, 19092, 19093, GATEWAY.port, ...SERVICES.map((service) => service.port)].includes(port) || (port >= 4300 && port <= 4399);

/** Each bench's own broker (search, trading, catalog-import; controller on the next port): no service takes them. */
export const BENCH_KAFKA_PORTS: readonly number[] = [29092, 29192, 29292, 29392];
const benchKafkaPort = (port: number): boolean => BENCH_KAFKA_PORTS.some((kafka) => port === kafka || port === kafka + 1);

export interface BenchOptionsBase {
  kafkaPort: number;
  database: string;
  keep: boolean;
}

/** Parses a whole-number option, refusing anything else with the option's name. */
export function wholeOption(name: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got "${raw}"`);
  }
  return value;
}

export function shareOption(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`--${name} must be a number from 0 to 1, got "${raw}"`);
  return value;
}

export function databaseOption(raw: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(raw)) throw new Error('--database must be a plain lower-case identifier');
  return raw;
}

interface GraphQLReply<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A GraphQL endpoint and, optionally, the bearer token to call it with. */
export class GraphQL {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  as(token: string): GraphQL {
    return new GraphQL(this.url, token);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLReply<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLReply<T>;
    } catch {
      throw new Error(`GraphQL answered HTTP ${response.status}: ${text.slice(0, 300)}`);
    }
  }

  /** The data, or an error naming the GraphQL errors. */
  async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const reply = await this.request<T>(query, variables);
    if (!reply.data || reply.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(reply.errors)} for ${query.slice(0, 90)}`);
    return reply.data;
  }

  async signIn(email: string, operator = false): Promise<GraphQL> {
    const field = operator ? 'operatorSignIn' : 'signIn';
    const data = await this.data<Record<string, { accessToken: string }>>(
      `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
      { email, password: PASSWORD },
    );
    return this.as(data[field].accessToken);
  }
}

export interface BenchCompany {
  legalName: string;
  tradingName: string;
  taxId: string;
  adminEmail: string;
  kind: 'BUYER' | 'SELLER' | 'BOTH';
}

/** A company with a valid (checksummed) INN and an admin e-mail, numbered within a bench. */
export function benchCompany(bench: string, kind: BenchCompany['kind'], index: number, tradingName: string): BenchCompany {
  const slug = tradingName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const regionCode = kind === 'BUYER' ? '77' : '66';
  return {
    legalName: `OOO ${tradingName}`,
    tradingName,
    taxId: organisationInn(
      `${regionCode}${String(50_000 + index * 53 + (kind === 'BUYER' ? 7 : 0)).padStart(5, '0')}${bench.length % 10}${index % 10}`,
    ),
    adminEmail: `admin@${slug}.${bench}.bench.example`,
    kind,
  };
}

/** Registers a company with its admin through the gateway and has the operator approve it; returns the company id. */
export async function registerApproved(anonymous: GraphQL, operator: GraphQL, company: BenchCompany): Promise<string> {
  const { registerCompany } = await anonymous.data<{ registerCompany: { companyId: string } }>(
    `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
    {
      input: {
        legalName: company.legalName,
        tradingName: company.tradingName,
        country: 'RU',
        taxId: company.taxId,
        kind: company.kind,
        admin: { email: company.adminEmail, password: PASSWORD, fullName: `${company.tradingName} Admin` },
      },
    },
  );
  await operator.data(
    `mutation ($companyId: ID!, $reason: String!) { moderateCompany(companyId: $companyId, action: APPROVE, reason: $reason) { status } }`,
    { companyId: registerCompany.companyId, reason: 'INN and legal name checked against the state register' },
  );
  return registerCompany.companyId;
}

export async function inParallel<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

export const sleep = (millis: number) => new Promise<void>((resolve) => setTimeout(resolve, millis));

/**
 * One bench run's processes and resources: everything started through it is stopped, in
 * reverse order, by `stopEverything()`, which the signal handlers and the exit hook also use.
 */
export class BenchStack {
  readonly started = performance.now();
  readonly services = new Map<string, ServiceProcess>();
  private readonly stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  private readonly taken = new Set<number>();
  private stopping: Promise<void> | undefined;
  interrupted = false;
  /** The broker's process, when this run started one (for CPU accounting). */
  kafkaPid: number | undefined;

  constructor(readonly bench: string) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (this.interrupted) {
          for (const service of this.services.values()) service.child.kill('SIGKILL');
          process.exit(130);
        }
        this.interrupted = true;
        this.log(`${signal}: stopping everything this bench started…`);
        void this.stopEverything().then(() => process.exit(130));
      });
    }
    // Last resort (an uncaught error): no service outlives the bench. Kafka has its own hook.
    process.on('exit', () => {
      for (const service of this.services.values())
        if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
    });
  }

  log(line: string): void {
    process.stderr.write(`[bench:${this.bench} ${((performance.now() - this.started) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Registers something to stop on the way out (stopped last-in, first-out). */
  onStop(name: string, stop: () => Promise<void>): void {
    this.stops.push({ name, stop });
  }

  stopEverything(): Promise<void> {
    this.stopping ??= (async () => {
      for (const { name, stop } of this.stops.reverse()) {
        try {
          await stop();
        } catch (error) {
          this.log(`stopping ${name} failed: ${(error as Error).message}`);
        }
      }
    })();
    return this.stopping;
  }

  async freePort(from: number): Promise<number> {
    for (let port = from; port < from + 200; port++) {
      if (reservedPort(port) || benchKafkaPort(port) || this.taken.has(port)) continue;
      if (await canListen(port)) {
        this.taken.add(port);
        return port;
      }
    }
    throw new Error(`no free port in ${from}-${from + 199}`);
  }

  /** Its own broker (port, port + 1 for the controller, own data dir) unless KAFKA_BROKERS is set. */
  async startKafka(port: number, fresh: boolean): Promise<string> {
    const fromEnv = process.env.KAFKA_BROKERS;
    if (fromEnv) {
      this.log(`using Kafka at ${fromEnv} (KAFKA_BROKERS); the services join their usual consumer groups there`);
      return fromEnv;
    }
    if (reservedPort(port) || reservedPort(port + 1)) throw new Error(`--kafka-port ${port} (or ${port + 1}) is reserved for other work`);
    // An .mjs module of the repo, loaded at run time: no types to import.
    const { startKafka } = (await import(path.join(ROOT, 'tools/kafka/kafka.mjs'))) as {
      startKafka(options: Record<string, unknown>): Promise<{ brokers: string; pid: number; stop(): Promise<void> }>;
    };
    this.taken.add(port).add(port + 1);
    const kafka = await startKafka({
      port,
      controllerPort: port + 1,
      dataDir: path.join(ROOT, '.cache/kafka', `bench-${this.bench}-${port}`),
      fresh,
      // To profile the broker: BENCH_KAFKA_JVM_ARGS="-XX:StartFlightRecording=filename=/tmp/broker.jfr,dumponexit=true"
      jvmArgs: (process.env.BENCH_KAFKA_JVM_ARGS ?? '').split(' ').filter(Boolean),
      log: (line: string) => this.log(line),
    });
    this.kafkaPid = kafka.pid;
    this.onStop('Kafka', () => kafka.stop());
    return kafka.brokers;
  }

  /**
   * Drops and creates the database (or, with `reuse`, leaves it as it is); it is dropped again
   * on the way out unless `keep`.
   */
  async freshDatabase(database: string, keep: boolean, reuse = false): Promise<string> {
    if (!reuse) {
      await withClient(adminUrl(), async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${database}"`);
      });
      this.log(`created database ${database}`);
    }
    if (!keep) {
      this.onStop(`database ${database}`, () =>
        withClient(adminUrl(), (admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() =>
          this.log(`dropped database ${database}`),
        ),
      );
    }
    return databaseUrl(database);
  }

  async startService(name: string, env: Record<string, string>, readyTimeoutMs = 120_000): Promise<ServiceProcess> {
    const service = startServiceProcess(name, { LOG_LEVEL: 'warn', ...env }, readyTimeoutMs);
    this.services.set(name, service);
    this.onStop(name, () => service.stop());
    await service.ready;
    return service;
  }

  /** Stops one service now (its entry in the stop list then does nothing). */
  async stopService(name: string): Promise<void> {
    await this.services.get(name)?.stop();
  }

  runOperatorCreate(databaseUrlOfRun: string): Promise<void> {
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
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrlOfRun, LOTBOOK_OPERATOR_PASSWORD: PASSWORD } },
        (error, _stdout, stderr) =>
          error && !stderr.includes('already exists') ? reject(new Error(`operator:create failed: ${stderr}`)) : resolve(),
      );
    });
  }

  /**
   * The warnings and errors each service logged, grouped by message, most frequent first
   * (services log JSON lines at LOG_LEVEL warn).
   */
  serviceProblems(limit = 5): string[] {
    const lines: string[] = [];
    for (const service of this.services.values()) {
      const counts = new Map<string, number>();
      for (const line of service.output().split('\n')) {
        let message: string;
        try {
          const entry = JSON.parse(line) as { level?: string; msg?: string; error?: string };
          if (entry.level !== 'warn' && entry.level !== 'error' && entry.level !== 'fatal') continue;
          message = `${entry.level} ${entry.msg ?? ''}${entry.error ? `: ${entry.error}` : ''}`;
        } catch {
          if (!line.trim()) continue;
          message = `(text) ${line}`;
        }
        message = message.slice(0, 220);
        counts.set(message, (counts.get(message) ?? 0) + 1);
      }
      const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
      for (const [message, count] of top) lines.push(`${service.name}: ${count} × ${message}`);
    }
    return lines;
  }

  /** Prints the last lines each service wrote to stderr (after a failure). */
  dumpServiceErrors(): void {
    for (const service of this.services.values()) {
      const errors = service.stderr().split('\n').slice(-15).join('\n');
      if (errors.trim()) this.log(`${service.name} stderr (last lines):\n${errors}`);
    }
  }

  /** Runs `main`, then stops everything and exits with its outcome. */
  run(main: () => Promise<void>): void {
    main()
      .catch((error: unknown) => {
        process.exitCode = 1;
        if (this.interrupted) return; // what fails while everything is being stopped is no news
        this.log(`failed: ${(error as Error).stack ?? String(error)}`);
        this.dumpServiceErrors();
      })
      .finally(async () => {
        await this.stopEverything();
        if (!this.interrupted) process.exit(process.exitCode ?? 0);
      });
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function adminUrl(): string {
  return process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Polls `read` until it returns a value, or fails after `timeoutMs` with `what`. */
export async function pollUntil<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 60_000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Waits until a service's company_status projection (fed by counterparties' events) has every company APPROVED. */
export async function waitForApproved(client: Client, schema: 'catalog' | 'trading', companyIds: string[]): Promise<void> {
  await pollUntil(`${schema} to see ${companyIds.length} companies APPROVED`, async () => {
    const { rows } = await client.query<{ approved: string }>(
      `SELECT count(*) AS approved FROM ${schema}.company_status WHERE status = 'APPROVED' AND company_id = ANY ($1::uuid[])`,
      [companyIds],
    );
    return Number(rows[0].approved) === companyIds.length ? true : undefined;
  });
}

// ---------------------------------------------------------------------------
// CPU accounting (Linux /proc): where the machine's cores went during a measured window
// ---------------------------------------------------------------------------

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far; 0 when it is gone or /proc is not there. */
export function processCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** PostgreSQL backends serving one database (their process title names it). */
export function postgresBackends(database: string): number[] {
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (title.startsWith('postgres: ') && title.split(' ').includes(database)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Busy and total CPU seconds of the whole machine so far (all cores). */
export function machineCpuSeconds(): { busy: number; total: number; cores: number } {
  try {
    const lines = readFileSync('/proc/stat', 'utf8').split('\n');
    const [, ...values] = lines[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
    const total = user + nice + system + idle + iowait + irq + softirq + steal;
    const cores = lines.filter((line) => /^cpu\d+ /.test(line)).length;
    return { busy: (total - idle - iowait) / CLOCK_TICKS_PER_SECOND, total: total / CLOCK_TICKS_PER_SECOND, cores };
  } catch {
    return { busy: 0, total: 0, cores: 0 };
  }
}

export interface CpuSnapshot {
  at: number;
  machine: { busy: number; total: number; cores: number };
  /** Per group, CPU seconds so far of each of its processes. */
  processes: Map<string, Map<number, number>>;
}

/** CPU seconds of each process of each named group now. */
export function cpuSnapshot(groups: Map<string, () => number[]>): CpuSnapshot {
  const processes = new Map<string, Map<number, number>>();
  for (const [name, pids] of groups) processes.set(name, new Map(pids().map((pid) => [pid, processCpuSeconds(pid)])));
  return { at: performance.now(), machine: machineCpuSeconds(), processes };
}

/** CPU seconds a group used between two snapshots (a process that started meanwhile counts whole; one that ended, not at all). */
export function cpuUsed(before: CpuSnapshot, after: CpuSnapshot, group: string): number {
  const earlier = before.processes.get(group) ?? new Map<number, number>();
  let used = 0;
  for (const [pid, seconds] of after.processes.get(group) ?? []) used += Math.max(0, seconds - (earlier.get(pid) ?? 0));
  return used;
}

/** Lines saying how busy the machine and each group were between two snapshots (in cores). */
export function cpuReport(before: CpuSnapshot, after: CpuSnapshot): string[] {
  const seconds = (after.at - before.at) / 1000;
  const cores = after.machine.cores || 1;
  const busy = after.machine.busy - before.machine.busy;
  const lines = [
    `machine: ${cores} cores, ${((busy / Math.max(1e-9, after.machine.total - before.machine.total)) * 100).toFixed(0)}% busy over ${seconds.toFixed(1)} s`,
  ];
  for (const name of after.processes.keys())
    lines.push(`  ${name.padEnd(22)} ${(cpuUsed(before, after, name) / seconds).toFixed(2)} cores`);
  return lines;
}
