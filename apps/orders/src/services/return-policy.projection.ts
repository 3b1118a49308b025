import type { ReturnPolicyChangedPayload } from '@lotbook/contracts';
import { INITIAL_RETURN_POLICY_WINDOW, laterReturnPolicy, type ReturnPolicyWindow } from '@lotbook/orders-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fromDomain } from './domain-errors';

interface ProjectionRow {
  version: number;
  default_return_window_days: number;
}

/**
 * Orders' copy of the return policy's default window (`return_policy_projection`, one row), kept
 * from `returns.policy.changed`: the highest version heard of wins (`laterReturnPolicy`), so a
 * redelivered or late older event changes nothing. Before any event: version 1's 30 days.
 */
@Injectable()
export class ReturnPolicyProjection {
  constructor(private readonly dataSource: DataSource) {}

  /** The policy orders follows now. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<ReturnPolicyWindow> {
    const rows: ProjectionRow[] = await manager.query(`SELECT version, default_return_window_days FROM return_policy_projection`);
    return rows[0]
      ? { version: rows[0].version, defaultReturnWindowDays: rows[0].default_return_window_days }
      : INITIAL_RETURN_POLICY_WINDOW;
  }

  /** Takes a version told by returns, in the transaction of the event's inbox record. */
  async apply(transaction: EntityManager, change: ReturnPolicyChangedPayload): Promise<void> {
    const rows: ProjectionRow[] = await transaction.query(
      `SELECT version, default_return_window_days FROM return_policy_projection FOR UPDATE`,
    );
    const current = rows[0]
      ? { version: rows[0].version, defaultReturnWindowDays: rows[0].default_return_window_days }
      : INITIAL_RETURN_POLICY_WINDOW;
    let kept: ReturnPolicyWindow;
    try {
      kept = laterReturnPolicy(current, { version: change.version, defaultReturnWindowDays: change.defaultReturnWindowDays });
    } catch (error) {
      fromDomain(error);
    }
    if (kept === current) return;
    await transaction.query(
      `INSERT INTO return_policy_projection (id, version, default_return_window_days, changed_at, received_at) VALUES (true, $1, $2, $3, now())
       ON CONFLICT (id) DO UPDATE SET version = $1, default_return_window_days = $2, changed_at = $3, received_at = now()
        WHERE return_policy_projection.version < $1`,
      [kept.version, kept.defaultReturnWindowDays, change.changedAt],
    );
  }
}
