import { randomUUID } from 'node:crypto';
import { companyStatusChanged, ModerationLogAction } from '@lotbook/contracts';
import {
  CompanyRole,
  CompanyStatus,
  normalizeEmail,
  passwordWeakness,
  validateTaxId,
  type CompanyKind,
} from '@lotbook/counterparties-domain';
import { Outbox } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import { hash } from 'argon2';
import { DataSource } from 'typeorm';
import { CompanyRepository } from '../company/company.repository';
import { CounterpartiesError, CounterpartiesErrorCode as Code } from '../counterparties.exception';

export interface RegisterCompanyInput {
  legalName: string;
  tradingName?: string;
  country: string;
  taxId: string;
  kind: CompanyKind | `${CompanyKind}`;
  admin: { email: string; password: string; fullName: string };
}

function requireText(value: string | undefined, field: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < 2 || trimmed.length > max) {
    throw new CounterpartiesError(Code.INVALID_INPUT, `${field} must be 2 to ${max} characters`, field);
  }
  return trimmed;
}

/** A company registers itself together with its first user, who becomes its admin. */
@Injectable()
export class RegistrationService {
  private readonly companies = new CompanyRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * An e-mail that has an account already is answered as a registration that went through,
   * with ids that lead nowhere: the answer never tells whether an e-mail has an account.
   */
  async register(input: RegisterCompanyInput): Promise<{ companyId: string; userId: string; status: CompanyStatus }> {
    const legalName = requireText(input.legalName, 'legalName', 300);
    const tradingName = input.tradingName?.trim() ? requireText(input.tradingName, 'tradingName', 120) : legalName;
    const fullName = requireText(input.admin.fullName, 'admin.fullName', 200);
    const country = input.country.trim().toUpperCase();
    const taxId = validateTaxId(country, input.taxId);
    if (!taxId.valid) {
      const code = taxId.reason.includes('ISO 3166') ? Code.INVALID_COUNTRY : Code.INVALID_TAX_ID;
      throw new CounterpartiesError(code, taxId.reason, code === Code.INVALID_COUNTRY ? 'country' : 'taxId');
    }
    const email = normalizeEmail(input.admin.email);
    if (!email) throw new CounterpartiesError(Code.INVALID_EMAIL, `"${input.admin.email}" is not an e-mail address`, 'admin.email');
    const weakness = passwordWeakness(input.admin.password, email);
    if (weakness) throw new CounterpartiesError(Code.WEAK_PASSWORD, weakness, 'admin.password');
    const passwordHash = await hash(input.admin.password);

    const companyId = randomUUID();
    const userId = randomUUID();
    try {
      await this.dataSource.transaction(async (transaction) => {
        await this.companies.insert(transaction, {
          id: companyId,
          legalName,
          tradingName,
          country,
          taxId: taxId.normalized,
          kind: input.kind as CompanyKind,
          status: CompanyStatus.PENDING_REVIEW,
          registeredAt: new Date().toISOString(),
        });
        await transaction.query(`INSERT INTO user_account (id, email, full_name, password_hash) VALUES ($1, $2, $3, $4)`, [
          userId,
          email,
          fullName,
          passwordHash,
        ]);
        await transaction.query(`INSERT INTO membership (user_id, company_id, roles) VALUES ($1, $2, $3)`, [
          userId,
          companyId,
          [CompanyRole.ADMIN],
        ]);
        const reason = 'Registered by its admin; waiting for an operator to check its registration';
        await this.companies.addEntry(transaction, {
          id: randomUUID(),
          companyId,
          action: ModerationLogAction.REGISTER,
          from: null,
          to: CompanyStatus.PENDING_REVIEW,
          reason,
          operatorId: null,
        });
        await this.outbox.enqueue(transaction, companyStatusChanged, {
          key: companyId,
          payload: {
            companyId,
            tradingName,
            kind: input.kind as CompanyKind,
            action: ModerationLogAction.REGISTER,
            from: null,
            to: CompanyStatus.PENDING_REVIEW,
            reason,
            operatorId: null,
          },
        });
      });
    } catch (error) {
      const constraint = (error as { constraint?: string }).constraint;
      if (constraint === 'company_active_tax_id_idx') {
        throw new CounterpartiesError(Code.DUPLICATE_TAX_ID, `a company with tax id ${taxId.normalized} in ${country} is already registered`, 'taxId');
      }
      if (constraint === 'user_account_email_key') {
        // The answer of a registration that went through, so that registering does not tell
        // whether an e-mail has an account (OWASP: account enumeration). Nothing is created:
        // the account's owner can sign in, and the company can register with another e-mail.
        return { companyId: randomUUID(), userId: randomUUID(), status: CompanyStatus.PENDING_REVIEW };
      }
      throw error;
    }
    return { companyId, userId, status: CompanyStatus.PENDING_REVIEW };
  }
}
