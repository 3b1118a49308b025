import { z } from 'zod';

/** Trading's own settings, validated together with the shared ones at start. */
export const tradingConfigSchema = z.object({
  /**
   * The most one bid or ask may be worth, quantity × limit price in minor units. It bounds
   * every trade too (a trade is at most one side's quantity at that side's price), so amounts
   * stay exact numbers. Default 10^14 (a trillion roubles); at most 2^53 − 1.
   */
  TRADING_MAX_ORDER_VALUE_MINOR: z.coerce
    .number({ message: 'must be a whole number of minor units' })
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER, 'must be at most 2^53 - 1')
    .default(100_000_000_000_000),
});

export type TradingConfig = z.infer<typeof tradingConfigSchema>;
