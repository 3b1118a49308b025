import { OrderBook } from './order-book';
import {
  isRejection,
  type AskInput,
  type BidInput,
  type OrderBookOptions,
  type OrderRejection,
  type PlaceResult,
  type ReduceResult,
} from './order-book.types';
import { ReferenceOrderBook, type OrderBookApi } from './testing/reference-order-book';

// One scenario per rule of the module comment in order-book.ts. Every scenario runs against
// the engine and against the reference implementation, so the reference that the
// differential test trusts is itself held to the rules.

let lastSequence = 0;

/** A bid for steel sheet, in kg, at kopecks per kg; later calls arrive later. */
function bid(id: string, companyId: string, quantity: number, limitPrice: number, terms: Partial<BidInput> = {}): BidInput {
  return {
    side: 'BID',
    id,
    companyId,
    quantity,
    limitPrice,
    minimumFill: 1,
    acceptedRegions: [],
    expiresAt: null,
    sequence: ++lastSequence,
    ...terms,
  };
}

function ask(id: string, companyId: string, quantity: number, limitPrice: number, terms: Partial<AskInput> = {}): AskInput {
  return {
    side: 'ASK',
    id,
    companyId,
    quantity,
    limitPrice,
    minimumOrderQuantity: 1,
    lotMultiple: 1,
    region: 'URAL',
    expiresAt: null,
    sequence: ++lastSequence,
    ...terms,
  };
}

function placed(result: PlaceResult | OrderRejection): PlaceResult {
  if (isRejection(result)) throw new Error(`expected the order to be placed, got ${result.reason}: ${result.message}`);
  return result;
}

function reduced(result: ReduceResult | OrderRejection): ReduceResult {
  if (isRejection(result)) throw new Error(`expected the reduction to pass, got ${result.reason}: ${result.message}`);
  return result;
}

/** Trades as `bidId<-askId quantity@price`, short enough to read a whole walk at a glance. */
const traded = (result: PlaceResult) => result.trades.map((trade) => `${trade.bidId}<-${trade.askId} ${trade.quantity}@${trade.price}`);
const ids = (book: OrderBookApi, side: 'BID' | 'ASK') => book.restingOrders(side).map((order) => `${order.id}:${order.quantity}`);

const engines: [string, (options?: OrderBookOptions) => OrderBookApi][] = [
  ['engine', (options) => new OrderBook(options)],
  ['reference', (options) => new ReferenceOrderBook(options)],
];

describe.each(engines)('order book (%s)', (_name, createBook) => {
  describe('price-time priority', () => {
    it('fills an incoming bid from the cheapest ask first, and at one price from the earliest', () => {
      const book = createBook();
      placed(book.place(ask('a-dear', 'steelworks', 10, 9_100)));
      placed(book.place(ask('a-early', 'rolling-mill', 10, 8_950)));
      placed(book.place(ask('a-late', 'metal-depot', 10, 8_950)));
      expect(traded(placed(book.place(bid('b', 'builder', 25, 9_100))))).toEqual([
        'b<-a-early 10@8950',
        'b<-a-late 10@8950',
        'b<-a-dear 5@9100',
      ]);
    });

    it('fills an incoming ask from the highest bid first, and at one price from the earliest', () => {
      const book = createBook();
      placed(book.place(bid('b-low', 'builder', 10, 8_800)));
      placed(book.place(bid('b-early', 'shipyard', 10, 9_000)));
      placed(book.place(bid('b-late', 'bridge-works', 10, 9_000)));
      expect(traded(placed(book.place(ask('a', 'steelworks', 25, 8_800))))).toEqual([
        'b-early<-a 10@9000',
        'b-late<-a 10@9000',
        'b-low<-a 5@8800',
      ]);
    });

    it('lists resting orders and depth best first', () => {
      const book = createBook();
      placed(book.place(bid('b1', 'builder', 10, 8_800)));
      placed(book.place(bid('b2', 'shipyard', 20, 9_000)));
      placed(book.place(bid('b3', 'bridge-works', 5, 9_000)));
      placed(book.place(ask('a1', 'steelworks', 7, 9_300)));
      placed(book.place(ask('a2', 'rolling-mill', 8, 9_200)));
      expect(ids(book, 'BID')).toEqual(['b2:20', 'b3:5', 'b1:10']);
      expect(ids(book, 'ASK')).toEqual(['a2:8', 'a1:7']);
      expect(book.depth()).toEqual({
        bids: [
          { price: 9_000, quantity: 25, orderCount: 2 },
          { price: 8_800, quantity: 10, orderCount: 1 },
        ],
        asks: [
          { price: 9_200, quantity: 8, orderCount: 1 },
          { price: 9_300, quantity: 7, orderCount: 1 },
        ],
      });
      expect(book.depth(1).bids).toEqual([{ price: 9_000, quantity: 25, orderCount: 2 }]);
      expect(book.size).toBe(5);
    });

    it('does not trade when prices do not cross, and rests the order', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 10, 9_000)));
      const result = placed(book.place(bid('b', 'builder', 10, 8_999)));
      expect(result).toEqual({ kind: 'PLACED', orderId: 'b', trades: [], closed: [], filled: [], rested: true, remainingQuantity: 10 });
    });
  });

  describe('partial fills', () => {
    it('rests what the walk leaves of the incoming order, and leaves a partly filled resting order in place', () => {
      const book = createBook();
      placed(book.place(ask('a1', 'steelworks', 30, 9_000)));
      placed(book.place(ask('a2', 'rolling-mill', 30, 9_000)));
      const first = placed(book.place(bid('b1', 'builder', 10, 9_000)));
      expect(first).toMatchObject({ filled: ['b1'], rested: false, remainingQuantity: 0 });
      expect(ids(book, 'ASK')).toEqual(['a1:20', 'a2:30']);
      const second = placed(book.place(bid('b2', 'shipyard', 60, 9_000)));
      expect(second).toMatchObject({ filled: ['a1', 'a2'], closed: [], rested: true, remainingQuantity: 10 });
      expect(ids(book, 'BID')).toEqual(['b2:10']);
      expect(ids(book, 'ASK')).toEqual([]);
    });
  });

  describe('trade price', () => {
    it('is the resting ask’s price when a bid takes it', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 10, 8_500)));
      const [trade] = placed(book.place(bid('b', 'builder', 10, 9_000))).trades;
      expect(trade).toEqual({
        bidId: 'b',
        askId: 'a',
        buyerCompanyId: 'builder',
        sellerCompanyId: 'steelworks',
        quantity: 10,
        price: 8_500,
        makerOrderId: 'a',
        takerOrderId: 'b',
        takerSide: 'BID',
      });
    });

    it('is the resting bid’s price when an ask takes it', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 10, 9_000)));
      const [trade] = placed(book.place(ask('a', 'steelworks', 10, 8_500))).trades;
      expect(trade).toMatchObject({ price: 9_000, makerOrderId: 'b', takerOrderId: 'a', takerSide: 'ASK' });
    });
  });

  describe('lot multiple, minimum order quantity and minimum fill choose the largest tradable quantity', () => {
    it('trades whole lots only, the most that fit in both remainders', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 5_000, 9_000, { minimumOrderQuantity: 1_000, lotMultiple: 500 })));
      expect(traded(placed(book.place(bid('b', 'builder', 2_300, 9_000))))).toEqual(['b<-a 2000@9000']);
      expect(ids(book, 'ASK')).toEqual(['a:3000']);
      // The bid's 300 kg left could never be a whole lot of this ask, but it is above the bid's own minimum: it rests.
      expect(ids(book, 'BID')).toEqual(['b:300']);
    });

    it('skips an ask when the whole lots that fit fall short of its minimum order quantity', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 5_000, 9_000, { minimumOrderQuantity: 1_000, lotMultiple: 500 })));
      expect(placed(book.place(bid('b', 'builder', 900, 9_000))).trades).toEqual([]);
    });

    it('skips an ask when what it has is below the bid’s minimum fill, and takes the next', () => {
      const book = createBook();
      placed(book.place(ask('a-small', 'steelworks', 400, 8_900)));
      placed(book.place(ask('a-big', 'rolling-mill', 2_000, 9_000)));
      expect(traded(placed(book.place(bid('b', 'builder', 1_500, 9_000, { minimumFill: 500 }))))).toEqual(['b<-a-big 1500@9000']);
      expect(ids(book, 'ASK')).toEqual(['a-small:400', 'a-big:500']);
    });

    it('rounds down to the lot and still meets both minimums when it can', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 1_299, 9_000, { minimumFill: 1_000 })));
      expect(traded(placed(book.place(ask('a', 'steelworks', 3_000, 9_000, { minimumOrderQuantity: 600, lotMultiple: 200 }))))).toEqual([
        'b<-a 1200@9000',
      ]);
    });
  });

  describe('a skipped resting order keeps its place', () => {
    it('stays first in its queue and trades with the next order it suits', () => {
      const book = createBook();
      placed(book.place(ask('a-lots', 'steelworks', 1_000, 9_000, { lotMultiple: 500 })));
      placed(book.place(ask('a-loose', 'rolling-mill', 1_000, 9_000)));
      expect(traded(placed(book.place(bid('b-small', 'builder', 300, 9_000))))).toEqual(['b-small<-a-loose 300@9000']);
      expect(ids(book, 'ASK')).toEqual(['a-lots:1000', 'a-loose:700']);
      expect(traded(placed(book.place(bid('b-big', 'shipyard', 500, 9_000))))).toEqual(['b-big<-a-lots 500@9000']);
    });

    it('lets the walk go on to worse prices while they still cross', () => {
      const book = createBook();
      placed(book.place(ask('a-skipped', 'steelworks', 100, 8_900, { minimumOrderQuantity: 100 })));
      placed(book.place(ask('a-next', 'rolling-mill', 100, 9_000)));
      placed(book.place(ask('a-too-dear', 'metal-depot', 100, 9_100)));
      expect(traded(placed(book.place(bid('b', 'builder', 50, 9_000))))).toEqual(['b<-a-next 50@9000']);
    });
  });

  describe('self-trade', () => {
    it('never matches a company with itself, and goes on to other companies', () => {
      const book = createBook();
      placed(book.place(ask('a-own', 'steelworks', 10, 8_900)));
      placed(book.place(ask('a-other', 'rolling-mill', 10, 9_000)));
      expect(traded(placed(book.place(bid('b', 'steelworks', 10, 9_000))))).toEqual(['b<-a-other 10@9000']);
      expect(ids(book, 'ASK')).toEqual(['a-own:10']);
    });
  });

  describe('regions', () => {
    it('skips an ask shipping from a region the bid does not accept', () => {
      const book = createBook();
      placed(book.place(ask('a-siberia', 'steelworks', 10, 8_900, { region: 'SIBERIA' })));
      placed(book.place(ask('a-ural', 'rolling-mill', 10, 9_000, { region: 'URAL' })));
      const result = placed(book.place(bid('b', 'builder', 10, 9_000, { acceptedRegions: ['URAL', 'VOLGA'] })));
      expect(traded(result)).toEqual(['b<-a-ural 10@9000']);
    });

    it('takes any region when the bid names none', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 10, 8_900, { region: 'SIBERIA' })));
      expect(traded(placed(book.place(bid('b', 'builder', 10, 9_000, { acceptedRegions: [] }))))).toEqual(['b<-a 10@8900']);
    });

    it('applies to an incoming ask against resting bids too', () => {
      const book = createBook();
      placed(book.place(bid('b-volga', 'builder', 10, 9_100, { acceptedRegions: ['VOLGA'] })));
      placed(book.place(bid('b-any', 'shipyard', 10, 9_000)));
      expect(traded(placed(book.place(ask('a', 'steelworks', 10, 8_900, { region: 'URAL' }))))).toEqual(['b-any<-a 10@9000']);
    });
  });

  describe('companies that may not trade', () => {
    it('skips resting orders of a company that may not trade', () => {
      const suspended = new Set(['rolling-mill']);
      const book = createBook({ companyMayTrade: (companyId) => !suspended.has(companyId) });
      placed(book.place(ask('a-suspended', 'rolling-mill', 10, 8_900)));
      placed(book.place(ask('a-ok', 'steelworks', 10, 9_000)));
      expect(traded(placed(book.place(bid('b1', 'builder', 10, 9_000))))).toEqual(['b1<-a-ok 10@9000']);
      suspended.clear();
      expect(traded(placed(book.place(bid('b2', 'builder', 10, 9_000))))).toEqual(['b2<-a-suspended 10@8900']);
    });

    it('lets an incoming order of a company that may not trade rest without trading', () => {
      const book = createBook({ companyMayTrade: (companyId) => companyId !== 'builder' });
      placed(book.place(ask('a', 'steelworks', 10, 8_900)));
      expect(placed(book.place(bid('b', 'builder', 10, 9_000)))).toMatchObject({ trades: [], rested: true, remainingQuantity: 10 });
    });
  });

  describe('closing a remainder below its own minimum', () => {
    it('closes an incoming bid left below its minimum fill', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 700, 9_000)));
      const result = placed(book.place(bid('b', 'builder', 1_000, 9_000, { minimumFill: 500 })));
      expect(traded(result)).toEqual(['b<-a 700@9000']);
      expect(result).toMatchObject({
        closed: [{ orderId: 'b', side: 'BID', remainingQuantity: 300, reason: 'BELOW_MINIMUM_FILL' }],
        filled: ['a'],
        rested: false,
        remainingQuantity: 300,
      });
      expect(book.size).toBe(0);
    });

    it('closes an incoming ask left below its minimum order quantity', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 1_500, 9_000)));
      const result = placed(book.place(ask('a', 'steelworks', 2_000, 9_000, { minimumOrderQuantity: 1_000 })));
      expect(result.closed).toEqual([{ orderId: 'a', side: 'ASK', remainingQuantity: 500, reason: 'BELOW_MINIMUM_ORDER_QUANTITY' }]);
      expect(result.filled).toEqual(['b']);
    });

    it('closes an incoming ask left below one lot', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 1_000, 9_000)));
      const result = placed(book.place(ask('a', 'steelworks', 1_200, 9_000, { minimumOrderQuantity: 500, lotMultiple: 500 })));
      expect(result.closed).toEqual([{ orderId: 'a', side: 'ASK', remainingQuantity: 200, reason: 'BELOW_MINIMUM_ORDER_QUANTITY' }]);
      const lots = createBook();
      placed(lots.place(bid('b2', 'builder', 1_000, 9_000)));
      const byLot = placed(lots.place(ask('a2', 'steelworks', 1_200, 9_000, { minimumOrderQuantity: 100, lotMultiple: 500 })));
      expect(byLot.closed).toEqual([{ orderId: 'a2', side: 'ASK', remainingQuantity: 200, reason: 'BELOW_LOT_MULTIPLE' }]);
    });

    it('closes a resting ask that a partial fill leaves below its minimum, and reports it', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 1_300, 9_000, { minimumOrderQuantity: 100, lotMultiple: 500 })));
      const result = placed(book.place(bid('b', 'builder', 1_000, 9_000)));
      expect(result).toMatchObject({
        closed: [{ orderId: 'a', side: 'ASK', remainingQuantity: 300, reason: 'BELOW_LOT_MULTIPLE' }],
        filled: ['b'],
      });
      expect(book.get('a')).toBeUndefined();
    });

    it('closes a resting bid that a partial fill leaves below its minimum fill', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 1_000, 9_000, { minimumFill: 400 })));
      const result = placed(book.place(ask('a', 'steelworks', 700, 9_000)));
      expect(result.closed).toEqual([{ orderId: 'b', side: 'BID', remainingQuantity: 300, reason: 'BELOW_MINIMUM_FILL' }]);
      expect(result.filled).toEqual(['a']);
      expect(book.size).toBe(0);
    });

    it('calls an order with nothing left filled, not closed', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 1_000, 9_000, { minimumOrderQuantity: 1_000 })));
      expect(placed(book.place(bid('b', 'builder', 1_000, 9_000, { minimumFill: 1_000 })))).toMatchObject({
        filled: ['a', 'b'],
        closed: [],
      });
    });
  });

  describe('reduce', () => {
    it('lowers the remainder and keeps the order’s place in its queue', () => {
      const book = createBook();
      placed(book.place(ask('a1', 'steelworks', 100, 9_000)));
      placed(book.place(ask('a2', 'rolling-mill', 100, 9_000)));
      expect(reduced(book.reduce('a1', 40))).toEqual({ kind: 'REDUCED', orderId: 'a1', remainingQuantity: 40, closed: null });
      expect(ids(book, 'ASK')).toEqual(['a1:40', 'a2:100']);
      expect(book.depth().asks).toEqual([{ price: 9_000, quantity: 140, orderCount: 2 }]);
      expect(traded(placed(book.place(bid('b', 'builder', 50, 9_000))))).toEqual(['b<-a1 40@9000', 'b<-a2 10@9000']);
    });

    it('closes an order reduced below its own minimum', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 2_000, 9_000, { minimumOrderQuantity: 1_000, lotMultiple: 500 })));
      expect(reduced(book.reduce('a', 800))).toEqual({
        kind: 'REDUCED',
        orderId: 'a',
        remainingQuantity: 800,
        closed: { orderId: 'a', side: 'ASK', remainingQuantity: 800, reason: 'BELOW_MINIMUM_ORDER_QUANTITY' },
      });
      expect(book.size).toBe(0);
      expect(book.depth()).toEqual({ bids: [], asks: [] });
    });

    it('refuses a quantity that is not a whole number below the current one and above 0, changing nothing', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 100, 9_000)));
      for (const quantity of [100, 101, 0, -5, 50.5, Number.NaN]) {
        expect(book.reduce('b', quantity)).toMatchObject({ kind: 'REJECTED', reason: 'INVALID_REDUCTION', orderId: 'b' });
      }
      expect(book.reduce('nobody', 5)).toMatchObject({ kind: 'REJECTED', reason: 'UNKNOWN_ORDER' });
      expect(ids(book, 'BID')).toEqual(['b:100']);
    });
  });

  describe('cancel', () => {
    it('removes the order and returns it as it was', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 100, 9_000, { acceptedRegions: ['URAL'], minimumFill: 10 })));
      placed(book.place(ask('a', 'steelworks', 30, 9_000)));
      expect(book.cancel('b')).toEqual({
        kind: 'CANCELLED',
        order: {
          side: 'BID',
          id: 'b',
          companyId: 'builder',
          quantity: 70,
          limitPrice: 9_000,
          minimumFill: 10,
          acceptedRegions: ['URAL'],
          expiresAt: null,
          sequence: expect.any(Number),
        },
      });
      expect(book.size).toBe(0);
      expect(book.depth()).toEqual({ bids: [], asks: [] });
      expect(book.cancel('b')).toMatchObject({ kind: 'REJECTED', reason: 'UNKNOWN_ORDER', orderId: 'b' });
    });
  });

  describe('expire', () => {
    it('removes every order that expires at or before now, by sequence, and no other', () => {
      const book = createBook();
      placed(book.place(bid('b-late', 'builder', 10, 8_000, { expiresAt: 2_000 })));
      placed(book.place(bid('b-now', 'builder', 10, 8_100, { expiresAt: 1_000 })));
      placed(book.place(ask('a-soon', 'steelworks', 10, 9_000, { expiresAt: 500 })));
      placed(book.place(ask('a-gtc', 'steelworks', 10, 9_100)));
      expect(book.expire(999).map((order) => order.id)).toEqual(['a-soon']);
      expect(book.expire(1_000).map((order) => order.id)).toEqual(['b-now']);
      expect(book.expire(1_000)).toEqual([]);
      expect(book.expire(5_000).map((order) => order.id)).toEqual(['b-late']);
      expect(ids(book, 'ASK')).toEqual(['a-gtc:10']);
    });

    it('returns expired orders by sequence, whatever their expiry', () => {
      const book = createBook();
      placed(book.place(bid('b1', 'builder', 10, 8_000, { expiresAt: 300 })));
      placed(book.place(bid('b2', 'builder', 10, 8_000, { expiresAt: 100 })));
      placed(book.place(bid('b3', 'builder', 10, 8_000, { expiresAt: 200 })));
      expect(book.expire(300).map((order) => order.id)).toEqual(['b1', 'b2', 'b3']);
    });

    it('does not look at expiry while matching: the service expires first', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 10, 9_000, { expiresAt: 100 })));
      expect(traded(placed(book.place(bid('b', 'builder', 10, 9_000), 50)))).toEqual(['b<-a 10@9000']);
    });

    it('refuses an order that has already expired when placed with now', () => {
      const book = createBook();
      expect(book.place(bid('b', 'builder', 10, 9_000, { expiresAt: 1_000 }), 1_000)).toMatchObject({
        kind: 'REJECTED',
        reason: 'EXPIRY_IN_PAST',
      });
      expect(placed(book.place(bid('b', 'builder', 10, 9_000, { expiresAt: 1_001 }), 1_000)).rested).toBe(true);
    });

    it('forgets a filled or cancelled order, so it cannot expire later', () => {
      const book = createBook();
      placed(book.place(ask('a', 'steelworks', 10, 9_000, { expiresAt: 100 })));
      placed(book.place(ask('a2', 'steelworks', 10, 9_100, { expiresAt: 100 })));
      placed(book.place(bid('b', 'builder', 10, 9_000)));
      book.cancel('a2');
      expect(book.expire(100)).toEqual([]);
    });
  });

  describe('restore', () => {
    it('rebuilds the same book from the resting orders in sequence order, without matching', () => {
      const book = createBook();
      placed(book.place(bid('b1', 'builder', 100, 9_000, { minimumFill: 10, acceptedRegions: ['URAL'] })));
      placed(book.place(bid('b2', 'shipyard', 50, 9_100, { expiresAt: 10_000 })));
      placed(book.place(ask('a1', 'steelworks', 1_000, 9_200, { minimumOrderQuantity: 200, lotMultiple: 100, region: 'VOLGA' })));
      placed(book.place(ask('a2', 'builder', 30, 9_000)));
      const resting = [...book.restingOrders('BID'), ...book.restingOrders('ASK')].sort((a, b) => a.sequence - b.sequence);

      const rebuilt = createBook();
      for (const order of resting) expect(rebuilt.restore(order)).toMatchObject({ kind: 'RESTORED', order });
      expect(rebuilt.restingOrders('BID')).toEqual(book.restingOrders('BID'));
      expect(rebuilt.restingOrders('ASK')).toEqual(book.restingOrders('ASK'));
      expect(rebuilt.depth()).toEqual(book.depth());
      expect(rebuilt.expire(10_000)).toEqual(book.expire(10_000));
    });

    it('rests a crossing order without trading', () => {
      const book = createBook();
      book.restore(ask('a', 'steelworks', 10, 8_000));
      expect(book.restore(bid('b', 'builder', 10, 9_000))).toMatchObject({ kind: 'RESTORED' });
      expect(book.size).toBe(2);
    });
  });

  describe('placement validation', () => {
    const rejectedWith = (book: OrderBookApi, input: BidInput | AskInput, nowMs?: number) => {
      const before = JSON.stringify([book.restingOrders('BID'), book.restingOrders('ASK')]);
      const result = book.place(input, nowMs);
      expect(JSON.stringify([book.restingOrders('BID'), book.restingOrders('ASK')])).toBe(before);
      return isRejection(result) ? result.reason : 'PLACED';
    };

    it('refuses bad numbers, leaving the book unchanged', () => {
      const book = createBook();
      placed(book.place(bid('resting-bid', 'builder', 10, 9_000)));
      placed(book.place(ask('resting-ask', 'steelworks', 10, 9_100)));
      expect(rejectedWith(book, ask('x', 'rolling-mill', 0, 9_000))).toBe('INVALID_QUANTITY');
      expect(rejectedWith(book, ask('x', 'rolling-mill', 2.5, 9_000))).toBe('INVALID_QUANTITY');
      expect(rejectedWith(book, ask('x', 'rolling-mill', 10, 0))).toBe('INVALID_LIMIT_PRICE');
      expect(rejectedWith(book, ask('x', 'rolling-mill', 10, 8_999.5))).toBe('INVALID_LIMIT_PRICE');
      expect(rejectedWith(book, bid('x', 'shipyard', 10, 9_100, { minimumFill: 0 }))).toBe('INVALID_MINIMUM_FILL');
      expect(rejectedWith(book, ask('x', 'rolling-mill', 10, 9_000, { minimumOrderQuantity: 0 }))).toBe('INVALID_MINIMUM_ORDER_QUANTITY');
      expect(rejectedWith(book, ask('x', 'rolling-mill', 10, 9_000, { lotMultiple: 1.5 }))).toBe('INVALID_LOT_MULTIPLE');
      expect(rejectedWith(book, bid('x', 'shipyard', 10, 9_100, { expiresAt: 1.5 }))).toBe('INVALID_EXPIRY');
      expect(rejectedWith(book, bid('x', 'shipyard', 10, 9_100, { sequence: 1.5 }))).toBe('INVALID_SEQUENCE');
    });

    it('refuses an order below its own minimum', () => {
      const book = createBook();
      expect(rejectedWith(book, bid('x', 'shipyard', 99, 9_000, { minimumFill: 100 }))).toBe('QUANTITY_BELOW_MINIMUM');
      expect(rejectedWith(book, ask('x', 'steelworks', 99, 9_000, { minimumOrderQuantity: 100 }))).toBe('QUANTITY_BELOW_MINIMUM');
      expect(rejectedWith(book, ask('x', 'steelworks', 99, 9_000, { lotMultiple: 100 }))).toBe('QUANTITY_BELOW_MINIMUM');
      expect(placed(book.place(ask('x', 'steelworks', 100, 9_000, { minimumOrderQuantity: 100, lotMultiple: 50 }))).rested).toBe(true);
    });

    it('refuses an id already resting and a sequence not after the last one seen', () => {
      const book = createBook();
      placed(book.place(bid('b', 'builder', 10, 8_000)));
      expect(rejectedWith(book, bid('b', 'builder', 10, 8_000))).toBe('DUPLICATE_ORDER_ID');
      const late = bid('late', 'builder', 10, 8_000);
      placed(book.place(bid('later', 'builder', 10, 8_000)));
      expect(rejectedWith(book, late)).toBe('SEQUENCE_NOT_INCREASING');
      expect(book.restore(late)).toMatchObject({ kind: 'REJECTED', reason: 'SEQUENCE_NOT_INCREASING' });
    });

    it('does not let a caller change the book through what it returns', () => {
      const book = createBook();
      const regions = ['URAL'];
      placed(book.place(bid('b', 'builder', 10, 8_000, { acceptedRegions: regions })));
      regions.push('VOLGA');
      const order = book.get('b') as BidInput;
      (order as { quantity: number }).quantity = 1;
      try {
        (order.acceptedRegions as string[]).push('SIBERIA');
      } catch {
        // A frozen array refuses outright; either way the book must not change.
      }
      expect(book.get('b')).toMatchObject({ quantity: 10, acceptedRegions: ['URAL'] });
      expect(placed(book.place(ask('a', 'steelworks', 10, 8_000, { region: 'VOLGA' }))).trades).toEqual([]);
    });
  });

  describe('determinism', () => {
    it('gives the same trades for the same calls', () => {
      const run = () => {
        lastSequence = 1_000_000;
        const book = createBook();
        const results: unknown[] = [];
        for (let index = 0; index < 200; index++) {
          const price = 9_000 + ((index * 37) % 11) - 5;
          const quantity = 1 + ((index * 53) % 40);
          const input =
            index % 2 === 0
              ? bid(`b${index}`, `buyer-${index % 3}`, quantity, price, { minimumFill: 1 + (index % 4) })
              : ask(`a${index}`, `seller-${index % 3}`, quantity + 5, price, { lotMultiple: 1 + (index % 3), minimumOrderQuantity: 2 });
          results.push(book.place(input));
        }
        return [results, book.restingOrders('BID'), book.restingOrders('ASK')];
      };
      const first = run();
      expect(run()).toEqual(first);
      expect((first[0] as PlaceResult[]).some((result) => result.trades.length > 0)).toBe(true);
    });
  });
});
