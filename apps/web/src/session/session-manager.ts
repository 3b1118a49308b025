import { needsRefresh, refreshDueAt, rememberCompany, type SessionActor, type StoredSession } from './session-model';

/** A session as the API answers signIn, operatorSignIn and refreshSession. */
export interface ApiSession {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  actor: { id: string; kind: string; companyId?: string | null; roles: string[] };
}

/** Why a session ended: the person signed out, or it could not be refreshed (revoked, expired). */
export type SessionEnd = 'SIGNED_OUT' | 'EXPIRED';

/** Swaps a refresh token for a new session, or rejects with the API's problem. */
export type Refresher = (refreshToken: string, companyId?: string) => Promise<ApiSession>;

/**
 * The refusals that end a session: the refresh token is unknown, expired, revoked or reused,
 * or (on a switch) the person is not a member of that company. Anything else (a rate limit,
 * a timeout, a service down) is tried again later with the same token.
 */
const FINAL_REFRESH_REFUSALS: readonly string[] = [
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_REUSED',
  'UNAUTHENTICATED',
  'NOT_A_MEMBER',
  'INVALID_INPUT',
];

export function refusalEndsSession(code: string): boolean {
  return FINAL_REFRESH_REFUSALS.includes(code);
}

export class RefreshRefused extends Error {
  constructor(readonly code: string) {
    super(`the session could not be refreshed: ${code}`);
  }
}

const STORAGE_KEY = 'lotbook.session';
const RETRY_AFTER_NETWORK_FAILURE_MS = 10_000;

/**
 * The signed-in session, outside React so the GraphQL client can ask it for a fresh token:
 * kept in this tab's sessionStorage, refreshed on a timer before the access token ends (and
 * just in time if a request finds it about to end), one refresh at a time since a refresh
 * token works once.
 */
export class SessionManager {
  private session: StoredSession | null;
  private readonly listeners = new Set<() => void>();
  private refreshing?: Promise<StoredSession | null>;
  private timer?: ReturnType<typeof setTimeout>;
  private refresher?: Refresher;
  private ended?: SessionEnd;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    private readonly now: () => number = Date.now,
  ) {
    this.session = this.load();
  }

  get current(): StoredSession | null {
    return this.session;
  }

  get endReason(): SessionEnd | undefined {
    return this.ended;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts refreshing on schedule; called once the GraphQL client that refreshes exists. */
  start(refresher: Refresher): void {
    this.refresher = refresher;
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  begin(apiSession: ApiSession, email: string): StoredSession {
    const known = this.session?.email === email ? this.session.knownCompanyIds : [];
    this.ended = undefined;
    return this.replace(this.fromApi(apiSession, email, known));
  }

  end(reason: SessionEnd): void {
    this.ended = reason;
    this.session = null;
    this.storage.removeItem(STORAGE_KEY);
    clearTimeout(this.timer);
    this.emit();
  }

  /** The access token to send now, refreshed first when it ends within seconds. */
  async accessToken(): Promise<string | undefined> {
    const session = this.session;
    if (!session) return undefined;
    if (!needsRefresh(session, this.now())) return session.accessToken;
    const refreshed = await this.refresh().catch(() => null);
    return refreshed?.accessToken ?? this.session?.accessToken;
  }

  /** A new pair for the same person; with companyId, acting for that company from now on. */
  refresh(companyId?: string): Promise<StoredSession | null> {
    if (this.refreshing && !companyId) return this.refreshing;
    const session = this.session;
    if (!session || !this.refresher) return Promise.resolve(session);
    const attempt = this.refresher(session.refreshToken, companyId).then(
      (apiSession) =>
        this.session === session ? this.replace(this.fromApi(apiSession, session.email, session.knownCompanyIds)) : this.session,
      (error: unknown) => {
        if (error instanceof RefreshRefused && this.session === session) {
          // NOT_A_MEMBER on a switch leaves the session as it was; anything else ends it.
          if (companyId && error.code === 'NOT_A_MEMBER') throw error;
          this.end('EXPIRED');
          throw error;
        }
        if (this.session === session) this.schedule(RETRY_AFTER_NETWORK_FAILURE_MS);
        throw error;
      },
    );
    const tracked = attempt.finally(() => {
      if (this.refreshing === tracked) this.refreshing = undefined;
    });
    this.refreshing = tracked;
    return tracked;
  }

  private fromApi(apiSession: ApiSession, email: string, known: readonly string[]): StoredSession {
    const actor: SessionActor = {
      id: apiSession.actor.id,
      kind: apiSession.actor.kind === 'OPERATOR' ? 'OPERATOR' : 'USER',
      companyId: apiSession.actor.companyId ?? null,
      roles: [...apiSession.actor.roles],
    };
    return {
      accessToken: apiSession.accessToken,
      refreshToken: apiSession.refreshToken,
      accessTokenExpiresAt: apiSession.accessTokenExpiresAt,
      receivedAt: this.now(),
      actor,
      email,
      knownCompanyIds: rememberCompany(known, actor.companyId),
    };
  }

  private replace(session: StoredSession): StoredSession {
    this.session = session;
    this.storage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.schedule();
    this.emit();
    return session;
  }

  private schedule(delayMs?: number): void {
    clearTimeout(this.timer);
    const session = this.session;
    if (!session || !this.refresher) return;
    const due = delayMs ?? refreshDueAt(session.receivedAt, Date.parse(session.accessTokenExpiresAt)) - this.now();
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), Math.max(0, due));
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private load(): StoredSession | null {
    try {
      const text = this.storage.getItem(STORAGE_KEY);
      const parsed = text ? (JSON.parse(text) as StoredSession) : null;
      return parsed && typeof parsed.refreshToken === 'string' && parsed.actor ? parsed : null;
    } catch {
      return null;
    }
  }
}
