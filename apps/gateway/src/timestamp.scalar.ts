import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * An instant as an ISO 8601 string in UTC. Services send timestamps as ISO strings in their
 * envelopes; resolvers may also return Date objects.
 */
export const Timestamp = new GraphQLScalarType<Date, string>({
  name: 'Timestamp',
  description: 'An instant, as an ISO 8601 string in UTC (e.g. 2026-11-23T12:00:00.000Z)',
  serialize(value: unknown): string {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`not a timestamp: ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value: unknown): Date {
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`expected an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
    return date;
  },
  parseLiteral(ast): Date {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('expected an ISO 8601 timestamp string');
    const date = new Date(ast.value);
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`expected an ISO 8601 timestamp, got "${ast.value}"`);
    return date;
  },
});
