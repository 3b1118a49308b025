import { createEnvelope, Envelope, lotbookTopics, ServiceHealth, TopicDefinition } from '@lotbook/contracts';
import { Controller, Get, Inject, Res, Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { Response } from 'express';
import { SERVICE_CONTEXT, ServiceContext } from '../bootstrap/service-context';
import { HealthService } from './health.service';

/** `GET /health`: 200 with the report when the service is up, 503 when a dependency is down. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async report(@Res() response: Response): Promise<void> {
    const report = await this.health.check();
    response.status(report.status === 'UP' ? 200 : 503).json(report);
  }
}

/**
 * Answers `<service>.get-health` over Kafka request-reply. The topic is the service's own,
 * so the controller class is made per service.
 */
export function createHealthRpcController(request: TopicDefinition, reply: TopicDefinition): Type<unknown> {
  @Controller()
  class HealthRpcController {
    constructor(
      private readonly health: HealthService,
      @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    ) {}

    @MessagePattern(request.name)
    async getHealth(@Payload() message: unknown): Promise<{ key: string; value: Envelope<ServiceHealth> }> {
      const asked = lotbookTopics.validate(request, message);
      const report = await this.health.check();
      const answer = createEnvelope({
        type: reply.messageType,
        version: reply.version,
        producer: this.context.name,
        key: asked.key,
        correlationId: asked.correlationId,
        payload: report,
      });
      // Nest's Kafka serializer would take an object with a `key` field for a raw Kafka message,
      // so the envelope goes in `value` explicitly.
      return { key: answer.key, value: lotbookTopics.validate(reply, answer) as Envelope<ServiceHealth> };
    }
  }
  return HealthRpcController;
}
