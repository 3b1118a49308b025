export { actorSchema, commandErrorSchema, commandResult, type Actor, type CommandError, type CommandResult } from './command-result';
export { DomainError } from './domain-error';
export { defineCommand } from './command-contract';
export { ContractViolation, type ContractViolationCode } from './contract-violation.exception';
export { createEnvelope, envelopeSchema, type Envelope, type EnvelopeInput } from './envelope';
export { buildAsyncApiDocument } from './asyncapi';
export { isServiceName, SERVICE_NAMES, type ServiceName } from './services';
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
