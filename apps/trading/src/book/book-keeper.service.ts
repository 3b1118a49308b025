import { randomUUID } from 'node:crypto';
import {
  OrderChange,
  OrderCloseReason,
  OrderSide,
  OrderStatus,
  type BookDepthView,
  type TradeRecord,
  type TradingOrder,
} from '@lotbook/contracts';
import { CompanyStandings } from '@lotbook/company-status';
import { OutboxRelayHost } from '@lotbook/messaging';
import { Money } from '@lotbook/money';
import { SingleWriter, type QueuedOperation } from '@lotbook/platform';
import { isRejection, OrderBook, type ClosedOrder, type Trade } from '@lotbook/trading-domain';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { engineRefusal, TradingError, TradingErrorCode as Code } from '../trading.exception';
import { toEngineInput, toView, type BookOrder } from './book-order';
import { BookRepository, type Rejection, type TradeWrite } from './book.repository';
import { DepthThrottle } from './depth-throttle';

export type { Rejection } from './book.repository';

export interface Placement {
  order: TradingOrder;
  trades: TradeRecord[];
}

/** A placement the intake has checked: everything but the sequence, which the book assigns. */
export type NewOrder = Omit<BookOrder, 'sequence' | 'openQuantity' | 'filledQuantity' | 'status' | 'closeReason' | 'placedAt'>;

/** What the one writer is asked to do; each answers its caller with the value named. */
type Operation =
  | { kind: 'place'; order: NewOrder } // Placement
  | { kind: 'reduce'; orderId: string; companyId: string; openQuantity: number } // TradingOrder
  | { kind: 'cancel'; orderId: string; companyId: string | null } // TradingOrder
  | { kind: 'reject'; rejection: Rejection } // void
  | { kind: 'expire' } // void
  | { kind: 'depth' }; // void: the waiting depths go out with the batch

interface Book {
  productId: string;
  currency: string;
  engine: OrderBook;
}

/** What one batch of operations changed, gathered while the engines apply it. */
class BatchChanges {
  readonly inserted = new Map<string, BookOrder>();
  readonly updated = new Map<string, BookOrder>();
  readonly trades: Array<TradeRecord & { askReservationId: string }> = [];
  readonly orderEvents: Array<{ change: OrderChange; order: TradingOrder; releasedQuantity: number }> = [];
  readonly rejections: Rejection[] = [];
  readonly touchedBooks = new Set<Book>();
  /** The answers, given once the batch has committed. */
  readonly answers: Array<() => void> = [];

  changed(order: BookOrder): void {
    if (!this.inserted.has(order.id)) this.updated.set(order.id, order);
  }

  event(change: OrderChange, order: BookOrder, releasedQuantity = 0): void {
    this.orderEvents.push({ change, order: toView(order), releasedQuantity: order.side === OrderSide.ASK ? releasedQuantity : 0 });
  }
}

const IDLE_EXPIRY_MS = 1_000;
/** A book's depth goes out at most this often, and its last state always (see DepthThrottle). */
const DEPTH_EVERY_MS = 100;
const DEPTH_LEVELS = 10;

/**
 * The books: the in-memory engines, one per product and currency, and the one writer that
 * changes them (a SingleWriter). The writer takes everything queued, applies it to the engines
 * one operation at a time (each order gets the next sequence number), has the repository write
 * all of it (orders, trades, events in the outbox) in one statement, and only then answers.
 * Batching commits is what lets the book take thousands of orders a second while each waits for
 * its own commit. If the commit fails, the books are rebuilt from PostgreSQL, which still holds
 * the last committed state, and the batch's callers are told to try again.
 *
 * Who may trade comes from the company-status projection, held in memory (CompanyStandings):
 * the engine skips a company that may not, and a company that loses its standing has its open
 * orders cancelled.
 *
 * One writer per database: replicas of trading would each hold every book; running more
 * than one instance against the same schema is not supported yet.
 */
@Injectable()
export class BookKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BookKeeper.name);
  private readonly books = new Map<string, Book>();
  private readonly open = new Map<string, BookOrder>();
  /**
   * Ids placed lately, so a placement redelivered while the first is still on its way to the
   * database never enters the book twice (once committed, the intake finds it there). Two
   * generations keep the memory bounded.
   */
  private seen = new Set<string>();
  private seenBefore = new Set<string>();
  private sequence = 0;
  private readonly writer = new SingleWriter<Operation>({
    write: (batch) => this.write(batch),
    stoppedMessage: 'trading is shutting down',
  });
  /** Operations submitted before the books are rebuilt at start (a suspension told early) wait for it. */
  private readonly started: Promise<void>;
  private markStarted: () => void = () => undefined;
  private expiryTimer: NodeJS.Timeout | undefined;
  private readonly depths = new DepthThrottle<Book>(DEPTH_EVERY_MS);
  private depthTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repository: BookRepository,
    private readonly relay: OutboxRelayHost,
    private readonly standings: CompanyStandings,
  ) {
    this.started = new Promise((resolve) => (this.markStarted = resolve));
    standings.onChange((change) => {
      if (change.standing !== 'APPROVED') this.cancelAllOf(change.companyId);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.rebuild();
    this.markStarted();
    this.expiryTimer = setInterval(() => {
      if (this.hasExpiringOrders()) this.writer.submit({ kind: 'expire' }).catch(() => undefined);
    }, IDLE_EXPIRY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.expiryTimer);
    clearTimeout(this.depthTimer);
    await this.writer.stop();
  }

  place(order: NewOrder): Promise<Placement> {
    return this.writer.submit({ kind: 'place', order });
  }

  reduce(orderId: string, companyId: string, openQuantity: number): Promise<TradingOrder> {
    return this.writer.submit({ kind: 'reduce', orderId, companyId, openQuantity });
  }

  /** Cancels an order; `companyId` null is the system (a suspension), which may cancel anyone's. */
  cancel(orderId: string, companyId: string | null): Promise<TradingOrder> {
    return this.writer.submit({ kind: 'cancel', orderId, companyId });
  }

  /** Publishes a refusal the intake decided before the book saw the order. */
  reject(rejection: Rejection): Promise<void> {
    return this.writer.submit({ kind: 'reject', rejection });
  }

  /** Cancels every open ask made from a listing that is no longer on sale. */
  async withdrawListing(listingId: string): Promise<void> {
    const asks = [...this.open.values()].filter((order) => order.listingId === listingId);
    await Promise.allSettled(asks.map((order) => this.cancel(order.id, null)));
  }

  /** An open order as the book holds it now. */
  openOrder(orderId: string): TradingOrder | undefined {
    const order = this.open.get(orderId);
    return order && toView(order);
  }

  depth(productId: string, currency: string, levels: number): BookDepthView {
    const book = this.books.get(`${productId}/${currency}`);
    const depth = book?.engine.depth(levels) ?? { bids: [], asks: [] };
    const view = (level: { price: number; quantity: number; orderCount: number }) => ({
      priceMinor: level.price,
      quantity: level.quantity,
      orderCount: level.orderCount,
    });
    return { productId, currency, bids: depth.bids.map(view), asks: depth.asks.map(view) };
  }

  /** A company that may no longer trade: its open orders are cancelled (the engine already skips it). */
  private cancelAllOf(companyId: string): void {
    const theirs = [...this.open.values()].filter((order) => order.companyId === companyId);
    Promise.allSettled(theirs.map((order) => this.cancel(order.id, null))).catch(() => undefined);
  }

  private async write(batch: ReadonlyArray<QueuedOperation<Operation>>): Promise<void> {
    await this.started;
    const changes = new BatchChanges();
    const now = Date.now();
    for (const queued of batch) this.apply(queued, changes, now);
    const depths = this.depths.due(changes.touchedBooks, now);
    if (depths.nextAt !== undefined) this.depthTurnAt(depths.nextAt, now);
    try {
      const written = await this.repository.write({
        inserted: [...changes.inserted.values()],
        updated: [...changes.updated.values()],
        trades: changes.trades.map((trade): TradeWrite => ({ ...trade, sequence: ++this.sequence })),
        orderEvents: changes.orderEvents,
        rejections: changes.rejections,
        depths: depths.publish.map((book) => this.depth(book.productId, book.currency, DEPTH_LEVELS)),
      });
      // The relay sends the rows as written, without reading them back.
      this.relay.relay.committed(written);
    } catch (error) {
      this.logger.error({
        msg: 'a batch of book operations could not be committed; rebuilding the books from PostgreSQL',
        error: (error as Error).message,
      });
      const failure = new Error(`the order book could not record this (${(error as Error).message})`);
      for (const queued of batch) {
        if (queued.operation.kind === 'place') this.seen.delete(queued.operation.order.id);
        queued.reject(failure);
      }
      await this.rebuild().catch((rebuildError: Error) =>
        this.logger.error({ msg: 'rebuilding the books failed', error: rebuildError.message }),
      );
      return;
    }
    for (const answer of changes.answers) answer();
  }

  /** Applies one operation to the engines; its answer waits for the commit. */
  private apply(queued: QueuedOperation<Operation>, changes: BatchChanges, now: number): void {
    const { operation } = queued;
    try {
      switch (operation.kind) {
        case 'place':
          return this.applyPlace(operation.order, queued, changes, now);
        case 'reduce':
          return this.applyReduce(operation, queued, changes);
        case 'cancel':
          return this.applyCancel(operation, queued, changes);
        case 'reject':
          changes.rejections.push(operation.rejection);
          break;
        case 'expire':
          for (const book of this.books.values()) this.expireBook(book, changes, now);
          break;
        case 'depth':
          break;
      }
      changes.answers.push(() => queued.resolve(undefined));
    } catch (error) {
      // A refusal is an answer like any other: it is given after the batch commits.
      changes.answers.push(() => queued.reject(error as Error));
    }
  }

  private applyPlace(incoming: NewOrder, queued: QueuedOperation<Operation>, changes: BatchChanges, now: number): void {
    const book = this.bookFor(incoming.productId, incoming.currency);
    this.expireBook(book, changes, now);
    if (this.open.has(incoming.id) || this.seen.has(incoming.id) || this.seenBefore.has(incoming.id)) {
      throw new TradingError(Code.DUPLICATE_ORDER_ID, `order ${incoming.id} was placed already`, 'orderId');
    }
    const order: BookOrder = {
      ...incoming,
      openQuantity: incoming.quantity,
      filledQuantity: 0,
      status: OrderStatus.OPEN,
      closeReason: null,
      sequence: ++this.sequence,
      placedAt: new Date(now),
    };
    const result = book.engine.place(toEngineInput(order), now);
    if (isRejection(result)) {
      const error = engineRefusal(result);
      changes.rejections.push({
        orderId: order.id,
        side: order.side,
        productId: order.productId,
        companyId: order.companyId,
        reservationId: order.reservationId,
        error,
      });
      throw error;
    }
    this.remember(order.id);
    changes.inserted.set(order.id, order);
    changes.touchedBooks.add(book);
    this.open.set(order.id, order);

    const trades = result.trades.map((trade) => this.recordTrade(book, trade, changes, now));
    // The incoming order's own outcome is told by its PLACED event.
    for (const id of result.filled)
      this.retire(this.open.get(id) as BookOrder, OrderStatus.FILLED, id === order.id ? null : OrderChange.FILLED, changes);
    let incomingReleased = 0;
    for (const closed of result.closed) {
      const released = this.close(closed, changes, closed.orderId === order.id);
      if (closed.orderId === order.id) incomingReleased = released;
    }
    changes.event(OrderChange.PLACED, order, incomingReleased);
    changes.answers.push(() => queued.resolve({ order: toView(order), trades } satisfies Placement));
  }

  private recordTrade(book: Book, trade: Trade, changes: BatchChanges, now: number): TradeRecord {
    const bid = this.open.get(trade.bidId) as BookOrder;
    const ask = this.open.get(trade.askId) as BookOrder;
    for (const order of [bid, ask]) {
      order.openQuantity -= trade.quantity;
      order.filledQuantity += trade.quantity;
      changes.changed(order);
    }
    const record: TradeRecord = {
      id: randomUUID(),
      productId: book.productId,
      currency: book.currency,
      bidId: bid.id,
      askId: ask.id,
      buyerCompanyId: bid.companyId,
      sellerCompanyId: ask.companyId,
      listingId: ask.listingId as string,
      quantity: trade.quantity,
      priceMinor: trade.price,
      // Exact or an overflow error, never a rounded amount (intake bounds every order, so every trade, well inside).
      amountMinor: Money.of(trade.price, book.currency).times(trade.quantity).minorUnits,
      takerSide: trade.takerSide === 'BID' ? OrderSide.BID : OrderSide.ASK,
      matchedAt: new Date(now).toISOString(),
    };
    changes.trades.push({ ...record, askReservationId: ask.reservationId as string });
    return record;
  }

  /**
   * Closes an order's remainder; returns how much was open (an ask's stock to release). The
   * incoming order's close is told by its PLACED event, so it gets no event of its own.
   */
  private close(closed: ClosedOrder, changes: BatchChanges, incoming = false): number {
    const order = this.open.get(closed.orderId) as BookOrder;
    order.closeReason = OrderCloseReason[closed.reason];
    return this.retire(order, OrderStatus.CLOSED, incoming ? null : OrderChange.CLOSED, changes);
  }

  /** Takes an order out of the book for good; returns its open remainder (an ask's stock to release). */
  private retire(order: BookOrder, status: OrderStatus, change: OrderChange | null, changes: BatchChanges, book?: Book): number {
    const released = order.openQuantity;
    order.status = status;
    order.openQuantity = 0;
    this.open.delete(order.id);
    changes.changed(order);
    if (book) changes.touchedBooks.add(book);
    if (change) changes.event(change, order, released);
    return released;
  }

  private applyReduce(operation: Extract<Operation, { kind: 'reduce' }>, queued: QueuedOperation<Operation>, changes: BatchChanges): void {
    const order = this.ownOpenOrder(operation.orderId, operation.companyId);
    const book = this.bookFor(order.productId, order.currency);
    const result = book.engine.reduce(order.id, operation.openQuantity);
    if (isRejection(result)) throw engineRefusal(result);
    const released = order.openQuantity - result.remainingQuantity;
    order.quantity -= released;
    order.openQuantity = result.remainingQuantity;
    changes.changed(order);
    changes.touchedBooks.add(book);
    changes.event(OrderChange.REDUCED, order, released);
    if (result.closed) this.close(result.closed, changes);
    changes.answers.push(() => queued.resolve(toView(order)));
  }

  private applyCancel(operation: Extract<Operation, { kind: 'cancel' }>, queued: QueuedOperation<Operation>, changes: BatchChanges): void {
    const order = this.ownOpenOrder(operation.orderId, operation.companyId);
    const book = this.bookFor(order.productId, order.currency);
    const result = book.engine.cancel(order.id);
    if (isRejection(result)) throw engineRefusal(result);
    this.retire(order, OrderStatus.CANCELLED, OrderChange.CANCELLED, changes, book);
    changes.answers.push(() => queued.resolve(toView(order)));
  }

  private ownOpenOrder(orderId: string, companyId: string | null): BookOrder {
    const order = this.open.get(orderId);
    // Another company's order is as unknown as a missing one: ids reveal nothing.
    if (!order || (companyId !== null && order.companyId !== companyId)) {
      throw new TradingError(Code.ORDER_NOT_OPEN, `you have no open order ${orderId}`, 'orderId');
    }
    return order;
  }

  private remember(orderId: string): void {
    if (this.seen.size >= 100_000) {
      this.seenBefore = this.seen;
      this.seen = new Set();
    }
    this.seen.add(orderId);
  }

  private expireBook(book: Book, changes: BatchChanges, now: number): void {
    for (const expired of book.engine.expire(now))
      this.retire(this.open.get(expired.id) as BookOrder, OrderStatus.EXPIRED, OrderChange.EXPIRED, changes, book);
  }

  private hasExpiringOrders(): boolean {
    const now = Date.now();
    for (const order of this.open.values()) if (order.expiresAt !== null && order.expiresAt <= now) return true;
    return false;
  }

  /** A waiting depth is due at `at`: a batch then publishes it (with whatever else came). */
  private depthTurnAt(at: number, now: number): void {
    if (this.depthTimer !== undefined || this.writer.isStopped) return;
    this.depthTimer = setTimeout(() => {
      this.depthTimer = undefined;
      this.writer.submit({ kind: 'depth' }).catch(() => undefined);
    }, at - now);
  }

  private bookFor(productId: string, currency: string): Book {
    const key = `${productId}/${currency}`;
    let book = this.books.get(key);
    if (!book) {
      book = { productId, currency, engine: new OrderBook({ companyMayTrade: (companyId) => this.standings.mayTrade(companyId) }) };
      this.books.set(key, book);
    }
    return book;
  }

  /** Forgets the in-memory books and rebuilds them, exactly, from the open orders in sequence order. */
  private async rebuild(): Promise<void> {
    this.books.clear();
    this.open.clear();
    // Depths waiting for their turn belong to the books just dropped (and one that was due may not have been committed).
    this.depths.reset();
    this.sequence = await this.repository.lastSequence();
    const orders = await this.repository.openOrders();
    for (const order of orders) {
      const restored = this.bookFor(order.productId, order.currency).engine.restore(toEngineInput(order));
      if (isRejection(restored)) throw new Error(`order ${order.id} cannot be restored: ${restored.message}`);
      this.open.set(order.id, order);
    }
    this.logger.log({ msg: 'books rebuilt', books: this.books.size, openOrders: orders.length, sequence: this.sequence });
    // A suspension seen before a crash but not yet acted on: cancel what such companies left open.
    for (const order of [...this.open.values()]) {
      if (!this.standings.mayTrade(order.companyId)) this.cancel(order.id, null).catch(() => undefined);
    }
  }
}
