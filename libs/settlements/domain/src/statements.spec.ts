import { sellerPayableAvailable, sellerPayablePending } from './accounts';
import { readCsv } from './csv';
import { LedgerError } from './errors';
import { applyEntries, balanceOf, EMPTY_BALANCES, type JournalEntry, reverseEntry } from './journal';
import { payoutMade, returnRefunded, sellerOrderCompleted, sellerOrderDelivered, type SellerOrderDeliveredInput } from './postings';
import { sellerStatement, statementCsv } from './statements';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
  return undefined;
}

const delivered = (
  eventId: string,
  sellerOrderId: string,
  sellerCompanyId: string,
  occurredAt: string,
  figures: Partial<SellerOrderDeliveredInput> = {},
) =>
  sellerOrderDelivered({
    eventId,
    occurredAt,
    currency: 'RUB',
    sellerOrderId,
    buyerCompanyId: 'builder',
    sellerCompanyId,
    netMinor: 1_000_000,
    loyaltyDiscountMinor: 30_000,
    shippingFeeMinor: 50_000,
    commissionMinor: 70_000,
    ...figures,
  });

const payout = payoutMade({
  eventId: 'evt-po-1',
  occurredAt: '2026-03-13T09:00:00Z',
  currency: 'RUB',
  payoutId: 'PO-1',
  sellerCompanyId: 'steelworks',
  amountMinor: 769_000,
})[0];

/** Steelworks' journal around the week of 9 March 2026, with other sellers' and other currencies' entries mixed in. */
const journal: JournalEntry[] = [
  ...delivered('evt-d-A', 'SO-A', 'steelworks', '2026-03-02T10:00:00Z'),
  ...delivered('evt-d-B', 'SO-B', 'rolling-mill', '2026-03-02T10:00:00Z', {
    netMinor: 200_000,
    loyaltyDiscountMinor: 6_000,
    shippingFeeMinor: 0,
    commissionMinor: 20_000,
  }),
  ...sellerOrderCompleted({
    eventId: 'evt-c-B',
    occurredAt: '2026-03-09T00:00:00Z',
    currency: 'RUB',
    sellerOrderId: 'SO-B',
    sellerCompanyId: 'rolling-mill',
    pendingMinor: 180_000,
  }),
  // Given out of order: the statement orders lines by when they happened.
  ...delivered('evt-d-C', 'SO-C', 'steelworks', '2026-03-11T10:00:00Z', {
    netMinor: 300_000,
    loyaltyDiscountMinor: 9_000,
    shippingFeeMinor: 20_000,
    commissionMinor: 21_000,
  }),
  ...returnRefunded({
    eventId: 'evt-r-1',
    occurredAt: '2026-03-10T12:00:00Z',
    currency: 'RUB',
    returnId: 'R1',
    buyerCompanyId: 'builder',
    refundMinor: 240_500,
    outstandingReceivableMinor: 100_000,
    sellers: [
      { sellerCompanyId: 'steelworks', sellerOrderId: 'SO-A', orderCompleted: false, paysMinor: 211_000, labelsMinor: 15_000 },
      { sellerCompanyId: 'rolling-mill', sellerOrderId: 'SO-B', orderCompleted: true, paysMinor: 45_000, labelsMinor: 0 },
    ],
    platformPaysMinor: 11_500,
    labelsMinor: 27_000,
  }),
  ...sellerOrderCompleted({
    eventId: 'evt-c-A',
    occurredAt: '2026-03-12T00:00:00Z',
    currency: 'RUB',
    sellerOrderId: 'SO-A',
    sellerCompanyId: 'steelworks',
    pendingMinor: 769_000,
  }),
  payout,
  // The bank sent the payout back: a correction.
  reverseEntry(payout, 'bounce-1', '2026-03-14T09:00:00Z'),
  ...delivered('evt-d-E', 'SO-E', 'steelworks', '2026-03-10T10:00:00Z', { currency: 'EUR' }),
  // After the period.
  ...payoutMade({
    eventId: 'evt-po-2',
    occurredAt: '2026-03-16T00:00:00Z',
    currency: 'RUB',
    payoutId: 'PO-2',
    sellerCompanyId: 'steelworks',
    amountMinor: 1,
  }),
];

const week = [new Date('2026-03-09T00:00:00Z'), new Date('2026-03-16T00:00:00Z')] as const;

describe('sellerStatement', () => {
  const statement = sellerStatement(journal, 'steelworks', 'RUB', ...week);

  it('opens with what the seller was owed, lists each line with its cause, and closes with what it is owed', () => {
    expect(statement).toMatchObject({
      sellerCompanyId: 'steelworks',
      currency: 'RUB',
      from: '2026-03-09T00:00:00.000Z',
      to: '2026-03-16T00:00:00.000Z',
      openingBalanceMinor: 980_000,
      openingAvailableMinor: 0,
      salesMinor: 320_000,
      commissionsMinor: -21_000,
      refundsMinor: -196_000,
      returnLabelsMinor: -15_000,
      payoutsMinor: -769_000,
      correctionsMinor: 769_000,
      closingBalanceMinor: 1_068_000,
      closingAvailableMinor: 769_000,
    });
    expect(
      statement.lines.map((line) => [
        line.occurredAt.slice(5, 10),
        line.kind,
        line.causeId,
        line.sellerOrderId,
        line.amountMinor,
        line.availableChangeMinor,
      ]),
    ).toEqual([
      ['03-10', 'REFUND', 'R1', 'SO-A', -196_000, 0],
      ['03-10', 'RETURN_LABEL', 'R1', 'SO-A', -15_000, 0],
      ['03-11', 'SALE', 'SO-C', 'SO-C', 320_000, 0],
      ['03-11', 'COMMISSION', 'SO-C', 'SO-C', -21_000, 0],
      ['03-12', 'RELEASE', 'SO-A', 'SO-A', 0, 769_000],
      ['03-13', 'PAYOUT', 'PO-1', null, -769_000, -769_000],
      ['03-14', 'CORRECTION', 'bounce-1', null, 769_000, 769_000],
    ]);
    expect(statement.lines[6]).toMatchObject({ causeType: 'ENTRY_REVERSED', correctsEntryId: payout.id });
  });

  it('closes at exactly what the ledger holds for the seller at the end of the period', () => {
    const until = applyEntries(
      EMPTY_BALANCES,
      journal.filter((entry) => entry.occurredAt < '2026-03-16'),
    );
    const owed = ['SO-A', 'SO-C'].reduce((sum, order) => sum + balanceOf(until, sellerPayablePending('steelworks', order, 'RUB')), 0);
    const available = balanceOf(until, sellerPayableAvailable('steelworks', 'RUB'));
    expect([statement.closingBalanceMinor, statement.closingAvailableMinor]).toEqual([owed + available, available]);
  });

  it('carries a refund after completion to the available balance', () => {
    const millStatement = sellerStatement(journal, 'rolling-mill', 'RUB', ...week);
    expect(millStatement.lines.map((line) => [line.kind, line.amountMinor, line.availableChangeMinor])).toEqual([
      ['RELEASE', 0, 180_000],
      ['REFUND', -45_000, -45_000],
    ]);
    expect([millStatement.openingBalanceMinor, millStatement.closingBalanceMinor, millStatement.closingAvailableMinor]).toEqual([
      180_000, 135_000, 135_000,
    ]);
  });

  it('refuses an empty or reversed period and an unknown currency', () => {
    expect(codeOf(() => sellerStatement(journal, 'steelworks', 'RUB', week[1], week[0]))).toBe('INVALID_INPUT');
    expect(codeOf(() => sellerStatement(journal, 'steelworks', 'RUB', week[0], week[0]))).toBe('INVALID_INPUT');
    expect(codeOf(() => sellerStatement(journal, 'steelworks', 'RUR', ...week))).toBe('UNKNOWN_CURRENCY');
  });
});

describe('statementCsv', () => {
  it('writes the statement as RFC 4180 CSV with a running balance, amounts in major units', () => {
    const csv = statementCsv(sellerStatement(journal, 'steelworks', 'RUB', ...week));
    const rows = readCsv(csv).map((record) => record.fields as string[]);
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows.slice(1).map((row) => [row[1], row[3], row[7], row[8], row[9], row[10]])).toEqual([
      ['OPENING_BALANCE', '', '', '', '9800.00', '0.00'],
      ['REFUND', 'R1', '-1960.00', '0.00', '7840.00', '0.00'],
      ['RETURN_LABEL', 'R1', '-150.00', '0.00', '7690.00', '0.00'],
      ['SALE', 'SO-C', '3200.00', '0.00', '10890.00', '0.00'],
      ['COMMISSION', 'SO-C', '-210.00', '0.00', '10680.00', '0.00'],
      ['RELEASE', 'SO-A', '0.00', '7690.00', '10680.00', '7690.00'],
      ['PAYOUT', 'PO-1', '-7690.00', '-7690.00', '2990.00', '0.00'],
      ['CORRECTION', 'bounce-1', '7690.00', '7690.00', '10680.00', '7690.00'],
      ['CLOSING_BALANCE', '', '', '', '10680.00', '7690.00'],
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 1);
  });
});
