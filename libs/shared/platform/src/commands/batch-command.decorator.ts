import type { CommandResult, Envelope, RequestReplyDefinition } from '@lotbook/contracts';
import { Inject, Injectable, Logger, type OnApplicationShutdown, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Kafka } from 'kafkajs';
import { SERVICE_CONTEXT, type ServiceContext } from '../bootstrap/service-context';
import { BatchCommandServer, type BatchCommandRoute } from './batch-command-server';

const BATCH_COMMAND = Symbol('lotbook:batch-command');

export interface BatchCommandOptions {
  /**
   * The consumer group that takes the command. Commands of one group share one fetch loop, and
   * kafkajs fetches a group's partitions again only when every batch of the last fetch is
   * answered: give a command that waits on another service (an ask waits for catalog's
   * reservation) a group of its own, so the others never wait for it.
   */
  group: string;
}

interface BatchCommandMetadata {
  contract: RequestReplyDefinition<unknown, CommandResult<unknown>>;
  group: string;
}

/** A method `@BatchCommand` may mark: it answers one request, typed by the contract. */
export type BatchCommandMethod<TRequest, TResult> = (request: TRequest, envelope: Envelope<TRequest>) => Promise<TResult>;

/**
 * Marks a provider method as the handler of a request-reply command taken a fetched batch at a
 * time (see {@link BatchCommandServer}): every command of a fetch is handed over in offset
 * order in one turn of the event loop, so a handler that queues them for one writer
 * ({@link SingleWriter}) commits them together. A thrown DomainError is answered as a refusal.
 * The service starts the groups once every provider has started, before it says it is ready.
 */
export function BatchCommand<TRequest, TResult>(
  contract: RequestReplyDefinition<TRequest, CommandResult<TResult>>,
  options: BatchCommandOptions,
): <T extends BatchCommandMethod<TRequest, TResult>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>) => void {
  return (target, key, descriptor) => {
    const metadata: BatchCommandMetadata = { contract: contract as BatchCommandMetadata['contract'], group: options.group };
    SetMetadata(BATCH_COMMAND, metadata)(target, key, descriptor);
  };
}

/** Finds the `@BatchCommand` methods of a service's providers and serves them, a BatchCommandServer per group. */
@Injectable()
export class BatchCommandHost implements OnApplicationShutdown {
  private readonly logger = new Logger('BatchCommands');
  private servers: BatchCommandServer[] = [];

  constructor(
    private readonly kafka: Kafka,
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  /** The routes of every group, as declared. */
  routesByGroup(): Map<string, BatchCommandRoute[]> {
    const groups = new Map<string, BatchCommandRoute[]>();
    const seen = new Set<string>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      for (const methodName of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
        const method = instance[methodName] as BatchCommandMethod<unknown, unknown> | undefined;
        const metadata = method ? (Reflect.getMetadata(BATCH_COMMAND, method) as BatchCommandMetadata | undefined) : undefined;
        if (!metadata || !method) continue;
        const name = metadata.contract.request.name;
        if (seen.has(name)) throw new Error(`two @BatchCommand handlers for ${name} in ${this.context.name}`);
        seen.add(name);
        const route: BatchCommandRoute = { contract: metadata.contract, handle: method.bind(instance) };
        groups.set(metadata.group, [...(groups.get(metadata.group) ?? []), route]);
      }
    }
    return groups;
  }

  /** Joins every group and holds its start (see BatchCommandServer.start); called once the service's providers have started. */
  async start(): Promise<void> {
    const onError = (msg: string, details: Record<string, unknown>) => this.logger.error({ msg, ...details });
    this.servers = [...this.routesByGroup()].map(
      ([groupId, routes]) => new BatchCommandServer({ kafka: this.kafka, context: this.context, groupId, routes, onError }),
    );
    await Promise.all(this.servers.map((server) => server.start()));
    if (this.servers.length > 0) this.logger.log({ msg: 'batch command groups joined', groups: this.servers.length });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.servers.map((server) => server.stop()));
  }
}
