import { CompanyStatus, decideModeration, ModerationAction, MODERATION_TRANSITIONS } from './moderation';

const reason = 'Registration documents checked against the state register';

describe('moderation state machine', () => {
  it.each([
    [CompanyStatus.PENDING_REVIEW, ModerationAction.APPROVE, CompanyStatus.APPROVED],
    [CompanyStatus.PENDING_REVIEW, ModerationAction.REJECT, CompanyStatus.REJECTED],
    [CompanyStatus.APPROVED, ModerationAction.SUSPEND, CompanyStatus.SUSPENDED],
    [CompanyStatus.SUSPENDED, ModerationAction.REINSTATE, CompanyStatus.APPROVED],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(decideModeration(from, action, reason)).toEqual({ ok: true, from, to, reason });
  });

  const allowed = new Set(
    Object.entries(MODERATION_TRANSITIONS).flatMap(([from, actions]) => Object.keys(actions).map((action) => `${from}:${action}`)),
  );
  const refused = Object.values(CompanyStatus).flatMap((from) =>
    Object.values(ModerationAction)
      .filter((action) => !allowed.has(`${from}:${action}`))
      .map((action) => [from, action] as const),
  );

  it('has exactly four allowed transitions and refuses the other twelve', () => {
    expect(allowed.size).toBe(4);
    expect(refused).toHaveLength(12);
  });

  it.each(refused)('refuses %s --%s-->', (from, action) => {
    const decision = decideModeration(from, action, reason);
    expect(decision).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('treats REJECTED as final', () => {
    expect(decideModeration(CompanyStatus.REJECTED, ModerationAction.APPROVE, reason)).toMatchObject({
      ok: false,
      message: expect.stringContaining('none (final)'),
    });
  });

  it('requires a written reason, whatever the transition', () => {
    for (const text of ['', '   ', 'ok', 'x'.repeat(2001)]) {
      expect(decideModeration(CompanyStatus.PENDING_REVIEW, ModerationAction.APPROVE, text)).toMatchObject({
        ok: false,
        code: 'REASON_REQUIRED',
      });
    }
  });
});
