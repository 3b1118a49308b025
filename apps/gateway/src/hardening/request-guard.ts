import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { getOperationAST, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { verifyAccessToken } from '../auth/auth.guard';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { ClientAddresses } from './client-addresses';
import { controlCharacterProblem, OperationLimits, rootFieldNames } from './operation-limits';
import { RateLimitedError, RateLimits, type RateScope } from './rate-limits';

/** The root fields a stricter allowance counts, once per occurrence (aliases included). */
const STRICT_FIELDS: Record<string, Exclude<RateScope, 'address' | 'account'>> = {
  signIn: 'signIn',
  operatorSignIn: 'signIn',
  refreshSession: 'signIn',
  registerCompany: 'registration',
  acceptInvitation: 'registration',
  uploadListingsCsv: 'uploads',
  uploadStockCsv: 'uploads',
};

const UPLOAD_FIELDS = new Set(Object.keys(STRICT_FIELDS).filter((field) => STRICT_FIELDS[field] === 'uploads'));

/** What the guard notes on a request between the HTTP check and the operation check. */
interface GuardedRequest extends IncomingMessage {
  /** The upload allowance of the address was spent before reading a large body. */
  lotbookUploadCounted?: boolean;
}

/**
 * The checks in front of every operation, over HTTP and over graphql-ws:
 * - per request (HTTP middleware): the address's allowance, the body's size (an upload may be
 *   larger than anything else, and spends an upload allowance before it is read), the token count;
 * - per operation (Apollo plugin): the account's allowance, the stricter allowances of sign-in,
 *   registration and uploads, control characters in text, and the cost;
 * - per subscription (graphql-ws `onSubscribe`): the same, and only subscriptions.
 */
@Injectable()
export class RequestGuard {
  readonly addresses: ClientAddresses;
  readonly rates: RateLimits;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    readonly limits: OperationLimits,
  ) {
    this.addresses = new ClientAddresses(config.GATEWAY_TRUSTED_PROXIES);
    this.rates = new RateLimits(config);
  }

  /** Express middleware for the GraphQL path: address allowance, body size, token count; then the JSON body. */
  httpMiddleware(): RequestHandler {
    const small = express.json({ limit: this.config.GATEWAY_MAX_BODY_BYTES });
    const large = express.json({ limit: this.config.GATEWAY_MAX_UPLOAD_BODY_BYTES });
    return (request: Request, response: Response, next: NextFunction) => {
      void this.checkRequest(request, response, next, small, large);
    };
  }

  private async checkRequest(request: Request, response: Response, next: NextFunction, small: RequestHandler, large: RequestHandler) {
    try {
      await this.rates.take('address', this.addresses.of(request));
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > this.config.GATEWAY_MAX_UPLOAD_BODY_BYTES) throw tooLarge();
      const isLarge = declared > this.config.GATEWAY_MAX_BODY_BYTES;
      if (isLarge) {
        // Only an upload may be this large; reading it costs the address one upload.
        await this.rates.take('uploads', `address:${this.addresses.of(request)}`);
        (request as GuardedRequest).lotbookUploadCounted = true;
      }
      await new Promise<void>((resolve, reject) =>
        (isLarge ? large : small)(request, response, (error?: unknown) => (error ? reject(error) : resolve())),
      );
      const body = request.body as { query?: unknown; operationName?: unknown } | undefined;
      const query =
        typeof body?.query === 'string' ? body.query : typeof request.query.query === 'string' ? request.query.query : undefined;
      if (query !== undefined) {
        const problem = this.limits.tokenProblem(query);
        if (problem) throw problem;
        if (isLarge && !isUploadOnly(query, typeof body?.operationName === 'string' ? body.operationName : undefined)) throw tooLarge();
      }
      next();
    } catch (error) {
      sendRefusal(response, refusalOf(error));
    }
  }

  /** The Apollo plugin: account and strict allowances, control characters and cost, once the operation is known. */
  apolloPlugin(): ApolloServerPlugin<{ req: Request }> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ document, operation, request, contextValue, schema }) => {
          if (!operation) return; // Apollo answers an operation it cannot find
          try {
            await this.checkOperation(schema, document, operation, request.operationName, request.variables, contextValue.req);
          } catch (error) {
            throw error instanceof RateLimitedError ? error.toGraphQLError() : error;
          }
        },
      }),
    };
  }

  private async checkOperation(
    schema: GraphQLSchema,
    document: Parameters<typeof rootFieldNames>[0],
    operation: Parameters<typeof rootFieldNames>[1],
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    request: GuardedRequest & { headers: IncomingMessage['headers']; ip?: string },
  ): Promise<void> {
    const address = request.ip ?? this.addresses.of(request);
    const account = this.accountOf(request.headers.authorization);
    if (account) await this.rates.take('account', account);
    for (const field of rootFieldNames(document, operation)) {
      const scope = STRICT_FIELDS[field];
      if (!scope) continue;
      if (scope === 'uploads') {
        if (account) await this.rates.take('uploads', `account:${account}`);
        if (!request.lotbookUploadCounted) await this.rates.take('uploads', `address:${address}`);
        request.lotbookUploadCounted = false;
      } else {
        await this.rates.take(scope, address);
      }
    }
    const problem =
      controlCharacterProblem(document, variables) ?? this.limits.costProblem(schema, document, operationName, variables ?? {});
    if (problem) throw problem;
  }

  /** graphql-ws's onSubscribe: subscriptions only, with the address's and account's allowances and the same input checks. */
  async checkSubscription(
    request: IncomingMessage | undefined,
    authorization: string,
    payload: SubscribePayload,
  ): Promise<readonly GraphQLError[] | void> {
    try {
      if (request) await this.rates.take('address', this.addresses.of(request));
      const account = this.accountOf(authorization);
      if (account) await this.rates.take('account', account);
      const tokens = this.limits.tokenProblem(payload.query);
      if (tokens) return [tokens];
      let document;
      try {
        document = parse(payload.query);
      } catch {
        return undefined; // graphql-ws answers the syntax error itself
      }
      const operation = getOperationAST(document, payload.operationName ?? undefined);
      if (operation && operation.operation !== 'subscription') {
        return [
          gatewayError(
            GatewayErrorCode.SUBSCRIPTIONS_ONLY,
            `the WebSocket carries subscriptions only; send this ${operation.operation} over HTTP POST to the same URL`,
          ),
        ];
      }
      const problem = controlCharacterProblem(document, payload.variables ?? undefined);
      return problem ? [problem] : undefined;
    } catch (error) {
      const refusal = refusalOf(error);
      const { http: _http, ...extensions } = refusal.extensions;
      return [new GraphQLError(refusal.message, { extensions })];
    }
  }

  /** The account a valid access token names; none for a missing or bad token (the field's own guard answers that). */
  private accountOf(authorization: string | undefined): string | undefined {
    if (!authorization) return undefined;
    try {
      const actor = verifyAccessToken(authorization, this.config.AUTH_TOKEN_SECRET);
      return `${actor.kind}:${actor.id}`;
    } catch {
      return undefined;
    }
  }
}

function tooLarge(): GraphQLError {
  return gatewayError(GatewayErrorCode.REQUEST_TOO_LARGE, 'the request body is larger than any operation but a CSV upload may send', {
    http: { status: 413 },
  });
}

/** Whether the operation does nothing but upload files: the only thing allowed a large body. */
function isUploadOnly(query: string, operationName: string | undefined): boolean {
  try {
    const document = parse(query);
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'mutation') return false;
    const fields = rootFieldNames(document, operation);
    return fields.length > 0 && fields.every((field) => UPLOAD_FIELDS.has(field));
  } catch {
    return false;
  }
}

/** A refusal at the HTTP layer as the GraphQL error a client reads anywhere else. */
function refusalOf(error: unknown): GraphQLError {
  if (error instanceof RateLimitedError) return error.toGraphQLError();
  if (error instanceof GraphQLError) return error;
  const type = (error as { type?: string } | undefined)?.type;
  if (type === 'entity.too.large') return tooLarge();
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return gatewayError(GatewayErrorCode.INVALID_INPUT, 'the request body is not JSON in UTF-8', { http: { status: 400 } });
  }
  return gatewayError(GatewayErrorCode.INTERNAL_SERVER_ERROR, 'the request could not be read', { http: { status: 500 } });
}

function sendRefusal(response: Response, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } } & Record<
    string,
    unknown
  >;
  for (const [name, value] of http?.headers ?? []) response.setHeader(name, value);
  response
    .status(http?.status ?? 400)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}
