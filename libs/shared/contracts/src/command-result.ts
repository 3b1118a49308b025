import { z } from 'zod';

/**
 * The reply of a command: the result, or a business error with a stable code. Expected
 * outcomes (a transition from the wrong state, a bad tax id) travel as data; only a crash is
 * an exception.
 */
export const commandErrorSchema = z.object({
  code: z.string().min(1).describe('Stable machine-readable code, e.g. INVALID_TAX_ID'),
  message: z.string().min(1).describe('What went wrong, for a person'),
  field: z.string().optional().describe('The input field at fault, when there is one'),
});

export type CommandError = z.infer<typeof commandErrorSchema>;

export function commandResult<TResult extends z.ZodType>(result: TResult) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), result }),
    z.object({ ok: z.literal(false), error: commandErrorSchema }),
  ]);
}

export type CommandResult<TResult> = { ok: true; result: TResult } | { ok: false; error: CommandError };

/** Who is asking, as the gateway authenticated them. Services trust it; only the gateway is public. */
export const actorSchema = z.object({
  kind: z.enum(['USER', 'OPERATOR']),
  id: z.uuid(),
  companyId: z.uuid().nullable().describe('The company the user acts for; null for operators'),
  roles: z.array(z.string()),
});

export type Actor = z.infer<typeof actorSchema>;
