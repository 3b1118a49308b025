import {
  createEnvelope,
  DomainError,
  lotbookTopics,
  type CommandResult,
  type Envelope,
  type RequestReplyDefinition,
} from '@lotbook/contracts';
import type { ServiceContext } from '../bootstrap/service-context';
import type { IdempotencyStore, KeyedRequest } from './idempotency';

export interface CommandReply<TResult> {
  key: string;
  value: Envelope<CommandResult<TResult>>;
}

/**
 * Answers one Kafka request-reply command: validates the request envelope against the
 * registry, runs the handler, turns a DomainError into `{ ok: false }`, and returns the reply
 * envelope (validated too: a refusal code the contract does not declare is a contract
 * violation) in the shape NestJS's Kafka transport sends as is.
 *
 * A request with an `idempotencyKey` (a retry-safe command's) runs through `idempotency`: a
 * retry with the same key answers the first answer and changes nothing.
 */
export async function answerCommand<TRequest, TResult>(
  context: ServiceContext,
  contract: RequestReplyDefinition<TRequest, CommandResult<TResult>>,
  message: unknown,
  handle: (request: TRequest, envelope: Envelope<TRequest>) => Promise<TResult>,
  idempotency?: IdempotencyStore,
): Promise<CommandReply<TResult>> {
  const request = lotbookTopics.validate(contract.request, message);
  const payload = request.payload as TRequest & KeyedRequest;
  let outcome: CommandResult<TResult>;
  try {
    const run = () => handle(request.payload, request);
    if (payload.idempotencyKey !== undefined && !idempotency) {
      throw new Error(`${contract.request.name} took an idempotency key but its handler keeps none: pass the service's IdempotencyStore`);
    }
    outcome = { ok: true, result: idempotency ? await idempotency.once(contract.request.name, payload, run) : await run() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    outcome = refusal(error);
  }
  const reply = replyEnvelope(context, contract, request, outcome);
  return { key: reply.key, value: reply };
}

/** A business refusal as the `{ ok: false }` result every command answers with. */
export function refusal(error: DomainError): CommandResult<never> {
  return { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
}

/** The reply to a request: same key and correlation id, validated against the contract. */
export function replyEnvelope<TResult>(
  context: ServiceContext,
  contract: RequestReplyDefinition<unknown, CommandResult<TResult>>,
  request: { key: string; correlationId?: string },
  outcome: CommandResult<TResult>,
): Envelope<CommandResult<TResult>> {
  const reply = createEnvelope({
    type: contract.reply.messageType,
    version: contract.reply.version,
    producer: context.name,
    key: request.key,
    correlationId: request.correlationId || undefined,
    payload: outcome,
  });
  return lotbookTopics.validate(contract.reply, reply);
}
