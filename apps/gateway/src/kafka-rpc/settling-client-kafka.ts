import { StartAtEnd } from '@lotbook/messaging';
import { ClientKafka } from '@nestjs/microservices';

/**
 * NestJS's Kafka client, whose reply consumer holds its start in committed offsets
 * (`StartAtEnd`): until it has, each rejoin of its group starts the reply topics at their end
 * again, and a reply that arrived in between is lost (its request times out).
 */
export class SettlingClientKafka extends ClientKafka {
  private startAtEnd: StartAtEnd | undefined;

  /** Resolves once the reply consumer has joined and holds its start; rejects after `timeoutMs`. */
  async settled(timeoutMs: number): Promise<void> {
    if (!this.startAtEnd) throw new Error('the reply consumer has not been created; call connect first');
    await this.startAtEnd.held(timeoutMs);
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    // Registered right after the consumer is made, before it connects: no join can be missed.
    if (!this.client) return;
    this.startAtEnd = new StartAtEnd(this.client, this.groupId);
    this.startAtEnd.attach(this.consumer);
  }
}
