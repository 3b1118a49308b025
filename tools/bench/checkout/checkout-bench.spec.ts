import { headlineStep, keptUp, ratesOption, summarizeStep, type Journey, type StepSummary } from './checkout-report';

const journey = (step: number, startedAt: number, millis: number, ok = true, error?: string, measured = true): Journey => ({
  step,
  measured,
  startedAt,
  endedAt: startedAt + millis,
  ok,
  error,
  failedAt: ok ? undefined : 'checkout',
  addMillis: Array.from({ length: 10 }, () => millis / 20),
  previewMillis: millis / 4,
  checkoutMillis: millis / 4,
});

describe('a step of the checkout bench', () => {
  const window = { start: 0, end: 10_000, givenUpAt: 40_000 };

  it('counts checkouts per second by the journeys that ended well inside the window, the warm-up’s too', () => {
    // 2/s, 600 ms each: one warm-up journey ends in the window, the window's last one after it.
    const journeys = [
      journey(0, -5_000, 600, true, undefined, false),
      journey(0, -300, 600, true, undefined, false),
      ...Array.from({ length: 20 }, (_, index) => journey(0, index * 500, 600)),
    ];
    const summary = summarizeStep(0, 2, journeys, 0, window);
    expect(summary).toMatchObject({ offered: 20, started: 20, ok: 20, failed: 0, endedInWindow: 20, checkoutsPerSec: 2, p99Millis: 600 });
    expect(keptUp(summary)).toBe(true);
  });

  it('leaves out of the latency and the failures what started in the warm-up, but counts it among the step’s ok journeys', () => {
    const journeys = [
      journey(0, -2_000, 9_000, false, 'OPERATION_TIMEOUT', false),
      journey(0, -1_000, 500, true, undefined, false),
      journey(0, 1_000, 500),
    ];
    expect(summarizeStep(0, 1, journeys, 0, window)).toMatchObject({ started: 1, ok: 1, failed: 0, maxMillis: 500, okOfStep: 2 });
  });

  it('times a journey never answered until the bench gave up on it, and still reports the calls that were answered', () => {
    const stalled: Journey = { step: 0, measured: true, startedAt: 2_000, addMillis: [900, 1_100], error: 'UNFINISHED' };
    const summary = summarizeStep(0, 1, [stalled], 0, window);
    expect(summary).toMatchObject({ ok: 0, failed: 1, unfinished: 1, p99Millis: 38_000, addToCart: { p50: 900, p99: 1_100 } });
    expect([...summary.errors]).toEqual([['UNFINISHED', 1]]);
  });

  it('counts failed journeys by code and where they failed, with the dropped ones, and their time until they failed', () => {
    const journeys = [journey(0, 0, 300), journey(0, 100, 5_000, false, 'OPERATION_TIMEOUT'), journey(1, 0, 50)];
    const summary = summarizeStep(0, 2, journeys, 3, window);
    expect(summary).toMatchObject({ offered: 5, started: 2, ok: 1, failed: 4, dropped: 3, maxMillis: 5_000 });
    expect([...summary.errors]).toEqual([
      ['OPERATION_TIMEOUT at checkout', 1],
      ['NO_IDLE_VIRTUAL_BUYER', 3],
    ]);
    expect(keptUp(summary)).toBe(false);
  });

  it('takes the p99 of the whole journey by nearest rank', () => {
    const journeys = Array.from({ length: 100 }, (_, index) => journey(0, index * 50, index + 1));
    expect(summarizeStep(0, 10, journeys, 0, window)).toMatchObject({ p50Millis: 50, p90Millis: 90, p99Millis: 99, maxMillis: 100 });
  });

  it('counts the journeys that ended well with a call slower than the gateway’s default 3 s timeout', () => {
    const slow = { ...journey(0, 0, 4_000), checkoutMillis: 3_001 };
    expect(summarizeStep(0, 1, [slow, journey(0, 100, 4_000)], 0, window)).toMatchObject({ ok: 2, slowOver3s: 1 });
  });
});

describe('the step the JSON line quotes', () => {
  const step = (offeredPerSec: number, checkoutsPerSec: number, failed = 0, started = 10): StepSummary =>
    ({ offeredPerSec, checkoutsPerSec, failed, started, ok: started, p99Millis: offeredPerSec * 100 }) as StepSummary;

  it('is the highest offered rate the stack kept up with', () => {
    expect(headlineStep([step(2, 2), step(5, 4.9), step(10, 7, 12)])?.offeredPerSec).toBe(5);
  });

  it('is the step with the most checkouts per second when it kept up with none', () => {
    expect(headlineStep([step(5, 3, 1), step(10, 4, 30)])?.offeredPerSec).toBe(10);
    // Every journey of the 10/s step found all virtual buyers busy: nothing to quote there.
    expect(headlineStep([step(2, 0, 33), step(10, 0, 200, 0)])?.offeredPerSec).toBe(2);
    expect(headlineStep([])).toBeUndefined();
  });
});

describe('--rates', () => {
  it('takes offered rates, comma-separated, and refuses anything else', () => {
    expect(ratesOption('2, 5,10')).toEqual([2, 5, 10]);
    expect(ratesOption('0.5')).toEqual([0.5]);
    expect(() => ratesOption('2,x')).toThrow('--rates');
    expect(() => ratesOption('0')).toThrow('--rates');
  });
});
