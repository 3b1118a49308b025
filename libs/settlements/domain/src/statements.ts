import { isCurrencyCode, Money } from '@lotbook/money';
import { type Account, accountSellerOrderId } from './accounts';
import { writeCsv } from './csv';
import { parseIsoInstant } from './dates';
import { LedgerError } from './errors';
import type { CauseType, JournalEntry } from './journal';

// A seller's statement for a period, read from the journal: what the seller is owed (its
// pending and available payables together) at the start, every sale, commission, refund,
// return label, release and payout in between, each traceable to its entry and cause (the
// seller order, the return, the payout), and what it is owed at the end. Entries are placed
// by `occurredAt`, from inclusive, to exclusive.

export type StatementLineKind =
  /** A delivered seller order: net + shipping fee. */
  | 'SALE'
  | 'COMMISSION'
  /** The seller's part of a return's refund (negative when the seller keeps a restocking fee above it). */
  | 'REFUND'
  /** Return labels the seller bears. */
  | 'RETURN_LABEL'
  /** A COMPLETED order's money made available for payout: moves nothing in or out. */
  | 'RELEASE'
  | 'PAYOUT'
  /** A reversal of an earlier entry. */
  | 'CORRECTION';

export interface StatementLine {
  readonly occurredAt: string;
  readonly kind: StatementLineKind;
  readonly causeType: CauseType;
  /** The seller order (sale, commission, release), the return, the payout or the correction. */
  readonly causeId: string;
  /** The seller order the line is about, when the posting names one. */
  readonly sellerOrderId: string | null;
  readonly entryId: string;
  readonly correctsEntryId: string | null;
  /** What the line adds to what the seller is owed (negative takes away). */
  readonly amountMinor: number;
  /** What it adds to the part available for payout. */
  readonly availableChangeMinor: number;
}

export interface SellerStatement {
  readonly sellerCompanyId: string;
  readonly currency: string;
  readonly from: string;
  readonly to: string;
  /** What the seller was owed at `from`, pending and available together. */
  readonly openingBalanceMinor: number;
  readonly openingAvailableMinor: number;
  // Each total is what its lines add to the balance: sales positive; commissions, refunds,
  // labels and payouts usually negative.
  readonly salesMinor: number;
  readonly commissionsMinor: number;
  readonly refundsMinor: number;
  readonly returnLabelsMinor: number;
  readonly payoutsMinor: number;
  readonly correctionsMinor: number;
  /** opening + every total. */
  readonly closingBalanceMinor: number;
  readonly closingAvailableMinor: number;
  readonly lines: readonly StatementLine[];
}

function isSellersPayable(account: Account, sellerCompanyId: string): boolean {
  return (
    (account.kind === 'SELLER_PAYABLE_PENDING' || account.kind === 'SELLER_PAYABLE_AVAILABLE') && account.companyId === sellerCompanyId
  );
}

type LineDraft = Omit<StatementLine, 'occurredAt' | 'causeType' | 'causeId' | 'entryId' | 'correctsEntryId'>;

/** The seller's lines of one entry (none when the entry does not touch the seller's payables). */
function linesOf(entry: JournalEntry, sellerCompanyId: string): StatementLine[] {
  const own = entry.postings.filter((posting) => isSellersPayable(posting.account, sellerCompanyId));
  if (own.length === 0) return [];
  const effectOf = (posting: (typeof own)[number]) => (posting.creditMinor ?? 0) - (posting.debitMinor ?? 0);
  const availableOf = (posting: (typeof own)[number]) => (posting.account.kind === 'SELLER_PAYABLE_AVAILABLE' ? effectOf(posting) : 0);
  const total = own.reduce((sum, posting) => sum + effectOf(posting), 0);
  const available = own.reduce((sum, posting) => sum + availableOf(posting), 0);
  const orderOf = own.map((posting) => accountSellerOrderId(posting.account)).find((id) => id !== null) ?? null;
  let drafts: LineDraft[];
  switch (entry.causeType) {
    case 'SELLER_ORDER_DELIVERED': {
      // The entry is the order's: what it credits to commission income is this sale's commission.
      const commission = entry.postings
        .filter((posting) => posting.account.kind === 'PLATFORM_COMMISSION_INCOME')
        .reduce((sum, posting) => sum + (posting.creditMinor ?? 0) - (posting.debitMinor ?? 0), 0);
      drafts = [{ kind: 'SALE', sellerOrderId: orderOf, amountMinor: total + commission, availableChangeMinor: available }];
      if (commission !== 0) drafts.push({ kind: 'COMMISSION', sellerOrderId: orderOf, amountMinor: -commission, availableChangeMinor: 0 });
      break;
    }
    case 'SELLER_ORDER_COMPLETED':
      drafts = [{ kind: 'RELEASE', sellerOrderId: orderOf, amountMinor: total, availableChangeMinor: available }];
      break;
    case 'RETURN_REFUNDED':
      drafts = own.map((posting) => ({
        kind: posting.memo === 'RETURN_LABEL' ? 'RETURN_LABEL' : 'REFUND',
        sellerOrderId: accountSellerOrderId(posting.account),
        amountMinor: effectOf(posting),
        availableChangeMinor: availableOf(posting),
      }));
      break;
    case 'PAYOUT_MADE':
      drafts = [{ kind: 'PAYOUT', sellerOrderId: null, amountMinor: total, availableChangeMinor: available }];
      break;
    default:
      drafts = [{ kind: 'CORRECTION', sellerOrderId: orderOf, amountMinor: total, availableChangeMinor: available }];
  }
  return drafts.map((draft) => ({
    occurredAt: entry.occurredAt,
    causeType: entry.causeType,
    causeId: entry.causeId,
    entryId: entry.id,
    correctsEntryId: entry.correctsEntryId ?? null,
    ...draft,
  }));
}

const TOTAL_OF: Readonly<Record<StatementLineKind, keyof SellerStatement | null>> = {
  SALE: 'salesMinor',
  COMMISSION: 'commissionsMinor',
  REFUND: 'refundsMinor',
  RETURN_LABEL: 'returnLabelsMinor',
  RELEASE: null,
  PAYOUT: 'payoutsMinor',
  CORRECTION: 'correctionsMinor',
};

/**
 * The seller's statement in one currency over [from, to). `entries` may hold any entries
 * (other sellers', other currencies'): only this seller's payables in this currency count.
 */
export function sellerStatement(
  entries: readonly JournalEntry[],
  sellerCompanyId: string,
  currency: string,
  from: Date,
  to: Date,
): SellerStatement {
  if (typeof sellerCompanyId !== 'string' || sellerCompanyId.trim().length === 0)
    throw new LedgerError('INVALID_INPUT', 'sellerCompanyId must be a non-empty id');
  if (!isCurrencyCode(currency)) throw new LedgerError('UNKNOWN_CURRENCY', `"${currency}" is not an ISO 4217 currency code`);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (Number.isNaN(fromMs) || Number.isNaN(toMs) || fromMs >= toMs)
    throw new LedgerError('INVALID_INPUT', 'the period must run from a date to a later date');
  let opening = 0;
  let openingAvailable = 0;
  const inPeriod: { ms: number; order: number; line: StatementLine }[] = [];
  entries.forEach((entry, order) => {
    if (entry.currency !== currency) return;
    const ms = parseIsoInstant(entry.occurredAt);
    if (ms === null)
      throw new LedgerError('INVALID_INPUT', `entry ${entry.id} has occurredAt "${entry.occurredAt}", not an ISO 8601 date-time`);
    if (ms >= toMs) return;
    for (const line of linesOf(entry, sellerCompanyId)) {
      if (ms < fromMs) {
        opening += line.amountMinor;
        openingAvailable += line.availableChangeMinor;
      } else {
        inPeriod.push({ ms, order, line });
      }
    }
  });
  inPeriod.sort((a, b) => a.ms - b.ms || a.order - b.order);
  const lines = inPeriod.map((row) => row.line);
  const totals: Record<string, number> = {
    salesMinor: 0,
    commissionsMinor: 0,
    refundsMinor: 0,
    returnLabelsMinor: 0,
    payoutsMinor: 0,
    correctionsMinor: 0,
  };
  for (const line of lines) {
    const total = TOTAL_OF[line.kind];
    if (total !== null) totals[total] += line.amountMinor;
  }
  const moved = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const movedAvailable = lines.reduce((sum, line) => sum + line.availableChangeMinor, 0);
  return {
    sellerCompanyId,
    currency,
    from: from.toISOString(),
    to: to.toISOString(),
    openingBalanceMinor: opening,
    openingAvailableMinor: openingAvailable,
    salesMinor: totals.salesMinor,
    commissionsMinor: totals.commissionsMinor,
    refundsMinor: totals.refundsMinor,
    returnLabelsMinor: totals.returnLabelsMinor,
    payoutsMinor: totals.payoutsMinor,
    correctionsMinor: totals.correctionsMinor,
    closingBalanceMinor: opening + moved,
    closingAvailableMinor: openingAvailable + movedAvailable,
    lines,
  };
}

export const STATEMENT_CSV_COLUMNS = [
  'occurred_at',
  'kind',
  'cause_type',
  'cause_id',
  'seller_order_id',
  'entry_id',
  'corrects_entry_id',
  'amount',
  'available_change',
  'balance',
  'available_balance',
  'currency',
] as const;

/**
 * The statement as RFC 4180 CSV: a header, an OPENING_BALANCE row, one row per line with the
 * running balance, a CLOSING_BALANCE row. Amounts in major units with every decimal of the
 * currency ("1234.50"), read back exactly by Money.parse.
 */
export function statementCsv(statement: SellerStatement): string {
  const decimal = (minor: number) => Money.of(minor, statement.currency).toDecimal();
  let balance = statement.openingBalanceMinor;
  let available = statement.openingAvailableMinor;
  const rows: string[][] = [
    [...STATEMENT_CSV_COLUMNS],
    [statement.from, 'OPENING_BALANCE', '', '', '', '', '', '', '', decimal(balance), decimal(available), statement.currency],
  ];
  for (const line of statement.lines) {
    balance += line.amountMinor;
    available += line.availableChangeMinor;
    rows.push([
      line.occurredAt,
      line.kind,
      line.causeType,
      line.causeId,
      line.sellerOrderId ?? '',
      line.entryId,
      line.correctsEntryId ?? '',
      decimal(line.amountMinor),
      decimal(line.availableChangeMinor),
      decimal(balance),
      decimal(available),
      statement.currency,
    ]);
  }
  rows.push([
    statement.to,
    'CLOSING_BALANCE',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    decimal(statement.closingBalanceMinor),
    decimal(statement.closingAvailableMinor),
    statement.currency,
  ]);
  return writeCsv(rows);
}
