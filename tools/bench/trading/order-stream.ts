// The trading bench's orders, as a pure, seeded generator: first a ladder that gives every
// product's book depth on both sides, then an endless stream in which most orders cross the
// book and trade the moment they are placed, some bids and asks rest, and the book never runs
// dry.
//
// Prices, in ticks above a base price (one tick = 1.00 of the currency):
//
//   16..17   resting asks of the stream (above everything: they stay, like an ERP's list offers)
//   10..12   the ladder's asks, huge, from every seller          ← crossing bids take these
//    8..9    resting bids of the stream (below every ask)       ← crossing asks hit these first
//    3..5    the ladder's bids, huge, from every buyer          ← … then these
//
// A crossing bid is priced at tick 13 (above every ladder ask), a crossing ask at tick 2 (below
// every bid), so each trades at once with whatever is best on the other side, however the
// book has moved. Quantities are small against the ladder's, so it lasts for hours of load.
import { SeededRandom } from '../search/seeded-random';

export type Side = 'BID' | 'ASK';
export type Intent = 'LADDER' | 'CROSS' | 'REST';

export interface PlannedOrder {
  id: string;
  side: Side;
  intent: Intent;
  productIndex: number;
  /** The buyer's index for a bid, the seller's for an ask (its listing is that seller's listing of the product). */
  companyIndex: number;
  quantity: number;
  limitPriceMinor: number;
}

export interface StreamConfig {
  seed: number;
  products: number;
  buyers: number;
  sellers: number;
  /** Share of the stream's orders that are asks (they reserve stock in catalog first). */
  askShare: number;
  /** Share of bids priced to rest instead of crossing. */
  restingBidShare: number;
  /** Share of asks priced to rest instead of crossing. */
  restingAskShare: number;
}

export const DEFAULT_STREAM: Omit<StreamConfig, 'seed' | 'products' | 'buyers' | 'sellers'> = {
  askShare: 0.2,
  restingBidShare: 0.15,
  restingAskShare: 0.5,
};

export const BASE_PRICE_MINOR = 50_000_00;
export const TICK_MINOR = 1_00;
export const LADDER_QUANTITY = 2_000_000;
export const STREAM_QUANTITY = { min: 1, max: 50 } as const;

const LADDER_ASK_TICKS = [10, 11, 12];
const LADDER_BID_TICKS = [5, 4, 3];
const RESTING_BID_TICKS = [8, 9];
const RESTING_ASK_TICKS = [16, 17];
const CROSSING_BID_TICK = 13;
const CROSSING_ASK_TICK = 2;

export const price = (ticks: number) => BASE_PRICE_MINOR + ticks * TICK_MINOR;

/** The price bands, for checks: every crossing price crosses every resting price of the other side. */
export const PRICE_BANDS = {
  ladderAsks: LADDER_ASK_TICKS.map(price),
  ladderBids: LADDER_BID_TICKS.map(price),
  restingBids: RESTING_BID_TICKS.map(price),
  restingAsks: RESTING_ASK_TICKS.map(price),
  crossingBid: price(CROSSING_BID_TICK),
  crossingAsk: price(CROSSING_ASK_TICK),
};

/** Stock a seller's listing of one product needs for the ladder, with room for the stream's asks. */
export const LISTING_ON_HAND = 1_000_000_000;

/**
 * The ladder: for every product, an ask from every seller at each ladder ask price and a bid
 * from every buyer at each ladder bid price, all of LADDER_QUANTITY. Placed before the load.
 */
export function ladderOrders(config: StreamConfig): PlannedOrder[] {
  const random = new SeededRandom(config.seed ^ 0x5eed1add);
  const orders: PlannedOrder[] = [];
  for (let productIndex = 0; productIndex < config.products; productIndex++) {
    for (const ticks of LADDER_ASK_TICKS) {
      for (let seller = 0; seller < config.sellers; seller++) {
        orders.push({
          id: random.uuid(),
          side: 'ASK',
          intent: 'LADDER',
          productIndex,
          companyIndex: seller,
          quantity: LADDER_QUANTITY,
          limitPriceMinor: price(ticks),
        });
      }
    }
    for (const ticks of LADDER_BID_TICKS) {
      for (let buyer = 0; buyer < config.buyers; buyer++) {
        orders.push({
          id: random.uuid(),
          side: 'BID',
          intent: 'LADDER',
          productIndex,
          companyIndex: buyer,
          quantity: LADDER_QUANTITY,
          limitPriceMinor: price(ticks),
        });
      }
    }
  }
  return orders;
}

/** The endless stream after the ladder; the same seed gives the same orders, ids included. */
export class OrderStream {
  private readonly random: SeededRandom;

  constructor(private readonly config: StreamConfig) {
    if (config.products < 1 || config.buyers < 1 || config.sellers < 1) throw new Error('a stream needs a product, a buyer and a seller');
    this.random = new SeededRandom(config.seed);
  }

  next(): PlannedOrder {
    const random = this.random;
    const ask = random.chance(this.config.askShare);
    const rest = random.chance(ask ? this.config.restingAskShare : this.config.restingBidShare);
    const productIndex = random.int(0, this.config.products - 1);
    const companyIndex = random.int(0, (ask ? this.config.sellers : this.config.buyers) - 1);
    const quantity = random.int(STREAM_QUANTITY.min, STREAM_QUANTITY.max);
    const ticks = ask
      ? rest
        ? random.pick(RESTING_ASK_TICKS)
        : CROSSING_ASK_TICK
      : rest
        ? random.pick(RESTING_BID_TICKS)
        : CROSSING_BID_TICK;
    return {
      id: random.uuid(),
      side: ask ? 'ASK' : 'BID',
      intent: rest ? 'REST' : 'CROSS',
      productIndex,
      companyIndex,
      quantity,
      limitPriceMinor: price(ticks),
    };
  }

  take(count: number): PlannedOrder[] {
    return Array.from({ length: count }, () => this.next());
  }
}
