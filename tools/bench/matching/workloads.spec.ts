import { OrderBook } from '@lotbook/trading-domain';
import { lotbook, nodejsOrderBook } from './engines';
import {
  b2bWorkload,
  DEEP_LEVELS,
  DEEP_ORDERS_PER_LEVEL,
  deepWorkload,
  mixedWorkload,
  workload,
  type Workload,
  type WorkloadName,
} from './workloads';

const runAll = (engine: typeof lotbook, work: Workload) => {
  const run = engine.load(work);
  run.runSetup();
  for (let index = 0; index < run.count; index++) run.operation(index);
  return run;
};

describe('matching benchmark workloads', () => {
  it.each<WorkloadName>(['mixed', 'deep', 'b2b'])('%s is the same for the same seed, and differs for another', (name) => {
    const text = (seed: number) => JSON.stringify(workload(name, seed, 2_000));
    expect(text(1)).toBe(text(1));
    expect(text(2)).not.toBe(text(1));
    expect(workload(name, 1, 2_000).operations).toHaveLength(2_000);
  });

  it('gives both engines the same work: they trade the same quantity and end with the same price levels', () => {
    for (const work of [mixedWorkload(3, 20_000), deepWorkload(3, 20_000)]) {
      const ours = runAll(lotbook, work);
      const peer = runAll(nodejsOrderBook, work);
      expect(ours.tradedQuantity).toBeGreaterThan(0);
      expect(peer.tradedQuantity).toBe(ours.tradedQuantity);
      expect(peer.priceLevels()).toBe(ours.priceLevels());
    }
  });

  it('mixes crossing orders and cancels in the mixed workload', () => {
    const work = mixedWorkload(5, 30_000);
    const cancels = work.operations.filter((operation) => operation.kind === 'cancel').length;
    expect(cancels / work.operations.length).toBeCloseTo(0.1, 1);
    expect(runAll(lotbook, work).tradedQuantity).toBeGreaterThan(0);
  });

  it('keeps the deep workload’s queues about 1,000 orders long all along', () => {
    const work = deepWorkload(5, 40_000);
    const book = new OrderBook();
    const apply = (operation: Workload['operations'][number]) => {
      if (operation.kind === 'place') book.place(operation.order);
      else if (operation.kind === 'cancel') expect(book.cancel(operation.orderId).kind).toBe('CANCELLED');
    };
    work.setup.forEach(apply);
    work.operations.forEach(apply);
    const depth = book.depth();
    for (const side of [depth.bids, depth.asks]) {
      expect(side).toHaveLength(DEEP_LEVELS);
      for (const level of side) expect(level.orderCount).toBeGreaterThan(DEEP_ORDERS_PER_LEVEL * 0.8);
    }
  });

  it('puts Lotbook’s own rules to work in the b2b workload, which only Lotbook runs', () => {
    const work = b2bWorkload(5, 20_000);
    const kinds = new Set(work.operations.map((operation) => operation.kind));
    expect([...kinds].sort()).toEqual(['cancel', 'expire', 'place', 'reduce']);
    expect(nodejsOrderBook.supports(work)).toBe(false);
    const book = new OrderBook({ companyMayTrade: (companyId) => !work.suspended.has(companyId) });
    let rejected = 0;
    let crossedRests = 0;
    for (const operation of work.operations) {
      if (operation.kind !== 'place') continue;
      const result = book.place(operation.order);
      if (result.kind === 'REJECTED') rejected += 1;
      const [bestBid] = book.depth(1).bids;
      const [bestAsk] = book.depth(1).asks;
      if (result.kind === 'PLACED' && result.rested && bestBid && bestAsk && bestBid.price >= bestAsk.price) crossedRests += 1;
    }
    expect(rejected).toBe(0);
    // Orders that rest although prices cross have skipped someone: a region, a minimum, themselves or a suspended company.
    expect(crossedRests).toBeGreaterThan(100);
  });
});
