import { sign } from 'jsonwebtoken';
import { verifyAccessToken } from './auth.guard';

const SECRET = 'a-secret-of-the-test-that-is-long-enough-0123456789';
const NOW = Date.parse('2026-12-02T10:00:00Z');

function token(
  claims: Record<string, unknown> = {},
  options: { secret?: string; expiresInSeconds?: number; audience?: string } = {},
): string {
  return sign({ kind: 'USER', cid: 'company-1', roles: ['PURCHASER'], ...claims }, options.secret ?? SECRET, {
    algorithm: 'HS256',
    subject: 'user-1',
    issuer: 'lotbook-counterparties',
    audience: options.audience ?? 'lotbook-gateway',
    expiresIn: options.expiresInSeconds ?? 900,
  });
}

function refusal(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('an access token', () => {
  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => jest.useRealTimers());

  it('names its actor, the same each time it is shown', () => {
    const bearer = `Bearer ${token()}`;
    const actor = { kind: 'USER', id: 'user-1', companyId: 'company-1', roles: ['PURCHASER'] };
    expect(verifyAccessToken(bearer, SECRET)).toEqual(actor);
    expect(verifyAccessToken(bearer, SECRET)).toEqual(actor);
  });

  it('expires at its expiry, even after it was accepted before', () => {
    const bearer = `Bearer ${token({}, { expiresInSeconds: 60 })}`;
    expect(verifyAccessToken(bearer, SECRET).id).toBe('user-1');
    jest.setSystemTime(NOW + 59_000);
    expect(verifyAccessToken(bearer, SECRET).id).toBe('user-1');
    jest.setSystemTime(NOW + 60_000);
    expect(refusal(() => verifyAccessToken(bearer, SECRET))).toBe('the access token has expired; refresh the session');
  });

  it('is refused when signed with another secret, even one accepted under its own secret', () => {
    const bearer = `Bearer ${token({}, { secret: 'another-secret-of-the-test-that-is-long-enough' })}`;
    expect(verifyAccessToken(bearer, 'another-secret-of-the-test-that-is-long-enough').id).toBe('user-1');
    expect(refusal(() => verifyAccessToken(bearer, SECRET))).toBe('the access token is not valid');
  });

  it('is refused when its claims were changed after signing', () => {
    const [header, , signature] = token().split('.');
    const forged = Buffer.from(
      JSON.stringify({ kind: 'OPERATOR', sub: 'user-1', iss: 'lotbook-counterparties', aud: 'lotbook-gateway', exp: NOW / 1000 + 900 }),
    ).toString('base64url');
    expect(refusal(() => verifyAccessToken(`Bearer ${header}.${forged}.${signature}`, SECRET))).toBe('the access token is not valid');
  });

  it('is refused for another audience, or without the Bearer scheme', () => {
    expect(refusal(() => verifyAccessToken(`Bearer ${token({}, { audience: 'someone-else' })}`, SECRET))).toBe(
      'the access token is not valid',
    );
    expect(refusal(() => verifyAccessToken(token(), SECRET))).toBe('sign in first: send "Authorization: Bearer <access token>"');
    expect(refusal(() => verifyAccessToken(undefined, SECRET))).toBe('sign in first: send "Authorization: Bearer <access token>"');
  });
});
