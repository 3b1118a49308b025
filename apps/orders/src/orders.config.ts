import type { ServiceConfig } from '@lotbook/platform';
import { z } from 'zod';

const seconds = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number of seconds' })
    .int()
    .min(1)
    .max(400 * 24 * 3600)
    .default(fallback);
const HOUR = 3600;
const DAY = 24 * HOUR;

/** Orders' own settings: time limits of the lifecycle, validated at start with the shared ones. */
export const ordersConfigSchema = z.object({
  /** How long a purchase waits for an approver before it is cancelled and its stock released. */
  ORDERS_APPROVAL_EXPIRY_SECONDS: seconds(2 * DAY),
  /** How long catalog holds an order's stock before it is committed (at confirmation) or released. */
  ORDERS_RESERVATION_TTL_SECONDS: seconds(14 * DAY),
  /** Time limits per status: staying longer raises one escalation to the responsible company's account manager. */
  ORDERS_LIMIT_PENDING_APPROVAL_SECONDS: seconds(DAY),
  ORDERS_LIMIT_AWAITING_PAYMENT_SECONDS: seconds(3 * DAY),
  ORDERS_LIMIT_PLACED_SECONDS: seconds(DAY),
  ORDERS_LIMIT_CONFIRMED_SECONDS: seconds(3 * DAY),
  ORDERS_LIMIT_SHIPPED_SECONDS: seconds(10 * DAY),
  /** A shipped order the buyer has not confirmed counts as delivered this long after shipping. */
  ORDERS_AUTO_DELIVER_SECONDS: seconds(14 * DAY),
  /** How the return window is counted: seconds per "day" (86400; tests shorten it). */
  ORDERS_RETURN_WINDOW_DAY_SECONDS: seconds(DAY),
  /** How often the sweeper looks for expired approvals, escalations, deliveries and completions. */
  ORDERS_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export type OrdersConfig = ServiceConfig & z.infer<typeof ordersConfigSchema>;
