import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Refusals (bad input, a company not approved, a wrong password) are answers, not faults: they
 * go to the caller as GraphQL errors with their code, without Nest logging each one as an error
 * with a stack trace. Anything else still reaches Nest's default handling and its log.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
