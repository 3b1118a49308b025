import { OrdersDomainError } from './errors';
import {
  INITIAL_RETURN_POLICY_WINDOW,
  laterReturnPolicy,
  ordersToComplete,
  returnWindowClosesAt,
  returnWindowDaysOf,
  type DeliveredOrder,
} from './return-window';

const DAY = 86_400;
const deliveredAt = new Date('2026-03-01T12:00:00.000Z');
const daysAfter = (days: number, extraMillis = 0) => new Date(deliveredAt.getTime() + days * DAY * 1000 + extraMillis);

const ownWindow = (orderId: string, days: number): DeliveredOrder => ({
  orderId,
  deliveredAt,
  returnWindowDays: days,
  returnWindowSetBySeller: true,
});
// Orders stores 30 for a seller with no window of its own; the policy's default applies instead.
const noWindow = (orderId: string): DeliveredOrder => ({ orderId, deliveredAt, returnWindowDays: 30, returnWindowSetBySeller: false });

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return [error.code, error.field];
    throw error;
  }
  throw new Error('expected an OrdersDomainError');
};

describe('when a delivered order completes: its return window', () => {
  const fortyFive = { version: 2, defaultReturnWindowDays: 45 };

  it('follows version 1’s 30 days for a seller without a window of its own until the policy says otherwise', () => {
    expect(INITIAL_RETURN_POLICY_WINDOW).toEqual({ version: 1, defaultReturnWindowDays: 30 });
    expect(returnWindowClosesAt(noWindow('a'), INITIAL_RETURN_POLICY_WINDOW, DAY)).toEqual(daysAfter(30));
  });

  it('follows the policy’s default window, 45 days, for a seller without a window of its own', () => {
    expect(returnWindowDaysOf(noWindow('a'), fortyFive)).toBe(45);
    expect(returnWindowClosesAt(noWindow('a'), fortyFive, DAY)).toEqual(daysAfter(45));
  });

  it('keeps the seller’s own window whatever the policy’s default', () => {
    expect(returnWindowDaysOf(ownWindow('a', 14), fortyFive)).toBe(14);
    expect(returnWindowClosesAt(ownWindow('a', 60), fortyFive, DAY)).toEqual(daysAfter(60));
    expect(returnWindowClosesAt(ownWindow('a', 0), fortyFive, DAY)).toEqual(deliveredAt);
  });

  it('counts short test days as it counts real ones', () => {
    expect(returnWindowClosesAt(noWindow('a'), fortyFive, 2)).toEqual(new Date(deliveredAt.getTime() + 90_000));
  });

  it('completes an order only after its window closed: at the closing instant a return is still accepted', () => {
    const orders = [noWindow('no-window'), ownWindow('own-30', 30), ownWindow('own-60', 60)];
    const due = (now: Date) => ordersToComplete(now, orders, fortyFive, DAY).map((order) => order.orderId);
    expect(due(daysAfter(30))).toEqual([]);
    expect(due(daysAfter(30, 1))).toEqual(['own-30']);
    // The defect this guards against: 30 days after delivery the policy's 45 still let the buyer return.
    expect(due(daysAfter(44, 0))).toEqual(['own-30']);
    expect(due(daysAfter(45))).toEqual(['own-30']);
    expect(due(daysAfter(45, 1))).toEqual(['no-window', 'own-30']);
    expect(due(daysAfter(60, 1))).toEqual(['no-window', 'own-30', 'own-60']);
  });

  it('completes at once the orders a shortened default has closed', () => {
    const shortened = { version: 3, defaultReturnWindowDays: 7 };
    expect(ordersToComplete(daysAfter(10), [noWindow('a'), ownWindow('b', 30)], shortened, DAY).map((order) => order.orderId)).toEqual([
      'a',
    ]);
  });

  it('refuses a window or a day it cannot count: typed errors', () => {
    expect(codeOf(() => returnWindowDaysOf(ownWindow('a', -1), fortyFive))).toEqual(['INVALID_RETURN_WINDOW', 'returnWindowDays']);
    expect(codeOf(() => returnWindowDaysOf(noWindow('a'), { version: 2, defaultReturnWindowDays: 366 }))).toEqual([
      'INVALID_RETURN_WINDOW',
      'defaultReturnWindowDays',
    ]);
    expect(codeOf(() => returnWindowClosesAt(noWindow('a'), fortyFive, 0))).toEqual(['INVALID_RETURN_WINDOW', 'daySeconds']);
    expect(codeOf(() => returnWindowClosesAt(noWindow('a'), fortyFive, Number.NaN))).toEqual(['INVALID_RETURN_WINDOW', 'daySeconds']);
  });
});

describe('the policy orders keeps: the highest version it heard of', () => {
  const v2 = { version: 2, defaultReturnWindowDays: 45 };
  const v3 = { version: 3, defaultReturnWindowDays: 20 };

  it('takes a newer version', () => {
    expect(laterReturnPolicy(INITIAL_RETURN_POLICY_WINDOW, v2)).toBe(v2);
    expect(laterReturnPolicy(v2, v3)).toBe(v3);
  });

  it('keeps what it has for the same version again (a redelivery) or an older one arriving late', () => {
    expect(laterReturnPolicy(v3, { ...v3 })).toBe(v3);
    expect(laterReturnPolicy(v3, v2)).toBe(v3);
    expect(laterReturnPolicy(v2, INITIAL_RETURN_POLICY_WINDOW)).toBe(v2);
  });

  it('ends at the same policy whatever order the versions arrive in', () => {
    const versions = [INITIAL_RETURN_POLICY_WINDOW, v2, v3];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
      [2, 0, 1],
      [1, 1, 2, 2, 0],
    ];
    for (const order of orders) {
      expect(order.reduce((kept, index) => laterReturnPolicy(kept, versions[index]), INITIAL_RETURN_POLICY_WINDOW)).toBe(v3);
    }
  });

  it('refuses a version or window no policy has', () => {
    expect(codeOf(() => laterReturnPolicy(v2, { version: 0, defaultReturnWindowDays: 30 }))).toEqual(['INVALID_RETURN_WINDOW', 'version']);
    expect(codeOf(() => laterReturnPolicy(v2, { version: 4, defaultReturnWindowDays: 1.5 }))).toEqual([
      'INVALID_RETURN_WINDOW',
      'defaultReturnWindowDays',
    ]);
  });
});
