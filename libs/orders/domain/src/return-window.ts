import { OrdersDomainError } from './errors';

/**
 * The part of the return policy orders follows: its version and its default window. Returns owns
 * the policy and tells every new version (`returns.policy.changed`); orders keeps the highest.
 */
export interface ReturnPolicyWindow {
  readonly version: number;
  /** Days after delivery a return may be filed from a seller that set no window of its own. */
  readonly defaultReturnWindowDays: number;
}

/** Version 1 of the policy, seeded by returns: what orders follows until an event tells otherwise. */
export const INITIAL_RETURN_POLICY_WINDOW: ReturnPolicyWindow = { version: 1, defaultReturnWindowDays: 30 };

/** An order's return window as orders stores it. */
export interface OrderReturnWindow {
  /** The seller's own window in days; meaningless when the seller set none. */
  readonly returnWindowDays: number;
  /** false: the seller set no window of its own, and the policy's default applies. */
  readonly returnWindowSetBySeller: boolean;
}

/** A delivered order waiting for its return window to close. */
export interface DeliveredOrder extends OrderReturnWindow {
  readonly orderId: string;
  readonly deliveredAt: Date;
}

const MAX_WINDOW_DAYS = 365;

function assertWindowDays(days: number, field: string): void {
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_WINDOW_DAYS) {
    throw new OrdersDomainError('INVALID_RETURN_WINDOW', `a return window is 0 to ${MAX_WINDOW_DAYS} whole days, got ${days}`, field);
  }
}

/**
 * The policy orders keeps after hearing of `incoming`: the higher version of the two, so a
 * redelivered or late older version changes nothing.
 */
export function laterReturnPolicy(current: ReturnPolicyWindow, incoming: ReturnPolicyWindow): ReturnPolicyWindow {
  if (!Number.isSafeInteger(incoming.version) || incoming.version < 1) {
    throw new OrdersDomainError('INVALID_RETURN_WINDOW', `a return policy version is 1 or more, got ${incoming.version}`, 'version');
  }
  assertWindowDays(incoming.defaultReturnWindowDays, 'defaultReturnWindowDays');
  return incoming.version > current.version ? incoming : current;
}

/** The days an order stays returnable after delivery: its seller's own window, or else the policy's default. */
export function returnWindowDaysOf(order: OrderReturnWindow, policy: ReturnPolicyWindow): number {
  const days = order.returnWindowSetBySeller ? order.returnWindowDays : policy.defaultReturnWindowDays;
  assertWindowDays(days, order.returnWindowSetBySeller ? 'returnWindowDays' : 'defaultReturnWindowDays');
  return days;
}

/**
 * The last instant a return of the order may be filed (returns counts it in): delivery plus its
 * window, a day lasting `daySeconds` (86,400; tests shorten it).
 */
export function returnWindowClosesAt(
  order: OrderReturnWindow & { readonly deliveredAt: Date },
  policy: ReturnPolicyWindow,
  daySeconds: number,
): Date {
  if (!(daySeconds > 0) || !Number.isFinite(daySeconds)) {
    throw new OrdersDomainError('INVALID_RETURN_WINDOW', `a day lasts more than 0 seconds, got ${daySeconds}`, 'daySeconds');
  }
  return new Date(order.deliveredAt.getTime() + returnWindowDaysOf(order, policy) * daySeconds * 1000);
}

/**
 * The delivered orders to complete at `now`: those whose return window closed before it (strictly:
 * at the closing instant a return is still accepted), in the order given.
 */
export function ordersToComplete(
  now: Date,
  orders: readonly DeliveredOrder[],
  policy: ReturnPolicyWindow,
  daySeconds: number,
): DeliveredOrder[] {
  return orders.filter((order) => returnWindowClosesAt(order, policy, daySeconds).getTime() < now.getTime());
}
