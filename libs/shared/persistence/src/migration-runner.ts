import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { type DataSource, MigrationExecutor } from 'typeorm';

/** A stable 64-bit advisory lock key per schema, so two replicas never migrate one schema at once. */
function advisoryLockKey(schema: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`lotbook:migrate:${schema}`).digest('hex').slice(0, 16)}`)).toString();
}

/**
 * Creates the service's schema if needed and applies its pending migrations, each in its own
 * transaction, under a PostgreSQL advisory lock. Returns the names of the migrations applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('runMigrations needs a data source with a schema');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = advisoryLockKey(schema);
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [key]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    // A migration may rightly take longer than a service's statement may (an index built on a
    // large table, a lock waited for): on this connection, for the migrations only, no limit.
    await runner.query(`SET statement_timeout = 0; SET lock_timeout = 0`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query(`RESET statement_timeout; RESET lock_timeout`).catch(() => undefined);
    await runner.query(`SELECT pg_advisory_unlock($1)`, [key]).catch(() => undefined);
    await runner.release();
  }
}

/** Reverts the last applied migration of the service (for `down` checks and manual repair). */
export async function revertLastMigration(dataSource: DataSource): Promise<void> {
  await dataSource.undoLastMigration({ transaction: 'each' });
}

/** Creates the database named in the URL if it does not exist yet (connecting to `postgres` to do so). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]+$/.test(database)) throw new Error(`invalid database name "${database}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created concurrently by another process
      });
    }
  } finally {
    await client.end();
  }
}

/** Drops a database (used for throw-away test databases). */
export async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
