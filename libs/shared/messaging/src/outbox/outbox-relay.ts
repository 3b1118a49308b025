import { createHash } from 'node:crypto';
import { type Kafka, type Producer } from 'kafkajs';
import { preparedQuery } from '@lotbook/persistence';
import type { PoolClient } from 'pg';
import { type DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { chunksOfBytes, MAX_SEND_BYTES, topicMessagesOf } from '../kafka/coalescing-sender';
import { type MessagingLogger, silentLogger } from '../kafka/kafka.factory';
import { outboxChannel } from './outbox';

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
  /** The envelope as PostgreSQL prints its jsonb: sent as it is, never parsed and printed again here. */
  envelope_text: string;
  correlation_id: string | null;
}

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

function lockKey(name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`lotbook:outbox:${name}`).digest('hex').slice(0, 16)}`)).toString();
}

/**
 * Moves committed outbox rows to Kafka: claim a batch, send it with an idempotent producer
 * (acks=all), delete the rows, commit. A crash between send and delete publishes the batch
 * again on restart: at-least-once, made effectively-once by the consumers' inbox.
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
          if (this.listener === current) this.listener = undefined;
          client.release(error);
        },
      };
      listener = current;
      client.on('notification', () => this.nudge());
      client.on('error', (error: Error) => {
        if (released) return;
        this.logger.warn('outbox relay lost its notification connection; polling until it is back', {
          relay: this.options.name,
          error: error.message,
        });
        current.release(error);
      });
      await client.query(`LISTEN "${outboxChannel(this.options.name).replaceAll('"', '""')}"`);
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
   * This process committed outbox rows. A listening relay hears of them from PostgreSQL (a
   * second nudge would only cost an empty round); one that is polling is woken now.
   */
  committed(): void {
    if (!this.listener) this.nudge();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      await listener.client.query('UNLISTEN *').catch(() => undefined);
      listener.release();
    }
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  /** Relays one batch; returns how many messages it published. */
  async relayOnce(): Promise<number> {
    await this.connect();
    const producer = this.producer as Producer;
    return this.options.dataSource.transaction(async (transaction: EntityManager) => {
      if (this.ordered) {
        const [{ locked }] = await transaction.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [this.lockKey]);
        if (!locked) return 0;
      }
      // Relayed rows leave dead entries in the primary key until a vacuum, and walking tens of
      // thousands of them cost milliseconds a round under load. So the scan starts a window
      // behind the last row published; a row whose transaction took its number earlier but
      // committed later than that (a gap) is found by the scan from the start, every so often.
      const fromStart = Date.now() - this.lastFullScanAt >= (this.options.fullScanEveryMs ?? FULL_SCAN_EVERY_MS);
      const after = fromStart ? -1n : this.lastPublishedSeq - BigInt(this.options.scanWindow ?? SCAN_WINDOW);
      if (fromStart) this.lastFullScanAt = Date.now();
      // Prepared once per connection: planning it weighed the range against an index full of dead
      // entries (about 2 ms a round under load). Under the advisory lock a row lock (a write to
      // every claimed row) would guard against no one.
      const rows = await preparedQuery<ClaimedRow>(
        transaction,
        this.ordered ? 'lotbook-outbox-claim' : 'lotbook-outbox-claim-locking',
        `SELECT seq, id, topic, message_key, message_type, envelope::text AS envelope_text, envelope->>'correlationId' AS correlation_id FROM outbox
          WHERE seq > $2 ORDER BY seq LIMIT $1${this.ordered ? '' : ' FOR UPDATE SKIP LOCKED'}`,
        [this.batchSize, after.toString()],
      );
      if (rows.length === 0) return 0;

      const seqs = rows.map((row) => row.seq);
      try {
        // In produce requests of a bounded size, one after the other: a partition's record batch
        // must stay under the broker's message size limit.
        const outgoing = rows.map((row) => ({
          topic: row.topic,
          value: row.envelope_text,
          message: {
            key: row.message_key,
            value: row.envelope_text,
            headers: { 'message-id': row.id, 'message-type': row.message_type, 'correlation-id': row.correlation_id ?? row.id },
          },
        }));
        for (const chunk of chunksOfBytes(outgoing, MAX_SEND_BYTES)) {
          await producer.sendBatch({ acks: -1, topicMessages: topicMessagesOf(chunk) });
        }
      } catch (error) {
        await transaction.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])`, [
          seqs,
          (error as Error).message,
        ]);
        this.logger.warn('outbox relay could not publish a batch; it stays in the outbox', {
          relay: this.options.name,
          count: rows.length,
          error: (error as Error).message,
        });
        return 0;
      }
      await this.options.afterPublish?.(rows.map((row) => row.id));
      // Published: the rows go (a mark would write each row again, with its index entries).
      await transaction.query(`DELETE FROM outbox WHERE seq = ANY($1::bigint[])`, [seqs]);
      const last = BigInt(rows[rows.length - 1].seq);
      if (last > this.lastPublishedSeq) this.lastPublishedSeq = last;
      return rows.length;
    });
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
