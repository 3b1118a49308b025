import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function check(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError(`expected a whole number of minor units (cents, kopecks) up to ${Number.MAX_SAFE_INTEGER}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Money in integer minor units: GraphQL's Int stops at 2^31, company credit limits do not. */
export const MinorUnits = new GraphQLScalarType<number, number>({
  name: 'MinorUnits',
  description: 'An amount of money as a whole number of minor units (kopecks, cents), up to 2^53 - 1; the currency is given beside it',
  serialize: check,
  parseValue: check,
  parseLiteral(ast): number {
    if (ast.kind !== Kind.INT) throw new GraphQLError('expected a whole number of minor units');
    return check(Number(ast.value));
  },
});
