import {
  bankReference,
  bankStatementReport,
  dueByCurrency,
  MAX_STATEMENT_BYTES,
  payoutPeriodDays,
  payoutsDueFileName,
  refundPayoutInput,
  statementCurrencies,
  statementSource,
} from './payments';

describe('a bank reference an operator types', () => {
  it('is trimmed, none when empty, and refused above 200 characters', () => {
    expect(bankReference('  SWIFT-778  ')).toEqual({ ok: true, reference: 'SWIFT-778' });
    expect(bankReference('   ')).toEqual({ ok: true, reference: null });
    expect(bankReference('x'.repeat(200))).toEqual({ ok: true, reference: 'x'.repeat(200) });
    expect(bankReference('x'.repeat(201))).toEqual({ ok: false, problem: 'REFERENCE_TOO_LONG' });
  });
});

describe('the payouts due', () => {
  it('are summed per currency in minor units, counting only DUE ones', () => {
    expect(
      dueByCurrency([
        { currency: 'RUB', amountMinor: 1_000_05, status: 'DUE' },
        { currency: 'EUR', amountMinor: 70_00, status: 'DUE' },
        { currency: 'RUB', amountMinor: 2_500_10, status: 'DUE' },
        { currency: 'RUB', amountMinor: 9_999_99, status: 'SCHEDULED' },
        { currency: 'RUB', amountMinor: 9_999_99, status: 'PAID' },
      ]),
    ).toEqual([
      { currency: 'EUR', count: 1, amountMinor: 70_00 },
      { currency: 'RUB', count: 2, amountMinor: 3_500_15 },
    ]);
    expect(dueByCurrency([])).toEqual([]);
  });

  it('are saved for the bank under the UTC day they were taken', () => {
    expect(payoutsDueFileName(new Date('2026-12-07T23:30:00.000Z'))).toBe('payouts-due-2026-12-07.csv');
  });
});

describe('what a bank statement import sends', () => {
  it('sends a chosen file’s bytes in base64 rather than the pasted text', () => {
    expect(statementSource('ignored', { base64: 'ZGF0ZQ==', bytes: 4 })).toEqual({ ok: true, source: { csvBase64: 'ZGF0ZQ==' } });
    expect(statementSource('date,amount\n', undefined)).toEqual({ ok: true, source: { csv: 'date,amount\n' } });
  });

  it('refuses nothing to import and a file above what one import takes', () => {
    expect(statementSource('  \n ', undefined)).toEqual({ ok: false, problem: 'STATEMENT_REQUIRED' });
    expect(statementSource('', { base64: '', bytes: 0 })).toEqual({ ok: false, problem: 'STATEMENT_REQUIRED' });
    expect(statementSource('', { base64: 'AAAA', bytes: MAX_STATEMENT_BYTES + 1 })).toEqual({ ok: false, problem: 'FILE_TOO_LARGE' });
    // counted in UTF-8 bytes, as the API counts: Cyrillic letters take two each
    expect(statementSource('я'.repeat(MAX_STATEMENT_BYTES / 2 + 1), undefined)).toEqual({ ok: false, problem: 'FILE_TOO_LARGE' });
  });
});

describe('a bank statement import’s report', () => {
  it('lists refused rows first, then payments recorded now, then those recorded before, each in file order', () => {
    const rows = [
      { line: 2, outcome: 'MATCHED', alreadyRecorded: true },
      { line: 3, outcome: 'UNKNOWN_INVOICE', alreadyRecorded: false },
      { line: 4, outcome: 'MATCHED', alreadyRecorded: false },
      { line: 5, outcome: 'INVALID_AMOUNT', alreadyRecorded: false },
      { line: 6, outcome: 'MATCHED', alreadyRecorded: false },
    ];
    expect(bankStatementReport(rows).map((row) => row.line)).toEqual([3, 5, 4, 6, 2]);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('a refund payout from the operator’s form', () => {
  const payable = { buyerCompanyId: 'buyer-1', currency: 'RUB', amountMinor: 12_345_67 };

  it('reads the amount exactly into minor units, with the reference trimmed', () => {
    expect(refundPayoutInput({ amount: '12 345,67', reference: ' TR-9 ' }, payable)).toEqual({
      ok: true,
      input: { buyerCompanyId: 'buyer-1', currency: 'RUB', amountMinor: 12_345_67, reference: 'TR-9' },
    });
    expect(refundPayoutInput({ amount: '100', reference: '' }, payable)).toEqual({
      ok: true,
      input: { buyerCompanyId: 'buyer-1', currency: 'RUB', amountMinor: 100_00, reference: null },
    });
  });

  it('refuses more than is payable, no amount, too many decimals and a reference too long', () => {
    expect(refundPayoutInput({ amount: '12345.68', reference: '' }, payable)).toEqual({ ok: false, problems: { amount: 'ABOVE_PAYABLE' } });
    expect(refundPayoutInput({ amount: '', reference: '' }, payable)).toEqual({ ok: false, problems: { amount: 'AMOUNT_REQUIRED' } });
    expect(refundPayoutInput({ amount: '0', reference: '' }, payable)).toEqual({ ok: false, problems: { amount: 'NON_POSITIVE_PRICE' } });
    expect(refundPayoutInput({ amount: '1.005', reference: 'x'.repeat(201) }, payable)).toEqual({
      ok: false,
      problems: { amount: 'PRICE_TOO_PRECISE', reference: 'REFERENCE_TOO_LONG' },
    });
  });
});

describe('the currency of each line of a statement', () => {
  it('is read from its currency column, by the line its record starts on', () => {
    const text =
      'date,amount,currency,invoice_number,payer_tax_id,reference\r\n' +
      '2026-12-01,100.00,rub,INV-1,7707083893,"REF, one"\r\n' +
      '\r\n' +
      '2026-12-01,5,EUR,INV-2,7707083893,"a ""quoted""\nreference"\n' +
      '2026-12-02,7,JPY,INV-3,7707083893,R-3';
    expect([...statementCurrencies(text)]).toEqual([
      [2, 'RUB'],
      [4, 'EUR'],
      [6, 'JPY'],
    ]);
  });

  it('finds the column wherever it is, and nothing without one', () => {
    expect([...statementCurrencies('\uFEFFCurrency,amount\nUSD,1\n')]).toEqual([[2, 'USD']]);
    expect(statementCurrencies('date,amount\n2026-12-01,1\n').size).toBe(0);
    expect(statementCurrencies('').size).toBe(0);
  });
});

describe('a seller’s payout period an operator sets', () => {
  it('is whole days from 1 to 366', () => {
    expect(payoutPeriodDays(' 7 ')).toEqual({ ok: true, days: 7 });
    expect(payoutPeriodDays('366')).toEqual({ ok: true, days: 366 });
    for (const text of ['0', '367', '', '7.5', 'weekly'])
      expect(payoutPeriodDays(text)).toEqual({ ok: false, problem: 'NOT_A_PAYOUT_PERIOD' });
  });
});
