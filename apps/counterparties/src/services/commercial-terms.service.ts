import { randomUUID } from 'node:crypto';
import type { Actor, Company, CommercialTerms, LegalEntity } from '@lotbook/contracts';
import { CompanyRole, validateTaxId } from '@lotbook/counterparties-domain';
import { isCurrencyCode } from '@lotbook/money';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CompanyRepository } from '../company/company.repository';
import { CounterpartiesError, CounterpartiesErrorCode as Code } from '../counterparties.exception';

/** Legal entities a company trades through, and the terms operators grant it. */
@Injectable()
export class CommercialTermsService {
  private readonly companies = new CompanyRepository();

  constructor(private readonly dataSource: DataSource) {}

  async addLegalEntity(actor: Actor, input: { name: string; taxId: string; address: string }): Promise<LegalEntity> {
    if (actor.kind !== 'USER' || !actor.companyId || !actor.roles.includes(CompanyRole.ADMIN)) {
      throw new CounterpartiesError(Code.FORBIDDEN, 'only a company admin may add legal entities');
    }
    const company = await this.companies.find(this.dataSource.manager, actor.companyId);
    if (!company) throw new CounterpartiesError(Code.COMPANY_NOT_FOUND, `no company ${actor.companyId}`);
    const name = input.name.trim();
    const address = input.address.trim();
    if (name.length < 2 || name.length > 300) throw new CounterpartiesError(Code.INVALID_INPUT, 'name must be 2 to 300 characters', 'name');
    if (address.length < 5 || address.length > 500) throw new CounterpartiesError(Code.INVALID_INPUT, 'address must be 5 to 500 characters', 'address');
    const taxId = validateTaxId(company.country, input.taxId);
    if (!taxId.valid) throw new CounterpartiesError(Code.INVALID_TAX_ID, taxId.reason, 'taxId');
    const id = randomUUID();
    try {
      await this.dataSource.query(`INSERT INTO legal_entity (id, company_id, name, tax_id, address) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        company.id,
        name,
        taxId.normalized,
        address,
      ]);
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'legal_entity_company_id_tax_id_key') {
        throw new CounterpartiesError(Code.DUPLICATE_TAX_ID, `the company already has a legal entity with tax id ${taxId.normalized}`, 'taxId');
      }
      throw error;
    }
    return { id, companyId: company.id, name, taxId: taxId.normalized, address };
  }

  async setTerms(actor: Actor, companyId: string, accountManagerId: string | null | undefined, terms: CommercialTerms | undefined): Promise<Company> {
    if (actor.kind !== 'OPERATOR') throw new CounterpartiesError(Code.FORBIDDEN, 'only marketplace operators set commercial terms');
    if (terms && !isCurrencyCode(terms.currency)) {
      throw new CounterpartiesError(Code.INVALID_INPUT, `"${terms.currency}" is not an ISO 4217 currency code`, 'terms.currency');
    }
    return this.dataSource.transaction(async (transaction) => {
      const company = await this.companies.find(transaction, companyId, { forUpdate: true });
      if (!company) throw new CounterpartiesError(Code.COMPANY_NOT_FOUND, `no company ${companyId}`, 'companyId');
      if (accountManagerId !== undefined) {
        if (accountManagerId !== null) {
          const manager: unknown[] = await transaction.query(`SELECT 1 FROM operator_account WHERE id = $1`, [accountManagerId]);
          if (manager.length === 0) throw new CounterpartiesError(Code.INVALID_INPUT, 'the account manager must be an operator', 'accountManagerId');
        }
        await transaction.query(`UPDATE company SET account_manager_id = $2, updated_at = now() WHERE id = $1`, [companyId, accountManagerId]);
      }
      if (terms) {
        await transaction.query(
          `UPDATE company SET terms_currency = $2, credit_limit_minor = $3, payment_term_days = $4, approval_threshold_minor = $5,
                  updated_at = now() WHERE id = $1`,
          [companyId, terms.currency, terms.creditLimitMinor, terms.paymentTermDays, terms.approvalThresholdMinor],
        );
      }
      return this.companies.view(transaction, company);
    });
  }
}
