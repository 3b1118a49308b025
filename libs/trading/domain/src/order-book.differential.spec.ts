import fc from 'fast-check';
import { OrderBook } from './order-book';
import {
  OrderRejectionReason,
  type BookDepth,
  type CancelResult,
  type DepthLevel,
  type OrderInput,
  type OrderRejection,
  type PlaceResult,
  type ReduceResult,
  type RestingOrder,
} from './order-book.types';
import { ReferenceOrderBook, type OrderBookApi } from './testing/reference-order-book';

// Differential test: random sequences of placements, reductions, cancellations, expiries and
// companies losing and regaining the right to trade go to the engine and to the plain
// reference; every outcome and the whole book after every step must be the same.
// A failure prints fast-check's seed and path; replay it with FC_SEED=<seed> FC_PATH=<path>.

const COMPANIES = ['c0', 'c1', 'c2', 'c3'];
const REGIONS = ['URAL', 'VOLGA', 'SIBERIA'];
const MID_PRICE = 100;

type Step =
  | {
      readonly op: 'place';
      readonly side: 'BID' | 'ASK';
      readonly company: number;
      readonly price: number;
      readonly quantity: number;
      readonly minimumFill: number;
      readonly minimumOrderQuantity: number;
      readonly lotMultiple: number;
      readonly region: number;
      readonly acceptedRegions: readonly string[];
      /** Milliseconds from the current time, or null for good till cancelled. */
      readonly expiresIn: number | null;
      readonly passNow: boolean;
      /** Reuse an id already issued (a duplicate while it rests) instead of a new one. */
      readonly reuseId: boolean;
      /** Now and then a sequence that is not after the last one, or not a whole number. */
      readonly sequence: 'NEXT' | 'STALE' | 'FRACTIONAL';
      readonly pick: number;
    }
  /** Reduce to `1 + to % remainder`, or by `by`; now and then to a fraction. */
  | { readonly op: 'reduce'; readonly pick: number; readonly to: number | null; readonly by: number; readonly fractional: boolean }
  | { readonly op: 'cancel'; readonly pick: number }
  | { readonly op: 'expire'; readonly advance: number }
  | { readonly op: 'toggleCompany'; readonly company: number };

const oneIn = (chances: number) => fc.integer({ min: 1, max: chances }).map((draw) => draw === 1);

/** Mostly sound values, now and then one the book must refuse. */
const mostly = <T, U>(sound: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: sound, weight: 40 }, { arbitrary: bad, weight: 1 });

const placeStep: fc.Arbitrary<Step> = fc.record({
  op: fc.constant('place' as const),
  side: fc.constantFrom('BID' as const, 'ASK' as const),
  company: fc.integer({ min: 0, max: COMPANIES.length - 1 }),
  price: mostly(fc.integer({ min: MID_PRICE - 5, max: MID_PRICE + 5 }), fc.constantFrom(0, -1, 99.5)),
  quantity: mostly(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, -4, 7.5)),
  minimumFill: mostly(fc.constantFrom(1, 1, 1, 2, 5, 10, 20), fc.constantFrom(0, 1.5)),
  minimumOrderQuantity: mostly(fc.constantFrom(1, 1, 1, 3, 5, 10, 20), fc.constantFrom(0, 2.5)),
  lotMultiple: mostly(fc.constantFrom(1, 1, 1, 2, 3, 5, 10), fc.constantFrom(0, -2)),
  region: fc.integer({ min: 0, max: REGIONS.length - 1 }),
  acceptedRegions: fc.oneof(fc.constant([]), fc.subarray(REGIONS)),
  expiresIn: fc.oneof(
    { arbitrary: fc.constant(null), weight: 60 },
    { arbitrary: fc.integer({ min: -2, max: 30 }), weight: 20 },
    { arbitrary: fc.constant(0.5), weight: 1 },
  ),
  passNow: fc.boolean(),
  reuseId: oneIn(20),
  sequence: fc.oneof(
    { arbitrary: fc.constant('NEXT' as const), weight: 100 },
    { arbitrary: fc.constant('STALE' as const), weight: 2 },
    { arbitrary: fc.constant('FRACTIONAL' as const), weight: 1 },
  ),
  pick: fc.nat(),
});

const steps = fc.oneof(
  { arbitrary: placeStep, weight: 14 },
  {
    arbitrary: fc.record({
      op: fc.constant('reduce' as const),
      pick: fc.nat(),
      to: fc.option(fc.nat(), { freq: 3 }),
      by: fc.integer({ min: -2, max: 30 }),
      fractional: oneIn(30),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('expire' as const), advance: fc.integer({ min: 0, max: 4 }) }), weight: 2 },
  {
    arbitrary: fc.record({ op: fc.constant('toggleCompany' as const), company: fc.integer({ min: 0, max: COMPANIES.length - 1 }) }),
    weight: 1,
  },
);

const describeOrder = (order: RestingOrder) =>
  order.side === 'BID'
    ? `B ${order.id} ${order.companyId} q${order.quantity} p${order.limitPrice} mf${order.minimumFill} r${order.acceptedRegions.join(',')} e${order.expiresAt} s${order.sequence}`
    : `A ${order.id} ${order.companyId} q${order.quantity} p${order.limitPrice} moq${order.minimumOrderQuantity} lot${order.lotMultiple} ${order.region} e${order.expiresAt} s${order.sequence}`;

/** A canonical text for any outcome: field order fixed, rejection messages (free text) left out. */
function describeOutcome(outcome: unknown): string {
  if (outcome === undefined) return '-';
  if (Array.isArray(outcome)) return `[${(outcome as RestingOrder[]).map(describeOrder).join('; ')}]`;
  const result = outcome as { kind: string } & Record<string, unknown>;
  switch (result.kind) {
    case 'REJECTED': {
      const rejection = result as unknown as OrderRejection;
      return `rejected ${rejection.reason} ${rejection.orderId}`;
    }
    case 'PLACED':
    case 'REDUCED':
    case 'CANCELLED':
    case 'RESTORED':
      return JSON.stringify(result, (key, value: unknown) =>
        key === 'order'
          ? describeOrder(value as RestingOrder)
          : value && typeof value === 'object' && !Array.isArray(value)
            ? sortKeys(value)
            : value,
      );
    default:
      throw new Error(`unexpected outcome ${JSON.stringify(outcome)}`);
  }
}

function sortKeys(value: object): object {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface BookState {
  readonly size: number;
  readonly bids: RestingOrder[];
  readonly asks: RestingOrder[];
  readonly depth: BookDepth;
}

const stateOf = (book: OrderBookApi): BookState => ({
  size: book.size,
  bids: book.restingOrders('BID'),
  asks: book.restingOrders('ASK'),
  depth: book.depth(),
});

const describeState = (state: BookState) =>
  `size ${state.size}\nbids ${state.bids.map(describeOrder).join('; ')}\nasks ${state.asks.map(describeOrder).join('; ')}\ndepth ${JSON.stringify(state.depth)}`;

// Field by field rather than through describeState, which is what made this test slow.
function sameOrder(a: RestingOrder, b: RestingOrder): boolean {
  if (a.side !== b.side || a.id !== b.id || a.companyId !== b.companyId || a.quantity !== b.quantity || a.limitPrice !== b.limitPrice)
    return false;
  if (a.expiresAt !== b.expiresAt || a.sequence !== b.sequence) return false;
  if (a.side === 'BID' && b.side === 'BID') {
    return a.minimumFill === b.minimumFill && a.acceptedRegions.join() === b.acceptedRegions.join();
  }
  if (a.side === 'ASK' && b.side === 'ASK') {
    return a.minimumOrderQuantity === b.minimumOrderQuantity && a.lotMultiple === b.lotMultiple && a.region === b.region;
  }
  return false;
}

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((x, index) => same(x, b[index]));
const sameLevel = (a: DepthLevel, b: DepthLevel) => a.price === b.price && a.quantity === b.quantity && a.orderCount === b.orderCount;

const sameState = (a: BookState, b: BookState) =>
  a.size === b.size &&
  sameList(a.bids, b.bids, sameOrder) &&
  sameList(a.asks, b.asks, sameOrder) &&
  sameList(a.depth.bids, b.depth.bids, sameLevel) &&
  sameList(a.depth.asks, b.depth.asks, sameLevel);

/** Turns steps into calls, the same call for every book, with state shared by all of them. */
class Scenario {
  readonly blocked = new Set<string>();
  readonly companyMayTrade = (companyId: string) => !this.blocked.has(companyId);
  now = 1_000;
  operations = 0;
  /** How often each kind of outcome happened, so the test can show its sequences reach every rule. */
  readonly seen = new Map<string, number>();
  private nextSequence = 1;
  private nextId = 1;
  private readonly issued: string[] = [];

  constructor(private readonly staleSequences: boolean) {}

  /** The call a step stands for; `current` answers questions about the book (a remainder to reduce). */
  callFor(step: Step, current: OrderBookApi): ((book: OrderBookApi) => unknown) | null {
    switch (step.op) {
      case 'place': {
        const input = this.orderFor(step);
        const nowMs = step.passNow ? this.now : undefined;
        return (book) => book.place(input, nowMs);
      }
      case 'reduce': {
        const orderId = this.pickId(step.pick, current);
        const remainder = current.get(orderId)?.quantity ?? 10;
        const newQuantity = (step.to === null ? remainder - step.by : 1 + (step.to % remainder)) - (step.fractional ? 0.5 : 0);
        return (book) => book.reduce(orderId, newQuantity);
      }
      case 'cancel': {
        const orderId = this.pickId(step.pick, current);
        return (book) => book.cancel(orderId);
      }
      case 'expire': {
        this.now += step.advance;
        const nowMs = this.now;
        return (book) => book.expire(nowMs);
      }
      case 'toggleCompany': {
        const companyId = COMPANIES[step.company];
        if (!this.blocked.delete(companyId)) this.blocked.add(companyId);
        return null;
      }
    }
  }

  private orderFor(step: Extract<Step, { op: 'place' }>): OrderInput {
    let id: string;
    if (step.reuseId && this.issued.length > 0) {
      id = this.issued[step.pick % this.issued.length];
    } else {
      id = `o${this.nextId++}`;
      this.issued.push(id);
    }
    let sequence = this.nextSequence++;
    if (this.staleSequences && step.sequence === 'STALE') sequence = this.nextSequence - 2 - (step.pick % 3);
    if (step.sequence === 'FRACTIONAL') sequence += 0.5;
    const expiresAt = step.expiresIn === null ? null : this.now + step.expiresIn;
    const common = { id, companyId: COMPANIES[step.company], quantity: step.quantity, limitPrice: step.price, expiresAt, sequence };
    return step.side === 'BID'
      ? { side: 'BID', ...common, minimumFill: step.minimumFill, acceptedRegions: step.acceptedRegions }
      : {
          side: 'ASK',
          ...common,
          minimumOrderQuantity: step.minimumOrderQuantity,
          lotMultiple: step.lotMultiple,
          region: REGIONS[step.region],
        };
  }

  /** Mostly a resting order's id, sometimes any id issued (perhaps long gone), now and then one never seen. */
  private pickId(pick: number, current: OrderBookApi): string {
    if (this.issued.length === 0 || pick % 20 === 0) return 'never-placed';
    if (pick % 5 === 0) return this.issued[pick % this.issued.length];
    const resting = current.restingOrders(pick % 2 === 0 ? 'BID' : 'ASK');
    return resting.length === 0 ? this.issued[pick % this.issued.length] : resting[pick % resting.length].id;
  }
}

function count(seen: Map<string, number>, what: string, times = 1): void {
  if (times > 0) seen.set(what, (seen.get(what) ?? 0) + times);
}

function tally(seen: Map<string, number>, result: unknown, book: OrderBookApi): void {
  if (Array.isArray(result)) return count(seen, 'expired', result.length);
  const outcome = result as PlaceResult | ReduceResult | CancelResult | OrderRejection;
  count(seen, outcome.kind);
  if (outcome.kind === 'REJECTED') count(seen, outcome.reason);
  if (outcome.kind === 'REDUCED' && outcome.closed) count(seen, `reduced ${outcome.closed.reason}`);
  if (outcome.kind !== 'PLACED') return;
  count(seen, 'trades', outcome.trades.length);
  count(seen, 'filled', outcome.filled.length);
  for (const closed of outcome.closed) count(seen, `${closed.orderId === outcome.orderId ? 'incoming' : 'resting'} ${closed.reason}`);
  const [bestBid] = book.depth(1).bids;
  const [bestAsk] = book.depth(1).asks;
  // The incoming order rests although prices cross: it skipped at least one resting order.
  if (outcome.rested && bestBid && bestAsk && bestBid.price >= bestAsk.price) count(seen, 'rested in a crossed book');
}

/** Runs the steps on every book, failing at the first step where outcomes or books differ. */
function runInLockstep(scenario: Scenario, books: OrderBookApi[], steps: readonly Step[], names: string[]): void {
  steps.forEach((step, index) => {
    const call = scenario.callFor(step, books[books.length - 1]);
    if (call === null) return;
    const results = books.map(call);
    const outcomes = results.map(describeOutcome);
    scenario.operations += 1;
    tally(scenario.seen, results[0], books[0]);
    const states = books.map(stateOf);
    for (let other = 1; other < books.length; other++) {
      if (outcomes[other] !== outcomes[0] || !sameState(states[other], states[0])) {
        throw new Error(
          `step ${index} (${JSON.stringify(step)}) differs:\n` +
            `${names[0]} returned ${outcomes[0]}\n${names[other]} returned ${outcomes[other]}\n` +
            `${names[0]} book:\n${describeState(states[0])}\n${names[other]} book:\n${describeState(states[other])}`,
        );
      }
    }
  });
}

const replay = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH };

describe('order book against the reference implementation', () => {
  it('gives the same outcome and the same book after every step of random sequences (at least 100,000 operations)', () => {
    let operations = 0;
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(steps, { minLength: 400, maxLength: 400 }), (sequence) => {
        const scenario = new Scenario(true);
        const options = { companyMayTrade: scenario.companyMayTrade };
        try {
          runInLockstep(scenario, [new OrderBook(options), new ReferenceOrderBook(options)], sequence, ['engine', 'reference']);
        } finally {
          operations += scenario.operations;
          for (const [what, times] of scenario.seen) count(seen, what, times);
        }
      }),
      { numRuns: 280, ...replay },
    );
    // Shrinking a failure adds runs; a pass must have done at least this many of its own.
    expect(operations).toBeGreaterThanOrEqual(100_000);
    // The random sequences reach every rule, often: each of these happened at least 50 times.
    if (process.env.FC_SHOW_TALLY) console.log(operations, Object.fromEntries([...seen].sort()));
    const rare = [
      ...['PLACED', 'REDUCED', 'CANCELLED', 'expired', 'trades', 'filled', 'rested in a crossed book'],
      ...['incoming BELOW_MINIMUM_FILL', 'incoming BELOW_MINIMUM_ORDER_QUANTITY', 'incoming BELOW_LOT_MULTIPLE'],
      ...['resting BELOW_MINIMUM_FILL', 'resting BELOW_MINIMUM_ORDER_QUANTITY', 'resting BELOW_LOT_MULTIPLE'],
      ...['reduced BELOW_MINIMUM_FILL', 'reduced BELOW_MINIMUM_ORDER_QUANTITY', 'reduced BELOW_LOT_MULTIPLE'],
      ...Object.values(OrderRejectionReason).filter((reason) => reason !== 'INVALID_SIDE'),
    ].filter((what) => (seen.get(what) ?? 0) < 50);
    expect(rare).toEqual([]);
  });

  it('rebuilds, from the resting orders restored in sequence order, a book that then behaves the same', () => {
    fc.assert(
      fc.property(
        fc.array(steps, { minLength: 50, maxLength: 300 }),
        fc.array(steps, { minLength: 1, maxLength: 200 }),
        (before, after) => {
          const scenario = new Scenario(false);
          const options = { companyMayTrade: scenario.companyMayTrade };
          const original = new OrderBook(options);
          runInLockstep(scenario, [original], before, ['original']);

          const rebuilt = new OrderBook(options);
          const resting = [...original.restingOrders('BID'), ...original.restingOrders('ASK')].sort((a, b) => a.sequence - b.sequence);
          for (const order of resting) expect(rebuilt.restore(order).kind).toBe('RESTORED');
          expect(describeState(stateOf(rebuilt))).toBe(describeState(stateOf(original)));
          runInLockstep(scenario, [original, rebuilt], after, ['original', 'rebuilt']);
        },
      ),
      { numRuns: 200, ...replay },
    );
  });
});
