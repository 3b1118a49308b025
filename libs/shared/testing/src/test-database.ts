import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  return process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

// Plain pg rather than @lotbook/persistence, so that persistence's own tests can use this.
async function asAdmin(statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A throw-away database for one test suite: created empty, dropped (forcibly) by `drop()`.
 * Its name carries the jest run's id, so the global teardown drops whatever a crashed suite
 * left behind without touching another run's databases.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const run = process.env.LOTBOOK_TEST_RUN_ID ?? 'adhoc';
  const slug = label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 24);
  const name = `lotbook_test_${run}_${slug}_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  await asAdmin(`CREATE DATABASE "${name}"`);
  return { url: url.toString(), name, drop: () => asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** The broker the jest global setup started or found. */
export function testKafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run tests through `npm test` so the global setup starts Kafka');
  return brokers.split(',');
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}
