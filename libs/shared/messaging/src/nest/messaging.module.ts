import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown, SetMetadata } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { TopicDefinition, TopicRegistry } from '@lotbook/contracts';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { BatchEventHandler, EventConsumer, EventHandler } from '../consumer/event-consumer';
import { InboxPruner } from '../inbox/inbox-pruner';
import { MessagingLogger } from '../kafka/kafka.factory';
import { Outbox } from '../outbox/outbox';
import { OutboxRelay, OutboxRelayOptions } from '../outbox/outbox-relay';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
const ON_EVENT = Symbol('lotbook:on-event');
const ON_EVENT_WHEN = Symbol('lotbook:on-event-when');
const ON_EVENT_BATCH = Symbol('lotbook:on-event-batch');

export interface MessagingModuleOptions {
  serviceName: string;
  registry: TopicRegistry;
  dataSource: DataSource;
  kafka: Kafka;
  logger?: MessagingLogger;
  relay?: Pick<OutboxRelayOptions, 'batchSize' | 'idleDelayMs'>;
  consumer?: { maxAttempts?: number; retryDelayMs?: number };
  /** Inbox rows older than this many days are deleted (default 14; see InboxPruner). */
  inboxRetentionDays?: number;
}

/**
 * Marks a provider method as the handler of an event topic. The method receives the
 * validated envelope and the transaction its effect must use; the inbox record is written in
 * that same transaction, so a redelivered event is skipped. `when` picks the events the
 * handler acts on: the others are validated and passed by without a transaction or an inbox row.
 */
export function OnEvent<TPayload>(
  topic: TopicDefinition<TPayload>,
  options: { when?: (payload: TPayload) => boolean } = {},
): MethodDecorator {
  return (target, key, descriptor) => {
    SetMetadata(ON_EVENT, topic.name)(target, key, descriptor);
    if (options.when) SetMetadata(ON_EVENT_WHEN, options.when)(target, key, descriptor);
  };
}

/**
 * Like `@OnEvent`, for a handler that takes many events of the topic at once: the method
 * receives the events of one fetched batch (offset order, those already handled left out) and
 * the one transaction they and their inbox records are written in. For handlers that can
 * apply a batch in a few statements instead of a few per event.
 */
export function OnEventBatch<TPayload>(
  topic: TopicDefinition<TPayload>,
  options: { when?: (payload: TPayload) => boolean } = {},
): MethodDecorator {
  return (target, key, descriptor) => {
    SetMetadata(ON_EVENT_BATCH, true)(target, key, descriptor);
    OnEvent(topic, options)(target, key, descriptor);
  };
}

@Injectable()
export class OutboxRelayHost implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions) {
    this.relay = new OutboxRelay({
      dataSource: options.dataSource,
      kafka: options.kafka,
      name: options.serviceName,
      logger: options.logger,
      ...options.relay,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

@Injectable()
export class EventConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: EventConsumer | undefined;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  private discover(): {
    handlers: Map<string, EventHandler>;
    batchHandlers: Map<string, BatchEventHandler>;
    filters: Map<string, (payload: unknown) => boolean>;
  } {
    const handlers = new Map<string, EventHandler>();
    const batchHandlers = new Map<string, BatchEventHandler>();
    const filters = new Map<string, (payload: unknown) => boolean>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[methodName] as EventHandler | undefined;
        const topic = method ? (Reflect.getMetadata(ON_EVENT, method) as string | undefined) : undefined;
        if (!topic || !method) continue;
        if (handlers.has(topic) || batchHandlers.has(topic))
          throw new Error(`two @OnEvent handlers for ${topic} in ${this.options.serviceName}`);
        if (Reflect.getMetadata(ON_EVENT_BATCH, method)) batchHandlers.set(topic, method.bind(instance) as unknown as BatchEventHandler);
        else handlers.set(topic, method.bind(instance) as EventHandler);
        const when = Reflect.getMetadata(ON_EVENT_WHEN, method) as ((payload: unknown) => boolean) | undefined;
        if (when) filters.set(topic, when);
      }
    }
    return { handlers, batchHandlers, filters };
  }

  async onApplicationBootstrap(): Promise<void> {
    const { handlers, batchHandlers, filters } = this.discover();
    if (handlers.size === 0 && batchHandlers.size === 0) return;
    this.consumer = new EventConsumer({
      kafka: this.options.kafka,
      dataSource: this.options.dataSource,
      registry: this.options.registry,
      groupId: `${this.options.serviceName}.events`,
      handlers,
      batchHandlers,
      filters,
      logger: this.options.logger,
      ...this.options.consumer,
    });
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

@Injectable()
export class InboxPrunerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly pruner: InboxPruner;

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions) {
    this.pruner = new InboxPruner({
      dataSource: options.dataSource,
      retentionDays: options.inboxRetentionDays ?? 14,
      logger: options.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.pruner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pruner.stop();
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: Outbox, useFactory: () => new Outbox(options.registry, options.serviceName) },
        OutboxRelayHost,
        EventConsumerHost,
        InboxPrunerHost,
      ],
      exports: [Outbox, OutboxRelayHost],
    };
  }
}
