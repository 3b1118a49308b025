import { randomUUID } from 'node:crypto';
import { companyStatusChanged, ModerationLogAction, type Actor, type Company, type ModerationEntry } from '@lotbook/contracts';
import { CompanyStatus, decideModeration, type ModerationAction } from '@lotbook/counterparties-domain';
import { Outbox } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CompanyRepository, type ModerationLogFilter } from '../company/company.repository';
import { CounterpartiesError, CounterpartiesErrorCode as Code } from '../counterparties.exception';

function requireOperator(actor: Actor): void {
  if (actor.kind !== 'OPERATOR') throw new CounterpartiesError(Code.FORBIDDEN, 'only marketplace operators may do this');
}

/** Operators admit, reject, suspend and reinstate companies; every step is on record. */
@Injectable()
export class ModerationService {
  private readonly companies = new CompanyRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async moderate(actor: Actor, companyId: string, action: ModerationAction, reason: string): Promise<Company> {
    requireOperator(actor);
    return this.dataSource.transaction(async (transaction) => {
      const company = await this.companies.find(transaction, companyId, { forUpdate: true });
      if (!company) throw new CounterpartiesError(Code.COMPANY_NOT_FOUND, `no company ${companyId}`, 'companyId');
      const decision = decideModeration(company.status as CompanyStatus, action, reason);
      if (!decision.ok) throw new CounterpartiesError(Code[decision.code], decision.message, decision.code === 'REASON_REQUIRED' ? 'reason' : 'action');
      await this.companies.setStatus(transaction, companyId, decision.to);
      await this.companies.addEntry(transaction, {
        id: randomUUID(),
        companyId,
        action: ModerationLogAction[action],
        from: decision.from,
        to: decision.to,
        reason: decision.reason,
        operatorId: actor.id,
      });
      await this.outbox.enqueue(transaction, companyStatusChanged, {
        key: companyId,
        payload: {
          companyId,
          tradingName: company.tradingName,
          kind: company.kind,
          action: ModerationLogAction[action],
          from: decision.from,
          to: decision.to,
          reason: decision.reason,
          operatorId: actor.id,
        },
      });
      return this.companies.view(transaction, { ...company, status: decision.to });
    });
  }

  async log(actor: Actor, filter: ModerationLogFilter): Promise<ModerationEntry[]> {
    requireOperator(actor);
    return this.companies.log(this.dataSource.manager, filter);
  }
}
