import {
  createEnvelope,
  DomainError,
  lotbookTopics,
  type CommandResult,
  type Envelope,
  type RequestReplyDefinition,
} from '@lotbook/contracts';
import type { ServiceContext } from '../bootstrap/service-context';

export interface CommandReply<TResult> {
  key: string;
  value: Envelope<CommandResult<TResult>>;
}

/**
 * Answers one Kafka request-reply command: validates the request envelope against the
 * registry, runs the handler, turns a DomainError into `{ ok: false }`, and returns the reply
 * envelope (validated too) in the shape NestJS's Kafka transport sends as is.
 */
export async function answerCommand<TRequest, TResult>(
  context: ServiceContext,
  contract: RequestReplyDefinition<TRequest, CommandResult<TResult>>,
  message: unknown,
  handle: (request: TRequest, envelope: Envelope<TRequest>) => Promise<TResult>,
): Promise<CommandReply<TResult>> {
  const request = lotbookTopics.validate(contract.request, message);
  let outcome: CommandResult<TResult>;
  try {
    outcome = { ok: true, result: await handle(request.payload, request) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    outcome = { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
  }
  const reply = createEnvelope({
    type: contract.reply.messageType,
    version: contract.reply.version,
    producer: context.name,
    key: request.key,
    correlationId: request.correlationId,
    payload: outcome,
  });
  return { key: reply.key, value: lotbookTopics.validate(contract.reply, reply) };
}
