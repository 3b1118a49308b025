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

    // What the entries add to each account, in key order (the order every transaction locks them in).
    const sums = new Map<string, { account: Account; debits: number; credits: number }>();
    for (const entry of posted) {
      for (const posting of entry.postings) {
        const key = accountKey(posting.account);
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
       SELECT * FROM unnest($1::text[], $2::text[], $3::char(3)[], $4::uuid[], $5::uuid[], $6::bigint[], $7::bigint[]) ORDER BY 1
       ON CONFLICT (key) DO UPDATE SET debits_minor = account.debits_minor + EXCLUDED.debits_minor, credits_minor = account.credits_minor + EXCLUDED.credits_minor
       RETURNING key, debits_minor::text, credits_minor::text, (xmax = 0) AS opened`,
      [
        keys,
        list.map((sum) => sum.account.kind),
        list.map((sum) => sum.account.currency),
        list.map((sum) => accountCompanyId(sum.account)),
        list.map((sum) => accountSellerOrderId(sum.account)),
        list.map((sum) => String(sum.debits)),
        list.map((sum) => String(sum.credits)),
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
    const postingRows = posted.flatMap((entry) => entry.postings.map((posting, position) => ({ entry, posting, position })));
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
       SELECT * FROM unnest($6::uuid[], $7::smallint[], $8::text[], $9::bigint[], $10::bigint[], $11::text[], $12::timestamptz[])`,
      [
        kindTotals.map((total) => total.currency),
        kindTotals.map((total) => total.kind),
        kindTotals.map((total) => total.accounts),
        kindTotals.map((total) => String(total.debits)),
        kindTotals.map((total) => String(total.credits)),
        postingRows.map((row) => row.entry.id),
        postingRows.map((row) => row.position),
        postingRows.map((row) => accountKey(row.posting.account)),
        postingRows.map((row) => (row.posting.debitMinor === undefined ? null : String(row.posting.debitMinor))),
        postingRows.map((row) => (row.posting.creditMinor === undefined ? null : String(row.posting.creditMinor))),
        postingRows.map((row) => row.posting.memo ?? null),
        postingRows.map((row) => row.entry.occurredAt),
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
