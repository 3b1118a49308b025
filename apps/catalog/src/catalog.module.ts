import { CompanyStatusModule } from '@lotbook/company-status';
import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CategoryService } from './services/category.service';
import { ContractPriceService } from './services/contract-price.service';
import { ListingService } from './services/listing.service';
import { ProductService } from './services/product.service';
import { ReservationService } from './services/reservation.service';
import { SearchService } from './services/search.service';

@Module({
  imports: [CompanyStatusModule],
  controllers: [CatalogController],
  providers: [CategoryService, ProductService, ListingService, ReservationService, ContractPriceService, SearchService],
})
export class CatalogModule {}
