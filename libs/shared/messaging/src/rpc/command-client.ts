import { randomUUID } from 'node:crypto';
import { createEnvelope, lotbookTopics, type CommandResult, type RequestReplyDefinition } from '@lotbook/contracts';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { CoalescingSender } from '../kafka/coalescing-sender';
import { FetchPacer, OffsetCommitter } from '../kafka/consumer-pacing';
import { StartAtEnd } from '../kafka/start-at-end';

export class CommandTimeoutError extends Error {
  constructor(
    readonly topic: string,
    readonly timeoutMs: number,
  ) {
    super(`${topic}: no reply within ${timeoutMs} ms`);
    this.name = 'CommandTimeoutError';
  }
}

interface Pending {
  resolve(reply: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Request-reply from one service to another over Kafka, speaking the same wire format as
 * NestJS's Kafka transport (correlation id and reply topic in headers), so any service's
 * `@MessagePattern` answers it. Each client instance reads every partition of its reply
 * topics in a group of its own and keeps only its own replies, so replicas never steal
 * each other's answers.
 *
 * Sends are coalesced: commands issued while a send is on its way go out together in the next
 * one (one produce request for many commands), so a busy client costs the broker a request per
 * round trip rather than one per command, and an idle one adds no delay.
 */
export class CommandClient {
  private producer: Producer | undefined;
  private consumer: Consumer | undefined;
  private offsets: OffsetCommitter | undefined;
  private readonly pending = new Map<string, Pending>();
  /** A send is given up when its command's reply would be too late anyway. */
  private readonly sender: CoalescingSender;
  /** Under load, replies are fetched every 15 ms, many at a time, rather than one or two per fetch. */
  private readonly pacer = new FetchPacer(15);

  constructor(
    private readonly kafka: Kafka,
    private readonly clientName: string,
    private readonly contracts: ReadonlyArray<RequestReplyDefinition<unknown, unknown>>,
    private readonly timeoutMs = 5_000,
  ) {
    this.sender = new CoalescingSender(() => this.producer, timeoutMs);
  }

  async start(): Promise<void> {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    const groupId = `${this.clientName}.replies.${randomUUID().slice(0, 8)}`;
    const consumer = this.kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      // A fetch returns as soon as a reply arrives; this only paces an idle client's polling.
      maxWaitTimeInMs: 500,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: this.contracts.map((contract) => contract.reply.name), fromBeginning: false });
    // Its group is its own and starts at the end: earlier replies are someone else's. A rejoin must
    // go on from where it was, not from the end again, or the replies in between are lost.
    const startAtEnd = new StartAtEnd(this.kafka, groupId);
    startAtEnd.attach(consumer);
    const offsets = new OffsetCommitter(consumer);
    this.offsets = offsets;
    offsets.start();
    this.pacer.attach(consumer);
    await consumer.run({
      // Where it is goes to the broker once a second (OffsetCommitter), not after every fetch.
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          const correlationId = message.headers?.kafka_correlationId?.toString();
          const waiting = correlationId ? this.pending.get(correlationId) : undefined;
          if (!waiting || !correlationId) continue;
          this.pending.delete(correlationId);
          clearTimeout(waiting.timer);
          try {
            waiting.resolve(JSON.parse(String(message.value)));
          } catch (error) {
            waiting.reject(error as Error);
          }
        }
        offsets.processed(batch.topic, batch.partition, batch.lastOffset());
        await this.pacer.pace();
      },
    });
    await startAtEnd.held();
  }

  async stop(): Promise<void> {
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error('the command client is stopping'));
      this.pending.delete(id);
    }
    await this.offsets?.stop();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  /** Sends a command and waits for its result; a reply that does not come in time is a CommandTimeoutError. */
  async command<TRequest, TResult, TCode extends string = string>(
    contract: RequestReplyDefinition<TRequest, CommandResult<TResult, TCode>>,
    payload: TRequest,
    key: string,
    correlation?: string,
  ): Promise<CommandResult<TResult, TCode>> {
    if (!this.producer) throw new Error('the command client is not started');
    const envelope = createEnvelope({
      type: contract.request.messageType,
      version: contract.request.version,
      producer: this.clientName,
      key,
      correlationId: correlation,
      payload,
    });
    const request = lotbookTopics.validate(contract.request, envelope);
    const correlationId = randomUUID();
    const reply = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(correlationId);
        reject(new CommandTimeoutError(contract.request.name, this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(correlationId, { resolve, reject, timer });
    });
    // The timer may fire while the send is still retrying (the broker down): the rejection is
    // awaited below, but until then it must not count as unhandled, which ends the process.
    reply.catch(() => undefined);
    try {
      await this.sender.send(contract.request.name, {
        key,
        value: JSON.stringify(request),
        headers: { kafka_correlationId: correlationId, kafka_replyTopic: contract.reply.name },
      });
    } catch (error) {
      const waiting = this.pending.get(correlationId);
      if (waiting) clearTimeout(waiting.timer);
      this.pending.delete(correlationId);
      throw error;
    }
    return lotbookTopics.validate(contract.reply, await reply).payload;
  }
}
