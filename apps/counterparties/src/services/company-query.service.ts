import type { Actor, Company, PublicCompany } from '@lotbook/contracts';
import type { CompanyStatus } from '@lotbook/counterparties-domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CompanyRepository, publicView, type CompanyRecord } from '../company/company.repository';
import { CounterpartiesError, CounterpartiesErrorCode as Code } from '../counterparties.exception';

/** Who sees what of a company: itself and operators everything, anyone else its public face. */
@Injectable()
export class CompanyQueryService {
  private readonly companies = new CompanyRepository();

  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor, companyId: string, view: 'FULL' | 'PUBLIC'): Promise<{ company: Company | null; publicCompany: PublicCompany }> {
    const company = await this.companies.find(this.dataSource.manager, companyId);
    const seesAll = actor.kind === 'OPERATOR' || actor.companyId === companyId;
    // Another company's full record is refused exactly as a missing one, so ids cannot be probed.
    if (!company || (view === 'FULL' && !seesAll)) {
      throw new CounterpartiesError(Code.COMPANY_NOT_FOUND, `no company ${companyId}`, 'companyId');
    }
    return {
      company: seesAll ? await this.companies.view(this.dataSource.manager, company) : null,
      publicCompany: publicView(company),
    };
  }

  async list(actor: Actor, status?: CompanyStatus): Promise<CompanyRecord[]> {
    if (actor.kind !== 'OPERATOR') throw new CounterpartiesError(Code.FORBIDDEN, 'only marketplace operators may list companies');
    return this.companies.list(this.dataSource.manager, status);
  }
}
