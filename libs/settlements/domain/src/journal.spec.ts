import {
  accountKey,
  BALANCE_LIMITS,
  buyerReceivable,
  cashAtBank,
  platformCommissionIncome,
  sellerPayableAvailable,
  sellerPayablePending,
} from './accounts';
import { LedgerError } from './errors';
import { deterministicUuid, entryIdFor } from './ids';
import {
  applyEntries,
  applyEntry,
  assertBalanced,
  balanceOf,
  balanceUpdates,
  type CauseType,
  credit,
  debit,
  EMPTY_BALANCES,
  type JournalEntry,
  type Posting,
  reverseEntry,
  trialBalance,
} from './journal';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
  return undefined;
}

let sequence = 0;
function entry(postings: readonly Posting[], causeType: CauseType = 'SELLER_ORDER_DELIVERED', currency = 'RUB'): JournalEntry {
  const eventId = `event-${++sequence}`;
  return {
    id: entryIdFor(eventId, causeType),
    eventId,
    causeType,
    causeId: `cause-${sequence}`,
    currency,
    occurredAt: '2026-03-02T10:00:00Z',
    postings,
  };
}

const buyer = buyerReceivable('buyer-1', 'RUB');
const cash = cashAtBank('RUB');
const available = sellerPayableAvailable('seller-1', 'RUB');
const pending = sellerPayablePending('seller-1', 'order-1', 'RUB');

describe('entry ids', () => {
  it('are name-based UUIDs (v5) of the event and the rule: the same event and rule, the same id', () => {
    const id = entryIdFor('6a1f0c7e-0000-4000-8000-000000000001', 'SELLER_ORDER_DELIVERED');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryIdFor('6a1f0c7e-0000-4000-8000-000000000001', 'SELLER_ORDER_DELIVERED')).toBe(id);
    expect(entryIdFor('6a1f0c7e-0000-4000-8000-000000000001', 'SELLER_ORDER_COMPLETED')).not.toBe(id);
    expect(entryIdFor('6a1f0c7e-0000-4000-8000-000000000002', 'SELLER_ORDER_DELIVERED')).not.toBe(id);
  });

  it('keep the parts of a name apart', () => {
    expect(deterministicUuid('a:b', 'c')).not.toBe(deterministicUuid('a', 'b:c'));
    expect(deterministicUuid('ab')).not.toBe(deterministicUuid('a', 'b'));
  });
});

describe('assertBalanced', () => {
  it('accepts an entry whose debits equal its credits', () => {
    expect(
      codeOf(() =>
        assertBalanced(entry([debit(buyer, 1_020_000), credit(pending, 950_000), credit(platformCommissionIncome('RUB'), 70_000)])),
      ),
    ).toBeUndefined();
  });

  it('refuses an entry without postings', () => {
    expect(codeOf(() => assertBalanced(entry([])))).toBe('EMPTY_ENTRY');
  });

  it('refuses debits that differ from credits, by one minor unit', () => {
    expect(codeOf(() => assertBalanced(entry([debit(buyer, 100), credit(pending, 99)])))).toBe('UNBALANCED_ENTRY');
    expect(codeOf(() => assertBalanced(entry([debit(buyer, 100)])))).toBe('UNBALANCED_ENTRY');
  });

  it('adds amounts exactly near the safe-integer limit (a float sum would call these equal)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    // As floats, max + 1 and max + 2 are both 2^53.
    expect(codeOf(() => assertBalanced(entry([debit(buyer, max), debit(buyer, 1), credit(pending, max), credit(pending, 2)])))).toBe(
      'UNBALANCED_ENTRY',
    );
    expect(
      codeOf(() => assertBalanced(entry([debit(buyer, max), debit(buyer, 2), credit(pending, max), credit(pending, 2)]))),
    ).toBeUndefined();
  });

  it.each([0, -5, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses an amount of %p', (amount) => {
    expect(codeOf(() => assertBalanced(entry([debit(buyer, amount), credit(pending, amount)])))).toBe('INVALID_AMOUNT');
  });

  it('refuses a posting with both sides or neither', () => {
    const both = { account: buyer, debitMinor: 5, creditMinor: 5 } as unknown as Posting;
    const neither = { account: buyer } as unknown as Posting;
    expect(codeOf(() => assertBalanced(entry([both, debit(cash, 5), credit(pending, 5)])))).toBe('INVALID_POSTING');
    expect(codeOf(() => assertBalanced(entry([neither, debit(cash, 5), credit(pending, 5)])))).toBe('INVALID_POSTING');
  });

  it('refuses a posting on an account of another currency, and an unknown currency', () => {
    expect(codeOf(() => assertBalanced(entry([debit(buyerReceivable('buyer-1', 'EUR'), 5), credit(pending, 5)])))).toBe(
      'CURRENCY_MISMATCH',
    );
    expect(codeOf(() => assertBalanced(entry([debit(buyer, 5), credit(pending, 5)], 'SELLER_ORDER_DELIVERED', 'XYZ')))).toBe(
      'UNKNOWN_CURRENCY',
    );
  });

  it('refuses an entry without ids, with a date that is not one, or an unknown cause type', () => {
    const good = entry([debit(buyer, 5), credit(pending, 5)]);
    expect(codeOf(() => assertBalanced({ ...good, id: '' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => assertBalanced({ ...good, causeId: ' ' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => assertBalanced({ ...good, occurredAt: 'yesterday' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => assertBalanced({ ...good, causeType: 'GIFT' as CauseType }))).toBe('INVALID_INPUT');
  });
});

describe('applyEntry', () => {
  it('keeps each balance on its account’s normal side and leaves the old balances as they were', () => {
    const before = EMPTY_BALANCES;
    const after = applyEntry(before, entry([debit(buyer, 1_020_000), credit(pending, 1_020_000)]));
    expect(balanceOf(after, buyer)).toBe(1_020_000);
    expect(balanceOf(after, pending)).toBe(1_020_000);
    expect(after.get(accountKey(buyer))).toEqual({ account: buyer, debitsMinor: 1_020_000, creditsMinor: 0 });
    expect(before.size).toBe(0);
    expect(balanceOf(before, buyer)).toBe(0);
  });

  it('refuses a payout above the seller’s available balance with INSUFFICIENT_BALANCE, naming the account, and changes nothing', () => {
    const funded = applyEntry(EMPTY_BALANCES, entry([debit(pending, 500_000), credit(available, 500_000)], 'SELLER_ORDER_COMPLETED'));
    let refusal: LedgerError | undefined;
    try {
      applyEntry(funded, entry([debit(available, 500_001), credit(cash, 500_001)], 'PAYOUT_MADE'));
    } catch (error) {
      refusal = error as LedgerError;
    }
    expect(refusal).toBeInstanceOf(LedgerError);
    expect(refusal?.code).toBe('INSUFFICIENT_BALANCE');
    expect(refusal?.details).toMatchObject({
      account: 'SELLER_PAYABLE_AVAILABLE/RUB/seller-1',
      balanceMinor: 500_000,
      requestedMinor: 500_001,
      floorMinor: 0,
    });
    expect(balanceOf(funded, available)).toBe(500_000);
    expect(balanceOf(funded, cash)).toBe(0);
    expect(balanceOf(applyEntry(funded, entry([debit(available, 500_000), credit(cash, 500_000)], 'PAYOUT_MADE')), available)).toBe(0);
  });

  it('holds a limit only against the causes it names: a return may take the available balance below zero, a payout then may not', () => {
    const overdrawn = applyEntry(EMPTY_BALANCES, entry([debit(available, 3_000), credit(buyer, 3_000)], 'RETURN_REFUNDED'));
    expect(balanceOf(overdrawn, available)).toBe(-3_000);
    expect(codeOf(() => applyEntry(overdrawn, entry([debit(available, 1), credit(cash, 1)], 'PAYOUT_MADE')))).toBe('INSUFFICIENT_BALANCE');
    expect(codeOf(() => applyEntry(EMPTY_BALANCES, entry([debit(cash, 7), credit(buyer, 7)], 'PAYMENT_RECEIVED')))).toBeUndefined();
  });

  it('checks a limit on the whole entry, not posting by posting', () => {
    // Debit first, credit after: the floor holds on the net, so the entry passes.
    const limited = [{ kind: 'SELLER_PAYABLE_AVAILABLE' as const, floorMinor: 0, causeTypes: ['PAYOUT_MADE' as const] }];
    const balances = applyEntry(
      EMPTY_BALANCES,
      entry([debit(available, 100), credit(available, 100), debit(cash, 1), credit(buyer, 1)], 'PAYOUT_MADE'),
      limited,
    );
    expect(balanceOf(balances, available)).toBe(0);
    expect(BALANCE_LIMITS.map((limit) => [limit.kind, limit.causeTypes])).toEqual([
      ['SELLER_PAYABLE_AVAILABLE', ['PAYOUT_MADE']],
      ['REFUNDS_PAYABLE', ['REFUND_PAID_OUT']],
    ]);
  });

  it('refuses a running total beyond the safe-integer range', () => {
    const big = applyEntry(EMPTY_BALANCES, entry([debit(buyer, Number.MAX_SAFE_INTEGER), credit(pending, Number.MAX_SAFE_INTEGER)]));
    expect(codeOf(() => applyEntry(big, entry([debit(buyer, 1), credit(cash, 1)], 'PAYMENT_RECEIVED')))).toBe('BALANCE_OVERFLOW');
  });

  it('refuses an unbalanced entry before touching any balance', () => {
    expect(codeOf(() => applyEntry(EMPTY_BALANCES, entry([debit(buyer, 5), credit(pending, 4)])))).toBe('UNBALANCED_ENTRY');
  });
});

describe('balanceUpdates', () => {
  it('gives the new totals of the touched accounts only, from the rows of those accounts alone', () => {
    const rows = new Map([[accountKey(available), { account: available, debitsMinor: 100, creditsMinor: 900 }]]);
    expect(balanceUpdates(rows, entry([debit(available, 300), credit(cash, 300)], 'PAYOUT_MADE'))).toEqual([
      { account: available, debitsMinor: 400, creditsMinor: 900 },
      { account: cash, debitsMinor: 0, creditsMinor: 300 },
    ]);
    expect(codeOf(() => balanceUpdates(rows, entry([debit(available, 801), credit(cash, 801)], 'PAYOUT_MADE')))).toBe(
      'INSUFFICIENT_BALANCE',
    );
  });
});

describe('applyEntries (linked entries)', () => {
  it('posts all of them, or none when one is refused', () => {
    const funded = applyEntry(EMPTY_BALANCES, entry([debit(pending, 100), credit(available, 100)], 'SELLER_ORDER_COMPLETED'));
    const linked = [
      entry([debit(cash, 50), credit(buyer, 50)], 'PAYMENT_RECEIVED'),
      entry([debit(available, 101), credit(cash, 101)], 'PAYOUT_MADE'),
    ];
    expect(codeOf(() => applyEntries(funded, linked))).toBe('INSUFFICIENT_BALANCE');
    expect(balanceOf(funded, cash)).toBe(0);
    const both = applyEntries(funded, [linked[0], entry([debit(available, 100), credit(cash, 100)], 'PAYOUT_MADE')]);
    expect([balanceOf(both, cash), balanceOf(both, available), balanceOf(both, buyer)]).toEqual([-50, 0, -50]);
  });
});

describe('reverseEntry (a correction)', () => {
  const original = entry([debit(buyer, 1_020_000), credit(pending, 950_000), credit(platformCommissionIncome('RUB'), 70_000)]);

  it('is a new entry with every posting on the other side, naming the entry it corrects', () => {
    const reversal = reverseEntry(original, 'correction-7', '2026-03-05T09:00:00Z');
    expect(reversal).toEqual({
      id: entryIdFor('correction-7', 'ENTRY_REVERSED', original.id),
      eventId: 'correction-7',
      causeType: 'ENTRY_REVERSED',
      causeId: 'correction-7',
      currency: 'RUB',
      occurredAt: '2026-03-05T09:00:00Z',
      postings: [credit(buyer, 1_020_000), debit(pending, 950_000), debit(platformCommissionIncome('RUB'), 70_000)],
      correctsEntryId: original.id,
    });
    expect(reverseEntry(original, 'correction-7', '2026-03-06T09:00:00Z').id).toBe(reversal.id);
    expect(reverseEntry(original, 'correction-8', '2026-03-05T09:00:00Z').id).not.toBe(reversal.id);
  });

  it('brings every balance back to zero and leaves the original entry as it was', () => {
    const copy = structuredClone(original);
    const balances = applyEntries(EMPTY_BALANCES, [original, reverseEntry(original, 'correction-7', '2026-03-05T09:00:00Z')]);
    expect([...balances.values()].map((row) => row.debitsMinor - row.creditsMinor)).toEqual([0, 0, 0]);
    expect(original).toEqual(copy);
  });

  it('refuses to reverse an entry that is not valid, or without a cause', () => {
    expect(codeOf(() => reverseEntry(entry([debit(buyer, 5), credit(pending, 4)]), 'c', '2026-03-05T09:00:00Z'))).toBe('UNBALANCED_ENTRY');
    expect(codeOf(() => reverseEntry(original, '', '2026-03-05T09:00:00Z'))).toBe('INVALID_INPUT');
  });
});

describe('trialBalance', () => {
  it('lists every account per currency from the kept balances, and each currency nets to zero', () => {
    const balances = applyEntries(EMPTY_BALANCES, [
      entry([debit(buyer, 1_020_000), credit(pending, 950_000), credit(platformCommissionIncome('RUB'), 70_000)]),
      entry([debit(cash, 1_020_000), credit(buyer, 1_020_000)], 'PAYMENT_RECEIVED'),
      entry([debit(cashAtBank('EUR'), 900), credit(buyerReceivable('buyer-2', 'EUR'), 900)], 'PAYMENT_RECEIVED', 'EUR'),
    ]);
    const [eur, rub] = trialBalance(balances);
    expect(eur).toMatchObject({ currency: 'EUR', totalDebitsMinor: 900, totalCreditsMinor: 900, netMinor: 0 });
    expect(eur.rows.map((row) => [row.key, row.balanceMinor])).toEqual([
      ['BUYER_RECEIVABLE/EUR/buyer-2', -900],
      ['CASH_AT_BANK/EUR', 900],
    ]);
    expect(rub).toMatchObject({ currency: 'RUB', totalDebitsMinor: 2_040_000, totalCreditsMinor: 2_040_000, netMinor: 0 });
    expect(rub.rows.map((row) => [row.key, row.balanceMinor])).toEqual([
      ['BUYER_RECEIVABLE/RUB/buyer-1', 0],
      ['CASH_AT_BANK/RUB', 1_020_000],
      ['PLATFORM_COMMISSION_INCOME/RUB', 70_000],
      ['SELLER_PAYABLE_PENDING/RUB/seller-1/order-1', 950_000],
    ]);
  });

  it('is empty for an empty ledger', () => {
    expect(trialBalance(EMPTY_BALANCES)).toEqual([]);
  });
});
