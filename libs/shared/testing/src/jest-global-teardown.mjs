// Stops the broker the global setup started (a reused broker is left running) and drops
// any throw-away database of this run that a failed suite did not drop itself.
import pg from 'pg';

async function dropLeftoverDatabases() {
  const run = process.env.LOTBOOK_TEST_RUN_ID;
  if (!run) return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`lotbook_test_${run}_%`]);
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      console.log(`[test] dropped leftover database ${datname}`);
    }
  } finally {
    await client.end();
  }
}

export default async function globalTeardown() {
  await dropLeftoverDatabases();
  const kafka = globalThis.__LOTBOOK_KAFKA__;
  if (kafka) {
    await kafka.stop();
    globalThis.__LOTBOOK_KAFKA__ = undefined;
  }
}
