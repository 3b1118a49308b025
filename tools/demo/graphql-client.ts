// The demo's only way into Lotbook: GraphQL over HTTP, and graphql-ws for subscriptions.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** The gateway answered with errors: the request and the response, to print as they were. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly request: { query: string; variables: Record<string, unknown> },
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
    /** The response body exactly as it came. */
    readonly responseText: string,
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
    this.name = 'GraphQLRequestError';
  }

  /** The first error's code (QUANTITY_BELOW_MINIMUM, UNAUTHENTICATED, ...). */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** The request and the response, as they went over the wire. */
  describe(): string {
    const query = this.request.query.replace(/\s+/g, ' ').trim();
    return [
      `request:  ${query}`,
      `          variables ${JSON.stringify(this.request.variables, (key, value: unknown) => (key === 'password' ? '…' : value))}`,
      `response: HTTP ${this.status} ${this.responseText}`,
    ].join('\n');
  }
}

/** Nothing answers at the gateway's address. */
export class GatewayUnreachableError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`cannot reach the Lotbook GraphQL gateway at ${url} (${causeText(cause)})`);
    this.name = 'GatewayUnreachableError';
  }
}

function causeText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

export class GraphQLHttpClient {
  constructor(readonly url: string) {}

  /** Runs a query or mutation; resolves with its data, or rejects with the gateway's errors. */
  async request<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError')
        throw new Error(`the gateway at ${this.url} did not answer within 30 s: ${query.slice(0, 80)}…`);
      throw new GatewayUnreachableError(this.url, error);
    }
    const text = await response.text();
    let body: { data?: T | null; errors?: GraphQLErrorEntry[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new GraphQLRequestError({ query, variables }, [{ message: 'not a GraphQL answer' }], response.status, text);
    }
    if (body.errors?.length || body.data === undefined || body.data === null) {
      throw new GraphQLRequestError({ query, variables }, body.errors ?? [{ message: 'no data in the answer' }], response.status, text);
    }
    return body.data;
  }

  /** A graphql-ws client at the same address (ws:// for http://), signed in with the token. */
  subscriptions(token: string): Client {
    return createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
    });
  }
}
