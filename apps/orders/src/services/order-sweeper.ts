import { SellerOrderStatus, sellerOrderEscalated } from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { Outbox } from '@lotbook/messaging';
import { ordersToComplete, overdueStatuses, type OrderStatus, type StatusTimeLimits } from '@lotbook/orders-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CounterpartiesClient } from '../clients/counterparties.client';
import type { OrdersConfig } from '../orders.config';
import { BidService } from './bid.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { ReturnPolicyProjection } from './return-policy.projection';

/** Who must act when an order stays too long in a status: the buyer before placement, the seller after. */
const RESPONSIBLE: Partial<Record<SellerOrderStatus, 'buyer' | 'seller'>> = {
  PENDING_APPROVAL: 'buyer',
  AWAITING_PAYMENT: 'buyer',
  PLACED: 'seller',
  CONFIRMED: 'seller',
  SHIPPED: 'seller',
};

/**
 * The clock of the order lifecycle, run by one replica at a time (an advisory lock): purchases
 * whose approval expired are cancelled, orders that stay longer than their status's limit are
 * escalated once to the responsible company's account manager, shipped orders count as
 * delivered N days after shipping, delivered ones complete when their return window closes (their
 * seller's own, or the return policy's default as returns last told it).
 * A suspended company's unconfirmed orders are cancelled as the status change is recorded.
 */
@Injectable()
export class OrderSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycleService,
    private readonly counterparties: CounterpartiesClient,
    private readonly outbox: Outbox,
    private readonly bids: BidService,
    private readonly returnPolicy: ReturnPolicyProjection,
    standings: CompanyStatusProjection,
    @Inject(SERVICE_CONFIG) private readonly config: OrdersConfig,
  ) {
    standings.onChange((change) => {
      if (change.standing === 'SUSPENDED' || change.standing === 'REJECTED') void this.cancelUnconfirmedOf(change.companyId);
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => this.logger.warn({ msg: 'order sweep failed; next round tries again', error: String(error) }))
        .finally(() => (this.running = undefined));
    }, this.config.ORDERS_SWEEP_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext('orders.sweeper')) AS locked`)) as Array<{
        locked: boolean;
      }>;
      if (!locked) return;
      try {
        await this.cancelOfSuspended();
        await this.expireApprovals();
        await this.bids.expireWaiting();
        await this.escalate();
        await this.autoDeliver();
        await this.complete();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('orders.sweeper'))`);
      }
    } finally {
      await runner.release();
    }
  }

  private async expireApprovals(): Promise<void> {
    const expired: Array<{ id: string }> = await this.dataSource.query(
      `UPDATE purchase SET approval_status = 'EXPIRED', approval_decided_at = now()
        WHERE approval_status = 'PENDING' AND approval_expires_at <= now() RETURNING id`,
    );
    for (const purchase of expired) {
      const orders: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM seller_order WHERE purchase_id = $1`, [
        purchase.id,
      ]);
      for (const order of orders)
        await this.lifecycle.systemStep(order.id, { action: 'CANCEL' }, 'no approver decided before the approval expired');
    }
  }

  private async escalate(): Promise<void> {
    const limits = this.limits();
    const rows: Array<{
      id: string;
      status: OrderStatus;
      status_changed_at: Date;
      escalated: boolean;
      buyer_company_id: string;
      seller_company_id: string;
    }> = await this.dataSource.query(
      `SELECT id, status, status_changed_at, (escalated_status IS NOT DISTINCT FROM status) AS escalated, buyer_company_id, seller_company_id
           FROM seller_order WHERE status = ANY ($1::text[]) AND escalated_status IS DISTINCT FROM status`,
      [Object.keys(limits)],
    );
    const overdue = overdueStatuses(
      new Date(),
      rows.map((row) => ({ orderId: row.id, status: row.status, statusSince: row.status_changed_at, escalated: row.escalated })),
      limits,
    );
    for (const late of overdue) {
      const row = rows.find((candidate) => candidate.id === late.orderId) as (typeof rows)[number];
      const responsibleCompanyId = RESPONSIBLE[late.status as SellerOrderStatus] === 'buyer' ? row.buyer_company_id : row.seller_company_id;
      const profile = await this.counterparties.profile(responsibleCompanyId).catch(() => undefined);
      await this.dataSource.transaction(async (transaction) => {
        const marked: unknown[] = await transaction.query(
          `UPDATE seller_order SET escalated_status = status WHERE id = $1 AND status = $2 AND escalated_status IS DISTINCT FROM status RETURNING id`,
          [late.orderId, late.status],
        );
        if (marked.length === 0) return;
        await this.outbox.enqueue(transaction, sellerOrderEscalated, {
          key: late.orderId,
          payload: {
            orderId: late.orderId,
            status: late.status as SellerOrderStatus,
            since: late.statusSince.toISOString(),
            limitSeconds: Math.round(late.limitMillis / 1000),
            responsibleCompanyId,
            accountManagerId: profile?.accountManagerId ?? null,
          },
        });
      });
    }
  }

  private async autoDeliver(): Promise<void> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM seller_order WHERE status = 'SHIPPED' AND shipped_at + make_interval(secs => $1) <= now()`,
      [this.config.ORDERS_AUTO_DELIVER_SECONDS],
    );
    for (const order of due) {
      await this.lifecycle.systemStep(order.id, { action: 'DELIVER' }, 'delivered: the buyer did not report otherwise in time', {
        delivered_at: new Date(),
      });
    }
  }

  /**
   * Completes the delivered orders whose return window has closed (`ordersToComplete`). The query
   * only narrows the rows to those whose shorter window of the two (the stored one, the policy's
   * default) has passed; the rule decides which window is the order's.
   */
  private async complete(): Promise<void> {
    const daySeconds = this.config.ORDERS_RETURN_WINDOW_DAY_SECONDS;
    const policy = await this.returnPolicy.current();
    const rows: Array<{ id: string; delivered_at: Date; return_window_days: number; return_window_set_by_seller: boolean }> =
      await this.dataSource.query(
        `SELECT id, delivered_at, return_window_days, return_window_set_by_seller FROM seller_order
          WHERE status = 'DELIVERED' AND delivered_at + make_interval(secs => LEAST(return_window_days, $2) * $1) < now()`,
        [daySeconds, policy.defaultReturnWindowDays],
      );
    const due = ordersToComplete(
      new Date(),
      rows.map((row) => ({
        orderId: row.id,
        deliveredAt: row.delivered_at,
        returnWindowDays: row.return_window_days,
        returnWindowSetBySeller: row.return_window_set_by_seller,
      })),
      policy,
      daySeconds,
    );
    for (const order of due) await this.lifecycle.systemStep(order.orderId, { action: 'COMPLETE' }, 'the return window closed');
  }

  /** Catches up with a suspension whose change was recorded just before a crash (the projection tells a change once). */
  private async cancelOfSuspended(): Promise<void> {
    const companies: Array<{ company_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT s.company_id FROM company_status s JOIN seller_order o ON s.company_id IN (o.buyer_company_id, o.seller_company_id)
        WHERE s.status IN ('SUSPENDED', 'REJECTED') AND o.status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'PLACED')`,
    );
    for (const company of companies) await this.cancelUnconfirmedOf(company.company_id);
  }

  /** A suspended buyer's or seller's orders that are not confirmed yet are cancelled and their stock released; confirmed ones go on. */
  async cancelUnconfirmedOf(companyId: string): Promise<void> {
    const orders: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM seller_order WHERE (buyer_company_id = $1 OR seller_company_id = $1)
          AND status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'PLACED')`,
      [companyId],
    );
    for (const order of orders) {
      await this.lifecycle
        .systemStep(order.id, { action: 'CANCEL' }, `company ${companyId} was suspended`)
        .catch((error: unknown) =>
          this.logger.warn({ msg: 'could not cancel an order of a suspended company', orderId: order.id, error: String(error) }),
        );
    }
  }

  private limits(): StatusTimeLimits {
    const seconds = (value: number) => value * 1000;
    return {
      PENDING_APPROVAL: seconds(this.config.ORDERS_LIMIT_PENDING_APPROVAL_SECONDS),
      AWAITING_PAYMENT: seconds(this.config.ORDERS_LIMIT_AWAITING_PAYMENT_SECONDS),
      PLACED: seconds(this.config.ORDERS_LIMIT_PLACED_SECONDS),
      CONFIRMED: seconds(this.config.ORDERS_LIMIT_CONFIRMED_SECONDS),
      SHIPPED: seconds(this.config.ORDERS_LIMIT_SHIPPED_SECONDS),
    };
  }
}
