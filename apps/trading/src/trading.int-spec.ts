import { startServiceProcess, testKafkaBrokers, waitFor, MarketplaceStack, type GraphQLTestClient } from '@lotbook/testing';
import { createClient } from 'graphql-ws';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import WebSocket from 'ws';
import { Client } from 'pg';

let stack: MarketplaceStack;
let db: Client;
let consumer: Consumer;
const events: Array<{ topic: string; payload: Record<string, unknown>; occurredAt: string }> = [];

let uralSteel: GraphQLTestClient; // seller
let magnit: GraphQLTestClient; // seller and buyer
let volga: GraphQLTestClient; // buyer
let kama: GraphQLTestClient; // buyer
let uralId: string;
let magnitId: string;
let kamaId: string;
let productId: string;
let uralListing: string;
let uralOmskListing: string;
let magnitListing: string;

const ORDER = `id side status quantity openQuantity filledQuantity limitPriceMinor limitPrice closeReason sequence`;
const PLACEMENT = `order { ${ORDER} } trades { id bidId askId quantity priceMinor amountMinor price amount takerSide listingId }`;
const PLACE_BID = `mutation ($input: PlaceBidInput!) { placeBid(input: $input) { ${PLACEMENT} } }`;
const PLACE_ASK = `mutation ($input: PlaceAskInput!) { placeAsk(input: $input) { ${PLACEMENT} } }`;
const DEPTH = `query ($p: ID!) { bookDepth(productId: $p, currency: "RUB") { bids { priceMinor quantity orderCount } asks { priceMinor quantity orderCount } } }`;

interface Placement {
  order: {
    id: string;
    status: string;
    openQuantity: number;
    filledQuantity: number;
    limitPriceMinor: number;
    limitPrice: string;
    closeReason: string | null;
    sequence: number;
  };
  trades: Array<{
    id: string;
    bidId: string;
    askId: string;
    quantity: number;
    priceMinor: number;
    amountMinor: number;
    price: string;
    amount: string;
    takerSide: string;
    listingId: string;
  }>;
}

const bid = async (client: GraphQLTestClient, input: Record<string, unknown>) =>
  (await client.data<{ placeBid: Placement }>(PLACE_BID, { input: { productId, currency: 'RUB', ...input } })).placeBid;
const ask = async (client: GraphQLTestClient, input: Record<string, unknown>) =>
  (await client.data<{ placeAsk: Placement }>(PLACE_ASK, { input })).placeAsk;
const depth = async (client = volga) =>
  (await client.data<{ bookDepth: { bids: unknown[]; asks: unknown[] } }>(DEPTH, { p: productId })).bookDepth;
const cancel = (client: GraphQLTestClient, orderId: string) =>
  client.data(`mutation ($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: orderId });
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);
const onHand = (listingId: string) => count(`SELECT on_hand AS count FROM catalog.listing WHERE id = $1`, [listingId]);
const available = async (listingId: string) =>
  count(
    `SELECT l.on_hand - coalesce((SELECT sum(quantity) FROM catalog.reservation r WHERE r.listing_id = l.id AND r.status = 'ACTIVE'), 0) AS count
       FROM catalog.listing l WHERE l.id = $1`,
    [listingId],
  );

async function listing(
  client: GraphQLTestClient,
  sku: string,
  region: string,
  onHand: number,
  terms: { moq: number; lot: number },
  status = 'ACTIVE',
): Promise<string> {
  const { saveListing } = await client.data<{ saveListing: { id: string } }>(
    `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
    {
      input: {
        productId,
        sellerSku: sku,
        region,
        currency: 'RUB',
        unitPriceMinor: 70_000,
        minimumOrderQuantity: terms.moq,
        lotMultiple: terms.lot,
        onHand,
        status,
      },
    },
  );
  return saveListing.id;
}

beforeAll(async () => {
  stack = await MarketplaceStack.start({ label: 'trading', services: ['catalog', 'trading', 'orders'], gatewayPort: 4350 });
  db = new Client({ connectionString: stack.database.url });
  await db.connect();
  ({ companyId: uralId, client: uralSteel } = await stack.approvedCompany(
    'Ural Steel',
    '6603003034',
    'SELLER',
    'admin@ural-steel.example',
  ));
  ({ companyId: magnitId, client: magnit } = await stack.approvedCompany(
    'Magnitogorsk Metal',
    '5503001112',
    'BOTH',
    'admin@magnit.example',
  ));
  ({ client: volga } = await stack.approvedCompany('Volga Construction', '7701001012', 'BUYER', 'admin@volga.example'));
  ({ companyId: kamaId, client: kama } = await stack.approvedCompany('Kama Builders', '1655000010', 'BUYER', 'admin@kama.example'));
  const { createCategory } = await stack.operator.data<{ createCategory: { id: string } }>(
    `mutation { createCategory(name: "Rebar") { id } }`,
  );
  ({
    createProduct: { id: productId },
  } = await stack.operator.data<{ createProduct: { id: string } }>(
    `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
    {
      input: { code: 'REBAR-A500C-12', name: 'Rebar A500C 12 mm', categoryId: createCategory.id, baseUnit: 'KG' },
    },
  ));
  uralListing = await listing(uralSteel, 'RB12-EKB', 'Yekaterinburg', 50_000, { moq: 1_000, lot: 500 });
  uralOmskListing = await listing(uralSteel, 'RB12-OMSK', 'Omsk', 20_000, { moq: 1, lot: 1 });
  magnitListing = await listing(magnit, 'MMK-RB12', 'Chelyabinsk', 30_000, { moq: 100, lot: 100 });

  const kafka = new Kafka({ clientId: 'trading-test', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  consumer = kafka.consumer({ groupId: `trading-test-${Date.now()}`, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({
    topics: ['trading.trade.matched', 'trading.order.changed', 'trading.order.rejected', 'trading.book.changed'],
    fromBeginning: true,
  });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const { payload, occurredAt } = JSON.parse(String(message.value));
      events.push({ topic, payload, occurredAt });
    },
  });
}, 180_000);

afterAll(async () => {
  await consumer?.disconnect();
  await db?.end();
  await stack?.stop();
});

describe('the book through the gateway', () => {
  let restingAsk: string;

  it('rests what does not cross, reserving an ask’s stock, and shows depth without owners (prices in minor units or decimals)', async () => {
    const first = await ask(uralSteel, { listingId: uralListing, quantity: 5_000, limitPriceMinor: 64_000 });
    expect(first).toMatchObject({ order: { status: 'OPEN', openQuantity: 5_000 }, trades: [] });
    restingAsk = first.order.id;
    // A decimal price is read exactly in the order's currency: 635.00 RUB is 63,500 kopecks.
    const decimalAsk = await ask(magnit, { listingId: magnitListing, productId, currency: 'RUB', quantity: 3_000, limitPrice: '635.00' });
    expect(decimalAsk.order).toMatchObject({ limitPriceMinor: 63_500, limitPrice: '635.00' });
    const decimalBid = await bid(volga, { quantity: 2_000, limitPrice: '600' });
    expect(decimalBid.order).toMatchObject({ limitPriceMinor: 60_000, limitPrice: '600.00' });
    expect(await depth()).toEqual({
      bids: [{ priceMinor: 60_000, quantity: 2_000, orderCount: 1 }],
      asks: [
        { priceMinor: 63_500, quantity: 3_000, orderCount: 1 },
        { priceMinor: 64_000, quantity: 5_000, orderCount: 1 },
      ],
    });
    expect(await available(uralListing)).toBe(45_000);
    expect(await available(magnitListing)).toBe(27_000);
  });

  it('matches a crossing bid best price first, at the resting price, in whole lots, and commits the stock sold', async () => {
    // 4,200 kg at up to 650.00: Magnitogorsk's 3,000 at 635.00, then Ural's lots of 500: 1,000 (not 1,200) at 640.00.
    const placed = await bid(kama, { quantity: 4_200, limitPriceMinor: 65_000, minimumFill: 500 });
    expect(
      placed.trades.map((trade) => [
        trade.askId === restingAsk ? 'ural' : 'magnit',
        trade.quantity,
        trade.priceMinor,
        trade.amountMinor,
        trade.price,
        trade.amount,
        trade.takerSide,
      ]),
    ).toEqual([
      ['magnit', 3_000, 63_500, 190_500_000, '635.00', '1905000.00', 'BID'],
      ['ural', 1_000, 64_000, 64_000_000, '640.00', '640000.00', 'BID'],
    ]);
    // 200 left is below the bid's minimum fill of 500: it could never trade, so it is closed.
    expect(placed.order).toMatchObject({ status: 'CLOSED', filledQuantity: 4_000, openQuantity: 0, closeReason: 'BELOW_MINIMUM_FILL' });
    expect(await depth()).toEqual({
      bids: [{ priceMinor: 60_000, quantity: 2_000, orderCount: 1 }],
      asks: [{ priceMinor: 64_000, quantity: 4_000, orderCount: 1 }],
    });

    await waitFor(
      'the trades to be committed in catalog',
      async () => (await count(`SELECT on_hand AS count FROM catalog.listing WHERE id = $1`, [magnitListing])) === 27_000,
    );
    await waitFor('both trades to be committed in catalog', async () => (await onHand(uralListing)) === 49_000);
    expect(await available(uralListing)).toBe(45_000); // 49,000 on hand, 4,000 still reserved by the open ask
    expect(
      await count(
        `SELECT status = 'COMMITTED' AS count FROM catalog.reservation WHERE owner_ref LIKE 'trading:ask:%' AND listing_id = $1`,
        [magnitListing],
      ),
    ).toBe(1);

    const matched = await waitFor('both trade events', () => {
      const trades = events.filter((event) => event.topic === 'trading.trade.matched' && event.payload.bidId === placed.order.id);
      return trades.length === 2 ? trades : undefined;
    });
    expect(matched.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        buyerCompanyId: kamaId,
        sellerCompanyId: magnitId,
        listingId: magnitListing,
        quantity: 3_000,
        priceMinor: 63_500,
        currency: 'RUB',
        productId,
      }),
      expect.objectContaining({
        buyerCompanyId: kamaId,
        sellerCompanyId: uralId,
        listingId: uralListing,
        quantity: 1_000,
        priceMinor: 64_000,
        askId: restingAsk,
      }),
    ]);
  });

  it('shows trades with the counterparty to the two sides only, and orders with their fills', async () => {
    const { myTrades } = await kama.data<{ myTrades: Array<{ side: string; counterpartyName: string; quantity: number }> }>(
      `{ myTrades { side counterpartyName quantity } }`,
    );
    expect(myTrades).toEqual([
      { side: 'BID', counterpartyName: 'Ural Steel', quantity: 1_000 },
      { side: 'BID', counterpartyName: 'Magnitogorsk Metal', quantity: 3_000 },
    ]);
    const { myTrades: volgaTrades } = await volga.data<{ myTrades: unknown[] }>(`{ myTrades { id } }`);
    expect(volgaTrades).toEqual([]);
    const { myOrders } = await uralSteel.data<{
      myOrders: Array<{ id: string; openQuantity: number; limitPrice: string; fills: Array<{ quantity: number; price: string }> }>;
    }>(`{ myOrders(side: ASK) { id openQuantity limitPrice fills { quantity price } } }`);
    expect(myOrders).toEqual([
      { id: restingAsk, openQuantity: 4_000, limitPrice: '640.00', fills: [{ quantity: 1_000, price: '640.00' }] },
    ]);
  });

  it('skips a resting ask from a region the bid does not accept, and never trades a company with itself', async () => {
    const omsk = await ask(uralSteel, { listingId: uralOmskListing, quantity: 1_000, limitPriceMinor: 61_000 });
    const magnitAsk = await ask(magnit, { listingId: magnitListing, quantity: 500, limitPriceMinor: 62_000 });
    // Crosses all three asks on price, but Omsk and Yekaterinburg are not Chelyabinsk, and the Chelyabinsk ask is its own.
    const ownBid = await bid(magnit, { quantity: 500, limitPriceMinor: 70_000, acceptedRegions: ['Chelyabinsk'] });
    expect(ownBid).toMatchObject({ order: { status: 'OPEN', openQuantity: 500 }, trades: [] });
    // Skipped asks keep their place: a Yekaterinburg-only bid passes the two cheaper asks and takes Ural's lots there.
    const yekaterinburgOnly = await bid(volga, { quantity: 1_000, limitPriceMinor: 64_000, acceptedRegions: ['Yekaterinburg'] });
    expect(yekaterinburgOnly.trades.map((trade) => [trade.askId, trade.quantity, trade.priceMinor])).toEqual([[restingAsk, 1_000, 64_000]]);
    expect((await depth()).asks).toEqual([
      { priceMinor: 61_000, quantity: 1_000, orderCount: 1 },
      { priceMinor: 62_000, quantity: 500, orderCount: 1 },
      { priceMinor: 64_000, quantity: 3_000, orderCount: 1 },
    ]);
    for (const [client, order] of [
      [uralSteel, omsk],
      [magnit, magnitAsk],
      [magnit, ownBid],
    ] as const)
      await cancel(client, order.order.id);
  });

  it('reduces an order keeping its place, cancels it releasing its stock, and refuses another company’s order', async () => {
    await waitFor(
      'the last trade to be committed in catalog',
      async () => (await count(`SELECT on_hand AS count FROM catalog.listing WHERE id = $1`, [uralListing])) === 48_000,
    );
    const reduced = await uralSteel.data<{ reduceOrder: { openQuantity: number; quantity: number; sequence: number } }>(
      `mutation ($id: ID!) { reduceOrder(orderId: $id, openQuantity: 2000) { openQuantity quantity sequence } }`,
      { id: restingAsk },
    );
    expect(reduced.reduceOrder.openQuantity).toBe(2_000);
    await waitFor('the reduced stock to be released', async () => (await available(uralListing)) === 46_000);

    const foreign = await volga.execute(`mutation ($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: restingAsk });
    expect(foreign.errors?.[0].extensions?.code).toBe('UNKNOWN_ORDER');
    await cancel(uralSteel, restingAsk);
    await waitFor('the cancelled ask’s stock to be released', async () => (await available(uralListing)) === 48_000);
    const again = await uralSteel.execute(`mutation ($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: restingAsk });
    expect(again.errors?.[0].extensions?.code).toBe('ORDER_NOT_OPEN');
  });

  it('refuses bad orders with typed errors, publishes the refusal, and changes nothing', async () => {
    const ordersBefore = await count(`SELECT count(*) FROM trading.trading_order`);
    const depthBefore = await depth();
    const cases: Array<[GraphQLTestClient, string, Record<string, unknown>, string]> = [
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 0, limitPriceMinor: 100 }, 'NON_POSITIVE_QUANTITY'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10, limitPriceMinor: -5 }, 'NON_POSITIVE_PRICE'],
      [volga, PLACE_BID, { productId, currency: 'RUR', quantity: 10, limitPriceMinor: 100 }, 'UNKNOWN_CURRENCY'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10, limitPrice: '100.005' }, 'PRICE_TOO_PRECISE'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10, limitPrice: '100,50' }, 'INVALID_INPUT'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10, limitPrice: '0.00' }, 'NON_POSITIVE_PRICE'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10, limitPriceMinor: 100, limitPrice: '1.00' }, 'INVALID_INPUT'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10 }, 'INVALID_INPUT'],
      [volga, PLACE_BID, { productId, currency: 'RUB', quantity: 10, limitPriceMinor: 100, minimumFill: 11 }, 'INVALID_MINIMUM_FILL'],
      [
        volga,
        PLACE_BID,
        { productId, currency: 'RUB', quantity: 10, limitPriceMinor: 100, expiresAt: '2020-01-01T00:00:00Z' },
        'EXPIRY_IN_PAST',
      ],
      [
        volga,
        PLACE_BID,
        { productId: '00000000-0000-4000-8000-000000000000', currency: 'RUB', quantity: 10, limitPriceMinor: 100 },
        'UNKNOWN_PRODUCT',
      ],
      [magnit, PLACE_ASK, { listingId: uralListing, quantity: 1_000, limitPriceMinor: 100 }, 'FOREIGN_LISTING'],
      [
        uralSteel,
        PLACE_ASK,
        { listingId: '00000000-0000-4000-8000-000000000000', quantity: 1_000, limitPriceMinor: 100 },
        'UNKNOWN_LISTING',
      ],
      [
        uralSteel,
        PLACE_ASK,
        { listingId: uralListing, productId: '00000000-0000-4000-8000-000000000000', quantity: 1_000, limitPriceMinor: 100 },
        'PRODUCT_MISMATCH',
      ],
      [uralSteel, PLACE_ASK, { listingId: uralListing, currency: 'EUR', quantity: 1_000, limitPriceMinor: 100 }, 'CURRENCY_MISMATCH'],
      // Refused before any stock is reserved: a decimal is read in the currency the seller names.
      [uralSteel, PLACE_ASK, { listingId: uralListing, currency: 'RUB', quantity: 1_000, limitPrice: '99.999' }, 'PRICE_TOO_PRECISE'],
      [uralSteel, PLACE_ASK, { listingId: uralListing, quantity: 1_000, limitPrice: '99.99' }, 'INVALID_INPUT'],
      [uralSteel, PLACE_ASK, { listingId: uralListing, quantity: 700, limitPriceMinor: 100 }, 'QUANTITY_BELOW_MINIMUM'],
      [uralSteel, PLACE_ASK, { listingId: uralListing, quantity: 900_000, limitPriceMinor: 100 }, 'INSUFFICIENT_STOCK'],
      [volga, PLACE_ASK, { listingId: uralListing, quantity: 1_000, limitPriceMinor: 100 }, 'FORBIDDEN'],
      // Worth more than one order may be (TRADING_MAX_ORDER_VALUE_MINOR, 10^14; 2^31 - 1 × 2^53 - 1 is past the safe
      // range as a number): an ask so refused reserves nothing.
      [uralSteel, PLACE_ASK, { listingId: uralListing, quantity: 1_000, limitPriceMinor: 1_000_000_000_000 }, 'ORDER_VALUE_TOO_LARGE'],
      [uralSteel, PLACE_ASK, { listingId: uralListing, quantity: 2_147_483_647, limitPriceMinor: Number.MAX_SAFE_INTEGER }, 'ORDER_VALUE_TOO_LARGE'],
    ];
    for (const [client, mutation, input, code] of cases) {
      const result = await client.execute(mutation, { input });
      expect([input, result.errors?.[0]?.extensions?.code]).toEqual([input, code]);
    }
    const fractional = await volga.execute(PLACE_BID, { input: { productId, currency: 'RUB', quantity: 10, limitPriceMinor: 100.5 } });
    expect(fractional.errors?.[0].message).toMatch(/minor units/i);

    expect(await count(`SELECT count(*) FROM trading.trading_order`)).toBe(ordersBefore);
    expect(await depth()).toEqual(depthBefore);
    expect(await available(uralListing)).toBe(48_000);
    await waitFor('the refusals on trading.order.rejected', () =>
      events.filter((event) => event.topic === 'trading.order.rejected').length >= cases.length ? true : undefined,
    );
    expect(events.filter((event) => event.topic === 'trading.order.rejected').map((event) => event.payload.reason)).toEqual(
      cases.map(([, , , code]) => code),
    );

    // A bid goes through orders, which names trading's ORDER_VALUE_TOO_LARGE its own way; trading refused it all the same.
    const tooLarge = await volga.execute(PLACE_BID, { input: { productId, currency: 'RUB', quantity: 2_000_000, limitPriceMinor: 100_000_000 } });
    expect(tooLarge.errors?.[0]?.extensions?.code).toBe('AMOUNT_OUT_OF_RANGE');
    await waitFor('the bid’s refusal on trading.order.rejected', () =>
      events.filter((event) => event.topic === 'trading.order.rejected').length > cases.length ? true : undefined,
    );
    expect(events.filter((event) => event.topic === 'trading.order.rejected').at(-1)?.payload.reason).toBe('ORDER_VALUE_TOO_LARGE');
    expect(await count(`SELECT count(*) FROM trading.trading_order`)).toBe(ordersBefore);
  });

  it('expires a good-till-date order on time and publishes the expiry', async () => {
    const shortLived = await bid(volga, { quantity: 300, limitPriceMinor: 55_000, expiresAt: new Date(Date.now() + 1_500).toISOString() });
    expect(shortLived.order.status).toBe('OPEN');
    await waitFor(
      'the bid to expire',
      () =>
        events.find(
          (event) =>
            event.topic === 'trading.order.changed' &&
            event.payload.change === 'EXPIRED' &&
            (event.payload.order as { id: string }).id === shortLived.order.id,
        ),
      { timeoutMs: 10_000 },
    );
  });

  it('cancels every open order of a suspended company and lets it trade again only once reinstated', async () => {
    const open = await ask(magnit, { listingId: magnitListing, quantity: 1_000, limitPriceMinor: 66_000 });
    const magnitBid = await bid(magnit, { quantity: 100, limitPriceMinor: 50_000 });
    await stack.moderate(magnitId, 'SUSPEND', 'Unpaid commission');
    await waitFor(
      'the suspended company’s orders to be cancelled',
      async () =>
        (await count(`SELECT count(*) FROM trading.trading_order WHERE id = ANY($1) AND status = 'CANCELLED'`, [
          [open.order.id, magnitBid.order.id],
        ])) === 2,
    );
    await waitFor('its ask’s stock to be released', async () => (await available(magnitListing)) === 27_000);
    const refused = await magnit.execute(PLACE_BID, { input: { productId, currency: 'RUB', quantity: 100, limitPriceMinor: 50_000 } });
    expect(refused.errors?.[0].extensions?.code).toBe('COMPANY_NOT_APPROVED');
    await stack.moderate(magnitId, 'REINSTATE', 'The commission was paid in full');
    await waitFor('the reinstated company to place orders again', async () => {
      const result = await magnit.execute(PLACE_BID, { input: { productId, currency: 'RUB', quantity: 100, limitPriceMinor: 50_000 } });
      return result.data ? true : undefined;
    });
  });

  it('withdraws the asks made from a listing its seller pauses, giving their stock back', async () => {
    const offered = await ask(uralSteel, { listingId: uralOmskListing, quantity: 700, limitPriceMinor: 98_000 });
    const before = await available(uralOmskListing);
    await listing(uralSteel, 'RB12-OMSK', 'Omsk', await onHand(uralOmskListing), { moq: 1, lot: 1 }, 'PAUSED');
    await waitFor(
      'the paused listing’s ask to be cancelled',
      async () =>
        (await count(`SELECT count(*) FROM trading.trading_order WHERE id = $1 AND status = 'CANCELLED'`, [offered.order.id])) === 1,
    );
    await waitFor('its stock to be released', async () => (await available(uralOmskListing)) === before + 700);
    const refused = await uralSteel.execute(PLACE_ASK, { input: { listingId: uralOmskListing, quantity: 10, limitPriceMinor: 98_000 } });
    expect(refused.errors?.[0].extensions?.code).toBe('LISTING_NOT_ACTIVE');
    await listing(uralSteel, 'RB12-OMSK', 'Omsk', await onHand(uralOmskListing), { moq: 1, lot: 1 }, 'ACTIVE');
  });

  it('holds the gateway’s live start in committed offsets, so a rejoin in its first seconds skips no trade', async () => {
    // The gateway reads the book and trade topics from "now" in a group of its own; a new group
    // starts at the end again at each rejoin until it has committed where it starts.
    const admin = new Kafka({ clientId: 'live-group-reader', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups((await admin.listGroups()).groups.map((group) => group.groupId));
      const live = groups.filter((group) => group.groupId.startsWith('gateway.live.') && group.members.length > 0);
      expect(live).toHaveLength(1);
      const offsets = await admin.fetchOffsets({ groupId: live[0].groupId, topics: ['trading.book.changed', 'trading.trade.matched'] });
      const withoutStart = offsets.flatMap(({ topic, partitions }) =>
        partitions.filter(({ offset }) => offset === '-1').map(({ partition }) => `${topic}:${partition}`),
      );
      expect(withoutStart).toEqual([]);
    } finally {
      await admin.disconnect();
    }
  });

  it('streams a product’s book and a company’s own trades live to subscribers', async () => {
    const token = await stack.signIn('admin@kama.example');
    const client = createClient({
      url: 'ws://127.0.0.1:4350/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
    });
    const books: Array<{ asks: Array<{ priceMinor: number; quantity: number }> }> = [];
    const trades: Array<{ side: string; quantity: number; priceMinor: number; price: string; counterpartyName: string }> = [];
    const errors: unknown[] = [];
    const stopBooks = client.subscribe<{ bookChanged: (typeof books)[number] }>(
      {
        query: `subscription ($p: ID!) { bookChanged(productId: $p, currency: "rub") { asks { priceMinor quantity } } }`,
        variables: { p: productId },
      },
      {
        next: (message) => message.data && books.push(message.data.bookChanged),
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    const stopTrades = client.subscribe<{ myTradeMatched: (typeof trades)[number] }>(
      { query: `subscription { myTradeMatched { side quantity priceMinor price counterpartyName } }` },
      {
        next: (message) => message.data && trades.push(message.data.myTradeMatched),
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    try {
      // The subscriptions are live once a book change placed after them arrives.
      let asked = 0;
      await waitFor(
        'the book subscription to deliver',
        async () => {
          await ask(uralSteel, { listingId: uralOmskListing, quantity: 50, limitPriceMinor: 99_000 });
          asked += 50;
          return books.length > 0 ? true : undefined;
        },
        { timeoutMs: 15_000, intervalMs: 500 },
      );
      await bid(volga, { quantity: 10, limitPriceMinor: 99_000 }); // someone else's trade: not streamed to Kama
      await bid(kama, { quantity: 20, limitPriceMinor: 99_000 });
      await waitFor('Kama’s own trade', () => (trades.length > 0 ? true : undefined));
      expect(trades).toEqual([{ side: 'BID', quantity: 20, priceMinor: 99_000, price: '990.00', counterpartyName: 'Ural Steel' }]);
      await waitFor('the book after the trades', () =>
        books.at(-1)?.asks.find((level) => level.priceMinor === 99_000)?.quantity === asked - 30 ? true : undefined,
      );
      expect(errors).toEqual([]);

      const anonymous = createClient({ url: 'ws://127.0.0.1:4350/graphql', webSocketImpl: WebSocket, lazy: false });
      const refusal = await new Promise<unknown>((resolve) =>
        anonymous.subscribe(
          { query: `subscription { myTradeMatched { id } }` },
          { next: resolve, error: resolve, complete: () => undefined },
        ),
      );
      expect(JSON.stringify(refusal)).toContain('UNAUTHENTICATED');
      await anonymous.dispose();
    } finally {
      stopBooks();
      stopTrades();
      await client.dispose();
    }
  });

  it('publishes a busy book’s depth at most every 100 ms, and always its last state', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200)); // the earlier tests' last depths are out
    const mark = events.length;
    const placed: string[] = [];
    for (let index = 0; index < 8; index++) {
      placed.push((await bid(kama, { quantity: 10, limitPriceMinor: 10_000 + index * 100 })).order.id);
    }
    const after = await depth();
    const depths = () =>
      events.slice(mark).filter((event) => event.topic === 'trading.book.changed' && event.payload.productId === productId);
    await waitFor('the book’s last depth', () => {
      const last = depths().at(-1)?.payload;
      return last && JSON.stringify({ bids: last.bids, asks: last.asks }) === JSON.stringify(after) ? true : undefined;
    });
    const times = depths().map((event) => Date.parse(event.occurredAt));
    for (let index = 1; index < times.length; index++) expect(times[index] - times[index - 1]).toBeGreaterThanOrEqual(90);
    for (const id of placed) await cancel(kama, id);
  });

  it('rebuilds the books exactly after a restart, and goes on matching from there', async () => {
    await ask(uralSteel, { listingId: uralOmskListing, quantity: 600, limitPriceMinor: 61_000 });
    await ask(uralSteel, { listingId: uralOmskListing, quantity: 400, limitPriceMinor: 61_000 });
    const before = await depth();
    const trading = stack.processes.get('trading');
    await trading?.stop();
    const restarted = startServiceProcess('trading', {
      DATABASE_URL: stack.database.url,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      HTTP_PORT: '4353',
    });
    stack.processes.set('trading', restarted);
    await restarted.ready;
    expect(
      await waitFor('the gateway to reach trading again', async () => (await volga.execute(DEPTH, { p: productId })).data?.bookDepth),
    ).toEqual(before);
    // Time priority survived: the 600 placed first fills first.
    const placed = await bid(volga, { quantity: 700, limitPriceMinor: 61_000 });
    expect(placed.trades.map((trade) => [trade.quantity, trade.priceMinor])).toEqual([
      [600, 61_000],
      [100, 61_000],
    ]);
  });
});
