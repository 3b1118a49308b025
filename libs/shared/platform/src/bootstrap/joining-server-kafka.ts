import { ServerKafka } from '@nestjs/microservices';

/**
 * NestJS's Kafka transport, which also tells when its consumer has joined its group. Its
 * `listen` returns before that, and a new group starts at the end of its topics: a command
 * sent in between is never read, and its sender waits for a reply that never comes. A
 * service is not ready until `joined` resolves.
 */
export class JoiningServerKafka extends ServerKafka {
  private resolveJoined: () => void = () => undefined;
  private readonly joinedOnce = new Promise<void>((resolve) => (this.resolveJoined = resolve));

  /** Resolves once the consumer has joined its group, or rejects after `timeoutMs`. */
  async joined(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.joinedOnce,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the command consumer did not join its group within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    // Registered right after the consumer is made, before it connects: the join cannot be missed.
    const consumer = this.consumer;
    consumer?.on(consumer.events.GROUP_JOIN, () => this.resolveJoined());
  }
}
