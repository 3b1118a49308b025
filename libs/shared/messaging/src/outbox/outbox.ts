import { createEnvelope, type Envelope, type TopicDefinition, type TopicRegistry } from '@lotbook/contracts';
import { type EntityManager } from 'typeorm';

/** The PostgreSQL notification channel on which a service's outbox tells its relay that rows were committed. */
export const outboxChannel = (serviceName: string) => `lotbook_outbox_${serviceName}`;

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
    // One JSON array for all of them; the relay is notified when the transaction commits (see OutboxRelay).
    await transaction.query(
      `WITH inserted AS (
         INSERT INTO outbox (id, topic, message_key, message_type, envelope)
         SELECT (x.e->>'id')::uuid, $1, x.e->>'key', $2, x.e FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY x.n
         RETURNING 1)
       SELECT pg_notify($4, '') FROM (SELECT 1 FROM inserted LIMIT 1) AS any_row`,
      [topic.name, topic.messageType, JSON.stringify(envelopes), outboxChannel(this.producer)],
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
