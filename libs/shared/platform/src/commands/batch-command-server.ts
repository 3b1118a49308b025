import {
  DomainError,
  lotbookTopics,
  PlatformErrorCode,
  type CommandResult,
  type Envelope,
  type RequestReplyDefinition,
} from '@lotbook/contracts';
import { CoalescingSender, FetchPacer, OffsetCommitter, StartAtEnd } from '@lotbook/messaging';
import type { Consumer, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import type { ServiceContext } from '../bootstrap/service-context';
import { refusal, replyEnvelope } from './command-handler';

export interface BatchCommandRoute<TRequest = unknown, TResult = unknown> {
  contract: RequestReplyDefinition<TRequest, CommandResult<TResult>>;
  handle(request: TRequest, envelope: Envelope<TRequest>): Promise<TResult>;
}

/** Declares a route with its types checked against the contract. */
export const batchRoute = <TRequest, TResult>(
  contract: RequestReplyDefinition<TRequest, CommandResult<TResult>>,
  handle: (request: TRequest, envelope: Envelope<TRequest>) => Promise<TResult>,
): BatchCommandRoute => ({ contract, handle }) as BatchCommandRoute;

export interface BatchCommandServerOptions {
  kafka: Kafka;
  context: ServiceContext;
  groupId: string;
  routes: BatchCommandRoute[];
  /** Under load, fetch at most once per this many ms, so that a fetch takes many commands (default 15; see FetchPacer). */
  minFetchIntervalMs?: number;
  /** Partitions worked on at once; their commands meet in the handlers' own batching. */
  partitionsConsumedConcurrently?: number;
  onError?: (message: string, context: Record<string, unknown>) => void;
}

/**
 * Answers request-reply commands a whole fetched batch at a time, in the same wire format as
 * NestJS's Kafka transport. NestJS hands a handler one message per partition and waits for
 * its answer before the next; here every message of a batch is handed over in offset order
 * at once, so a handler that commits many commands in one transaction (the order book does)
 * sees them together. Replies go out when all of the batch's answers are in; offsets are
 * committed after that (once a second), so a crash redelivers to idempotent handlers.
 */
export class BatchCommandServer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private offsets: OffsetCommitter | undefined;
  private readonly pacer: FetchPacer;
  /** Replies the broker has not taken in 10 s are given up (their callers have too): the batch is answered again. */
  private readonly sender = new CoalescingSender(() => this.producer, 10_000);
  private readonly routes: Map<string, BatchCommandRoute>;

  constructor(private readonly options: BatchCommandServerOptions) {
    this.routes = new Map(options.routes.map((route) => [route.contract.request.name, route]));
    this.pacer = new FetchPacer(options.minFetchIntervalMs ?? 15);
  }

  async start(): Promise<void> {
    this.producer = this.options.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    this.consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      // A fetch returns as soon as a command arrives; the wait only bounds an idle consumer's polling
      // (each empty fetch is a broker request) and how long a disconnect waits for the fetch in flight.
      maxWaitTimeInMs: 500,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.routes.keys()], fromBeginning: false });
    // A new group starts at the end of its topics: commands sent before it joined, or before it
    // held that start in committed offsets, could be skipped. The service is not ready until then.
    const consumer = this.consumer;
    const startAtEnd = new StartAtEnd(this.options.kafka, this.options.groupId);
    startAtEnd.attach(consumer);
    // A consumer kafkajs will not restart takes no more commands while health stays green: stop the
    // service instead, so that its supervisor starts it again (commands wait in Kafka meanwhile).
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) return;
      this.options.onError?.('the command consumer crashed and will not restart; stopping the service', { error: payload.error.message });
      process.kill(process.pid, 'SIGTERM');
    });
    const offsets = new OffsetCommitter(consumer);
    this.offsets = offsets;
    offsets.start();
    this.pacer.attach(consumer);
    await this.consumer.run({
      // Offsets are committed once a second (OffsetCommitter), not after every partition's batch.
      autoCommit: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 6,
      eachBatch: async ({ batch, heartbeat }) => {
        const route = this.routes.get(batch.topic) as BatchCommandRoute;
        // A big batch under load can take longer than the session timeout: keep the membership alive meanwhile.
        const beating = setInterval(() => void heartbeat().catch(() => undefined), 1_000);
        const replies = await Promise.all(batch.messages.map((message) => this.answer(route, message))).finally(() =>
          clearInterval(beating),
        );
        // The partitions of one fetch are answered after the same book commit: their replies go out
        // together, in produce requests kept well under the broker's 1 MB message limit.
        await Promise.all(
          replies
            .filter((reply): reply is Message & { topic: string } => reply !== undefined)
            .map(({ topic, ...message }) => this.sender.send(topic, message)),
        );
        offsets.processed(batch.topic, batch.partition, batch.lastOffset());
        await heartbeat();
        await this.pacer.pace();
      },
    });
    await startAtEnd.held();
  }

  async stop(): Promise<void> {
    // kafkajs commits only while the consumer runs: what is finished is committed first; a batch
    // still in hand when it stops comes again after a restart (the handlers take repeats).
    await this.offsets?.stop();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  private async answer(route: BatchCommandRoute, message: KafkaMessage): Promise<(Message & { topic: string }) | undefined> {
    const correlationId = message.headers?.kafka_correlationId?.toString();
    const replyTopic = message.headers?.kafka_replyTopic?.toString();
    const replyPartition = message.headers?.kafka_replyPartition?.toString();
    let request: Envelope<unknown>;
    let outcome: CommandResult<unknown>;
    try {
      request = lotbookTopics.validate(route.contract.request, JSON.parse(String(message.value)));
    } catch (error) {
      this.options.onError?.('an invalid command was refused', { topic: route.contract.request.name, error: (error as Error).message });
      request = { key: message.key?.toString() ?? '', correlationId: correlationId ?? '' } as Envelope<unknown>;
      outcome = { ok: false, error: { code: PlatformErrorCode.INVALID_INPUT, message: `invalid command: ${(error as Error).message}` } };
      return correlationId && replyTopic ? this.reply(route, request, outcome, { correlationId, replyTopic, replyPartition }) : undefined;
    }
    try {
      outcome = { ok: true, result: await route.handle(request.payload, request) };
    } catch (error) {
      if (error instanceof DomainError) {
        outcome = refusal(error);
      } else {
        this.options.onError?.('a command failed', { topic: route.contract.request.name, error: (error as Error).message });
        outcome = {
          ok: false,
          error: {
            code: PlatformErrorCode.TRY_AGAIN,
            message: `the service could not complete this now (${(error as Error).message}); try again`,
          },
        };
      }
    }
    return correlationId && replyTopic ? this.reply(route, request, outcome, { correlationId, replyTopic, replyPartition }) : undefined;
  }

  private reply(
    route: BatchCommandRoute,
    request: Envelope<unknown>,
    outcome: CommandResult<unknown>,
    to: { correlationId: string; replyTopic: string; replyPartition?: string },
  ): Message & { topic: string } {
    let valid;
    try {
      valid = replyEnvelope(this.options.context, route.contract, request, outcome);
    } catch (error) {
      // An answer that breaks its own contract is a bug of the service's; thrown here, it failed the
      // whole batch, and kafkajs fetched the same batch again, for ever: every later command of the
      // partition stuck behind it. The caller is told instead, and the partition moves on.
      this.options.onError?.('an answer broke its contract and was not sent', {
        topic: route.contract.request.name,
        error: (error as Error).message,
      });
      valid = replyEnvelope(this.options.context, route.contract, request, {
        ok: false,
        error: { code: PlatformErrorCode.TRY_AGAIN, message: 'the service could not form a valid answer; try again' },
      });
    }
    return {
      topic: to.replyTopic,
      ...(to.replyPartition !== undefined ? { partition: Number(to.replyPartition) } : {}),
      key: valid.key,
      value: JSON.stringify(valid),
      headers: { kafka_correlationId: to.correlationId, 'kafka_nest-is-disposed': Buffer.alloc(1) },
    };
  }
}
