import type { ReturnQuoteRecord } from '@lotbook/contracts';
import { expandQuote } from './expand-quote';

const amount = (name: string, amountMinor: number, reasonId: number) => ({ name, amountMinor, reasonId });

describe('a quote from the returns service, as the schema shows it', () => {
  const quote = {
    currency: 'RUB',
    items: [{ lineId: 'l', refund: amount('REFUND', 854_350, 1), netShare: amount('NET_SHARE', 855_000, 0) }],
    sellerOrders: [{ clawback: { due: amount('CLAWBACK_DUE', 0, 0), triggered: false } }],
    refund: amount('REFUND', 854_350, 1),
    reasons: ['the net share', 'the refund'],
  } as unknown as ReturnQuoteRecord;

  it('puts each amount’s reason in words in place of its index, wherever the amount is', () => {
    const expanded = expandQuote(quote) as unknown as Record<string, unknown> & {
      items: Array<Record<string, unknown>>;
      sellerOrders: Array<{ clawback: Record<string, unknown> }>;
    };
    expect(expanded.items[0].refund).toEqual({ name: 'REFUND', amountMinor: 854_350, reason: 'the refund' });
    expect(expanded.items[0].netShare).toEqual({ name: 'NET_SHARE', amountMinor: 855_000, reason: 'the net share' });
    expect(expanded.sellerOrders[0].clawback).toEqual({
      due: { name: 'CLAWBACK_DUE', amountMinor: 0, reason: 'the net share' },
      triggered: false,
    });
    expect(expanded.refund).toEqual({ name: 'REFUND', amountMinor: 854_350, reason: 'the refund' });
  });

  it('refuses an amount whose reason the quote does not list', () => {
    expect(() => expandQuote({ ...quote, refund: amount('REFUND', 1, 7) } as unknown as ReturnQuoteRecord)).toThrow(/reason 7/);
  });
});
