import { DEFAULT_RETURN_POLICY, EMPTY_RETURN_HISTORY, quoteReturn, type SellerOrderFigures } from '@lotbook/returns-domain';
import { compactQuote } from './compact-quote';

const order = (id: string, seller: string): SellerOrderFigures => ({
  sellerOrderId: id,
  sellerCompanyId: seller,
  currency: 'RUB',
  outboundFeeMinor: 60_000,
  regionalFeeMinor: 45_000,
  sellerDiscount: { rateBp: 300, thresholdMinor: 2_000_000, applied: true },
  lines: [
    {
      lineId: `${id}-1`,
      quantity: 7,
      grossMinor: 910_000,
      sellerDiscountMinor: 27_300,
      netMinor: 882_700,
      loyaltyDiscountMinor: 26_481,
      commissionMinor: 70_616,
      restockingRateBp: 0,
    },
    {
      lineId: `${id}-2`,
      quantity: 3,
      grossMinor: 1_300_000,
      sellerDiscountMinor: 39_000,
      netMinor: 1_261_000,
      loyaltyDiscountMinor: 37_830,
      commissionMinor: 100_880,
      restockingRateBp: 1_000,
    },
  ],
});

describe('a quote as the returns commands answer it', () => {
  const allocation = quoteReturn({
    sellerOrders: [order('A', 'seller-a'), order('B', 'seller-b')],
    history: EMPTY_RETURN_HISTORY,
    policy: DEFAULT_RETURN_POLICY,
    items: [
      { lineId: 'A-1', quantity: 1, reason: 'CHANGED_MIND' },
      { lineId: 'A-2', quantity: 1, reason: 'DEFECTIVE' },
      { lineId: 'B-2', quantity: 1, reason: 'DAMAGED_IN_TRANSIT' },
    ],
  });
  const compact = compactQuote(allocation, 7);

  it('lists every reason in words once, and every amount names its own', () => {
    expect(new Set(compact.reasons).size).toBe(compact.reasons.length);
    const expand = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(expand);
      if (value === null || typeof value !== 'object') return value;
      const entry = value as Record<string, unknown>;
      if (typeof entry.reasonId === 'number')
        return { name: entry.name, amountMinor: entry.amountMinor, reason: compact.reasons[entry.reasonId] };
      return Object.fromEntries(
        Object.entries(entry)
          .filter(([key]) => key !== 'reasons' && key !== 'policyVersion')
          .map(([key, item]) => [key, expand(item)]),
      );
    };
    // Expanded again, it is the allocation exactly: nothing lost, nothing added but the policy version it was quoted under.
    expect(expand(compact)).toEqual(allocation);
    expect(compact.policyVersion).toBe(7);
  });

  it('repeats no text: fewer reasons than amounts, and a smaller reply', () => {
    const amounts = JSON.stringify(compact).match(/"reasonId":/g)?.length ?? 0;
    expect(amounts).toBe(3 * 14 + 2 * 7 + 4);
    expect(compact.reasons.length).toBeLessThan(amounts);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(allocation).length);
  });
});
