import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown, SetMetadata } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { type Envelope, TopicDefinition, TopicRegistry } from '@lotbook/contracts';
import { Kafka } from 'kafkajs';
import { DataSource, type EntityManager } from 'typeorm';
import { BatchEventHandler, EventConsumer, type EventContext, EventHandler } from '../consumer/event-consumer';
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
 * Which events of a topic a handler acts on. A type guard (`(change): change is AskRelease => …`)
 * also narrows the payload type the handler is given, so the handler does not check again;
 * a plain predicate filters without narrowing.
 */
export interface EventFilter<TPayload, THandled extends TPayload> {
  when?: ((payload: TPayload) => payload is THandled) | ((payload: TPayload) => boolean);
}

/** A method `@OnEvent` may mark: it takes events of the type `when` narrows to (or a wider one). */
export type EventHandlerMethod<TPayload> = (event: Envelope<TPayload>, transaction: EntityManager, context: EventContext) => Promise<void>;

/** A method `@OnEventBatch` may mark. */
export type BatchEventHandlerMethod<TPayload> = (
  events: Array<Envelope<TPayload>>,
  transaction: EntityManager,
  context: EventContext,
) => Promise<void>;

type MethodDecoratorFor<TMethod> = <T extends TMethod>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>) => void;

function markHandler(topic: TopicDefinition<never>, when: unknown, batch: boolean): MethodDecorator {
  return (target, key, descriptor) => {
    if (batch) SetMetadata(ON_EVENT_BATCH, true)(target, key, descriptor);
    SetMetadata(ON_EVENT, topic.name)(target, key, descriptor);
    if (when) SetMetadata(ON_EVENT_WHEN, when)(target, key, descriptor);
  };
}

/**
 * Marks a provider method as the handler of an event topic. The method receives the
 * validated envelope, the transaction its effect must use and the event's context (with
 * `afterCommit` for what waits for the commit); the inbox record is written in that same
 * transaction, so a redelivered event is skipped. `when` picks the events the handler acts on
 * (the others are validated and passed by without a transaction or an inbox row); as a type
 * guard it narrows the payload type the method is given.
 */
export function OnEvent<TPayload, THandled extends TPayload = TPayload>(
  topic: TopicDefinition<TPayload>,
  options: EventFilter<TPayload, THandled> = {},
): MethodDecoratorFor<EventHandlerMethod<THandled>> {
  return markHandler(topic as TopicDefinition<never>, options.when, false);
}

/**
 * Like `@OnEvent`, for a handler that takes many events of the topic at once: the method
 * receives the events of one fetched batch (offset order, those already handled and those
 * `when` leaves out left out) and the one transaction they and their inbox records are
 * written in. For handlers that can apply a batch in a few statements instead of a few per event.
 */
export function OnEventBatch<TPayload, THandled extends TPayload = TPayload>(
  topic: TopicDefinition<TPayload>,
  options: EventFilter<TPayload, THandled> = {},
): MethodDecoratorFor<BatchEventHandlerMethod<THandled>> {
  return markHandler(topic as TopicDefinition<never>, options.when, true);
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
