import { CompanyStatusModule } from '@lotbook/company-status';
import { IdempotencyStore } from '@lotbook/platform';
import { Module } from '@nestjs/common';
import { OrdersListener } from './listeners/orders.listener';
import { ReturnsController } from './returns.controller';
import { ReturnLifecycleService } from './services/return-lifecycle.service';
import { ReturnPolicyService } from './services/return-policy.service';
import { ReturnQueryService } from './services/return-query.service';
import { ReturnQuoteService } from './services/return-quote.service';
import { ReturnRepository } from './services/return.repository';
import { SellerOrderProjection } from './services/seller-order.projection';

@Module({
  imports: [CompanyStatusModule],
  controllers: [ReturnsController],
  providers: [
    IdempotencyStore,
    SellerOrderProjection,
    ReturnRepository,
    ReturnPolicyService,
    ReturnQuoteService,
    ReturnLifecycleService,
    ReturnQueryService,
    OrdersListener,
  ],
})
export class ReturnsModule {}
