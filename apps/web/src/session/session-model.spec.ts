import { mayDo, needsRefresh, refreshDueAt, rememberCompany, spacesFor, type SessionActor } from './session-model';

const user = (roles: string[], companyId: string | null = 'c1'): SessionActor => ({ id: 'u1', kind: 'USER', companyId, roles });

describe('when a session refreshes itself', () => {
  it('refreshes a 15-minute token at 80 % of its life (12 minutes in)', () => {
    expect(refreshDueAt(0, 900_000)).toBe(720_000);
  });

  it('refreshes at least 30 s before the end when 80 % would be later', () => {
    expect(refreshDueAt(0, 120_000)).toBe(90_000);
  });

  it('never refreshes a short-lived token before half its life, so it does not loop', () => {
    expect(refreshDueAt(0, 20_000)).toBe(10_000);
    expect(refreshDueAt(5_000, 5_000)).toBe(5_000);
  });

  it('asks for a refresh before use when the token ends within seconds', () => {
    expect(needsRefresh({ accessTokenExpiresAt: '2026-12-02T10:00:05.000Z' }, Date.parse('2026-12-02T10:00:00.000Z'))).toBe(true);
    expect(needsRefresh({ accessTokenExpiresAt: '2026-12-02T10:01:00.000Z' }, Date.parse('2026-12-02T10:00:00.000Z'))).toBe(false);
  });
});

describe('which spaces a session opens', () => {
  it('gives operators the operator space only', () => {
    expect(spacesFor({ id: 'o', kind: 'OPERATOR', companyId: null, roles: [] }, undefined)).toEqual(['operate']);
  });

  it('gives a company the space of its kind, both to a company that buys and sells', () => {
    expect(spacesFor(user(['ADMIN']), 'BUYER')).toEqual(['buy']);
    expect(spacesFor(user(['ADMIN']), 'SELLER')).toEqual(['sell']);
    expect(spacesFor(user(['ADMIN']), 'BOTH')).toEqual(['buy', 'sell']);
    expect(spacesFor(user(['ADMIN']), undefined)).toEqual([]);
  });

  it('offers bids to purchasers and admins, selling to sales managers and admins, as the gateway allows', () => {
    expect(mayDo(user(['PURCHASER']), 'placeBid')).toBe(true);
    expect(mayDo(user(['APPROVER']), 'placeBid')).toBe(false);
    expect(mayDo(user(['SALES_MANAGER']), 'sell')).toBe(true);
    expect(mayDo(user(['ACCOUNTANT']), 'sell')).toBe(false);
    expect(mayDo(user(['ACCOUNTANT']), 'pay')).toBe(true);
    expect(mayDo(user(['PURCHASER']), 'pay')).toBe(false);
    expect(mayDo(user(['APPROVER']), 'order')).toBe(true);
    expect(mayDo({ id: 'o', kind: 'OPERATOR', companyId: null, roles: ['ADMIN'] }, 'placeBid')).toBe(false);
  });
});

describe('the companies the switcher offers', () => {
  it('keeps the most recent first, once each, at most ten', () => {
    expect(rememberCompany(['a', 'b'], 'b')).toEqual(['b', 'a']);
    expect(rememberCompany(['a'], null)).toEqual(['a']);
    expect(rememberCompany(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 'new')).toHaveLength(10);
  });
});
