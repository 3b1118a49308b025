import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { GatewayErrorCode, isErrorCode } from './gateway-errors';

/** Apollo's own codes for what is wrong with the request itself: their messages are about the request, never internal. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** What production says instead of a message that could describe the inside of Lotbook. */
const PRODUCTION_MESSAGES: Partial<Record<string, string>> = {
  [GatewayErrorCode.INTERNAL_SERVER_ERROR]: 'internal server error',
  [GatewayErrorCode.SERVICE_UNAVAILABLE]:
    'a back-end service did not answer in time; the request may or may not have been applied: send it again with the same idempotency key',
};

/** The refusal of ours an error carries, if any: Apollo wraps a validation rule's error and sets its own code. */
function typedOrigin(error: unknown): GraphQLError | undefined {
  for (
    let current = error, depth = 0;
    current instanceof Error && depth < 5;
    current = (current as GraphQLError).originalError, depth += 1
  ) {
    if (current instanceof GraphQLError && isErrorCode(current.extensions?.code)) return current;
  }
  return undefined;
}

/**
 * Every GraphQL error on its way out, the one place for it: a refusal of ours keeps its code
 * (and `field`, `retryAfterSeconds`), even inside Apollo's wrapping; no stack trace ever; in
 * production an internal fault becomes INTERNAL_SERVER_ERROR with no detail, a service's fault
 * a fixed SERVICE_UNAVAILABLE message, and no "Did you mean" names the schema's fields.
 */
export function formatGraphQLError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const typed = typedOrigin(error);
    const {
      stacktrace: _stacktrace,
      exception: _exception,
      http: _http,
      ...extensions
    } = {
      ...(formatted.extensions ?? {}),
      ...(typed ? typed.extensions : {}),
    } as Record<string, unknown>;
    const code = String(extensions.code ?? GatewayErrorCode.INTERNAL_SERVER_ERROR);
    let message = typed ? typed.message : formatted.message;
    const known = isErrorCode(code) || REQUEST_CODES.has(code);
    if (production) {
      if (!known)
        return {
          message: 'internal server error',
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: GatewayErrorCode.INTERNAL_SERVER_ERROR },
        };
      message = PRODUCTION_MESSAGES[code] ?? message.replace(/\s*Did you mean[^?]*\?/g, '');
    }
    return { ...formatted, message, extensions: { ...extensions, code } };
  };
}
