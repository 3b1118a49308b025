import { applyPayment, issueInvoice } from './invoices';
import { BANK_STATEMENT_COLUMNS, bankPaymentIdFor, type BankStatementContext, parseBankStatement } from './bank-csv';
import { paymentReceived } from './postings';

const invoice = (sellerOrderId: string, number: string, buyerCompanyId: string, currency = 'RUB') =>
  issueInvoice({
    sellerOrderId,
    number,
    buyerCompanyId,
    sellerCompanyId: 'steelworks',
    currency,
    amountMinor: 1_020_000,
    terms: { kind: 'NET_TERMS', paymentTermDays: 30 },
    issuedAt: '2026-03-02T10:00:00Z',
  });

const context: BankStatementContext = {
  invoices: [
    invoice('SO-1', 'INV-2026-0001', 'builder'),
    invoice('SO-2', 'INV-2026-0002', 'shipyard'),
    invoice('SO-3', 'INV-2026-0003', 'builder', 'EUR'),
  ],
  buyerTaxIds: new Map([
    ['builder', '7707083893'],
    ['shipyard', '7810000001'],
  ]),
};

const file = (text: string) => Buffer.from(text, 'utf8');
const header = 'date,amount,currency,invoice_number,payer_tax_id,reference\r\n';

describe('parseBankStatement', () => {
  it('matches a row to its invoice by number and checks the payer is the invoice’s buyer', () => {
    const result = parseBankStatement(
      file(`${header}2026-03-20,10200.00,RUB,INV-2026-0001,7707083893,"Оплата по счёту, 20.03"\r\n`),
      context,
    );
    expect(result).toEqual({
      ok: true,
      matched: 1,
      refused: 0,
      rows: [
        {
          line: 2,
          outcome: 'MATCHED',
          payment: {
            paymentId: bankPaymentIdFor('Оплата по счёту, 20.03'),
            reference: 'Оплата по счёту, 20.03',
            receivedOn: '2026-03-20',
            amountMinor: 1_020_000,
            currency: 'RUB',
            invoiceId: context.invoices[0].id,
            invoiceNumber: 'INV-2026-0001',
            buyerCompanyId: 'builder',
            payerTaxId: '7707083893',
          },
        },
      ],
    });
  });

  it('gives a matched row straight to applyPayment and paymentReceived', () => {
    const result = parseBankStatement(file(`${header}2026-03-20,11000,RUB,inv-2026-0001,7707 083893,TX-1\r\n`), context);
    if (!result.ok || result.rows[0].outcome !== 'MATCHED') throw new Error('expected a match');
    const { payment } = result.rows[0];
    const applied = applyPayment(context.invoices, {
      ...payment,
      allocations: [{ invoiceId: payment.invoiceId, amountMinor: payment.amountMinor }],
    });
    expect([applied.applied, applied.creditMinor]).toEqual([[{ invoiceId: payment.invoiceId, amountMinor: 1_020_000 }], 80_000]);
    const [entry] = paymentReceived({
      ...payment,
      eventId: payment.paymentId,
      occurredAt: `${payment.receivedOn}T00:00:00Z`,
      allocations: applied.applied,
    });
    expect(entry.postings.map((posting) => posting.debitMinor ?? posting.creditMinor)).toEqual([1_100_000, 1_100_000]);
  });

  it('reads columns in any order, with a byte-order mark, LF line breaks and blank lines', () => {
    const text =
      '\uFEFF Reference ,PAYER_TAX_ID,invoice_number,currency,amount,date\n\nTX-9,7707083893,INV-2026-0001,rub,0.01,2026-03-20\n\n';
    const result = parseBankStatement(file(text), context);
    expect(result).toMatchObject({
      ok: true,
      matched: 1,
      rows: [{ line: 3, outcome: 'MATCHED', payment: { amountMinor: 1, currency: 'RUB', reference: 'TX-9' } }],
    });
  });

  it('reports every refused row with its outcome and goes on with the next', () => {
    const rows = [
      '2026-03-20,100.00,RUB,INV-2026-0001,7707083893,TX-1', // line 2: matched
      '2026-03-20,100.00,RUB,INV-2026-0001,7707083893,TX-1', // 3: the same reference again
      '2026-03-20,100.00,RUB,INV-2026-0001,7707083893', // 4: five fields
      '2026-03-20,100.00,RUB,INV-2026-0001,7707083893,TX"4', // 5: a stray quote
      '2026-03-20,100.00,RUB,,7707083893,TX-5', // 6: no invoice number
      '20.03.2026,100.00,RUB,INV-2026-0001,7707083893,TX-6', // 7
      '2026-02-30,100.00,RUB,INV-2026-0001,7707083893,TX-7', // 8
      '2026-03-20,100.00,RUR,INV-2026-0001,7707083893,TX-8', // 9
      '2026-03-20,"100,00",RUB,INV-2026-0001,7707083893,TX-9', // 10: a decimal comma
      '2026-03-20,100.001,RUB,INV-2026-0001,7707083893,TX-10', // 11: more decimals than RUB has
      '2026-03-20,0.00,RUB,INV-2026-0001,7707083893,TX-11', // 12
      '2026-03-20,-100.00,RUB,INV-2026-0001,7707083893,TX-12', // 13
      '2026-03-20,100.00,RUB,INV-2026-9999,7707083893,TX-13', // 14
      '2026-03-20,100.00,EUR,INV-2026-0001,7707083893,TX-14', // 15
      '2026-03-20,100.00,RUB,INV-2026-0002,7707083893,TX-15', // 16: shipyard's invoice
      '2026-03-20,100.00,EUR,INV-2026-0003,7707083893,TX-16', // 17: matched, in euros
    ];
    const result = parseBankStatement(file(header + rows.join('\r\n')), context);
    if (!result.ok) throw new Error(result.message);
    expect(result.rows.map((row) => [row.line, row.outcome, row.outcome === 'MATCHED' ? null : (row.field ?? null)])).toEqual([
      [2, 'MATCHED', null],
      [3, 'DUPLICATE_REFERENCE', 'reference'],
      [4, 'MALFORMED_ROW', null],
      [5, 'MALFORMED_ROW', null],
      [6, 'MISSING_FIELD', 'invoice_number'],
      [7, 'INVALID_DATE', 'date'],
      [8, 'INVALID_DATE', 'date'],
      [9, 'UNKNOWN_CURRENCY', 'currency'],
      [10, 'INVALID_AMOUNT', 'amount'],
      [11, 'INVALID_AMOUNT', 'amount'],
      [12, 'INVALID_AMOUNT', 'amount'],
      [13, 'INVALID_AMOUNT', 'amount'],
      [14, 'UNKNOWN_INVOICE', 'invoice_number'],
      [15, 'CURRENCY_MISMATCH', 'currency'],
      [16, 'FOREIGN_INVOICE', 'payer_tax_id'],
      [17, 'MATCHED', null],
    ]);
    expect([result.matched, result.refused]).toEqual([2, 14]);
    expect(result.rows[9]).toMatchObject({ message: expect.stringContaining('more decimals than RUB allows') });
  });

  it('refuses a payer whose buyer has no known tax id', () => {
    const result = parseBankStatement(file(`${header}2026-03-20,1.00,RUB,INV-2026-0001,7707083893,TX-1\r\n`), {
      ...context,
      buyerTaxIds: new Map(),
    });
    expect(result).toMatchObject({ ok: true, rows: [{ outcome: 'FOREIGN_INVOICE' }] });
  });

  it.each([
    ['a missing column', 'date,amount,currency,invoice_number,reference\r\n', 'missing payer_tax_id'],
    ['an unknown column', `date,amount,currency,invoice_number,payer_tax_id,reference,comment\r\n`, 'unknown "comment"'],
    ['a repeated column', 'date,amount,currency,invoice_number,payer_tax_id,reference,date\r\n', 'repeated date'],
    ['a header separated by semicolons', 'date;amount;currency;invoice_number;payer_tax_id;reference\r\n', 'missing date'],
    ['an empty file', '', 'the first line must name the columns'],
  ])('refuses the whole file for %s (WRONG_COLUMNS)', (_name, text, message) => {
    const result = parseBankStatement(file(text), context);
    expect(result).toEqual({ ok: false, code: 'WRONG_COLUMNS', message: expect.stringContaining(message) });
  });

  it('refuses a file that is not UTF-8 (BROKEN_ENCODING): a Windows-1251 export, a cut multi-byte character', () => {
    const cp1251 = Buffer.concat([
      file(`${header}2026-03-20,1.00,RUB,INV-2026-0001,7707083893,`),
      Buffer.from([0xce, 0xef, 0xeb, 0xe0, 0xf2, 0xe0]),
    ]); // "Оплата" in Windows-1251
    expect(parseBankStatement(cp1251, context)).toMatchObject({ ok: false, code: 'BROKEN_ENCODING' });
    const cut = file(`${header}2026-03-20,1.00,RUB,INV-2026-0001,7707083893,Оп`).subarray(0, -1);
    expect(parseBankStatement(cut, context)).toMatchObject({ ok: false, code: 'BROKEN_ENCODING' });
  });

  it('derives the payment id from the bank reference alone, so a statement imported twice makes the same payments', () => {
    expect(bankPaymentIdFor('TX-1')).toBe(bankPaymentIdFor('TX-1'));
    expect(bankPaymentIdFor('TX-1')).not.toBe(bankPaymentIdFor('TX-2'));
    expect(BANK_STATEMENT_COLUMNS).toEqual(['date', 'amount', 'currency', 'invoice_number', 'payer_tax_id', 'reference']);
  });
});
