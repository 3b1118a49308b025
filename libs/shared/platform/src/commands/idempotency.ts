import { createHash } from 'node:crypto';
import { DomainError, idempotencyScope, isTransientRefusal, PlatformErrorCode, type Actor, type CommandResult } from '@lotbook/contracts';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Keys are kept at least this long; older ones are pruned hourly. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/**
 * The table of a service's idempotency keys, in its own schema. A service spreads
 * {@link idempotencyMigrations} into its migrations list. TypeORM records it by class name, so
 * the name never changes.
 */
export class IdempotencyKeys1764748800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        scope         text NOT NULL,
        key           text NOT NULL,
        command       text NOT NULL,
        request_hash  text NOT NULL,
        reply         jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        claimed_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}

export const idempotencyMigrations = [IdempotencyKeys1764748800000];

/** What a request needs to be retry-safe: who sends it, and the client's key. */
export interface KeyedRequest {
  actor?: Actor | null;
  idempotencyKey?: string;
}

/** JSON with object keys sorted, so that equal requests hash alike whatever order their fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What tells two requests under one key apart: the command, who sent it (not their roles, which
 * a refreshed session may change) and everything else it says, but not the key itself.
 */
export function requestHash<TRequest extends KeyedRequest>(command: string, request: TRequest): string {
  const { idempotencyKey: _key, actor, ...input } = request;
  const sender = actor ? { kind: actor.kind, id: actor.id } : null;
  return createHash('sha256').update(canonical({ command, sender, input })).digest('hex');
}

/** Refused: the key came before with another request. Nothing changed. */
export class IdempotencyKeyReusedError extends DomainError<PlatformErrorCode.IDEMPOTENCY_KEY_REUSED> {
  constructor(key: string, command: string) {
    super(
      PlatformErrorCode.IDEMPOTENCY_KEY_REUSED,
      `the idempotency key "${key}" was used before with another request (${command}); use a new key for a new request`,
      'idempotencyKey',
    );
  }
}

/** The first request under this key is still being handled; the same request may be sent again. */
class StillRunningError extends DomainError<PlatformErrorCode.TRY_AGAIN> {
  constructor(key: string) {
    super(
      PlatformErrorCode.TRY_AGAIN,
      `the first request with idempotency key "${key}" is still being handled; try again`,
      'idempotencyKey',
    );
  }
}

type Claim = { kind: 'claimed' } | { kind: 'answered'; reply: CommandResult<unknown> } | { kind: 'running' } | { kind: 'reused' };

const HOURLY = 60 * 60 * 1000;

/**
 * The first answer of every keyed request, kept in the service's `idempotency_key` table, so
 * that a retry (after a lost reply, a timeout, a restart of anything) answers the same and
 * changes nothing. Model: Stripe's `Idempotency-Key`.
 *
 * A request claims its key first (one insert; the primary key serialises duplicates, and no
 * connection is held while the command runs), runs, and stores its reply on the claim. A
 * duplicate that finds the claim waits for that reply, for up to `waitMs`, and otherwise is
 * told to try again. The same key with another request is refused with
 * IDEMPOTENCY_KEY_REUSED. A crash leaves no answer: a failed run gives its claim back, and a
 * claim whose process died is taken over after `leaseMs`.
 *
 * The reply is stored right after the command's own transaction, not inside it: a crash in
 * that instant leaves the claim unanswered, and a retry after the lease runs the command again.
 * Commands whose effect has an id derived from the key (orders, uploads) still act once.
 */
@Injectable()
export class IdempotencyStore implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyStore.name);
  private timer: NodeJS.Timeout | undefined;
  private pruning: Promise<number> | undefined;
  /** How long a duplicate waits for the first request's answer. */
  waitMs = 2_000;
  /** After this long, an unanswered claim is taken to be a dead process's, and a retry runs again. */
  leaseMs = 30_000;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setTimeout(() => this.tick(), 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.pruning?.catch(() => undefined);
  }

  /**
   * Runs `handle` for a request once per idempotency key: without a key it simply runs; with
   * one, the first answer (result or refusal, but not a transient one: `isTransientRefusal`) is
   * kept and every retry gets it back. Throws the
   * refusals as DomainErrors, as `handle` would.
   */
  async once<TRequest extends KeyedRequest, TResult>(command: string, request: TRequest, handle: () => Promise<TResult>): Promise<TResult> {
    const key = request.idempotencyKey;
    if (key === undefined) return handle();
    const scope = idempotencyScope(request.actor);
    const hash = requestHash(command, request);
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const claim = await this.claim(scope, key, command, hash);
      if (claim.kind === 'reused') throw new IdempotencyKeyReusedError(key, command);
      if (claim.kind === 'answered') return replay(claim.reply) as TResult;
      if (claim.kind === 'claimed') break;
      if (Date.now() >= deadline) throw new StillRunningError(key);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    let reply: CommandResult<TResult>;
    try {
      reply = { ok: true, result: await handle() };
    } catch (error) {
      // A crash or a "not now" (a dependency that did not answer) is no answer: the retry runs again.
      if (!(error instanceof DomainError) || isTransientRefusal(error.code)) {
        await this.release(scope, key);
        throw error;
      }
      reply = { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
    }
    await this.dataSource.query(`UPDATE idempotency_key SET reply = $3 WHERE scope = $1 AND key = $2`, [scope, key, JSON.stringify(reply)]);
    return replay(reply);
  }

  /** Deletes keys past their retention, a batch at a time; returns how many went. */
  async prune(batchSize = 10_000): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ deleted }]: Array<{ deleted: number }> = await this.dataSource.query(
        `WITH gone AS (
           DELETE FROM idempotency_key WHERE ctid IN (
             SELECT ctid FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)
           RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [IDEMPOTENCY_RETENTION_HOURS, batchSize],
      );
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }

  private async claim(scope: string, key: string, command: string, hash: string): Promise<Claim> {
    // A new key is claimed; so is an unanswered claim of the same request whose lease ran out.
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (scope, key, command, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope, key) DO UPDATE SET claimed_at = now()
        WHERE idempotency_key.reply IS NULL AND idempotency_key.request_hash = EXCLUDED.request_hash
          AND idempotency_key.claimed_at < now() - make_interval(secs => $5)
       RETURNING 1`,
      [scope, key, command, hash, this.leaseMs / 1000],
    );
    if (claimed.length > 0) return { kind: 'claimed' };
    const rows: Array<{ request_hash: string; reply: CommandResult<unknown> | null }> = await this.dataSource.query(
      `SELECT request_hash, reply FROM idempotency_key WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const row = rows[0];
    if (!row) return { kind: 'running' }; // given back just now by a failed run: claim it on the next round
    if (row.request_hash !== hash) return { kind: 'reused' };
    return row.reply ? { kind: 'answered', reply: row.reply } : { kind: 'running' };
  }

  private async release(scope: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE scope = $1 AND key = $2 AND reply IS NULL`, [scope, key]);
  }

  private tick(): void {
    this.pruning = this.prune();
    this.pruning
      .then((deleted) => {
        if (deleted > 0) this.logger.log({ msg: 'idempotency keys pruned', deleted, retentionHours: IDEMPOTENCY_RETENTION_HOURS });
      })
      .catch((error: Error) => this.logger.warn({ msg: 'pruning idempotency keys failed; trying again later', error: error.message }))
      .finally(() => {
        if (this.timer === undefined) return;
        this.timer = setTimeout(() => this.tick(), HOURLY);
        this.timer.unref();
      });
  }
}

/** A kept answer as the command answers it: the result, or its refusal thrown again. */
function replay<TResult>(reply: CommandResult<TResult>): TResult {
  if (reply.ok) return reply.result;
  throw new DomainError(reply.error.code, reply.error.message, reply.error.field);
}
