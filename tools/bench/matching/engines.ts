import { isRejection, OrderBook } from '@lotbook/trading-domain';
import { OrderBook as PeerOrderBook, Side as PeerSide, type LimitOrderOptions } from 'nodejs-order-book';
import { type Workload } from './workloads';

/** One engine loaded with one workload; `operation(i)` runs the i-th timed operation. */
export interface EngineRun {
  runSetup(): void;
  operation(index: number): void;
  readonly count: number;
  /** Units the incoming orders traded in all: equal across engines when they did the same work. */
  readonly tradedQuantity: number;
  /** Price levels with orders resting, both sides: equal across engines too. */
  priceLevels(): number;
}

export type EngineName = 'lotbook' | 'nodejs-order-book';

export interface Engine {
  readonly name: EngineName;
  /** Whether the engine can run this workload at all. */
  supports(workload: Workload): boolean;
  /** Builds the book and every call's arguments, so that timing sees only the calls. */
  load(workload: Workload): EngineRun;
}

export const lotbook: Engine = {
  name: 'lotbook',
  supports: () => true,
  load(workload) {
    const book = new OrderBook({ companyMayTrade: (companyId) => !workload.suspended.has(companyId) });
    const operations = workload.operations;
    let tradedQuantity = 0;
    const apply = (operation: Workload['operations'][number]) => {
      switch (operation.kind) {
        case 'place': {
          const result = book.place(operation.order);
          if (!isRejection(result)) tradedQuantity += operation.order.quantity - result.remainingQuantity;
          return;
        }
        case 'cancel':
          book.cancel(operation.orderId);
          return;
        case 'reduce':
          book.reduce(operation.orderId, operation.quantity);
          return;
        case 'expire':
          book.expire(operation.nowMs);
          return;
      }
    };
    return {
      count: operations.length,
      runSetup: () => workload.setup.forEach(apply),
      operation: (index) => apply(operations[index]),
      get tradedQuantity() {
        return tradedQuantity;
      },
      priceLevels: () => {
        const depth = book.depth();
        return depth.bids.length + depth.asks.length;
      },
    };
  },
};

/** nodejs-order-book: plain limit orders and cancels, nothing of our own rules. */
export const nodejsOrderBook: Engine = {
  name: 'nodejs-order-book',
  supports: (workload) => workload.plain,
  load(workload) {
    const book = new PeerOrderBook();
    const toCall = (operation: Workload['operations'][number]): LimitOrderOptions | string => {
      if (operation.kind === 'cancel') return operation.orderId;
      if (operation.kind !== 'place') throw new Error(`nodejs-order-book cannot run a ${operation.kind}`);
      const order = operation.order;
      return { side: order.side === 'BID' ? PeerSide.BUY : PeerSide.SELL, id: order.id, size: order.quantity, price: order.limitPrice };
    };
    const setup = workload.setup.map(toCall);
    const calls = workload.operations.map(toCall);
    let tradedQuantity = 0;
    const apply = (call: LimitOrderOptions | string) => {
      if (typeof call === 'string') {
        book.cancel(call);
        return;
      }
      const result = book.limit(call);
      if (result.err !== null) throw new Error(`nodejs-order-book refused ${call.id}: ${result.err.message}`);
      tradedQuantity += call.size - result.quantityLeft;
    };
    return {
      count: calls.length,
      runSetup: () => setup.forEach(apply),
      operation: (index) => apply(calls[index]),
      get tradedQuantity() {
        return tradedQuantity;
      },
      priceLevels: () => book.depth().reduce((levels, side) => levels + side.length, 0),
    };
  },
};

export const engines: readonly Engine[] = [lotbook, nodejsOrderBook];
