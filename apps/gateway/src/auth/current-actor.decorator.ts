import type { Actor } from '@lotbook/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest } from './auth.guard';

/** The authenticated caller, as the AuthGuard verified it. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  if (!request.actor) throw new Error('CurrentActor used on a field whose access rule does not authenticate');
  return request.actor;
});

/**
 * The caller's network address, for sign-in throttling: `req.ip`, which reads X-Forwarded-For
 * only from the trusted proxies (GATEWAY_TRUSTED_PROXIES), else the socket's address.
 */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = GqlExecutionContext.create(context).getContext<{ req: Partial<AuthenticatedRequest> }>().req;
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
});
