export {
  actorSchema,
  ALWAYS_ANSWERABLE,
  commandErrorSchema,
  commandResult,
  isTransientRefusal,
  PlatformErrorCode,
  type Actor,
  type CommandError,
  type CommandResult,
} from './command-result';
export { DomainError } from './domain-error';
export {
  defineCommand,
  idempotencyKeySchema,
  idempotencyScope,
  idempotentId,
  type CommandDefinition,
  type ErrorCodeOf,
  type ErrorCodesOf,
  type IdempotentRequest,
} from './command-contract';
export { ContractViolation, type ContractViolationCode } from './contract-violation.exception';
export { createEnvelope, envelopeSchema, type Envelope, type EnvelopeInput } from './envelope';
export { buildAsyncApiDocument } from './asyncapi';
export {
  APPS,
  defaultPortOf,
  GATEWAY,
  isServiceName,
  SERVICE_NAMES,
  SERVICES,
  WEB_APP,
  type LotbookApp,
  type ServiceName,
} from './services';
export {
  deadLetterTopicName,
  defineEvent,
  defineRequestReply,
  TopicRegistry,
  type PayloadOf,
  type RequestReplyDefinition,
  type TopicDefinition,
  type TopicKind,
} from './topic-registry';
export * from './topics';
