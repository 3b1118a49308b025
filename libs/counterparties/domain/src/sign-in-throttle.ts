/**
 * Slows down and then locks repeated failed sign-ins, for one key (an account, an address, or
 * an account from one address). Failures below `slowAfter` cost nothing; from there each
 * failure makes the next attempt wait twice as long (never more than `maxDelayMs`); at
 * `lockAfter` failures the key is locked for `lockMs` (a key with `lockAfter: null` never
 * locks, it only slows down). A success clears the count. Failures older than `windowMs` are
 * forgotten.
 */
export interface ThrottlePolicy {
  slowAfter: number;
  lockAfter: number | null;
  baseDelayMs: number;
  lockMs: number;
  windowMs: number;
  /** The longest wait a failure streak imposes; unset: no cap. */
  maxDelayMs?: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  slowAfter: 3,
  lockAfter: 6,
  baseDelayMs: 1000,
  lockMs: 15 * 60_000,
  windowMs: 60 * 60_000,
  maxDelayMs: 30_000,
};

export interface FailureRecord {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; reason: 'LOCKED' | 'TOO_FAST'; retryAt: Date };

/** May an attempt go ahead now? */
export function assessAttempt(record: FailureRecord, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): ThrottleVerdict {
  if (record.lockedUntil && record.lockedUntil > now) return { allowed: false, reason: 'LOCKED', retryAt: record.lockedUntil };
  const failures = effectiveFailures(record, now, policy);
  if (failures >= policy.slowAfter && record.lastFailureAt) {
    const wait = Math.min(policy.baseDelayMs * 2 ** (failures - policy.slowAfter), policy.maxDelayMs ?? Number.POSITIVE_INFINITY);
    const retryAt = new Date(record.lastFailureAt.getTime() + wait);
    if (retryAt > now) return { allowed: false, reason: 'TOO_FAST', retryAt };
  }
  return { allowed: true };
}

/** The record after a failed attempt. */
export function recordFailure(record: FailureRecord, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): FailureRecord {
  const failures = effectiveFailures(record, now, policy) + 1;
  const locks = policy.lockAfter !== null && failures >= policy.lockAfter;
  return {
    failures: locks ? 0 : failures,
    lastFailureAt: now,
    lockedUntil: locks ? new Date(now.getTime() + policy.lockMs) : null,
  };
}

function effectiveFailures(record: FailureRecord, now: Date, policy: ThrottlePolicy): number {
  if (record.lockedUntil && record.lockedUntil <= now) return 0; // a served lock starts afresh
  if (!record.lastFailureAt || now.getTime() - record.lastFailureAt.getTime() > policy.windowMs) return 0;
  return record.failures;
}

/** What one sign-in attempt is counted against. */
export enum SignInThrottleScope {
  /** The account, from anywhere: slows down, never locks (a lock here would let anyone lock anyone out). */
  ACCOUNT = 'ACCOUNT',
  /** The account from one address: slows down, then locks that address out of that account only. */
  ACCOUNT_FROM_ADDRESS = 'ACCOUNT_FROM_ADDRESS',
  /** One address, whatever account it tries: a larger allowance (an office behind one NAT), then a lock. */
  ADDRESS = 'ADDRESS',
}

export interface SignInThrottleKey {
  scope: SignInThrottleScope;
  key: string;
  policy: ThrottlePolicy;
}

/** How many times the account's allowance one address gets before it is locked out of every account. */
export const ADDRESS_ALLOWANCE_FACTOR = 5;

/**
 * The keys an attempt to sign in to `account` from `address` is counted against, each with its
 * policy, from one base policy. A failure streak from one address locks that address out of
 * the account (and, at five times the allowance, out of all accounts) but only slows the
 * account down for everyone else, never more than `maxDelayMs`; a success clears the account's
 * keys, never the address's.
 */
export function signInThrottleKeys(account: string, address: string, base: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): SignInThrottleKey[] {
  const lockAfter = base.lockAfter ?? Number.POSITIVE_INFINITY;
  // A lock is the more useful answer, so the keys that lock are looked at first.
  return [
    { scope: SignInThrottleScope.ACCOUNT_FROM_ADDRESS, key: `account:${account}@address:${address}`, policy: base },
    {
      scope: SignInThrottleScope.ADDRESS,
      key: `address:${address}`,
      policy: {
        ...base,
        slowAfter: base.slowAfter * ADDRESS_ALLOWANCE_FACTOR,
        lockAfter: Number.isFinite(lockAfter) ? lockAfter * ADDRESS_ALLOWANCE_FACTOR : null,
      },
    },
    { scope: SignInThrottleScope.ACCOUNT, key: `account:${account}`, policy: { ...base, lockAfter: null } },
  ];
}
