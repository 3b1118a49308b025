import {
  assessAttempt,
  recordFailure,
  SignInThrottleScope,
  signInThrottleKeys,
  type FailureRecord,
  type ThrottlePolicy,
} from './sign-in-throttle';

const policy: ThrottlePolicy = { slowAfter: 3, lockAfter: 5, baseDelayMs: 1000, lockMs: 60_000, windowMs: 3_600_000 };
const fresh: FailureRecord = { failures: 0, lastFailureAt: null, lockedUntil: null };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 12, 0, seconds));

function failTimes(times: number[]): FailureRecord {
  return times.reduce((record, second) => recordFailure(record, at(second), policy), fresh);
}

describe('sign-in throttle', () => {
  it('lets the first failures through at once', () => {
    expect(assessAttempt(failTimes([0, 1]), at(1), policy)).toEqual({ allowed: true });
  });

  it('slows down from the third failure, doubling the wait', () => {
    const third = failTimes([0, 1, 2]);
    expect(assessAttempt(third, at(2), policy)).toEqual({ allowed: false, reason: 'TOO_FAST', retryAt: at(3) });
    expect(assessAttempt(third, at(3), policy)).toEqual({ allowed: true });
    const fourth = recordFailure(third, at(3), policy);
    expect(assessAttempt(fourth, at(4), policy)).toEqual({ allowed: false, reason: 'TOO_FAST', retryAt: at(5) });
  });

  it('locks at the fifth failure for the lock period, then starts afresh', () => {
    const locked = failTimes([0, 1, 2, 4, 8]);
    expect(assessAttempt(locked, at(30), policy)).toEqual({ allowed: false, reason: 'LOCKED', retryAt: at(68) });
    expect(assessAttempt(locked, at(68), policy)).toEqual({ allowed: true });
    const afterLock = recordFailure(locked, at(69), policy);
    expect(afterLock).toEqual({ failures: 1, lastFailureAt: at(69), lockedUntil: null });
  });

  it('forgets failures older than the window', () => {
    const old = failTimes([0, 1, 2]);
    expect(assessAttempt(old, new Date(at(2).getTime() + 3_600_001), policy)).toEqual({ allowed: true });
  });
});

describe('sign-in throttle keys: one address cannot lock an account for the others', () => {
  const base: ThrottlePolicy = {
    slowAfter: 3,
    lockAfter: 6,
    baseDelayMs: 1000,
    lockMs: 15 * 60_000,
    windowMs: 3_600_000,
    maxDelayMs: 30_000,
  };
  type Records = Map<string, FailureRecord>;

  /** The verdict for an attempt now: the first key that refuses it. */
  function attempt(records: Records, account: string, address: string, now: Date) {
    for (const { scope, key, policy } of signInThrottleKeys(account, address, base)) {
      const verdict = assessAttempt(records.get(key) ?? fresh, now, policy);
      if (!verdict.allowed) return { scope, ...verdict };
    }
    return { allowed: true as const };
  }

  function fail(records: Records, account: string, address: string, now: Date): void {
    for (const { key, policy } of signInThrottleKeys(account, address, base))
      records.set(key, recordFailure(records.get(key) ?? fresh, now, policy));
  }

  /** Six failures for the account from one address, each as soon as it is allowed; the time of the last. */
  function streak(records: Records, address: string): Date {
    let now = at(0);
    for (let failures = 0; failures < 6; failures += 1) {
      const verdict = attempt(records, 'anna@x.example', address, now);
      if (!verdict.allowed) now = verdict.retryAt;
      fail(records, 'anna@x.example', address, now);
    }
    return now;
  }

  it('locks the address the streak came from out of that account', () => {
    const records: Records = new Map();
    const last = streak(records, '203.0.113.7');
    expect(attempt(records, 'anna@x.example', '203.0.113.7', new Date(last.getTime() + 60_000))).toMatchObject({
      allowed: false,
      reason: 'LOCKED',
      scope: SignInThrottleScope.ACCOUNT_FROM_ADDRESS,
    });
  });

  it('only slows the account down for another address, and by no more than the cap', () => {
    const records: Records = new Map();
    const last = streak(records, '203.0.113.7');
    const right = attempt(records, 'anna@x.example', '198.51.100.9', last);
    expect(right).toMatchObject({ allowed: false, reason: 'TOO_FAST', scope: SignInThrottleScope.ACCOUNT });
    expect((right as { retryAt: Date }).retryAt.getTime() - last.getTime()).toBe(8_000);
    expect(attempt(records, 'anna@x.example', '198.51.100.9', new Date(last.getTime() + 8_000))).toEqual({ allowed: true });
  });

  it('never makes the account wait longer than the cap, however many addresses fail', () => {
    const records: Records = new Map();
    let now = at(0);
    for (let index = 0; index < 40; index += 1) {
      const verdict = attempt(records, 'anna@x.example', `203.0.113.${index}`, now);
      if (!verdict.allowed) now = verdict.retryAt;
      fail(records, 'anna@x.example', `203.0.113.${index}`, now);
    }
    const verdict = attempt(records, 'anna@x.example', '198.51.100.9', now);
    expect(verdict).toMatchObject({ allowed: false, reason: 'TOO_FAST', scope: SignInThrottleScope.ACCOUNT });
    expect((verdict as { retryAt: Date }).retryAt.getTime() - now.getTime()).toBe(30_000);
  });

  it('locks an address out of every account at five times the allowance', () => {
    const records: Records = new Map();
    let now = at(0);
    for (let index = 0; index < 30; index += 1) {
      const verdict = attempt(records, `user${index}@x.example`, '203.0.113.99', now);
      if (!verdict.allowed) now = verdict.retryAt;
      fail(records, `user${index}@x.example`, '203.0.113.99', now);
    }
    expect(attempt(records, 'someone-else@x.example', '203.0.113.99', new Date(now.getTime() + 1))).toMatchObject({
      allowed: false,
      reason: 'LOCKED',
      scope: SignInThrottleScope.ADDRESS,
    });
  });
});
