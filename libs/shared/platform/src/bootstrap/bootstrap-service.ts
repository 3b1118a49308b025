import 'reflect-metadata';
import { defaultPortOf, healthContracts, lotbookTopics, ServiceName } from '@lotbook/contracts';
import {
  createKafka,
  ensureTopics,
  kafkaLogCreator,
  MessagingModule,
  noDelaySocketFactory,
  pingKafka,
  requestReplyConsumerOptions,
} from '@lotbook/messaging';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { DynamicModule, Global, INestApplication, Module, Type } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { MicroserviceOptions } from '@nestjs/microservices';
import { Kafka, logLevel } from 'kafkajs';
import { z } from 'zod';
import { DataSource, MixedList } from 'typeorm';
import { BatchCommandHost } from '../commands/batch-command.decorator';
import { ConfigError, loadConfig, redactUrl, ServiceConfig, serviceConfigSchema } from '../config/config';
import { createHealthRpcController, HealthController } from '../health/health.controller';
import { HealthService } from '../health/health.service';
import { JsonLogger } from '../logging/json-logger';
import { JoiningServerKafka } from './joining-server-kafka';
import { SERVICE_CONTEXT, ServiceContext } from './service-context';

/** The service's whole validated configuration (the shared settings plus its own). */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface ServiceDefinition {
  /** Its name in the one list of services, which gives its default HTTP port. */
  name: ServiceName;
  /** Settings of this service beyond the shared ones, validated with them at start. */
  config?: z.ZodObject;
  /** The service's feature modules. */
  imports?: Array<Type<unknown> | DynamicModule>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

export interface RunningService {
  app: INestApplication;
  config: ServiceConfig;
  logger: JsonLogger;
  close(): Promise<void>;
}

/** Start-up failed for a reason the operator can fix; the message says which. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  const message = (error as Error)?.message || String(error);
  const code = (error as { code?: string })?.code;
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

@Global()
@Module({})
class ServiceCoreModule {
  static forRoot(context: ServiceContext, dataSource: DataSource, kafka: Kafka, config: Record<string, unknown>): DynamicModule {
    const contract = healthContracts[context.name];
    return {
      module: ServiceCoreModule,
      imports: [DiscoveryModule],
      controllers: [HealthController, createHealthRpcController(contract.request, contract.reply)],
      providers: [
        { provide: SERVICE_CONTEXT, useValue: context },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: Kafka, useValue: kafka },
        HealthService,
        BatchCommandHost,
        {
          provide: 'DATA_SOURCE_CLOSER',
          useFactory: () => ({ onApplicationShutdown: () => dataSource.destroy() }),
        },
      ],
      exports: [SERVICE_CONTEXT, SERVICE_CONFIG, DataSource, Kafka, HealthService],
    };
  }
}

/**
 * Starts one back-end service: validated config, PostgreSQL reachable and migrated, Kafka
 * reachable with every registry topic in place, then the Nest app with its HTTP health
 * endpoint, its Kafka microservice transport (request-reply) and its outbox relay and event
 * consumer. Any failure before "ready" throws a StartupError naming the cause.
 */
export async function startService(definition: ServiceDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  let config: ServiceConfig;
  let fullConfig: Record<string, unknown>;
  try {
    const shared = serviceConfigSchema({ httpPort: defaultPortOf(definition.name) });
    fullConfig = loadConfig(definition.name, definition.config ? shared.extend(definition.config.shape) : shared, env);
    config = fullConfig as ServiceConfig;
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
  const logger = new JsonLogger(definition.name, config.LOG_LEVEL);
  const context: ServiceContext = { name: definition.name, version: process.env.npm_package_version ?? '0.1.0' };

  const dataSource = createServiceDataSource({
    url: config.DATABASE_URL,
    schema: definition.name,
    entities: definition.entities ?? [],
    migrations: definition.migrations,
    applicationName: definition.name,
    connectTimeoutMs: config.STARTUP_TIMEOUT_MS,
  });
  try {
    await withTimeout(dataSource.initialize(), config.STARTUP_TIMEOUT_MS, 'PostgreSQL');
    const applied = await runMigrations(dataSource);
    logger.log({ msg: 'database ready', schema: definition.name, migrationsApplied: applied });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new StartupError(
      `${definition.name} cannot use its database at ${redactUrl(config.DATABASE_URL)}: ${errorText(error)}. ` +
        'Check DATABASE_URL and that PostgreSQL is running.',
    );
  }

  const kafka = createKafka({
    clientId: definition.name,
    brokers: config.KAFKA_BROKERS,
    logger: logger.forComponent('kafka'),
    connectionTimeoutMs: Math.min(config.STARTUP_TIMEOUT_MS, 5000),
  });
  try {
    await pingKafka(kafka, config.STARTUP_TIMEOUT_MS);
    const created = await withTimeout(ensureTopics(kafka, lotbookTopics.all()), config.STARTUP_TIMEOUT_MS, 'Kafka topic creation');
    logger.log({ msg: 'kafka ready', brokers: config.KAFKA_BROKERS, topicsCreated: created });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new StartupError(
      `${definition.name} cannot reach Kafka at ${config.KAFKA_BROKERS.join(',')}: ${errorText(error)}. ` +
        'Check KAFKA_BROKERS and that the broker is running.',
    );
  }

  const root: DynamicModule = {
    module: class ServiceRootModule {},
    imports: [
      ServiceCoreModule.forRoot(context, dataSource, kafka, fullConfig),
      MessagingModule.forRoot({
        serviceName: definition.name,
        registry: lotbookTopics,
        dataSource,
        kafka,
        logger: logger.forComponent('messaging'),
        relay: { idleDelayMs: config.OUTBOX_IDLE_DELAY_MS, batchSize: config.OUTBOX_BATCH_SIZE },
        inboxRetentionDays: config.INBOX_RETENTION_DAYS,
      }),
      ...(definition.imports ?? []),
    ],
  };
  Object.defineProperty(root.module, 'name', { value: `${definition.name}RootModule` });

  const app = await NestFactory.create(root, { logger, abortOnError: false });
  const commands = new JoiningServerKafka({
    postfixId: '',
    client: {
      clientId: `${definition.name}-rpc`,
      brokers: config.KAFKA_BROKERS,
      socketFactory: noDelaySocketFactory,
      // Its errors are the service's too: a command consumer that dies unseen answers nothing.
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(logger.forComponent('kafka')),
    },
    consumer: requestReplyConsumerOptions(`${definition.name}.rpc`),
    producer: { allowAutoTopicCreation: false },
    subscribe: { fromBeginning: false },
    // NestJS answers a partition's messages one at a time; several partitions at once keep one
    // slow command (a search) from holding up every other.
    run: { partitionsConsumedConcurrently: config.RPC_CONCURRENCY },
  });
  app.connectMicroservice<MicroserviceOptions>({ strategy: commands });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  // Commands sent before the group has joined, or before it holds its start, could be skipped.
  await commands.settled();
  // Every provider has started (trading's books are rebuilt) before batch commands flow; their
  // groups, too, hold their start before the service says it is ready.
  await app.init();
  await app.get(BatchCommandHost).start();
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  logger.announceReady({ httpPort: config.HTTP_PORT, health: `http://${config.HTTP_HOST}:${config.HTTP_PORT}/health` });
  return { app, config, logger, close: () => app.close() };
}

/** The entry point of a service's main.ts: starts it, or prints why it cannot and exits 1. */
export function runService(definition: ServiceDefinition): void {
  startService(definition).catch((error: unknown) => {
    const message = error instanceof StartupError ? error.message : `${definition.name} failed to start: ${errorText(error)}`;
    process.stderr.write(`${message}\n`);
    process.stdout.write(`${JSON.stringify({ level: 'fatal', service: definition.name, time: new Date().toISOString(), msg: message })}\n`);
    process.exit(1);
  });
}
