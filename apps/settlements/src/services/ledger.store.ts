import {
  type Account,
  ACCOUNT_KINDS,
  accountCompanyId,
  accountKey,
  accountSellerOrderId,
  applyEntries,
  type AccountBalance,
  type Balances,
  balanceOf,
  type JournalEntry,
  type Posting,
  parseAccountKey,
} from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

interface LockedRow {
  key: string;
  debits_minor: string;
  credits_minor: string;
  opened: boolean;
}

/**
 * The ledger in PostgreSQL: entries and their postings appended, each account's running totals
 * and each kind's (per currency) updated in the same transaction, so reading a balance or the
 * trial balance never reads entries. The posting rules and the balance limits are the domain's
 * (`applyEntries`); this class only stores what they decide.
 *
 * An entry's id derives from the event that caused it, and `journal_entry.id` is the key: an
 * entry posted before (a redelivered or replayed event) is skipped, whatever the inbox says.
 * So is a second entry of the same cause under another event id (one delivery per seller
 * order, one refund per return, one posting per payment or payout: a unique index).
 * Accounts are locked in key order (one upsert), so two transactions posting to the same
 * accounts wait for each other instead of deadlocking.
 */
@Injectable()
export class LedgerStore {
  /**
   * Posts linked entries in the caller's transaction: all of them or, when a rule refuses one
   * (a LedgerError: a limit, an unbalanced entry), none, and the caller's transaction must roll
   * back. Returns the entries that were new; those posted before are left out.
   */
  async post(transaction: EntityManager, entries: readonly JournalEntry[]): Promise<JournalEntry[]> {
    const unique = [...new Map(entries.map((entry) => [entry.id, entry])).values()];
    if (unique.length === 0) return [];
    const inserted: Array<{ id: string }> = await transaction.query(
      `INSERT INTO journal_entry (id, event_id, cause_type, cause_id, currency, occurred_at, corrects_entry_id)
       SELECT i, e, t, c, cur, o, k FROM json_to_recordset($1::json) AS x(i uuid, e text, t text, c text, cur char(3), o timestamptz, k uuid)
       ON CONFLICT DO NOTHING RETURNING id`,
      // One JSON parameter rather than arrays: JSON.stringify and PostgreSQL's parser beat pg's array escaping by far.
      [
        JSON.stringify(
          unique.map((entry) => ({
            i: entry.id,
            e: entry.eventId,
            t: entry.causeType,
            c: entry.causeId,
            cur: entry.currency,
            o: entry.occurredAt,
            k: entry.correctsEntryId ?? null,
          })),
        ),
      ],
    );
    const fresh = new Set(inserted.map((row) => row.id));
    const posted = unique.filter((entry) => fresh.has(entry.id));
    if (posted.length === 0) return [];

    // What the entries add to each account, in key order (the order every transaction locks them in).
    const sums = new Map<string, { account: Account; debits: number; credits: number }>();
    const postingRows: Array<{ entry: JournalEntry; posting: Posting; position: number; key: string }> = [];
    for (const entry of posted) {
      for (const [position, posting] of entry.postings.entries()) {
        const key = accountKey(posting.account);
        postingRows.push({ entry, posting, position, key });
        const sum = sums.get(key) ?? { account: posting.account, debits: 0, credits: 0 };
        sum.debits += posting.debitMinor ?? 0;
        sum.credits += posting.creditMinor ?? 0;
        sums.set(key, sum);
      }
    }
    const keys = [...sums.keys()].sort();
    const list = keys.map((key) => sums.get(key) as { account: Account; debits: number; credits: number });
    // One statement opens the new accounts, locks them all and adds the sums; it returns the totals after.
    const rows: LockedRow[] = await transaction.query(
      `INSERT INTO account (key, kind, currency, company_id, seller_order_id, debits_minor, credits_minor)
       SELECT k, kind, cur, co, so, d, c FROM json_to_recordset($1::json) AS x(k text, kind text, cur char(3), co uuid, so uuid, d bigint, c bigint) ORDER BY k
       ON CONFLICT (key) DO UPDATE SET debits_minor = account.debits_minor + EXCLUDED.debits_minor, credits_minor = account.credits_minor + EXCLUDED.credits_minor
       RETURNING key, debits_minor::text, credits_minor::text, (xmax = 0) AS opened`,
      [
        JSON.stringify(
          keys.map((key, index) => ({
            k: key,
            kind: list[index].account.kind,
            cur: list[index].account.currency,
            co: accountCompanyId(list[index].account),
            so: accountSellerOrderId(list[index].account),
            d: list[index].debits,
            c: list[index].credits,
          })),
        ),
      ],
    );
    // The rules decide, on the totals as they were: every posting applies with its limits checked,
    // or a LedgerError, and the caller's transaction rolls the statement above back.
    const balances = new Map<string, AccountBalance>();
    for (const row of rows) {
      const sum = sums.get(row.key) as { account: Account; debits: number; credits: number };
      balances.set(row.key, {
        account: sum.account,
        debitsMinor: Number(row.debits_minor) - sum.debits,
        creditsMinor: Number(row.credits_minor) - sum.credits,
      });
    }
    const after = applyEntries(balances, posted);
    const totals = new Map<string, { currency: string; kind: string; accounts: number; debits: bigint; credits: bigint }>();
    for (const row of rows) {
      const sum = sums.get(row.key) as { account: Account; debits: number; credits: number };
      const now = after.get(row.key) as AccountBalance;
      if (now.debitsMinor !== Number(row.debits_minor) || now.creditsMinor !== Number(row.credits_minor)) {
        throw new Error(
          `account ${row.key}: the rules make ${now.debitsMinor}/${now.creditsMinor}, the table ${row.debits_minor}/${row.credits_minor}`,
        );
      }
      const totalKey = `${sum.account.currency}/${sum.account.kind}`;
      const total = totals.get(totalKey) ?? {
        currency: sum.account.currency,
        kind: sum.account.kind,
        accounts: 0,
        debits: 0n,
        credits: 0n,
      };
      total.accounts += row.opened ? 1 : 0;
      total.debits += BigInt(sum.debits);
      total.credits += BigInt(sum.credits);
      totals.set(totalKey, total);
    }
    const kindTotals = [...totals.values()].sort((a, b) => (a.currency + a.kind < b.currency + b.kind ? -1 : 1));
    await transaction.query(
      `WITH kind_totals AS (
         INSERT INTO account_kind_total (currency, kind, accounts, debits_minor, credits_minor)
         SELECT * FROM unnest($1::char(3)[], $2::text[], $3::int[], $4::bigint[], $5::bigint[]) ORDER BY 1, 2
         ON CONFLICT (currency, kind) DO UPDATE SET
           accounts = account_kind_total.accounts + EXCLUDED.accounts,
           debits_minor = account_kind_total.debits_minor + EXCLUDED.debits_minor,
           credits_minor = account_kind_total.credits_minor + EXCLUDED.credits_minor
       )
       INSERT INTO posting (entry_id, position, account_key, debit_minor, credit_minor, memo, occurred_at)
       SELECT e, p, k, d, c, m, o FROM json_to_recordset($6::json) AS x(e uuid, p smallint, k text, d bigint, c bigint, m text, o timestamptz)`,
      [
        kindTotals.map((total) => total.currency),
        kindTotals.map((total) => total.kind),
        kindTotals.map((total) => total.accounts),
        kindTotals.map((total) => String(total.debits)),
        kindTotals.map((total) => String(total.credits)),
        JSON.stringify(
          postingRows.map((row) => ({
            e: row.entry.id,
            p: row.position,
            k: row.key,
            d: row.posting.debitMinor ?? null,
            c: row.posting.creditMinor ?? null,
            m: row.posting.memo ?? null,
            o: row.entry.occurredAt,
          })),
        ),
      ],
    );
    return posted;
  }

  /**
   * The accounts' balances on their normal side, locked for the rest of the transaction, in key
   * order (0 for an account never posted to, which is then not locked: nothing can take from it).
   */
  async lockedBalances(transaction: EntityManager, accounts: readonly Account[]): Promise<Map<string, number>> {
    if (accounts.length === 0) return new Map();
    const rows: Array<{ key: string; debits_minor: string; credits_minor: string }> = await transaction.query(
      `SELECT key, debits_minor::text, credits_minor::text FROM account WHERE key = ANY ($1::text[]) ORDER BY key FOR UPDATE`,
      [[...new Set(accounts.map((account) => accountKey(account)))]],
    );
    const found = new Map(rows.map((row) => [row.key, row]));
    return new Map(
      accounts.map((account) => {
        const row = found.get(accountKey(account));
        const balances: Balances = row
          ? new Map([[row.key, { account, debitsMinor: Number(row.debits_minor), creditsMinor: Number(row.credits_minor) }]])
          : new Map();
        return [accountKey(account), balanceOf(balances, account)];
      }),
    );
  }

  /** Balances as they are now, without locking (0 for an account never posted to). */
  async balances(runner: Pick<EntityManager, 'query'>, accounts: readonly Account[]): Promise<Map<string, number>> {
    const keys = accounts.map((account) => accountKey(account));
    const rows: Array<{ key: string; debits_minor: string; credits_minor: string }> = await runner.query(
      `SELECT key, debits_minor::text, credits_minor::text FROM account WHERE key = ANY ($1::text[])`,
      [keys],
    );
    const found = new Map(rows.map((row) => [row.key, row]));
    return new Map(
      accounts.map((account) => {
        const row = found.get(accountKey(account));
        const debits = row ? Number(row.debits_minor) : 0;
        const credits = row ? Number(row.credits_minor) : 0;
        return [accountKey(account), ACCOUNT_KINDS[account.kind].normalSide === 'DEBIT' ? debits - credits : credits - debits];
      }),
    );
  }

  /** Every account's totals (for the simulation's and the tests' checks against the model). */
  async allBalances(runner: Pick<EntityManager, 'query'>): Promise<Balances> {
    const rows: Array<{ key: string; debits_minor: string; credits_minor: string }> = await runner.query(
      `SELECT key, debits_minor::text, credits_minor::text FROM account`,
    );
    return new Map(
      rows.map((row) => [
        row.key,
        { account: parseAccountKey(row.key), debitsMinor: Number(row.debits_minor), creditsMinor: Number(row.credits_minor) },
      ]),
    );
  }
}
