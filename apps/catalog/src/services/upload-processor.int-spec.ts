import { type GraphQLTestClient, MarketplaceStack, waitFor } from '@lotbook/testing';
import { Client } from 'pg';

// Ports 4770-4779: a block of our own.
let stack: MarketplaceStack;
let sellerA: GraphQLTestClient;
let sellerB: GraphQLTestClient;
let db: Client;

const FIELDS = 'id status rowCount updated rejected failure { code message }';
const STOCK = `mutation ($csv: String, $b64: String) { uploadStockCsv(csv: $csv, csvBase64: $b64) { ${FIELDS} } }`;

interface Upload {
  id: string;
  status: string;
  rowCount: number;
  updated: number;
  rejected: number;
  failure: { code: string; message: string } | null;
}

async function queue(client: GraphQLTestClient, variables: Record<string, unknown>): Promise<Upload> {
  const { uploadStockCsv } = await client.data<{ uploadStockCsv: Upload }>(STOCK, variables);
  expect(uploadStockCsv.status).toBe('QUEUED');
  return uploadStockCsv;
}

async function finished(client: GraphQLTestClient, id: string, timeoutMs = 90_000): Promise<Upload> {
  return waitFor(
    `upload ${id} to finish`,
    async () => {
      const { catalogUpload } = await client.data<{ catalogUpload: Upload }>(`query ($id: ID!) { catalogUpload(id: $id) { ${FIELDS} } }`, {
        id,
      });
      return catalogUpload.status === 'QUEUED' ? undefined : catalogUpload;
    },
    { timeoutMs, intervalMs: 200 },
  );
}

beforeAll(async () => {
  stack = await MarketplaceStack.start({
    label: 'upload_processor',
    services: ['catalog'],
    gatewayPort: 4770,
    env: { gateway: { RPC_TIMEOUT_MS: '20000' } },
  });
  db = new Client({ connectionString: stack.database.url });
  await db.connect();
  ({ client: sellerA } = await stack.approvedCompany('Ural Steel', '6603003034', 'SELLER', 'admin@ural-steel.example'));
  ({ client: sellerB } = await stack.approvedCompany('Siberian Cable', '5503001112', 'SELLER', 'admin@siberian-cable.example'));
  const { createCategory } = await stack.operator.data<{ createCategory: { id: string } }>(
    `mutation { createCategory(name: "Rebar") { id } }`,
  );
  const { createProduct } = await stack.operator.data<{ createProduct: { id: string } }>(
    `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
    { input: { code: 'REBAR-12', name: 'Rebar A500C 12 mm', categoryId: createCategory.id, baseUnit: 'KG' } },
  );
  for (const [client, sku] of [
    [sellerA, 'EKB-12'],
    [sellerB, 'NSK-12'],
  ] as const) {
    await client.data(`mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`, {
      input: {
        sellerSku: sku,
        productId: createProduct.id,
        region: 'Ural',
        currency: 'RUB',
        unitPriceMinor: 6_450_000,
        minimumOrderQuantity: 1,
        lotMultiple: 1,
        onHand: 10,
      },
    });
  }
}, 180_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('the upload queue: poison never blocks others', () => {
  it('refuses a row with a NUL byte alone, as INVALID_INPUT, and applies the rest of the file', async () => {
    const file = Buffer.from('sku,on_hand\nAUDIT\u0000X,1\nEKB-12,25\n', 'utf8').toString('base64');
    const done = await finished(sellerA, (await queue(sellerA, { b64: file })).id);
    expect(done).toMatchObject({ status: 'COMPLETED', rowCount: 2, updated: 1, rejected: 1 });
    const { catalogUploadRows } = await sellerA.data<{ catalogUploadRows: { rows: Array<Record<string, unknown>> } }>(
      `query ($id: ID!) { catalogUploadRows(uploadId: $id, first: 10, afterLine: 0) { rows { line sellerSku outcome problem { code column } } } }`,
      { id: done.id },
    );
    expect(catalogUploadRows.rows).toEqual([
      { line: 2, sellerSku: 'AUDIT\uFFFDX', outcome: 'REJECTED', problem: { code: 'INVALID_INPUT', column: 'sku' } },
      { line: 3, sellerSku: 'EKB-12', outcome: 'UPDATED', problem: null },
    ]);
  });

  it('marks a file that fails in the processor every time FAILED after three tries, and every seller’s later uploads are applied', async () => {
    // A fault the processor cannot get past: the database refuses the report row of one SKU.
    await db.query(`CREATE FUNCTION catalog.refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.seller_sku = 'POISON' THEN RAISE EXCEPTION 'injected fault: row %', NEW.line; END IF; RETURN NEW; END $$`);
    await db.query(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON catalog.catalog_upload_row FOR EACH ROW EXECUTE FUNCTION catalog.refuse_poison()`,
    );
    try {
      const poison = await queue(sellerA, { csv: 'sku,on_hand\nPOISON,1\n' });
      const laterA = await queue(sellerA, { csv: 'sku,on_hand\nEKB-12,30\n' });
      const laterB = await queue(sellerB, { csv: 'sku,on_hand\nNSK-12,40\n' });
      expect(await finished(sellerB, laterB.id)).toMatchObject({ status: 'COMPLETED', updated: 1 });
      const failed = await finished(sellerA, poison.id);
      expect(failed).toMatchObject({ status: 'FAILED', failure: { code: 'PROCESSING_FAILED' } });
      expect(failed.failure?.message).toContain('3 tries');
      expect(failed.failure?.message).not.toContain('injected fault'); // the inside of the service stays inside
      expect((await db.query(`SELECT attempts FROM catalog.catalog_upload WHERE id = $1`, [poison.id])).rows[0].attempts).toBe(3);
      expect(await finished(sellerA, laterA.id)).toMatchObject({ status: 'COMPLETED', updated: 1 });
    } finally {
      await db.query(`DROP TRIGGER refuse_poison ON catalog.catalog_upload_row`);
      await db.query(`DROP FUNCTION catalog.refuse_poison()`);
    }
  }, 180_000);

  it('lets sellers take turns: one seller’s queue of large files holds another’s file back by one file at most', async () => {
    const big = ['sku,on_hand', ...Array.from({ length: 40_000 }, (_, index) => `UNKNOWN-${index},${index}`)].join('\n');
    // Queued together, so that the later large files still wait when the small one comes.
    const bigOnes = await Promise.all([0, 1, 2].map(() => queue(sellerA, { csv: big })));
    const small = await queue(sellerB, { csv: 'sku,on_hand\nNSK-12,41\n' });
    // From here on the small file is committed and visible to the processor (its received_at is
    // its transaction's start, which a try of a large file may follow before the commit).
    const visibleAt: string = (await db.query(`SELECT clock_timestamp()::text AS at`)).rows[0].at;
    await finished(sellerB, small.id, 120_000);
    for (const upload of bigOnes) await finished(sellerA, upload.id, 120_000);
    const { rows } = await db.query(
      `SELECT big.id FROM catalog.catalog_upload big, catalog.catalog_upload small
        WHERE small.id = $2 AND big.id = ANY($1::uuid[])
          AND big.last_attempt_at > $3::timestamptz AND big.completed_at < small.completed_at`,
      [bigOnes.map((upload) => upload.id), small.id, visibleAt],
    );
    // A large file under way when the small one arrives may finish first; none started after it may.
    expect(rows).toEqual([]);
    // And the small one did overtake: a large file was still waiting when it finished.
    const overtaken = await db.query(
      `SELECT count(*)::int AS n FROM catalog.catalog_upload big, catalog.catalog_upload small
        WHERE small.id = $2 AND big.id = ANY($1::uuid[]) AND big.completed_at > small.completed_at`,
      [bigOnes.map((upload) => upload.id), small.id],
    );
    expect(overtaken.rows[0].n).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
