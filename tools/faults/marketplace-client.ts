// A client of the marketplace as the fault harness drives it: GraphQL over HTTP only, signed in
// as a company user or an operator, retrying what may not have happened with the same
// idempotency key until it gets a definite answer, as a careful integrator would.
export const PASSWORD = 'fault-harness-2026';

/** Answers that say "not now", never "no": the request may be sent again with the same key. */
const TRANSIENT_CODES = new Set(['SERVICE_UNAVAILABLE', 'TRY_AGAIN', 'OPERATION_TIMEOUT', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);

export function isTransient(code: string | undefined): boolean {
  return code === undefined || TRANSIENT_CODES.has(code) || code.endsWith('_UNAVAILABLE');
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export type Outcome<T> =
  { kind: 'ANSWERED'; data: T } | { kind: 'REFUSED'; code: string; message: string } | { kind: 'UNKNOWN'; last: string };

export class MarketplaceClient {
  private token: string | undefined;

  constructor(
    private readonly url: string,
    readonly email: string | undefined,
    private readonly operator = false,
  ) {}

  private async post<T>(query: string, variables: Record<string, unknown>): Promise<{ data?: T | null; errors?: GraphQLError[] }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as { data?: T | null; errors?: GraphQLError[] };
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 120)}` }] };
    }
  }

  async signIn(): Promise<void> {
    if (!this.email) return;
    const field = this.operator ? 'operatorSignIn' : 'signIn';
    const outcome = await this.once<Record<string, { accessToken: string }>>(
      `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
      { email: this.email, password: PASSWORD },
      false,
    );
    if (outcome.kind !== 'ANSWERED') throw new Error(`${this.email} cannot sign in: ${JSON.stringify(outcome)}`);
    this.token = outcome.data[field].accessToken;
  }

  /** One try: answered, refused (a definite no), or unknown (the request may or may not have been applied). */
  private async once<T>(query: string, variables: Record<string, unknown>, resignIn = true): Promise<Outcome<T>> {
    let reply: { data?: T | null; errors?: GraphQLError[] };
    try {
      reply = await this.post<T>(query, variables);
    } catch (error) {
      return { kind: 'UNKNOWN', last: (error as Error).cause ? String((error as Error).cause) : (error as Error).message };
    }
    const error = reply.errors?.[0];
    if (!error && reply.data) return { kind: 'ANSWERED', data: reply.data };
    const code = error?.extensions?.code;
    if (code === 'UNAUTHENTICATED' && resignIn) {
      await this.signIn().catch(() => undefined); // an access token lives 15 minutes; a long run outlives it
      return { kind: 'UNKNOWN', last: 'UNAUTHENTICATED' };
    }
    if (isTransient(code)) return { kind: 'UNKNOWN', last: `${code ?? 'no code'}: ${error?.message ?? 'no data'}` };
    return { kind: 'REFUSED', code: code as string, message: error?.message ?? '' };
  }

  /**
   * Sends the request until it is answered or refused, with the same variables (so the same
   * idempotency key) each time, for at most `deadlineMs`.
   */
  async send<T>(query: string, variables: Record<string, unknown>, deadlineMs = 120_000): Promise<Outcome<T>> {
    const until = Date.now() + deadlineMs;
    let outcome = await this.once<T>(query, variables);
    while (outcome.kind === 'UNKNOWN' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
      outcome = await this.once<T>(query, variables);
    }
    return outcome;
  }

  /** The data, or an error: for setting the marketplace up, not for the faulty part. */
  async must<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const outcome = await this.send<T>(query, variables);
    if (outcome.kind !== 'ANSWERED') throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(outcome)}`);
    return outcome.data;
  }
}
