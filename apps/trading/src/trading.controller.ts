import { tradingQueries as queries } from '@lotbook/contracts';
import { answerCommand, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrderQueries } from './queries/order-query.service';

/** Trading's reads, over NestJS's Kafka request-reply; orders themselves arrive through the {@link OrderCommandServer}. */
@Controller()
export class TradingController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly queries: OrderQueries,
  ) {}

  @MessagePattern(queries.findOrder.request.name)
  findOrder(@Payload() message: unknown) {
    return answerCommand(this.context, queries.findOrder, message, (request) => this.queries.find(request.actor, request.orderId));
  }

  @MessagePattern(queries.myOrders.request.name)
  myOrders(@Payload() message: unknown) {
    return answerCommand(this.context, queries.myOrders, message, async ({ actor, ...filter }) => ({
      orders: await this.queries.myOrders(actor, filter),
    }));
  }

  @MessagePattern(queries.myTrades.request.name)
  myTrades(@Payload() message: unknown) {
    return answerCommand(this.context, queries.myTrades, message, async ({ actor, ...filter }) => ({
      trades: await this.queries.myTrades(actor, filter),
    }));
  }

  @MessagePattern(queries.bookDepth.request.name)
  bookDepth(@Payload() message: unknown) {
    return answerCommand(this.context, queries.bookDepth, message, async (request) =>
      this.queries.depth(request.productId, request.currency, request.levels),
    );
  }
}
