import { gatewayReplies } from '@lotbook/contracts';
import { StartAtEnd } from '@lotbook/messaging';
import { ClientKafka } from '@nestjs/microservices';

/**
 * NestJS's Kafka client, with two changes:
 * - every command is answered on one topic, `gateway.replies` (NestJS would use
 *   `<command>.reply`, three partitions for each of over a hundred commands, and each fetch of the
 *   reply consumer named them all);
 * - its reply consumer holds its start in committed offsets (`StartAtEnd`): until it has, each
 *   rejoin of its group starts the reply topic at its end again, and a reply that arrived in
 *   between is lost (its request times out).
 */
export class SettlingClientKafka extends ClientKafka {
  private startAtEnd: StartAtEnd | undefined;

  /** Resolves once the reply consumer has joined and holds its start; rejects after `timeoutMs`. */
  async settled(timeoutMs: number): Promise<void> {
    if (!this.startAtEnd) throw new Error('the reply consumer has not been created; call connect first');
    await this.startAtEnd.held(timeoutMs);
  }

  /** The partition of `gateway.replies` this replica asks the services to answer on, once it owns one. */
  replyPartition(): number | undefined {
    return this.getConsumerAssignments()[gatewayReplies.name];
  }

  override subscribeToResponseOf(pattern: unknown): void {
    // One reply topic for every command: subscribed once.
    if (!this.responsePatterns.includes(gatewayReplies.name)) super.subscribeToResponseOf(pattern);
  }

  protected override getResponsePatternName(): string {
    return gatewayReplies.name;
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    // Registered right after the consumer is made, before it connects: no join can be missed.
    if (!this.client) return;
    this.startAtEnd = new StartAtEnd(this.client, this.groupId);
    this.startAtEnd.attach(this.consumer);
  }
}
