// `npm run faults -- --seed N --runs R`: drives the marketplace through GraphQL while killing,
// at seeded moments, a service, the gateway, the broker (SIGKILL) or every PostgreSQL
// connection, and restarting it; then checks from the databases and the topics that nothing
// was lost or applied twice, no stock went below zero or was oversold, every outbox drained
// and every consumer caught up. Prints each run's seed and the first broken invariant.
import { parseArgs } from 'node:util';
import { runFaultHarness } from './fault-harness';

function whole(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`--${name} must be a whole number from ${min}, got "${raw}"`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: String(Date.now() % 100_000) },
      runs: { type: 'string', default: '5' },
      operations: { type: 'string', default: '30' },
      concurrency: { type: 'string', default: '4' },
      faults: { type: 'string', default: '2' },
      'kafka-port': { type: 'string', default: '29692' },
      'gateway-port': { type: 'string', default: '4800' },
      'quiet-timeout': { type: 'string', default: '90' },
      'keep-logs': { type: 'boolean', default: false },
    },
  });
  const options = {
    seed: whole('seed', values.seed, 0),
    runs: whole('runs', values.runs, 1),
    operations: whole('operations', values.operations, 1),
    concurrency: whole('concurrency', values.concurrency, 1),
    faults: whole('faults', values.faults, 0),
    kafkaPort: whole('kafka-port', values['kafka-port'], 1024),
    gatewayPort: whole('gateway-port', values['gateway-port'], 1024),
    quietTimeoutMs: whole('quiet-timeout', values['quiet-timeout'], 1) * 1000,
    keepLogs: values['keep-logs'],
  };
  process.stderr.write(`faults: seed ${options.seed}, ${options.runs} runs (replay one with --seed <its seed> --runs 1)\n`);
  const outcome = await runFaultHarness(options);
  const broken = outcome.results.find((result) => !result.ok);
  const faults = outcome.results.flatMap((result) => result.faults);
  const summary = {
    seed: options.seed,
    runs: outcome.results.length,
    passed: outcome.results.filter((result) => result.ok).length,
    faults: faults.length,
    faultsByTarget: Object.fromEntries(
      [...new Set(faults.map((fault) => fault.split('@')[0]))].map((target) => [
        target,
        faults.filter((fault) => fault.startsWith(`${target}@`)).length,
      ]),
    ),
    operations: outcome.results.reduce(
      (total, result) => total + result.operations.answered + result.operations.refused + result.operations.unknown,
      0,
    ),
    unexpectedExits: outcome.unexpectedExits,
    seconds: outcome.seconds,
    firstBroken: broken ? { seed: broken.seed, ...broken.broken } : null,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exitCode = broken ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`faults: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
