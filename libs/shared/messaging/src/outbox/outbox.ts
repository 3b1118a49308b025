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
    if (!transaction.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${topic.name} must be enqueued inside a transaction (use dataSource.transaction)`);
    }
    const envelope = createEnvelope({
      type: topic.messageType,
      version: topic.version,
      producer: this.producer,
      key: entry.key,
      payload: entry.payload,
      correlationId: entry.correlationId,
      occurredAt: entry.occurredAt,
    });
    const valid = this.registry.validate(topic, envelope);
    await transaction.query(
      `INSERT INTO outbox (id, topic, message_key, message_type, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [valid.id, topic.name, valid.key, valid.type, JSON.stringify(valid)],
    );
    return valid;
  }
}
