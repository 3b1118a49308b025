export {
  runService,
  startService,
  StartupError,
  SERVICE_CONFIG,
  type RunningService,
  type ServiceDefinition,
} from './bootstrap/bootstrap-service';
export { DomainError } from '@lotbook/contracts';
export { answerCommand, type CommandReply } from './commands/command-handler';
export {
  IDEMPOTENCY_RETENTION_HOURS,
  IdempotencyKeyReusedError,
  idempotencyMigrations,
  IdempotencyStore,
  requestHash,
  type KeyedRequest,
} from './commands/idempotency';
export { SERVICE_CONTEXT, type ServiceContext } from './bootstrap/service-context';
export {
  authTokenSecret,
  ConfigError,
  DEVELOPMENT_AUTH_TOKEN_SECRET,
  isProductionMode,
  kafkaBrokers,
  loadConfig,
  logLevel,
  milliseconds,
  port,
  postgresUrl,
  redactUrl,
  serviceConfigSchema,
  type ServiceConfig,
} from './config/config';
export { HealthService } from './health/health.service';
export { JsonLogger, type LogLevel } from './logging/json-logger';
export { BatchCommandServer, batchRoute, type BatchCommandRoute, type BatchCommandServerOptions } from './commands/batch-command-server';
export { BatchCommand, BatchCommandHost, type BatchCommandMethod, type BatchCommandOptions } from './commands/batch-command.decorator';
export { SingleWriter, type QueuedOperation, type SingleWriterOptions } from './commands/single-writer';
