import 'reflect-metadata';
import { lotbookTopics } from '@lotbook/contracts';
import { createKafka, ensureTopics, pingKafka } from '@lotbook/messaging';
import { ConfigError, JsonLogger, loadConfig, StartupError } from '@lotbook/platform';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type GatewayConfig, gatewayConfigSchema, isProduction } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { graphiqlMiddleware } from './graphiql/graphiql.middleware';
import { RequestGuard } from './hardening/request-guard';
import { webAppMiddleware } from './web/web-app.middleware';

export interface RunningGateway {
  app: INestApplication;
  config: GatewayConfig;
  url: string;
  close(): Promise<void>;
}

/** Starts the GraphQL gateway; throws a StartupError naming the cause when it cannot. */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningGateway> {
  let config: GatewayConfig;
  try {
    config = loadConfig('gateway', gatewayConfigSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
  const logger = new JsonLogger('gateway', config.LOG_LEVEL);
  const kafka = createKafka({ clientId: 'gateway-admin', brokers: config.KAFKA_BROKERS, logger: logger.forComponent('kafka') });
  try {
    await pingKafka(kafka, config.STARTUP_TIMEOUT_MS);
    await ensureTopics(kafka, lotbookTopics.all());
  } catch (error) {
    throw new StartupError(
      `gateway cannot reach Kafka at ${config.KAFKA_BROKERS.join(',')}: ${(error as Error).message}. ` +
        'Check KAFKA_BROKERS and that the broker is running.',
    );
  }

  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), { logger, abortOnError: false, bodyParser: false });
  const production = isProduction(config);
  const guard = app.get(RequestGuard);
  // req.ip reads X-Forwarded-For only from the proxies trusted; Express shows no stack in production.
  app.set('trust proxy', guard.addresses.trust);
  if (production) app.set('env', 'production');
  // Address allowance, body size (small but for uploads), token count; then the JSON body.
  app.use('/graphql', guard.httpMiddleware());
  if (!production) app.use(graphiqlMiddleware('/graphql'));
  app.use(webAppMiddleware());
  app.enableShutdownHooks();
  await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
  const url = `http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}/graphql`;
  logger.announceReady({ graphql: url });
  return { app, config, url, close: () => app.close() };
}
