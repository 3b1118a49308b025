/** A GraphQL client for tests: POSTs a query, returns data or the errors with their codes. */
export interface GraphQLErrorResult {
  message: string;
  extensions?: { code?: string; field?: string };
}

export interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: GraphQLErrorResult[];
}

export class GraphQLTestClient {
  constructor(
    private readonly url: string,
    private readonly accessToken?: string,
  ) {}

  as(accessToken: string | undefined): GraphQLTestClient {
    return new GraphQLTestClient(this.url, accessToken);
  }

  async execute<TData = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<TData>;
  }

  /** Runs the query and returns its data, failing loudly on any error. */
  async data<TData = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<TData> {
    const result = await this.execute<TData>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Runs the query expecting it to fail; returns the first error's code and message. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<{ code?: string; message: string; field?: string }> {
    const result = await this.execute(query, variables);
    const first = result.errors?.[0];
    if (!first) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return { code: first.extensions?.code, message: first.message, field: first.extensions?.field };
  }
}
