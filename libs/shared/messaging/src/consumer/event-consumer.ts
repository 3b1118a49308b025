import { ContractViolation, deadLetterTopicName, type Envelope, type TopicRegistry } from '@lotbook/contracts';
import { type Consumer, type EachMessagePayload, type Kafka, type Producer } from 'kafkajs';
import { type DataSource, type EntityManager } from 'typeorm';
import { handleOnce } from '../inbox/inbox';
import { type MessagingLogger, silentLogger } from '../kafka/kafka.factory';

export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
}

export type EventHandler<TPayload = unknown> = (
  event: Envelope<TPayload>,
  transaction: EntityManager,
  context: EventContext,
) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  registry: TopicRegistry;
  groupId: string;
  handlers: ReadonlyMap<string, EventHandler>;
  /** Per topic, which valid events the handler acts on; the rest pass by without a transaction. */
  filters?: ReadonlyMap<string, (payload: unknown) => boolean>;
  logger?: MessagingLogger;
  /** Attempts of one message before it is dead-lettered. */
  maxAttempts?: number;
  retryDelayMs?: number;
  fromBeginning?: boolean;
  /** How long `start()` waits for the consumer to join its group. */
  joinTimeoutMs?: number;
}

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
 */
export class EventConsumer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private readonly logger: MessagingLogger;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: EventConsumerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    for (const topic of options.handlers.keys()) {
      const definition = options.registry.get(topic);
      if (definition.kind !== 'event') throw new Error(`${topic} is a ${definition.kind} topic, not an event topic`);
    }
  }

  get topics(): string[] {
    return [...this.options.handlers.keys()];
  }

  async start(): Promise<void> {
    if (this.consumer || this.options.handlers.size === 0) return;
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
    await consumer.run({ eachMessage: (payload) => this.handleMessage(payload) });
    const timeoutMs = this.options.joinTimeoutMs ?? 30_000;
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
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.consumer = undefined;
    this.producer = undefined;
  }

  private async handleMessage({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const context: EventContext = { topic, partition, offset: message.offset };
    let event: Envelope;
    try {
      event = this.options.registry.decode(topic, message.value);
    } catch (error) {
      if (error instanceof ContractViolation) {
        await this.deadLetter(message.key, message.value, message.headers, { ...context, reason: error.message });
        return;
      }
      throw error;
    }

    if (this.options.filters?.get(topic)?.(event.payload) === false) {
      this.logger.debug('event not for this service', { topic, type: event.type, id: event.id });
      return;
    }
    const handler = this.options.handlers.get(topic) as EventHandler;
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      try {
        const outcome = await handleOnce(this.options.dataSource, this.options.groupId, topic, event, (transaction) =>
          handler(event, transaction, context),
        );
        this.logger.debug(`event ${outcome}`, { topic, type: event.type, id: event.id, correlationId: event.correlationId });
        return;
      } catch (error) {
        lastError = error as Error;
        this.logger.warn('event handler failed', {
          topic,
          id: event.id,
          attempt,
          maxAttempts: this.maxAttempts,
          error: lastError.message,
        });
        if (attempt < this.maxAttempts) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(5000, this.retryDelayMs * 2 ** (attempt - 1))));
        }
      }
    }
    await this.deadLetter(message.key, message.value, message.headers, {
      ...context,
      reason: `HANDLER_FAILED after ${this.maxAttempts} attempts: ${lastError?.message ?? 'unknown error'}`,
    });
  }

  private async deadLetter(
    key: Buffer | null,
    value: Buffer | null,
    headers: EachMessagePayload['message']['headers'],
    letter: DeadLetter,
  ): Promise<void> {
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
