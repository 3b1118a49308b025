import { z } from 'zod';
import { ContractViolation } from './contract-violation.exception';
import { createEnvelope } from './envelope';
import { defineEvent, defineRequestReply, TopicRegistry } from './topic-registry';
import { lotbookTopics, SERVICE_NAMES } from './index';

const priceChanged = defineEvent({
  name: 'catalog.price.changed',
  owner: 'catalog',
  partitions: 3,
  messageType: 'PriceChanged',
  version: 1,
  description: 'A listing price changed',
  keyDescription: 'listing id',
  payload: z.object({ listingId: z.string(), unitPriceMinor: z.int().positive(), currency: z.string().length(3) }),
});

const registry = new TopicRegistry([priceChanged]);

function violation(action: () => unknown): ContractViolation {
  try {
    action();
  } catch (error) {
    if (error instanceof ContractViolation) return error;
    throw error;
  }
  throw new Error('expected a ContractViolation');
}

const goodEnvelope = () =>
  createEnvelope({
    type: 'PriceChanged',
    version: 1,
    producer: 'catalog',
    key: 'listing-1',
    payload: { listingId: 'listing-1', unitPriceMinor: 1250, currency: 'EUR' },
  });

describe('TopicRegistry', () => {
  it('round-trips a valid envelope through encode and decode', () => {
    const envelope = goodEnvelope();
    const decoded = registry.decode(priceChanged, registry.encode(priceChanged, envelope));
    expect(decoded).toEqual(envelope);
    expect(decoded.correlationId).toBe(envelope.id);
  });

  it('refuses to send a payload that breaks the schema, naming the field', () => {
    const bad = { ...goodEnvelope(), payload: { listingId: 'listing-1', unitPriceMinor: 12.5, currency: 'EUR' } };
    const error = violation(() => registry.encode(priceChanged, bad));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.detail).toContain('unitPriceMinor');
  });

  it('refuses received bytes that are not JSON, not an envelope, or of the wrong type', () => {
    expect(violation(() => registry.decode(priceChanged, Buffer.from('{oops'))).code).toBe('NOT_JSON');
    expect(violation(() => registry.decode(priceChanged, Buffer.from('{"hello":1}'))).code).toBe('INVALID_ENVELOPE');
    const wrongType = { ...goodEnvelope(), type: 'StockChanged' };
    expect(violation(() => registry.decode(priceChanged, JSON.stringify(wrongType))).code).toBe('WRONG_TYPE');
    expect(violation(() => registry.decode(priceChanged, null)).code).toBe('NOT_JSON');
  });

  it('refuses topics it does not know', () => {
    expect(violation(() => registry.get('catalog.nothing.happened')).code).toBe('UNKNOWN_TOPIC');
  });

  it('adds a dead-letter topic for every event topic', () => {
    expect(registry.get('catalog.price.changed.dlq').kind).toBe('dead-letter');
  });

  it('derives the reply topic of a request-reply pair the way NestJS names it', () => {
    const pair = defineRequestReply({
      name: 'catalog.reserve-stock',
      owner: 'catalog',
      messageType: 'ReserveStock',
      version: 1,
      description: 'Reserve stock',
      keyDescription: 'listing id',
      request: z.object({ quantity: z.int() }),
      reply: z.object({ ok: z.boolean() }),
    });
    expect(pair.reply.name).toBe('catalog.reserve-stock.reply');
    expect(pair.reply.messageType).toBe('ReserveStockReply');
  });

  it('refuses badly named or duplicated topics and non-positive partitions', () => {
    expect(() => new TopicRegistry([{ ...priceChanged, name: 'Catalog_Price' }])).toThrow(/kebab-case/);
    expect(() => new TopicRegistry([priceChanged, priceChanged])).toThrow(/defined twice/);
    expect(() => new TopicRegistry([{ ...priceChanged, partitions: 0 }])).toThrow(/partitions/);
  });

  it('lists a health request and reply topic for every service in the Lotbook registry', () => {
    const names = lotbookTopics.all().map((topic) => topic.name);
    for (const service of SERVICE_NAMES) {
      expect(names).toContain(`${service}.get-health`);
      expect(names).toContain(`${service}.get-health.reply`);
    }
  });
});
