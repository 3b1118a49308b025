import { CompanyStatus, ModerationAction } from '@lotbook/contracts';

export { CompanyStatus, ModerationAction };

/** The moderation state machine: from a status, which action leads where. REJECTED is final. */
export const MODERATION_TRANSITIONS: Readonly<Record<CompanyStatus, Partial<Record<ModerationAction, CompanyStatus>>>> = {
  [CompanyStatus.PENDING_REVIEW]: {
    [ModerationAction.APPROVE]: CompanyStatus.APPROVED,
    [ModerationAction.REJECT]: CompanyStatus.REJECTED,
  },
  [CompanyStatus.APPROVED]: { [ModerationAction.SUSPEND]: CompanyStatus.SUSPENDED },
  [CompanyStatus.SUSPENDED]: { [ModerationAction.REINSTATE]: CompanyStatus.APPROVED },
  [CompanyStatus.REJECTED]: {},
};

export const MIN_REASON_LENGTH = 10;
export const MAX_REASON_LENGTH = 2000;

export type ModerationDecision =
  | { ok: true; from: CompanyStatus; to: CompanyStatus; reason: string }
  | { ok: false; code: 'REASON_REQUIRED' | 'TRANSITION_NOT_ALLOWED'; message: string };

/** Decides a moderation step: the transition must be in the table and the reason written out. */
export function decideModeration(status: CompanyStatus, action: ModerationAction, reason: string): ModerationDecision {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH || trimmed.length > MAX_REASON_LENGTH) {
    return {
      ok: false,
      code: 'REASON_REQUIRED',
      message: `a written reason of ${MIN_REASON_LENGTH} to ${MAX_REASON_LENGTH} characters is required to ${action.toLowerCase()} a company`,
    };
  }
  const to = MODERATION_TRANSITIONS[status][action];
  if (!to) {
    const allowed = Object.keys(MODERATION_TRANSITIONS[status]);
    return {
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: `a company that is ${status} cannot be ${action.toLowerCase()}d; allowed: ${allowed.length ? allowed.join(', ') : 'none (final)'}`,
    };
  }
  return { ok: true, from: status, to, reason: trimmed };
}

export function canTrade(status: CompanyStatus): boolean {
  return status === CompanyStatus.APPROVED;
}
