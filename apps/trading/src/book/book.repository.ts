import {
  bookChanged,
  OrderChange,
  orderChanged,
  orderRejected,
  OrderSide,
  tradeMatched,
  type BookDepthView,
  type TradeRecord,
  type TradingOrder,
} from '@lotbook/contracts';
import { Outbox, outboxBatch, type WrittenOutboxRows } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TradingError } from '../trading.exception';
import { fromRow, ORDER_RECORD_COLUMNS, toRecord, type BookOrder, type OrderRow } from './book-order';

/** A refusal to publish: an order the intake or the engine refused. */
export interface Rejection {
  orderId: string;
  side: OrderSide;
  productId: string | null;
  companyId: string;
  reservationId: string | null;
  error: TradingError;
}

/** A trade as written: its record, the ask's reservation (for catalog) and its sequence number. */
export type TradeWrite = TradeRecord & { askReservationId: string; sequence: number };

/** Everything one batch of book operations changed: written together, or not at all. */
export interface BookCommit {
  /** Orders placed in the batch, with their state at its end. */
  inserted: readonly BookOrder[];
  /** Orders placed before whose state changed. */
  updated: readonly BookOrder[];
  trades: readonly TradeWrite[];
  orderEvents: ReadonlyArray<{ change: OrderChange; order: TradingOrder; releasedQuantity: number }>;
  rejections: readonly Rejection[];
  depths: readonly BookDepthView[];
}

/**
 * The order book's rows in PostgreSQL: a batch's orders, trades and events written in one
 * statement (atomic on its own: one round trip where a transaction took six), and what a
 * rebuild reads back.
 */
@Injectable()
export class BookRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** The last sequence number given to an order or a trade (0 for an empty book). */
  async lastSequence(): Promise<number> {
    const [{ max }] = await this.dataSource.query(
      `SELECT greatest((SELECT max(sequence) FROM trading_order), (SELECT max(sequence) FROM trade), 0)::bigint AS max`,
    );
    return Number(max);
  }

  /** Every open order, in sequence order: the books as they were last committed. */
  async openOrders(): Promise<BookOrder[]> {
    const rows: OrderRow[] = await this.dataSource.query(`SELECT * FROM trading_order WHERE status = 'OPEN' ORDER BY sequence`);
    return rows.map(fromRow);
  }

  /** Writes a batch in one statement; returns the outbox rows written, for the relay to send as they are. */
  async write(commit: BookCommit): Promise<WrittenOutboxRows | undefined> {
    const statements: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    if (commit.inserted.length > 0) {
      statements.push(
        `new_orders AS (
         INSERT INTO trading_order (id, side, product_id, currency, company_id, legal_entity_id, placed_by, listing_id, reservation_id, region,
                                    accepted_regions, quantity, open_quantity, filled_quantity, limit_price_minor, minimum_fill,
                                    minimum_order_quantity, lot_multiple, expires_at, sequence, status, close_reason, placed_at)
         SELECT id, side, product_id, currency, company_id, legal_entity_id, placed_by, listing_id, reservation_id, region,
                accepted_regions, quantity, open_quantity, filled_quantity, limit_price_minor, minimum_fill,
                minimum_order_quantity, lot_multiple, expires_at, sequence, status, close_reason, placed_at
           FROM jsonb_to_recordset(${param(JSON.stringify(commit.inserted.map(toRecord)))}::jsonb) AS x(${ORDER_RECORD_COLUMNS}))`,
      );
    }
    // Orders placed in this batch are in new_orders with their state at its end, never here too.
    if (commit.updated.length > 0) {
      statements.push(
        `changed_orders AS (
         UPDATE trading_order o SET quantity = x.quantity, open_quantity = x.open_quantity, filled_quantity = x.filled_quantity,
                status = x.status, close_reason = x.close_reason, updated_at = now()
           FROM jsonb_to_recordset(${param(JSON.stringify(commit.updated.map(toRecord)))}::jsonb) AS x(${ORDER_RECORD_COLUMNS})
          WHERE o.id = x.id AND o.id = ANY (${param(commit.updated.map((order) => order.id))}::uuid[]))`,
        // The id list lets the planner find the rows by primary key: joined with the record set
        // alone (which it guesses at 100 rows) it read the whole table on every commit.
      );
    }
    if (commit.trades.length > 0) {
      const trades = commit.trades.map((trade) => ({
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
        sequence: trade.sequence,
        matched_at: trade.matchedAt,
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
          commit.rejections.map((rejection) => ({
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
          // The event carries the trade and the ask's reservation; its sequence stays in the table.
          commit.trades.map(({ sequence: _sequence, ...trade }) => ({ key: trade.productId, payload: trade })),
        ),
        outboxBatch(
          orderChanged,
          commit.orderEvents.map((event) => ({ key: event.order.productId, payload: event })),
        ),
        outboxBatch(
          bookChanged,
          commit.depths.map((depth) => ({ key: depth.productId, payload: depth })),
        ),
      ],
      statements,
      values,
    );
    return rows;
  }
}
