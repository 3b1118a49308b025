import { ContractViolation, deadLetterTopicName, type Envelope, type TopicRegistry } from '@lotbook/contracts';
import { type Batch, type Consumer, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import { type DataSource, type EntityManager } from 'typeorm';
import { handleOnce, recordInInbox } from '../inbox/inbox';
import { FetchPacer, OffsetCommitter } from '../kafka/consumer-pacing';
import { type MessagingLogger, silentLogger } from '../kafka/kafka.factory';
import { AfterCommit } from './after-commit';
import { isTransientFailure } from './transient-failure';

export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
  /**
   * Asks for `callback` once the handler's transaction has committed; nothing happens if it
   * rolls back (see AfterCommit). For effects outside the database: notifying a listener,
   * updating what a process keeps in memory.
   */
  afterCommit(callback: () => unknown): void;
}

export type EventHandler<TPayload = unknown> = (
  event: Envelope<TPayload>,
  transaction: EntityManager,
  context: EventContext,
) => Promise<void>;

/**
 * Handles many events of one topic partition at once, in offset order, inside one transaction
 * (their inbox records are in it too). Events already handled are left out of the list.
 */
export type BatchEventHandler<TPayload = unknown> = (
  events: Array<Envelope<TPayload>>,
  transaction: EntityManager,
  context: EventContext,
) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  registry: TopicRegistry;
  groupId: string;
  handlers: ReadonlyMap<string, EventHandler>;
  /** Topics whose events are handled a fetched batch at a time by one call (a topic is in `handlers` or here, not both). */
  batchHandlers?: ReadonlyMap<string, BatchEventHandler>;
  /** Per topic, which valid events the handler acts on; the rest pass by without a transaction. */
  filters?: ReadonlyMap<string, (payload: unknown) => boolean>;
  logger?: MessagingLogger;
  /** Attempts of one message before it is dead-lettered (a transient failure is tried until it passes). */
  maxAttempts?: number;
  retryDelayMs?: number;
  fromBeginning?: boolean;
  /**
   * How long `start()` waits for the consumer to join its group (60 s unless given): longer than
   * the 30 s session, since a process started after a crash of its predecessor joins only once
   * the dead member's session has run out.
   */
  joinTimeoutMs?: number;
}

interface DecodedEvent {
  message: KafkaMessage;
  event: Envelope;
}

/** A partition's batch waiting to be applied with the others of its fetch. */
interface WaitingBatch {
  batch: Batch;
  events: DecodedEvent[];
  heartbeat: () => Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Partition batches of one fetch worked on at once, and so applied in one transaction. */
const PARTITIONS_AT_ONCE = 64;

export interface DeadLetter {
  reason: string;
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Consumes event topics: each message is validated against its contract, handled inside a
 * transaction together with its inbox record, retried a few times if the handler throws,
 * and dead-lettered to `<topic>.dlq` (original bytes, reason in headers) when it is invalid
 * or keeps failing. The partition then moves on; nothing is dropped silently.
 *
 * What one fetch brought, the batches of all its partitions and topics, is applied in one
 * transaction (one commit for hundreds of events under load, and one call of a batch handler
 * per topic). If that transaction fails, each partition's batch is applied in a transaction of
 * its own; if that fails too, its events are handled again one at a time, each in its own
 * transaction with its retries, so one bad event is dead-lettered alone and the others still apply.
 * What a handler does outside the database waits for its transaction's commit
 * (`context.afterCommit`), so it happens once, for the attempt that committed.
 */
export class EventConsumer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private offsets: OffsetCommitter | undefined;
  /** Events are not in a hurry: a fetch every 50 ms at most under load, each taking all that came meanwhile. */
  private readonly pacer = new FetchPacer(50);
  private readonly logger: MessagingLogger;
  private readonly maxAttempts: number;
  /** Set by `stop()`: an event waiting out an outage gives up, to come again after the restart. */
  private stopping = false;
  private readonly retryDelayMs: number;
  private waiting: WaitingBatch[] = [];

  constructor(private readonly options: EventConsumerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    for (const topic of this.topics) {
      if (options.handlers.has(topic) && options.batchHandlers?.has(topic)) throw new Error(`${topic} has two handlers`);
      const definition = options.registry.get(topic);
      if (definition.kind !== 'event') throw new Error(`${topic} is a ${definition.kind} topic, not an event topic`);
    }
  }

  get topics(): string[] {
    return [...this.options.handlers.keys(), ...(this.options.batchHandlers?.keys() ?? [])];
  }

  async start(): Promise<void> {
    if (this.consumer || this.topics.length === 0) return;
    this.stopping = false;
    const producer = this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    this.producer = producer;
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // A fetch returns as soon as a message arrives whatever this is; it bounds how long an
      // idle fetch holds up disconnect (kafkajs's default 5 s made every shutdown take 5 s).
      maxWaitTimeInMs: 500,
    });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => {
      const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
        remove();
        resolve();
      });
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: this.options.fromBeginning ?? true });
    const offsets = new OffsetCommitter(consumer);
    this.offsets = offsets;
    offsets.start();
    this.pacer.attach(consumer);
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      eachBatch: async ({ batch, heartbeat }) => {
        await this.handleBatch(batch, heartbeat);
        offsets.processed(batch.topic, batch.partition, batch.lastOffset());
        await this.pacer.pace();
      },
    });
    const timeoutMs = this.options.joinTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      joined,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`consumer group ${this.options.groupId} did not join within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    this.logger.info('event consumer started', { groupId: this.options.groupId, topics: this.topics });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // kafkajs commits only while the consumer runs: what is finished is committed first; a batch
    // still in hand when it stops comes again after a restart (the handlers take repeats).
    await this.offsets?.stop();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.consumer = undefined;
    this.producer = undefined;
  }

  /** A partition's batch: its valid events for this service, applied with the other partitions' of the same fetch. */
  private async handleBatch(batch: Batch, heartbeat: () => Promise<void>): Promise<void> {
    const { topic, partition } = batch;
    const events: DecodedEvent[] = [];
    for (const message of batch.messages) {
      const event = await this.decode(topic, partition, message);
      if (event) events.push({ message, event });
    }
    if (events.length === 0) return;
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ batch, events, heartbeat, resolve, reject });
      // The partitions of a fetch are handed over together (partitionsConsumedConcurrently): the
      // ones that arrive before the next turn of the event loop share one transaction.
      if (this.waiting.length === 1) setImmediate(() => void this.applyWaiting());
    });
  }

  private async applyWaiting(): Promise<void> {
    const group = this.waiting;
    this.waiting = [];
    try {
      if (group.length === 1) await this.applyBatch(group[0]);
      else await this.applyGroup(group);
      for (const part of group) part.resolve();
    } catch (error) {
      for (const part of group) part.reject(error as Error);
    }
  }

  /**
   * Several partitions' events in one transaction, topic by topic, each partition's in offset
   * order (their keys differ, so nothing orders them across partitions). If it fails, each
   * partition's batch is applied on its own.
   */
  private async applyGroup(group: WaitingBatch[]): Promise<void> {
    const byTopic = new Map<string, WaitingBatch[]>();
    for (const part of group) {
      const parts = byTopic.get(part.batch.topic);
      if (parts) parts.push(part);
      else byTopic.set(part.batch.topic, [part]);
    }
    const afterCommit = new AfterCommit();
    try {
      await this.options.dataSource.transaction(async (transaction) => {
        for (const [topic, parts] of byTopic) {
          const events = parts.flatMap((part) => part.events);
          await this.applyNew(topic, events, transaction, {
            topic,
            partition: parts[0].batch.partition,
            offset: events[0].message.offset,
            afterCommit: afterCommit.add,
          });
        }
      });
      this.logger.debug('event batches applied', { partitions: group.length });
      this.runAfterCommit(afterCommit);
    } catch (error) {
      this.logger.warn('a group of event batches failed; applying each partition’s batch on its own', {
        partitions: group.length,
        error: (error as Error).message,
      });
      for (const part of group) await this.applyBatch(part);
    }
  }

  /** One partition's events in one transaction; if it fails, one at a time. */
  private async applyBatch({ batch, events, heartbeat }: WaitingBatch): Promise<void> {
    const { topic, partition } = batch;
    if (events.length === 1) {
      // One event is the one-at-a-time path with its retries (a batch of one would only add an attempt).
      const [{ message, event }] = events;
      return this.handleOne(topic, event, message, partition, heartbeat);
    }
    const afterCommit = new AfterCommit();
    const context: EventContext = { topic, partition, offset: events[0].message.offset, afterCommit: afterCommit.add };
    try {
      await this.options.dataSource.transaction((transaction) => this.applyNew(topic, events, transaction, context));
      this.logger.debug('event batch applied', { topic, partition, count: events.length });
      this.runAfterCommit(afterCommit);
    } catch (error) {
      this.logger.warn('an event batch failed; handling its events one at a time', {
        topic,
        partition,
        count: events.length,
        error: (error as Error).message,
      });
      for (const { message, event } of events) {
        await this.handleOne(topic, event, message, partition, heartbeat);
        await heartbeat();
      }
    }
  }

  /** Records the events in the inbox and applies those it had not seen (an event twice in the list, a redelivery, applies once). */
  private async applyNew(topic: string, events: DecodedEvent[], transaction: EntityManager, context: EventContext): Promise<void> {
    const fresh = await recordInInbox(
      transaction,
      this.options.groupId,
      topic,
      events.map(({ event }) => event),
    );
    const toApply = events.filter(({ event }) => fresh.delete(event.id)).map(({ event }) => event);
    await this.apply(topic, toApply, transaction, context);
  }

  private async apply(topic: string, events: Envelope[], transaction: EntityManager, context: EventContext): Promise<void> {
    if (events.length === 0) return;
    const batchHandler = this.options.batchHandlers?.get(topic);
    if (batchHandler) return batchHandler(events, transaction, context);
    const handler = this.options.handlers.get(topic) as EventHandler;
    for (const event of events) await handler(event, transaction, context);
  }

  /** The message's valid envelope, or undefined when it was dead-lettered (invalid) or is not for this service. */
  private async decode(topic: string, partition: number, message: KafkaMessage): Promise<Envelope | undefined> {
    let event: Envelope;
    try {
      event = this.options.registry.decode(topic, message.value);
    } catch (error) {
      if (error instanceof ContractViolation) {
        await this.deadLetter(message.key, message.value, message.headers, {
          topic,
          partition,
          offset: message.offset,
          reason: error.message,
        });
        return undefined;
      }
      throw error;
    }
    if (this.options.filters?.get(topic)?.(event.payload) === false) {
      this.logger.debug('event not for this service', { topic, type: event.type, id: event.id });
      return undefined;
    }
    return event;
  }

  /**
   * One event in its own transaction, retried. An event whose handler keeps failing for its own
   * reasons (a bug, a broken constraint) is dead-lettered after `maxAttempts`; one that fails
   * because the database or a service it asked is away (`isTransientFailure`) is tried again
   * until the outage ends, holding its partition meanwhile: dead-lettering it would drop a good
   * event from this service's view for as long as nobody replays the dead-letter topic.
   */
  private async handleOne(
    topic: string,
    event: Envelope,
    message: KafkaMessage,
    partition: number,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    let lastError: Error | undefined;
    for (let attempt = 1; ; attempt += 1) {
      // A new one per attempt: what a failed attempt asked for is dropped with its transaction.
      const afterCommit = new AfterCommit();
      const context: EventContext = { topic, partition, offset: message.offset, afterCommit: afterCommit.add };
      try {
        const outcome = await handleOnce(this.options.dataSource, this.options.groupId, topic, event, (transaction) =>
          this.apply(topic, [event], transaction, context),
        );
        this.logger.debug(`event ${outcome}`, { topic, type: event.type, id: event.id, correlationId: event.correlationId });
        this.runAfterCommit(afterCommit);
        return;
      } catch (error) {
        lastError = error as Error;
        const transient = isTransientFailure(lastError);
        if (attempt >= this.maxAttempts && !transient) break;
        // Stopping: the event is left uncommitted and comes again after the restart.
        if (this.stopping) throw lastError;
        this.logger.warn(attempt >= this.maxAttempts ? 'event handler failed; waiting out the outage' : 'event handler failed', {
          topic,
          id: event.id,
          attempt,
          maxAttempts: this.maxAttempts,
          transient,
          error: lastError.message,
        });
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, this.retryDelayMs * 2 ** (attempt - 1))));
        // Still this member's partition? A failed heartbeat (a rebalance) gives the batch up: it comes again.
        await heartbeat();
      }
    }
    await this.deadLetter(message.key, message.value, message.headers, {
      topic,
      partition,
      offset: message.offset,
      reason: `HANDLER_FAILED after ${this.maxAttempts} attempts: ${lastError?.message ?? 'unknown error'}`,
    });
  }

  private runAfterCommit(afterCommit: AfterCommit): void {
    afterCommit.run((error) =>
      this.logger.error('an after-commit callback failed', { groupId: this.options.groupId, error: error.message }),
    );
  }

  private async deadLetter(key: Buffer | null, value: Buffer | null, headers: KafkaMessage['headers'], letter: DeadLetter): Promise<void> {
    const dlq = deadLetterTopicName(letter.topic);
    this.logger.error('message dead-lettered', { dlq, ...letter });
    await (this.producer as Producer).send({
      topic: dlq,
      acks: -1,
      messages: [
        {
          key,
          value,
          headers: {
            ...(headers ?? {}),
            'x-dlq-reason': letter.reason,
            'x-dlq-original-topic': letter.topic,
            'x-dlq-original-partition': String(letter.partition),
            'x-dlq-original-offset': letter.offset,
            'x-dlq-consumer-group': this.options.groupId,
            'x-dlq-failed-at': new Date().toISOString(),
          },
        },
      ],
    });
  }
}
