import {
  ContractViolation,
  createEnvelope,
  lotbookTopics,
  type CommandResult,
  type Envelope,
  type RequestReplyDefinition,
} from '@lotbook/contracts';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { commandError, gatewayError, GatewayErrorCode, type ErrorCode } from '../errors/gateway-errors';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { SettlingClientKafka } from './settling-client-kafka';

export const KAFKA_RPC_CLIENT = Symbol('KAFKA_RPC_CLIENT');

/** Every request-reply contract the gateway may call; their reply topics are subscribed at start. */
export const GATEWAY_REQUESTS = lotbookTopics.all().filter((topic) => topic.kind === 'command');

export class ServiceUnavailableError extends Error {
  constructor(
    readonly topic: string,
    readonly reason: string,
  ) {
    super(`${topic}: ${reason}`);
    this.name = 'ServiceUnavailableError';
  }
}

/**
 * Kafka request-reply from the gateway to the services, on NestJS's ClientKafka. Requests
 * and replies are envelopes validated against the registry on both sides; a reply that does
 * not come within the timeout is an error, never a hang.
 */
@Injectable()
export class ServiceRpcClient implements OnModuleInit, OnModuleDestroy {
  constructor(
    @Inject(KAFKA_RPC_CLIENT) private readonly client: SettlingClientKafka,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const topic of GATEWAY_REQUESTS) this.client.subscribeToResponseOf(topic.name);
    await this.client.connect();
    // A reply sent before the reply consumer holds its start in its group could be skipped.
    await this.client.settled(this.config.STARTUP_TIMEOUT_MS);
    // connect() can return before the reply consumer has its partitions; a request sent
    // before then could never be answered.
    const deadline = Date.now() + this.config.STARTUP_TIMEOUT_MS;
    while (this.client.replyPartition() === undefined) {
      if (Date.now() > deadline) {
        throw new Error(`the gateway's reply consumer got no partitions within ${this.config.STARTUP_TIMEOUT_MS} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.close();
  }

  async request<TRequest, TReply>(
    contract: RequestReplyDefinition<TRequest, TReply>,
    payload: TRequest,
    options: { key: string; correlationId?: string; timeoutMs?: number },
  ): Promise<Envelope<TReply>> {
    const envelope = createEnvelope({
      type: contract.request.messageType,
      version: contract.request.version,
      producer: 'gateway',
      key: options.key,
      correlationId: options.correlationId,
      payload,
    });
    const valid = lotbookTopics.validate(contract.request, envelope);
    const timeoutMs = options.timeoutMs ?? this.config.RPC_TIMEOUT_MS;
    let reply: unknown;
    try {
      reply = await firstValueFrom(
        this.client.send(contract.request.name, { key: valid.key, value: valid }).pipe(timeout({ first: timeoutMs })),
      );
    } catch (error) {
      if (error instanceof TimeoutError) {
        throw new ServiceUnavailableError(contract.request.name, `no reply within ${timeoutMs} ms`);
      }
      const message = (error as { message?: string })?.message ?? JSON.stringify(error);
      throw new ServiceUnavailableError(contract.request.name, message);
    }
    return lotbookTopics.validate(contract.reply, reply);
  }

  /**
   * Sends a command and unwraps its result; a business refusal becomes a GraphQL error with its
   * code. A command whose codes are not all in the gateway's table does not compile.
   */
  async command<TRequest, TResult, TCode extends ErrorCode>(
    contract: RequestReplyDefinition<TRequest, CommandResult<TResult, TCode>>,
    payload: TRequest,
    options: { key: string; correlationId?: string },
  ): Promise<TResult> {
    let reply: Envelope<CommandResult<TResult, TCode>>;
    try {
      reply = await this.request(contract, payload, options);
    } catch (error) {
      if (error instanceof ContractViolation) {
        throw gatewayError(GatewayErrorCode.INVALID_INPUT, `invalid input: ${error.detail.replace(/\s*\n\s*/g, ' ')}`);
      }
      if (error instanceof ServiceUnavailableError) {
        throw gatewayError(GatewayErrorCode.SERVICE_UNAVAILABLE, `${contract.request.owner} did not answer (${error.reason}); try again`);
      }
      throw error;
    }
    if (!reply.payload.ok) throw commandError(reply.payload.error);
    return reply.payload.result;
  }
}
