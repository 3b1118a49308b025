import { Field, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import { ERROR_CODES, GRAPHQL_ERRORS, type ErrorCode } from './gateway-errors';

/** The schema's `ErrorCode` enum: every `extensions.code` a refusal may carry, from the one table. */
export const ErrorCodeEnum = Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as { [TCode in ErrorCode]: TCode };

registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description:
    'Every `extensions.code` a GraphQL error may carry. A refusal changes nothing; `extensions.field` names the input at fault when there is one',
  valuesMap: Object.fromEntries(ERROR_CODES.map((code) => [code, { description: GRAPHQL_ERRORS[code].description }])),
});

@ObjectType({ description: 'One error code and what it means' })
export class ErrorCodeDescription {
  @Field(() => ErrorCodeEnum, { description: 'The code, as `extensions.code` carries it' }) code!: ErrorCode;
  @Field({ description: 'What it means and what to do about it' }) description!: string;
}

/** The error codes, readable by any client: the list an integrator maps its handling from. */
@Resolver()
export class ErrorCodesResolver {
  @Public()
  @Query(() => [ErrorCodeDescription], {
    description: 'Every error code a refusal may carry, with what it means (also the `ErrorCode` enum)',
  })
  errorCodes(): ErrorCodeDescription[] {
    return ERROR_CODES.map((code) => ({ code, description: GRAPHQL_ERRORS[code].description }));
  }
}
