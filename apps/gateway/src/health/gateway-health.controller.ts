import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import type { Response } from 'express';
import { KAFKA_RPC_CLIENT } from '../kafka-rpc/service-rpc.client';

/** `GET /health` of the gateway itself: is its Kafka request-reply client connected? */
@Controller('health')
export class GatewayHealthController {
  constructor(@Inject(KAFKA_RPC_CLIENT) private readonly client: ClientKafka) {}

  @Get()
  report(@Res() response: Response): void {
    const assignments = Object.keys(this.client.getConsumerAssignments()).length;
    const up = assignments > 0;
    response.status(up ? 200 : 503).json({
      service: 'gateway',
      status: up ? 'UP' : 'DOWN',
      dependencies: { kafka: { status: up ? 'UP' : 'DOWN', replyTopicsAssigned: assignments } },
    });
  }
}
