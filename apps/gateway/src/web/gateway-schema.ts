import 'reflect-metadata';
import { ENTRY_PROVIDER_WATERMARK } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { GatewayConfig } from '../gateway.config';
import { GatewayModule } from '../gateway.module';

type ResolverClass = new (...args: never[]) => unknown;

/** The resolver classes the gateway module provides, found by the mark @Resolver() leaves on them. */
export function gatewayResolvers(): ResolverClass[] {
  // forRoot only reads the config inside provider factories, which are never called here.
  const providers = GatewayModule.forRoot({} as GatewayConfig).providers ?? [];
  return providers.filter(
    (provider) => typeof provider === 'function' && Reflect.getMetadata(ENTRY_PROVIDER_WATERMARK, provider) === true,
  ) as ResolverClass[];
}

/**
 * The gateway's GraphQL schema as SDL, built in this process from the same resolver classes
 * the gateway serves (sorted as the gateway sorts it), with no Kafka, database or port: what
 * the web app's typed operations are generated against.
 */
export async function printGatewaySchema(): Promise<string> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create(gatewayResolvers());
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await context.close();
  }
}
