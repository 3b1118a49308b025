import { authTokenSecret, milliseconds } from '@lotbook/platform';
import { z } from 'zod';

const seconds = z.coerce.number({ message: 'must be a number of seconds' }).int().min(1);
const count = z.coerce.number({ message: 'must be a whole number' }).int().min(1).max(100);

/** Counterparties' own settings, validated together with the shared ones at start. */
export const counterpartiesConfigSchema = z.object({
  /** Signs access tokens; the gateway verifies them with the same secret. Production refuses the development default. */
  AUTH_TOKEN_SECRET: authTokenSecret,
  ACCESS_TOKEN_TTL_SECONDS: seconds.default(900),
  REFRESH_TOKEN_TTL_SECONDS: seconds.default(30 * 24 * 3600),
  SIGN_IN_SLOW_AFTER: count.default(3),
  SIGN_IN_LOCK_AFTER: count.default(6),
  SIGN_IN_BASE_DELAY_MS: milliseconds.default(1000),
  SIGN_IN_LOCK_MS: milliseconds.default(15 * 60_000),
  /** The longest wait a failure streak imposes on an account (it never locks it for every address). */
  SIGN_IN_MAX_DELAY_MS: milliseconds.default(30_000),
});

export type CounterpartiesConfig = z.infer<typeof counterpartiesConfigSchema>;
