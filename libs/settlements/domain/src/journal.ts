import { isCurrencyCode } from '@lotbook/money';
import { type Account, accountKey, assertAccount, BALANCE_LIMITS, type BalanceLimit, normalSideOf } from './accounts';
import { LedgerError } from './errors';
import { parseIsoInstant } from './dates';
import { entryIdFor } from './ids';

// The journal: entries of postings that balance, and balances kept per account so that
// reading a balance or the trial balance never replays the entries (the rules TigerBeetle
// keeps: an entry is immutable, a correction is a new entry naming the one it corrects,
// an entry's postings apply together or not at all, limits are checked on the result).

/** The rule that made an entry; a reversal is its own cause type. */
export type CauseType =
  | 'SELLER_ORDER_DELIVERED'
  | 'SELLER_ORDER_COMPLETED'
  | 'RETURN_REFUNDED'
  | 'PAYMENT_RECEIVED'
  | 'REFUND_PAID_OUT'
  | 'PAYOUT_MADE'
  | 'ENTRY_REVERSED';

export const CAUSE_TYPES: readonly CauseType[] = [
  'SELLER_ORDER_DELIVERED',
  'SELLER_ORDER_COMPLETED',
  'RETURN_REFUNDED',
  'PAYMENT_RECEIVED',
  'REFUND_PAID_OUT',
  'PAYOUT_MADE',
  'ENTRY_REVERSED',
];

/** What a posting's amount is, for the operator's view of an account and for seller statements. */
export type PostingMemo =
  /** The buyer's charge for a delivered seller order: net - loyalty discount + shipping fee. */
  | 'BUYER_CHARGE'
  | 'LOYALTY_DISCOUNT'
  /** What the seller earns on a delivered order: net + shipping fee - commission. */
  | 'SELLER_PROCEEDS'
  | 'COMMISSION'
  /** A COMPLETED order's pending money made available. */
  | 'RELEASE'
  | 'REFUND'
  | 'RETURN_LABEL'
  /** The platform's share of a return. */
  | 'PLATFORM_SHARE'
  | 'PAYMENT'
  | 'REFUND_PAYOUT'
  | 'PAYOUT';

/** One side of one account: an integer amount of minor units above zero, on exactly one side. */
export type Posting =
  | { readonly account: Account; readonly debitMinor: number; readonly creditMinor?: undefined; readonly memo?: PostingMemo }
  | { readonly account: Account; readonly creditMinor: number; readonly debitMinor?: undefined; readonly memo?: PostingMemo };

export interface JournalEntry {
  /** Derived from `eventId` and the rule ({@link entryIdFor}): a redelivered event makes the same id. */
  readonly id: string;
  /** The event (or command) that caused the entry. */
  readonly eventId: string;
  readonly causeType: CauseType;
  /** What the entry is traceable to: the seller order, the return, the payment, the payout, the correction. */
  readonly causeId: string;
  /** One currency per entry; every posting's account is in it. */
  readonly currency: string;
  /** When the cause happened (ISO 8601), from the event: statements place the entry by it. */
  readonly occurredAt: string;
  readonly postings: readonly Posting[];
  /** Set on a correction: the entry it reverses. */
  readonly correctsEntryId?: string;
}

export const debit = (account: Account, amountMinor: number, memo?: PostingMemo): Posting => ({
  account,
  debitMinor: amountMinor,
  ...(memo ? { memo } : {}),
});
export const credit = (account: Account, amountMinor: number, memo?: PostingMemo): Posting => ({
  account,
  creditMinor: amountMinor,
  ...(memo ? { memo } : {}),
});

/** A posting's effect on its account's debits minus credits. */
export function signedAmount(posting: Posting): number {
  return posting.debitMinor !== undefined ? posting.debitMinor : -posting.creditMinor;
}

function assertText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new LedgerError('INVALID_INPUT', `${field} must be a non-empty string`, { field });
}

/** Refuses a date that is not an ISO 8601 date-time with its offset. */
export function assertInstant(value: unknown, field: string): void {
  assertText(value, field);
  if (parseIsoInstant(value as string) === null)
    throw new LedgerError('INVALID_INPUT', `${field} must be an ISO 8601 date-time with its offset, got "${value}"`, { field });
}

/**
 * Refuses an entry that could not be posted: no postings, an amount that is not a safe
 * integer above zero, a posting with both sides or none, an account in another currency,
 * or debits that differ from credits.
 */
export function assertBalanced(entry: JournalEntry): void {
  assertText(entry.id, 'id');
  assertText(entry.eventId, 'eventId');
  assertText(entry.causeId, 'causeId');
  assertInstant(entry.occurredAt, 'occurredAt');
  if (!CAUSE_TYPES.includes(entry.causeType)) throw new LedgerError('INVALID_INPUT', `"${entry.causeType}" is not a cause type`);
  if (entry.correctsEntryId !== undefined) assertText(entry.correctsEntryId, 'correctsEntryId');
  if (!isCurrencyCode(entry.currency)) throw new LedgerError('UNKNOWN_CURRENCY', `"${entry.currency}" is not an ISO 4217 currency code`);
  if (!Array.isArray(entry.postings) || entry.postings.length === 0) {
    throw new LedgerError('EMPTY_ENTRY', `entry ${entry.id} has no postings`, { entryId: entry.id });
  }
  let debits = 0n;
  let credits = 0n;
  entry.postings.forEach((posting, index) => {
    assertAccount(posting.account);
    if (posting.account.currency !== entry.currency) {
      throw new LedgerError(
        'CURRENCY_MISMATCH',
        `posting ${index} of entry ${entry.id} is on a ${posting.account.currency} account in a ${entry.currency} entry`,
        {
          entryId: entry.id,
          account: accountKey(posting.account),
        },
      );
    }
    const hasDebit = posting.debitMinor !== undefined;
    const hasCredit = posting.creditMinor !== undefined;
    if (hasDebit === hasCredit) {
      throw new LedgerError(
        'INVALID_POSTING',
        `posting ${index} of entry ${entry.id} must have exactly one of debitMinor and creditMinor`,
        { entryId: entry.id },
      );
    }
    const amount = hasDebit ? posting.debitMinor : posting.creditMinor;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
      throw new LedgerError(
        'INVALID_AMOUNT',
        `posting ${index} of entry ${entry.id} has amount ${String(amount)}: a safe integer above zero is required`,
        {
          entryId: entry.id,
        },
      );
    }
    if (hasDebit) debits += BigInt(amount);
    else credits += BigInt(amount);
  });
  if (debits !== credits) {
    throw new LedgerError('UNBALANCED_ENTRY', `entry ${entry.id} debits ${debits} but credits ${credits} ${entry.currency}`, {
      entryId: entry.id,
      debitsMinor: Number(debits),
      creditsMinor: Number(credits),
    });
  }
}

/** An account's running totals. Its balance is their difference on the account's normal side. */
export interface AccountBalance {
  readonly account: Account;
  readonly debitsMinor: number;
  readonly creditsMinor: number;
}

/** Balances by account key. Immutable: applying an entry returns a new map. */
export type Balances = ReadonlyMap<string, AccountBalance>;

export const EMPTY_BALANCES: Balances = new Map();

function normalBalance(account: Account, debitsMinor: number, creditsMinor: number): number {
  return normalSideOf(account) === 'DEBIT' ? debitsMinor - creditsMinor : creditsMinor - debitsMinor;
}

/** The account's balance on its normal side (what a buyer owes, what a seller is owed); 0 for an account never posted to. */
export function balanceOf(balances: Balances, account: Account): number {
  const found = balances.get(accountKey(account));
  return found ? normalBalance(account, found.debitsMinor, found.creditsMinor) : 0;
}

function checkedTotal(value: number, key: string): number {
  if (!Number.isSafeInteger(value))
    throw new LedgerError('BALANCE_OVERFLOW', `account ${key} would pass ${Number.MAX_SAFE_INTEGER} minor units`, { account: key });
  return value;
}

/**
 * The new totals of the accounts an entry touches, or a LedgerError when it cannot be
 * posted. `balances` needs to hold only those accounts (the rows a service has locked); an
 * account missing from it starts at zero. A limit holds when the entry lowers a limited
 * account (net over its postings) and the entry's cause is one the limit names: the balance
 * after the whole entry must not be below the floor (`INSUFFICIENT_BALANCE`).
 */
export function balanceUpdates(
  balances: Balances,
  entry: JournalEntry,
  limits: readonly BalanceLimit[] = BALANCE_LIMITS,
): AccountBalance[] {
  assertBalanced(entry);
  const updates = new Map<string, AccountBalance>();
  for (const posting of entry.postings) {
    const key = accountKey(posting.account);
    const current = updates.get(key) ?? balances.get(key) ?? { account: posting.account, debitsMinor: 0, creditsMinor: 0 };
    updates.set(
      key,
      posting.debitMinor !== undefined
        ? { ...current, debitsMinor: checkedTotal(current.debitsMinor + posting.debitMinor, key) }
        : { ...current, creditsMinor: checkedTotal(current.creditsMinor + posting.creditMinor, key) },
    );
  }
  for (const [key, updated] of updates) {
    const { account } = updated;
    const before = balanceOf(balances, account);
    const after = normalBalance(account, updated.debitsMinor, updated.creditsMinor);
    if (after >= before) continue;
    for (const limit of limits) {
      if (limit.kind !== account.kind || !limit.causeTypes.includes(entry.causeType) || after >= limit.floorMinor) continue;
      throw new LedgerError(
        'INSUFFICIENT_BALANCE',
        `${key} holds ${before}; entry ${entry.id} (${entry.causeType}) takes ${before - after}, which would leave it below ${limit.floorMinor}`,
        { account: key, balanceMinor: before, requestedMinor: before - after, floorMinor: limit.floorMinor, entryId: entry.id },
      );
    }
  }
  return [...updates.values()];
}

/**
 * Posts one entry: returns the new balances, or refuses with a LedgerError and changes
 * nothing. Every posting applies or none does; limits as {@link balanceUpdates} holds them.
 * Deduplication is the caller's: an entry id is posted once (the ledger's unique key).
 */
export function applyEntry(balances: Balances, entry: JournalEntry, limits: readonly BalanceLimit[] = BALANCE_LIMITS): Balances {
  return applyEntries(balances, [entry], limits);
}

/** Posts linked entries (one rule's output) together: all of them, or none and a LedgerError. */
export function applyEntries(
  balances: Balances,
  entries: readonly JournalEntry[],
  limits: readonly BalanceLimit[] = BALANCE_LIMITS,
): Balances {
  const next = new Map(balances);
  for (const entry of entries) {
    for (const updated of balanceUpdates(next, entry, limits)) next.set(accountKey(updated.account), updated);
  }
  return next;
}

/**
 * The correction of an entry: a new entry with every posting on the other side, naming the
 * one it corrects. `causeId` is the correction's own cause (an operator's correction, a
 * bounced payment); its id is derived from it, so the same correction is posted once.
 */
export function reverseEntry(entry: JournalEntry, causeId: string, occurredAt: string): JournalEntry {
  assertBalanced(entry);
  assertText(causeId, 'causeId');
  assertInstant(occurredAt, 'occurredAt');
  return {
    id: entryIdFor(causeId, 'ENTRY_REVERSED', entry.id),
    eventId: causeId,
    causeType: 'ENTRY_REVERSED',
    causeId,
    currency: entry.currency,
    occurredAt,
    postings: entry.postings.map((posting) =>
      posting.debitMinor !== undefined
        ? credit(posting.account, posting.debitMinor, posting.memo)
        : debit(posting.account, posting.creditMinor, posting.memo),
    ),
    correctsEntryId: entry.id,
  };
}

export interface TrialBalanceRow {
  readonly key: string;
  readonly account: Account;
  readonly debitsMinor: number;
  readonly creditsMinor: number;
  /** On the account's normal side. */
  readonly balanceMinor: number;
}

export interface TrialBalance {
  readonly currency: string;
  /** Every account of the currency, by key. */
  readonly rows: readonly TrialBalanceRow[];
  readonly totalDebitsMinor: number;
  readonly totalCreditsMinor: number;
  /** Total debits - total credits: zero, always, when every entry balanced. */
  readonly netMinor: number;
}

/** Every account's balance, per currency (currencies and accounts in key order), from the kept balances alone. */
export function trialBalance(balances: Balances): TrialBalance[] {
  const byCurrency = new Map<string, TrialBalanceRow[]>();
  for (const [key, { account, debitsMinor, creditsMinor }] of balances) {
    const rows = byCurrency.get(account.currency) ?? [];
    rows.push({ key, account, debitsMinor, creditsMinor, balanceMinor: normalBalance(account, debitsMinor, creditsMinor) });
    byCurrency.set(account.currency, rows);
  }
  return [...byCurrency.keys()].sort().map((currency) => {
    const rows = (byCurrency.get(currency) as TrialBalanceRow[]).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const totalDebits = rows.reduce((sum, row) => sum + BigInt(row.debitsMinor), 0n);
    const totalCredits = rows.reduce((sum, row) => sum + BigInt(row.creditsMinor), 0n);
    const totalDebitsMinor = checkedTotal(Number(totalDebits), `total debits ${currency}`);
    const totalCreditsMinor = checkedTotal(Number(totalCredits), `total credits ${currency}`);
    return { currency, rows, totalDebitsMinor, totalCreditsMinor, netMinor: Number(totalDebits - totalCredits) };
  });
}
