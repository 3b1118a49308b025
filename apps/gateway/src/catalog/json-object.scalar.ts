import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function check(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new GraphQLError('expected an object of string values');
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw new GraphQLError(`attribute "${key}" must be a string`);
  }
  return value as Record<string, string>;
}

function literal(ast: ValueNode): Record<string, string> {
  if (ast.kind !== Kind.OBJECT) throw new GraphQLError('expected an object of string values');
  const result: Record<string, string> = {};
  for (const field of ast.fields) {
    if (field.value.kind !== Kind.STRING) throw new GraphQLError(`attribute "${field.name.value}" must be a string`);
    result[field.name.value] = field.value.value;
  }
  return result;
}

/** Key/value attributes of a product: an object whose values are strings. */
export const GraphQLJSONObject = new GraphQLScalarType<Record<string, string>, Record<string, string>>({
  name: 'Attributes',
  description: 'Key/value attributes, e.g. {"grade": "S355", "thickness_mm": "4"}',
  serialize: check,
  parseValue: check,
  parseLiteral: literal,
});
