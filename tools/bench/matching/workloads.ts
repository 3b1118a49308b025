import { type OrderInput } from '@lotbook/trading-domain';

// Seeded, engine-neutral workloads for the matching benchmark. Every workload is a list of
// operations generated up front (never while timing), the same list for every engine.

/** One call on a book. `restore`-free: every engine can replay a plain workload. */
export type BenchOperation =
  | { readonly kind: 'place'; readonly order: OrderInput }
  | { readonly kind: 'cancel'; readonly orderId: string }
  | { readonly kind: 'reduce'; readonly orderId: string; readonly quantity: number }
  | { readonly kind: 'expire'; readonly nowMs: number };

export interface Workload {
  readonly name: WorkloadName;
  /** Placed before timing starts (the deep workload's resting queues). */
  readonly setup: readonly BenchOperation[];
  /** The timed operations. */
  readonly operations: readonly BenchOperation[];
  /** Whether the operations are plain limit orders and cancels that any order book can run. */
  readonly plain: boolean;
  /** Companies that may not trade (b2b only). */
  readonly suspended: ReadonlySet<string>;
}

export type WorkloadName = 'mixed' | 'deep' | 'b2b';

/** mulberry32: small, fast and the same on every machine for a seed. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** Ids of placed orders, to cancel one at random (perhaps already filled, as in life). */
class OrderIds {
  private readonly ids: string[] = [];

  add(id: string): void {
    this.ids.push(id);
  }

  /** Takes a random id out, or undefined when there is none. */
  take(random: SeededRandom): string | undefined {
    if (this.ids.length === 0) return undefined;
    const index = Math.floor(random.next() * this.ids.length);
    const id = this.ids[index];
    this.ids[index] = this.ids[this.ids.length - 1];
    this.ids.pop();
    return id;
  }
}

function plainOrder(
  side: 'BID' | 'ASK',
  id: string,
  companyId: string,
  quantity: number,
  limitPrice: number,
  sequence: number,
): OrderInput {
  return side === 'BID'
    ? { side, id, companyId, quantity, limitPrice, minimumFill: 1, acceptedRegions: [], expiresAt: null, sequence }
    : { side, id, companyId, quantity, limitPrice, minimumOrderQuantity: 1, lotMultiple: 1, region: 'ANY', expiresAt: null, sequence };
}

/**
 * Limit orders around a mid price that wanders (and is drawn back): about a third are priced
 * up to 10 ticks through the mid, so they cross, for up to 300 units; the rest rest up to 10
 * ticks away on their own side, for up to 100. One operation in ten cancels a random earlier
 * order (perhaps filled by then). Every order is its own company's, so nothing is skipped.
 */
export function mixedWorkload(seed: number, count: number): Workload {
  const random = new SeededRandom(seed);
  const ids = new OrderIds();
  const operations: BenchOperation[] = [];
  let mid = 10_000;
  let sequence = 0;
  for (let index = 0; index < count; index++) {
    // The mid wanders but is drawn back towards 10,000, as a price around its fair value.
    if (random.chance(0.1)) mid += random.chance(Math.min(0.9, Math.max(0.1, 0.5 + (10_000 - mid) / 100))) ? 1 : -1;
    if (random.chance(0.1)) {
      const orderId = ids.take(random);
      if (orderId !== undefined) {
        operations.push({ kind: 'cancel', orderId });
        continue;
      }
    }
    const side = random.chance(0.5) ? 'BID' : 'ASK';
    const crossing = random.chance(1 / 3);
    const ticks = random.int(1, 10);
    const price = (side === 'BID') === crossing ? mid + ticks : mid - ticks;
    const quantity = crossing ? random.int(1, 300) : random.int(1, 100);
    const id = `m${++sequence}`;
    operations.push({ kind: 'place', order: plainOrder(side, id, `company-${sequence}`, quantity, price, sequence) });
    ids.add(id);
  }
  return { name: 'mixed', setup: [], operations, plain: true, suspended: new Set() };
}

export const DEEP_LEVELS = 10;
export const DEEP_ORDERS_PER_LEVEL = 1_000;

/** Live orders of the deep workload: a random one in O(1), and the best level's queue in time order. */
class DeepBook {
  private readonly pool: string[] = [];
  private readonly poolIndex = new Map<string, number>();
  readonly priceOf = new Map<string, number>();
  /** Per side, the best level's orders oldest first, with what is left of each. */
  readonly bestQueue = { BID: new Queue(), ASK: new Queue() };

  add(id: string, price: number, quantity: number, best: 'BID' | 'ASK' | null): void {
    this.poolIndex.set(id, this.pool.length);
    this.pool.push(id);
    this.priceOf.set(id, price);
    if (best !== null) this.bestQueue[best].push(id, quantity);
  }

  remove(id: string): void {
    const index = this.poolIndex.get(id) as number;
    const last = this.pool.pop() as string;
    if (last !== id) {
      this.pool[index] = last;
      this.poolIndex.set(last, index);
    }
    this.poolIndex.delete(id);
    this.priceOf.delete(id);
  }

  randomLive(random: SeededRandom): string {
    return this.pool[Math.floor(random.next() * this.pool.length)];
  }

  isLive(id: string): boolean {
    return this.poolIndex.has(id);
  }
}

class Queue {
  private readonly ids: string[] = [];
  private readonly left: number[] = [];
  private head = 0;

  push(id: string, quantity: number): void {
    this.ids.push(id);
    this.left.push(quantity);
  }

  /** Takes `quantity` from the front as price-time matching does; returns the ids filled. */
  consume(quantity: number, book: DeepBook): void {
    while (quantity > 0) {
      const id = this.ids[this.head];
      if (!book.isLive(id)) {
        this.head += 1;
        continue;
      }
      const taken = Math.min(quantity, this.left[this.head]);
      quantity -= taken;
      this.left[this.head] -= taken;
      if (this.left[this.head] === 0) {
        book.remove(id);
        this.head += 1;
      }
    }
  }
}

/**
 * Queues 1,000 orders deep: ten price levels a side are filled first (untimed). Then a quarter
 * of the operations are orders crossing the spread, each for about one resting order's worth,
 * and a quarter cancel a random resting order, usually deep inside a long queue; each is
 * followed by an order that puts back what it took, at the same price, so the queues stay
 * as deep all along. The generator follows the best level's queue exactly (price-time at one
 * price is simple), so it knows which orders a crossing order fills and never cancels those.
 */
export function deepWorkload(seed: number, count: number): Workload {
  const random = new SeededRandom(seed);
  const book = new DeepBook();
  const setup: BenchOperation[] = [];
  const operations: BenchOperation[] = [];
  const best = { BID: 9_999, ASK: 10_001 };
  let sequence = 0;
  const place = (side: 'BID' | 'ASK', price: number, quantity: number, into: BenchOperation[], rests: boolean) => {
    const id = `d${++sequence}`;
    into.push({ kind: 'place', order: plainOrder(side, id, `company-${sequence}`, quantity, price, sequence) });
    if (rests) book.add(id, price, quantity, price === best[side] ? side : null);
  };
  for (let order = 0; order < DEEP_ORDERS_PER_LEVEL; order++) {
    for (let level = 0; level < DEEP_LEVELS; level++) {
      place('BID', best.BID - level, random.int(10, 30), setup, true);
      place('ASK', best.ASK + level, random.int(10, 30), setup, true);
    }
  }
  while (operations.length < count) {
    if (random.chance(0.5)) {
      // A buyer takes from the asks (or a seller from the bids), through every level's price.
      const side = random.chance(0.5) ? 'BID' : 'ASK';
      const taken = side === 'BID' ? 'ASK' : 'BID';
      const quantity = random.int(1, 40);
      place(side, side === 'BID' ? best.ASK + DEEP_LEVELS : best.BID - DEEP_LEVELS, quantity, operations, false);
      book.bestQueue[taken].consume(quantity, book);
      place(taken, best[taken], quantity, operations, true);
    } else {
      const orderId = book.randomLive(random);
      const price = book.priceOf.get(orderId) as number;
      const side = price < 10_000 ? 'BID' : 'ASK';
      operations.push({ kind: 'cancel', orderId });
      book.remove(orderId);
      place(side, price, random.int(10, 30), operations, true);
    }
  }
  operations.length = count;
  return { name: 'deep', setup, operations, plain: true, suspended: new Set() };
}

const REGIONS = ['URAL', 'VOLGA', 'SIBERIA', 'NORTH-WEST', 'CENTRE'];
/** Operations during which the two suspended companies still placed orders (they rest, skipped). */
const SUSPENDED_AFTER = 2_000;

/**
 * Lotbook's own rules at work: buyers with minimum fills and accepted regions, sellers with
 * minimum order quantities and lot multiples shipping from one region, companies that both
 * buy and sell (so self-trades are skipped), two companies that may not trade (orders they
 * placed before their suspension rest in the book, skipped by every walk), expiries with
 * `expire(now)` as the service calls it, reductions and cancellations.
 */
export function b2bWorkload(seed: number, count: number): Workload {
  const random = new SeededRandom(seed);
  const ids = new OrderIds();
  const operations: BenchOperation[] = [];
  const companies = Array.from({ length: 30 }, (_, index) => `company-${index}`);
  const suspended = new Set(['company-7', 'company-19']);
  let mid = 50_000;
  let now = 1_700_000_000_000;
  let sequence = 0;
  for (let index = 0; index < count; index++) {
    if (random.chance(0.05)) mid += random.chance(0.5) ? 10 : -10;
    now += random.int(0, 20);
    const draw = random.next();
    if (draw < 0.05) {
      operations.push({ kind: 'expire', nowMs: now });
      continue;
    }
    if (draw < 0.2) {
      const orderId = ids.take(random);
      if (orderId !== undefined) {
        operations.push(draw < 0.15 ? { kind: 'cancel', orderId } : { kind: 'reduce', orderId, quantity: random.int(1, 500) });
        continue;
      }
    }
    const side = random.chance(0.5) ? 'BID' : 'ASK';
    const crossing = random.chance(0.4);
    const ticks = crossing ? random.int(0, 5) : random.int(1, 30);
    const limitPrice = (side === 'BID') === crossing ? mid + ticks * 10 : mid - ticks * 10;
    const expiresAt = random.chance(0.3) ? now + random.int(1_000, 60_000) : null;
    const id = `b${++sequence}`;
    // The service takes no new orders from a suspended company; what it had resting stays, skipped.
    let companyId = random.pick(companies);
    while (index >= SUSPENDED_AFTER && suspended.has(companyId)) companyId = random.pick(companies);
    if (side === 'BID') {
      const minimumFill = random.pick([1, 1, 10, 50, 100]);
      const acceptedRegions = random.chance(0.5) ? [] : REGIONS.filter(() => random.chance(0.5));
      const quantity = minimumFill * random.int(1, 5) + random.int(0, 400);
      operations.push({
        kind: 'place',
        order: { side, id, companyId, quantity, limitPrice, minimumFill, acceptedRegions, expiresAt, sequence },
      });
    } else {
      const lotMultiple = random.pick([1, 1, 10, 25, 50]);
      const minimumOrderQuantity = lotMultiple * random.pick([1, 1, 2, 4]);
      const quantity = minimumOrderQuantity + lotMultiple * random.int(0, 40);
      const region = random.pick(REGIONS);
      operations.push({
        kind: 'place',
        order: { side, id, companyId, quantity, limitPrice, minimumOrderQuantity, lotMultiple, region, expiresAt, sequence },
      });
    }
    ids.add(id);
  }
  return { name: 'b2b', setup: [], operations, plain: false, suspended };
}

export function workload(name: WorkloadName, seed: number, count: number): Workload {
  switch (name) {
    case 'mixed':
      return mixedWorkload(seed, count);
    case 'deep':
      return deepWorkload(seed, count);
    case 'b2b':
      return b2bWorkload(seed, count);
  }
}
