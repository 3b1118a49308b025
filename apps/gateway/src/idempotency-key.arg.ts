import { idempotencyScope, idempotentId, type Actor } from '@lotbook/contracts';
import { Args } from '@nestjs/graphql';
import { gatewayError, GatewayErrorCode } from './errors/gateway-errors';

const MAX_KEY_LENGTH = 200;

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'A key you choose (a UUID is a good one) that makes this mutation safe to retry after a lost answer: sent again with the same ' +
  'arguments it answers the first answer and changes nothing, even after a restart; with other arguments it is refused with ' +
  'IDEMPOTENCY_KEY_REUSED. A "try again" refusal (TRY_AGAIN, any ..._UNAVAILABLE) is not kept: the retry runs anew. Scoped to ' +
  'your company (operators: to you; before signing in, to everyone, so use a random UUID there), kept at least 24 hours, up to ' +
  `${MAX_KEY_LENGTH} characters.`;

/** The optional `idempotencyKey` argument every state-changing mutation takes. */
export const IdempotencyKey = () => Args('idempotencyKey', { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION });

/** The key as the command carries it (undefined when none was given), refused when too long. */
export function idempotencyKeyOf(key: string | null | undefined): string | undefined {
  if (key === null || key === undefined) return undefined;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw gatewayError(GatewayErrorCode.INVALID_INPUT, `an idempotency key has 1 to ${MAX_KEY_LENGTH} characters`);
  }
  return key;
}

/**
 * The key of a mutation that needs one (a checkout, a filed return), given as its argument or in
 * its input: refused when neither gives one, or when the two differ.
 */
export function requiredIdempotencyKey(what: string, argument: string | null | undefined, inInput: string | null | undefined): string {
  if (argument && inInput && argument !== inInput) {
    throw gatewayError(
      GatewayErrorCode.INVALID_INPUT,
      `${what} takes one idempotency key: as the argument or in its input, not two different ones`,
    );
  }
  const key = idempotencyKeyOf(argument ?? inInput);
  if (!key) throw gatewayError(GatewayErrorCode.INVALID_INPUT, `${what} needs an idempotency key, as the argument or in its input`);
  return key;
}

/**
 * The id of what a keyed mutation creates (an order, an upload), derived from the caller's
 * scope and key so that a retry names the same one; a fresh id without a key.
 */
export function idFor(purpose: string, actor: Actor | null, key: string | undefined, fresh: () => string): string {
  return key === undefined ? fresh() : idempotentId(purpose, idempotencyScope(actor), key);
}
