import { stockCommands } from '@lotbook/contracts';
import { BatchCommandServer, batchRoute, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { AskReservationService } from '../services/ask-reservation.service';

/**
 * Takes trading's ask reservations off Kafka a fetched batch at a time, so that the
 * reservation writer decides a whole batch in one transaction.
 */
@Injectable()
export class AskReservationServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AskReservationServer.name);
  private readonly server: BatchCommandServer;

  constructor(kafka: Kafka, @Inject(SERVICE_CONTEXT) context: ServiceContext, reservations: AskReservationService) {
    this.server = new BatchCommandServer({
      kafka,
      context,
      groupId: 'catalog.asks',
      routes: [batchRoute(stockCommands.reserveForAsk, (request) => reservations.reserve(request))],
      onError: (msg, details) => this.logger.error({ msg, ...details }),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.server.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server.stop();
  }
}
