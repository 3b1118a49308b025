import { formatRows } from '../shared/latency-stats';
import {
  DEFAULT_STREAM,
  LADDER_QUANTITY,
  ladderOrders,
  LISTING_ON_HAND,
  OrderStream,
  PRICE_BANDS,
  STREAM_QUANTITY,
  type PlannedOrder,
  type StreamConfig,
} from './order-stream';
import { latencyTable, spread, summarizeLatency } from './trading-report';

const config: StreamConfig = { seed: 7, products: 6, buyers: 4, sellers: 4, ...DEFAULT_STREAM };

/** Plays the orders through a plain price-level book per product (no companies, no lots): the ids that traded when placed. */
function simulate(orders: PlannedOrder[]): { tradedOnPlacement: Set<string> } {
  const tradedOnPlacement = new Set<string>();
  const books = new Map<number, { bids: Array<[number, number]>; asks: Array<[number, number]> }>();
  for (const order of orders) {
    const book = books.get(order.productIndex) ?? { bids: [], asks: [] };
    books.set(order.productIndex, book);
    const [own, other] = order.side === 'BID' ? [book.bids, book.asks] : [book.asks, book.bids];
    const crosses = (price: number) => (order.side === 'BID' ? price <= order.limitPriceMinor : price >= order.limitPriceMinor);
    let left = order.quantity;
    other.sort((a, b) => (order.side === 'BID' ? a[0] - b[0] : b[0] - a[0]));
    while (left > 0 && other.length > 0 && crosses(other[0][0])) {
      const take = Math.min(left, other[0][1]);
      left -= take;
      other[0][1] -= take;
      if (other[0][1] === 0) other.shift();
      tradedOnPlacement.add(order.id);
    }
    if (left > 0) own.push([order.limitPriceMinor, left]);
  }
  return { tradedOnPlacement };
}

describe('trading bench order stream', () => {
  it('is the same stream, ids included, for the same seed, and another for another seed', () => {
    const one = new OrderStream(config).take(2_000);
    expect(new OrderStream(config).take(2_000)).toEqual(one);
    expect(ladderOrders(config)).toEqual(ladderOrders(config));
    const other = new OrderStream({ ...config, seed: 8 }).take(2_000);
    expect(other.map((order) => order.id)).not.toEqual(one.map((order) => order.id));
    const ids = new Set([...one, ...ladderOrders(config)].map((order) => order.id));
    expect(ids.size).toBe(2_000 + ladderOrders(config).length);
    for (const id of [...ids].slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('puts every seller’s ask and every buyer’s bid at each ladder price of every product', () => {
    const ladder = ladderOrders(config);
    expect(ladder).toHaveLength(config.products * 3 * (config.sellers + config.buyers));
    expect(ladder.every((order) => order.intent === 'LADDER' && order.quantity === LADDER_QUANTITY)).toBe(true);
    const asksPerListing = new Map<string, number>();
    for (const order of ladder.filter((ladderOrder) => ladderOrder.side === 'ASK')) {
      const listing = `${order.companyIndex}/${order.productIndex}`;
      asksPerListing.set(listing, (asksPerListing.get(listing) ?? 0) + order.quantity);
    }
    expect(asksPerListing.size).toBe(config.sellers * config.products);
    // Each listing's stock backs its ladder asks a hundred times over.
    expect(Math.max(...asksPerListing.values()) * 100).toBeLessThanOrEqual(LISTING_ON_HAND);
  });

  it('has the configured shares of asks and of orders priced to cross, within a percentage point over 50,000 orders', () => {
    const orders = new OrderStream(config).take(50_000);
    const share = (test: (order: PlannedOrder) => boolean, of = orders) => of.filter(test).length / of.length;
    const asks = orders.filter((order) => order.side === 'ASK');
    const bids = orders.filter((order) => order.side === 'BID');
    expect(share((order) => order.side === 'ASK')).toBeCloseTo(config.askShare, 2);
    expect(share((order) => order.intent === 'REST', bids)).toBeCloseTo(config.restingBidShare, 1);
    expect(share((order) => order.intent === 'REST', asks)).toBeCloseTo(config.restingAskShare, 1);
    const expectedCrossing = (1 - config.askShare) * (1 - config.restingBidShare) + config.askShare * (1 - config.restingAskShare);
    expect(Math.abs(share((order) => order.intent === 'CROSS') - expectedCrossing)).toBeLessThan(0.01);
    expect(expectedCrossing).toBeGreaterThan(0.75);
    expect(orders.every((order) => order.quantity >= STREAM_QUANTITY.min && order.quantity <= STREAM_QUANTITY.max)).toBe(true);
    for (const productIndex of [0, config.products - 1]) expect(orders.some((order) => order.productIndex === productIndex)).toBe(true);
  });

  it('prices crossing orders through everything on the other side and resting ones clear of it', () => {
    const bands = PRICE_BANDS;
    const allAsks = [...bands.ladderAsks, ...bands.restingAsks];
    const allBids = [...bands.ladderBids, ...bands.restingBids];
    expect(bands.crossingBid).toBeGreaterThanOrEqual(Math.max(...bands.ladderAsks));
    expect(bands.crossingAsk).toBeLessThanOrEqual(Math.min(...allBids));
    expect(Math.max(...allBids, bands.crossingAsk)).toBeLessThan(Math.min(...allAsks));
    expect(Math.max(...bands.restingBids)).toBeLessThan(Math.min(...allAsks));
    expect(Math.min(...bands.restingAsks)).toBeGreaterThan(bands.crossingBid);
  });

  it('makes every order priced to cross trade on placement, and no resting one, when played through a book', () => {
    const stream = new OrderStream(config).take(20_000);
    const { tradedOnPlacement } = simulate([...ladderOrders(config), ...stream]);
    const wrong = stream.filter((order) => tradedOnPlacement.has(order.id) !== (order.intent === 'CROSS'));
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(tradedOnPlacement.size / stream.length).toBeGreaterThan(0.75);
  });

  it('refuses a stream without a product, buyer or seller', () => {
    expect(() => new OrderStream({ ...config, buyers: 0 })).toThrow(/needs a product, a buyer and a seller/);
  });
});

describe('trading bench report', () => {
  it('summarizes latencies with nearest-rank percentiles and a rate', () => {
    const millis = Array.from({ length: 100 }, (_, index) => index + 1).reverse();
    expect(summarizeLatency('bid', millis, 4)).toEqual({
      label: 'bid',
      count: 100,
      perSec: 25,
      p50Millis: 50,
      p90Millis: 90,
      p99Millis: 99,
      maxMillis: 100,
    });
    expect(summarizeLatency('none', [], 1)).toMatchObject({ count: 0, p99Millis: Number.NaN });
    expect(spread([1, 2, 3, 10])).toEqual({ mean: 4, p50: 2, p99: 10, max: 10 });
  });

  it('prints aligned tables, a dash for no samples', () => {
    const table = latencyTable([summarizeLatency('reply  bid', [5, 15], 1), summarizeLatency('reply  ask', [], 1)]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[3]).toMatch(/^reply {2}ask +0 +0\.0 +- +- +- +-$/);
    expect(formatRows(['a', 'b'], [['x', '1']])).toBe('a  b\n-  -\nx  1');
  });
});
