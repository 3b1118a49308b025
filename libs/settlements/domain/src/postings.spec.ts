import { buyerReceivable, cashAtBank, refundsPayable, sellerPayableAvailable, sellerPayablePending } from './accounts';
import { LedgerError } from './errors';
import { entryIdFor } from './ids';
import { applyEntries, assertBalanced, balanceOf, type Balances, EMPTY_BALANCES, type JournalEntry, trialBalance } from './journal';
import {
  paymentReceived,
  payoutMade,
  refundPaidOut,
  returnRefunded,
  type ReturnRefundedInput,
  sellerOrderCompleted,
  sellerOrderDelivered,
  type SellerOrderDeliveredInput,
} from './postings';

// One describe per posting rule, each with the worked example of POSTINGS.md in kopecks
// (RUB minor units). `rows` writes an entry as the table does: account, debit, credit, memo.

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
  return undefined;
}

type Row = [account: string, debitMinor: number | '', creditMinor: number | '', memo: string];

function rows(entries: readonly JournalEntry[]): Row[][] {
  return entries.map((entry) => {
    assertBalanced(entry);
    return entry.postings.map((posting) => {
      const { account } = posting;
      const name = [
        account.kind,
        'companyId' in account ? account.companyId : null,
        account.kind === 'SELLER_PAYABLE_PENDING' ? account.sellerOrderId : null,
      ]
        .filter((part) => part !== null)
        .join(' ');
      return [name, posting.debitMinor ?? '', posting.creditMinor ?? '', posting.memo ?? ''];
    });
  });
}

const at = '2026-03-02T10:00:00Z';

/** Seller order SO-A of buyer "builder" with seller "steelworks": net 10,000.00, 3 % loyalty, 500.00 shipping, 700.00 commission. */
const deliveredA: SellerOrderDeliveredInput = {
  eventId: 'evt-delivered-A',
  occurredAt: at,
  currency: 'RUB',
  sellerOrderId: 'SO-A',
  buyerCompanyId: 'builder',
  sellerCompanyId: 'steelworks',
  netMinor: 1_000_000,
  loyaltyDiscountMinor: 30_000,
  shippingFeeMinor: 50_000,
  commissionMinor: 70_000,
};

/** Seller order SO-B of the same purchase with seller "rolling-mill": net 2,000.00, 3 % loyalty, free shipping, 200.00 commission. */
const deliveredB: SellerOrderDeliveredInput = {
  ...deliveredA,
  eventId: 'evt-delivered-B',
  sellerOrderId: 'SO-B',
  sellerCompanyId: 'rolling-mill',
  netMinor: 200_000,
  loyaltyDiscountMinor: 6_000,
  shippingFeeMinor: 0,
  commissionMinor: 20_000,
};

describe('sellerOrderDelivered', () => {
  it('worked example: the buyer owes net - pd + F, the seller is owed net + F - c pending, the platform earns c and bears pd', () => {
    // buyer: 1,000,000 - 30,000 + 50,000 = 1,020,000; seller: 1,000,000 + 50,000 - 70,000 = 980,000
    // debits 1,020,000 + 30,000 = 1,050,000 = credits 980,000 + 70,000
    const entries = sellerOrderDelivered(deliveredA);
    expect(rows(entries)).toEqual([
      [
        ['BUYER_RECEIVABLE builder', 1_020_000, '', 'BUYER_CHARGE'],
        ['PLATFORM_PROMOTIONS', 30_000, '', 'LOYALTY_DISCOUNT'],
        ['SELLER_PAYABLE_PENDING steelworks SO-A', '', 980_000, 'SELLER_PROCEEDS'],
        ['PLATFORM_COMMISSION_INCOME', '', 70_000, 'COMMISSION'],
      ],
    ]);
    expect(entries[0]).toMatchObject({
      id: entryIdFor('evt-delivered-A', 'SELLER_ORDER_DELIVERED'),
      causeType: 'SELLER_ORDER_DELIVERED',
      causeId: 'SO-A',
      occurredAt: at,
    });
  });

  it('leaves out what is zero: free shipping and no loyalty discount', () => {
    expect(rows(sellerOrderDelivered({ ...deliveredA, loyaltyDiscountMinor: 0, shippingFeeMinor: 0 }))).toEqual([
      [
        ['BUYER_RECEIVABLE builder', 1_000_000, '', 'BUYER_CHARGE'],
        ['SELLER_PAYABLE_PENDING steelworks SO-A', '', 930_000, 'SELLER_PROCEEDS'],
        ['PLATFORM_COMMISSION_INCOME', '', 70_000, 'COMMISSION'],
      ],
    ]);
  });

  it('makes the same entry, with the same id, when the event is delivered again', () => {
    expect(sellerOrderDelivered({ ...deliveredA })).toEqual(sellerOrderDelivered(deliveredA));
  });

  it.each<[string, Partial<SellerOrderDeliveredInput>, string]>([
    ['a zero net', { netMinor: 0 }, 'INVALID_AMOUNT'],
    ['a negative shipping fee', { shippingFeeMinor: -1 }, 'INVALID_AMOUNT'],
    ['a fractional commission', { commissionMinor: 0.5 }, 'INVALID_AMOUNT'],
    ['a loyalty discount above the net', { loyaltyDiscountMinor: 1_000_001 }, 'INVALID_AMOUNT'],
    ['a commission above the net', { commissionMinor: 1_000_001 }, 'INVALID_AMOUNT'],
    ['an unknown currency', { currency: 'RUR' }, 'UNKNOWN_CURRENCY'],
    ['no event id', { eventId: '' }, 'INVALID_INPUT'],
    ['no seller order', { sellerOrderId: '' }, 'INVALID_INPUT'],
    ['a date that is not one', { occurredAt: '02.03.2026' }, 'INVALID_INPUT'],
    ['a date without its offset', { occurredAt: '2026-03-02T10:00:00' }, 'INVALID_INPUT'],
    ['a day the calendar does not have', { occurredAt: '2026-02-30T10:00:00Z' }, 'INVALID_INPUT'],
    [
      'a charge beyond the safe range',
      { netMinor: Number.MAX_SAFE_INTEGER, loyaltyDiscountMinor: 0, commissionMinor: 0, shippingFeeMinor: 1 },
      'INVALID_AMOUNT',
    ],
  ])('refuses %s', (_name, change, code) => {
    expect(codeOf(() => sellerOrderDelivered({ ...deliveredA, ...change }))).toBe(code);
  });
});

describe('sellerOrderCompleted', () => {
  it('worked example: what the order still holds moves from pending to available', () => {
    expect(
      rows(
        sellerOrderCompleted({
          eventId: 'evt-completed-A',
          occurredAt: at,
          currency: 'RUB',
          sellerOrderId: 'SO-A',
          sellerCompanyId: 'steelworks',
          pendingMinor: 769_000,
        }),
      ),
    ).toEqual([
      [
        ['SELLER_PAYABLE_PENDING steelworks SO-A', 769_000, '', 'RELEASE'],
        ['SELLER_PAYABLE_AVAILABLE steelworks', '', 769_000, 'RELEASE'],
      ],
    ]);
  });

  it('moves a negative pending balance the other way, and makes no entry for nothing', () => {
    const input = { eventId: 'evt-completed-A', occurredAt: at, currency: 'RUB', sellerOrderId: 'SO-A', sellerCompanyId: 'steelworks' };
    expect(rows(sellerOrderCompleted({ ...input, pendingMinor: -5_000 }))).toEqual([
      [
        ['SELLER_PAYABLE_PENDING steelworks SO-A', '', 5_000, 'RELEASE'],
        ['SELLER_PAYABLE_AVAILABLE steelworks', 5_000, '', 'RELEASE'],
      ],
    ]);
    expect(sellerOrderCompleted({ ...input, pendingMinor: 0 })).toEqual([]);
    expect(codeOf(() => sellerOrderCompleted({ ...input, pendingMinor: 1.5 }))).toBe('INVALID_AMOUNT');
  });
});

/**
 * A return of purchase P across both seller orders (the allocation as the returns library
 * computes it; nothing here recomputes it):
 * - SO-A, DEFECTIVE (seller fault), not yet COMPLETED: m 200,000, p 6,000, c 14,000, f 10,000,
 *   label 15,000. Buyer refunded m - p + f = 204,000; seller pays m - c + f + label = 211,000
 *   (15,000 of it the label); platform pays c - p = 8,000.
 * - SO-B, CHANGED_MIND (buyer fault), already COMPLETED: m 50,000, p 1,500, c 5,000, label
 *   12,000 deducted from the refund. Buyer refunded m - p - label = 36,500; seller pays m - c =
 *   45,000; platform pays c - p = 3,500.
 * Refund 240,500, labels 27,000; sellers 256,000 + platform 11,500 = 267,500 = 240,500 + 27,000.
 * The buyer still owes 100,000 on its invoices: that much comes off them, 140,500 is payable.
 */
const returned: ReturnRefundedInput = {
  eventId: 'evt-refunded-R1',
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
};

describe('returnRefunded', () => {
  it('worked example: exactly the allocation; the refund first reduces what the buyer owes, the rest is payable', () => {
    expect(rows(returnRefunded(returned))).toEqual([
      [
        ['SELLER_PAYABLE_PENDING steelworks SO-A', 196_000, '', 'REFUND'],
        ['SELLER_PAYABLE_PENDING steelworks SO-A', 15_000, '', 'RETURN_LABEL'],
        ['SELLER_PAYABLE_AVAILABLE rolling-mill', 45_000, '', 'REFUND'],
        ['PLATFORM_RETURNS', 11_500, '', 'PLATFORM_SHARE'],
        ['BUYER_RECEIVABLE builder', '', 100_000, 'REFUND'],
        ['REFUNDS_PAYABLE builder', '', 140_500, 'REFUND'],
        ['RETURN_LABELS', '', 27_000, 'RETURN_LABEL'],
      ],
    ]);
    expect(returnRefunded(returned)[0]).toMatchObject({
      causeType: 'RETURN_REFUNDED',
      causeId: 'R1',
      id: entryIdFor('evt-refunded-R1', 'RETURN_REFUNDED'),
    });
  });

  it('takes the whole refund off the invoices when the buyer owes at least that, and makes no refund payable', () => {
    const [entry] = returnRefunded({ ...returned, outstandingReceivableMinor: 5_000_000 });
    expect(
      entry.postings
        .filter((posting) => posting.creditMinor !== undefined && posting.memo === 'REFUND')
        .map((posting) => posting.account.kind),
    ).toEqual(['BUYER_RECEIVABLE']);
  });

  it('posts a negative part on the other side: the platform gets back more loyalty discount than the commission it gives back', () => {
    // DEFECTIVE, m 100,000, p 10,000, c 5,000, f 0, label 8,000: refund 90,000; seller 103,000; platform c - p = -5,000.
    expect(
      rows(
        returnRefunded({
          ...returned,
          refundMinor: 90_000,
          outstandingReceivableMinor: 90_000,
          sellers: [
            { sellerCompanyId: 'steelworks', sellerOrderId: 'SO-A', orderCompleted: false, paysMinor: 103_000, labelsMinor: 8_000 },
          ],
          platformPaysMinor: -5_000,
          labelsMinor: 8_000,
        }),
      ),
    ).toEqual([
      [
        ['SELLER_PAYABLE_PENDING steelworks SO-A', 95_000, '', 'REFUND'],
        ['SELLER_PAYABLE_PENDING steelworks SO-A', 8_000, '', 'RETURN_LABEL'],
        ['PLATFORM_RETURNS', '', 5_000, 'PLATFORM_SHARE'],
        ['BUYER_RECEIVABLE builder', '', 90_000, 'REFUND'],
        ['RETURN_LABELS', '', 8_000, 'RETURN_LABEL'],
      ],
    ]);
  });

  it('credits a seller who receives: a restocking fee above what it gives back', () => {
    // CHANGED_MIND, m 10,000, c 3,000, label 500 and restocking 8,000 deducted: refund 1,500; seller -1,000; platform 3,000.
    expect(
      rows(
        returnRefunded({
          ...returned,
          refundMinor: 1_500,
          outstandingReceivableMinor: 0,
          sellers: [{ sellerCompanyId: 'steelworks', sellerOrderId: 'SO-A', orderCompleted: false, paysMinor: -1_000, labelsMinor: 0 }],
          platformPaysMinor: 3_000,
          labelsMinor: 500,
        }),
      ),
    ).toEqual([
      [
        ['SELLER_PAYABLE_PENDING steelworks SO-A', '', 1_000, 'REFUND'],
        ['PLATFORM_RETURNS', 3_000, '', 'PLATFORM_SHARE'],
        ['REFUNDS_PAYABLE builder', '', 1_500, 'REFUND'],
        ['RETURN_LABELS', '', 500, 'RETURN_LABEL'],
      ],
    ]);
  });

  it('posts nothing for the seller of a carrier-fault return: the platform pays it all', () => {
    // DAMAGED_IN_TRANSIT, m 60,000, p 1,800, f 5,000, label 7,000: refund 63,200, seller 0, platform 70,200.
    expect(
      rows(
        returnRefunded({
          ...returned,
          refundMinor: 63_200,
          outstandingReceivableMinor: 0,
          sellers: [{ sellerCompanyId: 'steelworks', sellerOrderId: 'SO-A', orderCompleted: false, paysMinor: 0, labelsMinor: 0 }],
          platformPaysMinor: 70_200,
          labelsMinor: 7_000,
        }),
      ),
    ).toEqual([
      [
        ['PLATFORM_RETURNS', 70_200, '', 'PLATFORM_SHARE'],
        ['REFUNDS_PAYABLE builder', '', 63_200, 'REFUND'],
        ['RETURN_LABELS', '', 7_000, 'RETURN_LABEL'],
      ],
    ]);
  });

  it('refuses an allocation that does not conserve, by one kopeck', () => {
    expect(codeOf(() => returnRefunded({ ...returned, platformPaysMinor: 11_499 }))).toBe('ALLOCATION_NOT_CONSERVED');
    expect(codeOf(() => returnRefunded({ ...returned, refundMinor: 240_501 }))).toBe('ALLOCATION_NOT_CONSERVED');
  });

  it.each<[string, Partial<ReturnRefundedInput>, string]>([
    [
      'sellers bearing more labels than the return has',
      { sellers: [{ ...returned.sellers[0], labelsMinor: 27_001 }, returned.sellers[1]] },
      'INVALID_ALLOCATION',
    ],
    [
      'one seller order twice',
      { sellers: [returned.sellers[0], { ...returned.sellers[0], paysMinor: 45_000, labelsMinor: 0 }] },
      'INVALID_ALLOCATION',
    ],
    ['no seller order', { sellers: [] }, 'INVALID_ALLOCATION'],
    ['a negative refund', { refundMinor: -1 }, 'INVALID_AMOUNT'],
    ['negative labels', { labelsMinor: -1 }, 'INVALID_AMOUNT'],
    ['a negative amount owed', { outstandingReceivableMinor: -1 }, 'INVALID_AMOUNT'],
    [
      'a seller part that is not whole',
      { sellers: [{ ...returned.sellers[0], paysMinor: 211_000.5 }, returned.sellers[1]] },
      'INVALID_AMOUNT',
    ],
    [
      'a seller part without its completion flag',
      { sellers: [{ ...returned.sellers[0], orderCompleted: undefined as unknown as boolean }, returned.sellers[1]] },
      'INVALID_INPUT',
    ],
  ])('refuses %s', (_name, change, code) => {
    expect(codeOf(() => returnRefunded({ ...returned, ...change }))).toBe(code);
  });
});

describe('paymentReceived', () => {
  const payment = {
    eventId: 'evt-payment-1',
    occurredAt: '2026-03-20T08:00:00Z',
    currency: 'RUB',
    paymentId: 'PAY-1',
    buyerCompanyId: 'builder',
    amountMinor: 1_100_000,
    allocations: [{ invoiceId: 'INV-A', amountMinor: 1_020_000 }],
  };

  it('worked example: cash at the bank, less owed by the buyer; what no invoice takes stays as the buyer’s credit', () => {
    expect(rows(paymentReceived(payment))).toEqual([
      [
        ['CASH_AT_BANK', 1_100_000, '', 'PAYMENT'],
        ['BUYER_RECEIVABLE builder', '', 1_100_000, 'PAYMENT'],
      ],
    ]);
    const balances = applyEntries(EMPTY_BALANCES, [...sellerOrderDelivered(deliveredA), ...paymentReceived(payment)]);
    expect(balanceOf(balances, buyerReceivable('builder', 'RUB'))).toBe(-80_000); // the buyer's credit
  });

  it.each<[string, Partial<typeof payment>, string]>([
    ['a zero amount', { amountMinor: 0 }, 'INVALID_AMOUNT'],
    ['a negative amount', { amountMinor: -100 }, 'INVALID_AMOUNT'],
    ['allocations above the payment', { allocations: [{ invoiceId: 'INV-A', amountMinor: 1_100_001 }] }, 'ALLOCATION_EXCEEDS_PAYMENT'],
    [
      'an invoice twice',
      {
        allocations: [
          { invoiceId: 'INV-A', amountMinor: 1 },
          { invoiceId: 'INV-A', amountMinor: 1 },
        ],
      },
      'DUPLICATE_ALLOCATION',
    ],
    ['a zero allocation', { allocations: [{ invoiceId: 'INV-A', amountMinor: 0 }] }, 'INVALID_AMOUNT'],
    ['an allocation without an invoice', { allocations: [{ invoiceId: '', amountMinor: 5 }] }, 'INVALID_INPUT'],
    ['an unknown currency', { currency: 'XXX1' }, 'UNKNOWN_CURRENCY'],
  ])('refuses %s', (_name, change, code) => {
    expect(codeOf(() => paymentReceived({ ...payment, ...change }))).toBe(code);
  });
});

/** The purchase above, delivered, returned and its SO-A completed. */
function afterReturn(): Balances {
  return applyEntries(EMPTY_BALANCES, [
    ...sellerOrderDelivered(deliveredA),
    ...sellerOrderDelivered(deliveredB),
    ...sellerOrderCompleted({
      eventId: 'evt-completed-B',
      occurredAt: at,
      currency: 'RUB',
      sellerOrderId: 'SO-B',
      sellerCompanyId: 'rolling-mill',
      pendingMinor: 180_000,
    }),
    ...returnRefunded(returned),
    ...sellerOrderCompleted({
      eventId: 'evt-completed-A',
      occurredAt: at,
      currency: 'RUB',
      sellerOrderId: 'SO-A',
      sellerCompanyId: 'steelworks',
      pendingMinor: 769_000,
    }),
  ]);
}

describe('refundPaidOut', () => {
  const payout = {
    eventId: 'evt-refund-paid-1',
    occurredAt: '2026-03-11T09:00:00Z',
    currency: 'RUB',
    refundPayoutId: 'RP-1',
    buyerCompanyId: 'builder',
    amountMinor: 140_500,
  };

  it('worked example: the refund payable paid out to the buyer', () => {
    expect(rows(refundPaidOut(payout))).toEqual([
      [
        ['REFUNDS_PAYABLE builder', 140_500, '', 'REFUND_PAYOUT'],
        ['CASH_AT_BANK', '', 140_500, 'REFUND_PAYOUT'],
      ],
    ]);
    const balances = applyEntries(afterReturn(), refundPaidOut(payout));
    expect(balanceOf(balances, refundsPayable('builder', 'RUB'))).toBe(0);
  });

  it('is refused above what is payable, and nothing changes', () => {
    const balances = afterReturn();
    expect(codeOf(() => applyEntries(balances, refundPaidOut({ ...payout, amountMinor: 140_501 })))).toBe('INSUFFICIENT_BALANCE');
    expect(balanceOf(balances, refundsPayable('builder', 'RUB'))).toBe(140_500);
    expect(codeOf(() => refundPaidOut({ ...payout, amountMinor: 0 }))).toBe('INVALID_AMOUNT');
  });
});

describe('payoutMade', () => {
  const payout = {
    eventId: 'evt-payout-1',
    occurredAt: '2026-03-16T09:00:00Z',
    currency: 'RUB',
    payoutId: 'PO-1',
    sellerCompanyId: 'steelworks',
    amountMinor: 769_000,
  };

  it('worked example: the seller’s available balance paid out', () => {
    expect(rows(payoutMade(payout))).toEqual([
      [
        ['SELLER_PAYABLE_AVAILABLE steelworks', 769_000, '', 'PAYOUT'],
        ['CASH_AT_BANK', '', 769_000, 'PAYOUT'],
      ],
    ]);
    const balances = applyEntries(afterReturn(), payoutMade(payout));
    expect(balanceOf(balances, sellerPayableAvailable('steelworks', 'RUB'))).toBe(0);
    expect(balanceOf(balances, cashAtBank('RUB'))).toBe(-769_000);
  });

  it('is refused beyond the available balance (pending money is not available), and nothing changes', () => {
    const delivered = applyEntries(EMPTY_BALANCES, sellerOrderDelivered(deliveredA));
    expect(balanceOf(delivered, sellerPayablePending('steelworks', 'SO-A', 'RUB'))).toBe(980_000);
    expect(codeOf(() => applyEntries(delivered, payoutMade({ ...payout, amountMinor: 1 })))).toBe('INSUFFICIENT_BALANCE');
    expect(codeOf(() => applyEntries(afterReturn(), payoutMade({ ...payout, amountMinor: 769_001 })))).toBe('INSUFFICIENT_BALANCE');
  });
});

describe('the purchase end to end', () => {
  it('leaves every party where the worked examples say, and the trial balance at zero', () => {
    const balances = applyEntries(afterReturn(), [
      ...paymentReceived({
        eventId: 'evt-pay',
        occurredAt: at,
        currency: 'RUB',
        paymentId: 'PAY-2',
        buyerCompanyId: 'builder',
        amountMinor: 1_000_000,
        allocations: [],
      }),
      ...refundPaidOut({
        eventId: 'evt-rp',
        occurredAt: at,
        currency: 'RUB',
        refundPayoutId: 'RP-1',
        buyerCompanyId: 'builder',
        amountMinor: 140_500,
      }),
      ...payoutMade({
        eventId: 'evt-po-A',
        occurredAt: at,
        currency: 'RUB',
        payoutId: 'PO-1',
        sellerCompanyId: 'steelworks',
        amountMinor: 769_000,
      }),
      ...payoutMade({
        eventId: 'evt-po-B',
        occurredAt: at,
        currency: 'RUB',
        payoutId: 'PO-2',
        sellerCompanyId: 'rolling-mill',
        amountMinor: 135_000,
      }),
    ]);
    const [rub] = trialBalance(balances);
    expect(rub.netMinor).toBe(0);
    expect(Object.fromEntries(rub.rows.map((row) => [row.key, row.balanceMinor]))).toEqual({
      // owed 1,020,000 + 194,000, refunded 100,000 against invoices, paid 1,000,000
      'BUYER_RECEIVABLE/RUB/builder': 114_000,
      // paid in 1,000,000, out 140,500 + 769,000 + 135,000
      'CASH_AT_BANK/RUB': -44_500,
      'PLATFORM_COMMISSION_INCOME/RUB': 90_000,
      'PLATFORM_PROMOTIONS/RUB': 36_000,
      'PLATFORM_RETURNS/RUB': 11_500,
      'REFUNDS_PAYABLE/RUB/builder': 0,
      'RETURN_LABELS/RUB': 27_000,
      // 180,000 released, 45,000 of a refund after completion, 135,000 paid out
      'SELLER_PAYABLE_AVAILABLE/RUB/rolling-mill': 0,
      'SELLER_PAYABLE_AVAILABLE/RUB/steelworks': 0,
      'SELLER_PAYABLE_PENDING/RUB/rolling-mill/SO-B': 0,
      // 980,000 earned, 211,000 returned, 769,000 released
      'SELLER_PAYABLE_PENDING/RUB/steelworks/SO-A': 0,
    });
  });
});
