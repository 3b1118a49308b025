import type { Admin, Consumer } from 'kafkajs';

/** How long, unless told otherwise, a consumer has to read its topics to where they ended at its start. */
const CAUGHT_UP_TIMEOUT_MS = 60_000;
/** How soon the end offsets are asked for again after a retriable error. */
const RETRY_MS = 200;

type OffsetSource = { admin(): Pick<Admin, 'connect' | 'disconnect' | 'fetchTopicOffsets'> };
type BatchConsumer = Pick<Consumer, 'on' | 'events'>;

/**
 * For a process that keeps a topic's state in memory, read from the beginning at every start
 * (the gateway's company standings from the compacted status topic): tells when it has read
 * every partition up to the end offset it had when the process started, so that it says it is
 * ready only with the state as it was then, never with a partial one.
 *
 * It follows the consumer's batches (kafkajs's END_BATCH_PROCESS, sent also for a batch that
 * compaction left empty), so a message's handler must be done with it before its batch ends.
 */
export class ReadToEnd {
  private readonly remaining = new Map<string, bigint>();
  private markCaughtUp: () => void = () => undefined;
  private readonly caughtUpOnce = new Promise<void>((resolve) => (this.markCaughtUp = resolve));

  /** `ends`: per partition, the offset after its last message when reading began (a partition with none is left out). */
  constructor(
    private readonly topic: string,
    ends: ReadonlyArray<{ partition: number; end: string }>,
  ) {
    for (const { partition, end } of ends) this.remaining.set(String(partition), BigInt(end));
    if (this.remaining.size === 0) this.markCaughtUp();
  }

  /**
   * Reads the topic's end offsets now (partitions with no message left out). Asks again, for up
   * to `timeoutMs`, while the broker answers with a retriable error: a topic created moments
   * ago names leaders that do not serve it yet.
   */
  static async now(kafka: OffsetSource, topic: string, timeoutMs = 15_000): Promise<ReadToEnd> {
    const admin = kafka.admin();
    await admin.connect();
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        try {
          const offsets = await admin.fetchTopicOffsets(topic);
          return new ReadToEnd(
            topic,
            offsets.filter(({ low, high }) => BigInt(high) > BigInt(low)).map(({ partition, high }) => ({ partition, end: high })),
          );
        } catch (error) {
          if (!(error as { retriable?: boolean }).retriable || Date.now() >= deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    } finally {
      await admin.disconnect();
    }
  }

  /** Registers on the consumer; call it before the consumer runs. */
  attach(consumer: BatchConsumer): void {
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      if (payload.topic === this.topic) this.read(payload.partition, payload.lastOffset);
    });
  }

  /** The consumer has handled a partition's messages up to `offset`. */
  read(partition: number, offset: string): void {
    const end = this.remaining.get(String(partition));
    if (end === undefined || BigInt(offset) + 1n < end) return;
    this.remaining.delete(String(partition));
    if (this.remaining.size === 0) this.markCaughtUp();
  }

  get isCaughtUp(): boolean {
    return this.remaining.size === 0;
  }

  /** Resolves once every partition has been read to its end at start; rejects after `timeoutMs` (60 s unless given). */
  async caughtUp(timeoutMs = CAUGHT_UP_TIMEOUT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.caughtUpOnce,
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `${this.topic} was not read to its end within ${timeoutMs} ms (partitions left: ${[...this.remaining.keys()].join(', ')})`,
              ),
            ),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  }
}
