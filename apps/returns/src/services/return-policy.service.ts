import { RETURN_POLICY_KEY, returnPolicyChanged, type Actor, type ReturnPolicyRecord } from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import {
  assertValidReturnPolicy,
  changeReturnPolicy,
  RETURN_REASONS,
  ReturnsDomainError,
  type ReturnPolicy,
  type ReturnPolicyDifference,
} from '@lotbook/returns-domain';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReturnsError, ReturnsErrorCode as Code } from '../returns.exception';
import { refusalOf } from './domain-errors';

/** The input a refused change names, for `extensions.field`. */
const FIELD_OF: Partial<Record<ReturnsDomainError['code'], string>> = {
  UNKNOWN_REASON: 'faultByReason',
  UNKNOWN_FAULT: 'faultByReason',
  DUPLICATE_REASON: 'faultByReason',
  INVALID_RETURN_WINDOW: 'defaultReturnWindowDays',
  NOTE_REQUIRED: 'note',
};

interface PolicyRow {
  version: number;
  fault_by_reason: ReturnPolicy['faultByReason'];
  default_return_window_days: number;
  differences: ReturnPolicyDifference[];
  changed_by_kind: 'OPERATOR' | 'SYSTEM';
  changed_by_id: string | null;
  note: string;
  changed_at: Date;
}

/** A version of the policy: its tables and its number. */
export interface VersionedReturnPolicy {
  readonly version: number;
  readonly policy: ReturnPolicy;
}

const policyOf = (row: PolicyRow): ReturnPolicy => ({
  faultByReason: row.fault_by_reason,
  defaultReturnWindowDays: row.default_return_window_days,
});

/**
 * The return policy's tables (whose fault each reason is, the default return window), one row
 * per version in `return_policy`, never updated: an operator's change adds the next version, so
 * a return keeps the version it was filed under. Quotes and filings read the current version;
 * a decision on a filed return reads the return's own (versions are cached, being immutable).
 * The checks are `changeReturnPolicy`'s of `@lotbook/returns-domain`. Every new version is told
 * as `returns.policy.changed` through the outbox, in the transaction that adds it (orders follows
 * its default window to complete orders).
 */
@Injectable()
export class ReturnPolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReturnPolicyService.name);
  private readonly versions = new Map<number, ReturnPolicy>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Tells the version in force again at start when an operator ever changed it: a reader that
   * started later, lost its copy or missed a version set before the event existed learns it;
   * readers keep the highest version, so a repeat changes nothing. Version 1 is what readers
   * assume before any event.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource
      .transaction(async (transaction) => {
        const rows: PolicyRow[] = await transaction.query(`SELECT * FROM return_policy ORDER BY version DESC LIMIT 1`);
        if (rows[0] && rows[0].version > 1) await this.announce(transaction, rows[0]);
      })
      .catch((error: unknown) =>
        this.logger.warn({
          msg: 'could not announce the return policy in force; the next change announces its version',
          error: String(error),
        }),
      );
  }

  /** The current version. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<VersionedReturnPolicy> {
    const rows: PolicyRow[] = await manager.query(`SELECT * FROM return_policy ORDER BY version DESC LIMIT 1`);
    if (!rows[0]) throw new Error('the return policy has no version: the migrations seed version 1');
    return { version: rows[0].version, policy: this.remember(rows[0]) };
  }

  /** One version, as a return filed under it reads it. */
  async version(version: number, manager: EntityManager = this.dataSource.manager): Promise<ReturnPolicy> {
    const known = this.versions.get(version);
    if (known) return known;
    const rows: PolicyRow[] = await manager.query(`SELECT * FROM return_policy WHERE version = $1`, [version]);
    if (!rows[0]) throw new Error(`return policy version ${version} is missing`);
    return this.remember(rows[0]);
  }

  /** The current policy as anyone signed in may read it (the operator who set it: to operators only). */
  async view(actor: Actor): Promise<ReturnPolicyRecord> {
    const rows: PolicyRow[] = await this.dataSource.query(`SELECT * FROM return_policy ORDER BY version DESC LIMIT 1`);
    return this.record(rows[0], actor);
  }

  /** Every version, newest first (operators). */
  async history(actor: Actor, first: number, beforeVersion?: number): Promise<ReturnPolicyRecord[]> {
    this.requireOperator(actor, 'only marketplace operators read the return policy’s history');
    const rows: PolicyRow[] = await this.dataSource.query(
      `SELECT * FROM return_policy ${beforeVersion ? 'WHERE version < $2' : ''} ORDER BY version DESC LIMIT $1`,
      beforeVersion ? [first, beforeVersion] : [first],
    );
    return rows.map((row) => this.record(row, actor));
  }

  /**
   * An operator's change: checked whole against the current version (and against
   * `expectedVersion`, when the operator names the one it changed), then stored as the next
   * version with who, when, why and what moved. Changes serialise on one lock.
   */
  async change(
    actor: Actor,
    change: {
      faultByReason: ReadonlyArray<{ reason: string; fault: string }>;
      defaultReturnWindowDays?: number;
      note: string;
      expectedVersion?: number;
    },
  ): Promise<ReturnPolicyRecord> {
    this.requireOperator(actor, 'only marketplace operators change the return policy');
    return this.dataSource.transaction(async (transaction) => {
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('returns.return_policy'))`);
      const current = await this.current(transaction);
      if (change.expectedVersion !== undefined && change.expectedVersion !== current.version) {
        throw new ReturnsError(
          Code.RETURN_POLICY_CHANGED,
          `the return policy is at version ${current.version}, not ${change.expectedVersion}: read it again and make the change on it`,
          'expectedVersion',
        );
      }
      let next: ReturnType<typeof changeReturnPolicy>;
      try {
        next = changeReturnPolicy(
          current.policy,
          { faultByReason: change.faultByReason, defaultReturnWindowDays: change.defaultReturnWindowDays },
          change.note,
        );
      } catch (error) {
        if (error instanceof ReturnsDomainError) throw refusalOf(error.code, error.message, FIELD_OF[error.code]);
        throw error;
      }
      const rows: PolicyRow[] = await transaction.query(
        `INSERT INTO return_policy (version, fault_by_reason, default_return_window_days, differences, changed_by_kind, changed_by_id, note)
         VALUES ($1, $2, $3, $4, 'OPERATOR', $5, $6) RETURNING *`,
        [
          current.version + 1,
          JSON.stringify(next.policy.faultByReason),
          next.policy.defaultReturnWindowDays,
          JSON.stringify(next.differences),
          actor.id,
          change.note.trim(),
        ],
      );
      await this.announce(transaction, rows[0]);
      return this.record(rows[0], actor);
    });
  }

  /** `returns.policy.changed` for a version, written in the caller's transaction. */
  private async announce(transaction: EntityManager, row: PolicyRow): Promise<void> {
    const policy = this.remember(row);
    await this.outbox.enqueue(transaction, returnPolicyChanged, {
      key: RETURN_POLICY_KEY,
      payload: {
        version: row.version,
        faultByReason: RETURN_REASONS.map((reason) => ({
          reason,
          fault: policy.faultByReason[reason],
        })) as ReturnPolicyRecord['faultByReason'],
        defaultReturnWindowDays: policy.defaultReturnWindowDays,
        changedAt: row.changed_at.toISOString(),
        changedByKind: row.changed_by_kind,
        note: row.note,
        differences: this.differencesOf(row),
      },
    });
  }

  private remember(row: PolicyRow): ReturnPolicy {
    const known = this.versions.get(row.version);
    if (known) return known;
    const policy = policyOf(row);
    assertValidReturnPolicy(policy);
    this.versions.set(row.version, policy);
    return policy;
  }

  private record(row: PolicyRow, actor: Actor): ReturnPolicyRecord {
    const policy = this.remember(row);
    return {
      version: row.version,
      faultByReason: RETURN_REASONS.map((reason) => ({
        reason,
        fault: policy.faultByReason[reason],
      })) as ReturnPolicyRecord['faultByReason'],
      defaultReturnWindowDays: policy.defaultReturnWindowDays,
      changedAt: row.changed_at.toISOString(),
      changedByKind: row.changed_by_kind,
      changedById: actor.kind === 'OPERATOR' ? row.changed_by_id : null,
      note: row.note,
      differences: this.differencesOf(row),
    };
  }

  private differencesOf(row: PolicyRow): ReturnPolicyRecord['differences'] {
    return row.differences.map((difference) =>
      difference.table === 'FAULT_BY_REASON'
        ? { table: difference.table, reason: difference.reason, from: difference.from, to: difference.to }
        : { table: difference.table, reason: null, from: String(difference.from), to: String(difference.to) },
    ) as ReturnPolicyRecord['differences'];
  }

  private requireOperator(actor: Actor, message: string): void {
    if (actor.kind !== 'OPERATOR') throw new ReturnsError(Code.FORBIDDEN, message);
  }
}
