// Creates a marketplace operator account: the only way to make the first one.
//   npm run operator:create -- --email ops@lotbook.example --name "Olga Operator"
// The password comes from LOTBOOK_OPERATOR_PASSWORD, or --password (visible in shell history).
// Uses DATABASE_URL like the service, and applies the counterparties migrations first.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { normalizeEmail, passwordWeakness } from '@lotbook/counterparties-domain';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { loadConfig, postgresUrl } from '@lotbook/platform';
import { hash } from 'argon2';
import { z } from 'zod';
import { counterpartiesMigrations } from '../migrations';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const { DATABASE_URL } = loadConfig('operator:create', z.object({ DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/lotbook') }));
  const email = normalizeEmail(values.email ?? '');
  const fullName = (values.name ?? '').trim();
  const password = values.password ?? process.env.LOTBOOK_OPERATOR_PASSWORD ?? '';
  if (!email) throw new Error('--email must be an e-mail address');
  if (fullName.length < 2) throw new Error('--name is required');
  const weakness = passwordWeakness(password, email);
  if (weakness) throw new Error(`the password is too weak: ${weakness} (set LOTBOOK_OPERATOR_PASSWORD or --password)`);

  const dataSource = createServiceDataSource({
    url: DATABASE_URL,
    schema: 'counterparties',
    entities: [],
    migrations: counterpartiesMigrations,
    applicationName: 'operator-create',
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    const id = randomUUID();
    const inserted: unknown[] = await dataSource.query(
      `INSERT INTO operator_account (id, email, full_name, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [id, email, fullName, await hash(password)],
    );
    if (inserted.length === 0) throw new Error(`an operator ${email} already exists`);
    console.log(JSON.stringify({ created: 'operator', id, email }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`operator:create: ${(error as Error).message}`);
  process.exit(1);
});
