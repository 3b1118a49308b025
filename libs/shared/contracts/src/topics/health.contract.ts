import { z } from 'zod';
import { defineRequestReply, type RequestReplyDefinition } from '../topic-registry';
import { SERVICE_NAMES, type ServiceName } from '../services';

export const dependencyHealthSchema = z.object({
  status: z.enum(['UP', 'DOWN']),
  latencyMs: z.number().nonnegative().describe('How long the check took'),
  error: z.string().optional().describe('Why the dependency is down'),
});

export const serviceHealthSchema = z.object({
  service: z.string(),
  status: z.enum(['UP', 'DOWN']).describe('UP when every dependency is up'),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
  checkedAt: z.iso.datetime({ offset: true }),
  dependencies: z.object({ database: dependencyHealthSchema, kafka: dependencyHealthSchema }),
});

export const getHealthRequestSchema = z.object({}).strict();

export type DependencyHealth = z.infer<typeof dependencyHealthSchema>;
export type ServiceHealth = z.infer<typeof serviceHealthSchema>;
export type GetHealthRequest = z.infer<typeof getHealthRequestSchema>;

export type HealthContract = RequestReplyDefinition<GetHealthRequest, ServiceHealth>;

/** `<service>.get-health`: the gateway asks each service how it is, over Kafka request-reply. */
export const healthContracts = Object.fromEntries(
  SERVICE_NAMES.map((service) => [
    service,
    defineRequestReply({
      name: `${service}.get-health`,
      owner: service,
      messageType: 'GetHealth',
      version: 1,
      description: `Asks the ${service} service for its status and that of its database and Kafka connections`,
      keyDescription: 'the asking client id',
      request: getHealthRequestSchema,
      reply: serviceHealthSchema,
      partitions: 1,
    }),
  ]),
) as Record<ServiceName, HealthContract>;
