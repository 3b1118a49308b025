import { parseWholeNumber } from '../../format/quantity';
import type { ReturnFault, ReturnPolicyChangeInput, ReturnReason } from './gql/graphql';

/** The longest default return window the API takes, in days. */
export const MAX_RETURN_WINDOW_DAYS = 365;
/** How long the note kept in the policy's history may be, in characters. */
export const NOTE_LENGTH = { min: 10, max: 2_000 } as const;

export type ReturnPolicyForm = {
  faults: Partial<Record<ReturnReason, ReturnFault>>;
  defaultReturnWindowDays: string;
  note: string;
};

/** The policy in force, as the screen reads it. */
export interface PolicyInForce {
  version: number;
  defaultReturnWindowDays: number;
  faultByReason: readonly { reason: ReturnReason; fault: ReturnFault }[];
}

export type ReturnPolicyProblem = 'NOT_A_RETURN_WINDOW' | 'NOTE_LENGTH' | 'NOTHING_CHANGED';

/** The form as the policy stands, with no note yet. */
export function returnPolicyForm(policy: PolicyInForce): ReturnPolicyForm {
  return {
    faults: Object.fromEntries(policy.faultByReason.map(({ reason, fault }) => [reason, fault])),
    defaultReturnWindowDays: String(policy.defaultReturnWindowDays),
    note: '',
  };
}

/**
 * changeReturnPolicy's input from the form: only the faults and the window that differ from the
 * version in force, made against that version (so another operator's change meanwhile is
 * refused, not overwritten), with the note that says why.
 */
export function returnPolicyChange(
  form: ReturnPolicyForm,
  policy: PolicyInForce,
):
  | { ok: true; input: ReturnPolicyChangeInput }
  | { ok: false; problems: Partial<Record<'defaultReturnWindowDays' | 'note' | 'changes', ReturnPolicyProblem>> } {
  const problems: Partial<Record<'defaultReturnWindowDays' | 'note' | 'changes', ReturnPolicyProblem>> = {};
  const days = parseWholeNumber(form.defaultReturnWindowDays);
  if (days === undefined || days > MAX_RETURN_WINDOW_DAYS) problems.defaultReturnWindowDays = 'NOT_A_RETURN_WINDOW';
  const note = form.note.trim();
  if (note.length < NOTE_LENGTH.min || note.length > NOTE_LENGTH.max) problems.note = 'NOTE_LENGTH';
  const faultByReason = policy.faultByReason.flatMap(({ reason, fault }) => {
    const chosen = form.faults[reason];
    return chosen && chosen !== fault ? [{ reason, fault: chosen }] : [];
  });
  const windowChanged = days !== undefined && days !== policy.defaultReturnWindowDays;
  if (days !== undefined && !windowChanged && faultByReason.length === 0) problems.changes = 'NOTHING_CHANGED';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      expectedVersion: policy.version,
      note,
      ...(faultByReason.length > 0 ? { faultByReason } : {}),
      ...(windowChanged ? { defaultReturnWindowDays: days } : {}),
    },
  };
}
