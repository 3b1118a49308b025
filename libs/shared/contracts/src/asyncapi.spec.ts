import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { buildAsyncApiDocument } from './asyncapi';
import { createEnvelope } from './envelope';
import { defineEvent, TopicRegistry, type TopicDefinition } from './topic-registry';
import { companyStatusChanged, lotbookTopics } from './index';

describe('buildAsyncApiDocument', () => {
  const registry = new TopicRegistry([
    defineEvent({
      name: 'trading.trade.matched',
      owner: 'trading',
      partitions: 6,
      messageType: 'TradeMatched',
      version: 1,
      description: 'A bid and an ask traded',
      keyDescription: 'product id',
      payload: z.object({ tradeId: z.uuid(), quantity: z.int().positive() }),
    }),
  ]);
  const document = buildAsyncApiDocument(registry, { version: '1.2.3' }) as {
    asyncapi: string;
    channels: Record<string, { address: string; bindings: { kafka: { partitions: number } } }>;
    operations: Record<string, { action: string }>;
    components: { messages: Record<string, { payload: { properties: Record<string, unknown>; required: string[] } }> };
  };

  it('is an AsyncAPI 3 document with one channel per topic, dead letters included', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.values(document.channels).map((channel) => channel.address)).toEqual([
      'trading.trade.matched',
      'trading.trade.matched.dlq',
    ]);
    expect(document.channels.TradingTradeMatched.bindings.kafka.partitions).toBe(6);
    expect(document.operations.receiveTradingTradeMatched.action).toBe('receive');
  });

  it('describes the envelope with the topic payload as JSON Schema', () => {
    const message = document.components.messages.TradingTradeMatched;
    expect(message.payload.required).toEqual(
      expect.arrayContaining(['id', 'type', 'version', 'occurredAt', 'producer', 'correlationId', 'key', 'payload']),
    );
    expect(message.payload.properties.type).toEqual({ type: 'string', const: 'TradeMatched' });
    expect(message.payload.properties.payload).toMatchObject({
      type: 'object',
      properties: { tradeId: { type: 'string', format: 'uuid' }, quantity: { type: 'integer' } },
    });
  });

  it('validates against the official AsyncAPI 3.0.0 JSON Schema, which refuses a broken document', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const asyncApiSchema = require('@asyncapi/specs/schemas/3.0.0-without-$id.json') as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(asyncApiSchema);
    const full = buildAsyncApiDocument(lotbookTopics, { version: '0.1.0' });
    expect(validate(full) ? [] : validate.errors).toEqual([]);
    expect(validate(document)).toBe(true);

    const broken = JSON.parse(JSON.stringify(document)) as typeof document;
    broken.operations.receiveTradingTradeMatched.action = 'publish'; // AsyncAPI 2 wording, not valid in 3
    expect(validate(broken)).toBe(false);
  });

  describe('of the Lotbook registry', () => {
    const full = buildAsyncApiDocument(lotbookTopics, { version: '0.0.0' }) as {
      channels: Record<string, { address: string; bindings: { kafka: { partitions: number } } }>;
      operations: Record<string, { action: string; channel: { $ref: string } }>;
      components: { messages: Record<string, { name: string; payload: { properties: Record<string, unknown> } }> };
    };
    const channelOf = (topic: TopicDefinition) => Object.entries(full.channels).find(([, channel]) => channel.address === topic.name);

    it.each(lotbookTopics.all().map((topic) => [topic.name, topic] as const))(
      '%s is a channel with its partitions, an operation for its kind and its payload schema',
      (_name, topic) => {
        const [id, channel] = channelOf(topic) ?? [];
        expect(channel?.bindings.kafka.partitions).toBe(topic.partitions);
        const operation = Object.values(full.operations).find((candidate) => candidate.channel.$ref === `#/channels/${id}`);
        expect(operation?.action).toBe(topic.kind === 'command' ? 'send' : 'receive');
        const message = full.components.messages[id as string];
        expect(message.name).toBe(topic.messageType);
        if (topic.kind !== 'dead-letter') {
          const { $schema: _ignored, ...payload } = z.toJSONSchema(topic.payload, { unrepresentable: 'any', io: 'output' }) as Record<
            string,
            unknown
          >;
          expect(message.payload.properties.payload).toEqual(payload);
        }
      },
    );

    it('has no channel that is not a registry topic', () => {
      expect(
        Object.values(full.channels)
          .map((channel) => channel.address)
          .sort(),
      ).toEqual(
        lotbookTopics
          .all()
          .map((topic) => topic.name)
          .sort(),
      );
    });

    it('describes what is on the wire: a real envelope validates against its message schema, a broken one does not', () => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      const [id] = channelOf(companyStatusChanged) ?? [];
      const validate = ajv.compile(full.components.messages[id as string].payload);
      const envelope = createEnvelope({
        type: companyStatusChanged.messageType,
        version: 1,
        producer: 'counterparties',
        key: '3f9b8c2e-5d1a-4e7b-9c0d-1a2b3c4d5e6f',
        payload: {
          companyId: '3f9b8c2e-5d1a-4e7b-9c0d-1a2b3c4d5e6f',
          tradingName: 'Severstal Trade',
          kind: 'BUYER',
          action: 'APPROVE',
          from: 'PENDING_REVIEW',
          to: 'APPROVED',
          reason: 'Documents checked against the register',
          operatorId: null,
        },
      });
      lotbookTopics.validate(companyStatusChanged, envelope); // the registry takes it too
      expect(validate(envelope) ? [] : validate.errors).toEqual([]);
      expect(validate({ ...envelope, payload: { ...envelope.payload, to: 'ON_HOLIDAY' } })).toBe(false);
      expect(validate({ ...envelope, type: 'CompanyRenamed' })).toBe(false);
    });

    it('survives a JSON round trip unchanged (no undefined, no function, nothing JSON cannot carry)', () => {
      expect(JSON.parse(JSON.stringify(full))).toStrictEqual(full);
    });
  });
});
