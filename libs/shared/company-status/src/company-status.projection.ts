import { companyStatusChanged, DomainError, type CompanyStatusChangedPayload, type Envelope } from '@lotbook/contracts';
import { OnEvent, type EventContext } from '@lotbook/messaging';
import { Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type CompanyStanding = 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED' | 'SUSPENDED' | 'UNKNOWN';

/** A company's standing as this service has recorded it. */
export interface RecordedStanding {
  companyId: string;
  standing: Exclude<CompanyStanding, 'UNKNOWN'>;
  /** BUYER, SELLER or BOTH. */
  kind: string;
  /** When counterparties made the change (the envelope's `occurredAt`): later changes win. */
  changedAt: Date;
}

/** Refused because the company may not trade now; the same code in every service. */
export class CompanyNotApprovedError extends DomainError<'COMPANY_NOT_APPROVED'> {
  constructor(companyId: string, standing: CompanyStanding) {
    super(
      'COMPANY_NOT_APPROVED',
      standing === 'UNKNOWN'
        ? `company ${companyId} is not known to be approved for trading`
        : `company ${companyId} is ${standing} and may not trade`,
    );
  }
}

/**
 * Each service's own projection of company status, fed by counterparties.company.status-changed.
 * It lets a service refuse a suspended company even if a request slipped past the gateway.
 * Events of one company arrive in order (keyed by company id); the inbox makes each apply once,
 * and a change older than the one recorded is ignored.
 */
@Injectable()
export class CompanyStatusProjection {
  private readonly listeners: Array<(change: RecordedStanding) => void> = [];

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Calls `listener` with every change this projection records, once its transaction has
   * committed: never for a change rolled back or older than the one recorded, and once however
   * the consumer splits a failed batch to apply it again (trading cancels a suspended company's
   * orders this way). A change committed just before a crash is not told again: read `all()` at start.
   */
  onChange(listener: (change: RecordedStanding) => void): void {
    this.listeners.push(listener);
  }

  @OnEvent(companyStatusChanged)
  async onCompanyStatusChanged(
    event: Envelope<CompanyStatusChangedPayload>,
    transaction: EntityManager,
    context: Pick<EventContext, 'afterCommit'>,
  ): Promise<void> {
    const change = event.payload;
    const recorded: Array<{ company_id: string }> = await transaction.query(
      `INSERT INTO company_status (company_id, trading_name, kind, status, reason, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (company_id) DO UPDATE
         SET trading_name = $2, kind = $3, status = $4, reason = $5, changed_at = $6
         WHERE company_status.changed_at <= $6
       RETURNING company_id`,
      [change.companyId, change.tradingName, change.kind, change.to, change.reason, event.occurredAt],
    );
    if (recorded.length === 0 || this.listeners.length === 0) return;
    const standing: RecordedStanding = {
      companyId: change.companyId,
      standing: change.to,
      kind: change.kind,
      changedAt: new Date(event.occurredAt),
    };
    context.afterCommit(() => this.listeners.forEach((listener) => listener(standing)));
  }

  /** Every company's standing as recorded (for a copy in memory, read at start). */
  async all(manager: EntityManager = this.dataSource.manager): Promise<RecordedStanding[]> {
    const rows: Array<{ company_id: string; status: RecordedStanding['standing']; kind: string; changed_at: Date }> = await manager.query(
      `SELECT company_id, status, kind, changed_at FROM company_status`,
    );
    return rows.map((row) => ({ companyId: row.company_id, standing: row.status, kind: row.kind, changedAt: new Date(row.changed_at) }));
  }

  async standing(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyStanding> {
    const rows: Array<{ status: CompanyStanding }> = await manager.query(`SELECT status FROM company_status WHERE company_id = $1`, [
      companyId,
    ]);
    return rows[0]?.status ?? 'UNKNOWN';
  }

  /** BUYER, SELLER or BOTH, as last announced; undefined for an unknown company. */
  async kind(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<string | undefined> {
    const rows: Array<{ kind: string }> = await manager.query(`SELECT kind FROM company_status WHERE company_id = $1`, [companyId]);
    return rows[0]?.kind;
  }

  /** Throws CompanyNotApprovedError unless the company is APPROVED, else answers its kind (BUYER, SELLER or BOTH), in one read. */
  async approvedKind(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: Array<{ status: CompanyStanding; kind: string }> = await manager.query(
      `SELECT status, kind FROM company_status WHERE company_id = $1`,
      [companyId],
    );
    const standing = rows[0]?.status ?? 'UNKNOWN';
    if (standing !== 'APPROVED') throw new CompanyNotApprovedError(companyId, standing);
    return rows[0].kind;
  }

  /** Throws CompanyNotApprovedError unless the company is APPROVED. Pass the transaction to read with it. */
  async assertMayTrade(companyId: string, manager?: EntityManager): Promise<void> {
    const standing = await this.standing(companyId, manager);
    if (standing !== 'APPROVED') throw new CompanyNotApprovedError(companyId, standing);
  }
}

@Module({ providers: [CompanyStatusProjection], exports: [CompanyStatusProjection] })
export class CompanyStatusModule {}
