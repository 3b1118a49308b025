import { createEnvelope, type Envelope, type TopicDefinition, type TopicRegistry } from '@lotbook/contracts';
import { type EntityManager } from 'typeorm';

export interface OutboxEntry<TPayload> {
  key: string;
  payload: TPayload;
  correlationId?: string;
  occurredAt?: Date;
}

/**
 * Writes events into the outbox table inside the caller's transaction, so the event exists
 * if and only if the state change committed. The payload is validated here, on send.
 */
export class Outbox {
  constructor(
    private readonly registry: TopicRegistry,
    private readonly producer: string,
  ) {}

  async enqueue<TPayload>(
    transaction: EntityManager,
    topic: TopicDefinition<TPayload>,
    entry: OutboxEntry<TPayload>,
  ): Promise<Envelope<TPayload>> {
    const [envelope] = await this.enqueueMany(transaction, topic, [entry]);
    return envelope;
  }

  /** Many events of one topic in one statement (a bulk upload's thousands of changes), in the given order. */
  async enqueueMany<TPayload>(
    transaction: EntityManager,
    topic: TopicDefinition<TPayload>,
    entries: readonly OutboxEntry<TPayload>[],
  ): Promise<Envelope<TPayload>[]> {
    if (!transaction.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${topic.name} must be enqueued inside a transaction (use dataSource.transaction)`);
    }
    if (entries.length === 0) return [];
    const envelopes = entries.map((entry) => this.envelope(topic, entry));
    await transaction.query(
      `INSERT INTO outbox (id, topic, message_key, message_type, envelope)
       SELECT id, $1, message_key, $2, envelope FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(id, message_key, envelope, n)
        ORDER BY n`,
      [topic.name, topic.messageType, envelopes.map((e) => e.id), envelopes.map((e) => e.key), envelopes.map((e) => JSON.stringify(e))],
    );
    return envelopes;
  }

  private envelope<TPayload>(topic: TopicDefinition<TPayload>, entry: OutboxEntry<TPayload>): Envelope<TPayload> {
    const envelope = createEnvelope({
      type: topic.messageType,
      version: topic.version,
      producer: this.producer,
      key: entry.key,
      payload: entry.payload,
      correlationId: entry.correlationId,
      occurredAt: entry.occurredAt,
    });
    return this.registry.validate(topic, envelope);
  }
}
