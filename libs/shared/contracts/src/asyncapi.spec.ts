import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { buildAsyncApiDocument } from './asyncapi';
import { defineEvent, TopicRegistry } from './topic-registry';
import { lotbookTopics } from './index';

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

  it('covers every topic of the Lotbook registry and is valid JSON', () => {
    const full = buildAsyncApiDocument(lotbookTopics, { version: '0.0.0' }) as { channels: Record<string, unknown> };
    expect(Object.keys(full.channels)).toHaveLength(lotbookTopics.all().length);
    expect(() => JSON.parse(JSON.stringify(full))).not.toThrow();
  });
});
