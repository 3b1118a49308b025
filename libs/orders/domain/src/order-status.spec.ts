import { OrdersDomainError } from './errors';
import {
  availableOrderActions,
  DEFAULT_STATUS_TIME_LIMITS,
  initialOrderStatus,
  ORDER_ACTIONS,
  ORDER_ACTORS,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  overdueStatuses,
  transitionOrder,
  type OrderAction,
  type OrderActor,
  type OrderCommand,
  type OrderStatus,
} from './order-status';

function errorOf(action: () => unknown): OrdersDomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return error;
    throw error;
  }
  throw new Error('expected an OrdersDomainError, nothing was thrown');
}

/** A command with guards that pass: a buyer on net terms without overdue invoices. */
function command(action: OrderAction): OrderCommand {
  if (action === 'APPROVE') return { action, buyerPaysInAdvance: false };
  if (action === 'SHIP') return { action, buyerPaysInAdvance: false, paymentReceived: false, buyerHasOverdueInvoice: false };
  return { action };
}

// Every allowed step, written out from the issue rather than read from the table.
const allowed: [OrderStatus, OrderAction, OrderActor, OrderStatus][] = [
  ['PENDING_APPROVAL', 'APPROVE', 'APPROVER', 'PLACED'],
  ['PENDING_APPROVAL', 'REJECT', 'APPROVER', 'CANCELLED'],
  ['PENDING_APPROVAL', 'CANCEL', 'BUYER', 'CANCELLED'],
  ['PENDING_APPROVAL', 'CANCEL', 'OPERATOR', 'CANCELLED'],
  ['PENDING_APPROVAL', 'CANCEL', 'SYSTEM', 'CANCELLED'],
  ['AWAITING_PAYMENT', 'PAYMENT_RECEIVED', 'SYSTEM', 'PLACED'],
  ['AWAITING_PAYMENT', 'CANCEL', 'BUYER', 'CANCELLED'],
  ['AWAITING_PAYMENT', 'CANCEL', 'OPERATOR', 'CANCELLED'],
  ['AWAITING_PAYMENT', 'CANCEL', 'SYSTEM', 'CANCELLED'],
  ['PLACED', 'CONFIRM', 'SELLER', 'CONFIRMED'],
  ['PLACED', 'REFUSE', 'SELLER', 'CANCELLED'],
  ['PLACED', 'CANCEL', 'BUYER', 'CANCELLED'],
  ['PLACED', 'CANCEL', 'OPERATOR', 'CANCELLED'],
  ['PLACED', 'CANCEL', 'SYSTEM', 'CANCELLED'],
  ['CONFIRMED', 'SHIP', 'SELLER', 'SHIPPED'],
  ['SHIPPED', 'DELIVER', 'BUYER', 'DELIVERED'],
  ['SHIPPED', 'DELIVER', 'SYSTEM', 'DELIVERED'],
  ['DELIVERED', 'COMPLETE', 'SYSTEM', 'COMPLETED'],
];

describe('seller order status machine', () => {
  it.each(allowed)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(transitionOrder(from, command(action), actor)).toEqual({ from, to });
  });

  it('sends an approved purchase of a buyer who pays in advance to AWAITING_PAYMENT', () => {
    expect(transitionOrder('PENDING_APPROVAL', { action: 'APPROVE', buyerPaysInAdvance: true }, 'APPROVER')).toEqual({
      from: 'PENDING_APPROVAL',
      to: 'AWAITING_PAYMENT',
    });
  });

  const allowedPairs = new Set(allowed.map(([from, action]) => `${from}:${action}`));
  const wrongState = ORDER_STATUSES.flatMap((from) =>
    ORDER_ACTIONS.filter((action) => !allowedPairs.has(`${from}:${action}`)).map((action) => [from, action] as const),
  );

  it('has the table the issue describes: eleven status-action pairs, 61 refused', () => {
    const tablePairs = ORDER_STATUSES.flatMap((from) => Object.keys(ORDER_TRANSITIONS[from]).map((action) => `${from}:${action}`));
    expect(new Set(tablePairs)).toEqual(allowedPairs);
    expect(allowedPairs.size).toBe(11);
    expect(wrongState).toHaveLength(61);
  });

  it.each(wrongState)('refuses %s --%s--> from the wrong state, whoever asks', (from, action) => {
    for (const actor of ORDER_ACTORS) {
      expect(errorOf(() => transitionOrder(from, command(action), actor)).code).toBe('TRANSITION_NOT_ALLOWED');
    }
  });

  const allowedTriples = new Set(allowed.map(([from, action, actor]) => `${from}:${action}:${actor}`));
  const wrongSide = [...allowedPairs].flatMap((pair) => {
    const [from, action] = pair.split(':') as [OrderStatus, OrderAction];
    return ORDER_ACTORS.filter((actor) => !allowedTriples.has(`${pair}:${actor}`)).map((actor) => [from, action, actor] as const);
  });

  it.each(wrongSide)('refuses %s --%s by %s--> as the wrong side', (from, action, actor) => {
    expect(errorOf(() => transitionOrder(from, command(action), actor)).code).toBe('FORBIDDEN');
  });

  it('lets no seller cancel, and no buyer approve their way past approval', () => {
    expect(errorOf(() => transitionOrder('PLACED', { action: 'CANCEL' }, 'SELLER')).code).toBe('FORBIDDEN');
    expect(errorOf(() => transitionOrder('PENDING_APPROVAL', { action: 'APPROVE', buyerPaysInAdvance: false }, 'BUYER')).code).toBe(
      'FORBIDDEN',
    );
  });

  it('treats COMPLETED and CANCELLED as final', () => {
    expect(errorOf(() => transitionOrder('COMPLETED', { action: 'CANCEL' }, 'OPERATOR')).message).toContain('none (final)');
    expect(availableOrderActions('CANCELLED', 'OPERATOR')).toEqual([]);
  });

  describe('shipping guards', () => {
    const ship = (guards: Partial<Extract<OrderCommand, { action: 'SHIP' }>>) =>
      transitionOrder(
        'CONFIRMED',
        { action: 'SHIP', buyerPaysInAdvance: false, paymentReceived: false, buyerHasOverdueInvoice: false, ...guards },
        'SELLER',
      );

    it('does not ship the trade order of a buyer who pays in advance before the payment is received', () => {
      expect(errorOf(() => ship({ buyerPaysInAdvance: true, paymentReceived: false })).code).toBe('PAYMENT_NOT_RECEIVED');
    });

    it('ships it once paid', () => {
      expect(ship({ buyerPaysInAdvance: true, paymentReceived: true })).toEqual({ from: 'CONFIRMED', to: 'SHIPPED' });
    });

    it('does not ship to a buyer with an overdue invoice', () => {
      expect(errorOf(() => ship({ buyerHasOverdueInvoice: true })).code).toBe('CREDIT_HOLD');
    });

    it('checks the state and the side before the guards', () => {
      expect(
        errorOf(() =>
          transitionOrder(
            'PLACED',
            { action: 'SHIP', buyerPaysInAdvance: true, paymentReceived: false, buyerHasOverdueInvoice: true },
            'SELLER',
          ),
        ).code,
      ).toBe('TRANSITION_NOT_ALLOWED');
      expect(
        errorOf(() =>
          transitionOrder(
            'CONFIRMED',
            { action: 'SHIP', buyerPaysInAdvance: true, paymentReceived: false, buyerHasOverdueInvoice: true },
            'BUYER',
          ),
        ).code,
      ).toBe('FORBIDDEN');
    });
  });

  it('lists the actions open to each side', () => {
    expect(availableOrderActions('PLACED', 'SELLER')).toEqual(['CONFIRM', 'REFUSE']);
    expect(availableOrderActions('PLACED', 'BUYER')).toEqual(['CANCEL']);
    expect(availableOrderActions('PENDING_APPROVAL', 'APPROVER')).toEqual(['APPROVE', 'REJECT']);
    expect(availableOrderActions('SHIPPED', 'SYSTEM')).toEqual(['DELIVER']);
  });

  it.each([
    [{ tradeOrder: true, needsApproval: false, buyerPaysInAdvance: true }, 'CONFIRMED'],
    [{ tradeOrder: false, needsApproval: true, buyerPaysInAdvance: true }, 'PENDING_APPROVAL'],
    [{ tradeOrder: false, needsApproval: false, buyerPaysInAdvance: true }, 'AWAITING_PAYMENT'],
    [{ tradeOrder: false, needsApproval: false, buyerPaysInAdvance: false }, 'PLACED'],
  ])('starts an order %j in %s', (order, status) => {
    expect(initialOrderStatus(order)).toBe(status);
  });
});

describe('status time limits', () => {
  const HOUR = 3_600_000;
  const now = new Date('2025-03-10T12:00:00Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);

  it('has the default escalation limits per status, none for the final ones', () => {
    expect(DEFAULT_STATUS_TIME_LIMITS).toEqual({
      PENDING_APPROVAL: 48 * HOUR,
      AWAITING_PAYMENT: 72 * HOUR,
      PLACED: 24 * HOUR,
      CONFIRMED: 72 * HOUR,
      SHIPPED: 14 * 24 * HOUR,
    });
  });

  it('reports an order that stayed longer than its limit, not one exactly at it', () => {
    const result = overdueStatuses(now, [
      { orderId: 'at-limit', status: 'PLACED', statusSince: hoursAgo(24), escalated: false },
      { orderId: 'over', status: 'PLACED', statusSince: new Date(hoursAgo(24).getTime() - 1), escalated: false },
      { orderId: 'within', status: 'PENDING_APPROVAL', statusSince: hoursAgo(47), escalated: false },
    ]);
    expect(result).toEqual([
      { orderId: 'over', status: 'PLACED', statusSince: new Date(hoursAgo(24).getTime() - 1), limitMillis: 24 * HOUR, overdueByMillis: 1 },
    ]);
  });

  it('escalates a stay in a status once', () => {
    expect(overdueStatuses(now, [{ orderId: 'o', status: 'CONFIRMED', statusSince: hoursAgo(100), escalated: true }])).toEqual([]);
  });

  it('never escalates a status without a limit', () => {
    expect(
      overdueStatuses(now, [
        { orderId: 'done', status: 'COMPLETED', statusSince: hoursAgo(10_000), escalated: false },
        { orderId: 'delivered', status: 'DELIVERED', statusSince: hoursAgo(10_000), escalated: false },
      ]),
    ).toEqual([]);
  });

  it('uses the operator’s limits when given', () => {
    const result = overdueStatuses(now, [{ orderId: 'o', status: 'DELIVERED', statusSince: hoursAgo(2), escalated: false }], {
      DELIVERED: HOUR,
    });
    expect(result.map((order) => [order.orderId, order.overdueByMillis])).toEqual([['o', HOUR]]);
  });

  it('refuses a limit that is not whole milliseconds, 0 or more', () => {
    expect(errorOf(() => overdueStatuses(now, [], { PLACED: -1 })).code).toBe('INVALID_TIME_LIMIT');
    expect(errorOf(() => overdueStatuses(now, [], { PLACED: 1.5 })).code).toBe('INVALID_TIME_LIMIT');
  });
});
