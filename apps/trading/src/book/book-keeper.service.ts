import { randomUUID } from 'node:crypto';
import {
  bookChanged,
  OrderChange,
  orderChanged,
  OrderCloseReason,
  orderRejected,
  OrderSide,
  OrderStatus,
  tradeMatched,
  type BookDepthView,
  type TradeRecord,
  type TradingOrder,
} from '@lotbook/contracts';
import { Outbox, outboxBatch, OutboxRelayHost, type WrittenOutboxRows } from '@lotbook/messaging';
import { isRejection, OrderBook, type ClosedOrder, type OrderRejection, type Trade } from '@lotbook/trading-domain';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TradingError, TradingErrorCode as Code } from '../trading.exception';
import { fromRow, ORDER_RECORD_COLUMNS, toEngineInput, toRecord, toView, type BookOrder, type OrderRow } from './book-order';

export interface Placement {
  order: TradingOrder;
  trades: TradeRecord[];
}

/** A placement the intake has checked: everything but the sequence, which the book assigns. */
export type NewOrder = Omit<BookOrder, 'sequence' | 'openQuantity' | 'filledQuantity' | 'status' | 'closeReason' | 'placedAt'>;

export interface Rejection {
  orderId: string;
  side: OrderSide;
  productId: string | null;
  companyId: string;
  reservationId: string | null;
  error: TradingError;
}

type Operation =
  | { kind: 'place'; order: NewOrder; done: Settle<Placement> }
  | { kind: 'reduce'; orderId: string; companyId: string; openQuantity: number; done: Settle<TradingOrder> }
  | { kind: 'cancel'; orderId: string; companyId: string | null; done: Settle<TradingOrder> }
  | { kind: 'reject'; rejection: Rejection; done: Settle<void> }
  | { kind: 'expire'; done: Settle<void> }
  | { kind: 'depth'; done: Settle<void> };

interface Settle<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

interface Book {
  key: string;
  productId: string;
  currency: string;
  engine: OrderBook;
}

const ENGINE_CODES: Record<string, Code> = {
  INVALID_QUANTITY: Code.NON_POSITIVE_QUANTITY,
  INVALID_LIMIT_PRICE: Code.NON_POSITIVE_PRICE,
  INVALID_MINIMUM_FILL: Code.INVALID_MINIMUM_FILL,
  INVALID_MINIMUM_ORDER_QUANTITY: Code.INVALID_INPUT,
  INVALID_LOT_MULTIPLE: Code.INVALID_INPUT,
  QUANTITY_BELOW_MINIMUM: Code.QUANTITY_BELOW_MINIMUM,
  INVALID_EXPIRY: Code.INVALID_INPUT,
  EXPIRY_IN_PAST: Code.EXPIRY_IN_PAST,
  DUPLICATE_ORDER_ID: Code.DUPLICATE_ORDER_ID,
  UNKNOWN_ORDER: Code.UNKNOWN_ORDER,
  INVALID_REDUCTION: Code.INVALID_REDUCTION,
};

const engineError = (rejection: OrderRejection) =>
  new TradingError(ENGINE_CODES[rejection.reason] ?? Code.INVALID_INPUT, rejection.message);

/** Everything one batch of operations changed, written in one transaction. */
class BatchWrites {
  readonly inserted = new Map<string, BookOrder>();
  readonly updated = new Map<string, BookOrder>();
  readonly trades: Array<TradeRecord & { askReservationId: string }> = [];
  readonly orderEvents: Array<{ change: OrderChange; order: TradingOrder; releasedQuantity: number }> = [];
  readonly rejections: Rejection[] = [];
  readonly touchedBooks = new Set<Book>();
  readonly settlements: Array<() => void> = [];

  changed(order: BookOrder): void {
    if (!this.inserted.has(order.id)) this.updated.set(order.id, order);
  }

  event(change: OrderChange, order: BookOrder, releasedQuantity = 0): void {
    this.orderEvents.push({ change, order: toView(order), releasedQuantity: order.side === OrderSide.ASK ? releasedQuantity : 0 });
  }
}

const IDLE_EXPIRY_MS = 1_000;
/**
 * A book's depth is published at most this often: a live view cannot show more, and a busy
 * book changed on every commit (most of its events were depths nobody would see). The last
 * change is always published, at most this long after it.
 */
const DEPTH_EVERY_MS = 100;
const MAX_BATCH = 500;

/**
 * The books, and the one writer that changes them. Operations queue in arrival order; the
 * writer takes everything queued, applies it to the in-memory engines one operation at a time
 * (each order gets the next sequence number), writes all of it (orders, trades, events in
 * the outbox) in one transaction, and only then answers. Batching commits is what lets the
 * book take thousands of orders a second while each waits for its own commit. If the commit
 * fails, the books are rebuilt from PostgreSQL, which still holds the last committed state,
 * and the batch's callers are told to try again.
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
  private readonly companyStatus = new Map<string, string>();
  private readonly companyKind = new Map<string, string>();
  private queue: Operation[] = [];
  private sequence = 0;
  private writing: Promise<void> | undefined;
  private expiryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** When each book's depth was last published; books changed since then, waiting for their turn. */
  private readonly depthPublishedAt = new Map<Book, number>();
  private readonly depthDue = new Set<Book>();
  private depthTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelayHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.rebuild();
    this.expiryTimer = setInterval(() => {
      if (this.hasExpiringOrders()) this.submit<void>((done) => ({ kind: 'expire', done })).catch(() => undefined);
    }, IDLE_EXPIRY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.expiryTimer);
    clearTimeout(this.depthTimer);
    this.stopped = true;
    await this.writing;
  }

  place(order: NewOrder): Promise<Placement> {
    return this.submit((done) => ({ kind: 'place', order, done }));
  }

  reduce(orderId: string, companyId: string, openQuantity: number): Promise<TradingOrder> {
    return this.submit((done) => ({ kind: 'reduce', orderId, companyId, openQuantity, done }));
  }

  /** Cancels an order; `companyId` null is the system (a suspension), which may cancel anyone's. */
  cancel(orderId: string, companyId: string | null): Promise<TradingOrder> {
    return this.submit((done) => ({ kind: 'cancel', orderId, companyId, done }));
  }

  /** Publishes a refusal the intake decided before the book saw the order. */
  reject(rejection: Rejection): Promise<void> {
    return this.submit((done) => ({ kind: 'reject', rejection, done }));
  }

  /** A company's standing changed: the engine skips companies that may not trade, and their open orders are cancelled. */
  async companyStatusChanged(companyId: string, status: string, kind: string): Promise<void> {
    this.companyStatus.set(companyId, status);
    this.companyKind.set(companyId, kind);
    if (status === 'APPROVED') return;
    const theirs = [...this.open.values()].filter((order) => order.companyId === companyId);
    await Promise.allSettled(theirs.map((order) => this.cancel(order.id, null)));
  }

  /** Cancels every open ask made from a listing that is no longer on sale. */
  async withdrawListing(listingId: string): Promise<void> {
    const asks = [...this.open.values()].filter((order) => order.listingId === listingId);
    await Promise.allSettled(asks.map((order) => this.cancel(order.id, null)));
  }

  mayTrade(companyId: string): boolean {
    return this.companyStatus.get(companyId) === 'APPROVED';
  }

  /** BUYER, SELLER or BOTH, as last announced; undefined for a company not heard of. */
  kindOf(companyId: string): string | undefined {
    return this.companyKind.get(companyId);
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

  private submit<T>(build: (done: Settle<T>) => Operation): Promise<T> {
    if (this.stopped) return Promise.reject(new Error('trading is shutting down'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push(build({ resolve, reject }));
      if (!this.writing) this.writing = this.drain();
    });
  }

  private async drain(): Promise<void> {
    // The operations of this turn of the event loop (a fetched batch of commands) join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        // A bounded batch: one huge commit would stall the process long enough to lose its Kafka group membership.
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.write(batch);
      }
    } finally {
      this.writing = undefined;
    }
  }

  private async write(batch: Operation[]): Promise<void> {
    const writes = new BatchWrites();
    const now = Date.now();
    for (const operation of batch) this.apply(operation, writes, now);
    let written: WrittenOutboxRows | undefined;
    try {
      written = await this.persist(writes, now);
    } catch (error) {
      this.logger.error({
        msg: 'a batch of book operations could not be committed; rebuilding the books from PostgreSQL',
        error: (error as Error).message,
      });
      const failure = new Error(`the order book could not record this (${(error as Error).message})`);
      for (const operation of batch) {
        if (operation.kind === 'place') this.seen.delete(operation.order.id);
        operation.done.reject(failure);
      }
      await this.rebuild().catch((rebuildError: Error) =>
        this.logger.error({ msg: 'rebuilding the books failed', error: rebuildError.message }),
      );
      return;
    }
    // The relay sends the rows as written, without reading them back.
    this.relay.relay.committed(written);
    for (const settle of writes.settlements) settle();
  }

  private apply(operation: Operation, writes: BatchWrites, now: number): void {
    try {
      switch (operation.kind) {
        case 'place':
          return this.applyPlace(operation, writes, now);
        case 'reduce':
          return this.applyReduce(operation, writes);
        case 'cancel':
          return this.applyCancel(operation, writes);
        case 'reject':
          writes.rejections.push(operation.rejection);
          writes.settlements.push(() => operation.done.resolve());
          return;
        case 'expire':
          for (const book of this.books.values()) this.expireBook(book, writes, now);
          writes.settlements.push(() => operation.done.resolve());
          return;
        case 'depth': // the waiting depths go out with this batch (see depthsToPublish)
          writes.settlements.push(() => operation.done.resolve());
          return;
      }
    } catch (error) {
      // A refusal is an answer like any other: it is given after the batch commits.
      writes.settlements.push(() => operation.done.reject(error as Error));
    }
  }

  private applyPlace(operation: Extract<Operation, { kind: 'place' }>, writes: BatchWrites, now: number): void {
    const incoming = operation.order;
    const book = this.bookFor(incoming.productId, incoming.currency);
    this.expireBook(book, writes, now);
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
      const error = engineError(result);
      writes.rejections.push({
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
    writes.inserted.set(order.id, order);
    writes.touchedBooks.add(book);
    this.open.set(order.id, order);

    const trades = result.trades.map((trade) => this.recordTrade(book, trade, writes, now));
    // The incoming order's own outcome is told by its PLACED event.
    for (const id of result.filled)
      this.retire(this.open.get(id) as BookOrder, OrderStatus.FILLED, id === order.id ? null : OrderChange.FILLED, writes);
    let incomingReleased = 0;
    for (const closed of result.closed) {
      const released = this.close(closed, writes, closed.orderId === order.id);
      if (closed.orderId === order.id) incomingReleased = released;
    }
    writes.event(OrderChange.PLACED, order, incomingReleased);
    writes.settlements.push(() => operation.done.resolve({ order: toView(order), trades }));
  }

  private recordTrade(book: Book, trade: Trade, writes: BatchWrites, now: number): TradeRecord {
    const bid = this.open.get(trade.bidId) as BookOrder;
    const ask = this.open.get(trade.askId) as BookOrder;
    for (const order of [bid, ask]) {
      order.openQuantity -= trade.quantity;
      order.filledQuantity += trade.quantity;
      writes.changed(order);
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
      amountMinor: trade.quantity * trade.price,
      takerSide: trade.takerSide === 'BID' ? OrderSide.BID : OrderSide.ASK,
      matchedAt: new Date(now).toISOString(),
    };
    writes.trades.push({ ...record, askReservationId: ask.reservationId as string });
    return record;
  }

  /**
   * Closes an order's remainder; returns how much was open (an ask's stock to release). The
   * incoming order's close is told by its PLACED event, so it gets no event of its own.
   */
  private close(closed: ClosedOrder, writes: BatchWrites, incoming = false): number {
    const order = this.open.get(closed.orderId) as BookOrder;
    order.closeReason = OrderCloseReason[closed.reason];
    return this.retire(order, OrderStatus.CLOSED, incoming ? null : OrderChange.CLOSED, writes);
  }

  /** Takes an order out of the book for good; returns its open remainder (an ask's stock to release). */
  private retire(order: BookOrder, status: OrderStatus, change: OrderChange | null, writes: BatchWrites, book?: Book): number {
    const released = order.openQuantity;
    order.status = status;
    order.openQuantity = 0;
    this.open.delete(order.id);
    writes.changed(order);
    if (book) writes.touchedBooks.add(book);
    if (change) writes.event(change, order, released);
    return released;
  }

  private applyReduce(operation: Extract<Operation, { kind: 'reduce' }>, writes: BatchWrites): void {
    const order = this.ownOpenOrder(operation.orderId, operation.companyId);
    const book = this.bookFor(order.productId, order.currency);
    const result = book.engine.reduce(order.id, operation.openQuantity);
    if (isRejection(result)) throw engineError(result);
    const released = order.openQuantity - result.remainingQuantity;
    order.quantity -= released;
    order.openQuantity = result.remainingQuantity;
    writes.changed(order);
    writes.touchedBooks.add(book);
    writes.event(OrderChange.REDUCED, order, released);
    if (result.closed) this.close(result.closed, writes);
    writes.settlements.push(() => operation.done.resolve(toView(order)));
  }

  private applyCancel(operation: Extract<Operation, { kind: 'cancel' }>, writes: BatchWrites): void {
    const order = this.ownOpenOrder(operation.orderId, operation.companyId);
    const book = this.bookFor(order.productId, order.currency);
    const result = book.engine.cancel(order.id);
    if (isRejection(result)) throw engineError(result);
    this.retire(order, OrderStatus.CANCELLED, OrderChange.CANCELLED, writes, book);
    writes.settlements.push(() => operation.done.resolve(toView(order)));
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

  private expireBook(book: Book, writes: BatchWrites, now: number): void {
    for (const expired of book.engine.expire(now))
      this.retire(this.open.get(expired.id) as BookOrder, OrderStatus.EXPIRED, OrderChange.EXPIRED, writes, book);
  }

  private hasExpiringOrders(): boolean {
    const now = Date.now();
    for (const order of this.open.values()) if (order.expiresAt !== null && order.expiresAt <= now) return true;
    return false;
  }

  private bookFor(productId: string, currency: string): Book {
    const key = `${productId}/${currency}`;
    let book = this.books.get(key);
    if (!book) {
      book = { key, productId, currency, engine: new OrderBook({ companyMayTrade: (companyId) => this.mayTrade(companyId) }) };
      this.books.set(key, book);
    }
    return book;
  }

  /**
   * Writes the batch's orders, trades and events in one statement (atomic on its own: one round
   * trip where a transaction took six); returns the outbox rows written, for the relay.
   */
  private async persist(writes: BatchWrites, now: number): Promise<WrittenOutboxRows | undefined> {
    const statements: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    if (writes.inserted.size > 0) {
      statements.push(
        `new_orders AS (
         INSERT INTO trading_order (id, side, product_id, currency, company_id, legal_entity_id, placed_by, listing_id, reservation_id, region,
                                    accepted_regions, quantity, open_quantity, filled_quantity, limit_price_minor, minimum_fill,
                                    minimum_order_quantity, lot_multiple, expires_at, sequence, status, close_reason, placed_at)
         SELECT id, side, product_id, currency, company_id, legal_entity_id, placed_by, listing_id, reservation_id, region,
                accepted_regions, quantity, open_quantity, filled_quantity, limit_price_minor, minimum_fill,
                minimum_order_quantity, lot_multiple, expires_at, sequence, status, close_reason, placed_at
           FROM jsonb_to_recordset(${param(JSON.stringify([...writes.inserted.values()].map(toRecord)))}::jsonb) AS x(${ORDER_RECORD_COLUMNS}))`,
      );
    }
    // Orders placed in this batch are in new_orders with their state at its end, never here too.
    if (writes.updated.size > 0) {
      statements.push(
        `changed_orders AS (
         UPDATE trading_order o SET quantity = x.quantity, open_quantity = x.open_quantity, filled_quantity = x.filled_quantity,
                status = x.status, close_reason = x.close_reason, updated_at = now()
           FROM jsonb_to_recordset(${param(JSON.stringify([...writes.updated.values()].map(toRecord)))}::jsonb) AS x(${ORDER_RECORD_COLUMNS})
          WHERE o.id = x.id AND o.id = ANY (${param([...writes.updated.keys()])}::uuid[]))`,
        // The id list lets the planner find the rows by primary key: joined with the record set
        // alone (which it guesses at 100 rows) it read the whole table on every commit.
      );
    }
    if (writes.trades.length > 0) {
      const trades = writes.trades.map((trade) => ({
        id: trade.id,
        product_id: trade.productId,
        currency: trade.currency,
        bid_id: trade.bidId,
        ask_id: trade.askId,
        buyer_company_id: trade.buyerCompanyId,
        seller_company_id: trade.sellerCompanyId,
        listing_id: trade.listingId,
        quantity: trade.quantity,
        price_minor: trade.priceMinor,
        amount_minor: trade.amountMinor,
        taker_side: trade.takerSide,
        sequence: ++this.sequence,
        matched_at: new Date(now).toISOString(),
      }));
      statements.push(
        `new_trades AS (
         INSERT INTO trade (id, product_id, currency, bid_id, ask_id, buyer_company_id, seller_company_id, listing_id, quantity,
                            price_minor, amount_minor, taker_side, sequence, matched_at)
         SELECT id, product_id, currency, bid_id, ask_id, buyer_company_id, seller_company_id, listing_id, quantity,
                price_minor, amount_minor, taker_side, sequence, matched_at
           FROM jsonb_to_recordset(${param(JSON.stringify(trades))}::jsonb) AS x(id uuid, product_id uuid, currency text, bid_id uuid, ask_id uuid,
                buyer_company_id uuid, seller_company_id uuid, listing_id uuid, quantity bigint, price_minor bigint, amount_minor bigint,
                taker_side text, sequence bigint, matched_at timestamptz))`,
      );
    }
    const { rows } = await this.outbox.writeWith(
      this.dataSource,
      [
        outboxBatch(
          orderRejected,
          writes.rejections.map((rejection) => ({
            key: rejection.productId ?? rejection.orderId,
            payload: {
              orderId: rejection.orderId,
              side: rejection.side,
              productId: rejection.productId,
              companyId: rejection.companyId,
              reservationId: rejection.reservationId,
              reason: rejection.error.code,
              message: rejection.error.message,
            },
          })),
        ),
        outboxBatch(
          tradeMatched,
          writes.trades.map((trade) => ({ key: trade.productId, payload: trade })),
        ),
        outboxBatch(
          orderChanged,
          writes.orderEvents.map((event) => ({ key: event.order.productId, payload: event })),
        ),
        outboxBatch(
          bookChanged,
          this.depthsToPublish(writes.touchedBooks, now).map((book) => ({
            key: book.productId,
            payload: this.depth(book.productId, book.currency, 10),
          })),
        ),
      ],
      statements,
      values,
    );
    return rows;
  }

  /**
   * The books whose depth this batch publishes: those changed now or before whose last depth
   * is DEPTH_EVERY_MS old. The others wait, and a timer brings their turn.
   */
  private depthsToPublish(touched: ReadonlySet<Book>, now: number): Book[] {
    for (const book of touched) this.depthDue.add(book);
    const publish: Book[] = [];
    let nextTurn = Number.POSITIVE_INFINITY;
    for (const book of this.depthDue) {
      const turn = (this.depthPublishedAt.get(book) ?? Number.NEGATIVE_INFINITY) + DEPTH_EVERY_MS;
      if (turn <= now) publish.push(book);
      else nextTurn = Math.min(nextTurn, turn);
    }
    for (const book of publish) {
      this.depthDue.delete(book);
      this.depthPublishedAt.set(book, now);
    }
    if (nextTurn !== Number.POSITIVE_INFINITY && this.depthTimer === undefined && !this.stopped) {
      this.depthTimer = setTimeout(() => {
        this.depthTimer = undefined;
        this.submit<void>((done) => ({ kind: 'depth', done })).catch(() => undefined);
      }, nextTurn - now);
    }
    return publish;
  }

  /** Forgets the in-memory books and rebuilds them, exactly, from the open orders in sequence order. */
  private async rebuild(): Promise<void> {
    this.books.clear();
    this.open.clear();
    // Depths waiting for their turn belong to the books just dropped (and one that was due may not have been committed).
    this.depthPublishedAt.clear();
    this.depthDue.clear();
    const statuses: Array<{ company_id: string; status: string; kind: string }> = await this.dataSource.query(
      `SELECT company_id, status, kind FROM company_status`,
    );
    for (const row of statuses) {
      this.companyStatus.set(row.company_id, row.status);
      this.companyKind.set(row.company_id, row.kind);
    }
    const [{ max }] = await this.dataSource.query(
      `SELECT greatest((SELECT max(sequence) FROM trading_order), (SELECT max(sequence) FROM trade), 0)::bigint AS max`,
    );
    this.sequence = Number(max);
    const rows: OrderRow[] = await this.dataSource.query(`SELECT * FROM trading_order WHERE status = 'OPEN' ORDER BY sequence`);
    for (const row of rows) {
      const order = fromRow(row);
      const restored = this.bookFor(order.productId, order.currency).engine.restore(toEngineInput(order));
      if (isRejection(restored)) throw new Error(`order ${order.id} cannot be restored: ${restored.message}`);
      this.open.set(order.id, order);
    }
    this.logger.log({ msg: 'books rebuilt', books: this.books.size, openOrders: rows.length, sequence: this.sequence });
    // A suspension seen before a crash but not yet acted on: cancel what such companies left open.
    for (const order of [...this.open.values()]) {
      if (!this.mayTrade(order.companyId)) this.cancel(order.id, null).catch(() => undefined);
    }
  }
}
