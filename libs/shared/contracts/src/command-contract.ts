import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ALWAYS_ANSWERABLE, commandResult, PlatformErrorCode, type Actor, type CommandResult } from './command-result';
import { defineRequestReply, type RequestReplyDefinition } from './topic-registry';

/**
 * A command's request-reply pair, with the refusal codes its reply may carry. `errors` is the
 * same list the reply schema validates against, so an undeclared code is a contract violation
 * on the service's side.
 */
export interface CommandDefinition<TRequest, TResult, TCode extends string> extends RequestReplyDefinition<
  TRequest,
  CommandResult<TResult, TCode>
> {
  /** Every code a refusal may carry: the command's own, and the platform's it may answer. */
  readonly errors: readonly TCode[];
  /** Whether the request takes an `idempotencyKey` (see {@link idempotencyKeySchema}). */
  readonly retrySafe: boolean;
}

/** The refusal codes of a command, as plain strings. */
export type ErrorCodeOf<TCommand> = TCommand extends { readonly errors: ReadonlyArray<infer TCode> } ? TCode : never;

/** The refusal codes of every command of a group (`counterpartiesCommands`, ...). */
export type ErrorCodesOf<TCommands> = { [TName in keyof TCommands]: ErrorCodeOf<TCommands[TName]> }[keyof TCommands];

/** What a retry-safe command's request carries: the client's key for this one change. */
export interface IdempotentRequest {
  idempotencyKey?: string;
}

/**
 * A client-chosen key that makes a state-changing command safe to retry: the same key with
 * the same request answers the first answer and changes nothing; with a different request it
 * is refused with IDEMPOTENCY_KEY_REUSED. Keys are scoped to the caller's company (or
 * operator; anonymous callers share one scope) and kept at least 24 hours. A client's key has
 * up to 200 characters; the rest is room for the gateway to derive one key per step of a
 * mutation that takes several commands (an upload).
 */
export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .describe('A client-chosen key (a UUID is a good one) that makes retrying this request safe; scoped to the caller’s company or operator');

type CodesOf<TErrors extends readonly string[], TRetrySafe extends boolean> =
  | `${TErrors[number]}`
  | `${(typeof ALWAYS_ANSWERABLE)[number]}`
  | (TRetrySafe extends true ? `${PlatformErrorCode.IDEMPOTENCY_KEY_REUSED}` : never);

type RequestOf<TRequest extends z.ZodType, TRetrySafe extends boolean> = TRetrySafe extends true
  ? z.output<TRequest> & IdempotentRequest
  : z.output<TRequest>;

/**
 * A request-reply command of one context whose reply is a CommandResult of `result`, refused
 * only with the codes in `errors` (and INVALID_INPUT and TRY_AGAIN, which the platform answers
 * for any command). A `retrySafe` command's request takes an optional `idempotencyKey`, and it
 * may also answer IDEMPOTENCY_KEY_REUSED.
 */
export function defineCommand<
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly string[],
  TRetrySafe extends boolean = false,
>(definition: {
  context: string;
  name: string;
  messageType: string;
  description: string;
  keyDescription: string;
  request: TRequest;
  result: TResult;
  /** Every refusal code the handler may answer; answering another fails the reply's validation. */
  errors: TErrors;
  /** The request takes an optional idempotency key: every state-changing command a client sends is retry-safe. */
  retrySafe?: TRetrySafe;
}): CommandDefinition<RequestOf<TRequest, TRetrySafe>, z.output<TResult>, CodesOf<TErrors, TRetrySafe>> {
  type Code = CodesOf<TErrors, TRetrySafe>;
  const name = `${definition.context}.${definition.name}`;
  const retrySafe = definition.retrySafe === true;
  let request: z.ZodType = definition.request;
  if (retrySafe) {
    if (!(request instanceof z.ZodObject))
      throw new Error(`${name}: a retry-safe command's request is an object, to carry its idempotency key`);
    request = request.extend({ idempotencyKey: idempotencyKeySchema.optional() });
  }
  // `?? []`: a contract compiled without its list (a file mid-change) still loads; the type requires it.
  const errors = [
    ...new Set<string>([
      ...((definition.errors as TErrors | undefined) ?? []),
      ...ALWAYS_ANSWERABLE,
      ...(retrySafe ? [PlatformErrorCode.IDEMPOTENCY_KEY_REUSED] : []),
    ]),
  ].sort() as Code[];
  const pair = defineRequestReply<RequestOf<TRequest, TRetrySafe>, CommandResult<z.output<TResult>, Code>>({
    name,
    owner: definition.context,
    messageType: definition.messageType,
    version: 1,
    description: definition.description,
    keyDescription: definition.keyDescription,
    request: request as z.ZodType<RequestOf<TRequest, TRetrySafe>>,
    reply: commandResult(definition.result, errors) as unknown as z.ZodType<CommandResult<z.output<TResult>, Code>>,
  });
  return { ...pair, errors, retrySafe };
}

/**
 * Whose idempotency keys a request's key is among: the company a user acts for, the operator,
 * or, for anonymous callers (registration, accepting an invitation), one shared scope where
 * the key alone tells requests apart.
 */
export function idempotencyScope(actor: Actor | null | undefined): string {
  if (!actor) return 'public';
  if (actor.kind === 'OPERATOR') return `operator:${actor.id}`;
  return actor.companyId ? `company:${actor.companyId}` : `user:${actor.id}`;
}

/** The namespace of {@link idempotentId} (a fixed random UUID). */
const LOTBOOK_ID_NAMESPACE = Buffer.from('6f1d2c4e8a9b4d7e9c3f5a1b2d4e6f80', 'hex');

/**
 * A UUID (version 5: SHA-1 of a namespace and a name) derived from what it is for, the scope and
 * the idempotency key, so that a retried request names the same order or upload as the first.
 */
export function idempotentId(purpose: string, scope: string, idempotencyKey: string): string {
  const hash = createHash('sha1').update(LOTBOOK_ID_NAMESPACE).update(`${purpose}\n${scope}\n${idempotencyKey}`, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
