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
  /**
   * After a token refresh: new subscriptions go over a new socket that presents the new token
   * (the gateway checks a socket's token when a subscription starts); the subscriptions already
   * running stay on their socket, which closes when the last of them ends, so no event is lost.
   */
  renewSocket(): void;
  /** Called each time a socket connects again after a drop (events in between may be lost). */
  onReconnect(listener: () => void): () => void;
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
  const reconnectListeners = new Set<() => void>();
  const sockets: WsClient[] = [];
  const newSocket = (): WsClient => {
    const socket = createWsClient({
      url: urls.ws,
      lazy: true,
      retryAttempts: 8,
      connectionParams: async () => {
        const token = await accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
    let connections = 0;
    socket.on('connected', () => {
      connections += 1;
      if (connections > 1) for (const listener of reconnectListeners) listener();
    });
    sockets.push(socket);
    return socket;
  };
  let current = newSocket();
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
              const unsubscribe = current.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return {
    urql,
    renewSocket() {
      current = newSocket();
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    dispose: () => sockets.forEach((socket) => void socket.dispose()),
  };
}
