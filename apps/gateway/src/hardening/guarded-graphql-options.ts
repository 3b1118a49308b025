import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import { formatGraphQLError } from '../errors/format-error';
import { isProduction, operationTimeoutMs, type GatewayConfig } from '../gateway.config';
import type { OperationDeadline } from './operation-deadline.interceptor';
import { type OperationLimits } from './operation-limits';
import { type RequestGuard } from './request-guard';

interface WsContext {
  connectionParams?: Record<string, unknown>;
  extra?: { request?: IncomingMessage };
}

/**
 * The Apollo options that decide what an operation may do: production switches, limits,
 * allowances, error shaping, the per-operation deadline in the context, and graphql-ws for
 * subscriptions only.
 */
export function guardedGraphQLOptions(config: GatewayConfig, guard: RequestGuard, limits: OperationLimits): Partial<ApolloDriverConfig> {
  const production = isProduction(config);
  const armor = limits.armor();
  const timeoutMs = operationTimeoutMs(config);
  return {
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError: formatGraphQLError(production),
    // HTTP requests bring their headers; graphql-ws subscriptions bring the token in their connection params.
    context: (argument: { req?: IncomingMessage } & WsContext): { req: unknown } & OperationDeadline => {
      if (argument.req) return { req: argument.req, deadline: Date.now() + timeoutMs };
      const params = argument.connectionParams;
      const upgrade = argument.extra?.request;
      return {
        req: {
          headers: { authorization: String(params?.authorization ?? params?.Authorization ?? '') },
          ip: upgrade ? guard.addresses.of(upgrade) : 'unknown',
          socket: upgrade?.socket,
        },
      };
    },
    subscriptions: {
      'graphql-ws': {
        onSubscribe: (context, _id, payload) => {
          const { connectionParams, extra } = context as WsContext;
          return guard.checkSubscription(
            extra?.request,
            String(connectionParams?.authorization ?? connectionParams?.Authorization ?? ''),
            payload,
          );
        },
      },
    },
    // Apollo's own landing page loads from a CDN; ours (graphiql.middleware) does not, and is off in production.
    playground: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), guard.apolloPlugin(), ...armor.plugins],
  };
}
