import type { CommandError } from '@lotbook/contracts';
import { GraphQLError } from 'graphql';

/** The gateway's own error codes; services' codes (INVALID_TAX_ID, ...) pass through unchanged. */
export enum GatewayErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  COMPANY_NOT_APPROVED = 'COMPANY_NOT_APPROVED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export function gatewayError(code: GatewayErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** A business refusal from a service, as a GraphQL error with a stable `extensions.code`. */
export function commandError(error: CommandError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) } });
}
