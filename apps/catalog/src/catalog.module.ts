import { CompanyStatusModule } from '@lotbook/company-status';
import { IdempotencyStore } from '@lotbook/platform';
import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { OrderQueriesController } from './order-queries.controller';
import { OrderPricingService } from './services/order-pricing.service';
import { AskReservationServer } from './commands/ask-reservation.server';
import { AskReservationService } from './services/ask-reservation.service';
import { CategoryService } from './services/category.service';
import { ContractPriceService } from './services/contract-price.service';
import { ListingService } from './services/listing.service';
import { ProductService } from './services/product.service';
import { ReservationService, ReservationSweeper } from './services/reservation.service';
import { TradingListener } from './listeners/trading.listener';
import { ReturnsListener } from './listeners/returns.listener';
import { ReturnedStockService } from './services/returned-stock.service';
import { ListingImportService } from './services/listing-import.service';
import { SearchService } from './services/search.service';
import { UploadProcessor } from './services/upload-processor';
import { UploadService } from './services/upload.service';

@Module({
  imports: [CompanyStatusModule],
  controllers: [CatalogController, OrderQueriesController],
  providers: [
    CategoryService,
    ProductService,
    ListingService,
    ReservationService,
    ReservationSweeper,
    AskReservationService,
    AskReservationServer,
    TradingListener,
    ReturnsListener,
    ReturnedStockService,
    ContractPriceService,
    SearchService,
    ListingImportService,
    UploadService,
    UploadProcessor,
    OrderPricingService,
    IdempotencyStore,
  ],
})
export class CatalogModule {}
