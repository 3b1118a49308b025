import { CompanyStatusModule } from '@lotbook/company-status';
import { IdempotencyStore } from '@lotbook/platform';
import { Module } from '@nestjs/common';
import { CounterpartiesClient } from './clients/counterparties.client';
import { OrdersListener } from './listeners/orders.listener';
import { ReturnsListener } from './listeners/returns.listener';
import { SettlementsController } from './settlements.controller';
import { Bookkeeper } from './services/bookkeeper.service';
import { InvoiceQueryService } from './services/invoice-query.service';
import { InvoiceBook } from './services/invoice.book';
import { LedgerQueryService } from './services/ledger-query.service';
import { LedgerStore } from './services/ledger.store';
import { OrderSettlementService } from './services/order-settlement.service';
import { PaymentService } from './services/payment.service';
import { PayoutService } from './services/payout.service';
import { RefundService } from './services/refund.service';
import { ReturnSettlementService } from './services/return-settlement.service';
import { SettlementsSweeper } from './services/settlements-sweeper';
import { StatementService } from './services/statement.service';

@Module({
  imports: [CompanyStatusModule],
  controllers: [SettlementsController],
  providers: [
    IdempotencyStore,
    CounterpartiesClient,
    LedgerStore,
    PayoutService,
    Bookkeeper,
    InvoiceBook,
    InvoiceQueryService,
    OrderSettlementService,
    ReturnSettlementService,
    PaymentService,
    RefundService,
    StatementService,
    LedgerQueryService,
    SettlementsSweeper,
    OrdersListener,
    ReturnsListener,
  ],
})
export class SettlementsModule {}
