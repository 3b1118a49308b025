import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage';
import { Test } from '@nestjs/testing';
import type { Type } from '@nestjs/common';
import { gatewayConfigSchema } from '../gateway.config';
import { GatewayModule } from '../gateway.module';
import { CompanyStandingCache } from './company-standing.cache';
import { GatewayHealthService } from '../health/health.service';
import { LiveTradingEvents } from '../trading/live-trading.events';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { ACCESS_RULE, type AccessRule } from './access.decorator';

/** Every resolver class the gateway module provides. */
const RESOLVERS = (GatewayModule.forRoot(gatewayConfigSchema.parse({})).providers ?? []).filter(
  (provider): provider is Type => typeof provider === 'function' && provider.name.endsWith('Resolver'),
);

type Operation = 'Query' | 'Mutation' | 'Subscription';

describe('every Query, Mutation and Subscription field declares who may call it', () => {
  let fields: Array<{ operation: Operation; name: string }>;

  beforeAll(async () => {
    // Builds the real schema from the resolver classes; their services are never called here.
    const module = await Test.createTestingModule({
      imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
      providers: [
        ...RESOLVERS,
        { provide: ServiceRpcClient, useValue: {} },
        { provide: GatewayHealthService, useValue: {} },
        { provide: LiveTradingEvents, useValue: {} },
        { provide: CompanyStandingCache, useValue: {} },
      ],
    }).compile();
    const app = module.createNestApplication();
    await app.init();
    const schema = app.get(GraphQLSchemaHost).schema;
    fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => ({ operation: 'Query' as const, name })),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => ({ operation: 'Mutation' as const, name })),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((name) => ({ operation: 'Subscription' as const, name })),
    ];
    await app.close();
  });

  function ruleOf(operation: Operation, name: string): AccessRule | undefined {
    const all = {
      Query: TypeMetadataStorage.getQueriesMetadata(),
      Mutation: TypeMetadataStorage.getMutationsMetadata(),
      Subscription: TypeMetadataStorage.getSubscriptionsMetadata(),
    };
    const metadata = all[operation].find(
      (entry) => entry.schemaName === name && RESOLVERS.includes(entry.target as Type),
    );
    if (!metadata) return undefined;
    const handler = (metadata.target.prototype as Record<string, unknown>)[metadata.methodName] as object;
    return Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined;
  }

  it('finds the resolvers and the schema fields', () => {
    expect(RESOLVERS.map((resolver) => resolver.name)).toEqual(expect.arrayContaining(['HealthResolver', 'CounterpartiesResolver', 'CatalogResolver']));
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['health', 'myCompany', 'moderateCompany', 'signIn', 'placeBid', 'bookChanged']));
  });

  it('has an access rule on each of them', () => {
    const unguarded = fields.filter((field) => !ruleOf(field.operation, field.name)).map((field) => `${field.operation}.${field.name}`);
    expect(unguarded).toEqual([]);
  });

  it('keeps moderation for operators and the company view for members', () => {
    expect(ruleOf('Mutation', 'moderateCompany')).toEqual({ kind: 'operator' });
    expect(ruleOf('Query', 'moderationLog')).toEqual({ kind: 'operator' });
    expect(ruleOf('Query', 'myCompany')).toMatchObject({ kind: 'member' });
    expect(ruleOf('Mutation', 'registerCompany')).toEqual({ kind: 'public' });
  });
});
