import { z } from 'zod';

/**
 * The codes of the command plumbing itself, which any command may answer besides the ones it
 * declares. A service never throws them from a handler; the platform answers them.
 */
export enum PlatformErrorCode {
  /** The request did not match its contract (the gateway validates first, so this is a caller's bug). */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The service could not complete the command now (a failed commit, a dependency down); nothing changed. */
  TRY_AGAIN = 'TRY_AGAIN',
  /** A retry-safe command's idempotency key came before with a different request; nothing changed. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

/**
 * Whether a refusal says "not now" rather than "no": `TRY_AGAIN`, or a code named
 * `<DEPENDENCY>_UNAVAILABLE` (a service the command needed did not answer in time). Nothing
 * changed and the same request may succeed later, so such a refusal is never kept as an
 * idempotency key's answer: a retry with the key runs the command again. Name every such code
 * so; any other refusal is an answer, kept for the key.
 */
export function isTransientRefusal(code: string): boolean {
  return code === PlatformErrorCode.TRY_AGAIN || code.endsWith('_UNAVAILABLE');
}

/** What every command may answer, whatever it declares. */
export const ALWAYS_ANSWERABLE = [PlatformErrorCode.INVALID_INPUT, PlatformErrorCode.TRY_AGAIN] as const;

/**
 * The refusal a command answers with: a stable code, typed by the command's contract, a
 * message for people, and the input field at fault when there is one.
 */
export interface CommandError<TCode extends string = string> {
  code: TCode;
  message: string;
  field?: string;
}

/**
 * The reply of a command: the result, or a business error with a stable code. Expected
 * outcomes (a transition from the wrong state, a bad tax id) travel as data; only a crash is
 * an exception.
 */
export type CommandResult<TResult, TCode extends string = string> =
  { ok: true; result: TResult } | { ok: false; error: CommandError<TCode> };

/** The error of a reply, its code one of `codes`: a code the contract does not declare fails validation. */
export function commandErrorSchema<TCode extends string>(codes: readonly TCode[]): z.ZodType<CommandError<TCode>> {
  if (codes.length === 0) throw new Error('a command answers at least the platform codes');
  return z.object({
    code: z.enum(codes as unknown as readonly [TCode, ...TCode[]]).describe('Stable machine-readable code, e.g. INVALID_TAX_ID'),
    message: z.string().min(1).describe('What went wrong, for a person'),
    field: z.string().optional().describe('The input field at fault, when there is one'),
  }) as unknown as z.ZodType<CommandError<TCode>>;
}

export function commandResult<TResult extends z.ZodType, TCode extends string>(result: TResult, codes: readonly TCode[]) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), result }),
    z.object({ ok: z.literal(false), error: commandErrorSchema(codes) }),
  ]);
}

/** Who is asking, as the gateway authenticated them. Services trust it; only the gateway is public. */
export const actorSchema = z.object({
  kind: z.enum(['USER', 'OPERATOR']),
  id: z.uuid(),
  companyId: z.uuid().nullable().describe('The company the user acts for; null for operators'),
  roles: z.array(z.string()),
});

export type Actor = z.infer<typeof actorSchema>;
