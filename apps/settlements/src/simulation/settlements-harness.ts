import { lotbookTopics, type CompanyProfile } from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import type { DataSource } from 'typeorm';
import type { CounterpartiesClient } from '../clients/counterparties.client';
import { settlementsMigrations } from '../migrations';
import type { SettlementsConfig } from '../settlements.config';
import { Bookkeeper } from '../services/bookkeeper.service';
import { InvoiceBook } from '../services/invoice.book';
import { LedgerQueryService } from '../services/ledger-query.service';
import { LedgerStore } from '../services/ledger.store';
import { OrderSettlementService } from '../services/order-settlement.service';
import { PaymentService } from '../services/payment.service';
import { PayoutService } from '../services/payout.service';
import { RefundService } from '../services/refund.service';
import { ReturnSettlementService } from '../services/return-settlement.service';
import { SettlementsSweeper } from '../services/settlements-sweeper';

/**
 * The settlements service's own classes wired by hand on a database, without Nest, Kafka or
 * the gateway: what the seeded simulation drives, so it runs the very posting code the service
 * runs, at the speed of PostgreSQL alone.
 */
export interface SettlementsHarness {
  readonly dataSource: DataSource;
  readonly ledger: LedgerStore;
  readonly invoices: InvoiceBook;
  readonly payouts: PayoutService;
  readonly orders: OrderSettlementService;
  readonly returns: ReturnSettlementService;
  readonly payments: PaymentService;
  readonly refunds: RefundService;
  readonly queries: LedgerQueryService;
  readonly sweeper: SettlementsSweeper;
  close(): Promise<void>;
}

export async function startHarness(url: string, profiles: ReadonlyMap<string, CompanyProfile> = new Map()): Promise<SettlementsHarness> {
  const dataSource = createServiceDataSource({
    url,
    schema: 'settlements',
    entities: [],
    migrations: settlementsMigrations,
    applicationName: 'settlements-harness',
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  const config = {
    SETTLEMENTS_SWEEP_INTERVAL_MS: 60_000,
    SETTLEMENTS_DAY_SECONDS: 86_400,
    SETTLEMENTS_DEFAULT_PAYOUT_PERIOD_DAYS: 7,
  } as SettlementsConfig;
  const outbox = new Outbox(lotbookTopics, 'settlements');
  const ledger = new LedgerStore();
  const invoices = new InvoiceBook(outbox);
  const payouts = new PayoutService(dataSource, ledger, outbox, config);
  const bookkeeper = new Bookkeeper(ledger, payouts);
  const counterparties = { profile: async (companyId: string) => profiles.get(companyId) ?? null } as unknown as CounterpartiesClient;
  const queries = new LedgerQueryService(dataSource);
  return {
    dataSource,
    ledger,
    invoices,
    payouts,
    orders: new OrderSettlementService(bookkeeper, invoices, ledger, config),
    returns: new ReturnSettlementService(bookkeeper, invoices),
    payments: new PaymentService(dataSource, bookkeeper, invoices, outbox, counterparties),
    refunds: new RefundService(dataSource, bookkeeper),
    queries,
    sweeper: new SettlementsSweeper(dataSource, invoices, payouts, config),
    close: () => dataSource.destroy(),
  };
}
