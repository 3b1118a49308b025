import type { Consumer } from 'kafkajs';

/**
 * Commits a consumer's offsets every so often instead of after every batch. kafkajs with
 * `autoCommit` sends an offset commit after each partition's batch: under load that is a broker
 * request for every few messages. Here the consumer runs with `autoCommit: false`, reports what
 * it has finished (`processed`), and the offsets go in one request per interval and at `stop()`.
 * A crash redelivers at most an interval's messages, which idempotent handlers take as repeats.
 *
 * A commit that fails (the broker restarting, a coordinator moving) is tried again at the next
 * interval, unless the group rebalanced meanwhile. Dropped, it left the group's committed offset
 * behind what the consumer had read for as long as nothing new came to that partition: lag that
 * never went away (the fault harness's seed 238) and a redelivery after the next restart.
 */
export class OffsetCommitter {
  private pending = new Map<string, { topic: string; partition: number; offset: string }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  /** Counts the group's joins: a commit's offsets are only put back if no join came since. */
  private joins = 0;

  constructor(
    private readonly consumer: Consumer,
    private readonly intervalMs = 1_000,
  ) {
    // After a rebalance the partitions may be another member's: what this one finished is read again there.
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joins += 1;
      this.pending.clear();
    });
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.intervalMs);
  }

  /** Everything of the partition up to and including `lastOffset` is done. */
  processed(topic: string, partition: number, lastOffset: string): void {
    this.pending.set(`${topic}|${partition}`, { topic, partition, offset: (BigInt(lastOffset) + 1n).toString() });
  }

  async flush(): Promise<void> {
    await this.flushing;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const joins = this.joins;
    this.flushing = this.consumer
      .commitOffsets([...batch.values()])
      .catch(() => {
        // Still this member's partitions: try again next time, unless something newer is waiting.
        if (this.joins !== joins) return;
        for (const [key, offset] of batch) if (!this.pending.has(key)) this.pending.set(key, offset);
      })
      .finally(() => (this.flushing = undefined));
    await this.flushing;
  }

  /** Commits what is finished; call it before the consumer stops (kafkajs ignores commits of a stopped consumer). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}

/**
 * Spaces a consumer's fetches under load. kafkajs fetches again as soon as the last fetch's
 * batches are handled, and the broker answers a fetch as soon as one message is there: a busy
 * topic is then read a message or two per fetch, each fetch (and each reply produced for it)
 * a broker request. Holding the next fetch until `minIntervalMs` after the last one started
 * lets it take everything that arrived meanwhile. An idle consumer is not slowed: its fetch
 * waits at the broker, and when a message comes the interval has long passed.
 *
 * The interval counts once per fetch, however many partitions' batches it brought: kafkajs
 * hands them over one by one (or a few at a time) and fetches again only when all are handled,
 * so every batch of a fetch waits for the same moment.
 */
export class FetchPacer {
  private fetchStartedAt = 0;

  constructor(private readonly minIntervalMs: number) {}

  /** Times the interval from the consumer's fetches; call once, before `run`. */
  attach(consumer: Consumer): void {
    consumer.on(consumer.events.FETCH_START, () => {
      this.fetchStartedAt = Date.now();
    });
  }

  /** Call at the end of handling a batch; resolves when the next fetch may go. */
  async pace(): Promise<void> {
    const wait = this.fetchStartedAt + this.minIntervalMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
