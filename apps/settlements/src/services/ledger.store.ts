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
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::char(3)[], $6::timestamptz[], $7::uuid[])
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        unique.map((entry) => entry.id),
        unique.map((entry) => entry.eventId),
        unique.map((entry) => entry.causeType),
        unique.map((entry) => entry.causeId),
        unique.map((entry) => entry.currency),
        unique.map((entry) => entry.occurredAt),
        unique.map((entry) => entry.correctsEntryId ?? null),
      ],
    );
    const fresh = new Set(inserted.map((row) => row.id));
    const posted = unique.filter((entry) => fresh.has(entry.id));
    if (posted.length === 0) return [];

    const accounts = new Map<string, Account>();
    for (const entry of posted) for (const posting of entry.postings) accounts.set(accountKey(posting.account), posting.account);
    const { balances, opened } = await this.lock(transaction, [...accounts.values()]);
    // The rules decide: every posting applies with its limits checked, or a LedgerError.
    const after = applyEntries(balances, posted);

    const keys: string[] = [];
    const debits: string[] = [];
    const credits: string[] = [];
    const totals = new Map<string, { currency: string; kind: string; accounts: number; debits: bigint; credits: bigint }>();
    for (const [key, account] of accounts) {
      const before = balances.get(key) as AccountBalance;
      const now = after.get(key) as AccountBalance;
      keys.push(key);
      debits.push(String(now.debitsMinor));
      credits.push(String(now.creditsMinor));
      const totalKey = `${account.currency}/${account.kind}`;
      const total = totals.get(totalKey) ?? { currency: account.currency, kind: account.kind, accounts: 0, debits: 0n, credits: 0n };
      total.accounts += opened.has(key) ? 1 : 0;
      total.debits += BigInt(now.debitsMinor - before.debitsMinor);
      total.credits += BigInt(now.creditsMinor - before.creditsMinor);
      totals.set(totalKey, total);
    }
    const kindTotals = [...totals.values()].sort((a, b) => (a.currency + a.kind < b.currency + b.kind ? -1 : 1));
    const rows = posted.flatMap((entry) => entry.postings.map((posting, position) => ({ entry, posting, position })));
    await transaction.query(
      `WITH balances AS (
         UPDATE account SET debits_minor = x.debits, credits_minor = x.credits
           FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS x(key, debits, credits)
          WHERE account.key = x.key
       ),
       kind_totals AS (
         INSERT INTO account_kind_total (currency, kind, accounts, debits_minor, credits_minor)
         SELECT * FROM unnest($4::char(3)[], $5::text[], $6::int[], $7::bigint[], $8::bigint[]) ORDER BY 1, 2
         ON CONFLICT (currency, kind) DO UPDATE SET
           accounts = account_kind_total.accounts + EXCLUDED.accounts,
           debits_minor = account_kind_total.debits_minor + EXCLUDED.debits_minor,
           credits_minor = account_kind_total.credits_minor + EXCLUDED.credits_minor
       )
       INSERT INTO posting (entry_id, position, account_key, debit_minor, credit_minor, memo, occurred_at)
       SELECT * FROM unnest($9::uuid[], $10::smallint[], $11::text[], $12::bigint[], $13::bigint[], $14::text[], $15::timestamptz[])`,
      [
        keys,
        debits,
        credits,
        kindTotals.map((total) => total.currency),
        kindTotals.map((total) => total.kind),
        kindTotals.map((total) => total.accounts),
        kindTotals.map((total) => String(total.debits)),
        kindTotals.map((total) => String(total.credits)),
        rows.map((row) => row.entry.id),
        rows.map((row) => row.position),
        rows.map((row) => accountKey(row.posting.account)),
        rows.map((row) => (row.posting.debitMinor === undefined ? null : String(row.posting.debitMinor))),
        rows.map((row) => (row.posting.creditMinor === undefined ? null : String(row.posting.creditMinor))),
        rows.map((row) => row.posting.memo ?? null),
        rows.map((row) => row.entry.occurredAt),
      ],
    );
    return posted;
  }

  /**
   * Opens (when new) and locks the accounts, in key order, for the rest of the transaction;
   * returns their totals as they are, and which were opened now.
   */
  async lock(
    transaction: EntityManager,
    accounts: readonly Account[],
  ): Promise<{ balances: Map<string, AccountBalance>; opened: Set<string> }> {
    const byKey = new Map(accounts.map((account) => [accountKey(account), account]));
    const keys = [...byKey.keys()].sort();
    const list = keys.map((key) => byKey.get(key) as Account);
    const rows: LockedRow[] = await transaction.query(
      `INSERT INTO account (key, kind, currency, company_id, seller_order_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::char(3)[], $4::uuid[], $5::uuid[]) ORDER BY 1
       ON CONFLICT (key) DO UPDATE SET debits_minor = account.debits_minor
       RETURNING key, debits_minor::text, credits_minor::text, (xmax = 0) AS opened`,
      [
        keys,
        list.map((account) => account.kind),
        list.map((account) => account.currency),
        list.map((account) => accountCompanyId(account)),
        list.map((account) => accountSellerOrderId(account)),
      ],
    );
    const balances = new Map<string, AccountBalance>();
    const opened = new Set<string>();
    for (const row of rows) {
      balances.set(row.key, {
        account: byKey.get(row.key) as Account,
        debitsMinor: Number(row.debits_minor),
        creditsMinor: Number(row.credits_minor),
      });
      if (row.opened) opened.add(row.key);
    }
    return { balances, opened };
  }

  /** The accounts' balances on their normal side, locked for the rest of the transaction (0 for an account never posted to). */
  async lockedBalances(transaction: EntityManager, accounts: readonly Account[]): Promise<Map<string, number>> {
    if (accounts.length === 0) return new Map();
    const { balances } = await this.lock(transaction, accounts);
    return new Map(accounts.map((account) => [accountKey(account), balanceOf(balances as Balances, account)]));
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
