import { LedgerError } from './errors';
import {
  applyPayment,
  applyRefund,
  creditExposure,
  type Invoice,
  INVOICE_TRANSITIONS,
  invoiceIdFor,
  type InvoiceStateChange,
  issueInvoice,
  type IssueInvoiceInput,
  outstandingMinor,
  outstandingOf,
  overdue,
} from './invoices';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
  return undefined;
}

const base: IssueInvoiceInput = {
  sellerOrderId: 'SO-1',
  number: 'INV-2026-0001',
  buyerCompanyId: 'builder',
  sellerCompanyId: 'steelworks',
  currency: 'RUB',
  amountMinor: 1_020_000,
  terms: { kind: 'NET_TERMS', paymentTermDays: 30 },
  issuedAt: '2026-03-02T10:00:00Z',
};

/** Three invoices of "builder": due 1 April, 16 March, 21 March; and one of another buyer. */
function ledgerOfInvoices(): Invoice[] {
  return [
    issueInvoice(base),
    issueInvoice({
      ...base,
      sellerOrderId: 'SO-2',
      number: 'INV-2026-0002',
      amountMinor: 200_000,
      terms: { kind: 'NET_TERMS', paymentTermDays: 14 },
    }),
    issueInvoice({
      ...base,
      sellerOrderId: 'SO-3',
      number: 'INV-2026-0003',
      amountMinor: 300_000,
      issuedAt: '2026-03-07T10:00:00Z',
      terms: { kind: 'NET_TERMS', paymentTermDays: 14 },
    }),
    issueInvoice({ ...base, sellerOrderId: 'SO-9', number: 'INV-2026-0009', buyerCompanyId: 'shipyard', amountMinor: 50_000 }),
  ];
}
const [inv1, inv2, inv3, foreign] = ledgerOfInvoices().map((invoice) => invoice.id);

describe('issueInvoice', () => {
  it('on net terms: issued at delivery, due after the payment term, one per seller order', () => {
    expect(issueInvoice(base)).toEqual({
      id: invoiceIdFor('SO-1'),
      number: 'INV-2026-0001',
      sellerOrderId: 'SO-1',
      buyerCompanyId: 'builder',
      sellerCompanyId: 'steelworks',
      currency: 'RUB',
      amountMinor: 1_020_000,
      paidMinor: 0,
      creditedMinor: 0,
      terms: 'NET_TERMS',
      issuedAt: '2026-03-02T10:00:00Z',
      dueAt: '2026-04-01T10:00:00.000Z',
      status: 'ISSUED',
    });
    expect(issueInvoice({ ...base, number: 'other' }).id).toBe(issueInvoice(base).id);
  });

  it('for prepayment: issued at placement and due at once', () => {
    expect(issueInvoice({ ...base, terms: { kind: 'PREPAYMENT' }, issuedAt: '2026-03-02T13:00:00+03:00' })).toMatchObject({
      terms: 'PREPAYMENT',
      dueAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it.each<[string, Partial<IssueInvoiceInput>, string]>([
    ['a zero amount', { amountMinor: 0 }, 'INVALID_AMOUNT'],
    ['a fractional amount', { amountMinor: 10.5 }, 'INVALID_AMOUNT'],
    ['a negative payment term', { terms: { kind: 'NET_TERMS', paymentTermDays: -1 } }, 'INVALID_INPUT'],
    ['a fractional payment term', { terms: { kind: 'NET_TERMS', paymentTermDays: 1.5 } }, 'INVALID_INPUT'],
    ['unknown terms', { terms: { kind: 'CASH' } as unknown as IssueInvoiceInput['terms'] }, 'INVALID_INPUT'],
    ['an unknown currency', { currency: 'EURO' }, 'UNKNOWN_CURRENCY'],
    ['no number', { number: '' }, 'INVALID_INPUT'],
    ['a date that is not one', { issuedAt: '2026-02-30T10:00:00Z' }, 'INVALID_INPUT'],
  ])('refuses %s', (_name, change, code) => {
    expect(codeOf(() => issueInvoice({ ...base, ...change }))).toBe(code);
  });
});

describe('the invoice state machine', () => {
  it('goes ISSUED -> PARTIALLY_PAID -> OVERDUE -> PAID, and PAID is final', () => {
    expect(INVOICE_TRANSITIONS).toEqual({
      ISSUED: ['PARTIALLY_PAID', 'PAID', 'OVERDUE'],
      PARTIALLY_PAID: ['PAID', 'OVERDUE'],
      OVERDUE: ['PAID'],
      PAID: [],
    });
  });
});

describe('applyPayment', () => {
  const payment = { paymentId: 'PAY-1', buyerCompanyId: 'builder', currency: 'RUB' };
  const allowed = (changes: readonly InvoiceStateChange[]) =>
    changes.every((change) => INVOICE_TRANSITIONS[change.from].includes(change.to));

  it('pays a named invoice in part, then in full', () => {
    const first = applyPayment(ledgerOfInvoices(), {
      ...payment,
      amountMinor: 600_000,
      allocations: [{ invoiceId: inv1, amountMinor: 600_000 }],
    });
    expect(first.applied).toEqual([{ invoiceId: inv1, amountMinor: 600_000 }]);
    expect(first.creditMinor).toBe(0);
    expect(first.changes).toEqual([{ invoiceId: inv1, from: 'ISSUED', to: 'PARTIALLY_PAID' }]);
    expect(outstandingOf(first.invoices[0])).toBe(420_000);
    const second = applyPayment(first.invoices, {
      ...payment,
      paymentId: 'PAY-2',
      amountMinor: 420_000,
      allocations: [{ invoiceId: inv1, amountMinor: 420_000 }],
    });
    expect(second.changes).toEqual([{ invoiceId: inv1, from: 'PARTIALLY_PAID', to: 'PAID' }]);
    expect(second.invoices[0]).toMatchObject({ paidMinor: 1_020_000, status: 'PAID' });
    expect(allowed([...first.changes, ...second.changes])).toBe(true);
  });

  it('keeps an overpayment as the buyer’s credit: beyond what the named invoice owes, and what no allocation names', () => {
    const result = applyPayment(ledgerOfInvoices(), {
      ...payment,
      amountMinor: 1_100_000,
      allocations: [{ invoiceId: inv2, amountMinor: 250_000 }],
    });
    expect(result.applied).toEqual([{ invoiceId: inv2, amountMinor: 200_000 }]);
    expect(result.creditMinor).toBe(900_000);
    expect(result.invoices.map((invoice) => invoice.status)).toEqual(['ISSUED', 'PAID', 'ISSUED', 'ISSUED']);
  });

  it('sets a payment naming no invoice against the buyer’s invoices oldest due first, never another buyer’s', () => {
    const result = applyPayment(ledgerOfInvoices(), { ...payment, amountMinor: 1_000_000 });
    // due 16 March (200,000), 21 March (300,000), then 1 April (500,000 of 1,020,000)
    expect(result.applied).toEqual([
      { invoiceId: inv2, amountMinor: 200_000 },
      { invoiceId: inv3, amountMinor: 300_000 },
      { invoiceId: inv1, amountMinor: 500_000 },
    ]);
    expect(result.creditMinor).toBe(0);
    expect(result.invoices[3]).toEqual(ledgerOfInvoices()[3]);
    expect(applyPayment(ledgerOfInvoices(), { ...payment, amountMinor: 2_000_000 }).creditMinor).toBe(480_000);
  });

  it('treats money for an invoice already paid as credit', () => {
    const paid = applyPayment(ledgerOfInvoices(), {
      ...payment,
      amountMinor: 200_000,
      allocations: [{ invoiceId: inv2, amountMinor: 200_000 }],
    });
    const again = applyPayment(paid.invoices, {
      ...payment,
      paymentId: 'PAY-2',
      amountMinor: 200_000,
      allocations: [{ invoiceId: inv2, amountMinor: 200_000 }],
    });
    expect(again).toMatchObject({ applied: [], creditMinor: 200_000, changes: [] });
  });

  it.each<[string, Parameters<typeof applyPayment>[1], string]>([
    ['an unknown invoice', { ...payment, amountMinor: 100, allocations: [{ invoiceId: 'nope', amountMinor: 100 }] }, 'UNKNOWN_INVOICE'],
    [
      'another company’s invoice',
      { ...payment, amountMinor: 100, allocations: [{ invoiceId: foreign, amountMinor: 100 }] },
      'FOREIGN_INVOICE',
    ],
    ['a zero payment', { ...payment, amountMinor: 0 }, 'INVALID_AMOUNT'],
    ['a negative payment', { ...payment, amountMinor: -100 }, 'INVALID_AMOUNT'],
    ['a zero allocation', { ...payment, amountMinor: 100, allocations: [{ invoiceId: inv1, amountMinor: 0 }] }, 'INVALID_AMOUNT'],
    [
      'a payment in another currency than the invoice',
      { ...payment, currency: 'EUR', amountMinor: 100, allocations: [{ invoiceId: inv1, amountMinor: 100 }] },
      'CURRENCY_MISMATCH',
    ],
    ['an unknown currency', { ...payment, currency: 'XYZ', amountMinor: 100 }, 'UNKNOWN_CURRENCY'],
    [
      'an invoice named twice',
      {
        ...payment,
        amountMinor: 100,
        allocations: [
          { invoiceId: inv1, amountMinor: 50 },
          { invoiceId: inv1, amountMinor: 50 },
        ],
      },
      'DUPLICATE_ALLOCATION',
    ],
    [
      'allocations above the payment',
      { ...payment, amountMinor: 100, allocations: [{ invoiceId: inv1, amountMinor: 101 }] },
      'ALLOCATION_EXCEEDS_PAYMENT',
    ],
  ])('refuses %s, changing nothing', (_name, bad, code) => {
    const invoices = ledgerOfInvoices();
    const copy = structuredClone(invoices);
    expect(codeOf(() => applyPayment(invoices, bad))).toBe(code);
    expect(invoices).toEqual(copy);
  });
});

describe('applyRefund', () => {
  const refund = { returnId: 'R-1', buyerCompanyId: 'builder', currency: 'RUB', sellerOrderIds: ['SO-3'] };

  it('reduces the returned order’s invoice first, then the oldest due; the rest is a refund payable', () => {
    const result = applyRefund(ledgerOfInvoices(), { ...refund, amountMinor: 1_600_000 });
    expect(result.applied).toEqual([
      { invoiceId: inv3, amountMinor: 300_000 },
      { invoiceId: inv2, amountMinor: 200_000 },
      { invoiceId: inv1, amountMinor: 1_020_000 },
    ]);
    expect(result.refundPayableMinor).toBe(80_000);
    expect(result.invoices[2]).toMatchObject({ creditedMinor: 300_000, paidMinor: 0, status: 'PAID' });
  });

  it('sets off exactly what returnRefunded credits to the receivable: min(refund, outstanding)', () => {
    for (const amountMinor of [0, 1, 299_999, 300_000, 1_520_000, 1_520_001, 9_000_000]) {
      const invoices = ledgerOfInvoices();
      const result = applyRefund(invoices, { ...refund, amountMinor });
      const setOff = result.applied.reduce((sum, row) => sum + row.amountMinor, 0);
      expect([amountMinor, setOff]).toEqual([amountMinor, Math.min(amountMinor, outstandingMinor(invoices, 'builder', 'RUB'))]);
      expect(setOff + result.refundPayableMinor).toBe(amountMinor);
    }
  });

  it('refuses a negative refund', () => {
    expect(codeOf(() => applyRefund(ledgerOfInvoices(), { ...refund, amountMinor: -1 }))).toBe('INVALID_AMOUNT');
  });
});

describe('overdue', () => {
  it('raises an invoice once, the first time it is past due with something to pay', () => {
    const invoices = ledgerOfInvoices();
    expect(overdue(new Date('2026-03-16T10:00:00Z'), invoices)).toEqual([]); // due at that instant: not yet past it
    const raised = overdue(new Date('2026-03-16T10:00:01Z'), invoices);
    expect(raised.map((invoice) => [invoice.id, invoice.status])).toEqual([[inv2, 'OVERDUE']]);
    const after = invoices.map((invoice) => raised.find((r) => r.id === invoice.id) ?? invoice);
    expect(overdue(new Date('2026-03-17T00:00:00Z'), after)).toEqual([]);
    expect(overdue(new Date('2026-03-22T00:00:00Z'), after).map((invoice) => invoice.id)).toEqual([inv3]);
  });

  it('keeps an overdue invoice overdue when paid in part, until paid in full', () => {
    const [raised] = overdue(new Date('2026-03-17T00:00:00Z'), ledgerOfInvoices());
    const part = applyPayment([raised], { paymentId: 'P', buyerCompanyId: 'builder', currency: 'RUB', amountMinor: 50_000 });
    expect(part.invoices[0].status).toBe('OVERDUE');
    expect(part.changes).toEqual([]);
    const rest = applyPayment(part.invoices, { paymentId: 'Q', buyerCompanyId: 'builder', currency: 'RUB', amountMinor: 150_000 });
    expect(rest.changes).toEqual([{ invoiceId: inv2, from: 'OVERDUE', to: 'PAID' }]);
  });

  it('never raises a paid invoice or a prepayment invoice', () => {
    const paid = applyPayment(ledgerOfInvoices(), {
      paymentId: 'P',
      buyerCompanyId: 'builder',
      currency: 'RUB',
      amountMinor: 200_000,
      allocations: [{ invoiceId: inv2, amountMinor: 200_000 }],
    });
    const prepay = issueInvoice({ ...base, sellerOrderId: 'SO-P', number: 'INV-P', terms: { kind: 'PREPAYMENT' } });
    expect(overdue(new Date('2027-01-01T00:00:00Z'), [paid.invoices[1], prepay])).toEqual([]);
  });
});

describe('creditExposure', () => {
  it('is the unpaid amount of the buyer’s invoices on net terms, naming every order invoiced', () => {
    const paid = applyPayment(ledgerOfInvoices(), { paymentId: 'P', buyerCompanyId: 'builder', currency: 'RUB', amountMinor: 250_000 });
    const prepay = issueInvoice({ ...base, sellerOrderId: 'SO-P', number: 'INV-P', terms: { kind: 'PREPAYMENT' } });
    expect(creditExposure([...paid.invoices, prepay], 'builder', 'RUB')).toEqual({
      buyerCompanyId: 'builder',
      currency: 'RUB',
      exposureMinor: 1_270_000,
      unpaid: [
        { invoiceId: inv3, sellerOrderId: 'SO-3', outstandingMinor: 250_000 },
        { invoiceId: inv1, sellerOrderId: 'SO-1', outstandingMinor: 1_020_000 },
      ],
      sellerOrderIds: ['SO-1', 'SO-2', 'SO-3'],
    });
  });
});
