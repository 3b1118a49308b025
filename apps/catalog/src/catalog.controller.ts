import { catalogCommands as commands, stockCommands, uploadCommands } from '@lotbook/contracts';
import { answerCommand, IdempotencyStore, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CategoryService } from './services/category.service';
import { ContractPriceService } from './services/contract-price.service';
import { ListingService } from './services/listing.service';
import { ProductService } from './services/product.service';
import { ReservationService } from './services/reservation.service';
import { SearchService } from './services/search.service';
import { UploadService } from './services/upload.service';

/** The catalog commands the gateway sends over Kafka request-reply. Thin: validate, call, answer. */
@Controller()
export class CatalogController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly categories: CategoryService,
    private readonly products: ProductService,
    private readonly listings: ListingService,
    private readonly reservations: ReservationService,
    private readonly contractPrices: ContractPriceService,
    private readonly searches: SearchService,
    private readonly uploads: UploadService,
    private readonly idempotency: IdempotencyStore,
  ) {}

  @MessagePattern(uploadCommands.beginUpload.request.name)
  beginUpload(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      uploadCommands.beginUpload,
      message,
      ({ actor, idempotencyKey: _key, ...upload }) => this.uploads.begin(actor, upload),
      this.idempotency,
    );
  }

  @MessagePattern(uploadCommands.putUploadChunk.request.name)
  putUploadChunk(@Payload() message: unknown) {
    return answerCommand(this.context, uploadCommands.putUploadChunk, message, (request) =>
      this.uploads.putChunk(request.actor, request.uploadId, request.index, request.dataBase64),
    );
  }

  @MessagePattern(uploadCommands.submitUpload.request.name)
  submitUpload(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      uploadCommands.submitUpload,
      message,
      (request) => this.uploads.submit(request.actor, request.uploadId),
      this.idempotency,
    );
  }

  @MessagePattern(uploadCommands.getUpload.request.name)
  getUpload(@Payload() message: unknown) {
    return answerCommand(this.context, uploadCommands.getUpload, message, (request) => this.uploads.get(request.actor, request.uploadId));
  }

  @MessagePattern(uploadCommands.listUploads.request.name)
  listUploads(@Payload() message: unknown) {
    return answerCommand(this.context, uploadCommands.listUploads, message, async (request) => ({
      uploads: await this.uploads.list(request.actor, request.first),
    }));
  }

  @MessagePattern(uploadCommands.uploadRows.request.name)
  uploadRows(@Payload() message: unknown) {
    return answerCommand(this.context, uploadCommands.uploadRows, message, ({ actor, uploadId, ...page }) =>
      this.uploads.rows(actor, uploadId, page),
    );
  }

  @MessagePattern(commands.productOffers.request.name)
  productOffers(@Payload() message: unknown) {
    return answerCommand(this.context, commands.productOffers, message, async (request) => ({
      offers: await this.listings.offers(request.actor, request.productId, request.quantity),
    }));
  }

  @MessagePattern(commands.searchListings.request.name)
  searchListings(@Payload() message: unknown) {
    return answerCommand(this.context, commands.searchListings, message, ({ actor: _actor, ...input }) => this.searches.search(input));
  }

  @MessagePattern(commands.setContractPrice.request.name)
  setContractPrice(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setContractPrice,
      message,
      ({ actor, idempotencyKey: _key, ...input }) => this.contractPrices.set(actor, input),
      this.idempotency,
    );
  }

  @MessagePattern(stockCommands.reserveStock.request.name)
  reserveStock(@Payload() message: unknown) {
    return answerCommand(this.context, stockCommands.reserveStock, message, (request) => this.reservations.reserve(request));
  }

  @MessagePattern(stockCommands.reserveLines.request.name)
  reserveLines(@Payload() message: unknown) {
    return answerCommand(this.context, stockCommands.reserveLines, message, (request) => this.reservations.reserveLines(request));
  }

  @MessagePattern(stockCommands.tradingTerms.request.name)
  tradingTerms(@Payload() message: unknown) {
    return answerCommand(this.context, stockCommands.tradingTerms, message, (request) =>
      this.listings.tradingTerms(request.productId, request.listingId),
    );
  }

  @MessagePattern(stockCommands.releaseStock.request.name)
  releaseStock(@Payload() message: unknown) {
    return answerCommand(this.context, stockCommands.releaseStock, message, (request) => this.reservations.release(request.reservationId));
  }

  @MessagePattern(stockCommands.commitStock.request.name)
  commitStock(@Payload() message: unknown) {
    return answerCommand(this.context, stockCommands.commitStock, message, (request) => this.reservations.commit(request.reservationId));
  }

  @MessagePattern(commands.createCategory.request.name)
  createCategory(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.createCategory,
      message,
      (request) => this.categories.create(request.actor, request.name, request.parentId),
      this.idempotency,
    );
  }

  @MessagePattern(commands.listCategories.request.name)
  listCategories(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listCategories, message, async () => ({ categories: await this.categories.list() }));
  }

  @MessagePattern(commands.getProduct.request.name)
  getProduct(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getProduct, message, (request) => this.products.view(request.actor, request.productId));
  }

  @MessagePattern(commands.proposeProduct.request.name)
  proposeProduct(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.proposeProduct,
      message,
      ({ actor, idempotencyKey: _key, ...input }) => this.products.propose(actor, input),
      this.idempotency,
    );
  }

  @MessagePattern(commands.reviewProduct.request.name)
  reviewProduct(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.reviewProduct,
      message,
      (request) => this.products.review(request.actor, request.productId, request.approve, request.reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.saveListing.request.name)
  saveListing(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.saveListing,
      message,
      ({ actor, idempotencyKey: _key, ...input }) => this.listings.save(actor, input),
      this.idempotency,
    );
  }

  @MessagePattern(commands.quotePrice.request.name)
  quotePrice(@Payload() message: unknown) {
    return answerCommand(this.context, commands.quotePrice, message, (request) =>
      this.listings.quote(request.actor, request.listingId, request.quantity),
    );
  }
}
