import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { throwError, timeout, type Observable } from 'rxjs';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';

/** Set in the GraphQL context when an operation arrives: when its answer is due. */
export interface OperationDeadline {
  deadline?: number;
}

function timedOut() {
  return gatewayError(GatewayErrorCode.OPERATION_TIMEOUT, 'the operation did not finish in time; it may or may not have been applied');
}

/**
 * One operation, one deadline: every root field (each sends its commands to the services)
 * must answer before the operation's deadline, whatever the RPC timeout of each command, so an
 * operation of many fields, or of a service that hangs, holds the gateway no longer than
 * GATEWAY_OPERATION_TIMEOUT_MS. Subscriptions live as long as their socket.
 */
@Injectable()
export class OperationDeadlineInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const graphql = GqlExecutionContext.create(context);
    if (graphql.getInfo().operation.operation === 'subscription') return next.handle();
    const deadline = graphql.getContext<OperationDeadline>().deadline;
    if (deadline === undefined) return next.handle();
    const remaining = deadline - Date.now();
    if (remaining <= 0) return throwError(timedOut);
    return next.handle().pipe(timeout({ first: remaining, with: () => throwError(timedOut) }));
  }
}
