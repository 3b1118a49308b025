import { z } from 'zod';
import { envelopeSchema } from './envelope';
import { type TopicDefinition, type TopicRegistry } from './topic-registry';

type JsonObject = Record<string, unknown>;

function pascal(name: string): string {
  return name
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as JsonObject;
  return rest;
}

/** The message schema on the wire: the envelope with this topic's payload in it. */
function envelopeSchemaFor(topic: TopicDefinition): JsonObject {
  const envelope = jsonSchemaOf(envelopeSchema);
  const properties = { ...(envelope.properties as JsonObject) };
  properties.type = { type: 'string', const: topic.messageType };
  properties.version = { type: 'integer', const: topic.version };
  properties.payload =
    topic.kind === 'dead-letter'
      ? { description: 'The original message bytes, unchanged (they may not be valid JSON)' }
      : jsonSchemaOf(topic.payload);
  return { ...envelope, properties };
}

/**
 * An AsyncAPI 3.0 document of every topic in the registry, so that an integrator (an ERP,
 * a CRM) can subscribe to Lotbook's events without reading its code.
 */
export function buildAsyncApiDocument(registry: TopicRegistry, info: { version: string; brokers?: string }): JsonObject {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};

  for (const topic of registry.all()) {
    const id = pascal(topic.name);
    messages[id] = {
      name: topic.messageType,
      title: `${topic.messageType} v${topic.version}`,
      summary: topic.description,
      contentType: 'application/json',
      payload: envelopeSchemaFor(topic),
      bindings: { kafka: { key: { type: 'string', description: topic.keyDescription }, bindingVersion: '0.5.0' } },
      ...(topic.kind === 'dead-letter'
        ? {
            headers: {
              type: 'object',
              properties: {
                'x-dlq-reason': { type: 'string' },
                'x-dlq-original-topic': { type: 'string' },
                'x-dlq-original-partition': { type: 'string' },
                'x-dlq-original-offset': { type: 'string' },
                'x-dlq-consumer-group': { type: 'string' },
                'x-dlq-failed-at': { type: 'string' },
              },
            },
          }
        : {}),
    };
    channels[id] = {
      address: topic.name,
      title: topic.name,
      description: `${topic.description} (${topic.kind}, owned by ${topic.owner}, ${topic.partitions} partition${topic.partitions === 1 ? '' : 's'}, key: ${topic.keyDescription})`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      bindings: {
        kafka: {
          topic: topic.name,
          partitions: topic.partitions,
          replicas: 1,
          ...(topic.config?.['cleanup.policy']
            ? { topicConfiguration: { 'cleanup.policy': topic.config['cleanup.policy'].split(',') } }
            : {}),
          bindingVersion: '0.5.0',
        },
      },
    };
    // An integrator receives events and dead letters, sends commands and receives their replies.
    operations[topic.kind === 'command' ? `send${id}` : `receive${id}`] = {
      action: topic.kind === 'command' ? 'send' : 'receive',
      channel: { $ref: `#/channels/${id}` },
      summary: topic.description,
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Lotbook',
      version: info.version,
      description:
        'Events, commands and replies of Lotbook, the multi-vendor B2B marketplace. Every message is a JSON envelope ' +
        '(id, type, version, occurredAt, producer, correlationId, key, payload); deduplicate on id.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: info.brokers ?? '127.0.0.1:9092', protocol: 'kafka', description: 'The broker started by npm start' },
    },
    channels,
    operations,
    components: { messages },
  };
}
