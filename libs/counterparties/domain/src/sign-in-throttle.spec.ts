import { assessAttempt, recordFailure, type FailureRecord, type ThrottlePolicy } from './sign-in-throttle';

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
