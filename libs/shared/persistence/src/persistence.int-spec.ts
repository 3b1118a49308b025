import { createTestDatabase, type TestDatabase } from '@lotbook/testing';
import { Client } from 'pg';
import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createServiceDataSource, pingDatabase } from './data-source.factory';
import { ensureDatabase, revertLastMigration, runMigrations } from './migration-runner';
import { minorUnitsColumn } from './money-column.transformer';

@Entity({ name: 'invoice' })
class Invoice {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'total_minor', ...minorUnitsColumn })
  totalMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;
}

class CreateInvoice1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // Unqualified on purpose: the data source's search_path puts it in the service schema.
    await queryRunner.query(`CREATE TABLE invoice (id text PRIMARY KEY, total_minor bigint NOT NULL, currency char(3) NOT NULL)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invoice`);
  }
}

/** Records the time limits its own connection runs under, as a long migration would live with them. */
class RecordLimits1700000000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE migration_limits AS SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('lock_timeout') AS lock_timeout`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE migration_limits`);
  }
}

let database: TestDatabase;

const dataSourceFor = (schema: string) =>
  createServiceDataSource({
    url: database.url,
    schema,
    entities: [Invoice],
    migrations: [CreateInvoice1700000000001],
    applicationName: `persistence-test-${schema}`,
  });

beforeAll(async () => {
  database = await createTestDatabase('persistence');
});

afterAll(async () => {
  await database?.drop();
});

describe('service data source and migration runner', () => {
  it('creates the schema and applies each migration exactly once, even when replicas start together', async () => {
    const replicas = [dataSourceFor('billing'), dataSourceFor('billing'), dataSourceFor('billing')];
    await Promise.all(replicas.map((dataSource) => dataSource.initialize()));
    const applied = await Promise.all(replicas.map((dataSource) => runMigrations(dataSource)));
    expect(applied.flat()).toEqual(['CreateInvoice1700000000001']);

    const [{ table_schema: schema }] = await replicas[0].query(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'invoice'`,
    );
    expect(schema).toBe('billing');
    const [{ count }] = await replicas[0].query(`SELECT count(*)::int AS count FROM billing.migrations`);
    expect(count).toBe(1);
    await Promise.all(replicas.map((dataSource) => dataSource.destroy()));
  });

  it('bounds a service’s statements and lock waits, but not its migrations', async () => {
    const dataSource = createServiceDataSource({
      url: database.url,
      schema: 'limits',
      entities: [],
      migrations: [RecordLimits1700000000002],
      applicationName: 'persistence-test-limits',
    });
    await dataSource.initialize();
    expect(await runMigrations(dataSource)).toEqual(['RecordLimits1700000000002']);
    expect(await dataSource.query(`SELECT * FROM migration_limits`)).toEqual([{ statement_timeout: '0', lock_timeout: '0' }]);
    // Every connection of the pool, the migrations' own included once they are done, has the limits.
    const limits = await Promise.all(
      Array.from({ length: 3 }, () =>
        dataSource.query(
          `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
                  current_setting('idle_in_transaction_session_timeout') AS idle`,
        ),
      ),
    );
    for (const [row] of limits) expect(row).toEqual({ statement: '1min', lock: '20s', idle: '1min' });
    await dataSource.destroy();
  });

  it('stores money as bigint minor units and reads it back exactly, beyond 2^31', async () => {
    const dataSource = dataSourceFor('billing');
    await dataSource.initialize();
    await dataSource.getRepository(Invoice).save({ id: 'inv-1', totalMinor: 9_000_000_000_123, currency: 'EUR' });
    const raw = await dataSource.query(`SELECT total_minor::text AS total FROM invoice WHERE id = 'inv-1'`);
    expect(raw).toEqual([{ total: '9000000000123' }]);
    const loaded = await dataSource.getRepository(Invoice).findOneByOrFail({ id: 'inv-1' });
    expect(loaded.totalMinor).toBe(9_000_000_000_123);
    expect(await pingDatabase(dataSource)).toBeGreaterThanOrEqual(0);
    await dataSource.destroy();
  });

  it('keeps two services apart: each schema has its own tables and migration history', async () => {
    const other = dataSourceFor('shipping');
    await other.initialize();
    expect(await runMigrations(other)).toEqual(['CreateInvoice1700000000001']);
    await other.query(`INSERT INTO invoice (id, total_minor, currency) VALUES ('ship-1', 1, 'USD')`);
    const billingRows = await other.query(`SELECT id FROM billing.invoice ORDER BY id`);
    expect(billingRows).toEqual([{ id: 'inv-1' }]);

    await revertLastMigration(other);
    const left = await other.query(`SELECT to_regclass('shipping.invoice') AS still_there`);
    expect(left).toEqual([{ still_there: null }]);
    await other.destroy();
  });

  it('creates a missing database once and leaves an existing one alone', async () => {
    const url = new URL(database.url);
    url.pathname = `/${database.name}_extra`;
    await ensureDatabase(url.toString());
    await ensureDatabase(url.toString());
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [`${database.name}_extra`]);
    await admin.query(`DROP DATABASE "${database.name}_extra"`);
    await admin.end();
    expect(found.rowCount).toBe(1);
  });
});
