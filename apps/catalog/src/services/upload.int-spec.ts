import { randomUUID } from 'node:crypto';
import { listingChanged, stockCommands } from '@lotbook/contracts';
import { type GraphQLTestClient, KafkaRpcTestClient, MarketplaceStack, testKafkaBrokers, uniqueSuffix, waitFor } from '@lotbook/testing';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

let stack: MarketplaceStack;
let seller: GraphQLTestClient;
let otherSeller: GraphQLTestClient;
let buyer: GraphQLTestClient;
let sellerId: string;
let db: Client;
let rpc: KafkaRpcTestClient;
let kafka: Kafka;
let listingReader: Consumer;
/** The payloads of `catalog.listing.changed` read off the topic (other suites' too), and the next offset read per partition. */
const listingChanges: Array<{ change: string; listing: { sellerCompanyId: string } }> = [];
const listingReadTo = new Map<number, bigint>();

const UPLOAD_FIELDS = 'id kind fileName status rowCount created updated unchanged rejected failure { code message }';
const LISTINGS = `mutation ($csv: String, $b64: String, $name: String) { uploadListingsCsv(csv: $csv, csvBase64: $b64, fileName: $name) { ${UPLOAD_FIELDS} } }`;
const STOCK = `mutation ($csv: String, $b64: String) { uploadStockCsv(csv: $csv, csvBase64: $b64) { ${UPLOAD_FIELDS} } }`;

interface Upload {
  id: string;
  status: string;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  failure: { code: string; message: string } | null;
}
interface Row {
  line: number;
  sellerSku: string;
  outcome: string;
  listingId: string | null;
  problem: { code: string; column: string | null } | null;
}

/** Uploads through the gateway and waits for catalog to apply the file. */
async function upload(mutation: string, variables: Record<string, unknown>, client = seller): Promise<Upload> {
  const data = await client.data<Record<string, Upload>>(mutation, variables);
  const queued = Object.values(data)[0];
  expect(queued.status).toBe('QUEUED');
  return waitFor(
    `upload ${queued.id} to be applied`,
    async () => {
      const { catalogUpload } = await client.data<{ catalogUpload: Upload }>(
        `query ($id: ID!) { catalogUpload(id: $id) { ${UPLOAD_FIELDS} } }`,
        { id: queued.id },
      );
      return catalogUpload.status === 'QUEUED' ? undefined : catalogUpload;
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

async function rows(uploadId: string, outcomes?: string[]): Promise<Row[]> {
  const all: Row[] = [];
  let afterLine = 0;
  for (;;) {
    const { catalogUploadRows } = await seller.data<{ catalogUploadRows: { rows: Row[]; hasNextPage: boolean } }>(
      `query ($id: ID!, $outcomes: [UploadRowOutcome!], $after: Int!) {
         catalogUploadRows(uploadId: $id, outcomes: $outcomes, first: 1000, afterLine: $after) {
           rows { line sellerSku outcome listingId problem { code column } } hasNextPage } }`,
      { id: uploadId, outcomes, after: afterLine },
    );
    all.push(...catalogUploadRows.rows);
    if (!catalogUploadRows.hasNextPage) return all;
    afterLine = catalogUploadRows.rows[catalogUploadRows.rows.length - 1].line;
  }
}

const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);

/**
 * How many events about this suite's seller's listings catalog has published so far (of one
 * kind, if named). Once catalog's outbox is empty
 * (the relay deletes what Kafka has acknowledged) everything it committed is on the topic, and
 * the reader has caught up when it has read to each partition's end.
 */
async function listingEvents(change?: string): Promise<number> {
  await waitFor('catalog’s outbox to be relayed', async () => (await count(`SELECT count(*) FROM catalog.outbox`)) === 0);
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(listingChanged.name).finally(() => admin.disconnect());
  // A partition that holds nothing (its log starts at its end: the stack emptied it) has nothing to read.
  await waitFor('the listing events to be read', () =>
    ends.every(({ partition, high, low }) => high === low || (listingReadTo.get(partition) ?? 0n) >= BigInt(high)),
  );
  return listingChanges.filter(
    (payload) => payload.listing.sellerCompanyId === sellerId && (change === undefined || payload.change === change),
  ).length;
}

const HEADER = 'sku,product_code,region,currency,unit_price,price_breaks,minimum_order_quantity,lot_multiple,lead_time_days,status';

beforeAll(async () => {
  stack = await MarketplaceStack.start({ label: 'catalog_uploads', services: ['catalog'], gatewayPort: 4340 });
  db = new Client({ connectionString: stack.database.url });
  await db.connect();
  ({ companyId: sellerId, client: seller } = await stack.approvedCompany('Ural Steel', '6603003034', 'SELLER', 'admin@ural-steel.example'));
  ({ client: otherSeller } = await stack.approvedCompany('Siberian Cable', '5503001112', 'SELLER', 'admin@siberian-cable.example'));
  ({ client: buyer } = await stack.approvedCompany('Volga Construction', '7701001012', 'BUYER', 'admin@volga.example'));
  const { createCategory } = await stack.operator.data<{ createCategory: { id: string } }>(
    `mutation { createCategory(name: "Rebar") { id } }`,
  );
  for (const code of ['REBAR-12', 'REBAR-16', 'REBAR-20']) {
    await stack.operator.data(`mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`, {
      input: { code, name: `Rebar A500C ${code.slice(6)} mm`, categoryId: createCategory.id, baseUnit: 'KG' },
    });
  }
  await seller.data(`mutation ($input: ProductInput!) { proposeProduct(input: $input) { id } }`, {
    input: { code: 'REBAR-40', name: 'Rebar 40 mm', categoryId: createCategory.id, baseUnit: 'KG' },
  });
  rpc = new KafkaRpcTestClient(testKafkaBrokers(), [stockCommands.reserveStock]);
  await rpc.connect();
  kafka = new Kafka({ clientId: 'upload-listing-reader', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  listingReader = kafka.consumer({ groupId: `upload-listing-reader-${uniqueSuffix()}`, maxWaitTimeInMs: 100 });
  await listingReader.connect();
  await listingReader.subscribe({ topic: listingChanged.name, fromBeginning: true });
  await listingReader.run({
    eachMessage: async ({ partition, message }) => {
      listingChanges.push((JSON.parse(String(message.value)) as { payload: (typeof listingChanges)[number] }).payload);
      listingReadTo.set(partition, BigInt(message.offset) + 1n);
    },
  });
}, 180_000);

afterAll(async () => {
  await listingReader?.disconnect();
  await rpc?.close();
  await db?.end();
  await stack?.stop();
});

describe('listings CSV upload', () => {
  const file = [
    HEADER,
    'RB-12,REBAR-12,Yekaterinburg,RUB,64500.00,10000:63000|50000:61000,1000,500,3,ACTIVE',
    'RB-16,REBAR-16,Yekaterinburg,RUB,"63 900,00",,1000,1000,3,', // a price in a locale's format: refused, not guessed
    'RB-20,REBAR-20,Chelyabinsk,rub,63100.5,,2000,1000,5,PAUSED',
    'RB-99,NO-SUCH,Yekaterinburg,RUB,10,,1,1,0,ACTIVE',
    'RB-40,REBAR-40,Yekaterinburg,RUB,10,,1,1,0,ACTIVE',
    'RB-BAD1,REBAR-12,Yekaterinburg,RUR,10,,1,1,0,ACTIVE',
    'RB-BAD2,REBAR-12,Yekaterinburg,RUB,10.001,,1,1,0,ACTIVE',
    'RB-BAD3,REBAR-12,Yekaterinburg,RUB,10,,1000,300,0,ACTIVE',
    'RB-BAD4,REBAR-12,Yekaterinburg,RUB,10,500:9|100:8,1,1,0,ACTIVE',
    'RB-BAD5,REBAR-12,Yekaterinburg,RUB,-1,,1,1,0,ACTIVE',
    'RB-12,REBAR-12,Yekaterinburg,RUB,1.00,,1,1,0,ACTIVE',
    '',
  ].join('\n');

  let first: Upload;

  it('applies every good row, refuses each bad one with its reason and column, and reports per line', async () => {
    const eventsBefore = await listingEvents();
    first = await upload(LISTINGS, { csv: file, name: 'erp-export.csv' });
    expect(first).toMatchObject({ status: 'COMPLETED', rowCount: 11, created: 2, updated: 0, unchanged: 0, rejected: 9, failure: null });
    const report = await rows(first.id);
    expect(report.map((row) => [row.line, row.sellerSku, row.outcome, row.problem?.code ?? null, row.problem?.column ?? null])).toEqual([
      [2, 'RB-12', 'CREATED', null, null],
      [3, 'RB-16', 'REJECTED', 'INVALID_INPUT', 'unit_price'],
      [4, 'RB-20', 'CREATED', null, null],
      [5, 'RB-99', 'REJECTED', 'UNKNOWN_PRODUCT', 'product_code'],
      [6, 'RB-40', 'REJECTED', 'PRODUCT_NOT_ACTIVE', 'product_code'],
      [7, 'RB-BAD1', 'REJECTED', 'UNKNOWN_CURRENCY', 'currency'],
      [8, 'RB-BAD2', 'REJECTED', 'PRICE_TOO_PRECISE', 'unit_price'],
      [9, 'RB-BAD3', 'REJECTED', 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ', 'lot_multiple'],
      [10, 'RB-BAD4', 'REJECTED', 'PRICE_BREAKS_OUT_OF_ORDER', 'price_breaks'],
      [11, 'RB-BAD5', 'REJECTED', 'NON_POSITIVE_PRICE', 'unit_price'],
      [12, 'RB-12', 'REJECTED', 'DUPLICATE_SKU', 'sku'],
    ]);
    expect((await rows(first.id, ['CREATED'])).map((row) => row.line)).toEqual([2, 4]);

    const stored = await db.query(
      `SELECT seller_sku, region, currency, unit_price_minor::int, price_breaks, minimum_order_quantity::int, lot_multiple::int, on_hand::int, status
         FROM catalog.listing WHERE seller_company_id = $1 ORDER BY seller_sku`,
      [sellerId],
    );
    expect(stored.rows).toEqual([
      {
        seller_sku: 'RB-12',
        region: 'Yekaterinburg',
        currency: 'RUB',
        unit_price_minor: 6_450_000,
        price_breaks: [
          { fromQuantity: 10_000, unitPriceMinor: 6_300_000 },
          { fromQuantity: 50_000, unitPriceMinor: 6_100_000 },
        ],
        minimum_order_quantity: 1000,
        lot_multiple: 500,
        on_hand: 0,
        status: 'ACTIVE',
      },
      expect.objectContaining({ seller_sku: 'RB-20', region: 'Chelyabinsk', unit_price_minor: 6_310_050, status: 'PAUSED' }),
    ]);
    expect(await listingEvents()).toBe(eventsBefore + 2);
  });

  it('changes nothing when the same file comes again, and only what differs when a row changes', async () => {
    const eventsBefore = await listingEvents();
    const again = await upload(LISTINGS, { csv: file });
    expect(again).toMatchObject({ status: 'COMPLETED', rowCount: 11, created: 0, updated: 0, unchanged: 2, rejected: 9 });
    expect(await listingEvents()).toBe(eventsBefore);

    const edited = file.replace('63100.5,,2000', '62900,,2000');
    const third = await upload(LISTINGS, { csv: edited });
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 9 });
    expect((await rows(third.id, ['UPDATED'])).map((row) => row.sellerSku)).toEqual(['RB-20']);
    expect(await listingEvents()).toBe(eventsBefore + 1);
    expect(await count(`SELECT count(*) FROM catalog.listing WHERE seller_company_id = $1`, [sellerId])).toBe(2);
  });

  it('refuses a file with wrong columns or in a wrong encoding as a whole, changing nothing', async () => {
    const listingsBefore = await db.query(`SELECT id, unit_price_minor, updated_at FROM catalog.listing ORDER BY id`);
    const wrongColumns = await upload(LISTINGS, { csv: 'sku,product,price\nRB-12,REBAR-12,1\n' });
    expect(wrongColumns).toMatchObject({ status: 'FAILED', rowCount: 0, failure: { code: 'WRONG_COLUMNS' } });
    expect(wrongColumns.failure?.message).toContain(
      'missing product_code, region, currency, unit_price, minimum_order_quantity, lot_multiple; unknown product, price',
    );

    const cp1251 = Buffer.concat([
      Buffer.from(`${HEADER}\nRB-12,REBAR-12,`, 'utf8'),
      Buffer.from([0xc5, 0xea, 0xe0, 0xf2]),
      Buffer.from(',RUB,1,,1,1,0,ACTIVE\n'),
    ]);
    const broken = await upload(LISTINGS, { b64: cp1251.toString('base64') });
    expect(broken).toMatchObject({ status: 'FAILED', failure: { code: 'BROKEN_ENCODING' } });

    const unclosed = await upload(LISTINGS, { csv: `${HEADER}\n"RB-12,REBAR-12,Yekaterinburg,RUB,1,,1,1,0,ACTIVE\n` });
    expect(unclosed).toMatchObject({ status: 'FAILED', failure: { code: 'MALFORMED_CSV' } });
    expect((await db.query(`SELECT id, unit_price_minor, updated_at FROM catalog.listing ORDER BY id`)).rows).toEqual(listingsBefore.rows);

    const neither = await seller.execute(`mutation { uploadListingsCsv { id } }`);
    expect(neither.errors?.[0].extensions?.code).toBe('INVALID_INPUT');
  });

  it('lets only the seller’s own staff upload and read its uploads', async () => {
    const refused = await buyer.execute(LISTINGS, { csv: file });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreign = await otherSeller.execute(`query ($id: ID!) { catalogUpload(id: $id) { id } }`, { id: first.id });
    expect(foreign.errors?.[0].extensions?.code).toBe('UNKNOWN_UPLOAD');
    const { catalogUploads } = await seller.data<{ catalogUploads: Array<{ id: string }> }>(`{ catalogUploads(first: 50) { id } }`);
    expect(catalogUploads.map((one) => one.id)).toContain(first.id);
  });
});

describe('stock CSV upload', () => {
  it('sets stock on hand per SKU, never below what is reserved, and a repeat changes nothing', async () => {
    const {
      rows: [rb12],
    } = await db.query(`SELECT id FROM catalog.listing WHERE seller_sku = 'RB-12'`);
    expect(await upload(STOCK, { csv: 'sku,on_hand\nRB-12,5000\n' })).toMatchObject({ updated: 1 });
    const reserved = await rpc.command(
      stockCommands.reserveStock,
      { reservationId: randomUUID(), listingId: rb12.id, quantity: 3000, ownerRef: 'test:stock-upload', ttlSeconds: 600 },
      rb12.id,
    );
    expect(reserved).toMatchObject({ ok: true });

    const file = 'sku,on_hand\nRB-12,2000\nRB-20,70000\nRB-77,10\nRB-20,1\n"RB-12",-5\n';
    const applied = await upload(STOCK, { csv: file });
    expect(applied).toMatchObject({ status: 'COMPLETED', rowCount: 5, updated: 1, unchanged: 0, rejected: 4 });
    expect((await rows(applied.id)).map((row) => [row.sellerSku, row.outcome, row.problem?.code ?? null])).toEqual([
      ['RB-12', 'REJECTED', 'STOCK_BELOW_RESERVED'],
      ['RB-20', 'UPDATED', null],
      ['RB-77', 'REJECTED', 'UNKNOWN_LISTING'],
      ['RB-20', 'REJECTED', 'DUPLICATE_SKU'],
      ['RB-12', 'REJECTED', 'NON_POSITIVE_QUANTITY'],
    ]);
    expect(await count(`SELECT on_hand AS count FROM catalog.listing WHERE id = $1`, [rb12.id])).toBe(5000);
    expect(await listingEvents('STOCK_CHANGED')).toBe(2); // the first upload's and this one's

    const again = await upload(STOCK, { csv: file });
    expect(again).toMatchObject({ updated: 0, unchanged: 1, rejected: 4 });
  });

  it('reads a 50,000-row listings file and a 50,000-row stock file, each applied whole', async () => {
    const codes = ['REBAR-12', 'REBAR-16', 'REBAR-20'];
    const lines = [HEADER];
    for (let index = 0; index < 50_000; index += 1) {
      lines.push(
        `BULK-${index},${codes[index % 3]},Region ${index % 40},RUB,${1000 + (index % 997)}.${String(index % 100).padStart(2, '0')},100:900|1000:800,10,5,${index % 30},ACTIVE`,
      );
    }
    const started = Date.now();
    const listings = await upload(LISTINGS, { csv: `${lines.join('\n')}\n` });
    const listingsMillis = Date.now() - started;
    expect(listings).toMatchObject({ status: 'COMPLETED', rowCount: 50_000, created: 50_000, rejected: 0 });

    const stock = ['sku,on_hand', ...Array.from({ length: 50_000 }, (_, index) => `BULK-${index},${index * 10}`)].join('\n');
    const stockStarted = Date.now();
    const stocked = await upload(STOCK, { csv: stock });
    expect(stocked).toMatchObject({ status: 'COMPLETED', rowCount: 50_000, updated: 49_999, unchanged: 1, rejected: 0 });
    expect(
      await count(`SELECT count(*) FROM catalog.listing WHERE seller_sku LIKE 'BULK-%' AND on_hand = (substr(seller_sku, 6))::bigint * 10`),
    ).toBe(50_000);
    console.log(`50,000-row listings upload applied in ${listingsMillis} ms; 50,000-row stock upload in ${Date.now() - stockStarted} ms`);
  }, 180_000);
});
