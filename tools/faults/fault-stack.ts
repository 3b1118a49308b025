// The marketplace the fault harness breaks: its own broker, a database, counterparties,
// catalog, trading, orders, returns, settlements and the gateway as real processes, and the means to kill any of
// them (SIGKILL), the broker too, or every PostgreSQL connection of the run, and start them again.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { startServiceProcess, type ServiceProcess } from '@lotbook/testing';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../..');

/** The back-end services the harness runs, in start-up order; the gateway comes after them. */
export const FAULT_SERVICES = ['counterparties', 'catalog', 'trading', 'orders', 'returns', 'settlements'] as const;
export type FaultService = (typeof FAULT_SERVICES)[number] | 'gateway';

/** What a fault hits: one process (SIGKILL), the broker (SIGKILL), or every database connection of the run. */
export type FaultTarget = FaultService | 'broker' | 'postgres';

/** The harness's own database connections (its checks' client) say so: a database cut spares them. */
export const HARNESS_APPLICATION = 'lotbook-faults';

export const SECRET = 'fault-harness-secret-of-more-than-32-characters';

export interface FaultStackOptions {
  kafkaPort: number;
  /** The gateway's port; the services take the next ones. */
  gatewayPort: number;
  databaseUrl: string;
  log: (line: string) => void;
}

interface RunningKafka {
  brokers: string;
  /** The broker's own (Java) process. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * The broker through its launcher's command line (`tools/kafka/kafka.mjs start`, in the
 * foreground until stopped), so that this works in jest as well as in node: the launcher is
 * an ES module. Resolves once it says it is ready, with the broker's pid from that line.
 */
function startKafka(port: number, dataDir: string, fresh: boolean): Promise<RunningKafka> {
  const launcher = spawn(
    process.execPath,
    [
      path.join(ROOT, 'tools/kafka/kafka.mjs'),
      'start',
      '--port',
      String(port),
      '--controller-port',
      String(port + 1),
      '--data-dir',
      dataDir,
      ...(fresh ? ['--fresh'] : []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()));
  const lines: string[] = [];
  return new Promise<RunningKafka>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Kafka was not ready within 120 s:\n${lines.join('\n')}`)), 120_000);
    let ready = false;
    launcher.once('exit', (code) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`the Kafka launcher exited (${code}) before the broker was ready:\n${lines.join('\n')}`));
    });
    readline.createInterface({ input: launcher.stderr as NodeJS.ReadableStream }).on('line', (line) => lines.push(line));
    readline.createInterface({ input: launcher.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      lines.push(line);
      const started = /ready on (\S+) \(pid (\d+)/.exec(line);
      if (!started || ready) return;
      ready = true;
      clearTimeout(timer);
      resolve({
        brokers: started[1],
        pid: Number(started[2]),
        stop: async () => {
          if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

export class FaultStack {
  readonly services = new Map<FaultService, ServiceProcess>();
  private kafka: RunningKafka | undefined;
  brokers = '';
  /** Processes that exited without being killed by a fault (restarted as a supervisor would). */
  readonly unexpectedExits: string[] = [];

  private constructor(readonly options: FaultStackOptions) {
    // Should the harness itself die, it takes its marketplace with it rather than leave it running.
    process.once('exit', () => {
      for (const service of this.services.values()) if (service.child.exitCode === null) service.child.kill('SIGKILL');
      if (this.kafka) {
        try {
          process.kill(this.kafka.pid, 'SIGKILL');
        } catch {
          // gone already
        }
      }
    });
  }

  static async start(options: FaultStackOptions): Promise<FaultStack> {
    const stack = new FaultStack(options);
    try {
      await stack.startBroker(true);
      for (const name of FAULT_SERVICES) stack.spawn(name);
      await Promise.all([...stack.services.values()].map((service) => service.ready));
      stack.spawn('gateway');
      await stack.services.get('gateway')?.ready;
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  get graphqlUrl(): string {
    return `http://127.0.0.1:${this.options.gatewayPort}/graphql`;
  }

  private async startBroker(fresh: boolean): Promise<void> {
    this.kafka = await startKafka(this.options.kafkaPort, path.join(ROOT, '.cache/kafka', `faults-${this.options.kafkaPort}`), fresh);
    this.brokers = this.kafka.brokers;
  }

  private env(name: FaultService): Record<string, string> {
    const common = { KAFKA_BROKERS: this.brokers, LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn', AUTH_TOKEN_SECRET: SECRET };
    if (name === 'gateway') {
      return {
        ...common,
        GATEWAY_PORT: String(this.options.gatewayPort),
        // A killed service should fail a request soon, so that the client retries; the machine is shared, so not too soon.
        RPC_TIMEOUT_MS: '8000',
        GATEWAY_OPERATION_TIMEOUT_MS: '20000',
        GATEWAY_RATE_PER_ADDRESS: '1000000/60',
        GATEWAY_RATE_PER_ACCOUNT: '1000000/60',
        GATEWAY_RATE_SIGN_IN: '100000/60',
        GATEWAY_RATE_REGISTRATION: '100000/60',
        GATEWAY_RATE_UPLOADS: '100000/60',
      };
    }
    const index = FAULT_SERVICES.indexOf(name);
    return { ...common, DATABASE_URL: this.options.databaseUrl, HTTP_PORT: String(this.options.gatewayPort + 1 + index) };
  }

  private spawn(name: FaultService): ServiceProcess {
    const service = startServiceProcess(name, this.env(name), 180_000);
    this.services.set(name, service);
    return service;
  }

  /** Kills the target at once: a process with SIGKILL, the broker with SIGKILL, the database's connections with pg_terminate_backend. */
  async kill(target: FaultTarget): Promise<void> {
    if (target === 'postgres') {
      await withClient(this.options.databaseUrl, (client) =>
        client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name IS DISTINCT FROM $1`,
          [HARNESS_APPLICATION],
        ),
      );
      return;
    }
    if (target === 'broker') {
      if (this.kafka) process.kill(this.kafka.pid, 'SIGKILL');
      await waitUntilGone(this.kafka?.pid);
      await this.kafka?.stop(); // its launcher ends with it
      this.kafka = undefined;
      return;
    }
    await this.services.get(target)?.stop('SIGKILL');
  }

  /** Starts the target again and waits until it is ready (a database cut needs nothing: the pools reconnect). */
  async restart(target: FaultTarget): Promise<void> {
    if (target === 'postgres') return;
    if (target === 'broker') {
      await this.startBroker(false);
      return;
    }
    await this.spawn(target).ready;
  }

  /** Starts again, as a supervisor would, any process that exited on its own; says which. */
  async superviseOnce(): Promise<void> {
    for (const [name, service] of this.services) {
      if (service.child.exitCode === null && service.child.signalCode === null) continue;
      if (service.child.signalCode === 'SIGKILL') continue; // a fault's, restarted by the fault driver
      this.unexpectedExits.push(`${name} (exit ${service.child.exitCode ?? service.child.signalCode})`);
      const saved = this.saveOutput(name, `exit-${this.unexpectedExits.length}`);
      this.options.log(`${name} exited on its own (code ${service.child.exitCode}; its output in ${saved}); starting it again`);
      await this.spawn(name).ready;
    }
  }

  /** Every process is up (a killed one restarted). */
  allRunning(): boolean {
    return [...this.services.values()].every((service) => service.child.exitCode === null && service.child.signalCode === null);
  }

  /** What each process printed at level warn and above, for a failure's post-mortem. */
  output(name: FaultService): string {
    return this.services.get(name)?.output() ?? '';
  }

  /** Writes what the process printed to .cache/logs/faults/<name>.<label>.log; the file's path. */
  saveOutput(name: FaultService, label: string): string {
    return writeFaultLog(`${name}.${label}.log`, this.output(name));
  }

  async stop(): Promise<void> {
    const gateway = this.services.get('gateway');
    await gateway?.stop();
    await Promise.all(FAULT_SERVICES.map((name) => this.services.get(name)?.stop()));
    await this.kafka?.stop();
  }
}

/** Writes a post-mortem file to .cache/logs/faults/; its path from the workspace root. */
export function writeFaultLog(fileName: string, text: string): string {
  const directory = path.join(ROOT, '.cache/logs/faults');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, fileName);
  writeFileSync(file, text);
  return path.relative(ROOT, file);
}

async function waitUntilGone(pid: number | undefined): Promise<void> {
  if (!pid) return;
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
