import { CompanyStandings, CompanyStatusModule } from '@lotbook/company-status';
import { IdempotencyStore } from '@lotbook/platform';
import { Module } from '@nestjs/common';
import { BookKeeper } from './book/book-keeper.service';
import { BookRepository } from './book/book.repository';
import { CatalogClient } from './intake/catalog.client';
import { OrderCommandServer } from './intake/order-command.server';
import { OrderIntake } from './intake/order-intake.service';
import { ListingListener } from './listeners/listing.listener';
import { OrderQueries } from './queries/order-query.service';
import { TradingController } from './trading.controller';

@Module({
  imports: [CompanyStatusModule],
  controllers: [TradingController],
  providers: [
    CompanyStandings,
    BookRepository,
    BookKeeper,
    CatalogClient,
    OrderIntake,
    OrderQueries,
    OrderCommandServer,
    ListingListener,
    IdempotencyStore,
  ],
})
export class TradingModule {}
