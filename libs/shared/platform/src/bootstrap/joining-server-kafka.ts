import { StartAtEnd } from '@lotbook/messaging';
import { ServerKafka } from '@nestjs/microservices';

/**
 * NestJS's Kafka transport, which also tells when it can be relied on to read every command
 * sent from then on. Its `listen` returns before its consumer has joined its group, and a new
 * group starts at the end of its topics: a command sent in between is never read, and its
 * sender waits for a reply that never comes. Nor is joining once enough: until the group has
 * committed an offset for a partition, each rejoin starts that partition at its end again
 * (`StartAtEnd`). A service is not ready until `settled` resolves.
 */
export class JoiningServerKafka extends ServerKafka {
  private startAtEnd: StartAtEnd | undefined;

  /** Resolves once the consumer has joined and holds its start in committed offsets; rejects after `timeoutMs` (60 s unless given). */
  async settled(timeoutMs?: number): Promise<void> {
    if (!this.startAtEnd) throw new Error('the command consumer has not been created; call listen first');
    await this.startAtEnd.held(timeoutMs);
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    // Registered right after the consumer is made, before it connects: no join can be missed.
    if (!this.consumer || !this.client) return;
    this.startAtEnd = new StartAtEnd(this.client, this.groupId);
    this.startAtEnd.attach(this.consumer);
  }
}
