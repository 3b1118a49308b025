// Latency summaries and the printed tables of the trading bench (pure: no I/O).
import { formatRows, percentile, round1 } from '../shared/latency-stats';

export interface LatencySummary {
  label: string;
  count: number;
  perSec: number;
  p50Millis: number;
  p90Millis: number;
  p99Millis: number;
  maxMillis: number;
}

/** Count, rate over `seconds`, and nearest-rank percentiles of `millis`. */
export function summarizeLatency(label: string, millis: readonly number[], seconds: number): LatencySummary {
  const sorted = [...millis].sort((a, b) => a - b);
  return {
    label,
    count: sorted.length,
    perSec: round1(sorted.length / seconds),
    p50Millis: round1(percentile(sorted, 50)),
    p90Millis: round1(percentile(sorted, 90)),
    p99Millis: round1(percentile(sorted, 99)),
    maxMillis: round1(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** Mean, p50 and p99 of a list of numbers, for the breakdown lines. */
export function spread(values: readonly number[]): { mean: number; p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    mean: round1(mean),
    p50: round1(percentile(sorted, 50)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

export function latencyTable(rows: readonly LatencySummary[]): string {
  const fixed = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));
  return formatRows(
    ['latency', 'count', 'per s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
    rows.map((row) => [
      row.label,
      String(row.count),
      fixed(row.perSec),
      fixed(row.p50Millis),
      fixed(row.p90Millis),
      fixed(row.p99Millis),
      fixed(row.maxMillis),
    ]),
  );
}
