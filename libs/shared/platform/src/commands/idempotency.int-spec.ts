import { DomainError, PlatformErrorCode, type Actor } from '@lotbook/contracts';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { createTestDatabase, type TestDatabase } from '@lotbook/testing';
import type { DataSource } from 'typeorm';
import { idempotencyMigrations, IdempotencyStore, requestHash } from './idempotency';

let database: TestDatabase;
let dataSource: DataSource;
let store: IdempotencyStore;

const buyer: Actor = {
  kind: 'USER',
  id: '0f0e0d0c-0b0a-4908-8706-050403020100',
  companyId: '5c0e4f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  roles: ['ADMIN'],
};
const colleague: Actor = { ...buyer, id: '11111111-1111-4111-8111-111111111111' };
let keys = 0;
const newKey = () => `key-${++keys}`;

/** A command whose effect is counted, so a test sees how often it really ran. */
function counted<T>(answer: () => T | Promise<T>) {
  const run = { times: 0, handle: async () => (run.times++, answer()) };
  return run;
}

const code = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'ANSWERED';
};

beforeAll(async () => {
  database = await createTestDatabase('idempotency');
  dataSource = createServiceDataSource({
    url: database.url,
    schema: 'shelves',
    entities: [],
    migrations: idempotencyMigrations,
    applicationName: 'idempotency-test',
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  store = new IdempotencyStore(dataSource);
}, 60_000);

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('the idempotency store', () => {
  it('runs a request without a key every time', async () => {
    const run = counted(() => 'done');
    await store.once('shelves.stock', { actor: buyer, quantity: 1 }, run.handle);
    await store.once('shelves.stock', { actor: buyer, quantity: 1 }, run.handle);
    expect(run.times).toBe(2);
  });

  it('answers a retry with the same key and request with the first answer, running it once', async () => {
    const key = newKey();
    let next = 0;
    const run = counted(() => ({ shelf: 'A', stocked: ++next }));
    const first = await store.once('shelves.stock', { actor: buyer, quantity: 5, idempotencyKey: key }, run.handle);
    const again = await store.once('shelves.stock', { idempotencyKey: key, quantity: 5, actor: buyer }, run.handle);
    expect(first).toEqual({ shelf: 'A', stocked: 1 });
    expect(again).toEqual(first);
    expect(run.times).toBe(1);
  });

  it('keeps the answer in PostgreSQL: another store (a restarted service) gives it too', async () => {
    const key = newKey();
    const run = counted(() => 'stocked');
    await store.once('shelves.stock', { actor: buyer, quantity: 5, idempotencyKey: key }, run.handle);
    expect(
      await new IdempotencyStore(dataSource).once('shelves.stock', { actor: buyer, quantity: 5, idempotencyKey: key }, run.handle),
    ).toBe('stocked');
    expect(run.times).toBe(1);
  });

  it('refuses the same key with another request, or for another command, with IDEMPOTENCY_KEY_REUSED, running nothing', async () => {
    const key = newKey();
    const run = counted(() => 'stocked');
    await store.once('shelves.stock', { actor: buyer, quantity: 5, idempotencyKey: key }, run.handle);
    expect(await code(store.once('shelves.stock', { actor: buyer, quantity: 6, idempotencyKey: key }, run.handle))).toBe(
      PlatformErrorCode.IDEMPOTENCY_KEY_REUSED,
    );
    expect(await code(store.once('shelves.empty', { actor: buyer, quantity: 5, idempotencyKey: key }, run.handle))).toBe(
      PlatformErrorCode.IDEMPOTENCY_KEY_REUSED,
    );
    expect(await code(store.once('shelves.stock', { actor: colleague, quantity: 5, idempotencyKey: key }, run.handle))).toBe(
      PlatformErrorCode.IDEMPOTENCY_KEY_REUSED,
    );
    expect(run.times).toBe(1);
  });

  it('scopes keys to the company: another company may use the same key for its own request', async () => {
    const key = newKey();
    const run = counted(() => 'stocked');
    await store.once('shelves.stock', { actor: buyer, quantity: 5, idempotencyKey: key }, run.handle);
    await store.once(
      'shelves.stock',
      { actor: { ...buyer, companyId: '6d1f5a4b-2c3d-4e6f-9a01-b2c3d4e5f607' }, quantity: 9, idempotencyKey: key },
      run.handle,
    );
    expect(run.times).toBe(2);
  });

  it('answers a refusal again as the first answer', async () => {
    const key = newKey();
    const run = counted(() => {
      throw new DomainError('SHELF_FULL', 'the shelf is full', 'quantity');
    });
    const first = await store
      .once('shelves.stock', { actor: buyer, quantity: 500, idempotencyKey: key }, run.handle)
      .catch((error: DomainError) => error);
    const again = await store
      .once('shelves.stock', { actor: buyer, quantity: 500, idempotencyKey: key }, run.handle)
      .catch((error: DomainError) => error);
    expect(again).toBeInstanceOf(DomainError);
    expect([again.code, again.message, again.field]).toEqual([first.code, first.message, first.field]);
    expect(run.times).toBe(1);
  });

  it('keeps no answer for a crash or a transient refusal, so the retry runs again', async () => {
    const crashKey = newKey();
    const crashing = counted(() => {
      throw new Error('connection lost');
    });
    await expect(store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: crashKey }, crashing.handle)).rejects.toThrow(
      'connection lost',
    );
    expect(await store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: crashKey }, async () => 'stocked')).toBe(
      'stocked',
    );

    // A dependency that did not answer (any <DEPENDENCY>_UNAVAILABLE) or TRY_AGAIN: not kept, the retry runs.
    for (const transient of ['WAREHOUSE_UNAVAILABLE', 'TRY_AGAIN']) {
      const busyKey = newKey();
      let answered = false;
      const busy = counted(async () => {
        if (!answered) throw new DomainError(transient, 'the warehouse did not answer');
        return 'stocked';
      });
      expect(await code(store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: busyKey }, busy.handle))).toBe(transient);
      expect(await code(store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: busyKey }, busy.handle))).toBe(transient);
      answered = true;
      expect(await store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: busyKey }, busy.handle)).toBe('stocked');
      expect(busy.times).toBe(3);
    }
  });

  it('runs concurrent duplicates once: the second waits for the first one’s answer', async () => {
    const key = newKey();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = counted(async () => {
      await gate;
      return 'stocked once';
    });
    const first = store.once('shelves.stock', { actor: buyer, quantity: 2, idempotencyKey: key }, run.handle);
    const second = store.once('shelves.stock', { actor: buyer, quantity: 2, idempotencyKey: key }, run.handle);
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    expect(await Promise.all([first, second])).toEqual(['stocked once', 'stocked once']);
    expect(run.times).toBe(1);
  });

  it('tells a duplicate to try again when the first is still running after its wait', async () => {
    const key = newKey();
    const impatient = new IdempotencyStore(dataSource);
    impatient.waitMs = 100;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = impatient.once('shelves.stock', { actor: buyer, quantity: 3, idempotencyKey: key }, () => gate.then(() => 'done'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await code(impatient.once('shelves.stock', { actor: buyer, quantity: 3, idempotencyKey: key }, async () => 'twice'))).toBe(
      PlatformErrorCode.TRY_AGAIN,
    );
    release();
    expect(await first).toBe('done');
  });

  it('takes over a claim whose process died, once its lease has run out', async () => {
    const key = newKey();
    const hash = requestHash('shelves.stock', { actor: buyer, quantity: 4 });
    await dataSource.query(
      `INSERT INTO idempotency_key (scope, key, command, request_hash, claimed_at) VALUES ($1, $2, 'shelves.stock', $3, now() - interval '1 minute')`,
      [`company:${buyer.companyId}`, key, hash],
    );
    expect(await store.once('shelves.stock', { actor: buyer, quantity: 4, idempotencyKey: key }, async () => 'ran again')).toBe(
      'ran again',
    );
  });

  it('keeps keys 24 hours and prunes older ones', async () => {
    const young = newKey();
    const old = newKey();
    await store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: young }, async () => 'young');
    await store.once('shelves.stock', { actor: buyer, quantity: 1, idempotencyKey: old }, async () => 'old');
    await dataSource.query(`UPDATE idempotency_key SET created_at = now() - interval '23 hours 59 minutes' WHERE key = $1`, [young]);
    await dataSource.query(`UPDATE idempotency_key SET created_at = now() - interval '24 hours 1 minute' WHERE key = $1`, [old]);
    expect(await store.prune()).toBe(1);
    const left: Array<{ key: string }> = await dataSource.query(`SELECT key FROM idempotency_key WHERE key = ANY($1)`, [[young, old]]);
    expect(left.map((row) => row.key)).toEqual([young]);
  });
});

describe('the request hash', () => {
  it('is the same whatever order the fields come in, and ignores the key and the sender’s roles', () => {
    expect(requestHash('c', { actor: buyer, a: 1, b: { x: [1, 2], y: 'z' }, idempotencyKey: 'k1' })).toBe(
      requestHash('c', { b: { y: 'z', x: [1, 2] }, a: 1, actor: { ...buyer, roles: [] }, idempotencyKey: 'k2' }),
    );
  });

  it('differs with the command, the sender or any value', () => {
    const base = requestHash('c', { actor: buyer, a: 1, b: [1, 2] });
    expect(requestHash('d', { actor: buyer, a: 1, b: [1, 2] })).not.toBe(base);
    expect(requestHash('c', { actor: colleague, a: 1, b: [1, 2] })).not.toBe(base);
    expect(requestHash('c', { actor: buyer, a: 2, b: [1, 2] })).not.toBe(base);
    expect(requestHash('c', { actor: buyer, a: 1, b: [2, 1] })).not.toBe(base);
  });
});
