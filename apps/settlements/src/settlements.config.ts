import type { ServiceConfig } from '@lotbook/platform';
import { z } from 'zod';

/** Settlements' own settings, validated at start with the shared ones. */
export const settlementsConfigSchema = z.object({
  /** How often the sweeper looks for invoices past due and payouts whose date has come. */
  SETTLEMENTS_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** How payment terms and payout periods are counted: seconds per "day" (86400; tests shorten it). */
  SETTLEMENTS_DAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(86_400),
  /** A seller's payout period when none is set: weekly. */
  SETTLEMENTS_DEFAULT_PAYOUT_PERIOD_DAYS: z.coerce.number().int().min(1).max(366).default(7),
});

export type SettlementsConfig = ServiceConfig & z.infer<typeof settlementsConfigSchema>;
