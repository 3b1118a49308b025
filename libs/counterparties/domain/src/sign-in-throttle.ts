/**
 * Slows down and then locks repeated failed sign-ins, for one account or from one address.
 * Failures below `slowAfter` cost nothing; from there each failure makes the next attempt
 * wait twice as long; at `lockAfter` failures the key is locked for `lockMs`. A success
 * clears the count. Failures older than `windowMs` are forgotten.
 */
export interface ThrottlePolicy {
  slowAfter: number;
  lockAfter: number;
  baseDelayMs: number;
  lockMs: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  slowAfter: 3,
  lockAfter: 6,
  baseDelayMs: 1000,
  lockMs: 15 * 60_000,
  windowMs: 60 * 60_000,
};

export interface FailureRecord {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'LOCKED' | 'TOO_FAST'; retryAt: Date };

/** May an attempt go ahead now? */
export function assessAttempt(record: FailureRecord, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): ThrottleVerdict {
  if (record.lockedUntil && record.lockedUntil > now) return { allowed: false, reason: 'LOCKED', retryAt: record.lockedUntil };
  const failures = effectiveFailures(record, now, policy);
  if (failures >= policy.slowAfter && record.lastFailureAt) {
    const wait = policy.baseDelayMs * 2 ** (failures - policy.slowAfter);
    const retryAt = new Date(record.lastFailureAt.getTime() + wait);
    if (retryAt > now) return { allowed: false, reason: 'TOO_FAST', retryAt };
  }
  return { allowed: true };
}

/** The record after a failed attempt. */
export function recordFailure(record: FailureRecord, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): FailureRecord {
  const failures = effectiveFailures(record, now, policy) + 1;
  return {
    failures: failures >= policy.lockAfter ? 0 : failures,
    lastFailureAt: now,
    lockedUntil: failures >= policy.lockAfter ? new Date(now.getTime() + policy.lockMs) : null,
  };
}

function effectiveFailures(record: FailureRecord, now: Date, policy: ThrottlePolicy): number {
  if (record.lockedUntil && record.lockedUntil <= now) return 0; // a served lock starts afresh
  if (!record.lastFailureAt || now.getTime() - record.lastFailureAt.getTime() > policy.windowMs) return 0;
  return record.failures;
}
