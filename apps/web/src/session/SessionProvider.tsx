import { Client, fetchExchange } from '@urql/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient, graphqlUrls, type ApiClient } from '../api/client';
import { problemsOf, type ApiProblem } from '../api/errors';
import { OperatorSignInDocument, RefreshSessionDocument, SignInDocument } from './session-operations';
import { RefreshRefused, refusalEndsSession, SessionManager, type ApiSession, type SessionEnd } from './session-manager';
import type { StoredSession } from './session-model';

export type SignInResult = { ok: true; session: StoredSession } | { ok: false; problems: ApiProblem[] };

interface SessionContextValue {
  session: StoredSession | null;
  endReason: SessionEnd | undefined;
  signIn(email: string, password: string, options?: { asOperator?: boolean; companyId?: string }): Promise<SignInResult>;
  signOut(): void;
  switchCompany(companyId: string): Promise<SignInResult>;
  /** The anonymous client, for registration and the like. */
  anonymous: Client;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);
/** Counts the live socket's reconnections: what was shown live may have missed events meanwhile. */
const LiveGenerationContext = createContext(0);

const manager = new SessionManager(window.sessionStorage);

function anonymousClient(): Client {
  return new Client({
    url: graphqlUrls(window.location).http,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: [fetchExchange],
  });
}

/** Who is signed in, the GraphQL client of that session, and the ways to change either. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const anonymous = useMemo(anonymousClient, []);
  const session = useSyncExternalStore(
    useCallback((listener: () => void) => manager.subscribe(listener), []),
    () => manager.current,
  );

  useEffect(() => {
    manager.start(async (refreshToken, companyId) => {
      const result = await anonymous.mutation(RefreshSessionDocument, { refreshToken, companyId }).toPromise();
      if (result.data) return result.data.refreshSession as ApiSession;
      const problem = problemsOf(result.error)[0];
      if (problem && refusalEndsSession(problem.code)) throw new RefreshRefused(problem.code);
      throw new Error(problem?.message ?? 'no answer');
    });
    return () => manager.stop();
  }, [anonymous]);

  // One client per person and company: a switch starts from an empty cache and a new socket.
  const identity = session ? `${session.actor.id}:${session.actor.companyId ?? ''}` : '';
  const api = useMemo<ApiClient | undefined>(() => (identity ? createApiClient(() => manager.accessToken()) : undefined), [identity]);
  useEffect(() => () => api?.dispose(), [api]);
  const [liveGeneration, setLiveGeneration] = useState(0);
  useEffect(() => api?.onReconnect(() => setLiveGeneration((generation) => generation + 1)), [api]);

  // A refreshed token goes to a new socket for the subscriptions started from now on.
  const token = session?.accessToken;
  const firstToken = useRef(token);
  useEffect(() => {
    if (!api || token === firstToken.current) return;
    firstToken.current = token;
    api.renewSocket();
  }, [api, token]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      endReason: manager.endReason,
      anonymous,
      async signIn(email, password, options = {}) {
        const result = options.asOperator
          ? await anonymous.mutation(OperatorSignInDocument, { email, password }).toPromise()
          : await anonymous.mutation(SignInDocument, { email, password, companyId: options.companyId }).toPromise();
        const data = result.data as { signIn?: ApiSession; operatorSignIn?: ApiSession } | undefined;
        const apiSession = data?.signIn ?? data?.operatorSignIn;
        if (!apiSession) return { ok: false, problems: problemsOf(result.error) };
        return { ok: true, session: manager.begin(apiSession, email.trim().toLowerCase()) };
      },
      signOut() {
        manager.end('SIGNED_OUT');
      },
      async switchCompany(companyId) {
        try {
          const switched = await manager.refresh(companyId);
          return switched ? { ok: true, session: switched } : { ok: false, problems: [{ code: 'UNAUTHENTICATED', message: 'signed out' }] };
        } catch (error) {
          return {
            ok: false,
            problems:
              error instanceof RefreshRefused ? [{ code: error.code, field: 'companyId', message: error.message }] : problemsOf(error),
          };
        }
      },
    }),
    [session, anonymous],
  );

  return (
    <SessionContext.Provider value={value}>
      <LiveGenerationContext.Provider value={liveGeneration}>
        <UrqlProvider value={api?.urql ?? anonymous}>{children}</UrqlProvider>
      </LiveGenerationContext.Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** Changes each time the live socket reconnects: screens that show live state ask for it again. */
export function useLiveGeneration(): number {
  return useContext(LiveGenerationContext);
}

/** The current access token, refreshed first if it is about to end: for requests made outside urql (uploads with progress). */
export function accessToken(): Promise<string | undefined> {
  return manager.accessToken();
}

/** The signed-in session; for screens behind RequireSession. */
export function useSignedIn(): StoredSession {
  const { session } = useSession();
  if (!session) throw new Error('this screen needs a signed-in session');
  return session;
}
