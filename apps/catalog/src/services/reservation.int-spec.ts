import { randomUUID } from 'node:crypto';
import { lotbookTopics } from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { createServiceDataSource, runMigrations } from '@lotbook/persistence';
import { createTestDatabase, type TestDatabase } from '@lotbook/testing';
import type { DataSource } from 'typeorm';
import { CatalogError } from '../catalog.exception';
import { catalogMigrations } from '../migrations';
import { AskReservationService, type AskReservationRequest } from './ask-reservation.service';
import { ReservationService } from './reservation.service';

let database: TestDatabase;
let dataSource: DataSource;
let reservations: ReservationService;
let asks: AskReservationService;
const sellerId = randomUUID();

/** A listing of `onHand` units on sale by an approved seller. */
async function listingWith(onHand: number): Promise<string> {
  const categoryId = randomUUID();
  const productId = randomUUID();
  const listingId = randomUUID();
  await dataSource.query(`INSERT INTO category (id, name, id_path, name_path) VALUES ($1, $2, $3, $4)`, [
    categoryId,
    `Cables ${categoryId}`,
    [categoryId],
    ['Cables'],
  ]);
  await dataSource.query(
    `INSERT INTO product (id, code, name, description, category_id, base_unit, status) VALUES ($1, $2, 'Copper cable', '', $3, 'M', 'ACTIVE')`,
    [productId, `CU-${productId.slice(0, 8)}`, categoryId],
  );
  await dataSource.query(
    `INSERT INTO listing (id, seller_company_id, product_id, seller_sku, region, currency, unit_price_minor, minimum_order_quantity,
                          lot_multiple, lead_time_days, on_hand, status)
     VALUES ($1, $2, $3, $4, 'Omsk', 'RUB', 4210, 1, 1, 2, $5, 'ACTIVE')`,
    [listingId, sellerId, productId, `SKU-${listingId.slice(0, 8)}`, onHand],
  );
  return listingId;
}

const reserve = (listingId: string, quantity: number, reservationId = randomUUID(), ttlSeconds = 600) =>
  reservations.reserve({ reservationId, listingId, quantity, ownerRef: `test:${reservationId}`, ttlSeconds });

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof CatalogError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  database = await createTestDatabase('reservations');
  dataSource = createServiceDataSource({
    url: database.url,
    schema: 'catalog',
    entities: [],
    migrations: catalogMigrations,
    applicationName: 'reservation-test',
    poolSize: 20,
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.query(
    `INSERT INTO company_status (company_id, trading_name, kind, status, reason, changed_at) VALUES ($1, 'Siberian Cable', 'SELLER', 'APPROVED', 'ok', now())`,
    [sellerId],
  );
  const outbox = new Outbox(lotbookTopics, 'catalog');
  reservations = new ReservationService(dataSource, outbox);
  asks = new AskReservationService(dataSource, outbox, reservations);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('stock reservations under concurrency', () => {
  it('lets exactly as many parallel reservations through as there are units, never more', async () => {
    const listingId = await listingWith(25);
    const outcomes = await Promise.all(Array.from({ length: 60 }, () => outcome(reserve(listingId, 1))));
    expect(outcomes.filter((result) => result === 'OK')).toHaveLength(25);
    expect(outcomes.filter((result) => result === 'INSUFFICIENT_STOCK')).toHaveLength(35);
    const [{ reserved }] = await dataSource.query(
      `SELECT sum(quantity)::int AS reserved FROM reservation WHERE listing_id = $1 AND status = 'ACTIVE'`,
      [listingId],
    );
    expect(reserved).toBe(25);
    expect(await reservations.available(dataSource.manager, listingId)).toBe(0);
    const events = await dataSource.query(
      `SELECT envelope->'payload'->>'change' AS change, count(*)::int AS count FROM outbox
      WHERE envelope->'payload'->>'listingId' = $1 GROUP BY 1 ORDER BY 1`,
      [listingId],
    );
    expect(events).toEqual([
      { change: 'MADE', count: 25 },
      { change: 'REFUSED', count: 35 },
    ]);
  });

  it('never oversells with mixed quantities racing for the last units', async () => {
    const listingId = await listingWith(100);
    const quantities = Array.from({ length: 80 }, (_, index) => (index % 7) + 1);
    const outcomes = await Promise.all(quantities.map((quantity) => outcome(reserve(listingId, quantity))));
    const granted = quantities.filter((_, index) => outcomes[index] === 'OK').reduce((sum, quantity) => sum + quantity, 0);
    expect(granted).toBeLessThanOrEqual(100);
    const smallestRefused = Math.min(...quantities.filter((_, index) => outcomes[index] !== 'OK'));
    expect(100 - granted).toBeLessThan(smallestRefused); // nothing that still fit was refused at the end
    expect(await reservations.available(dataSource.manager, listingId)).toBe(100 - granted);
  });

  it('treats the same reservation id as one reservation, even sent twice at once', async () => {
    const listingId = await listingWith(10);
    const id = randomUUID();
    const [first, second] = await Promise.all([reserve(listingId, 4, id), reserve(listingId, 4, id)]);
    expect(first.reservationId).toBe(id);
    expect(second.reservationId).toBe(id);
    expect(await reservations.available(dataSource.manager, listingId)).toBe(6);
    expect(await outcome(reserve(listingId, 5, id))).toBe('RESERVATION_CONFLICT');
  });

  it('gives stock back on release and takes it off on commit, each once', async () => {
    const listingId = await listingWith(10);
    const released = await reserve(listingId, 3);
    const committed = await reserve(listingId, 4);
    expect((await reservations.release(released.reservationId)).available).toBe(6);
    expect((await reservations.release(released.reservationId)).status).toBe('RELEASED');
    expect((await reservations.commit(committed.reservationId)).available).toBe(6);
    expect((await reservations.commit(committed.reservationId)).status).toBe('COMMITTED');
    const [{ on_hand: onHand }] = await dataSource.query(`SELECT on_hand::int FROM listing WHERE id = $1`, [listingId]);
    expect(onHand).toBe(6);
    expect(await outcome(reservations.release(committed.reservationId))).toBe('RESERVATION_NOT_ACTIVE');
    expect(await outcome(reservations.commit(released.reservationId))).toBe('RESERVATION_NOT_ACTIVE');
    expect(await outcome(reservations.release(randomUUID()))).toBe('UNKNOWN_RESERVATION');
  });

  it('stops holding stock when a reservation expires', async () => {
    const listingId = await listingWith(5);
    const shortLived = await reserve(listingId, 5, randomUUID(), 1);
    expect(await outcome(reserve(listingId, 1))).toBe('INSUFFICIENT_STOCK');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await reservations.available(dataSource.manager, listingId)).toBe(5);
    expect(await outcome(reservations.commit(shortLived.reservationId))).toBe('RESERVATION_NOT_ACTIVE');
  });

  it('refuses zero, negative and fractional quantities and unknown listings, reserving nothing', async () => {
    const listingId = await listingWith(5);
    for (const quantity of [0, -1, 1.5]) expect(await outcome(reserve(listingId, quantity))).toBe('NON_POSITIVE_QUANTITY');
    expect(await outcome(reserve(randomUUID(), 1))).toBe('UNKNOWN_LISTING');
    expect(await reservations.available(dataSource.manager, listingId)).toBe(5);
  });
});

describe('the lines of a purchase, reserved all or none', () => {
  const lines = (...wanted: Array<[listingId: string, quantity: number]>) =>
    wanted.map(([listingId, quantity]) => ({ reservationId: randomUUID(), listingId, quantity, ownerRef: 'orders:order:test' }));
  const activeOn = async (listingId: string): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM reservation WHERE listing_id = $1 AND status = 'ACTIVE'`, [listingId]))[0].n;
  const changesOf = async (listingId: string): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT envelope->'payload'->>'change' AS change FROM outbox WHERE envelope->'payload'->>'listingId' = $1 ORDER BY seq`,
        [listingId],
      )
    ).map((row: { change: string }) => row.change);

  it('reserves every line, answering them in the order asked, each with what is left on its listing', async () => {
    const [a, b, c] = [await listingWith(10), await listingWith(5), await listingWith(8)];
    const asked = lines([a, 4], [b, 5], [c, 1]);
    const { reservations: made } = await reservations.reserveLines({ lines: asked, ttlSeconds: 600 });
    expect(made.map((reservation) => [reservation.reservationId, reservation.quantity, reservation.available, reservation.status])).toEqual([
      [asked[0].reservationId, 4, 6, 'ACTIVE'],
      [asked[1].reservationId, 5, 0, 'ACTIVE'],
      [asked[2].reservationId, 1, 7, 'ACTIVE'],
    ]);
    expect(await changesOf(b)).toEqual(['MADE']);
  });

  it('reserves none when one line cannot be had, names that line, and announces its refusal only', async () => {
    const [a, b, c] = [await listingWith(10), await listingWith(3), await listingWith(8)];
    const refusal = reservations.reserveLines({ lines: lines([a, 4], [b, 5], [c, 1]), ttlSeconds: 600 });
    await expect(refusal).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', field: `listingId:${b}` });
    expect([await activeOn(a), await activeOn(b), await activeOn(c)]).toEqual([0, 0, 0]);
    expect([await changesOf(a), await changesOf(b), await changesOf(c)]).toEqual([[], ['REFUSED'], []]);
    expect(await reservations.available(dataSource.manager, a)).toBe(10);
  });

  it('answers the same lines again as the same reservations, also when sent twice at once', async () => {
    const [a, b] = [await listingWith(10), await listingWith(10)];
    const asked = lines([a, 2], [b, 3]);
    const [first, second] = await Promise.all([
      reservations.reserveLines({ lines: asked, ttlSeconds: 600 }),
      reservations.reserveLines({ lines: asked, ttlSeconds: 600 }),
    ]);
    const again = await reservations.reserveLines({ lines: asked, ttlSeconds: 600 });
    for (const answer of [first, second, again]) {
      expect(answer.reservations.map((reservation) => reservation.reservationId)).toEqual(asked.map((line) => line.reservationId));
    }
    expect([await activeOn(a), await activeOn(b)]).toEqual([1, 1]);
    expect(await reservations.available(dataSource.manager, b)).toBe(7);
  });

  it('lets purchases racing for the same listings through in turn, without a deadlock or an oversold unit', async () => {
    const [a, b, c] = [await listingWith(6), await listingWith(6), await listingWith(6)];
    // Each purchase names the listings in another order; catalog locks them in one order.
    const orders = [[a, b, c], [c, b, a], [b, a, c], [c, a, b]];
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        outcome(reservations.reserveLines({ lines: lines(...orders[index % 4].map((listing): [string, number] => [listing, 1])), ttlSeconds: 600 })),
      ),
    );
    expect(outcomes.filter((result) => result === 'OK')).toHaveLength(6);
    expect(outcomes.filter((result) => result === 'INSUFFICIENT_STOCK')).toHaveLength(6);
    expect([await activeOn(a), await activeOn(b), await activeOn(c)]).toEqual([6, 6, 6]);
  });

  it('refuses a line of no positive whole quantity by its listing, reserving nothing', async () => {
    const [a, b] = [await listingWith(10), await listingWith(10)];
    await expect(reservations.reserveLines({ lines: lines([a, 1], [b, 0]), ttlSeconds: 600 })).rejects.toMatchObject({
      code: 'NON_POSITIVE_QUANTITY',
      field: `listingId:${b}`,
    });
    await expect(reservations.reserveLines({ lines: lines([a, 1], [randomUUID(), 1]), ttlSeconds: 600 })).rejects.toMatchObject({
      code: 'UNKNOWN_LISTING',
    });
    expect([await activeOn(a), await activeOn(b)]).toEqual([0, 0]);
  });
});

describe('ask reservations, decided a batch at a time', () => {
  const ask = (listingId: string, quantity: number, more: Partial<AskReservationRequest> = {}) => {
    const reservationId = more.reservationId ?? randomUUID();
    return asks.reserve({
      reservationId,
      listingId,
      sellerCompanyId: sellerId,
      quantity,
      ownerRef: `trading:ask:${reservationId}`,
      ttlSeconds: 600,
      ...more,
    });
  };
  const changes = async (listingId: string) =>
    dataSource.query(
      `SELECT envelope->'payload'->>'change' AS change, count(*)::int AS count FROM outbox
        WHERE envelope->'payload'->>'listingId' = $1 GROUP BY 1 ORDER BY 1`,
      [listingId],
    );

  it('grants racing asks in arrival order up to the stock, across listings, in one commit', async () => {
    const first = await listingWith(25);
    const second = await listingWith(7);
    const requests = Array.from({ length: 60 }, (_, index) => (index % 2 === 0 ? ask(first, 1) : ask(second, 1)));
    const outcomes = await Promise.all(requests.map((request) => outcome(request)));
    // One batch, one transaction: every reservation row carries the same writing transaction id.
    const [{ transactions }] = await dataSource.query(
      `SELECT count(DISTINCT xmin::text)::int AS transactions FROM reservation WHERE listing_id = ANY ($1::uuid[])`,
      [[first, second]],
    );
    expect(transactions).toBe(1);
    const firstOutcomes = outcomes.filter((_, index) => index % 2 === 0);
    const secondOutcomes = outcomes.filter((_, index) => index % 2 === 1);
    // Decided in arrival order: the first asks get the stock, every later one is refused.
    expect(firstOutcomes).toEqual([...Array(25).fill('OK'), ...Array(5).fill('INSUFFICIENT_STOCK')]);
    expect(secondOutcomes).toEqual([...Array(7).fill('OK'), ...Array(23).fill('INSUFFICIENT_STOCK')]);
    expect(await reservations.available(dataSource.manager, first)).toBe(0);
    expect(await reservations.available(dataSource.manager, second)).toBe(0);
    expect(await changes(first)).toEqual([
      { change: 'MADE', count: 25 },
      { change: 'REFUSED', count: 5 },
    ]);
  });

  it('answers the reservation with the listing’s terms, and the same id again as the same reservation', async () => {
    const listingId = await listingWith(10);
    const id = randomUUID();
    const [made, again] = await Promise.all([ask(listingId, 4, { reservationId: id }), ask(listingId, 4, { reservationId: id })]);
    expect(made.reservation).toMatchObject({ reservationId: id, listingId, quantity: 4, status: 'ACTIVE', available: 6 });
    expect(made.listing).toMatchObject({
      id: listingId,
      sellerCompanyId: sellerId,
      currency: 'RUB',
      region: 'Omsk',
      minimumOrderQuantity: 1,
    });
    expect(again.reservation.reservationId).toBe(id);
    expect((await ask(listingId, 4, { reservationId: id })).reservation.quantity).toBe(4);
    expect(await reservations.available(dataSource.manager, listingId)).toBe(6);
    expect(await outcome(ask(await listingWith(10), 4, { reservationId: id }))).toBe('RESERVATION_CONFLICT');
  });

  it('refuses an ask the listing does not allow, with its reason, reserving nothing', async () => {
    const listingId = await listingWith(1_000);
    await dataSource.query(`UPDATE listing SET minimum_order_quantity = 100, lot_multiple = 50 WHERE id = $1`, [listingId]);
    const paused = await listingWith(1_000);
    await dataSource.query(`UPDATE listing SET status = 'PAUSED' WHERE id = $1`, [paused]);
    const cases: Array<[Promise<unknown>, string]> = [
      [ask(randomUUID(), 100), 'UNKNOWN_LISTING'],
      [ask(listingId, 100, { sellerCompanyId: randomUUID() }), 'FOREIGN_LISTING'],
      [ask(paused, 100), 'LISTING_NOT_ACTIVE'],
      [ask(listingId, 100, { productId: randomUUID() }), 'PRODUCT_MISMATCH'],
      [ask(listingId, 100, { currency: 'EUR' }), 'CURRENCY_MISMATCH'],
      [ask(listingId, 99), 'QUANTITY_BELOW_MINIMUM'],
      [ask(listingId, 0), 'NON_POSITIVE_QUANTITY'],
      [ask(listingId, 1_001), 'INSUFFICIENT_STOCK'],
      [ask(listingId, 100, { currency: ' rub ' }), 'OK'],
    ];
    expect(await Promise.all(cases.map(([request]) => outcome(request)))).toEqual(cases.map(([, code]) => code));
    expect(await reservations.available(dataSource.manager, listingId)).toBe(900);
    expect(await reservations.available(dataSource.manager, paused)).toBe(1_000);
  });

  it('settles a batch of trade commits and releases in order, one event per reservation and change telling what was available after it', async () => {
    const listingId = await listingWith(50);
    const { reservation } = await ask(listingId, 10);
    const other = await ask(listingId, 5);
    const missed = await dataSource.transaction((transaction) =>
      reservations.settleParts(transaction, [
        { reservationId: reservation.reservationId, quantity: 3, action: 'commit' },
        { reservationId: other.reservation.reservationId, quantity: 5, action: 'release' },
        { reservationId: reservation.reservationId, quantity: 2, action: 'release' },
        { reservationId: reservation.reservationId, quantity: 5, action: 'commit' },
        { reservationId: reservation.reservationId, quantity: 1, action: 'commit' },
        { reservationId: randomUUID(), quantity: 1, action: 'commit' },
      ]),
    );
    expect(missed).toHaveLength(2); // the part after the reservation ran out, and the unknown one
    const [row] = await dataSource.query(`SELECT quantity::int, committed_quantity::int, status FROM reservation WHERE id = $1`, [
      reservation.reservationId,
    ]);
    expect(row).toEqual({ quantity: 0, committed_quantity: 8, status: 'COMMITTED' });
    const [{ on_hand: onHand }] = await dataSource.query(`SELECT on_hand::int FROM listing WHERE id = $1`, [listingId]);
    expect(onHand).toBe(42);
    expect(await reservations.available(dataSource.manager, listingId)).toBe(42);
    const events = await dataSource.query(
      `SELECT envelope->'payload'->>'change' AS change, (envelope->'payload'->>'quantity')::int AS quantity,
              (envelope->'payload'->>'available')::int AS available
         FROM outbox WHERE envelope->'payload'->>'listingId' = $1 AND envelope->'payload'->>'change' IN ('COMMITTED', 'RELEASED') ORDER BY seq`,
      [listingId],
    );
    // 50 on hand, 15 reserved: 35 available; a commit leaves it as it was, a release gives back.
    // The two commits of the first reservation are one event, told where the last of them was.
    expect(events).toEqual([
      { change: 'RELEASED', quantity: 5, available: 40 },
      { change: 'RELEASED', quantity: 2, available: 42 },
      { change: 'COMMITTED', quantity: 8, available: 42 },
    ]);
  });
});
