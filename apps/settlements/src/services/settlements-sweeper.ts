import { overdue } from '@lotbook/settlements-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SettlementsConfig } from '../settlements.config';
import { InvoiceBook, live } from './invoice.book';
import { PayoutService } from './payout.service';

/**
 * The clock of settlements, run by one replica at a time (an advisory lock): invoices on net
 * terms past their due date become OVERDUE (the domain's `overdue`, which returns an invoice
 * once, so the event is raised once) and their buyer's exposure says so; payouts whose date
 * has come fall due.
 */
@Injectable()
export class SettlementsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SettlementsSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceBook,
    private readonly payouts: PayoutService,
    @Inject(SERVICE_CONFIG) private readonly config: SettlementsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => this.logger.warn({ msg: 'settlements sweep failed; next round tries again', error: String(error) }))
        .finally(() => (this.running = undefined));
    }, this.config.SETTLEMENTS_SWEEP_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(now: Date = new Date()): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext('settlements.sweeper')) AS locked`)) as Array<{
        locked: boolean;
      }>;
      if (!locked) return;
      try {
        await this.markOverdue(now);
        await this.payouts.closeDue(now);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('settlements.sweeper'))`);
      }
    } finally {
      await runner.release();
    }
  }

  /** Invoices past due with something left to pay become OVERDUE, once; returns how many. */
  async markOverdue(now: Date = new Date()): Promise<number> {
    const late: Array<{ buyer_company_id: string; currency: string }> = await this.dataSource.query(
      `SELECT DISTINCT buyer_company_id, currency FROM invoice
        WHERE terms = 'NET_TERMS' AND status IN ('ISSUED', 'PARTIALLY_PAID') AND due_at < $1 LIMIT 1000`,
      [now.toISOString()],
    );
    let marked = 0;
    for (const row of late) {
      const pair = { buyerCompanyId: row.buyer_company_id, currency: row.currency };
      marked += await this.dataSource.transaction(async (transaction) => {
        await this.invoices.lockBuyers(transaction, [pair]);
        const open = live(await this.invoices.openOf(transaction, pair));
        const lateOnes = overdue(now, open);
        if (lateOnes.length === 0) return 0;
        const before = new Map(open.map((invoice) => [invoice.id, invoice.status]));
        await this.invoices.save(
          transaction,
          lateOnes,
          lateOnes.map((invoice) => ({ invoiceId: invoice.id, from: before.get(invoice.id) ?? 'ISSUED', to: 'OVERDUE' })),
          'OVERDUE',
        );
        await this.invoices.publishExposure(transaction, [pair]);
        return lateOnes.length;
      });
    }
    return marked;
  }
}
