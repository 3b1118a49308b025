import { orderCommands as commands } from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { BatchCommandServer, batchRoute, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { BookKeeper } from '../book/book-keeper.service';
import { OrderIntake } from './order-intake.service';

/**
 * Takes place, reduce and cancel commands off Kafka a batch at a time and hands them to the
 * intake in arrival order, so the book keeper can commit many in one transaction. It also
 * passes company standing changes to the book keeper (a suspension cancels the company's orders).
 */
@Injectable()
export class OrderCommandServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderCommandServer.name);
  private readonly servers: BatchCommandServer[];

  constructor(
    kafka: Kafka,
    @Inject(SERVICE_CONTEXT) context: ServiceContext,
    intake: OrderIntake,
    book: BookKeeper,
    standings: CompanyStatusProjection,
  ) {
    standings.onChange((change) => {
      book
        .companyStatusChanged(change.companyId, change.to, change.kind)
        .catch((error: Error) => this.logger.error({ msg: 'cancelling a company’s orders failed', error: error.message }));
    });
    const onError = (msg: string, details: Record<string, unknown>) => this.logger.error({ msg, ...details });
    // Two consumers, so two fetch loops: kafkajs fetches a consumer's partitions again only when
    // every batch of the last fetch is answered, and an ask waits for a catalog round trip (its
    // listing's terms and the stock reservation, in one step). In one consumer every bid waited
    // for the slowest ask.
    this.servers = [
      new BatchCommandServer({
        kafka,
        context,
        groupId: 'trading.orders',
        routes: [
          batchRoute(commands.placeBid, ({ actor, ...request }) => intake.placeBid(actor, { actor, ...request })),
          batchRoute(commands.reduceOrder, (request) => intake.reduce(request.actor, request.orderId, request.openQuantity)),
          batchRoute(commands.cancelOrder, (request) => intake.cancel(request.actor, request.orderId)),
        ],
        onError,
      }),
      new BatchCommandServer({
        kafka,
        context,
        groupId: 'trading.asks',
        routes: [batchRoute(commands.placeAsk, ({ actor, ...request }) => intake.placeAsk(actor, { actor, ...request }))],
        onError,
      }),
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.servers.map((server) => server.start()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.servers.map((server) => server.stop()));
  }
}
