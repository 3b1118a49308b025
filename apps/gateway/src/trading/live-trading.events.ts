import { randomUUID } from 'node:crypto';
import {
  bookChanged,
  lotbookTopics,
  sellerOrderStateChanged,
  tradeMatched,
  type BookDepthView,
  type PayloadOf,
  type SellerOrderRecord,
} from '@lotbook/contracts';
import { createKafka, StartAtEnd } from '@lotbook/messaging';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';

export type TradeMatchedEvent = PayloadOf<typeof tradeMatched>;

interface Listener<T> {
  accept(event: T): boolean;
  push(event: T): void;
}

/** How many undelivered events a slow subscriber may have before the oldest are dropped (depth is a snapshot; the next one corrects it). */
const MAX_BACKLOG = 1_000;

/**
 * Live trading and order events for GraphQL subscriptions: each gateway process reads the book,
 * trade and seller-order topics from "now" in a consumer group of its own, and hands every event to the
 * subscribers whose filter accepts it. That "now" is committed as the group's start before
 * the gateway is ready (`StartAtEnd`): a rejoin in the group's first seconds would otherwise
 * start at the end again and skip a trade someone is waiting to hear of.
 */
@Injectable()
export class LiveTradingEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveTradingEvents.name);
  private readonly books = new Set<Listener<BookDepthView>>();
  private readonly trades = new Set<Listener<TradeMatchedEvent>>();
  private readonly orders = new Set<Listener<SellerOrderRecord>>();
  private consumer: Consumer | undefined;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async onModuleInit(): Promise<void> {
    const kafka = createKafka({ clientId: 'gateway-live', brokers: this.config.KAFKA_BROKERS });
    const groupId = `gateway.live.${randomUUID()}`;
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 50 });
    this.consumer = consumer;
    const startAtEnd = new StartAtEnd(kafka, groupId);
    startAtEnd.attach(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [bookChanged.name, tradeMatched.name, sellerOrderStateChanged.name], fromBeginning: false });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, message }) => {
        try {
          if (topic === bookChanged.name) this.deliver(this.books, lotbookTopics.decode(bookChanged, message.value).payload);
          else if (topic === tradeMatched.name) this.deliver(this.trades, lotbookTopics.decode(tradeMatched, message.value).payload);
          else this.deliver(this.orders, lotbookTopics.decode(sellerOrderStateChanged, message.value).payload.order);
        } catch (error) {
          this.logger.warn({ msg: 'a live event could not be read; subscribers miss it', topic, error: (error as Error).message });
        }
      },
    });
    await startAtEnd.held();
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.disconnect();
  }

  bookChanges(productId: string, currency: string): AsyncIterableIterator<BookDepthView> {
    return this.iterate(
      this.books,
      (depth) => depth.productId === productId && depth.currency === currency,
      (depth) => depth,
    );
  }

  tradesOf<T>(companyId: string, view: (trade: TradeMatchedEvent) => T): AsyncIterableIterator<T> {
    return this.iterate(this.trades, (trade) => trade.buyerCompanyId === companyId || trade.sellerCompanyId === companyId, view);
  }

  /** Seller orders of a company (bought or sold) as their status changes; every order for an operator (companyId null). */
  orderChangesOf(companyId: string | null): AsyncIterableIterator<SellerOrderRecord> {
    return this.iterate(
      this.orders,
      (order) => companyId === null || order.buyerCompanyId === companyId || order.sellerCompanyId === companyId,
      (order) => order,
    );
  }

  private deliver<T>(listeners: Set<Listener<T>>, event: T): void {
    for (const listener of listeners) if (listener.accept(event)) listener.push(event);
  }

  /** An async iterator fed by pushes; it ends, and stops listening, when the subscriber goes away. */
  private iterate<T, V>(listeners: Set<Listener<T>>, accept: (event: T) => boolean, view: (event: T) => V): AsyncIterableIterator<V> {
    const backlog: V[] = [];
    let waiting: ((result: IteratorResult<V>) => void) | undefined;
    const listener: Listener<T> = {
      accept,
      push: (raw) => {
        const event = view(raw);
        if (waiting) {
          const resolve = waiting;
          waiting = undefined;
          resolve({ value: event, done: false });
        } else {
          backlog.push(event);
          if (backlog.length > MAX_BACKLOG) backlog.shift();
        }
      },
    };
    listeners.add(listener);
    const finish = (): Promise<IteratorResult<V>> => {
      listeners.delete(listener);
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (!listeners.has(listener)) return Promise.resolve({ value: undefined, done: true });
        const event = backlog.shift();
        if (event !== undefined) return Promise.resolve({ value: event, done: false });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: finish,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
