import { z } from 'zod';

/** Start-up stops on this: the message names every bad variable and what it must be. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${service}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The development default of the secret that signs access tokens: in the repository, so
 * anyone can sign with it. Production refuses to start with it.
 */
export const DEVELOPMENT_AUTH_TOKEN_SECRET = 'lotbook-local-development-secret-change-me-in-production';

/** Values only a developer's machine may use: in production mode a variable left at one of these stops start-up. */
const DEVELOPMENT_ONLY_DEFAULTS: Record<string, string> = { AUTH_TOKEN_SECRET: DEVELOPMENT_AUTH_TOKEN_SECRET };

/** Variables whose value is never printed, even when it is wrong. */
const SECRET_VARIABLE = /SECRET|PASSWORD/;

/**
 * Production mode: `LOTBOOK_PRODUCTION=true`, or `NODE_ENV=production` unless
 * `LOTBOOK_PRODUCTION=false` says otherwise. It refuses development defaults of secrets and
 * turns off what only helps a developer (the gateway's introspection, suggestions and IDE).
 */
export function isProductionMode(env: Record<string, string | undefined> = process.env): boolean {
  const explicit = env.LOTBOOK_PRODUCTION?.trim().toLowerCase();
  if (explicit === 'true' || explicit === '1') return true;
  if (explicit === 'false' || explicit === '0') return false;
  return env.NODE_ENV?.trim() === 'production';
}

/** Reads and validates configuration from the environment; domain code never reads process.env. */
export function loadConfig<TSchema extends z.ZodObject>(
  service: string,
  schema: TSchema,
  env: Record<string, string | undefined> = process.env,
): z.infer<TSchema> {
  const keys = Object.keys(schema.shape);
  const input = Object.fromEntries(keys.map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const shown = (key: string) => (SECRET_VARIABLE.test(key) ? '(hidden)' : `"${input[key]}"`);
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      service,
      result.error.issues.map((issue) => {
        const key = issue.path.join('.');
        return `${key}: ${issue.message}${input[key] === undefined ? ' (not set)' : ` (got ${shown(key)})`}`;
      }),
    );
  }
  if (isProductionMode(env)) {
    const data = result.data as Record<string, unknown>;
    const problems = keys
      .filter((key) => key in DEVELOPMENT_ONLY_DEFAULTS && data[key] === DEVELOPMENT_ONLY_DEFAULTS[key])
      .map(
        (key) =>
          `${key}: must be set to a value of your own in production (NODE_ENV=production or LOTBOOK_PRODUCTION=true); ` +
          `the development default is public${input[key] === undefined ? ' (not set)' : ' (set to the development default)'}`,
      );
    if (problems.length > 0) throw new ConfigError(service, problems);
  }
  return result.data;
}

/** A secret that signs or verifies access tokens: 32 characters or more; the development default outside production only. */
export const authTokenSecret = z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_AUTH_TOKEN_SECRET);

export const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/[^/]+\/[A-Za-z0-9_-]+(\?.*)?$/.test(value), {
  message: 'must be a postgres://user@host:port/database URL',
});

export const kafkaBrokers = z
  .string()
  .refine((value) => value.split(',').every((broker) => /^[A-Za-z0-9.-]+:\d{1,5}$/.test(broker.trim())), {
    message: 'must be a comma-separated list of host:port',
  })
  .transform((value) => value.split(',').map((broker) => broker.trim()));

export const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole port number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

export const milliseconds = z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(100).max(600_000);

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);

/** Settings every back-end service shares. */
export function serviceConfigSchema(defaults: { httpPort: number }) {
  return z.object({
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/lotbook'),
    KAFKA_BROKERS: kafkaBrokers.default(['127.0.0.1:9092']),
    HTTP_PORT: port.default(defaults.httpPort),
    HTTP_HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: logLevel.default('info'),
    /** How long start-up waits for PostgreSQL and Kafka before giving up. */
    STARTUP_TIMEOUT_MS: milliseconds.default(15_000),
    OUTBOX_IDLE_DELAY_MS: milliseconds.default(100),
    /** Outbox rows published per round; a round is one Kafka batch and one update. */
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
    /** Inbox rows (the ids of events handled) are kept this many days, then pruned hourly. */
    INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
    /** Request-reply partitions a service works on at once (within one partition, commands stay in order). */
    RPC_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  });
}

export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema>>;

/** A URL safe to print: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
