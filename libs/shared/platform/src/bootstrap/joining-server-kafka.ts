import { StartAtEnd } from '@lotbook/messaging';
import { ServerKafka, type KafkaContext } from '@nestjs/microservices';
import type { RecordMetadata } from '@nestjs/microservices/external/kafka.interface';

/**
 * NestJS's Kafka transport, which also tells when it can be relied on to read every command
 * sent from then on. Its `listen` returns before its consumer has joined its group, and a new
 * group starts at the end of its topics: a command sent in between is never read, and its
 * sender waits for a reply that never comes. Nor is joining once enough: until the group has
 * committed an offset for a partition, each rejoin starts that partition at its end again
 * (`StartAtEnd`). A service is not ready until `settled` resolves.
 *
 * And a reply that cannot be sent (the broker down longer than the producer's retries) is
 * dropped with a warning: NestJS sends replies from a `process.nextTick` callback that
 * nothing awaits, so the send's rejection was unhandled and took the whole service down. The
 * caller sees no reply and sends again with the same idempotency key, as after any lost reply.
 */
export class JoiningServerKafka extends ServerKafka {
  private startAtEnd: StartAtEnd | undefined;

  /** Resolves once the consumer has joined and holds its start in committed offsets; rejects after `timeoutMs` (60 s unless given). */
  async settled(timeoutMs?: number): Promise<void> {
    if (!this.startAtEnd) throw new Error('the command consumer has not been created; call listen first');
    await this.startAtEnd.held(timeoutMs);
  }

  override async sendMessage(
    message: Parameters<ServerKafka['sendMessage']>[0],
    replyTopic: string,
    replyPartition: string | undefined | null,
    correlationId: string,
    context: KafkaContext,
  ): Promise<RecordMetadata[]> {
    try {
      return await super.sendMessage(message, replyTopic, replyPartition, correlationId, context);
    } catch (error) {
      this.logger.warn(
        `a reply on ${replyTopic} could not be sent and is dropped (the caller will try again): ${(error as Error).message}`,
      );
      return [];
    }
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    // Registered right after the consumer is made, before it connects: no join can be missed.
    if (!this.consumer || !this.client) return;
    this.startAtEnd = new StartAtEnd(this.client, this.groupId);
    this.startAtEnd.attach(this.consumer);
  }
}
