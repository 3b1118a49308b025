import type { ReturnReason } from './allocation.types';
import { DEFAULT_RETURN_POLICY, isReturnReason, type FaultByReason } from './return-policy';
import type { ReturnsDomainErrorCode } from './returns-domain-error';

/** Where one seller's return stands. REFUNDED is final. */
export type ReturnStatus = 'REQUESTED' | 'ACCEPTED' | 'DISPUTED' | 'RECEIVED' | 'REFUNDED';

export const RETURN_STATUSES: readonly ReturnStatus[] = ['REQUESTED', 'ACCEPTED', 'DISPUTED', 'RECEIVED', 'REFUNDED'];

/** A step of a seller return's lifecycle. */
export type ReturnAction =
  /** The seller accepts the return. */
  | 'ACCEPT'
  /** An operator accepts the return's carrier-fault items (it may change their reasons); the seller can then accept. */
  | 'ACCEPT_CARRIER_CLAIM'
  /** The seller contests a seller-fault reason. */
  | 'DISPUTE'
  /** An operator decides the dispute, possibly changing reasons; the return is accepted with the figures recomputed. */
  | 'DECIDE_DISPUTE'
  /** The seller confirms the parcel arrived. */
  | 'CONFIRM_RECEIPT'
  /** Settlements posted the money. */
  | 'CONFIRM_REFUND';

export const RETURN_ACTIONS: readonly ReturnAction[] = [
  'ACCEPT',
  'ACCEPT_CARRIER_CLAIM',
  'DISPUTE',
  'DECIDE_DISPUTE',
  'CONFIRM_RECEIPT',
  'CONFIRM_REFUND',
];

/** Who acts: the buyer files (no step here), the seller and operators decide, settlements confirms the money. */
export type ReturnActorSide = 'BUYER' | 'SELLER' | 'OPERATOR' | 'SETTLEMENTS';

/** The side that takes each step; any other side is FORBIDDEN. */
export const RETURN_ACTION_SIDE: Readonly<Record<ReturnAction, ReturnActorSide>> = {
  ACCEPT: 'SELLER',
  ACCEPT_CARRIER_CLAIM: 'OPERATOR',
  DISPUTE: 'SELLER',
  DECIDE_DISPUTE: 'OPERATOR',
  CONFIRM_RECEIPT: 'SELLER',
  CONFIRM_REFUND: 'SETTLEMENTS',
};

/**
 * The seller return state machine: from a status, which step leads where. ACCEPT_CARRIER_CLAIM
 * keeps the return REQUESTED (it records the operator's acceptance, which ACCEPT then needs).
 */
export const RETURN_TRANSITIONS: Readonly<Record<ReturnStatus, Partial<Record<ReturnAction, ReturnStatus>>>> = {
  REQUESTED: { ACCEPT: 'ACCEPTED', ACCEPT_CARRIER_CLAIM: 'REQUESTED', DISPUTE: 'DISPUTED' },
  DISPUTED: { DECIDE_DISPUTE: 'ACCEPTED' },
  ACCEPTED: { CONFIRM_RECEIPT: 'RECEIVED' },
  RECEIVED: { CONFIRM_REFUND: 'REFUNDED' },
  REFUNDED: {},
};

/** Steps an operator takes may change reasons; only they. */
const REASON_CHANGING_ACTIONS: ReadonlySet<ReturnAction> = new Set(['ACCEPT_CARRIER_CLAIM', 'DECIDE_DISPUTE']);
/** Steps that need a written note (why), kept in the return's history. */
const NOTE_REQUIRED_ACTIONS: ReadonlySet<ReturnAction> = new Set(['DISPUTE', 'DECIDE_DISPUTE']);

export const MIN_NOTE_LENGTH = 10;
export const MAX_NOTE_LENGTH = 2000;

/** One seller's return as the lifecycle needs to see it. */
export interface SellerReturnState {
  readonly status: ReturnStatus;
  readonly sellerCompanyId: string;
  readonly items: readonly { readonly lineId: string; readonly reason: ReturnReason }[];
  /** Whether an operator has accepted the return's carrier-fault items. */
  readonly carrierClaimAccepted: boolean;
  /** Whose fault each reason is under the policy the return was filed under. */
  readonly faultByReason: FaultByReason;
}

export interface ReturnActor {
  readonly side: ReturnActorSide;
  /** The acting company (the seller's, for a seller); null for operators and settlements. */
  readonly companyId: string | null;
}

export interface ReturnStep {
  readonly action: ReturnAction;
  readonly actor: ReturnActor;
  /** Why, in words; required to dispute and to decide a dispute. */
  readonly note?: string;
  /** An operator's new reasons for some items (ACCEPT_CARRIER_CLAIM and DECIDE_DISPUTE only). */
  readonly reasonChanges?: readonly { readonly lineId: string; readonly reason: ReturnReason }[];
}

export type ReturnStepRefusalCode = Extract<
  ReturnsDomainErrorCode,
  | 'FORBIDDEN'
  | 'TRANSITION_NOT_ALLOWED'
  | 'OPERATOR_ACCEPTANCE_REQUIRED'
  | 'NOTHING_TO_DISPUTE'
  | 'NOTE_REQUIRED'
  | 'UNKNOWN_REASON'
  | 'UNKNOWN_LINE'
  | 'DUPLICATE_LINE'
>;

export type ReturnStepDecision =
  | {
      readonly ok: true;
      readonly from: ReturnStatus;
      readonly to: ReturnStatus;
      /** The items with their reasons after the step. */
      readonly items: readonly { readonly lineId: string; readonly reason: ReturnReason }[];
      readonly carrierClaimAccepted: boolean;
      /** A reason changed: quote the return again (on the history before it) and show both sides the new figures. */
      readonly reasonsChanged: boolean;
      readonly note: string | null;
    }
  | { readonly ok: false; readonly code: ReturnStepRefusalCode; readonly message: string };

function refuse(code: ReturnStepRefusalCode, message: string): ReturnStepDecision {
  return { ok: false, code, message };
}

const hasFault = (items: SellerReturnState['items'], faultByReason: FaultByReason, fault: 'SELLER' | 'CARRIER') =>
  items.some((entry) => faultByReason[entry.reason] === fault);

/**
 * Decides a step of a seller return: the actor's side and company first (FORBIDDEN), then the
 * transition table (TRANSITION_NOT_ALLOWED), then the step's own rules. Changes nothing.
 */
export function decideReturnStep(state: SellerReturnState, step: ReturnStep): ReturnStepDecision {
  const { action, actor } = step;
  const side = RETURN_ACTION_SIDE[action];
  if (actor.side !== side)
    return refuse('FORBIDDEN', `only the ${side.toLowerCase()} side may ${action.toLowerCase().replace(/_/g, ' ')} a return`);
  if (side === 'SELLER' && actor.companyId !== state.sellerCompanyId) return refuse('FORBIDDEN', 'a seller acts only on its own returns');
  if (step.reasonChanges?.length && !REASON_CHANGING_ACTIONS.has(action)) {
    return refuse('FORBIDDEN', 'only an operator accepting a carrier claim or deciding a dispute changes a reason');
  }

  const to = RETURN_TRANSITIONS[state.status][action];
  if (!to) {
    const allowed = Object.keys(RETURN_TRANSITIONS[state.status]);
    return refuse(
      'TRANSITION_NOT_ALLOWED',
      `a return that is ${state.status} cannot take ${action}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final)'}`,
    );
  }

  const note = step.note?.trim() ?? '';
  if (NOTE_REQUIRED_ACTIONS.has(action) && (note.length < MIN_NOTE_LENGTH || note.length > MAX_NOTE_LENGTH)) {
    return refuse('NOTE_REQUIRED', `a written note of ${MIN_NOTE_LENGTH} to ${MAX_NOTE_LENGTH} characters is required for ${action}`);
  }

  // The operator's reason changes, checked against the return's items.
  let items = state.items;
  let reasonsChanged = false;
  if (step.reasonChanges?.length) {
    const changed = new Map<string, ReturnReason>();
    for (const change of step.reasonChanges) {
      if (!state.items.some((entry) => entry.lineId === change.lineId))
        return refuse('UNKNOWN_LINE', `line ${change.lineId} is not in this return`);
      if (changed.has(change.lineId)) return refuse('DUPLICATE_LINE', `line ${change.lineId} is changed twice`);
      if (!isReturnReason(change.reason)) return refuse('UNKNOWN_REASON', `"${String(change.reason)}" is not a return reason`);
      changed.set(change.lineId, change.reason);
    }
    items = state.items.map((entry) => {
      const reason = changed.get(entry.lineId) ?? entry.reason;
      if (reason !== entry.reason) reasonsChanged = true;
      return reason === entry.reason ? entry : { lineId: entry.lineId, reason };
    });
  }

  let carrierClaimAccepted = state.carrierClaimAccepted;
  switch (action) {
    case 'ACCEPT':
      if (hasFault(items, state.faultByReason, 'CARRIER') && !carrierClaimAccepted) {
        return refuse('OPERATOR_ACCEPTANCE_REQUIRED', 'an item damaged in transit needs an operator to accept the claim first');
      }
      break;
    case 'ACCEPT_CARRIER_CLAIM':
      if (carrierClaimAccepted) return refuse('TRANSITION_NOT_ALLOWED', 'the carrier claim is already accepted');
      if (!hasFault(state.items, state.faultByReason, 'CARRIER'))
        return refuse('TRANSITION_NOT_ALLOWED', 'the return has no item damaged in transit');
      carrierClaimAccepted = true;
      break;
    case 'DISPUTE':
      if (!hasFault(items, state.faultByReason, 'SELLER'))
        return refuse('NOTHING_TO_DISPUTE', 'a seller disputes only a seller-fault reason, and this return has none');
      break;
    case 'DECIDE_DISPUTE':
      // The operator's decision is also its acceptance of any carrier-fault item.
      if (hasFault(items, state.faultByReason, 'CARRIER')) carrierClaimAccepted = true;
      break;
    case 'CONFIRM_RECEIPT':
    case 'CONFIRM_REFUND':
      break;
  }
  return { ok: true, from: state.status, to, items, carrierClaimAccepted, reasonsChanged, note: note || null };
}

/** The default window; an operator may change the policy's (`ReturnPolicy.defaultReturnWindowDays`). */
export const DEFAULT_RETURN_WINDOW_DAYS = DEFAULT_RETURN_POLICY.defaultReturnWindowDays;
const DAY_MS = 86_400_000;

export type ReturnWindowVerdict =
  | { readonly open: true; readonly closesAt: Date }
  | { readonly open: false; readonly code: 'RETURN_WINDOW_CLOSED'; readonly closesAt: Date; readonly message: string };

/**
 * Whether a return may still be filed: up to `windowDays` whole days after delivery, the
 * closing instant included. The window is set per seller; 30 days by default.
 */
export function returnWindowOpen(deliveredAt: Date, now: Date, windowDays: number = DEFAULT_RETURN_WINDOW_DAYS): ReturnWindowVerdict {
  if (!Number.isSafeInteger(windowDays) || windowDays < 0)
    throw new RangeError(`a return window is a whole number of days, got ${windowDays}`);
  if (Number.isNaN(deliveredAt.getTime()) || Number.isNaN(now.getTime()))
    throw new RangeError('the delivery time and now must be valid dates');
  const closesAt = new Date(deliveredAt.getTime() + windowDays * DAY_MS);
  if (now.getTime() <= closesAt.getTime()) return { open: true, closesAt };
  return {
    open: false,
    code: 'RETURN_WINDOW_CLOSED',
    closesAt,
    message: `the return window of ${windowDays} days after delivery closed at ${closesAt.toISOString()}`,
  };
}
