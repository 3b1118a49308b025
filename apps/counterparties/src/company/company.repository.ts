import type { Company, ModerationEntry, PublicCompany } from '@lotbook/contracts';
import type { CompanyKind, CompanyStatus } from '@lotbook/counterparties-domain';
import type { EntityManager } from 'typeorm';

interface CompanyRow {
  id: string;
  legal_name: string;
  trading_name: string;
  country: string;
  tax_id: string;
  kind: CompanyKind;
  status: CompanyStatus;
  registered_at: Date;
}

interface ModerationRow {
  id: string;
  company_id: string;
  company_name: string;
  action: ModerationEntry['action'];
  from_status: CompanyStatus | null;
  to_status: CompanyStatus;
  reason: string;
  operator_id: string | null;
  operator_email: string | null;
  occurred_at: Date;
}

export type CompanyRecord = Omit<Company, 'moderationHistory' | 'legalEntities' | 'accountManager' | 'commercialTerms'>;

interface TermsRow {
  account_manager_id: string | null;
  manager_email: string | null;
  manager_name: string | null;
  terms_currency: string | null;
  credit_limit_minor: string | null;
  payment_term_days: number | null;
  approval_threshold_minor: string | null;
}

const minorOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

function toCompany(row: CompanyRow): CompanyRecord {
  return {
    id: row.id,
    legalName: row.legal_name,
    tradingName: row.trading_name,
    country: row.country,
    taxId: row.tax_id,
    kind: row.kind,
    status: row.status,
    registeredAt: row.registered_at.toISOString(),
  };
}

function toEntry(row: ModerationRow): ModerationEntry {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    action: row.action,
    from: row.from_status,
    to: row.to_status,
    reason: row.reason,
    operatorId: row.operator_id,
    operatorEmail: row.operator_email,
    occurredAt: row.occurred_at.toISOString(),
  };
}

export function publicView(company: CompanyRecord): PublicCompany {
  return { id: company.id, tradingName: company.tradingName, status: company.status };
}

export interface ModerationLogFilter {
  companyId?: string;
  action?: ModerationEntry['action'];
  operatorId?: string;
  since?: string;
  until?: string;
  limit: number;
}

const ENTRY_SELECT = `
  SELECT m.id, m.company_id, c.trading_name AS company_name, m.action, m.from_status, m.to_status, m.reason,
         m.operator_id, o.email AS operator_email, m.occurred_at
    FROM moderation_entry m
    JOIN company c ON c.id = m.company_id
    LEFT JOIN operator_account o ON o.id = m.operator_id`;

/** Company rows and their moderation log, in SQL, always within the caller's transaction or manager. */
export class CompanyRepository {
  async find(manager: EntityManager, id: string, { forUpdate = false } = {}): Promise<CompanyRecord | undefined> {
    const rows: CompanyRow[] = await manager.query(`SELECT * FROM company WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] && toCompany(rows[0]);
  }

  async list(manager: EntityManager, status?: CompanyStatus): Promise<CompanyRecord[]> {
    const rows: CompanyRow[] = status
      ? await manager.query(`SELECT * FROM company WHERE status = $1 ORDER BY registered_at, id`, [status])
      : await manager.query(`SELECT * FROM company ORDER BY registered_at, id`);
    return rows.map(toCompany);
  }

  async insert(manager: EntityManager, company: CompanyRecord): Promise<void> {
    await manager.query(
      `INSERT INTO company (id, legal_name, trading_name, country, tax_id, kind, status, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [company.id, company.legalName, company.tradingName, company.country, company.taxId, company.kind, company.status, company.registeredAt],
    );
  }

  async setStatus(manager: EntityManager, id: string, status: CompanyStatus): Promise<void> {
    await manager.query(`UPDATE company SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }

  async addEntry(
    manager: EntityManager,
    entry: Omit<ModerationEntry, 'companyName' | 'operatorEmail' | 'occurredAt'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO moderation_entry (id, company_id, action, from_status, to_status, reason, operator_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.id, entry.companyId, entry.action, entry.from, entry.to, entry.reason, entry.operatorId],
    );
  }

  /** The full record: what the company itself and operators see. */
  async view(manager: EntityManager, company: CompanyRecord): Promise<Company> {
    const [terms]: TermsRow[] = await manager.query(
      `SELECT c.account_manager_id, o.email AS manager_email, o.full_name AS manager_name, c.terms_currency,
              c.credit_limit_minor, c.payment_term_days, c.approval_threshold_minor
         FROM company c LEFT JOIN operator_account o ON o.id = c.account_manager_id WHERE c.id = $1`,
      [company.id],
    );
    const legalEntities: Array<{ id: string; company_id: string; name: string; tax_id: string; address: string }> = await manager.query(
      `SELECT id, company_id, name, tax_id, address FROM legal_entity WHERE company_id = $1 ORDER BY created_at, id`,
      [company.id],
    );
    return {
      ...company,
      legalEntities: legalEntities.map((row) => ({ id: row.id, companyId: row.company_id, name: row.name, taxId: row.tax_id, address: row.address })),
      accountManager:
        terms.account_manager_id && terms.manager_email && terms.manager_name
          ? { id: terms.account_manager_id, email: terms.manager_email, fullName: terms.manager_name }
          : null,
      commercialTerms: terms.terms_currency
        ? {
            currency: terms.terms_currency,
            creditLimitMinor: minorOrNull(terms.credit_limit_minor),
            paymentTermDays: terms.payment_term_days,
            approvalThresholdMinor: minorOrNull(terms.approval_threshold_minor),
          }
        : null,
      moderationHistory: await this.history(manager, company.id),
    };
  }

  async history(manager: EntityManager, companyId: string): Promise<ModerationEntry[]> {
    const rows: ModerationRow[] = await manager.query(`${ENTRY_SELECT} WHERE m.company_id = $1 ORDER BY m.occurred_at, m.id`, [companyId]);
    return rows.map(toEntry);
  }

  async log(manager: EntityManager, filter: ModerationLogFilter): Promise<ModerationEntry[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql.replace('?', `$${parameters.length}`));
    };
    if (filter.companyId) add('m.company_id = ?', filter.companyId);
    if (filter.action) add('m.action = ?', filter.action);
    if (filter.operatorId) add('m.operator_id = ?', filter.operatorId);
    if (filter.since) add('m.occurred_at >= ?', filter.since);
    if (filter.until) add('m.occurred_at < ?', filter.until);
    parameters.push(filter.limit);
    const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    const rows: ModerationRow[] = await manager.query(
      `${ENTRY_SELECT}${where} ORDER BY m.occurred_at DESC, m.id DESC LIMIT $${parameters.length}`,
      parameters,
    );
    return rows.map(toEntry);
  }
}
