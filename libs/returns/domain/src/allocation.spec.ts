import { EMPTY_RETURN_HISTORY, historyAfter, quoteReturn } from './allocation';
import type { ReturnAllocation, ReturnHistory, ReturnItemRequest, SellerOrderFigures } from './allocation.types';
import { DEFAULT_RETURN_POLICY } from './return-policy';
import { ReturnsDomainError, type ReturnsDomainErrorCode } from './returns-domain-error';
import { item, itemRow, line, sellerOrder } from './testing/purchases';

// The worked examples of WORKED-EXAMPLES.md, to the kopeck. Every expected figure below was
// worked out by hand from the policy (the derivations are in that file), not read off the code.

function quote(
  sellerOrders: SellerOrderFigures[],
  items: ReturnItemRequest[],
  history: ReturnHistory = EMPTY_RETURN_HISTORY,
): ReturnAllocation {
  return quoteReturn({ sellerOrders, history, items, policy: DEFAULT_RETURN_POLICY });
}

function order(allocation: ReturnAllocation, sellerOrderId: string) {
  const found = allocation.sellerOrders.find((entry) => entry.sellerOrderId === sellerOrderId);
  if (!found) throw new Error(`no seller order ${sellerOrderId}`);
  return found;
}

function refusal(action: () => unknown): ReturnsDomainErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ReturnsDomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('worked example (a): two sellers, both volume discounts, seller-, buyer- and carrier-fault items', () => {
  // Seller A: 5 % volume discount from 45 000.00 of gross; B: 3 % from 20 000.00. Loyalty 3 %, commission 8 % of net.
  const purchase = [
    sellerOrder('A', { outbound: 150_000, regional: 120_000 }, { rateBp: 500, thresholdMinor: 4_500_000, applied: true }, [
      line('A1', 10, 3_000_000, 150_000, 85_500, 228_000),
      line('A2', 4, 2_400_000, 120_000, 68_400, 182_400, 1_000),
    ]),
    sellerOrder('B', { outbound: 60_000, regional: 45_000 }, { rateBp: 300, thresholdMinor: 2_000_000, applied: true }, [
      line('B1', 7, 910_000, 27_300, 26_481, 70_616),
      line('B2', 3, 1_300_000, 39_000, 37_830, 100_880),
    ]),
  ];
  const allocation = quote(purchase, [
    item('A1', 3, 'DEFECTIVE'),
    item('A2', 1, 'CHANGED_MIND'),
    item('B1', 1, 'CHANGED_MIND'),
    item('B2', 1, 'DAMAGED_IN_TRANSIT'),
  ]);

  it('refunds a defective item its net share less loyalty discount plus its outbound fee share; the seller pays it and the label', () => {
    expect(itemRow(allocation, 'A1')).toEqual({
      m: 855_000,
      p: 25_650,
      c: 68_400,
      f: 25_000,
      label: 72_000,
      g: 0,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 0,
      refund: 854_350,
      seller: 883_600,
      platform: 42_750,
    });
  });

  it('deducts the label and the restocking fee from a changed-mind item, and keeps its outbound fee share', () => {
    expect(itemRow(allocation, 'A2')).toEqual({
      m: 570_000,
      p: 17_100,
      c: 45_600,
      f: 16_667,
      label: 48_000,
      g: 0,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 57_000,
      restockingDeducted: 57_000,
      labelDeducted: 48_000,
      refund: 447_900,
      seller: 467_400,
      platform: 28_500,
    });
    expect(itemRow(allocation, 'B1')).toEqual({
      m: 126_100,
      p: 3_783,
      c: 10_088,
      f: 3_529,
      label: 10_385,
      g: 0,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 10_385,
      refund: 111_932,
      seller: 116_012,
      platform: 6_305,
    });
  });

  it('has the platform pay for goods damaged in transit, label included, and the seller nothing', () => {
    expect(itemRow(allocation, 'B2')).toEqual({
      m: 420_333,
      p: 12_610,
      c: 33_627,
      f: 11_765,
      label: 34_615,
      g: 0,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 0,
      refund: 419_488,
      seller: 0,
      platform: 454_103,
    });
  });

  it('frees the part of each outbound fee held by the returned net, and claws nothing back while both orders stay above their thresholds', () => {
    expect(order(allocation, 'A').outboundFeeShare.amountMinor).toBe(41_667);
    expect(order(allocation, 'B').outboundFeeShare.amountMinor).toBe(15_294);
    expect(order(allocation, 'A').clawback).toMatchObject({ triggered: false, keptGrossMinor: 4_800_000, thisReturnMinor: 0 });
    expect(order(allocation, 'B').clawback).toMatchObject({ triggered: false, keptGrossMinor: 2_080_000, thisReturnMinor: 0 });
  });

  it('adds up per seller and for the return: sellers and platform pay the refund plus the two labels', () => {
    expect(order(allocation, 'A').totals).toMatchObject({ refundMinor: 1_302_250, sellerPaysMinor: 1_351_000, platformPaysMinor: 71_250 });
    expect(order(allocation, 'B').totals).toMatchObject({ refundMinor: 531_420, sellerPaysMinor: 116_012, platformPaysMinor: 460_408 });
    expect(allocation.refund.amountMinor).toBe(1_833_670);
    expect(allocation.sellersPay.amountMinor).toBe(1_467_012);
    expect(allocation.platformPays.amountMinor).toBe(531_658);
    expect(allocation.returnLabels.amountMinor).toBe(165_000);
    expect(allocation.sellersPay.amountMinor + allocation.platformPays.amountMinor).toBe(
      allocation.refund.amountMinor + allocation.returnLabels.amountMinor,
    );
  });

  it('names every amount and gives a reason in words for it', () => {
    const a2 = allocation.items[1];
    expect(a2.restockingDeducted).toEqual({
      name: 'RESTOCKING_DEDUCTED',
      amountMinor: 57_000,
      reason: 'The restocking fee, deducted from your refund.',
    });
    expect(a2.outboundFeeShare.reason).toMatch(/not refunded, because the return is for a buyer's reason/);
    expect(allocation.items[3].platformPays.reason).toMatch(/^Carrier fault/);
  });
});

describe('worked example (b): a line returned in two parts, a clawback that triggers, then gives back', () => {
  // Seller C: 5 % volume discount from 12 000.00 of gross. Three returns, one after the other.
  const purchase = [
    sellerOrder('C', { outbound: 30_000, regional: 25_000 }, { rateBp: 500, thresholdMinor: 1_200_000, applied: true }, [
      line('C1', 3, 1_000_000, 50_000, 28_500, 76_000),
      line('C2', 2, 400_000, 20_000, 11_400, 30_400),
    ]),
  ];
  const first = quote(purchase, [item('C1', 1, 'CHANGED_MIND')]);
  const afterFirst = historyAfter(EMPTY_RETURN_HISTORY, first);
  const second = quote(purchase, [item('C1', 1, 'DEFECTIVE')], afterFirst);
  const afterSecond = historyAfter(afterFirst, second);
  const third = quote(purchase, [item('C1', 1, 'CHANGED_MIND'), item('C2', 2, 'DEFECTIVE')], afterSecond);

  it('return 1: the kept gross falls below the threshold, so the discount the kept units hold is deducted from the changed-mind item', () => {
    expect(order(first, 'C').clawback).toMatchObject({
      triggered: true,
      keptGrossMinor: 1_066_667,
      due: { amountMinor: 53_333 },
      heldBefore: { amountMinor: 0 },
      thisReturnMinor: 53_333,
      deducted: { amountMinor: 53_333 },
      leftDue: { amountMinor: 0 },
      giveBack: { amountMinor: 0 },
    });
    expect(itemRow(first, 'C1')).toEqual({
      m: 316_667,
      p: 9_500,
      c: 25_333,
      f: 7_143,
      label: 25_000,
      g: 0,
      clawback: 53_333,
      clawbackDeducted: 53_333,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 25_000,
      refund: 228_834,
      seller: 238_001,
      platform: 15_833,
    });
  });

  it('return 2: the next unit of the line, defective, takes back the discount it held from the clawback as a give-back paid by the seller', () => {
    expect(second.items[0].returnedBefore).toBe(1);
    expect(order(second, 'C').clawback).toMatchObject({
      triggered: true,
      keptGrossMinor: 1_066_667,
      due: { amountMinor: 36_667 },
      heldBefore: { amountMinor: 53_333 },
      thisReturnMinor: -16_666,
      deducted: { amountMinor: 0 },
      giveBack: { amountMinor: 16_666 },
    });
    expect(itemRow(second, 'C1')).toEqual({
      m: 316_666,
      p: 9_500,
      c: 25_334,
      f: 7_143,
      label: 25_000,
      g: 16_666,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 0,
      refund: 330_975,
      seller: 340_141,
      platform: 15_834,
    });
  });

  it('returns 1 and 2 hold exactly the shares one return of both units would: 633 333, 19 000, 50 667 and 14 286 of the fee', () => {
    const atOnce = quote(purchase, [item('C1', 2, 'DEFECTIVE')]);
    const [one, two] = [itemRow(first, 'C1'), itemRow(second, 'C1')];
    expect(one.m + two.m).toBe(itemRow(atOnce, 'C1').m);
    expect(one.p + two.p).toBe(itemRow(atOnce, 'C1').p);
    expect(one.c + two.c).toBe(itemRow(atOnce, 'C1').c);
    expect(order(first, 'C').outboundFeeShare.amountMinor + order(second, 'C').outboundFeeShare.amountMinor).toBe(
      order(atOnce, 'C').outboundFeeShare.amountMinor,
    );
    expect([itemRow(atOnce, 'C1').m, itemRow(atOnce, 'C1').p, itemRow(atOnce, 'C1').c]).toEqual([633_333, 19_000, 50_667]);
    expect(order(atOnce, 'C').outboundFeeShare.amountMinor).toBe(14_286);
  });

  it('return 3: the last units go back, nothing is due any more, and the rest of the clawback is given back over both items by net share', () => {
    expect(order(third, 'C').clawback).toMatchObject({
      triggered: true,
      keptGrossMinor: 733_333,
      due: { amountMinor: 0 },
      heldBefore: { amountMinor: 36_667 },
      thisReturnMinor: -36_667,
      giveBack: { amountMinor: 36_667 },
    });
    expect(itemRow(third, 'C1')).toEqual({
      m: 316_667,
      p: 9_500,
      c: 25_333,
      f: 7_143,
      label: 11_364,
      g: 16_667,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 11_364,
      refund: 312_470,
      seller: 308_001,
      platform: 15_833,
    });
    expect(itemRow(third, 'C2')).toEqual({
      m: 380_000,
      p: 11_400,
      c: 30_400,
      f: 8_571,
      label: 13_636,
      g: 20_000,
      clawback: 0,
      clawbackDeducted: 0,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 0,
      refund: 397_171,
      seller: 391_807,
      platform: 19_000,
    });
    const history = historyAfter(afterSecond, third);
    expect(history.sellerOrders).toEqual([
      { sellerOrderId: 'C', returnsFiled: 3, clawbackDeductedMinor: 53_333, giveBackPaidMinor: 53_333 },
    ]);
    expect(history.lines).toEqual([
      { lineId: 'C1', returnedQuantity: 3, returnedForBuyerFaultQuantity: 2 },
      { lineId: 'C2', returnedQuantity: 2, returnedForBuyerFaultQuantity: 0 },
    ]);
  });
});

describe('worked example (c): a small changed-mind return whose label and clawback exceed its refund', () => {
  // Seller D: free outbound shipping (F = 0) but a 350.00 regional label; 2 % volume discount from 10 400.00 of gross.
  const purchase = [
    sellerOrder('D', { outbound: 0, regional: 35_000 }, { rateBp: 200, thresholdMinor: 1_040_000, applied: true }, [
      line('D1', 100, 1_000_000, 20_000, 9_800, 49_000, 1_500),
      line('D2', 1, 50_000, 1_000, 490, 2_450),
    ]),
  ];
  const first = quote(purchase, [item('D1', 2, 'CHANGED_MIND')]);
  const second = quote(purchase, [item('D2', 1, 'ORDERED_BY_MISTAKE')], historyAfter(EMPTY_RETURN_HISTORY, first));

  it('floors the refund at zero: the label takes what there is, clawback and restocking are not deducted, the seller bears the rest of the label', () => {
    expect(itemRow(first, 'D1')).toEqual({
      m: 19_600,
      p: 196,
      c: 980,
      f: 0,
      label: 35_000,
      g: 0,
      clawback: 20_600,
      clawbackDeducted: 0,
      restocking: 2_940,
      restockingDeducted: 0,
      labelDeducted: 19_404,
      refund: 0,
      seller: 34_216,
      platform: 784,
    });
    expect(order(first, 'D').clawback).toMatchObject({
      triggered: true,
      keptGrossMinor: 1_030_000,
      due: { amountMinor: 20_600 },
      leftDue: { amountMinor: 20_600 },
    });
    expect(first.items[0].returnLabelDeducted.reason).toMatch(/the seller bears the rest of the label/);
    expect(first.sellersPay.amountMinor + first.platformPays.amountMinor).toBe(first.refund.amountMinor + first.returnLabels.amountMinor);
  });

  it('computes the clawback left due again at the next return and deducts it as far as that refund goes', () => {
    expect(order(second, 'D').clawback).toMatchObject({
      keptGrossMinor: 980_000,
      due: { amountMinor: 19_600 },
      heldBefore: { amountMinor: 0 },
      thisReturnMinor: 19_600,
      deducted: { amountMinor: 13_510 },
      leftDue: { amountMinor: 6_090 },
    });
    expect(itemRow(second, 'D2')).toEqual({
      m: 49_000,
      p: 490,
      c: 2_450,
      f: 0,
      label: 35_000,
      g: 0,
      clawback: 19_600,
      clawbackDeducted: 13_510,
      restocking: 0,
      restockingDeducted: 0,
      labelDeducted: 35_000,
      refund: 0,
      seller: 33_040,
      platform: 1_960,
    });
  });
});

describe('rules the examples do not show', () => {
  const discount = { rateBp: 500, thresholdMinor: 1_000_000, applied: true };
  const purchase = [
    sellerOrder('E', { outbound: 10_000, regional: 9_000 }, discount, [
      line('E1', 4, 800_000, 40_000, 0, 60_000),
      line('E2', 2, 300_000, 15_000, 0, 20_000),
    ]),
  ];

  it('claws back nothing when the return has no buyer-fault item, and deducts it from the next buyer-fault return instead', () => {
    // A seller-fault return leaves the buyer-fault gross at 1 100 000; a later changed-mind unit of E1 drops it to 900 000.
    const defective = quote(purchase, [item('E2', 1, 'DEFECTIVE')]);
    expect(order(defective, 'E').clawback).toMatchObject({ triggered: false, thisReturnMinor: 0 });
    const changedMind = quote(purchase, [item('E1', 1, 'CHANGED_MIND')], historyAfter(EMPTY_RETURN_HISTORY, defective));
    // Held by the kept units: E1 40 000 - 10 000, E2 15 000 - 7 500.
    expect(order(changedMind, 'E').clawback).toMatchObject({ triggered: true, keptGrossMinor: 900_000, due: { amountMinor: 37_500 } });
    expect(itemRow(changedMind, 'E1').clawbackDeducted).toBe(37_500);
  });

  it('treats a kept gross equal to the threshold as still reaching it', () => {
    const below = quote(purchase, [item('E2', 1, 'CHANGED_MIND')]);
    expect(order(below, 'E').clawback).toMatchObject({ triggered: true, keptGrossMinor: 950_000 });
    const atThreshold = quote(
      [{ ...purchase[0], sellerDiscount: { ...discount, thresholdMinor: 950_000 } }],
      [item('E2', 1, 'CHANGED_MIND')],
    );
    expect(order(atThreshold, 'E').clawback.triggered).toBe(false);
  });

  it('never claws back a discount the order did not earn', () => {
    const notApplied = [{ ...purchase[0], sellerDiscount: { ...discount, applied: false } }];
    expect(order(quote(notApplied, [item('E1', 4, 'CHANGED_MIND')]), 'E').clawback).toMatchObject({
      triggered: false,
      due: { amountMinor: 0 },
    });
  });

  it('splits the label, the fee and the give-back by quantity when every item has a net share of zero', () => {
    const free = [sellerOrder('Z', { outbound: 1_000, regional: 1_001 }, null, [line('Z1', 2, 0, 0, 0, 0), line('Z2', 1, 0, 0, 0, 0)])];
    const allocation = quote(free, [item('Z1', 2, 'DEFECTIVE'), item('Z2', 1, 'DEFECTIVE')]);
    // Units returned 3 of 3: the whole fee, 1 000, split 2 : 1 by quantity -> 667 / 333; the label 1 001 -> 667 / 334.
    expect(allocation.items.map((allocated) => [allocated.outboundFeeShare.amountMinor, allocated.returnLabelShare.amountMinor])).toEqual([
      [667, 667],
      [333, 334],
    ]);
  });

  it('keeps p at or below m on a line where the buyer paid less than a kopeck per unit', () => {
    // net 5, pd 4, 3 units: share(net) runs 2, 3, 5 and share(pd) 1, 3, 4, so the second unit alone would be m 1, p 2.
    const tiny = [sellerOrder('T', { outbound: 0, regional: 0 }, null, [line('T1', 3, 5, 0, 4, 0)])];
    const unitOne = quote(tiny, [item('T1', 1, 'CHANGED_MIND')]);
    const unitTwo = quote(tiny, [item('T1', 1, 'CHANGED_MIND')], historyAfter(EMPTY_RETURN_HISTORY, unitOne));
    const unitThree = quote(tiny, [item('T1', 1, 'CHANGED_MIND')], historyAfter(historyAfter(EMPTY_RETURN_HISTORY, unitOne), unitTwo));
    expect([unitOne, unitTwo, unitThree].map((allocation) => [itemRow(allocation, 'T1').m, itemRow(allocation, 'T1').p])).toEqual([
      [2, 1],
      [1, 1],
      [2, 2],
    ]);
    expect([unitOne, unitTwo, unitThree].map((allocation) => allocation.refund.amountMinor)).toEqual([1, 0, 0]);
  });

  it('lists seller orders in the order they first appear among the items, and items in request order', () => {
    const two = [purchase[0], sellerOrder('F', { outbound: 0, regional: 0 }, null, [line('F1', 1, 100, 0, 0, 0)])];
    const allocation = quote(two, [item('F1', 1, 'DEFECTIVE'), item('E2', 1, 'DEFECTIVE'), item('E1', 1, 'DEFECTIVE')]);
    expect(allocation.sellerOrders.map((entry) => [entry.sellerOrderId, entry.lineIds])).toEqual([
      ['F', ['F1']],
      ['E', ['E2', 'E1']],
    ]);
    expect(allocation.items.map((allocated) => allocated.lineId)).toEqual(['F1', 'E2', 'E1']);
  });
});

describe('bad input: typed errors', () => {
  const purchase = [
    sellerOrder('A', { outbound: 100, regional: 100 }, null, [line('A1', 5, 5_000, 0, 0, 500), line('A2', 2, 2_000, 0, 0, 200)]),
  ];
  const history: ReturnHistory = { lines: [{ lineId: 'A1', returnedQuantity: 3, returnedForBuyerFaultQuantity: 1 }], sellerOrders: [] };
  const refuse = (items: ReturnItemRequest[], sellerOrders: SellerOrderFigures[] = purchase, earlier: ReturnHistory = history) =>
    refusal(() => quoteReturn({ sellerOrders, history: earlier, items, policy: DEFAULT_RETURN_POLICY }));

  it('refuses more than delivered minus already returned', () => {
    expect(refuse([item('A1', 3, 'DEFECTIVE')])).toBe('QUANTITY_NOT_RETURNABLE');
    expect(refuse([item('A1', 2, 'DEFECTIVE')])).toBeUndefined();
    expect(refuse([item('A2', 3, 'DEFECTIVE')])).toBe('QUANTITY_NOT_RETURNABLE');
  });

  it('refuses a line not in the purchase', () => {
    expect(refuse([item('B9', 1, 'DEFECTIVE')])).toBe('UNKNOWN_LINE');
  });

  it('refuses a line twice in one return, even with different reasons', () => {
    expect(refuse([item('A2', 1, 'DEFECTIVE'), item('A2', 1, 'CHANGED_MIND')])).toBe('DUPLICATE_LINE');
  });

  it('refuses an unknown reason', () => {
    expect(refuse([{ lineId: 'A2', quantity: 1, reason: 'TOO_EXPENSIVE' as never }])).toBe('UNKNOWN_REASON');
  });

  it('refuses a quantity that is not a whole number above zero', () => {
    for (const quantity of [0, -1, 1.5, Number.NaN]) expect(refuse([item('A2', quantity, 'DEFECTIVE')])).toBe('NON_POSITIVE_QUANTITY');
  });

  it('refuses an empty return', () => {
    expect(refuse([])).toBe('EMPTY_RETURN');
  });

  it('refuses figures that do not hold together', () => {
    const broken = (patch: Partial<ReturnType<typeof line>>) => [{ ...purchase[0], lines: [{ ...purchase[0].lines[0], ...patch }] }];
    expect(refuse([item('A1', 1, 'DEFECTIVE')], broken({ netMinor: 4_999 }))).toBe('INVALID_PURCHASE');
    expect(refuse([item('A1', 1, 'DEFECTIVE')], broken({ loyaltyDiscountMinor: 6_000 }))).toBe('INVALID_PURCHASE');
    expect(refuse([item('A1', 1, 'DEFECTIVE')], broken({ commissionMinor: -1 }))).toBe('INVALID_PURCHASE');
    expect(refuse([item('A1', 1, 'DEFECTIVE')], [purchase[0], { ...purchase[0], sellerOrderId: 'B', currency: 'EUR', lines: [] }])).toBe(
      'INVALID_PURCHASE',
    );
    expect(refuse([item('A1', 1, 'DEFECTIVE')], [{ ...purchase[0], currency: 'XYZ' }])).toBe('INVALID_PURCHASE');
  });

  it('refuses a history with more units returned than delivered', () => {
    const impossible = { lines: [{ lineId: 'A2', returnedQuantity: 3, returnedForBuyerFaultQuantity: 0 }], sellerOrders: [] };
    expect(refuse([item('A1', 1, 'DEFECTIVE')], purchase, impossible)).toBe('INVALID_HISTORY');
  });

  it('ignores history of lines and seller orders outside the quoted ones', () => {
    const elsewhere: ReturnHistory = {
      lines: [{ lineId: 'X1', returnedQuantity: 9, returnedForBuyerFaultQuantity: 9 }],
      sellerOrders: [{ sellerOrderId: 'X', returnsFiled: 1, clawbackDeductedMinor: 5, giveBackPaidMinor: 0 }],
    };
    expect(refuse([item('A1', 5, 'DEFECTIVE')], purchase, elsewhere)).toBeUndefined();
  });
});
