import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { listingChanged, stockCommands, type Envelope, type Listing, type RequestReplyDefinition } from '@lotbook/contracts';
import {
  createTestDatabase,
  GraphQLTestClient,
  KafkaRpcTestClient,
  startServiceProcess,
  testKafkaBrokers,
  uniqueSuffix,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
} from '@lotbook/testing';
import { Kafka, logLevel } from 'kafkajs';

const GATEWAY_PORT = 4330;
const PASSWORD = 'catalogue-tests-2026';
const OPERATOR = { email: 'ops@lotbook.example', password: PASSWORD };

let database: TestDatabase;
const processes: ServiceProcess[] = [];
const anonymous = new GraphQLTestClient(`http://127.0.0.1:${GATEWAY_PORT}/graphql`);
let operator: GraphQLTestClient;
let seller: GraphQLTestClient;
let buyer: GraphQLTestClient;
let sellerId: string;
let buyerId: string;

async function signIn(email: string, asOperator = false): Promise<string> {
  const field = asOperator ? 'operatorSignIn' : 'signIn';
  const data = await anonymous.data<Record<string, { accessToken: string }>>(
    `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
    { email, password: PASSWORD },
  );
  return data[field].accessToken;
}

async function registerApproved(tradingName: string, taxId: string, kind: string, email: string): Promise<string> {
  const { registerCompany } = await anonymous.data<{ registerCompany: { companyId: string } }>(
    `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
    { input: { legalName: `OOO ${tradingName}`, tradingName, country: 'RU', taxId, kind, admin: { email, password: PASSWORD, fullName: `${tradingName} Admin` } } },
  );
  await moderate(registerCompany.companyId, 'APPROVE', 'Documents checked against the register');
  return registerCompany.companyId;
}

async function moderate(companyId: string, action: string, reason: string): Promise<void> {
  await operator.data(`mutation ($id: ID!, $action: ModerationAction!, $reason: String!) { moderateCompany(companyId: $id, action: $action, reason: $reason) { status } }`, {
    id: companyId,
    action,
    reason,
  });
}

beforeAll(async () => {
  database = await createTestDatabase('catalog');
  const kafka = testKafkaBrokers().join(',');
  processes.push(
    startServiceProcess('counterparties', { DATABASE_URL: database.url, KAFKA_BROKERS: kafka, HTTP_PORT: '4331' }),
    startServiceProcess('catalog', { DATABASE_URL: database.url, KAFKA_BROKERS: kafka, HTTP_PORT: '4332' }),
    startServiceProcess('gateway', { KAFKA_BROKERS: kafka, GATEWAY_PORT: String(GATEWAY_PORT) }),
  );
  await Promise.all(processes.map((service) => service.ready));
  const root = path.resolve(__dirname, '../../..');
  const cli = spawnSync(process.execPath, [path.join(root, 'tools/run-ts.mjs'), 'apps/counterparties/src/cli/create-operator.ts', '--email', OPERATOR.email, '--name', 'Oleg Operator'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url, LOTBOOK_OPERATOR_PASSWORD: PASSWORD },
    encoding: 'utf8',
  });
  expect(cli.status).toBe(0);
  operator = anonymous.as(await signIn(OPERATOR.email, true));
  sellerId = await registerApproved('Ural Steel', '6603003034', 'SELLER', 'admin@ural-steel.example');
  buyerId = await registerApproved('Volga Construction', '7701001012', 'BUYER', 'admin@volga.example');
  seller = anonymous.as(await signIn('admin@ural-steel.example'));
  buyer = anonymous.as(await signIn('admin@volga.example'));
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map((service) => service.stop()));
  await database?.drop();
});

describe('catalog through the gateway', () => {
  let sheetCategoryId: string;
  let steelCategoryId: string;
  let productId: string;
  let listingId: string;

  const SAVE = `mutation ($input: ListingInput!) { saveListing(input: $input) { id sellerSku unitPriceMinor priceBreaks { fromQuantity unitPriceMinor } onHand status } }`;
  const QUOTE = `query ($id: ID!, $quantity: Int!) { priceQuote(listingId: $id, quantity: $quantity) {
    ok unitPriceMinor lineTotalMinor basis explanation refusal { reason message } } }`;
  const listing = (overrides: Record<string, unknown> = {}) => ({
    productId,
    sellerSku: 'HR-S355-4',
    region: 'Yekaterinburg',
    currency: 'RUB',
    unitPriceMinor: 8_950,
    priceBreaks: [
      { fromQuantity: 5_000, unitPriceMinor: 8_600 },
      { fromQuantity: 20_000, unitPriceMinor: 8_200 },
    ],
    minimumOrderQuantity: 1_000,
    lotMultiple: 500,
    leadTimeDays: 3,
    onHand: 60_000,
    ...overrides,
  });

  it('lets operators build the category tree', async () => {
    const CREATE = `mutation ($name: String!, $parentId: ID) { createCategory(name: $name, parentId: $parentId) { id path } }`;
    const steel = (await operator.data<{ createCategory: { id: string } }>(CREATE, { name: 'Steel' })).createCategory;
    const sheet = (await operator.data<{ createCategory: { id: string; path: string[] } }>(CREATE, { name: 'Hot-rolled sheet', parentId: steel.id })).createCategory;
    expect(sheet.path).toEqual(['Steel', 'Hot-rolled sheet']);
    sheetCategoryId = sheet.id;
    steelCategoryId = steel.id;
    expect((await operator.error(CREATE, { name: 'steel' })).code).toBe('DUPLICATE_CATEGORY');
    expect((await operator.error(CREATE, { name: 'Orphan', parentId: '2b4e6d8f-0a1c-4e3b-9d5f-7a9c1e3b5d7f' })).code).toBe('UNKNOWN_CATEGORY');
    expect((await seller.error(CREATE, { name: 'Cables' })).code).toBe('FORBIDDEN');
  });

  it('shows a seller-proposed product only once an operator approves it', async () => {
    const PROPOSE = `mutation ($input: ProductInput!) { proposeProduct(input: $input) { id code status proposedBy attributes } }`;
    const proposed = (
      await seller.data<{ proposeProduct: { id: string; status: string; proposedBy: string; attributes: Record<string, string> } }>(PROPOSE, {
        input: { code: 'hr-s355-4mm', name: 'Hot-rolled sheet S355, 4 mm', categoryId: sheetCategoryId, baseUnit: 'KG', attributes: { grade: 'S355', thickness_mm: '4' } },
      })
    ).proposeProduct;
    expect(proposed).toMatchObject({ status: 'PROPOSED', proposedBy: sellerId, attributes: { grade: 'S355', thickness_mm: '4' } });
    productId = proposed.id;

    // Not listable until approved, and not visible to others either.
    const PRODUCT = `query ($id: ID!) { product(id: $id) { code status baseUnit } }`;
    expect((await seller.data<{ product: unknown }>(PRODUCT, { id: productId })).product).toEqual({ code: 'HR-S355-4MM', status: 'PROPOSED', baseUnit: 'KG' });
    expect((await buyer.error(PRODUCT, { id: productId })).code).toBe('UNKNOWN_PRODUCT');
    expect((await seller.error(SAVE, { input: listing() })).code).toBe('PRODUCT_NOT_ACTIVE');
    const REVIEW = `mutation ($id: ID!, $approve: Boolean!, $reason: String) { reviewProduct(productId: $id, approve: $approve, reason: $reason) { status rejectionReason } }`;
    expect((await operator.error(REVIEW, { id: productId, approve: false })).code).toBe('REASON_REQUIRED');
    expect((await operator.data<{ reviewProduct: { status: string } }>(REVIEW, { id: productId, approve: true })).reviewProduct.status).toBe('ACTIVE');
    expect((await operator.error(REVIEW, { id: productId, approve: true })).code).toBe('PRODUCT_NOT_PROPOSED');
    expect((await buyer.data<{ product: { status: string } }>(PRODUCT, { id: productId })).product.status).toBe('ACTIVE');
    expect((await seller.error(PROPOSE, { input: { code: 'HR-S355-4MM', name: 'Duplicate', categoryId: sheetCategoryId, baseUnit: 'KG' } })).code).toBe(
      'DUPLICATE_PRODUCT_CODE',
    );
    expect((await buyer.error(PROPOSE, { input: { code: 'X-1', name: 'Buyer product', categoryId: sheetCategoryId, baseUnit: 'KG' } })).code).toBe('FORBIDDEN');
  });

  it('refuses listings with bad terms, naming the field, and saves good ones by SKU', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ unitPriceMinor: 0 }, 'NON_POSITIVE_PRICE'],
      [{ minimumOrderQuantity: 1_200 }, 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ'],
      [{ priceBreaks: [{ fromQuantity: 20_000, unitPriceMinor: 8_200 }, { fromQuantity: 5_000, unitPriceMinor: 8_600 }] }, 'PRICE_BREAKS_OUT_OF_ORDER'],
      [{ currency: 'RUR' }, 'UNKNOWN_CURRENCY'],
      [{ onHand: -5 }, 'NON_POSITIVE_QUANTITY'],
    ];
    for (const [overrides, code] of cases) expect((await seller.error(SAVE, { input: listing(overrides) })).code).toBe(code);

    const created = (await seller.data<{ saveListing: { id: string; onHand: number } }>(SAVE, { input: listing() })).saveListing;
    listingId = created.id;
    const updated = (await seller.data<{ saveListing: { id: string; onHand: number } }>(SAVE, { input: listing({ onHand: 55_000 }) })).saveListing;
    expect(updated).toMatchObject({ id: listingId, onHand: 55_000 }); // same SKU, same listing
    const resaved = (await seller.data<{ saveListing: { id: string } }>(SAVE, { input: listing({ onHand: 55_000 }) })).saveListing;
    expect(resaved.id).toBe(listingId); // saving what is stored: no change, no event
    await seller.data(SAVE, { input: listing({ onHand: 55_000, leadTimeDays: 4 }) });

    const kafka = new Kafka({ clientId: 'listing-reader', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `listing-reader-${uniqueSuffix()}`, maxWaitTimeInMs: 100 });
    const changes: Array<{ change: string; listing: Listing }> = [];
    await consumer.connect();
    await consumer.subscribe({ topic: listingChanged.name, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(String(message.value)) as Envelope<{ change: string; listing: Listing }>;
        if (envelope.payload.listing.id === listingId) changes.push(envelope.payload);
      },
    });
    await waitFor('three listing events', () => changes.length >= 3);
    await consumer.disconnect();
    expect(changes.map((change) => [change.change, change.listing.onHand, change.listing.leadTimeDays])).toEqual([
      ['CREATED', 60_000, 3],
      ['STOCK_CHANGED', 55_000, 3],
      ['CHANGED', 55_000, 4],
    ]);
  });

  it('quotes the price that applies to a quantity, and why not when it cannot', async () => {
    expect((await buyer.data<{ priceQuote: unknown }>(QUOTE, { id: listingId, quantity: 1_500 })).priceQuote).toEqual({
      ok: true,
      unitPriceMinor: 8_950,
      lineTotalMinor: 13_425_000,
      basis: 'LIST_PRICE',
      explanation: 'list price',
      refusal: null,
    });
    expect((await buyer.data<{ priceQuote: { unitPriceMinor: number; basis: string } }>(QUOTE, { id: listingId, quantity: 20_000 })).priceQuote).toMatchObject({
      unitPriceMinor: 8_200,
      lineTotalMinor: 164_000_000,
      basis: 'PRICE_BREAK',
    });
    const refusals = await Promise.all(
      [500, 1_250, 60_000].map(async (quantity) => (await buyer.data<{ priceQuote: { refusal: { reason: string } } }>(QUOTE, { id: listingId, quantity })).priceQuote.refusal.reason),
    );
    expect(refusals).toEqual(['BELOW_MINIMUM_ORDER_QUANTITY', 'NOT_A_LOT_MULTIPLE', 'MORE_THAN_AVAILABLE']);
  });

  it('searches what is on sale by text, category tree, attributes, region, price and stock, a page at a time', async () => {
    const CREATE_PRODUCT = `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`;
    const cables = (await operator.data<{ createCategory: { id: string } }>(`mutation { createCategory(name: "Cables") { id } }`)).createCategory;
    const cable = (
      await operator.data<{ createProduct: { id: string } }>(CREATE_PRODUCT, {
        input: { code: 'VVG-3X2.5', name: 'Power cable VVG 3x2.5', description: 'Copper power cable, PVC insulated', categoryId: cables.id, baseUnit: 'M', attributes: { cores: '3' } },
      })
    ).createProduct;
    const more = [
      { sellerSku: 'HR-S355-4-MSK', region: 'Moscow', unitPriceMinor: 9_400, onHand: 10_000 },
      { sellerSku: 'HR-S355-4-SPB', region: 'Saint Petersburg', unitPriceMinor: 9_100, onHand: 0 },
      { sellerSku: 'HR-S355-4-NSK', region: 'Novosibirsk', unitPriceMinor: 8_700, onHand: 3_000 },
    ];
    for (const extra of more) await seller.data(SAVE, { input: listing({ ...extra, priceBreaks: [] }) });
    await seller.data(SAVE, {
      input: { productId: cable.id, sellerSku: 'VVG-3X2.5-100', region: 'Yekaterinburg', currency: 'RUB', unitPriceMinor: 12_500, minimumOrderQuantity: 100, lotMultiple: 100, onHand: 5_000 },
    });

    const SEARCH = `query ($filter: ListingSearchFilter, $sort: ListingSort, $first: Int, $after: String) {
      searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {
        hits { listing { sellerSku unitPriceMinor region } productCode categoryPath sellerTradingName available relevance } endCursor hasNextPage } }`;
    type Page = { searchListings: { hits: Array<{ listing: { sellerSku: string; unitPriceMinor: number }; available: number; relevance: number | null }>; endCursor: string | null; hasNextPage: boolean } };
    const skus = async (variables: Record<string, unknown>) => (await buyer.data<Page>(SEARCH, variables)).searchListings.hits.map((hit) => hit.listing.sellerSku);

    expect(await skus({ filter: { categoryId: steelCategoryId } })).toEqual(['HR-S355-4-NSK', 'HR-S355-4', 'HR-S355-4-SPB', 'HR-S355-4-MSK']);
    expect(await skus({ filter: { categoryId: steelCategoryId }, sort: 'PRICE_DESC' })).toEqual(['HR-S355-4-MSK', 'HR-S355-4-SPB', 'HR-S355-4', 'HR-S355-4-NSK']);
    expect(await skus({ filter: { text: 'copper cable' } })).toEqual(['VVG-3X2.5-100']);
    expect(await skus({ filter: { text: 'hot-rolled sheet', region: 'moscow' } })).toEqual(['HR-S355-4-MSK']);
    expect(await skus({ filter: { attributes: { grade: 'S355' }, maxPriceMinor: 9_000 } })).toEqual(['HR-S355-4-NSK', 'HR-S355-4']);
    expect(await skus({ filter: { categoryId: steelCategoryId, inStockOnly: true } })).not.toContain('HR-S355-4-SPB');
    const ranked = (await buyer.data<Page>(SEARCH, { filter: { text: 'S355' }, sort: 'RELEVANCE' })).searchListings.hits;
    expect(ranked).toHaveLength(4);
    expect(ranked.every((hit) => (hit.relevance ?? 0) > 0)).toBe(true);

    // Page by page, the pages join up to the whole list with nothing twice.
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: Page['searchListings'] = (await buyer.data<Page>(SEARCH, { first: 2, after })).searchListings;
      seen.push(...page.hits.map((hit) => hit.listing.sellerSku));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(await skus({ first: 100 }));
    expect(new Set(seen).size).toBe(5);
    expect((await buyer.error(SEARCH, { after: 'not-a-cursor' })).code).toBe('INVALID_INPUT');

    // One product, every seller's offer side by side, cheapest first; one that cannot be quoted last.
    const OFFERS = `query ($id: ID!, $quantity: Int) { productOffers(productId: $id, quantity: $quantity) {
      listing { sellerSku } sellerTradingName quote { ok unitPriceMinor refusal { reason } } } }`;
    const offers = (await buyer.data<{ productOffers: Array<{ listing: { sellerSku: string }; quote: { ok: boolean; refusal: { reason: string } | null } }> }>(OFFERS, {
      id: productId,
      quantity: 1_000,
    })).productOffers;
    expect(offers.map((offer) => offer.listing.sellerSku)).toEqual(['HR-S355-4-NSK', 'HR-S355-4', 'HR-S355-4-MSK', 'HR-S355-4-SPB']);
    expect(offers[3].quote.refusal?.reason).toBe('MORE_THAN_AVAILABLE');
  });

  it('gives a buyer its contract price when lower, and says why', async () => {
    const SET = `mutation ($buyer: ID!, $listing: ID, $category: ID, $unit: MinorUnits, $percent: Int) {
      setContractPrice(buyerCompanyId: $buyer, listingId: $listing, categoryId: $category, unitPriceMinor: $unit, percentOffBasisPoints: $percent) { id } }`;
    const quote = async (quantity: number) =>
      (await buyer.data<{ priceQuote: { unitPriceMinor: number; basis: string; explanation: string } }>(QUOTE, { id: listingId, quantity })).priceQuote;

    await seller.data(SET, { buyer: buyerId, category: sheetCategoryId, percent: 500 });
    // 89.50 less 5 % (4.475, rounded half up to 4.48) = 85.02
    expect(await quote(1_500)).toMatchObject({ unitPriceMinor: 8_502, basis: 'CONTRACT', explanation: 'contract discount of 5 % off the list price (for the whole category)' });

    await seller.data(SET, { buyer: buyerId, listing: listingId, unit: 8_300 });
    expect(await quote(1_500)).toMatchObject({ unitPriceMinor: 8_300, basis: 'CONTRACT', explanation: 'contract unit price (for this listing)' });
    expect(await quote(20_000)).toMatchObject({ unitPriceMinor: 8_200, basis: 'PRICE_BREAK' }); // the break is lower still

    expect((await seller.error(SET, { buyer: buyerId, category: sheetCategoryId, unit: 8_000 })).code).toBe('INVALID_INPUT');
    expect((await seller.error(SET, { buyer: buyerId, listing: listingId, percent: 0 })).code).toBe('INVALID_INPUT');
    expect((await buyer.error(SET, { buyer: buyerId, listing: listingId, unit: 1 })).code).toBe('FORBIDDEN');
  });

  it("hides a suspended seller's listings and refuses its changes, in the gateway and in the catalog service", async () => {
    await moderate(sellerId, 'SUSPEND', 'Short deliveries reported by three buyers');
    await waitFor('the quote to be refused', async () => (await buyer.execute(QUOTE, { id: listingId, quantity: 1_500 })).errors?.[0]?.extensions?.code === 'UNKNOWN_LISTING');
    await waitFor('the gateway to refuse the seller', async () => (await seller.execute(SAVE, { input: listing() })).errors?.[0]?.extensions?.code === 'COMPANY_NOT_APPROVED');

    await moderate(sellerId, 'REINSTATE', 'Deliveries checked; claims withdrawn');
    await waitFor('the listing to come back', async () => (await buyer.execute(QUOTE, { id: listingId, quantity: 1_500 })).data !== null);
    await waitFor('the seller to save again', async () => (await seller.execute(SAVE, { input: listing() })).data !== null);
  });

  it('reserves, releases and commits stock over Kafka request-reply, as trading and orders will', async () => {
    const rpc = new KafkaRpcTestClient(testKafkaBrokers(), Object.values(stockCommands) as Array<RequestReplyDefinition<unknown, unknown>>);
    await rpc.connect();
    try {
      const reservationId = randomUUID();
      const reserve = { reservationId, listingId, quantity: 50_000, ownerRef: 'trading:ask:test', ttlSeconds: 600 };
      const made = await rpc.command(stockCommands.reserveStock, reserve, listingId);
      // The listing holds 60 000 kg since the last save.
      expect(made).toMatchObject({ ok: true, result: { status: 'ACTIVE', quantity: 50_000, available: 10_000 } });
      expect(await rpc.command(stockCommands.reserveStock, reserve, listingId)).toEqual(made); // the same id is one reservation
      const refused = await rpc.command(stockCommands.reserveStock, { ...reserve, reservationId: randomUUID(), quantity: 10_001 }, listingId);
      expect(refused).toMatchObject({ ok: false, error: { code: 'INSUFFICIENT_STOCK', message: 'only 10000 available, 10001 asked' } });
      // Buyers now see what is left.
      const QUOTE_ALL = `query ($id: ID!, $quantity: Int!) { priceQuote(listingId: $id, quantity: $quantity) { ok refusal { reason } } }`;
      expect((await buyer.data<{ priceQuote: { refusal: { reason: string } } }>(QUOTE_ALL, { id: listingId, quantity: 10_500 })).priceQuote.refusal.reason).toBe(
        'MORE_THAN_AVAILABLE',
      );
      expect(await rpc.command(stockCommands.commitStock, { reservationId }, listingId)).toMatchObject({ ok: true, result: { status: 'COMMITTED', available: 10_000 } });
      expect(await rpc.command(stockCommands.releaseStock, { reservationId }, listingId)).toMatchObject({ ok: false, error: { code: 'RESERVATION_NOT_ACTIVE' } });
    } finally {
      await rpc.close();
    }
  });
});
