import { depthLine, depthTable, partyOf, stepHeadline, tradeLine, type DepthView, type Wording } from './report';
import {
  askProblem,
  isWholeLots,
  outcomeDifferences,
  planScenario,
  roundUp,
  stockNeeded,
  type ExpectedTrade,
  type Market,
  type Step,
} from './scenario';

/** The seeded listings of HRS-S355-10 (tools/start/seed-demo.ts). */
const MARKET: Market = {
  ural: {
    listingId: 'listing-ural',
    sellerSku: 'YEK-HRS-S355-10',
    region: 'Yekaterinburg',
    currency: 'RUB',
    unitPriceMinor: 8_800,
    minimumOrderQuantity: 1_000,
    lotMultiple: 500,
    available: 280_000,
  },
  siberian: {
    listingId: 'listing-siberian',
    sellerSku: 'NOV-HRS-S355-10',
    region: 'Novosibirsk',
    currency: 'RUB',
    unitPriceMinor: 9_152,
    minimumOrderQuantity: 1_000,
    lotMultiple: 500,
    available: 120_000,
  },
};

const WORDING: Wording = {
  names: { ural: 'Ural Steel', siberian: 'Siberian Cable', volga: 'Volga Construction', neva: 'Neva Shipyard' },
  currency: 'RUB',
  baseUnit: 'KG',
};

/**
 * The book's rules as README states them, written the slow obvious way, to check that what
 * the plan expects of each step is what the rules make of it.
 */
interface SimOrder {
  key: string;
  company: string;
  side: 'BID' | 'ASK';
  price: number;
  open: number;
  sequence: number;
  minimumFill: number;
  minimumOrderQuantity: number;
  lotMultiple: number;
  region: string;
  acceptedRegions: string[];
}

interface SimResult {
  trades: ExpectedTrade[];
  status: string;
  openQuantity: number;
  closeReason?: string;
}

class ReferenceBook {
  readonly resting: SimOrder[] = [];
  private sequence = 0;

  place(order: Omit<SimOrder, 'sequence'>): SimResult {
    const taker: SimOrder = { ...order, sequence: ++this.sequence };
    const trades: ExpectedTrade[] = [];
    const opposite = this.resting
      .filter((candidate) => candidate.side !== taker.side)
      .sort((a, b) => (taker.side === 'BID' ? a.price - b.price : b.price - a.price) || a.sequence - b.sequence);
    for (const maker of opposite) {
      if (taker.side === 'BID' ? maker.price > taker.price : maker.price < taker.price) break;
      const bid = taker.side === 'BID' ? taker : maker;
      const ask = taker.side === 'BID' ? maker : taker;
      if (bid.company === ask.company) continue;
      if (bid.acceptedRegions.length > 0 && !bid.acceptedRegions.includes(ask.region)) continue;
      let quantity = Math.min(bid.open, ask.open);
      quantity -= quantity % ask.lotMultiple;
      if (quantity <= 0 || quantity < ask.minimumOrderQuantity || quantity < bid.minimumFill) continue;
      taker.open -= quantity;
      maker.open -= quantity;
      trades.push({ with: maker.key, quantity, priceMinor: maker.price });
      if (maker.open === 0 || maker.open < restMinimum(maker)) this.remove(maker);
      if (taker.open < restMinimum(taker)) break;
    }
    if (taker.open === 0) return { trades, status: 'FILLED', openQuantity: 0 };
    if (taker.open < restMinimum(taker)) return { trades, status: 'CLOSED', openQuantity: 0, closeReason: closeReason(taker) };
    this.resting.push(taker);
    return { trades, status: 'OPEN', openQuantity: taker.open };
  }

  reduce(key: string, openQuantity: number): SimResult {
    const order = this.find(key);
    expect(openQuantity).toBeLessThan(order.open);
    order.open = openQuantity;
    if (openQuantity >= restMinimum(order)) return { trades: [], status: 'OPEN', openQuantity };
    this.remove(order);
    return { trades: [], status: 'CLOSED', openQuantity: 0, closeReason: closeReason(order) };
  }

  cancel(key: string): SimResult {
    this.remove(this.find(key));
    return { trades: [], status: 'CANCELLED', openQuantity: 0 };
  }

  depth(): DepthView {
    const side = (which: 'BID' | 'ASK') => {
      const levels = new Map<number, { priceMinor: number; quantity: number; orderCount: number }>();
      for (const order of this.resting.filter((candidate) => candidate.side === which)) {
        const level = levels.get(order.price) ?? { priceMinor: order.price, quantity: 0, orderCount: 0 };
        level.quantity += order.open;
        level.orderCount += 1;
        levels.set(order.price, level);
      }
      return [...levels.values()].sort((a, b) => (which === 'BID' ? b.priceMinor - a.priceMinor : a.priceMinor - b.priceMinor));
    };
    return { bids: side('BID'), asks: side('ASK') };
  }

  private find(key: string): SimOrder {
    const order = this.resting.find((candidate) => candidate.key === key);
    if (!order) throw new Error(`${key} does not rest in the book`);
    return order;
  }

  private remove(order: SimOrder): void {
    this.resting.splice(this.resting.indexOf(order), 1);
  }
}

function restMinimum(order: SimOrder): number {
  return order.side === 'BID' ? order.minimumFill : Math.max(order.minimumOrderQuantity, order.lotMultiple);
}

function closeReason(order: SimOrder): string {
  if (order.side === 'BID') return 'BELOW_MINIMUM_FILL';
  return order.open < order.minimumOrderQuantity ? 'BELOW_MINIMUM_ORDER_QUANTITY' : 'BELOW_LOT_MULTIPLE';
}

/** Plays the plan through the reference book; the differences from each step's expectations. */
function play(steps: Step[], market: Market): { differences: string[]; book: ReferenceBook } {
  const book = new ReferenceBook();
  const differences: string[] = [];
  steps.forEach((step, index) => {
    let result: SimResult;
    if (step.kind === 'ask') {
      if (step.refusal) {
        expect(askProblem(step.quantity, market[step.party])).toBeDefined();
        return;
      }
      const listing = market[step.party];
      result = book.place({
        key: step.key,
        company: step.party,
        side: 'ASK',
        price: step.limitPriceMinor,
        open: step.quantity,
        minimumFill: 1,
        minimumOrderQuantity: listing.minimumOrderQuantity,
        lotMultiple: listing.lotMultiple,
        region: listing.region,
        acceptedRegions: [],
      });
    } else if (step.kind === 'bid') {
      result = book.place({
        key: step.key,
        company: step.party,
        side: 'BID',
        price: step.limitPriceMinor,
        open: step.quantity,
        minimumFill: step.minimumFill,
        minimumOrderQuantity: 1,
        lotMultiple: 1,
        region: '',
        acceptedRegions: step.acceptedRegions,
      });
    } else if (step.kind === 'reduce') {
      result = book.reduce(step.order, step.openQuantity);
    } else {
      result = book.cancel(step.order);
    }
    const expected = step.expect;
    if (!expected) throw new Error(`step ${index + 1} expects nothing`);
    differences.push(...outcomeDifferences(expected, result).map((difference) => `step ${index + 1}: ${difference}`));
  });
  return { differences, book };
}

describe('demo scenario', () => {
  const steps = planScenario(MARKET);

  it('expects of every step exactly what the book’s rules make of it', () => {
    const { differences, book } = play(steps, MARKET);
    expect(differences).toEqual([]);
    expect(depthLine(book.depth(), 'RUB', 'KG')).toBe('bids 86.00 × 1,500 kg, 85.00 × 4,000 kg | asks 90.00 × 1,000 kg, 91.52 × 2,000 kg');
  });

  it('shows what the issue asks for: a refused ask, partial fills, lots rounding, a closed remainder, a region skip, rests, a reduce and a cancel', () => {
    const asks = steps.filter((step) => step.kind === 'ask');
    const bids = steps.filter((step) => step.kind === 'bid');
    expect(new Set(asks.map((step) => step.party))).toEqual(new Set(['ural', 'siberian']));
    expect(new Set(asks.filter((step) => !step.refusal).map((step) => step.limitPriceMinor)).size).toBeGreaterThanOrEqual(3);
    expect(asks.filter((step) => step.refusal === 'QUANTITY_BELOW_MINIMUM')).toHaveLength(1);
    expect(bids.some((step) => step.expect.closeReason === 'BELOW_MINIMUM_FILL' && step.expect.trades.length > 0)).toBe(true);
    // Lots rounding: a bid traded less than it could have, a whole number of lots.
    expect(
      bids.some((step) =>
        step.expect.trades.some((trade) => trade.quantity < step.quantity && trade.quantity % 500 === 0 && step.quantity % 500 !== 0),
      ),
    ).toBe(true);
    // A bid walks more than one price level.
    expect(bids.some((step) => new Set(step.expect.trades.map((trade) => trade.priceMinor)).size > 1)).toBe(true);
    expect(bids.filter((step) => step.expect.status === 'OPEN' && step.expect.trades.length === 0).length).toBeGreaterThanOrEqual(2);
    const regional = bids.find((step) => step.acceptedRegions.length > 0);
    expect(regional?.acceptedRegions).toEqual(['Novosibirsk']);
    expect(regional?.expect.trades.map((trade) => trade.with)).toEqual(['siberian-1']);
    expect(steps.filter((step) => step.kind === 'reduce')).toHaveLength(1);
    expect(steps.filter((step) => step.kind === 'cancel')).toHaveLength(1);
    // An incoming ask trades at the resting bid's price, above its own limit.
    const takerAsk = asks.find((step) => step.expect && step.expect.trades.length > 0);
    expect(takerAsk?.expect?.trades[0].priceMinor).toBeGreaterThan(takerAsk?.limitPriceMinor ?? Infinity);
  });

  it('skips the cheaper ask from another region in the region-limited bid', () => {
    const index = steps.findIndex((step) => step.kind === 'bid' && step.acceptedRegions.length > 0);
    const before = play(steps.slice(0, index), MARKET).book;
    const regional = steps[index] as Extract<Step, { kind: 'bid' }>;
    const cheaperElsewhere = before.resting.filter(
      (order) => order.side === 'ASK' && order.region !== regional.acceptedRegions[0] && order.price <= regional.limitPriceMinor,
    );
    expect(cheaperElsewhere.length).toBeGreaterThan(0);
    expect(Math.min(...cheaperElsewhere.map((order) => order.price))).toBeLessThan(MARKET.siberian.unitPriceMinor);
  });

  it('places only asks the listings accept, and trades only whole lots', () => {
    for (const step of steps) {
      if (step.kind !== 'ask') continue;
      const listing = MARKET[step.party];
      if (step.refusal) expect(askProblem(step.quantity, listing)).toMatch(/below the listing's minimum/);
      else expect(askProblem(step.quantity, listing)).toBeUndefined();
    }
    for (const step of steps) {
      if (step.kind !== 'bid' && step.kind !== 'ask') continue;
      for (const trade of step.expect?.trades ?? []) expect(isWholeLots(trade.quantity, MARKET.ural)).toBe(true);
    }
  });

  it('knows how much stock a run reserves, so it can check before it starts', () => {
    expect(stockNeeded(steps)).toEqual({ ural: 10_000, siberian: 6_500 });
    expect(askProblem(6_000, { ...MARKET.ural, available: 5_500 })).toMatch(/more than the 5500 available/);
  });

  it('prices the story from the listings, and says why when the listings do not fit it', () => {
    const dearer: Market = { ural: { ...MARKET.ural, unitPriceMinor: 64_000 }, siberian: { ...MARKET.siberian, unitPriceMinor: 66_050 } };
    const priced = planScenario(dearer);
    const regional = priced.find((step) => step.kind === 'bid' && step.acceptedRegions.length > 0);
    expect(regional).toMatchObject({ limitPriceMinor: 66_100, acceptedRegions: ['Novosibirsk'] });
    expect(play(priced, dearer).differences).toEqual([]);
    expect(roundUp(9_152, 100)).toBe(9_200);
    expect(roundUp(9_200, 100)).toBe(9_200);
    expect(() => planScenario({ ...MARKET, siberian: { ...MARKET.siberian, unitPriceMinor: 8_900 } })).toThrow(/at least 2.00 below/);
    expect(() => planScenario({ ...MARKET, ural: { ...MARKET.ural, lotMultiple: 250 } })).toThrow(/lots of 500/);
    expect(() => planScenario({ ...MARKET, ural: { ...MARKET.ural, currency: 'EUR' } })).toThrow(/priced in EUR/);
  });

  it('reports differences between what happened and the plan', () => {
    const expected = {
      trades: [{ with: 'ural-1', quantity: 2_000, priceMinor: 8_800 }],
      status: 'CLOSED' as const,
      openQuantity: 0,
      closeReason: 'BELOW_MINIMUM_FILL' as const,
    };
    expect(outcomeDifferences(expected, { ...expected })).toEqual([]);
    expect(outcomeDifferences(expected, { trades: [], status: 'OPEN', openQuantity: 2_300, closeReason: null })).toEqual([
      'trades: expected 2000 at 8800 with ural-1, got none',
      'status: expected CLOSED, got OPEN',
      'open quantity: expected 0, got 2300',
      'close reason: expected BELOW_MINIMUM_FILL, got none',
    ]);
  });
});

describe('demo wording', () => {
  const steps = planScenario(MARKET);

  it('says each step in one sentence', () => {
    const headlines = steps.map((step) => {
      const target =
        step.kind === 'reduce'
          ? { side: 'ASK', limitPriceMinor: 9_152, openQuantity: 3_000 }
          : step.kind === 'cancel'
            ? { side: 'BID', limitPriceMinor: 8_400, openQuantity: 2_000 }
            : undefined;
      return stepHeadline(step, WORDING, MARKET, target);
    });
    expect(headlines).toEqual([
      'Ural Steel asks 700 kg at 88.00 RUB/kg from Yekaterinburg',
      'Ural Steel asks 6,000 kg at 88.00 RUB/kg from Yekaterinburg',
      'Ural Steel asks 4,000 kg at 90.00 RUB/kg from Yekaterinburg',
      'Siberian Cable asks 5,000 kg at 91.52 RUB/kg from Novosibirsk',
      'Volga Construction bids 2,300 kg at up to 89.00 RUB/kg, minimum fill 1,000 kg',
      'Neva Shipyard bids 7,000 kg at up to 90.00 RUB/kg, minimum fill 1,000 kg',
      'Volga Construction bids 2,000 kg at up to 92.00 RUB/kg, only from Novosibirsk',
      'Volga Construction bids 3,000 kg at up to 86.00 RUB/kg',
      'Neva Shipyard bids 4,000 kg at up to 85.00 RUB/kg, minimum fill 1,000 kg',
      'Neva Shipyard bids 2,000 kg at up to 84.00 RUB/kg',
      'Siberian Cable reduces its ask at 91.52 RUB/kg to 2,000 kg open (from 3,000 kg)',
      'Neva Shipyard cancels its bid of 2,000 kg at 84.00 RUB/kg',
      'Siberian Cable asks 1,500 kg at 85.00 RUB/kg from Novosibirsk',
    ]);
    expect(partyOf('siberian-1')).toBe('siberian');
    expect(() => partyOf('kazan-1')).toThrow(/no party/);
  });

  it('says a trade with its amount in major units', () => {
    expect(tradeLine({ quantity: 4_000, priceMinor: 8_800, currency: 'RUB' }, 'Neva Shipyard', 'Ural Steel', 'KG')).toBe(
      'Neva Shipyard buys 4,000 kg from Ural Steel at 88.00 RUB/kg = 352,000.00 RUB',
    );
  });

  it('draws the book as two columns, never who', () => {
    const depth: DepthView = {
      bids: [
        { priceMinor: 8_600, quantity: 1_500, orderCount: 1 },
        { priceMinor: 8_500, quantity: 4_000, orderCount: 2 },
      ],
      asks: [{ priceMinor: 9_000, quantity: 1_000, orderCount: 1 }],
    };
    expect(depthTable(depth, 'RUB', 'KG')).toEqual([
      'BIDS (highest first)                        ASKS (lowest first)',
      '    86.00 RUB/kg      1,500 kg  1 order         90.00 RUB/kg      1,000 kg  1 order',
      '    85.00 RUB/kg      4,000 kg  2 orders',
    ]);
    expect(depthTable({ bids: [], asks: [] }, 'RUB', 'KG')).toEqual([
      'BIDS (highest first)                        ASKS (lowest first)',
      '(none)                                      (none)',
    ]);
    expect(depthLine({ bids: [], asks: [] }, 'RUB', 'KG')).toBe('bids none | asks none');
  });
});
