import { createHash } from 'node:crypto';
import { type Kafka, type Producer } from 'kafkajs';
import { preparedQuery } from '@lotbook/persistence';
import type { PoolClient } from 'pg';
import { type DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { chunksOfBytes, MAX_SEND_BYTES, topicMessagesOf, withSendDeadline } from '../kafka/coalescing-sender';
import { type MessagingLogger, silentLogger } from '../kafka/kafka.factory';
import { outboxChannel, type RelayedMessage, type WrittenOutboxRows } from './outbox';

/** How long one produce request of the relay may take before it is given up and its rows sent again. */
const SEND_DEADLINE_MS = 30_000;

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  /** Names the relay in logs and its advisory lock; usually the service name. */
  name: string;
  logger?: MessagingLogger;
  batchSize?: number;
  /**
   * How long the relay sleeps when the outbox is empty and it is not listening for commits (its
   * notification connection is down); while it listens, it wakes on every commit and looks on its
   * own only every LISTENING_IDLE_DELAY_MS.
   */
  idleDelayMs?: number;
  /** Rows before the last one published that a round looks at (default SCAN_WINDOW); see relayOnce. */
  scanWindow?: number;
  /** How often a round looks from the start of the outbox (default FULL_SCAN_EVERY_MS). */
  fullScanEveryMs?: number;
  /** How often a listening relay looks on its own (default LISTENING_IDLE_DELAY_MS). */
  listeningIdleDelayMs?: number;
  /**
   * When true (the default) only one relay per schema publishes at a time (a transaction-level
   * advisory lock held for the whole round), which keeps messages of one key in commit order
   * across replicas; no other relay can claim a row meanwhile, so rows are read without row
   * locks. Unordered relays claim rows with FOR UPDATE SKIP LOCKED, so they never publish a row
   * concurrently either.
   */
  ordered?: boolean;
  /** Called after Kafka acknowledged a batch and before its rows are deleted; tests use it to simulate a crash. */
  afterPublish?: (ids: string[]) => Promise<void> | void;
}

interface ClaimedRow {
  seq: string;
  id: string;
  topic: string;
  message_key: string;
  message_type: string;
  /** The envelope as its writer's JSON text: sent as it is, never parsed and printed again here. */
  envelope_text: string;
  correlation_id: string | null;
}

/** Runs one statement of a relay round, prepared under `name` when given. */
type Run = <T>(text: string, values: unknown[], name?: string) => Promise<T[]>;

const range = (first: bigint, last: bigint): bigint[] => {
  const numbers: bigint[] = [];
  for (let seq = first; seq <= last; seq++) numbers.push(seq);
  return numbers;
};

/** The relay's own connection, on which it LISTENs for commits. */
interface Listener {
  client: PoolClient;
  /** Back to the pool, once however often it is called (destroyed when there is an error). */
  release(error?: Error): void;
}

/** Rows before the last one published that a round still looks at (transactions that committed a little out of order). */
const SCAN_WINDOW = 100;
/** How often a round looks from the start of the outbox (a transaction that committed long after it numbered its rows). */
const FULL_SCAN_EVERY_MS = 2_000;
/** While the relay listens for commits, it still looks this often on its own (a notification missed while reconnecting). */
const LISTENING_IDLE_DELAY_MS = 2_000;
/** How often a relay that lost its notification connection tries to LISTEN again (it polls meanwhile). */
const LISTEN_RETRY_MS = 2_000;
/** Commits handed over and not yet sent that a relay keeps; it reads older ones back from the table. */
const MAX_HANDED_OFF = 64;
/** How long a relay that is handed rows waits for them before it reads a notification's rows from the table. */
const HAND_OVER_GRACE_MS = 20;
/** Runs of published numbers a relay remembers, to recognise the notifications of rows it has sent. */
const PUBLISHED_RUNS_KEPT = 64;

function lockKey(name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`lotbook:outbox:${name}`).digest('hex').slice(0, 16)}`)).toString();
}

/**
 * Moves committed outbox rows to Kafka: claim a batch, send it with an idempotent producer
 * (acks=all), delete the rows. A crash between send and delete publishes the batch again on
 * restart: at-least-once, made effectively-once by the consumers' inbox.
 *
 * An ordered relay that listens for commits leads on its notification connection: it holds a
 * session-level advisory lock there, so a round is two statements (claim, delete) instead of a
 * transaction of five. A writer in the same process can hand over the rows it has just
 * committed (`committed(rows)`); when they follow on from the last row published, they are
 * sent as they are and only deleted, with no claim.
 */
export class OutboxRelay {
  private producer: Producer | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private nudged = false;
  private readonly logger: MessagingLogger;
  private readonly batchSize: number;
  private readonly idleDelayMs: number;
  private readonly ordered: boolean;
  private readonly lockKey: string;
  private listener: Listener | undefined;
  private lastPublishedSeq = 0n;
  /** It holds the session-level advisory lock on its notification connection. */
  private leading = false;
  /** Committed rows handed over by this process's writer, oldest first. */
  private handedOff: WrittenOutboxRows[] = [];
  /** This process's writer hands its rows over. */
  private handingOver = false;
  /** A notification named rows not known to be published: the next round claims. */
  private mustClaim = true;
  /** The leader's last delete of published rows, still running. */
  private deleting: Promise<void> = Promise.resolve();
  /** Runs of numbers published lately, oldest first. */
  private publishedRuns: Array<[bigint, bigint]> = [];
  private lastFullScanAt = 0;
  private lastListenAttemptAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger ?? silentLogger;
    this.batchSize = options.batchSize ?? 500;
    this.idleDelayMs = options.idleDelayMs ?? 100;
    this.ordered = options.ordered ?? true;
    this.lockKey = lockKey(options.name);
  }

  async connect(): Promise<void> {
    if (this.producer) return;
    const producer = this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    this.producer = producer;
  }

  /** Starts relaying in the background until `stop()`. */
  async start(): Promise<void> {
    await this.connect();
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /** LISTENs for the outbox's commit notifications on a connection of its own; false when it cannot. */
  private async listen(): Promise<boolean> {
    if (this.listener) return true;
    this.lastListenAttemptAt = Date.now();
    let listener: Listener | undefined;
    try {
      const pool = (this.options.dataSource.driver as PostgresDriver).master as { connect(): Promise<PoolClient> };
      const client = await pool.connect();
      // A connection that dies reports it more than once (the server's error, then the end):
      // it goes back to the pool once.
      let released = false;
      const current: Listener = {
        client,
        release: (error) => {
          if (released) return;
          released = true;
          if (this.listener === current) {
            this.listener = undefined;
            // The session lock went with a broken connection; a healthy one is unlocked by stop().
            this.leading = false;
          }
          client.release(error);
        },
      };
      listener = current;
      client.on('notification', (message) => this.notified(message.payload));
      client.on('error', (error: Error) => {
        if (released) return;
        this.logger.warn('outbox relay lost its notification connection; polling until it is back', {
          relay: this.options.name,
          error: error.message,
        });
        current.release(error);
      });
      // The leader's deletes (a commit each) need not wait for the WAL to reach the disk: one lost
      // in a crash of PostgreSQL only sends its rows again, which the consumers' inbox takes. At 200
      // orders/s this halved PostgreSQL's WAL flushes (266 a second before, 138 after).
      await client.query(`LISTEN "${outboxChannel(this.options.name).replaceAll('"', '""')}"; SET synchronous_commit = off`);
      this.listener = current;
      return true;
    } catch (error) {
      this.logger.warn('outbox relay cannot listen for commits; polling instead', {
        relay: this.options.name,
        error: (error as Error).message,
      });
      listener?.release(error as Error);
      return false;
    }
  }

  /** LISTENs, unless the last attempt was less than LISTEN_RETRY_MS ago (a relay that polls tries again every so often, not every idle round). */
  private async tryListen(): Promise<boolean> {
    if (Date.now() - this.lastListenAttemptAt < LISTEN_RETRY_MS) return false;
    return this.listen();
  }

  /** Wakes the loop at once instead of after its idle delay; a nudge during a relay round makes it go round again at once. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /**
   * This process committed outbox rows; `rows` are the ones it wrote (`Outbox.write`). A
   * listening relay is woken by PostgreSQL's notification; one given the rows sends them at once
   * (the notification then finds them sent); one that is polling is woken now.
   */
  committed(rows?: WrittenOutboxRows): void {
    if (rows && this.ordered && this.listener) {
      this.handingOver = true;
      this.handedOff.push(rows);
      if (this.handedOff.length > MAX_HANDED_OFF) this.handedOff.shift();
      this.nudge();
      return;
    }
    if (!this.listener) this.nudge();
  }

  /**
   * A commit's notification, naming the numbers it took ("first-last"). Rows this relay has
   * sent, or holds from its own process, need no look at the table; anything else makes the
   * next round claim. Where a writer hands rows over, the notification often overtakes the
   * hand-over of the same commit, so it is weighed a moment later.
   */
  private notified(payload: string | undefined): void {
    const check = () => {
      const named = /^(\d+)-(\d+)$/.exec(payload ?? '');
      if (named && this.knows(BigInt(named[1]), BigInt(named[2]))) return;
      this.mustClaim = true;
      this.nudge();
    };
    if (this.handingOver) setTimeout(check, HAND_OVER_GRACE_MS);
    else setImmediate(check);
  }

  /** The rows first..last were published, or are handed over and waiting. */
  private knows(first: bigint, last: bigint): boolean {
    const within = ([from, to]: readonly [bigint, bigint]) => from <= first && last <= to;
    return this.publishedRuns.some(within) || this.handedOff.some((rows) => within([rows.firstSeq, rows.lastSeq]));
  }

  private remember(seqs: bigint[]): void {
    for (const seq of seqs) {
      const run = this.publishedRuns[this.publishedRuns.length - 1];
      if (run && seq === run[1] + 1n) run[1] = seq;
      else this.publishedRuns.push([seq, seq]);
    }
    if (this.publishedRuns.length > PUBLISHED_RUNS_KEPT) this.publishedRuns.splice(0, this.publishedRuns.length - PUBLISHED_RUNS_KEPT);
    const last = seqs[seqs.length - 1];
    if (last > this.lastPublishedSeq) this.lastPublishedSeq = last;
  }

  /**
   * The handed-over rows that follow on from the last row published, up to a batch; undefined
   * when the next ones do not (rows of another transaction came between, or a claim already
   * took some of them), and the table is read instead.
   */
  private takeHandedOff(): WrittenOutboxRows | undefined {
    const next = this.lastPublishedSeq + 1n;
    while (this.handedOff.length > 0 && this.handedOff[0].lastSeq < next) this.handedOff.shift();
    if (this.handedOff.length === 0 || this.handedOff[0].firstSeq !== next) return undefined;
    const taken = this.handedOff.shift() as WrittenOutboxRows;
    const messages = [...taken.messages];
    let lastSeq = taken.lastSeq;
    while (
      this.handedOff.length > 0 &&
      this.handedOff[0].firstSeq === lastSeq + 1n &&
      messages.length + this.handedOff[0].messages.length <= this.batchSize
    ) {
      const more = this.handedOff.shift() as WrittenOutboxRows;
      messages.push(...more.messages);
      lastSeq = more.lastSeq;
    }
    return { firstSeq: taken.firstSeq, lastSeq, messages };
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.deleting;
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      const unlocked = await listener.client
        .query('UNLISTEN *; RESET synchronous_commit; SELECT pg_advisory_unlock_all()')
        .then(() => true)
        .catch(() => false);
      this.leading = false;
      // A connection that may still hold the lock (or its settings) is closed rather than pooled.
      listener.release(unlocked ? undefined : new Error('the relay could not release its lock'));
    }
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  /** Relays one batch; returns how many messages it published. */
  async relayOnce(): Promise<number> {
    await this.connect();
    const listener = this.listener;
    if (this.ordered && listener) return this.relayAsLeader(listener.client);
    this.handedOff = [];
    return this.relayInTransaction();
  }

  /** A round on the notification connection, under the session-level lock, each statement on its own. */
  private async relayAsLeader(client: PoolClient): Promise<number> {
    // One statement at a time on the connection: each waits for the delete still running there.
    const run = async <T>(text: string, values: unknown[], name?: string) => {
      await this.deleting;
      return (await client.query({ name, text, values })).rows as T[];
    };
    if (!this.leading) {
      const [{ locked }] = await run<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1) AS locked`, [this.lockKey]);
      if (!locked) {
        // Another replica leads: what this process wrote is its to send.
        this.handedOff = [];
        return 0;
      }
      this.leading = true;
      this.mustClaim = true;
    }
    if (!this.mustClaim && !this.fullScanDue()) {
      const handed = this.takeHandedOff();
      if (handed) return this.publish(run, handed.messages, range(handed.firstSeq, handed.lastSeq), false);
      if (this.handedOff.length === 0) return 0;
      // What was handed over does not follow on from the last row published (the first rows
      // since it started, or another transaction's between): it is read from the table.
    }
    this.mustClaim = false;
    return this.claimAndPublish(run, false);
  }

  /** A round in a transaction of its own: a relay that is not listening, or an unordered one. */
  private relayInTransaction(): Promise<number> {
    return this.options.dataSource.transaction(async (transaction: EntityManager) => {
      if (this.ordered) {
        const [{ locked }] = await transaction.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [this.lockKey]);
        if (!locked) return 0;
      }
      return this.claimAndPublish(
        (text, values, name) => (name ? preparedQuery(transaction, name, text, values) : transaction.query(text, values)),
        true,
      );
    });
  }

  private fullScanDue(): boolean {
    return Date.now() - this.lastFullScanAt >= (this.options.fullScanEveryMs ?? FULL_SCAN_EVERY_MS);
  }

  private async claimAndPublish(run: Run, inTransaction: boolean): Promise<number> {
    // Relayed rows leave dead entries in the primary key until a vacuum, and walking tens of
    // thousands of them cost milliseconds a round under load. So the scan starts a window
    // behind the last row published; a row whose transaction took its number earlier but
    // committed later than that (a gap) is found by the scan from the start, every so often.
    const fromStart = this.fullScanDue();
    const after = fromStart ? -1n : this.lastPublishedSeq - BigInt(this.options.scanWindow ?? SCAN_WINDOW);
    if (fromStart) this.lastFullScanAt = Date.now();
    // Prepared once per connection: planning it weighed the range against an index full of dead
    // entries (about 2 ms a round under load). Under the advisory lock a row lock (a write to
    // every claimed row) would guard against no one.
    const rows = await run<ClaimedRow>(
      `SELECT seq, id, topic, message_key, message_type, envelope::text AS envelope_text, envelope->>'correlationId' AS correlation_id FROM outbox
        WHERE seq > $2 ORDER BY seq LIMIT $1${this.ordered ? '' : ' FOR UPDATE SKIP LOCKED'}`,
      [this.batchSize, after.toString()],
      this.ordered ? 'lotbook-outbox-claim' : 'lotbook-outbox-claim-locking',
    );
    if (rows.length === 0) return 0;
    const messages = rows.map((row) => ({
      topic: row.topic,
      id: row.id,
      key: row.message_key,
      type: row.message_type,
      correlationId: row.correlation_id ?? row.id,
      value: row.envelope_text,
    }));
    return this.publish(
      run,
      messages,
      rows.map((row) => BigInt(row.seq)),
      inTransaction,
    );
  }

  /**
   * Sends the messages and deletes their rows (`numbers`, ascending); returns how many were
   * published (0 when Kafka refused them: they stay).
   */
  private async publish(run: Run, messages: RelayedMessage[], numbers: bigint[], inTransaction: boolean): Promise<number> {
    try {
      // In produce requests of a bounded size, one after the other: a partition's record batch
      // must stay under the broker's message size limit.
      const outgoing = messages.map((message) => ({
        topic: message.topic,
        value: message.value,
        message: {
          key: message.key,
          value: message.value,
          headers: { 'message-id': message.id, 'message-type': message.type, 'correlation-id': message.correlationId },
        },
      }));
      for (const chunk of chunksOfBytes(outgoing, MAX_SEND_BYTES)) {
        // Bounded: a send kafkajs keeps retrying against a broker that does not answer would hold
        // the relay (and its claim) for minutes; given up, the rows stay and go again (consumers
        // take repeats by message id).
        await withSendDeadline(
          (this.producer as Producer).sendBatch({ acks: -1, topicMessages: topicMessagesOf(chunk) }),
          SEND_DEADLINE_MS,
        );
      }
    } catch (error) {
      await run(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])`, [
        numbers.map(String),
        (error as Error).message,
      ]);
      this.logger.warn('outbox relay could not publish a batch; it stays in the outbox', {
        relay: this.options.name,
        count: messages.length,
        error: (error as Error).message,
      });
      // What was handed over is read back from the table next time.
      this.handedOff = [];
      this.mustClaim = true;
      return 0;
    }
    await this.options.afterPublish?.(messages.map((message) => message.id));
    // Published: the rows go (a mark would write each row again, with its index entries); an
    // unbroken run of numbers is deleted as a range.
    const consecutive = numbers[numbers.length - 1] - numbers[0] + 1n === BigInt(numbers.length);
    const deletion = () =>
      consecutive
        ? run(`DELETE FROM outbox WHERE seq BETWEEN $1 AND $2`, [String(numbers[0]), String(numbers[numbers.length - 1])])
        : run(`DELETE FROM outbox WHERE seq = ANY($1::bigint[])`, [numbers.map(String)]);
    this.remember(numbers);
    if (!inTransaction) {
      // On the leader's connection the delete need not hold up the next send (a hand-over needs
      // no statement before it): the connection's next statement waits for it, so a later claim
      // sees the rows gone. If the process stops before it is done, the rows are sent again (the
      // consumers' inbox takes repeats).
      const running = deletion();
      this.deleting = running.then(
        () => undefined,
        (error: Error) =>
          this.logger.warn('outbox relay could not delete rows it has published; they will be sent again', {
            relay: this.options.name,
            error: error.message,
          }),
      );
      return messages.length;
    }
    await deletion();
    return messages.length;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let published = 0;
      this.nudged = false;
      try {
        published = await this.relayOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.error('outbox relay failed', { relay: this.options.name, error: (error as Error).message });
      }
      if (!this.running) break;
      if (published < this.batchSize && !this.nudged) {
        const listening = this.listener !== undefined || (await this.tryListen());
        const idle = listening ? (this.options.listeningIdleDelayMs ?? LISTENING_IDLE_DELAY_MS) : this.idleDelayMs;
        const delay = failures > 0 ? Math.min(5000, this.idleDelayMs * 2 ** failures) : idle;
        await new Promise<void>((resolve) => {
          // A nudge that came while the wait was being decided is not lost.
          if (this.nudged) return resolve();
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    }
  }
}
