import { catalogOrderQueries as queries } from '@lotbook/contracts';
import { answerCommand, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderPricingService } from './services/order-pricing.service';

/** The queries orders sends when it prices a cart or resolves a quick order. */
@Controller()
export class OrderQueriesController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly pricing: OrderPricingService,
  ) {}

  @MessagePattern(queries.priceLines.request.name)
  priceLines(@Payload() message: unknown) {
    return answerCommand(this.context, queries.priceLines, message, (request) => this.pricing.priceLines(request.buyerCompanyId, request.lines));
  }

  @MessagePattern(queries.resolveReferences.request.name)
  resolveReferences(@Payload() message: unknown) {
    return answerCommand(this.context, queries.resolveReferences, message, (request) =>
      this.pricing.resolveReferences(request.buyerCompanyId, request.rows),
    );
  }

  @MessagePattern(queries.settleReservation.request.name)
  settleReservation(@Payload() message: unknown) {
    return answerCommand(this.context, queries.settleReservation, message, (request) => this.pricing.settle(request));
  }
}
