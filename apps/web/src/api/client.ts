import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export const GRAPHQL_PATH = '/graphql';

/** Where the app finds the API: the page's own origin (the gateway serves both). */
export function graphqlUrls(location: Pick<Location, 'protocol' | 'host'>): { http: string; ws: string } {
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: `${location.protocol}//${location.host}${GRAPHQL_PATH}`, ws: `${wsProtocol}//${location.host}${GRAPHQL_PATH}` };
}

export interface ApiClient {
  urql: Client;
  ws: WsClient;
  dispose(): void;
}

/**
 * The GraphQL client of one session: queries and mutations over HTTP with the access token
 * (made fresh first, see SessionManager), subscriptions over graphql-ws with the token in the
 * connection params. A new session (sign-in, company switch) gets a new client, so no cached
 * answer of one company is shown to another.
 */
export function createApiClient(accessToken: () => Promise<string | undefined>): ApiClient {
  const urls = graphqlUrls(window.location);
  const ws = createWsClient({
    url: urls.ws,
    lazy: true,
    retryAttempts: 8,
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const authorizedFetch: typeof fetch = async (input, init) => {
    const token = await accessToken();
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const urql = new Client({
    url: urls.http,
    preferGetMethod: false,
    fetch: authorizedFetch,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { urql, ws, dispose: () => void ws.dispose() };
}

/** For sign-in and refresh: the bare fetch, without a token (and without waiting for one). */
export const anonymousFetch: typeof fetch = (input, init) => fetch(input, init);
