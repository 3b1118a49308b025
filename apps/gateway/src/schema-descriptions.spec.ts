import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import {
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { gatewayConfigSchema } from './gateway.config';
import { GatewayModule } from './gateway.module';

/** Every resolver class the gateway module provides (orders' too, once it is there). */
const RESOLVERS = (GatewayModule.forRoot(gatewayConfigSchema.parse({})).providers ?? []).filter(
  (provider): provider is Type => typeof provider === 'function' && provider.name.endsWith('Resolver'),
);

async function buildSchema(): Promise<GraphQLSchema> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await context.get(GraphQLSchemaFactory).create(RESOLVERS);
  } finally {
    await context.close();
  }
}

const described = (description: string | null | undefined) => (description ?? '').trim().length > 0;

/** Every type, field and argument of the schema that has no description, by its coordinate (`Type.field(arg:)`). */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  // Nest's code-first schema gives the root types no description to set; their fields carry the documentation.
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  for (const type of types) {
    if (!described(type.description) && !roots.has(type as never)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}

describe('the GraphQL schema is the integrators’ manual', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('is built from every resolver of the gateway', () => {
    expect(RESOLVERS.map((resolver) => resolver.name)).toEqual(
      expect.arrayContaining(['HealthResolver', 'ErrorCodesResolver', 'CounterpartiesResolver', 'CatalogResolver', 'TradingResolver']),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['registerCompany', 'placeBid']));
  });

  it('describes every type, field and argument', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('finds what is undescribed (the check can fail)', async () => {
    const { buildSchema: parse } = await import('graphql');
    const bare = parse(`
      type Query { "described" ok(id: ID): Int, bare(x: Int): Int, "described" thing: Thing }
      type Thing { name: String }
      enum Plain { A }
      input Filter { "described" a: Int, b: Int }
    `);
    expect(undescribed(bare)).toEqual([
      'Filter',
      'Filter.b',
      'Plain',
      'Query.bare',
      'Query.bare(x:)',
      'Query.ok(id:)',
      'Thing',
      'Thing.name',
    ]);
  });
});
