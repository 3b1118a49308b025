import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Every message on every Lotbook topic is one of these. The payload's schema is given by
 * the topic registry; the envelope's own fields are the same everywhere.
 */
export const envelopeSchema = z
  .object({
    id: z.uuid().describe('Unique id of this message; consumers deduplicate on it'),
    type: z.string().min(1).describe('Message type, e.g. TradeMatched or GetHealth'),
    version: z.int().positive().describe('Version of the payload schema'),
    occurredAt: z.iso.datetime({ offset: true }).describe('When the fact happened or the request was made (ISO 8601)'),
    producer: z.string().min(1).describe('The service that produced the message'),
    correlationId: z.string().min(1).describe('Ties together every message caused by one user action'),
    key: z.string().min(1).describe('The partition key: messages with one key stay in order'),
    payload: z.unknown(),
  })
  .strict();

export interface Envelope<TPayload = unknown> {
  readonly id: string;
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly producer: string;
  readonly correlationId: string;
  readonly key: string;
  readonly payload: TPayload;
}

export interface EnvelopeInput<TPayload> {
  type: string;
  version: number;
  producer: string;
  key: string;
  payload: TPayload;
  correlationId?: string;
  id?: string;
  occurredAt?: Date;
}

export function createEnvelope<TPayload>(input: EnvelopeInput<TPayload>): Envelope<TPayload> {
  const id = input.id ?? randomUUID();
  return {
    id,
    type: input.type,
    version: input.version,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    producer: input.producer,
    correlationId: input.correlationId ?? id,
    key: input.key,
    payload: input.payload,
  };
}
