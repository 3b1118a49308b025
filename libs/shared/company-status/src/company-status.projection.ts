import { companyStatusChanged, DomainError, type CompanyStatusChangedPayload, type Envelope } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type CompanyStanding = 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED' | 'SUSPENDED' | 'UNKNOWN';

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
 * Events of one company arrive in order (keyed by company id); the inbox makes each apply once.
 */
@Injectable()
export class CompanyStatusProjection {
  private readonly listeners: Array<(change: CompanyStatusChangedPayload) => void> = [];

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Calls `listener` with every change this projection records, once its transaction is on its
   * way to commit (trading cancels a suspended company's orders this way).
   */
  onChange(listener: (change: CompanyStatusChangedPayload) => void): void {
    this.listeners.push(listener);
  }

  @OnEvent(companyStatusChanged)
  async onCompanyStatusChanged(event: Envelope<CompanyStatusChangedPayload>, transaction: EntityManager): Promise<void> {
    const change = event.payload;
    await transaction.query(
      `INSERT INTO company_status (company_id, trading_name, kind, status, reason, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (company_id) DO UPDATE
         SET trading_name = $2, kind = $3, status = $4, reason = $5, changed_at = $6
         WHERE company_status.changed_at <= $6`,
      [change.companyId, change.tradingName, change.kind, change.to, change.reason, event.occurredAt],
    );
    if (this.listeners.length > 0) setImmediate(() => this.listeners.forEach((listener) => listener(change)));
  }

  async standing(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyStanding> {
    const rows: Array<{ status: CompanyStanding }> = await manager.query(`SELECT status FROM company_status WHERE company_id = $1`, [companyId]);
    return rows[0]?.status ?? 'UNKNOWN';
  }

  /** BUYER, SELLER or BOTH, as last announced; undefined for an unknown company. */
  async kind(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<string | undefined> {
    const rows: Array<{ kind: string }> = await manager.query(`SELECT kind FROM company_status WHERE company_id = $1`, [companyId]);
    return rows[0]?.kind;
  }

  /** Throws CompanyNotApprovedError unless the company is APPROVED. Pass the transaction to read with it. */
  async assertMayTrade(companyId: string, manager?: EntityManager): Promise<void> {
    const standing = await this.standing(companyId, manager);
    if (standing !== 'APPROVED') throw new CompanyNotApprovedError(companyId, standing);
  }
}

@Module({ providers: [CompanyStatusProjection], exports: [CompanyStatusProjection] })
export class CompanyStatusModule {}
