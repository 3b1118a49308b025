import type { Admin, Consumer, IMemberAssignment } from 'kafkajs';
import type { MessagingLogger } from './kafka.factory';

/** How soon a failed attempt is made again, while no newer join has come. */
const RETRY_MS = 250;
/** How long a starting consumer waits, unless told otherwise, to join its group and hold its start there. */
const HELD_TIMEOUT_MS = 60_000;

/** What this needs of a kafkajs client (NestJS's transports hold theirs under its own types). */
type AdminSource = { admin(): Pick<Admin, 'connect' | 'disconnect' | 'fetchOffsets' | 'fetchTopicOffsets'> };
type GroupConsumer = Pick<Consumer, 'on' | 'events' | 'commitOffsets'>;

/**
 * Keeps a group that starts at the end of its topics (commands, replies: what was sent before
 * anyone listened is nobody's) from ever skipping a message sent after it started.
 *
 * A partition without a committed offset is resolved to its end again at every join, and a
 * new group rejoins often before it has committed anything: on a fresh broker, dozens of times
 * in its first seconds while new topics get their leaders. Each rejoin jumped past whatever had
 * arrived since, so a command sent to a service that had said it was ready could go unread.
 *
 * After each join, this commits the end offset of every assigned partition that has no
 * committed offset yet, so a later join goes on from there. `held` resolves once that has been
 * done for a whole assignment: a service is ready only then.
 *
 * Kafka has no compare-and-set for offsets: a message read and committed between this
 * looking and this committing (milliseconds, while the service is still starting) could have
 * its commit set back to the end as it was, and be read again after a later rejoin. The
 * consumers here take repeats (idempotent handlers, replies matched by correlation id).
 */
export class StartAtEnd {
  private admin: ReturnType<AdminSource['admin']> | undefined;
  private joins = 0;
  private queue: Promise<void> = Promise.resolve();
  private markHeld: () => void = () => undefined;
  private readonly heldOnce = new Promise<void>((resolve) => (this.markHeld = resolve));

  constructor(
    private readonly kafka: AdminSource,
    private readonly groupId: string,
    private readonly logger?: MessagingLogger,
  ) {}

  /** Registers on the consumer; call it before the consumer runs (it joins then), so no join is missed. */
  attach(consumer: GroupConsumer): void {
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const join = ++this.joins;
      this.queue = this.queue.then(() => this.holdAfter(consumer, join, payload.memberAssignment));
    });
    consumer.on(consumer.events.DISCONNECT, () => {
      const admin = this.admin;
      this.admin = undefined;
      this.queue = this.queue.then(() => admin?.disconnect());
    });
  }

  /** Resolves once a join's partitions all had a committed offset; rejects after `timeoutMs` (60 s unless given). */
  async held(timeoutMs = HELD_TIMEOUT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.heldOnce,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the consumer group ${this.groupId} did not settle at the end of its topics within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  }

  private async holdAfter(consumer: GroupConsumer, join: number, assignment: IMemberAssignment): Promise<void> {
    // A newer join brings its own assignment (and its own attempt); this one's is out of date.
    while (join === this.joins) {
      try {
        await this.commitEnds(consumer, assignment);
        this.markHeld();
        return;
      } catch (error) {
        // Typically the group is rebalancing: the commit belonged to a generation that has ended.
        this.logger?.debug('start offsets not committed yet; trying again', { groupId: this.groupId, error: (error as Error).message });
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  private async commitEnds(consumer: GroupConsumer, assignment: IMemberAssignment): Promise<void> {
    const topics = Object.keys(assignment).filter((topic) => assignment[topic].length > 0);
    if (topics.length === 0) return;
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const admin = this.admin;
    const committed = await admin.fetchOffsets({ groupId: this.groupId, topics });
    const missing = committed.flatMap(({ topic, partitions }) =>
      partitions
        .filter(({ partition, offset }) => offset === '-1' && assignment[topic].includes(partition))
        .map(({ partition }) => ({ topic, partition })),
    );
    if (missing.length === 0) return;
    const ends = new Map(
      await Promise.all(
        [...new Set(missing.map(({ topic }) => topic))].map(async (topic) => {
          const offsets = await admin.fetchTopicOffsets(topic);
          return [topic, new Map(offsets.map(({ partition, high }) => [partition, high]))] as const;
        }),
      ),
    );
    const end = (topic: string, partition: number): string => {
      const offset = ends.get(topic)?.get(partition);
      // Never a guess: '0' would have a command group answer every command the topic still holds.
      if (offset === undefined) throw new Error(`no end offset for ${topic} partition ${partition}`);
      return offset;
    };
    await consumer.commitOffsets(missing.map(({ topic, partition }) => ({ topic, partition, offset: end(topic, partition) })));
    this.logger?.debug('start offsets committed at the end of the topics', { groupId: this.groupId, partitions: missing.length });
  }
}
