import {
  LedgerAccountKind,
  LedgerCauseType,
  type Actor,
  type JournalEntryRecord,
  type LedgerAccountRecord,
  type TrialBalanceRecord,
} from '@lotbook/contracts';
import {
  ACCOUNT_KINDS,
  accountCompanyId,
  accountKey,
  accountSellerOrderId,
  type AccountKind,
  type JournalEntry,
  LedgerError,
  parseAccountKey,
  type Posting,
  type PostingMemo,
} from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';
import { isOperator, requireOperator } from './access';

interface AccountRow {
  key: string;
  kind: AccountKind;
  currency: string;
  company_id: string | null;
  seller_order_id: string | null;
  debits_minor: string;
  credits_minor: string;
}

interface EntryRow {
  id: string;
  event_id: string;
  cause_type: LedgerCauseType;
  cause_id: string;
  currency: string;
  occurred_at: Date;
  posted_at: Date;
  corrects_entry_id: string | null;
  position: number;
  account_key: string;
  debit_minor: string | null;
  credit_minor: string | null;
  memo: PostingMemo | null;
}

const normal = (kind: AccountKind, debits: number, credits: number) =>
  ACCOUNT_KINDS[kind].normalSide === 'DEBIT' ? debits - credits : credits - debits;

function accountView(row: AccountRow): LedgerAccountRecord {
  const debits = Number(row.debits_minor);
  const credits = Number(row.credits_minor);
  return {
    key: row.key,
    kind: row.kind as LedgerAccountKind,
    currency: row.currency,
    companyId: row.company_id,
    sellerOrderId: row.seller_order_id,
    normalSide: ACCOUNT_KINDS[row.kind].normalSide,
    debitsMinor: debits,
    creditsMinor: credits,
    balanceMinor: normal(row.kind, debits, credits),
  };
}

const ENTRY_COLUMNS = `e.id, e.event_id, e.cause_type, e.cause_id, e.currency, e.occurred_at, e.posted_at, e.corrects_entry_id,
  p.position, p.account_key, p.debit_minor::text, p.credit_minor::text, p.memo`;

/** Rows of entries joined with their postings (ordered by entry, then position) as the domain's entries, in the rows' order. */
export function entriesOf(rows: readonly EntryRow[]): Array<JournalEntry & { postedAt: string }> {
  const entries = new Map<string, JournalEntry & { postedAt: string; postings: Posting[] }>();
  for (const row of rows) {
    let entry = entries.get(row.id);
    if (!entry) {
      entry = {
        id: row.id,
        eventId: row.event_id,
        causeType: row.cause_type,
        causeId: row.cause_id,
        currency: row.currency,
        occurredAt: row.occurred_at.toISOString(),
        postedAt: row.posted_at.toISOString(),
        postings: [],
        ...(row.corrects_entry_id ? { correctsEntryId: row.corrects_entry_id } : {}),
      };
      entries.set(row.id, entry);
    }
    const account = parseAccountKey(row.account_key);
    const memo = row.memo ?? undefined;
    entry.postings.push(
      row.debit_minor !== null
        ? { account, debitMinor: Number(row.debit_minor), ...(memo ? { memo } : {}) }
        : { account, creditMinor: Number(row.credit_minor), ...(memo ? { memo } : {}) },
    );
  }
  return [...entries.values()];
}

/** Escapes LIKE's wildcards so a key prefix matches only itself. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * What operators read of the ledger: the trial balance per currency (from the totals kept per
 * account kind: a few rows whatever the number of entries), the accounts with their balances,
 * and an account's entries with their causes.
 */
@Injectable()
export class LedgerQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async trialBalance(actor: Actor, currency: string | undefined): Promise<TrialBalanceRecord[]> {
    requireOperator(actor, 'the trial balance');
    return this.trialBalanceOf(this.dataSource.manager, currency);
  }

  /** The trial balance from the kept totals (no entry is read). */
  async trialBalanceOf(runner: Pick<EntityManager, 'query'>, currency?: string): Promise<TrialBalanceRecord[]> {
    const rows: Array<{ currency: string; kind: AccountKind; accounts: number; debits_minor: string; credits_minor: string }> =
      await runner.query(
        `SELECT currency, kind, accounts, debits_minor::text, credits_minor::text FROM account_kind_total
        WHERE ($1::text IS NULL OR currency = $1) ORDER BY currency, kind`,
        [currency ?? null],
      );
    const byCurrency = new Map<string, TrialBalanceRecord>();
    for (const row of rows) {
      const debits = Number(row.debits_minor);
      const credits = Number(row.credits_minor);
      const balance = byCurrency.get(row.currency) ?? {
        currency: row.currency,
        rows: [],
        totalDebitsMinor: 0,
        totalCreditsMinor: 0,
        netMinor: 0,
      };
      balance.rows.push({
        kind: row.kind as LedgerAccountKind,
        normalSide: ACCOUNT_KINDS[row.kind].normalSide,
        accounts: row.accounts,
        debitsMinor: debits,
        creditsMinor: credits,
        balanceMinor: normal(row.kind, debits, credits),
      });
      balance.totalDebitsMinor += debits;
      balance.totalCreditsMinor += credits;
      balance.netMinor = balance.totalDebitsMinor - balance.totalCreditsMinor;
      byCurrency.set(row.currency, balance);
    }
    return [...byCurrency.values()];
  }

  async accounts(
    actor: Actor,
    filter: { currency?: string; kind?: LedgerAccountKind; companyId?: string; nonZeroOnly: boolean; after?: string; first: number },
  ): Promise<LedgerAccountRecord[]> {
    const companyId = isOperator(actor) ? filter.companyId : actor.companyId;
    if (!isOperator(actor) && (!companyId || (filter.companyId && filter.companyId !== companyId))) {
      throw new SettlementsError(Code.FORBIDDEN, 'a company sees its own accounts only');
    }
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT key, kind, currency, company_id, seller_order_id, debits_minor::text, credits_minor::text FROM account
        WHERE ($1::text IS NULL OR currency = $1) AND ($2::text IS NULL OR kind = $2) AND ($3::uuid IS NULL OR company_id = $3)
          AND (NOT $4 OR debits_minor <> credits_minor) AND ($5::text IS NULL OR key > $5)
        ORDER BY key LIMIT $6`,
      [filter.currency ?? null, filter.kind ?? null, companyId ?? null, filter.nonZeroOnly, filter.after ?? null, filter.first],
    );
    return rows.map(accountView);
  }

  async entries(
    actor: Actor,
    key: string,
    before: string | undefined,
    first: number,
  ): Promise<{ account: LedgerAccountRecord; entries: JournalEntryRecord[] }> {
    requireOperator(actor, "an account's entries");
    try {
      parseAccountKey(key);
    } catch (error) {
      if (error instanceof LedgerError) throw new SettlementsError(Code.UNKNOWN_ACCOUNT, `"${key}" is not an account key`, 'accountKey');
      throw error;
    }
    const [row]: AccountRow[] = await this.dataSource.query(
      `SELECT key, kind, currency, company_id, seller_order_id, debits_minor::text, credits_minor::text FROM account WHERE key = $1`,
      [key],
    );
    if (!row) throw new SettlementsError(Code.UNKNOWN_ACCOUNT, `no account ${key} has been posted to`, 'accountKey');
    const rows: EntryRow[] = await this.dataSource.query(
      `WITH page AS (
         SELECT DISTINCT entry_id, occurred_at FROM posting WHERE account_key = $1 AND ($2::timestamptz IS NULL OR occurred_at < $2)
          ORDER BY occurred_at DESC, entry_id DESC LIMIT $3)
       SELECT ${ENTRY_COLUMNS} FROM page JOIN journal_entry e ON e.id = page.entry_id JOIN posting p ON p.entry_id = e.id
        ORDER BY e.occurred_at DESC, e.id DESC, p.position`,
      [key, before ?? null, first],
    );
    return { account: accountView(row), entries: entriesOf(rows).map(entryView) };
  }

  /**
   * A seller's entries in a currency that happened before `to` (every posting of each, as the
   * statement needs the commission of a sale beside it), oldest first.
   */
  async sellerEntries(sellerCompanyId: string, currency: string, to: Date): Promise<JournalEntry[]> {
    const seller = encodeURIComponent(sellerCompanyId);
    const rows: EntryRow[] = await this.dataSource.query(
      `WITH own AS (
         SELECT DISTINCT entry_id FROM posting
          WHERE (account_key = $1 OR account_key LIKE $2) AND occurred_at < $3)
       SELECT ${ENTRY_COLUMNS} FROM own JOIN journal_entry e ON e.id = own.entry_id JOIN posting p ON p.entry_id = e.id
        ORDER BY e.occurred_at, e.posted_at, e.id, p.position`,
      [`SELLER_PAYABLE_AVAILABLE/${currency}/${seller}`, likePrefix(`SELLER_PAYABLE_PENDING/${currency}/${seller}/`), to.toISOString()],
    );
    return entriesOf(rows);
  }
}

function entryView(entry: JournalEntry & { postedAt: string }): JournalEntryRecord {
  return {
    id: entry.id,
    eventId: entry.eventId,
    causeType: entry.causeType as LedgerCauseType,
    causeId: entry.causeId,
    currency: entry.currency,
    occurredAt: entry.occurredAt,
    postedAt: entry.postedAt,
    correctsEntryId: entry.correctsEntryId ?? null,
    postings: entry.postings.map((posting) => ({
      accountKey: accountKey(posting.account),
      kind: posting.account.kind as LedgerAccountKind,
      companyId: accountCompanyId(posting.account),
      sellerOrderId: accountSellerOrderId(posting.account),
      debitMinor: posting.debitMinor ?? null,
      creditMinor: posting.creditMinor ?? null,
      memo: posting.memo ?? null,
    })),
  };
}
