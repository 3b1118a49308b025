export { AfterCommit } from './consumer/after-commit';
export {
  EventConsumer,
  type BatchEventHandler,
  type DeadLetter,
  type EventConsumerOptions,
  type EventContext,
  type EventHandler,
} from './consumer/event-consumer';
export { handleOnce, recordInInbox, type InboxOutcome } from './inbox/inbox';
export { InboxPruner, type InboxPrunerOptions } from './inbox/inbox-pruner';
export { InboxMessage } from './inbox/inbox-message.entity';
export {
  createKafka,
  kafkaLogCreator,
  noDelaySocketFactory,
  requestReplyConsumerOptions,
  silentLogger,
  type KafkaClientOptions,
  type MessagingLogger,
} from './kafka/kafka.factory';
export { CoalescingSender, SendTimeoutError } from './kafka/coalescing-sender';
export { FetchPacer, OffsetCommitter } from './kafka/consumer-pacing';
export { ReadToEnd } from './kafka/read-to-end';
export { StartAtEnd } from './kafka/start-at-end';
export { ensureTopics, pingKafka } from './kafka/topic-admin';
export {
  addInboxRetentionIndex,
  createMessagingTablesV1,
  downgradeOutboxToV1,
  downgradeOutboxToV2,
  dropInboxRetentionIndex,
  dropMessagingTablesV1,
  upgradeOutboxToV2,
  upgradeOutboxToV3,
} from './messaging-tables.migration';
export {
  InboxRetention1764097200000,
  MessagingTables1763895600000,
  messagingMigrations,
  OutboxV21764003600000,
  OutboxV31764093600000,
} from './messaging.migrations';
export {
  EventConsumerHost,
  InboxPrunerHost,
  MESSAGING_OPTIONS,
  MessagingModule,
  OnEvent,
  OnEventBatch,
  OutboxRelayHost,
  type BatchEventHandlerMethod,
  type EventFilter,
  type EventHandlerMethod,
  type MessagingModuleOptions,
} from './nest/messaging.module';
export {
  Outbox,
  outboxBatch,
  type OutboxBatch,
  type OutboxEntry,
  type OutboxWrite,
  type RelayedMessage,
  type WrittenOutboxRows,
} from './outbox/outbox';
export { OutboxMessage } from './outbox/outbox-message.entity';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { CommandClient, CommandTimeoutError } from './rpc/command-client';
