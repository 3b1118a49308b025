import type { SellerReturnRecord } from '@lotbook/contracts';
import {
  DEFAULT_RETURN_POLICY,
  EMPTY_RETURN_HISTORY,
  quoteReturn,
  type ReturnAllocation,
  type SellerOrderFigures,
} from '@lotbook/returns-domain';
import { assertConserved, eventRecordOf, labelBorneBySeller, totalsOf } from './return-event';

const ORDER = '00000000-0000-4000-8000-00000000000a';
const LINE_A = '00000000-0000-4000-8000-0000000000a1';
const LINE_B = '00000000-0000-4000-8000-0000000000a2';
const LISTING = '00000000-0000-4000-8000-0000000000b1';
const ID = '00000000-0000-4000-8000-0000000000c1';
const COMPANY = '00000000-0000-4000-8000-0000000000d1';

/** Worked example (a)'s seller order A, with real ids: F 150 000, L 120 000, 5 % from 4 500 000. */
const orderA: SellerOrderFigures = {
  sellerOrderId: ORDER,
  sellerCompanyId: COMPANY,
  currency: 'RUB',
  outboundFeeMinor: 150_000,
  regionalFeeMinor: 120_000,
  sellerDiscount: { rateBp: 500, thresholdMinor: 4_500_000, applied: true },
  lines: [
    {
      lineId: LINE_A,
      quantity: 10,
      grossMinor: 3_000_000,
      sellerDiscountMinor: 150_000,
      netMinor: 2_850_000,
      loyaltyDiscountMinor: 85_500,
      commissionMinor: 228_000,
      restockingRateBp: 0,
    },
    {
      lineId: LINE_B,
      quantity: 4,
      grossMinor: 2_400_000,
      sellerDiscountMinor: 120_000,
      netMinor: 2_280_000,
      loyaltyDiscountMinor: 68_400,
      commissionMinor: 182_400,
      restockingRateBp: 1_000,
    },
  ],
};

function viewOf(allocation: ReturnAllocation, overrides: Partial<SellerReturnRecord> = {}): SellerReturnRecord {
  const totals = totalsOf(allocation);
  return {
    id: ID,
    requestId: ID,
    purchaseId: null,
    sellerOrderId: ORDER,
    buyerCompanyId: COMPANY,
    sellerCompanyId: COMPANY,
    currency: 'RUB',
    status: 'REQUESTED',
    carrierClaimAccepted: false,
    items: allocation.items.map((item) => ({
      lineId: item.lineId,
      listingId: LISTING,
      productName: 'Sheet',
      sellerSku: 'SKU',
      quantity: item.quantity,
      reason: item.reason,
      fault: item.fault,
      filedReason: item.reason,
      comment: null,
    })),
    allocation: allocation as unknown as SellerReturnRecord['allocation'],
    allocationBeforeDecision: null,
    ...totals,
    filedAt: new Date(0).toISOString(),
    statusChangedAt: new Date(0).toISOString(),
    refundedAt: null,
    history: [],
    ...overrides,
  } as SellerReturnRecord;
}

describe('a seller return as its event carries it', () => {
  const allocation = quoteReturn({
    sellerOrders: [orderA],
    history: EMPTY_RETURN_HISTORY,
    policy: DEFAULT_RETURN_POLICY,
    items: [
      { lineId: LINE_A, quantity: 3, reason: 'DEFECTIVE' },
      { lineId: LINE_B, quantity: 1, reason: 'CHANGED_MIND' },
    ],
  });

  it('carries every amount of worked example (a)’s seller order A, item by item, and its totals', () => {
    const record = eventRecordOf(viewOf(allocation));
    expect(
      record.items.map((item) => [
        item.netShareMinor,
        item.outboundFeeShareMinor,
        item.returnLabelShareMinor,
        item.refundMinor,
        item.sellerPaysMinor,
        item.platformPaysMinor,
      ]),
    ).toEqual([
      [855_000, 25_000, 72_000, 854_350, 883_600, 42_750],
      [570_000, 16_667, 48_000, 447_900, 467_400, 28_500],
    ]);
    expect(record.items[1]).toMatchObject({
      listingId: LISTING,
      restockingDeductedMinor: 57_000,
      returnLabelDeductedMinor: 48_000,
      fault: 'BUYER',
    });
    expect(record).toMatchObject({
      refundMinor: 1_302_250,
      sellerPaysMinor: 1_351_000,
      platformPaysMinor: 71_250,
      returnLabelMinor: 120_000,
    });
    expect(record.sellerPaysMinor + record.platformPaysMinor).toBe(record.refundMinor + record.returnLabelMinor);
  });

  it('names the label the seller bears: all of a seller-fault item’s, none that a buyer-fault refund covered', () => {
    // A1 is the seller's fault (72 000 of the label); A2's 48 000 came off its refund.
    expect(eventRecordOf(viewOf(allocation)).labelBorneBySellerMinor).toBe(72_000);
    expect(
      labelBorneBySeller({ fault: 'BUYER', returnLabelShare: { amountMinor: 35_000 }, returnLabelDeducted: { amountMinor: 19_404 } }),
    ).toBe(15_596);
    expect(
      labelBorneBySeller({ fault: 'CARRIER', returnLabelShare: { amountMinor: 34_615 }, returnLabelDeducted: { amountMinor: 0 } }),
    ).toBe(0);
  });

  it('refuses to publish a return whose payments do not equal its refund and label', () => {
    expect(() => eventRecordOf(viewOf(allocation, { sellerPaysMinor: 1_351_001 }))).toThrow(/does not conserve/);
    expect(() => assertConserved('r', { refundMinor: -1, sellerPaysMinor: 0, platformPaysMinor: -1, returnLabelMinor: 0 })).toThrow(
      /does not conserve/,
    );
  });

  it('refuses a return whose items do not add up to its totals, or whose allocation names a line it does not hold', () => {
    const shifted = viewOf(allocation, {
      refundMinor: allocation.totals.refundMinor + 1,
      sellerPaysMinor: allocation.totals.sellerPaysMinor + 1,
    });
    expect(() => eventRecordOf(shifted)).toThrow(/do not add up/);
    const view = viewOf(allocation);
    expect(() => eventRecordOf({ ...view, items: view.items.slice(1) })).toThrow(/not among its items/);
  });
});
