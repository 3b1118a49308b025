// What the checkout bench measures of each step of offered load, and which step its JSON line
// quotes. Pure: no I/O.
import { percentile, round1 } from '../shared/latency-stats';

/** One buyer journey: ten addToCart calls, the preview, the checkout; times in ms (performance.now()). */
export interface Journey {
  step: number;
  /** Started inside the step's measured window (after its warm-up at the same rate). */
  measured: boolean;
  startedAt: number;
  endedAt?: number;
  ok?: boolean;
  /** The first error's code (OPERATION_TIMEOUT, INSUFFICIENT_STOCK, ...), or UNFINISHED when it never ended. */
  error?: string;
  /** Where it failed: addToCart, checkoutPreview, checkout. */
  failedAt?: string;
  addMillis: number[];
  previewMillis?: number;
  checkoutMillis?: number;
}

export interface StepSummary {
  step: number;
  offeredPerSec: number;
  windowSeconds: number;
  /** Journeys due in the measured window: started, plus those no idle virtual buyer was left for. */
  offered: number;
  started: number;
  ok: number;
  failed: number;
  /** Due but not started: every virtual buyer was still in a journey (the bench's own limit, counted as failed). */
  dropped: number;
  /** Journeys of the step (warm-up's too) that ended well inside the measured window, per second of it: what the stack sustained. */
  checkoutsPerSec: number;
  /** How many ended well inside the window (the numerator of checkoutsPerSec). */
  endedInWindow: number;
  /** Journeys of the whole step (warm-up, window, drain) that ended well: what its CPU is divided by. */
  okOfStep: number;
  /** Journeys started in the window still unanswered when the bench gave up on them. */
  unfinished: number;
  p50Millis: number;
  p90Millis: number;
  p99Millis: number;
  maxMillis: number;
  /** Journeys that ended well but had a call slower than 3 s: the gateway's default RPC timeout would have failed them. */
  slowOver3s: number;
  /** Per call, over the calls that were answered well in the journeys started in the window. */
  addToCart: { p50: number; p99: number };
  preview: { p50: number; p99: number };
  checkout: { p50: number; p99: number };
  errors: Map<string, number>;
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round1(percentile(sorted, 50)), p99: round1(percentile(sorted, 99)) };
};

/**
 * A step's figures. The step offers its rate for a warm-up and then for the measured window, so
 * the window sees the stack in its steady state at that rate. Throughput counts the journeys that
 * ended well inside the window; latency and failures are over the journeys started inside it:
 * start to the checkout's answer, or to the failure, or (never answered) to `window.givenUpAt`,
 * so a stalled stack shows as a long p99, not as a short list. Dropped journeys only count as failed.
 */
export function summarizeStep(
  step: number,
  offeredPerSec: number,
  journeys: readonly Journey[],
  dropped: number,
  window: { start: number; end: number; givenUpAt: number },
): StepSummary {
  const ofStep = journeys.filter((journey) => journey.step === step);
  const mine = ofStep.filter((journey) => journey.measured);
  const ok = mine.filter((journey) => journey.ok === true);
  const millis = mine.map((journey) => (journey.endedAt ?? window.givenUpAt) - journey.startedAt).sort((a, b) => a - b);
  const windowSeconds = (window.end - window.start) / 1000;
  const endedInWindow = ofStep.filter(
    (journey) => journey.ok === true && (journey.endedAt as number) >= window.start && (journey.endedAt as number) < window.end,
  );
  const errors = new Map<string, number>();
  for (const journey of mine.filter((candidate) => candidate.ok !== true)) {
    const code = `${journey.error ?? 'UNFINISHED'}${journey.failedAt ? ` at ${journey.failedAt}` : ''}`;
    errors.set(code, (errors.get(code) ?? 0) + 1);
  }
  if (dropped > 0) errors.set('NO_IDLE_VIRTUAL_BUYER', dropped);
  return {
    step,
    offeredPerSec,
    windowSeconds: round1(windowSeconds),
    offered: mine.length + dropped,
    started: mine.length,
    ok: ok.length,
    failed: mine.length - ok.length + dropped,
    dropped,
    checkoutsPerSec: round1(endedInWindow.length / Math.max(1e-9, windowSeconds)),
    endedInWindow: endedInWindow.length,
    okOfStep: ofStep.filter((journey) => journey.ok === true).length,
    unfinished: mine.filter((journey) => journey.endedAt === undefined).length,
    p50Millis: round1(percentile(millis, 50)),
    p90Millis: round1(percentile(millis, 90)),
    p99Millis: round1(percentile(millis, 99)),
    maxMillis: round1(millis[millis.length - 1] ?? Number.NaN),
    slowOver3s: ok.filter((journey) => Math.max(...journey.addMillis, journey.previewMillis ?? 0, journey.checkoutMillis ?? 0) > 3_000)
      .length,
    addToCart: spread(mine.flatMap((journey) => journey.addMillis)),
    preview: spread(mine.flatMap((journey) => (journey.previewMillis === undefined ? [] : [journey.previewMillis]))),
    checkout: spread(mine.flatMap((journey) => (journey.checkoutMillis === undefined ? [] : [journey.checkoutMillis]))),
    errors,
  };
}

/**
 * Whether the stack kept up with the step: nothing failed or was dropped, and checkouts ended
 * in the window at 90 % or more of the offered rate (the rest end in the first seconds after it).
 */
export function keptUp(summary: StepSummary): boolean {
  return summary.failed === 0 && summary.ok > 0 && summary.checkoutsPerSec >= 0.9 * summary.offeredPerSec;
}

/**
 * The step the JSON line quotes: the highest offered rate the stack kept up with; when it kept up
 * with none, the step that completed the most checkouts per second among those that started any
 * journey (its failures are in the table).
 */
export function headlineStep(summaries: readonly StepSummary[]): StepSummary | undefined {
  const sustained = summaries.filter(keptUp);
  if (sustained.length > 0) return sustained.reduce((best, summary) => (summary.offeredPerSec > best.offeredPerSec ? summary : best));
  // A step whose journeys all found every virtual buyer busy has no latency to quote.
  return summaries
    .filter((summary) => summary.started > 0)
    .reduce<StepSummary | undefined>(
      (best, summary) => (best === undefined || summary.checkoutsPerSec > best.checkoutsPerSec ? summary : best),
      undefined,
    );
}

/** Parses `--rates 2,5,10`: offered checkouts per second, each above 0 and at most 500. */
export function ratesOption(raw: string): number[] {
  const rates = raw.split(',').map((part) => Number(part.trim()));
  if (rates.length === 0 || rates.some((rate) => !Number.isFinite(rate) || rate <= 0 || rate > 500)) {
    throw new Error(`--rates takes offered checkouts per second, comma-separated, each above 0 and at most 500, e.g. 2,5,10; got "${raw}"`);
  }
  return rates;
}
