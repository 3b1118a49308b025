import { GATEWAY } from '@lotbook/contracts';
import { kafkaBrokers, logLevel, milliseconds, port } from '@lotbook/platform';
import { z } from 'zod';

export const gatewayConfigSchema = z.object({
  GATEWAY_PORT: port.default(GATEWAY.port),
  GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
  KAFKA_BROKERS: kafkaBrokers.default(['127.0.0.1:9092']),
  LOG_LEVEL: logLevel.default('info'),
  /** How long the gateway waits for a service's reply before calling it down. */
  RPC_TIMEOUT_MS: milliseconds.default(3000),
  STARTUP_TIMEOUT_MS: milliseconds.default(15_000),
  /** Largest request body; a seller's CSV upload (up to 32 MB) travels in one GraphQL request. */
  GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().min(100_000).default(48 * 1024 * 1024),
  /** Verifies access tokens; the same secret counterparties signs them with. */
  AUTH_TOKEN_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default('lotbook-local-development-secret-change-me-in-production'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
