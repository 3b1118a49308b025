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

/** One outbox row as its relay sends it. */
export interface RelayedMessage {
  topic: string;
  id: string;
  key: string;
  type: string;
  correlationId: string;
  /** The envelope's JSON. */
  value: string;
}

/** Rows one transaction wrote, numbered firstSeq..lastSeq in the order of `messages`. */
export interface WrittenOutboxRows {
  firstSeq: bigint;
  lastSeq: bigint;
  messages: RelayedMessage[];
}

export interface OutboxWrite {
  /** Each batch's envelopes. */
  envelopes: Envelope<unknown>[][];
  rows: WrittenOutboxRows | undefined;
}

/** Events of one topic for `Outbox.enqueueAll`. */
export interface OutboxBatch {
  topic: TopicDefinition<unknown>;
  entries: readonly OutboxEntry<unknown>[];
}

/** An `OutboxBatch` with its entries' payloads checked against the topic's type. */
export const outboxBatch = <TPayload>(topic: TopicDefinition<TPayload>, entries: readonly OutboxEntry<TPayload>[]): OutboxBatch =>
  ({ topic, entries }) as OutboxBatch;

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
    const [envelopes] = await this.enqueueAll(transaction, [outboxBatch(topic, entries)]);
    return envelopes as Envelope<TPayload>[];
  }

  /**
   * Events of several topics in one statement, in the given order (a book commit's trades, order
   * changes and depth): one insert and one notification instead of one per topic. Returns each
   * batch's envelopes.
   */
  async enqueueAll(transaction: EntityManager, batches: readonly OutboxBatch[]): Promise<Envelope<unknown>[][]> {
    return (await this.write(transaction, batches)).envelopes;
  }

  /**
   * `enqueueAll`, also returning the rows as written, for a writer that hands them to its relay
   * once its transaction has committed (`OutboxRelay.committed(rows)`): the relay can then send
   * them without reading them back. `rows` is undefined when nothing was written, or when the
   * rows did not get consecutive numbers (another transaction took numbers in between): the
   * relay then reads them from the table as it does any row.
   */
  async write(transaction: EntityManager, batches: readonly OutboxBatch[]): Promise<OutboxWrite> {
    if (!transaction.queryRunner?.isTransactionActive) {
      const names = batches.map((batch) => batch.topic.name).join(', ');
      throw new Error(`outbox: ${names} must be enqueued inside a transaction (use dataSource.transaction)`);
    }
    return this.writeWith(transaction, batches);
  }

  /**
   * The caller's own writes and the outbox rows in one statement, which commits or fails as a
   * whole without a transaction around it: one round trip instead of a BEGIN, a statement per
   * table and a COMMIT. `statements` are data-modifying common table expressions
   * ("name AS (INSERT …)") whose parameters are `values`, numbered from $1; they must not touch
   * a row twice, nor read what another of them writes (all of them see the table as it was).
   */
  async writeWith(
    runner: Pick<EntityManager, 'query'>,
    batches: readonly OutboxBatch[],
    statements: readonly string[] = [],
    values: readonly unknown[] = [],
  ): Promise<OutboxWrite> {
    const envelopes = batches.map((batch) => batch.entries.map((entry) => this.envelope(batch.topic, entry)));
    const topics = batches.flatMap((batch, index) => envelopes[index].map(() => batch.topic.name));
    if (topics.length === 0 && statements.length === 0) return { envelopes, rows: undefined };
    const all = envelopes.flat();
    const texts = all.map((envelope) => JSON.stringify(envelope));
    const at = values.length;
    const [$ids, $topics, $keys, $types, $envelopes, $channel] = [at + 1, at + 2, at + 3, at + 4, at + 5, at + 6];
    // One JSON array for all the envelopes, stored as the JSON text written here (PostgreSQL only
    // checks it: taking it apart into jsonb cost more than the rest of a book commit's insert);
    // what the row's columns need comes in arrays beside it. The notification, sent when the
    // transaction commits, names the numbers taken, so that a relay that has sent them already
    // does not look again (see OutboxRelay).
    const taken = (await runner.query(
      `WITH ${statements.map((statement) => `${statement},\n`).join('')}
       outbox_inserted AS (
         INSERT INTO outbox (id, topic, message_key, message_type, envelope)
         SELECT ($${$ids}::uuid[])[x.n], ($${$topics}::text[])[x.n], ($${$keys}::text[])[x.n], ($${$types}::text[])[x.n], x.e
           FROM json_array_elements($${$envelopes}::json) WITH ORDINALITY AS x(e, n) ORDER BY x.n
         RETURNING seq),
       outbox_taken AS (SELECT min(seq) AS first, max(seq) AS last FROM outbox_inserted)
       SELECT first::text, last::text, pg_notify($${$channel}, first::text || '-' || last::text) FROM outbox_taken WHERE first IS NOT NULL`,
      [
        ...values,
        all.map((envelope) => envelope.id),
        topics,
        all.map((envelope) => envelope.key),
        all.map((envelope) => envelope.type),
        `[${texts.join(',')}]`,
        outboxChannel(this.producer),
      ],
    )) as Array<{ first: string; last: string }>;
    if (taken.length === 0) return { envelopes, rows: undefined };
    const firstSeq = BigInt(taken[0].first);
    const lastSeq = BigInt(taken[0].last);
    // Numbers are taken in the rows' order; consecutive ones are these rows and no others.
    if (lastSeq - firstSeq + 1n !== BigInt(texts.length)) return { envelopes, rows: undefined };
    const messages = all.map((envelope, index) => ({
      topic: topics[index],
      id: envelope.id,
      key: envelope.key,
      type: envelope.type,
      correlationId: envelope.correlationId,
      value: texts[index],
    }));
    return { envelopes, rows: { firstSeq, lastSeq, messages } };
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
