// `npm run bench:matching`: the same seeded workloads through Lotbook's matching engine and
// through nodejs-order-book, timed the same way: process.hrtime.bigint() around each call.
// Prints a table, then one line of JSON for machines to read.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { engines, type Engine, type EngineName } from './engines';
import { workload, type Workload, type WorkloadName } from './workloads';

const SEED = 20_251_123;
const WARM_UP_SEED = 7;

/** Timed operations per workload: enough for steady figures, within a minute or two in all. */
const SCALE = Number(process.env.BENCH_MATCHING_SCALE ?? 1); // e.g. 0.1 for a quick look
const OPERATIONS: Record<WorkloadName, number> = { mixed: 1_000_000 * SCALE, deep: 200_000 * SCALE, b2b: 1_000_000 * SCALE };
const WARM_UP_OPERATIONS: Record<WorkloadName, number> = { mixed: 100_000, deep: 10_000, b2b: 100_000 };

interface Result {
  workload: WorkloadName;
  engine: EngineName;
  opsPerSec: number;
  p99Micros: number;
}

interface Measurement extends Result {
  operations: number;
  runs: number;
  p50Micros: number;
  maxMicros: number;
  tradedQuantity: number;
  priceLevels: number;
}

// A full collection before each run, so one run's garbage is not collected on the next's time.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function measure(engine: Engine, work: Workload): Measurement {
  const run = engine.load(work);
  run.runSetup();
  const latencies = new Float64Array(run.count);
  collectGarbage();
  const started = process.hrtime.bigint();
  for (let index = 0; index < run.count; index++) {
    const before = process.hrtime.bigint();
    run.operation(index);
    latencies[index] = Number(process.hrtime.bigint() - before);
  }
  const elapsedNanos = Number(process.hrtime.bigint() - started);
  latencies.sort();
  const micros = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] / 1_000;
  return {
    workload: work.name,
    engine: engine.name,
    opsPerSec: Math.round(run.count / (elapsedNanos / 1e9)),
    p99Micros: Number(micros(0.99).toFixed(2)),
    operations: run.count,
    runs: 1,
    p50Micros: Number(micros(0.5).toFixed(2)),
    maxMicros: Number((latencies[latencies.length - 1] / 1_000).toFixed(1)),
    tradedQuantity: run.tradedQuantity,
    priceLevels: run.priceLevels(),
  };
}

/**
 * Runs the workload up to three times, each on a fresh book, stopping once 10 s have gone by,
 * and keeps the median run by throughput: the same rule for every engine, which damps the
 * noise of a shared 2-core machine where it costs little (a slow engine simply runs once).
 */
function measureMedian(engine: Engine, work: Workload): Measurement {
  const runs: Measurement[] = [];
  const started = Date.now();
  do runs.push(measure(engine, work));
  while (runs.length < 3 && Date.now() - started < 10_000);
  runs.sort((a, b) => a.opsPerSec - b.opsPerSec);
  return { ...runs[Math.floor((runs.length - 1) / 2)], runs: runs.length };
}

function table(measurements: readonly Measurement[]): string {
  const header = ['workload', 'engine', 'operations', 'runs', 'ops/s', 'p50 µs', 'p99 µs', 'max µs', 'traded qty', 'levels at end'];
  const rows = measurements.map((m) => [
    m.workload,
    m.engine,
    m.operations.toLocaleString('en-US'),
    String(m.runs),
    m.opsPerSec.toLocaleString('en-US'),
    m.p50Micros.toFixed(2),
    m.p99Micros.toFixed(2),
    m.maxMicros.toFixed(1),
    m.tradedQuantity.toLocaleString('en-US'),
    String(m.priceLevels),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const workloadNames: WorkloadName[] = ['mixed', 'deep', 'b2b'];

console.log(`matching benchmark: node ${process.version}, seed ${SEED}`);
// Warm-up: the same kinds of work on another seed, so that both engines run optimised code.
for (const name of workloadNames) {
  const work = workload(name, WARM_UP_SEED, WARM_UP_OPERATIONS[name]);
  for (const engine of engines) if (engine.supports(work)) measure(engine, work);
}

const measurements: Measurement[] = [];
for (const name of workloadNames) {
  // One list of operations per workload, run by every engine that can.
  const work = workload(name, SEED, OPERATIONS[name]);
  for (const engine of engines) {
    if (!engine.supports(work)) continue;
    const measurement = measureMedian(engine, work);
    measurements.push(measurement);
    console.log(`${name} / ${engine.name}: ${measurement.opsPerSec.toLocaleString('en-US')} ops/s, p99 ${measurement.p99Micros} µs`);
  }
}

console.log(`\n${table(measurements)}\n`);
const results: Result[] = measurements.map(({ workload: name, engine, opsPerSec, p99Micros }) => ({
  workload: name,
  engine,
  opsPerSec,
  p99Micros,
}));
console.log(JSON.stringify({ bench: 'matching', results }));
