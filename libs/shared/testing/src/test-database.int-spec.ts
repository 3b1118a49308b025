import { Client } from 'pg';
import { createTestDatabase } from './test-database';
import { waitFor } from './wait-for';

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('throw-away test databases', () => {
  it('creates a fresh, empty database per call and drops it even while a connection is open', async () => {
    const [first, second] = await Promise.all([createTestDatabase('Suite A'), createTestDatabase('Suite A')]);
    expect(first.name).not.toBe(second.name);
    expect(first.name).toBe(first.name.toLowerCase());
    expect(first.name).toMatch(new RegExp(`^lotbook_test_${process.env.LOTBOOK_TEST_RUN_ID}_suite_a_[0-9a-f]{8}$`));

    const open = new Client({ connectionString: first.url });
    const terminated = new Promise<Error>((resolve) => open.on('error', resolve));
    await open.connect();
    const tables = await open.query(`SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.rows[0].count).toBe(0);

    await first.drop();
    expect((await terminated).message).toMatch(/terminating connection due to administrator command/);
    await open.end().catch(() => undefined);
    await second.drop();
    expect(await databaseExists(first.name)).toBe(false);
    expect(await databaseExists(second.name)).toBe(false);
  });
});

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor('three calls', () => (++calls >= 3 ? calls : undefined), { intervalMs: 1 })).resolves.toBe(3);
  });

  it('fails naming what it waited for, with the last error', async () => {
    await expect(
      waitFor(
        'the broker',
        () => {
          throw new Error('connection refused');
        },
        { timeoutMs: 30, intervalMs: 5 },
      ),
    ).rejects.toThrow(/timed out after 30 ms waiting for the broker: Error: connection refused/);
  });
});
