import { counterpartiesQueries as queries, type CompanyProfile } from '@lotbook/contracts';
import { answerCommand, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { CompanyRepository } from './company/company.repository';

/** What other services ask about a company (orders: legal entities, credit terms, approval threshold, account manager). */
@Controller()
export class ProfileController {
  private readonly companies = new CompanyRepository();

  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly dataSource: DataSource,
  ) {}

  @MessagePattern(queries.companyProfile.request.name)
  companyProfile(@Payload() message: unknown) {
    return answerCommand(this.context, queries.companyProfile, message, async ({ companyId }): Promise<CompanyProfile | null> => {
      const record = await this.companies.find(this.dataSource.manager, companyId);
      if (!record) return null;
      const company = await this.companies.view(this.dataSource.manager, record);
      return {
        companyId: company.id,
        tradingName: company.tradingName,
        kind: company.kind,
        status: company.status,
        legalEntities: company.legalEntities,
        commercialTerms: company.commercialTerms,
        accountManagerId: company.accountManager?.id ?? null,
      };
    });
  }

  @MessagePattern(queries.managedCompanies.request.name)
  managedCompanies(@Payload() message: unknown) {
    return answerCommand(this.context, queries.managedCompanies, message, async ({ operatorId }) => {
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM company WHERE account_manager_id = $1 ORDER BY id`, [
        operatorId,
      ]);
      return { companyIds: rows.map((row) => row.id) };
    });
  }
}
