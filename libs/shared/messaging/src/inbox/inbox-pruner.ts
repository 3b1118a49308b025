import { type DataSource } from 'typeorm';
import { type MessagingLogger, silentLogger } from '../kafka/kafka.factory';

export interface InboxPrunerOptions {
  dataSource: DataSource;
  /** Rows older than this many days go. */
  retentionDays: number;
  /** How often it looks (default hourly). */
  everyMs?: number;
  /** Rows deleted per statement (default 10,000): a long delete would hold up the consumers' inserts. */
  batchSize?: number;
  logger?: MessagingLogger;
}

const HOURLY = 60 * 60 * 1000;

/**
 * Deletes inbox rows older than the retention, so the inbox stops growing with every event
 * handled (catalog keeps about one row per order placed).
 *
 * A row only has to outlive any redelivery of its message. Kafka redelivers what it still
 * holds (seven days by default), and a relay sends a row again only after a crash between
 * publishing and deleting it, when it starts again. The default of 14 days is twice the
 * broker's retention; a deployment that keeps topics longer keeps its inbox longer too.
 */
export class InboxPruner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly options: InboxPrunerOptions) {}

  start(): void {
    const every = this.options.everyMs ?? HOURLY;
    // The first look a minute after start: not while the service is still warming up.
    this.timer = setTimeout(() => this.tick(every), Math.min(every, 60_000));
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Deletes what is past the retention, a batch at a time; returns how many rows went. */
  async pruneOnce(): Promise<number> {
    const batchSize = this.options.batchSize ?? 10_000;
    let total = 0;
    for (;;) {
      // Replicas prune at the same time without waiting on each other's rows.
      const [{ deleted }]: Array<{ deleted: number }> = await this.options.dataSource.query(
        `WITH gone AS (
           DELETE FROM inbox WHERE ctid IN (
             SELECT ctid FROM inbox WHERE handled_at < now() - make_interval(days => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)
           RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [this.options.retentionDays, batchSize],
      );
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }

  private tick(every: number): void {
    this.running = this.pruneOnce();
    this.running
      .then((deleted) => {
        if (deleted > 0) (this.options.logger ?? silentLogger).info('inbox pruned', { deleted, retentionDays: this.options.retentionDays });
      })
      .catch((error: Error) =>
        (this.options.logger ?? silentLogger).warn('inbox pruning failed; trying again later', { error: error.message }),
      )
      .finally(() => {
        if (this.timer !== undefined) this.timer = setTimeout(() => this.tick(every), every);
      });
  }
}
