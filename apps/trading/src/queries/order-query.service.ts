import { OrderSide, type Actor, type BookDepthView, type OrderStatus } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BookKeeper } from '../book/book-keeper.service';
import { fromRow, toView, tradeFromRow, type OrderRow } from '../book/book-order';
import { companyOf, TradingError, TradingErrorCode as Code } from '../trading.exception';

/** Reads of orders, trades and depth for the company asking; never another company's orders. */
@Injectable()
export class OrderQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly book: BookKeeper,
  ) {}

  async find(actor: Actor, orderId: string) {
    const rows: OrderRow[] = await this.dataSource.query(`SELECT * FROM trading_order WHERE id = $1 AND company_id = $2`, [
      orderId,
      companyOf(actor),
    ]);
    if (!rows[0]) throw new TradingError(Code.UNKNOWN_ORDER, `you have no order ${orderId}`, 'orderId');
    return toView(fromRow(rows[0]));
  }

  async myOrders(
    actor: Actor,
    filter: { side?: OrderSide; statuses?: OrderStatus[]; productId?: string; first: number; beforeSequence?: number },
  ) {
    const rows: OrderRow[] = await this.dataSource.query(
      `SELECT * FROM trading_order
        WHERE company_id = $1 AND ($2::text IS NULL OR side = $2) AND ($3::text[] IS NULL OR status = ANY($3))
          AND ($4::uuid IS NULL OR product_id = $4) AND ($5::bigint IS NULL OR sequence < $5)
        ORDER BY sequence DESC LIMIT $6`,
      [
        companyOf(actor),
        filter.side ?? null,
        filter.statuses?.length ? filter.statuses : null,
        filter.productId ?? null,
        filter.beforeSequence ?? null,
        filter.first,
      ],
    );
    const ids = rows.map((row) => row.id);
    const fills: Array<Record<string, unknown>> = ids.length
      ? await this.dataSource.query(`SELECT * FROM trade WHERE bid_id = ANY($1) OR ask_id = ANY($1) ORDER BY sequence`, [ids])
      : [];
    return rows.map((row) => ({
      ...toView(fromRow(row)),
      fills: fills.filter((fill) => fill.bid_id === row.id || fill.ask_id === row.id).map(tradeFromRow),
    }));
  }

  /** The company's trades; the counterparty is shown because the company is one of the two sides. */
  async myTrades(actor: Actor, filter: { productId?: string; first: number }) {
    const companyId = companyOf(actor);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT t.*, c.trading_name AS counterparty_name
         FROM trade t
         LEFT JOIN company_status c ON c.company_id = CASE WHEN t.buyer_company_id = $1 THEN t.seller_company_id ELSE t.buyer_company_id END
        WHERE (t.buyer_company_id = $1 OR t.seller_company_id = $1) AND ($2::uuid IS NULL OR t.product_id = $2)
        ORDER BY t.sequence DESC LIMIT $3`,
      [companyId, filter.productId ?? null, filter.first],
    );
    return rows.map((row) => {
      const trade = tradeFromRow(row);
      const buying = trade.buyerCompanyId === companyId;
      return {
        ...trade,
        side: buying ? OrderSide.BID : OrderSide.ASK,
        counterpartyCompanyId: buying ? trade.sellerCompanyId : trade.buyerCompanyId,
        counterpartyName: (row.counterparty_name as string | null) ?? 'unknown company',
      };
    });
  }

  depth(productId: string, currency: string, levels: number): BookDepthView {
    return this.book.depth(productId, currency.trim().toUpperCase(), levels);
  }
}
