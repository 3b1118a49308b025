import { GATEWAY } from '@lotbook/contracts';
import { authTokenSecret, isProductionMode, kafkaBrokers, logLevel, milliseconds, port } from '@lotbook/platform';
import { compile } from 'proxy-addr';
import { z } from 'zod';

const count = (min: number, max: number) => z.coerce.number({ message: 'must be a whole number' }).int().min(min).max(max);
const bytes = z.coerce.number({ message: 'must be a number of bytes' }).int().min(10_000);
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** A rate: `<requests>/<seconds>`, e.g. `3000/60`. */
export const rate = z
  .string()
  .regex(/^\s*\d+\s*\/\s*\d+\s*$/, 'must be <requests>/<seconds>, e.g. 3000/60')
  .transform((value) => {
    const [points, seconds] = value.split('/').map((part) => Number(part.trim()));
    return { points, seconds };
  })
  .refine(({ points, seconds }) => points >= 1 && seconds >= 1, 'both numbers must be 1 or more');

export type Rate = z.output<typeof rate>;

/** Addresses and subnets (`10.0.0.0/8`, `::1`, `loopback`) of the proxies in front of the gateway. */
const trustedProxies = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine(
    (entries) => {
      try {
        compile(entries);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be a comma-separated list of IP addresses or subnets (or loopback, linklocal, uniquelocal)' },
  );

export const gatewayConfigSchema = z.object({
  GATEWAY_PORT: port.default(GATEWAY.port),
  GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
  KAFKA_BROKERS: kafkaBrokers.default(['127.0.0.1:9092']),
  LOG_LEVEL: logLevel.default('info'),
  /** How long the gateway waits for a service's reply before calling it down. */
  RPC_TIMEOUT_MS: milliseconds.default(3000),
  STARTUP_TIMEOUT_MS: milliseconds.default(15_000),
  /** Verifies access tokens; the same secret counterparties signs them with. Production refuses the development default. */
  AUTH_TOKEN_SECRET: authTokenSecret,
  /** Read with NODE_ENV by isProductionMode: see `production` below. */
  LOTBOOK_PRODUCTION: flag.optional(),
  NODE_ENV: z.string().optional(),

  /** Largest request body of any operation but a CSV upload. */
  GATEWAY_MAX_BODY_BYTES: bytes.default(256 * 1024),
  /** Largest request body of an upload (uploadListingsCsv, uploadStockCsv): a 32 MB file, in base64, fits. */
  GATEWAY_MAX_UPLOAD_BODY_BYTES: bytes.default(48 * 1024 * 1024),
  /** How long one operation may take, all its fields together; unset: the larger of 30 s and twice RPC_TIMEOUT_MS. */
  GATEWAY_OPERATION_TIMEOUT_MS: milliseconds.optional(),
  GATEWAY_MAX_DEPTH: count(2, 100).default(12),
  GATEWAY_MAX_ALIASES: count(0, 10_000).default(20),
  GATEWAY_MAX_TOKENS: count(50, 1_000_000).default(3000),
  GATEWAY_MAX_DIRECTIVES: count(0, 10_000).default(20),
  /** The most work one operation may ask for: a field that calls a service costs 10 per call, any other field 1. */
  GATEWAY_MAX_COST: count(10, 10_000_000).default(1000),

  /** Requests per client address, whatever they are. */
  GATEWAY_RATE_PER_ADDRESS: rate.default({ points: 3000, seconds: 60 }),
  /** Operations per signed-in account. */
  GATEWAY_RATE_PER_ACCOUNT: rate.default({ points: 3000, seconds: 60 }),
  /** signIn, operatorSignIn and refreshSession per client address (on top of counterparties' own throttle of failures). */
  GATEWAY_RATE_SIGN_IN: rate.default({ points: 60, seconds: 60 }),
  /** registerCompany and acceptInvitation per client address. */
  GATEWAY_RATE_REGISTRATION: rate.default({ points: 20, seconds: 600 }),
  /** CSV uploads per account and per client address. */
  GATEWAY_RATE_UPLOADS: rate.default({ points: 120, seconds: 600 }),
  /** Proxies whose X-Forwarded-For is believed; empty: the client address is the socket's. */
  GATEWAY_TRUSTED_PROXIES: trustedProxies.default([]),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** Introspection, suggestions and the IDE off, development secrets refused, internal messages hidden. */
export function isProduction(config: Pick<GatewayConfig, 'LOTBOOK_PRODUCTION' | 'NODE_ENV'>): boolean {
  return isProductionMode({
    LOTBOOK_PRODUCTION: config.LOTBOOK_PRODUCTION === undefined ? undefined : String(config.LOTBOOK_PRODUCTION),
    NODE_ENV: config.NODE_ENV,
  });
}

/** The deadline of one operation, from its start. */
export function operationTimeoutMs(config: Pick<GatewayConfig, 'GATEWAY_OPERATION_TIMEOUT_MS' | 'RPC_TIMEOUT_MS'>): number {
  return config.GATEWAY_OPERATION_TIMEOUT_MS ?? Math.max(30_000, 2 * config.RPC_TIMEOUT_MS);
}

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
