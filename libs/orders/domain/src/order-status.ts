import { OrdersDomainError } from './errors';

/**
 * The seller order's lifecycle:
 *
 *   PENDING_APPROVAL -> (AWAITING_PAYMENT) -> PLACED -> CONFIRMED -> SHIPPED -> DELIVERED -> COMPLETED
 *   CANCELLED from PENDING_APPROVAL, AWAITING_PAYMENT and PLACED.
 *
 * A trade order starts CONFIRMED (both sides agreed in the book). COMPLETED and CANCELLED
 * are final.
 */
export const ORDER_STATUSES = [
  'PENDING_APPROVAL',
  'AWAITING_PAYMENT',
  'PLACED',
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = [
  'APPROVE',
  'REJECT',
  'PAYMENT_RECEIVED',
  'CONFIRM',
  'REFUSE',
  'SHIP',
  'DELIVER',
  'COMPLETE',
  'CANCEL',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * Who acts on an order: BUYER, a user of the buying company; APPROVER, a user of the buying
 * company deciding an approval (whether that user may, see `assertMayApprove`); SELLER, a user
 * of the selling company; OPERATOR, the marketplace's staff (suspension); SYSTEM, a timer or
 * another context's event (payment recorded, delivery after N days, expiry, the return window).
 */
export const ORDER_ACTORS = ['BUYER', 'APPROVER', 'SELLER', 'OPERATOR', 'SYSTEM'] as const;
export type OrderActor = (typeof ORDER_ACTORS)[number];

export interface OrderTransitionRule {
  readonly to: OrderStatus;
  /** APPROVE only: where the order goes instead when the buyer pays in advance. */
  readonly toWhenBuyerPaysInAdvance?: OrderStatus;
  readonly by: readonly OrderActor[];
}

const BUYER_OPERATOR_OR_SYSTEM: readonly OrderActor[] = ['BUYER', 'OPERATOR', 'SYSTEM'];

/** The transition table: from a status, which action leads where, and who may take it. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, Readonly<Partial<Record<OrderAction, OrderTransitionRule>>>>> = {
  PENDING_APPROVAL: {
    APPROVE: { to: 'PLACED', toWhenBuyerPaysInAdvance: 'AWAITING_PAYMENT', by: ['APPROVER'] },
    REJECT: { to: 'CANCELLED', by: ['APPROVER'] },
    CANCEL: { to: 'CANCELLED', by: BUYER_OPERATOR_OR_SYSTEM },
  },
  AWAITING_PAYMENT: {
    PAYMENT_RECEIVED: { to: 'PLACED', by: ['SYSTEM'] },
    CANCEL: { to: 'CANCELLED', by: BUYER_OPERATOR_OR_SYSTEM },
  },
  PLACED: {
    CONFIRM: { to: 'CONFIRMED', by: ['SELLER'] },
    // The seller refuses every line; refusing some of them is CONFIRM with the kept quantities.
    REFUSE: { to: 'CANCELLED', by: ['SELLER'] },
    CANCEL: { to: 'CANCELLED', by: BUYER_OPERATOR_OR_SYSTEM },
  },
  CONFIRMED: { SHIP: { to: 'SHIPPED', by: ['SELLER'] } },
  SHIPPED: { DELIVER: { to: 'DELIVERED', by: ['BUYER', 'SYSTEM'] } },
  DELIVERED: { COMPLETE: { to: 'COMPLETED', by: ['SYSTEM'] } },
  COMPLETED: {},
  CANCELLED: {},
};

/** An action with what its guard needs to know. */
export type OrderCommand =
  | { readonly action: 'APPROVE'; readonly buyerPaysInAdvance: boolean }
  | {
      readonly action: 'SHIP';
      /** The buyer pays in advance (no net terms for this order)... */
      readonly buyerPaysInAdvance: boolean;
      /** ...and settlements has recorded the payment. Matters for a trade order, CONFIRMED before it is paid. */
      readonly paymentReceived: boolean;
      /** The buyer has an overdue invoice: nothing of theirs ships (CREDIT_HOLD). */
      readonly buyerHasOverdueInvoice: boolean;
    }
  | { readonly action: Exclude<OrderAction, 'APPROVE' | 'SHIP'> };

export interface OrderStatusChange {
  readonly from: OrderStatus;
  readonly to: OrderStatus;
}

/**
 * Decides a status change: the action must be in the table for the status
 * (`TRANSITION_NOT_ALLOWED`), the actor among those who may take it (`FORBIDDEN`), and a
 * shipment must be paid for if the buyer pays in advance (`PAYMENT_NOT_RECEIVED`) and the
 * buyer must have no overdue invoice (`CREDIT_HOLD`). Checked in that order.
 */
export function transitionOrder(status: OrderStatus, command: OrderCommand, actor: OrderActor): OrderStatusChange {
  const rule = ORDER_TRANSITIONS[status][command.action];
  if (!rule) {
    const allowed = Object.keys(ORDER_TRANSITIONS[status]);
    throw new OrdersDomainError(
      'TRANSITION_NOT_ALLOWED',
      `an order that is ${status} cannot take ${command.action}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final)'}`,
      'status',
    );
  }
  if (!rule.by.includes(actor)) {
    throw new OrdersDomainError(
      'FORBIDDEN',
      `${command.action} of an order that is ${status} is for ${rule.by.join(' or ')}, not ${actor}`,
      'actor',
    );
  }
  if (command.action === 'SHIP') {
    if (command.buyerPaysInAdvance && !command.paymentReceived) {
      throw new OrdersDomainError('PAYMENT_NOT_RECEIVED', 'the buyer pays in advance and the payment has not been received yet', 'status');
    }
    if (command.buyerHasOverdueInvoice) {
      throw new OrdersDomainError('CREDIT_HOLD', 'the buyer has an overdue invoice; nothing of theirs ships until it is paid', 'status');
    }
  }
  const to =
    command.action === 'APPROVE' && command.buyerPaysInAdvance && rule.toWhenBuyerPaysInAdvance ? rule.toWhenBuyerPaysInAdvance : rule.to;
  return { from: status, to };
}

/** The actions an actor may take on an order in a status (guards aside), for showing buttons. */
export function availableOrderActions(status: OrderStatus, actor: OrderActor): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => ORDER_TRANSITIONS[status][action]?.by.includes(actor) ?? false);
}

/**
 * Where a new order starts: a trade order CONFIRMED (the seller cannot refuse it); a purchase
 * that needs approval PENDING_APPROVAL; one of a buyer who pays in advance AWAITING_PAYMENT;
 * otherwise PLACED.
 */
export function initialOrderStatus(order: {
  readonly tradeOrder: boolean;
  readonly needsApproval: boolean;
  readonly buyerPaysInAdvance: boolean;
}): OrderStatus {
  if (order.tradeOrder) return 'CONFIRMED';
  if (order.needsApproval) return 'PENDING_APPROVAL';
  return order.buyerPaysInAdvance ? 'AWAITING_PAYMENT' : 'PLACED';
}

/**
 * How long an order may stay in a status before the company's account manager is told
 * (escalation, once per stay), in milliseconds. A status without a limit never escalates.
 * These are escalation limits only: reservation expiry, automatic delivery N days after
 * shipping and completion after the return window are set by the service.
 */
export type StatusTimeLimits = Readonly<Partial<Record<OrderStatus, number>>>;

const HOUR = 3_600_000;

export const DEFAULT_STATUS_TIME_LIMITS: StatusTimeLimits = {
  PENDING_APPROVAL: 48 * HOUR,
  AWAITING_PAYMENT: 72 * HOUR,
  PLACED: 24 * HOUR,
  CONFIRMED: 72 * HOUR,
  SHIPPED: 14 * 24 * HOUR,
};

export interface OrderStatusClock {
  readonly orderId: string;
  readonly status: OrderStatus;
  /** When the order entered its current status. */
  readonly statusSince: Date;
  /** Whether this stay in the status has been escalated already (reset by every status change). */
  readonly escalated: boolean;
}

export interface OverdueStatus {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly statusSince: Date;
  readonly limitMillis: number;
  readonly overdueByMillis: number;
}

/**
 * The orders that have stayed in their status longer than (>) its limit and have not been
 * escalated for it yet, in the order given.
 */
export function overdueStatuses(
  now: Date,
  orders: readonly OrderStatusClock[],
  limits: StatusTimeLimits = DEFAULT_STATUS_TIME_LIMITS,
): OverdueStatus[] {
  for (const [status, limit] of Object.entries(limits)) {
    if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) {
      throw new OrdersDomainError(
        'INVALID_TIME_LIMIT',
        `the time limit of ${status} must be whole milliseconds, 0 or more, got ${limit}`,
        status,
      );
    }
  }
  const overdue: OverdueStatus[] = [];
  for (const order of orders) {
    const limitMillis = Object.hasOwn(limits, order.status) ? limits[order.status] : undefined;
    if (order.escalated || limitMillis === undefined) continue;
    const overdueByMillis = now.getTime() - order.statusSince.getTime() - limitMillis;
    if (overdueByMillis > 0)
      overdue.push({ orderId: order.orderId, status: order.status, statusSince: order.statusSince, limitMillis, overdueByMillis });
  }
  return overdue;
}
