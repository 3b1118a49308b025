import { RETURN_REASONS, type ReturnFault, type ReturnReason } from './allocation.types';
import { ReturnsDomainError } from './returns-domain-error';

// The tables of the return policy an operator may change (issue 15, "The policy (defaults; the
// operator can change the tables)"). The formulas of the who-pays table are the policy itself;
// what an operator sets is which row of it each reason takes, and the return window of sellers
// that set none of their own. The restocking rate is not here: the issue stores it on the line,
// from the seller's terms.
//
// A policy is a value: the service keeps every version, and a return is quoted, filed, and
// recomputed on a decision under the version it was filed under; changing the tables changes
// only what is quoted and filed afterwards.

/** Whose fault each reason is: the row of the who-pays table its items take. */
export type FaultByReason = Readonly<Record<ReturnReason, ReturnFault>>;

export interface ReturnPolicy {
  readonly faultByReason: FaultByReason;
  /** Days after delivery a return may be filed, for sellers that set no window of their own. */
  readonly defaultReturnWindowDays: number;
}

export const RETURN_FAULTS: readonly ReturnFault[] = ['SELLER', 'BUYER', 'CARRIER'];

/** The defaults: three seller-fault reasons, two buyer's, one carrier's; 30 days. */
export const DEFAULT_RETURN_POLICY: ReturnPolicy = {
  faultByReason: {
    DEFECTIVE: 'SELLER',
    NOT_AS_DESCRIBED: 'SELLER',
    WRONG_ITEM: 'SELLER',
    CHANGED_MIND: 'BUYER',
    ORDERED_BY_MISTAKE: 'BUYER',
    DAMAGED_IN_TRANSIT: 'CARRIER',
  },
  defaultReturnWindowDays: 30,
};

/** The longest return window a policy may set, as long as a seller's own may be. */
export const MAX_RETURN_WINDOW_DAYS = 365;

export const MIN_POLICY_NOTE_LENGTH = 10;
export const MAX_POLICY_NOTE_LENGTH = 2000;

const REASONS: ReadonlySet<string> = new Set(RETURN_REASONS);
const FAULTS: ReadonlySet<string> = new Set(RETURN_FAULTS);

export const isReturnReason = (value: string): value is ReturnReason => REASONS.has(value);

/**
 * Whose fault a reason is under a policy; throws `UNKNOWN_REASON` for anything that is not a
 * reason (an own property of the table only: "constructor" is no reason).
 */
export function faultOf(reason: ReturnReason, policy: ReturnPolicy): ReturnFault {
  const fault = REASONS.has(reason) ? policy.faultByReason[reason] : undefined;
  if (!fault) throw new ReturnsDomainError('UNKNOWN_REASON', `"${String(reason)}" is not a return reason`);
  return fault;
}

function checkWindow(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_RETURN_WINDOW_DAYS) {
    throw new ReturnsDomainError(
      'INVALID_RETURN_WINDOW',
      `a return window is a whole number of days from 0 to ${MAX_RETURN_WINDOW_DAYS}, got ${days}`,
    );
  }
}

/** Checks a whole policy (as stored): every reason has a known fault, nothing else, and the window is whole days in range. */
export function assertValidReturnPolicy(policy: ReturnPolicy): void {
  const table = policy.faultByReason as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(table)) {
    if (!REASONS.has(key)) throw new ReturnsDomainError('UNKNOWN_REASON', `"${key}" is not a return reason`);
  }
  for (const reason of RETURN_REASONS) {
    const fault = Object.hasOwn(table, reason) ? table[reason] : undefined;
    if (typeof fault !== 'string' || !FAULTS.has(fault)) {
      throw new ReturnsDomainError('UNKNOWN_FAULT', `the policy gives reason ${reason} no known fault (${RETURN_FAULTS.join(', ')})`);
    }
  }
  checkWindow(policy.defaultReturnWindowDays);
}

/** An operator's change of the tables: only what it names changes. Strings, as a client sends them; checked here. */
export interface ReturnPolicyChange {
  readonly faultByReason?: readonly { readonly reason: string; readonly fault: string }[];
  readonly defaultReturnWindowDays?: number;
}

/** One entry that a change moved, for the policy's history. */
export type ReturnPolicyDifference =
  | { readonly table: 'FAULT_BY_REASON'; readonly reason: ReturnReason; readonly from: ReturnFault; readonly to: ReturnFault }
  | { readonly table: 'DEFAULT_RETURN_WINDOW_DAYS'; readonly from: number; readonly to: number };

/** What moved from one policy to the next, reasons in the policy's order, the window last. */
export function differencesOf(before: ReturnPolicy, after: ReturnPolicy): ReturnPolicyDifference[] {
  const differences: ReturnPolicyDifference[] = [];
  for (const reason of RETURN_REASONS) {
    const from = before.faultByReason[reason];
    const to = after.faultByReason[reason];
    if (from !== to) differences.push({ table: 'FAULT_BY_REASON', reason, from, to });
  }
  if (before.defaultReturnWindowDays !== after.defaultReturnWindowDays) {
    differences.push({ table: 'DEFAULT_RETURN_WINDOW_DAYS', from: before.defaultReturnWindowDays, to: after.defaultReturnWindowDays });
  }
  return differences;
}

export type ReturnPolicyChangeResult = { readonly policy: ReturnPolicy; readonly differences: readonly ReturnPolicyDifference[] };

/**
 * Applies an operator's change to the current policy, or refuses it whole with a
 * `ReturnsDomainError`: an unknown reason (UNKNOWN_REASON) or fault (UNKNOWN_FAULT), a reason
 * named twice (DUPLICATE_REASON), a window that is not 0 to 365 whole days
 * (INVALID_RETURN_WINDOW), a why shorter than 10 or longer than 2,000 characters
 * (NOTE_REQUIRED), a change that changes nothing (POLICY_UNCHANGED). Pure: `current` is not
 * touched; the answer is the next version's tables and what moved.
 */
export function changeReturnPolicy(current: ReturnPolicy, change: ReturnPolicyChange, note: string): ReturnPolicyChangeResult {
  const why = note.trim();
  if (why.length < MIN_POLICY_NOTE_LENGTH || why.length > MAX_POLICY_NOTE_LENGTH) {
    throw new ReturnsDomainError(
      'NOTE_REQUIRED',
      `a change of the return policy needs a written why of ${MIN_POLICY_NOTE_LENGTH} to ${MAX_POLICY_NOTE_LENGTH} characters`,
    );
  }
  const faultByReason: Record<ReturnReason, ReturnFault> = { ...current.faultByReason };
  const named = new Set<string>();
  for (const entry of change.faultByReason ?? []) {
    if (!isReturnReason(entry.reason)) {
      throw new ReturnsDomainError('UNKNOWN_REASON', `"${entry.reason}" is not a return reason (${RETURN_REASONS.join(', ')})`);
    }
    if (!FAULTS.has(entry.fault)) {
      throw new ReturnsDomainError('UNKNOWN_FAULT', `"${entry.fault}" is not a fault (${RETURN_FAULTS.join(', ')})`);
    }
    if (named.has(entry.reason)) throw new ReturnsDomainError('DUPLICATE_REASON', `reason ${entry.reason} is named twice`);
    named.add(entry.reason);
    faultByReason[entry.reason] = entry.fault as ReturnFault;
  }
  const defaultReturnWindowDays = change.defaultReturnWindowDays ?? current.defaultReturnWindowDays;
  checkWindow(defaultReturnWindowDays);
  const policy: ReturnPolicy = { faultByReason, defaultReturnWindowDays };
  const differences = differencesOf(current, policy);
  if (differences.length === 0) {
    throw new ReturnsDomainError('POLICY_UNCHANGED', 'the change sets every table to what it is already: nothing to record');
  }
  return { policy, differences };
}

/** The window of a seller order: its seller's own when it set one (null: none), the policy's default otherwise. */
export const returnWindowDaysOf = (sellerWindowDays: number | null, policy: ReturnPolicy): number =>
  sellerWindowDays ?? policy.defaultReturnWindowDays;
