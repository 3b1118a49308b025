import { RefreshRefused, refusalEndsSession, SessionManager, type ApiSession } from './session-manager';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const T0 = Date.parse('2026-12-02T10:00:00.000Z');

function apiSession(n: number, companyId = 'c1', lifetimeMs = 900_000, now = T0): ApiSession {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    accessTokenExpiresAt: new Date(now + lifetimeMs).toISOString(),
    actor: { id: 'u1', kind: 'USER', companyId, roles: ['PURCHASER'] },
  };
}

describe('the session manager', () => {
  let now: number;
  let storage: MemoryStorage;
  beforeEach(() => {
    jest.useFakeTimers({ now: T0 });
    now = T0;
    storage = new MemoryStorage();
  });
  afterEach(() => jest.useRealTimers());

  const manager = () => new SessionManager(storage, () => now);

  it('keeps a session across a reload of the page (this tab’s storage)', () => {
    manager().begin(apiSession(1), 'buyer@example.com');
    const reloaded = manager();
    expect(reloaded.current?.accessToken).toBe('access-1');
    expect(reloaded.current?.knownCompanyIds).toEqual(['c1']);
  });

  it('refreshes on its own before the access token ends, and uses the new token', async () => {
    const sessions = manager();
    const refresher = jest.fn(async (refreshToken: string) => {
      expect(refreshToken).toBe('refresh-1');
      return apiSession(2, 'c1', 900_000, now);
    });
    sessions.start(refresher);
    sessions.begin(apiSession(1), 'buyer@example.com');
    now = T0 + 719_000;
    await jest.advanceTimersByTimeAsync(719_000);
    expect(refresher).not.toHaveBeenCalled();
    now = T0 + 720_000;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(await sessions.accessToken()).toBe('access-2');
  });

  it('refreshes once for many requests that find the token about to end (a refresh token works once)', async () => {
    const sessions = manager();
    let release: (session: ApiSession) => void = () => undefined;
    const refresher = jest.fn(() => new Promise<ApiSession>((resolve) => (release = resolve)));
    sessions.begin(apiSession(1, 'c1', 5_000), 'buyer@example.com');
    sessions.start(refresher);
    const tokens = Promise.all([sessions.accessToken(), sessions.accessToken(), sessions.accessToken()]);
    release(apiSession(2));
    expect(await tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(refresher).toHaveBeenCalledTimes(1);
  });

  it('ends the session, saying it expired, when the API refuses the refresh token', async () => {
    const sessions = manager();
    sessions.start(async () => {
      throw new RefreshRefused('REFRESH_TOKEN_REUSED');
    });
    sessions.begin(apiSession(1), 'buyer@example.com');
    await expect(sessions.refresh()).rejects.toThrow(RefreshRefused);
    expect(sessions.current).toBeNull();
    expect(sessions.endReason).toBe('EXPIRED');
    expect(storage.items.size).toBe(0);
  });

  it('keeps the session when a switch to a company of which one is not a member is refused', async () => {
    const sessions = manager();
    sessions.start(async () => {
      throw new RefreshRefused('NOT_A_MEMBER');
    });
    sessions.begin(apiSession(1), 'buyer@example.com');
    await expect(sessions.refresh('other')).rejects.toThrow(RefreshRefused);
    expect(sessions.current?.accessToken).toBe('access-1');
  });

  it('ends a session only for a refusal that says the token is gone, never for a rate limit or a timeout', () => {
    expect(['INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_REUSED', 'UNAUTHENTICATED'].map(refusalEndsSession)).toEqual([true, true, true]);
    expect(['RATE_LIMITED', 'OPERATION_TIMEOUT', 'SERVICE_UNAVAILABLE', 'TRY_AGAIN', 'NETWORK_ERROR'].map(refusalEndsSession)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps the session and tries again later when the server does not answer', async () => {
    const sessions = manager();
    const refresher = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(apiSession(2));
    sessions.start(refresher);
    sessions.begin(apiSession(1), 'buyer@example.com');
    await expect(sessions.refresh()).rejects.toThrow('offline');
    expect(sessions.current?.accessToken).toBe('access-1');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(refresher).toHaveBeenCalledTimes(2);
    expect(sessions.current?.accessToken).toBe('access-2');
  });

  it('remembers each company switched to, for the switcher', async () => {
    const sessions = manager();
    sessions.start(async (_token, companyId) => apiSession(2, companyId ?? 'c1'));
    sessions.begin(apiSession(1), 'buyer@example.com');
    await sessions.refresh('c2');
    expect(sessions.current?.actor.companyId).toBe('c2');
    expect(sessions.current?.knownCompanyIds).toEqual(['c2', 'c1']);
  });

  it('forgets the session on sign-out', () => {
    const sessions = manager();
    sessions.begin(apiSession(1), 'buyer@example.com');
    sessions.end('SIGNED_OUT');
    expect(manager().current).toBeNull();
    expect(sessions.endReason).toBe('SIGNED_OUT');
  });
});
