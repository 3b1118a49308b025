// Latency bookkeeping the benches share (pure: no I/O): nearest-rank percentiles, rounding,
// fixed-width tables, and the search bench's samples per kind and its table.

export interface Sample {
  kind: string;
  millis: number;
  ok: boolean;
  hits: number;
}

export interface KindSummary {
  kind: string;
  count: number;
  errors: number;
  queriesPerSec: number;
  p50Millis: number;
  p90Millis: number;
  p99Millis: number;
  maxMillis: number;
  meanHits: number;
}

/** The nearest-rank percentile (p in 0..100) of ascending values; NaN for none. */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1];
}

/** Rounded to one decimal place. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

/** A fixed-width table: the first column left-aligned, the rest right-aligned, a rule under the header. */
export function formatRows(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) =>
    cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** One summary over `samples` taken in `seconds`: every sample counts, failed ones as errors too. */
export function summarize(kind: string, samples: readonly Sample[], seconds: number): KindSummary {
  const millis = samples.map((sample) => sample.millis).sort((a, b) => a - b);
  const ok = samples.filter((sample) => sample.ok);
  return {
    kind,
    count: samples.length,
    errors: samples.length - ok.length,
    queriesPerSec: round1(samples.length / seconds),
    p50Millis: round1(percentile(millis, 50)),
    p90Millis: round1(percentile(millis, 90)),
    p99Millis: round1(percentile(millis, 99)),
    maxMillis: round1(millis[millis.length - 1] ?? Number.NaN),
    meanHits: round1(ok.reduce((sum, sample) => sum + sample.hits, 0) / Math.max(1, ok.length)),
  };
}

/** A summary per kind (in the order given, kinds without samples left out) and one for all. */
export function summarizeByKind(
  samples: readonly Sample[],
  seconds: number,
  kindOrder: readonly string[],
): { kinds: KindSummary[]; all: KindSummary } {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const group = groups.get(sample.kind);
    if (group) group.push(sample);
    else groups.set(sample.kind, [sample]);
  }
  const order = [...kindOrder, ...[...groups.keys()].filter((kind) => !kindOrder.includes(kind))];
  return {
    kinds: order.filter((kind) => groups.has(kind)).map((kind) => summarize(kind, groups.get(kind) ?? [], seconds)),
    all: summarize('all', samples, seconds),
  };
}

/** A fixed-width text table of the summaries. */
export function formatTable(rows: readonly KindSummary[]): string {
  const header = ['query kind', 'count', 'errors', 'qps', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'hits/page'];
  const cells = rows.map((row) => [
    row.kind,
    String(row.count),
    String(row.errors),
    row.queriesPerSec.toFixed(1),
    row.p50Millis.toFixed(1),
    row.p90Millis.toFixed(1),
    row.p99Millis.toFixed(1),
    row.maxMillis.toFixed(1),
    row.meanHits.toFixed(1),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell: string[]) =>
    cell.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = cells.map(line);
  // The last row is the total: set it off with a rule.
  return [line(header), rule, ...body.slice(0, -1), rule, ...body.slice(-1)].join('\n');
}
