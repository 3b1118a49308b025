import type { ServiceConfig } from '@lotbook/platform';
import { z } from 'zod';

/** Returns' own settings, validated at start with the shared ones. */
export const returnsConfigSchema = z.object({
  /**
   * How the return window is counted: seconds per "day" (86400; tests shorten it). A seller
   * order may be returned until `deliveredAt + returnWindowDays` such days.
   */
  RETURNS_RETURN_WINDOW_DAY_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int()
    .min(1)
    .max(24 * 3600)
    .default(24 * 3600),
});

export type ReturnsConfig = ServiceConfig & z.infer<typeof returnsConfigSchema>;
