import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

export interface ServiceDataSourceOptions {
  /** postgres://user@host:port/database */
  url: string;
  /** The service's own schema: every table, the migrations table included, lives in it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName: string;
  connectTimeoutMs?: number;
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;
const STATEMENT_TIMEOUT_MS = 60_000;
const LOCK_TIMEOUT_MS = 20_000;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * One TypeORM data source per service, confined to its schema through the connection's
 * search_path, so raw SQL in migrations and queries needs no schema prefix.
 * `synchronize` is always off: the schema changes only through migrations.
 */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  if (!SCHEMA_NAME.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // Query errors are handled (or logged) by the code that ran the query: a refused unique
    // constraint is often an expected answer (a duplicate tax id), not something to log.
    logging: false,
    applicationName: options.applicationName,
    connectTimeoutMS: options.connectTimeoutMs ?? 5000,
    poolSize: options.poolSize ?? 10,
    // Nothing waits for ever: a statement (60 s), a lock (20 s) or a transaction left idle by a
    // stuck caller (60 s) ends in an error the caller retries, instead of holding its connection,
    // its locks and everyone queued behind them without a word.
    extra: {
      options: [
        `-c search_path=${options.schema}`,
        `-c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
        `-c lock_timeout=${LOCK_TIMEOUT_MS}`,
        `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_TIMEOUT_MS}`,
      ].join(' '),
    },
  });
}

/** Round-trips `SELECT 1`; returns the latency in milliseconds or throws. */
export async function pingDatabase(dataSource: DataSource, timeoutMs = 2000): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      dataSource.query('SELECT 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from PostgreSQL within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return Math.round((performance.now() - started) * 100) / 100;
}

/**
 * The rows of a `RETURNING` query run through TypeORM's `query()`: INSERT gives the rows,
 * while UPDATE and DELETE give `[rows, affectedCount]`.
 */
export function returnedRows<TRow>(result: unknown): TRow[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as TRow[];
  }
  return result as TRow[];
}
