import { CompanyStatusModule } from '@lotbook/company-status';
import { IdempotencyStore } from '@lotbook/platform';
import { Module } from '@nestjs/common';
import { CatalogClient } from './clients/catalog.client';
import { CounterpartiesClient } from './clients/counterparties.client';
import { TradingClient } from './clients/trading.client';
import { ReturnsListener } from './listeners/returns.listener';
import { SettlementsListener } from './listeners/settlements.listener';
import { TradingListener } from './listeners/trading.listener';
import { OrdersController } from './orders.controller';
import { BidService } from './services/bid.service';
import { CartService } from './services/cart.service';
import { CheckoutService } from './services/checkout.service';
import { CreditService } from './services/credit.service';
import { OrderLifecycleService } from './services/order-lifecycle.service';
import { OrderQueryService } from './services/order-query.service';
import { OrderSweeper } from './services/order-sweeper';
import { OrderRepository } from './services/order.repository';
import { PricingTablesService } from './services/pricing-tables.service';
import { QuickOrderService } from './services/quick-order.service';
import { ReturnPolicyProjection } from './services/return-policy.projection';
import { TradeOrderService } from './services/trade-order.service';

@Module({
  imports: [CompanyStatusModule],
  controllers: [OrdersController],
  providers: [
    CatalogClient,
    CounterpartiesClient,
    TradingClient,
    BidService,
    OrderRepository,
    PricingTablesService,
    ReturnPolicyProjection,
    CreditService,
    CartService,
    CheckoutService,
    OrderLifecycleService,
    OrderQueryService,
    QuickOrderService,
    TradeOrderService,
    TradingListener,
    SettlementsListener,
    ReturnsListener,
    OrderSweeper,
    IdempotencyStore,
  ],
})
export class OrdersModule {}
