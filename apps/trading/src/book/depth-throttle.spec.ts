import fc from 'fast-check';
import { DepthThrottle } from './depth-throttle';

const EVERY_MS = 100;

/**
 * Plays commits at the given times (each changing the given books) through a throttle, calling
 * it again when it says a waiting book is due, as the book keeper's timer does. Returns each
 * book's publication times.
 */
function play(commits: Array<{ at: number; books: string[] }>): Map<string, number[]> {
  const throttle = new DepthThrottle<string>(EVERY_MS);
  const published = new Map<string, number[]>();
  const record = (books: string[], at: number) => books.forEach((book) => published.set(book, [...(published.get(book) ?? []), at]));
  let timerAt: number | undefined;
  const runTimerUntil = (time: number) => {
    while (timerAt !== undefined && timerAt <= time) {
      const at = timerAt;
      timerAt = undefined;
      const { publish, nextAt } = throttle.due([], at);
      record(publish, at);
      timerAt = nextAt;
    }
  };
  for (const commit of [...commits].sort((a, b) => a.at - b.at)) {
    runTimerUntil(commit.at);
    const { publish, nextAt } = throttle.due(commit.books, commit.at);
    record(publish, commit.at);
    if (nextAt !== undefined && (timerAt === undefined || nextAt < timerAt)) timerAt = nextAt;
  }
  runTimerUntil(Number.POSITIVE_INFINITY);
  return published;
}

describe('DepthThrottle: a book’s depth at most every 100 ms, and always its last state', () => {
  it('publishes a book’s first change at once', () => {
    const throttle = new DepthThrottle<string>(EVERY_MS);
    expect(throttle.due(['rebar'], 1_000)).toEqual({ publish: ['rebar'], nextAt: undefined });
  });

  it('holds a change that comes within 100 ms of the last depth, and says when it is due', () => {
    const throttle = new DepthThrottle<string>(EVERY_MS);
    throttle.due(['rebar'], 1_000);
    expect(throttle.due(['rebar'], 1_030)).toEqual({ publish: [], nextAt: 1_100 });
    expect(throttle.due([], 1_099)).toEqual({ publish: [], nextAt: 1_100 });
    expect(throttle.due([], 1_100)).toEqual({ publish: ['rebar'], nextAt: undefined });
  });

  it('publishes eight commits 10 ms apart as two depths 100 ms apart, the last one after the last commit', () => {
    // What the trading suite used to time on a live service: eight bids, fewer depths than commits.
    const commits = Array.from({ length: 8 }, (_, index) => ({ at: 5_000 + index * 10, books: ['rebar'] }));
    expect(play(commits).get('rebar')).toEqual([5_000, 5_100]);
  });

  it('publishes a change that comes after a quiet spell at once', () => {
    expect(
      play([
        { at: 0, books: ['rebar'] },
        { at: 250, books: ['rebar'] },
      ]).get('rebar'),
    ).toEqual([0, 250]);
  });

  it('keeps each book’s turn apart from the others’', () => {
    const throttle = new DepthThrottle<string>(EVERY_MS);
    throttle.due(['rebar'], 0);
    expect(throttle.due(['rebar', 'cable'], 40)).toEqual({ publish: ['cable'], nextAt: 100 });
    expect(throttle.due(['cable'], 100)).toEqual({ publish: ['rebar'], nextAt: 140 });
  });

  it('forgets every book on reset, so a rebuilt book’s next change goes out at once', () => {
    const throttle = new DepthThrottle<string>(EVERY_MS);
    throttle.due(['rebar'], 0);
    throttle.due(['rebar'], 10);
    throttle.reset();
    expect(throttle.due([], 100)).toEqual({ publish: [], nextAt: undefined });
    expect(throttle.due(['rebar'], 20)).toEqual({ publish: ['rebar'], nextAt: undefined });
  });

  it('never publishes a book twice within 100 ms, and publishes every change within 100 ms of it, at or after it', () => {
    const commits = fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 2_000 }), books: fc.subarray(['rebar', 'cable', 'sheet'], { minLength: 1 }) }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(commits, (played) => {
        const published = play(played);
        for (const [book, times] of published) {
          for (let index = 1; index < times.length; index++) expect(times[index] - times[index - 1]).toBeGreaterThanOrEqual(EVERY_MS);
          for (const commit of played.filter((candidate) => candidate.books.includes(book))) {
            expect(times.some((time) => time >= commit.at && time <= commit.at + EVERY_MS)).toBe(true);
          }
        }
        for (const commit of played) for (const book of commit.books) expect(published.has(book)).toBe(true);
      }),
    );
  });
});
