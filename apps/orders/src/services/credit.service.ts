import { Money } from '@lotbook/money';
import type { CreditDecision } from '@lotbook/orders-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';

/** The refusal of a purchase or a bid over the credit limit, stating the limit, the exposure and the amount asked. */
export function creditLimitExceeded(decision: Extract<CreditDecision, { kind: 'REFUSED' }>, currency: string): OrdersError {
  const money = (minor: number) => `${Money.of(minor, currency).toDecimal()} ${currency}`;
  return new OrdersError(
    Code.CREDIT_LIMIT_EXCEEDED,
    `over the credit limit: limit ${money(decision.limitMinor)}, exposure ${money(decision.exposureMinor)}, asked ${money(decision.requestedMinor)}`,
    'creditLimit',
  );
}

/**
 * A buyer's credit exposure in a currency: its unpaid invoices (as settlements last reported,
 * naming the orders they cover) plus its own orders on net terms, placed or later and not
 * cancelled, that no such report has named yet.
 */
@Injectable()
export class CreditService {
  constructor(private readonly dataSource: DataSource) {}

  async exposure(buyerCompanyId: string, currency: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: Array<{ exposure: string }> = await manager.query(
      `SELECT coalesce((SELECT unpaid_minor FROM credit_exposure WHERE buyer_company_id = $1 AND currency = $2), 0)
            + coalesce((SELECT sum(buyer_pays_minor) FROM seller_order
                         WHERE buyer_company_id = $1 AND currency = $2 AND payment_mode = 'NET_TERMS'
                           AND status NOT IN ('CANCELLED') AND NOT credit_settled), 0)
            + coalesce((SELECT sum(greatest(0, least(open_snapshot, quantity - filled_quantity)) * limit_price_minor) FROM bid_hold
                         WHERE buyer_company_id = $1 AND currency = $2), 0) AS exposure`,
      [buyerCompanyId, currency],
    );
    return Number(row.exposure);
  }

  /** Whether settlements reported an overdue invoice of the buyer: its orders may not ship (CREDIT_HOLD). */
  async onHold(buyerCompanyId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM credit_exposure WHERE buyer_company_id = $1 AND overdue`, [buyerCompanyId]);
    return rows.length > 0;
  }
}
