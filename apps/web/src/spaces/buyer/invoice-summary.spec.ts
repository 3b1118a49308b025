import { invoiceShown, summariseDue, type InvoiceFigures } from './invoice-summary';

const invoice = (currency: string, outstandingMinor: number, status: string, dueAt: string, overdue = false): InvoiceFigures => ({
  currency,
  outstandingMinor,
  status,
  dueAt,
  overdue,
});

const invoices = [
  invoice('RUB', 100_00, 'ISSUED', '2026-12-20T00:00:00Z'),
  invoice('RUB', 40_00, 'OVERDUE', '2026-11-01T00:00:00Z', true),
  invoice('RUB', 25_00, 'PARTIALLY_PAID', '2026-12-10T00:00:00Z'),
  invoice('RUB', 0, 'PAID', '2026-10-01T00:00:00Z'),
  invoice('RUB', 999_00, 'VOID', '2026-10-01T00:00:00Z'),
  invoice('EUR', 7_00, 'ISSUED', '2027-01-05T00:00:00Z'),
];

describe('what a buyer owes', () => {
  it('sums what is still to pay and what is past due per currency, with the next due date', () => {
    expect(summariseDue(invoices)).toEqual([
      { currency: 'EUR', outstandingMinor: 7_00, overdueMinor: 0, openCount: 1, overdueCount: 0, nextDueAt: '2027-01-05T00:00:00Z' },
      {
        currency: 'RUB',
        outstandingMinor: 165_00,
        overdueMinor: 40_00,
        openCount: 3,
        overdueCount: 1,
        nextDueAt: '2026-12-10T00:00:00Z',
      },
    ]);
    expect(summariseDue([])).toEqual([]);
  });

  it('lists unpaid, overdue, paid or every invoice', () => {
    const count = (filter: Parameters<typeof invoiceShown>[1]) => invoices.filter((each) => invoiceShown(each, filter)).length;
    expect([count('unpaid'), count('overdue'), count('paid'), count('all')]).toEqual([4, 1, 1, 6]);
  });
});
