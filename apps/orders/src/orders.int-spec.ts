import { randomUUID } from 'node:crypto';
import { MarketplaceStack, testKafkaBrokers, waitFor, type GraphQLTestClient } from '@lotbook/testing';
import { createClient } from 'graphql-ws';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import WebSocket from 'ws';
import { Client } from 'pg';

/**
 * Orders end to end through GraphQL, against real Kafka and PostgreSQL: carts, the three-seller
 * checkout with every figure to the kopeck, all-or-nothing reservations under concurrency,
 * approvals, credit, prepayment, the whole lifecycle, escalation, suspension, quick order,
 * reorder, a retried checkout and a trade that becomes an order.
 */
let stack: MarketplaceStack;
let db: Client;
let consumer: Consumer;
const events: Array<{ topic: string; payload: Record<string, unknown> }> = [];

const PASSWORD = 'orders-tests-2026';
let taxIdSeed = 100_000_00;
/** A valid 10-digit Russian INN (organisation): 9 digits and their check digit. */
function nextTaxId(): string {
  taxIdSeed += 7;
  const digits = String(taxIdSeed).padStart(9, '7').slice(0, 9).split('').map(Number);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (digits.reduce((sum, digit, index) => sum + digit * weights[index], 0) % 11) % 10;
  return `${digits.join('')}${check}`;
}

interface Company {
  id: string;
  admin: GraphQLTestClient;
  legalEntityId: string;
}

const LINE = `id lineNo listingId quantity refusedQuantity shippedQuantity unitPriceMinor priceBasis grossMinor sellerDiscountMinor netMinor
  loyaltyDiscountMinor payableMinor commissionRateBp commissionMinor`;
const FIGURES = `sellerCompanyId currency paymentMode deliveryRegion grossMinor sellerDiscountMinor netMinor loyaltyDiscountMinor loyaltyRateBp
  shippingFeeMinor regionalFeeMinor freeShipping commissionMinor buyerPaysMinor sellerDiscountRule { rateBp thresholdMinor applied }
  lines { ${LINE} }`;
const ORDER = `id purchaseId origin status carrier trackingNumber ${FIGURES} history { from to actorKind reason }`;
const PURCHASE = `id totalMinor currency approval { status reason } orders { ${ORDER} }`;

interface Line {
  id: string;
  listingId: string;
  quantity: number;
  refusedQuantity: number;
  shippedQuantity: number;
  unitPriceMinor: number;
  priceBasis: string;
  grossMinor: number;
  sellerDiscountMinor: number;
  netMinor: number;
  loyaltyDiscountMinor: number;
  payableMinor: number;
  commissionRateBp: number;
  commissionMinor: number;
}
interface Order {
  id: string;
  purchaseId: string | null;
  origin: string;
  status: string;
  sellerCompanyId: string;
  paymentMode: string;
  grossMinor: number;
  sellerDiscountMinor: number;
  netMinor: number;
  loyaltyDiscountMinor: number;
  shippingFeeMinor: number;
  regionalFeeMinor: number;
  freeShipping: boolean;
  commissionMinor: number;
  buyerPaysMinor: number;
  sellerDiscountRule: { rateBp: number; thresholdMinor: number; applied: boolean } | null;
  lines: Line[];
  history: Array<{ from: string | null; to: string; actorKind: string; reason: string | null }>;
}
interface Purchase {
  id: string;
  totalMinor: number;
  approval: { status: string; reason: string | null } | null;
  orders: Order[];
}

let sellerA: Company;
let sellerB: Company;
let sellerC: Company;
let buyer: Company;
let steelCategory: string;
let cableCategory: string;
let steelProduct: string;
let cableProduct: string;
const listings: Record<string, string> = {};

async function company(name: string, kind: 'BUYER' | 'SELLER' | 'BOTH'): Promise<Company> {
  const email = `admin@${name.toLowerCase().replace(/\s+/g, '-')}.example`;
  const { companyId, client } = await stack.approvedCompany(name, nextTaxId(), kind, email);
  const { addLegalEntity } = await client.data<{ addLegalEntity: { id: string } }>(
    `mutation ($taxId: String!) { addLegalEntity(name: "${name} LLC", taxId: $taxId, address: "1 Tverskaya St, Moscow") { id } }`,
    { taxId: nextTaxId() },
  );
  return { id: companyId, admin: client, legalEntityId: addLegalEntity.id };
}

async function listing(seller: Company, sku: string, input: Record<string, unknown>): Promise<string> {
  const { saveListing } = await seller.admin.data<{ saveListing: { id: string } }>(
    `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
    {
      input: {
        sellerSku: sku,
        region: 'Moscow',
        currency: 'RUB',
        minimumOrderQuantity: 1,
        lotMultiple: 1,
        status: 'ACTIVE',
        priceBreaks: [],
        ...input,
      },
    },
  );
  listings[sku] = saveListing.id;
  return saveListing.id;
}

async function member(of: Company, roles: string[], email: string): Promise<GraphQLTestClient> {
  const { inviteUser } = await of.admin.data<{ inviteUser: { invitationToken: string } }>(
    `mutation ($email: String!, $roles: [CompanyRole!]!) { inviteUser(email: $email, roles: $roles) { invitationToken } }`,
    { email, roles },
  );
  await stack.anonymous.data(
    `mutation ($t: String!, $p: String!) { acceptInvitation(invitationToken: $t, fullName: "Test Person", password: $p) { companyId } }`,
    {
      t: inviteUser.invitationToken,
      p: PASSWORD,
    },
  );
  return stack.anonymous.as(await stack.signIn(email));
}

const addToCart = (client: GraphQLTestClient, sku: string, quantity: number) =>
  client.execute<{ addToCart: { lines: Array<{ id: string; quantity: number }> } }>(
    `mutation ($l: ID!, $q: Int!) { addToCart(listingId: $l, quantity: $q) { lines { id quantity } } }`,
    { l: listings[sku], q: quantity },
  );

const checkout = (client: GraphQLTestClient, of: Company, key = randomUUID(), region = 'Moscow') =>
  client.execute<{ checkout: Purchase }>(
    `mutation ($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) { ${PURCHASE} } }`,
    {
      input: { legalEntityId: of.legalEntityId, deliveryRegion: region, deliveryAddress: '5 Lenina St, Moscow' },
      key,
    },
  );

const sellerOrder = async (client: GraphQLTestClient, id: string) =>
  (await client.data<{ sellerOrder: Order }>(`query ($id: ID!) { sellerOrder(id: $id) { ${ORDER} } }`, { id })).sellerOrder;

const available = async (listingId: string) =>
  Number(
    (
      await db.query(
        `SELECT l.on_hand - coalesce((SELECT sum(quantity) FROM catalog.reservation r WHERE r.listing_id = l.id AND r.status = 'ACTIVE' AND r.expires_at > now()), 0) AS n
           FROM catalog.listing l WHERE l.id = $1`,
        [listingId],
      )
    ).rows[0].n,
  );

const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  stack = await MarketplaceStack.start({
    label: 'orders',
    services: ['catalog', 'trading', 'orders'],
    gatewayPort: 4460,
    password: PASSWORD,
    env: {
      // Other suites and benches may share this 2-core machine; a slow answer is not what this suite tests.
      gateway: { RPC_TIMEOUT_MS: '20000' },
      orders: {
        ORDERS_SWEEP_INTERVAL_MS: '250',
        ORDERS_LIMIT_PLACED_SECONDS: '3',
        ORDERS_RETURN_WINDOW_DAY_SECONDS: '1',
        ORDERS_APPROVAL_EXPIRY_SECONDS: '3600',
      },
    },
  });
  db = new Client({ connectionString: stack.database.url });
  await db.connect();
  const kafka = new Kafka({ clientId: 'orders-test', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  consumer = kafka.consumer({ groupId: `orders-test-${Date.now()}`, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.order.state-changed', 'orders.order.escalated'], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      events.push({ topic, payload: JSON.parse(String(message.value)).payload });
    },
  });

  [sellerA, sellerB, sellerC, buyer] = [
    await company('Ural Steel', 'SELLER'),
    await company('Siberian Cable', 'SELLER'),
    await company('Kama Metals', 'SELLER'),
    await company('Volga Construction', 'BUYER'),
  ];
  ({
    createCategory: { id: steelCategory },
  } = await stack.operator.data<{ createCategory: { id: string } }>(`mutation { createCategory(name: "Steel") { id } }`));
  ({
    createCategory: { id: cableCategory },
  } = await stack.operator.data<{ createCategory: { id: string } }>(`mutation { createCategory(name: "Cables") { id } }`));
  const product = async (code: string, categoryId: string) =>
    (
      await stack.operator.data<{ createProduct: { id: string } }>(
        `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
        {
          input: { code, name: code, categoryId, baseUnit: 'PIECE' },
        },
      )
    ).createProduct.id;
  steelProduct = await product('SHEET-S355', steelCategory);
  cableProduct = await product('CABLE-VVG', cableCategory);
  // Steel pays 3 % commission; everything else the default 5 %.
  await stack.operator.data(`mutation ($c: ID!) { setCommissionRate(categoryId: $c, rateBp: 300) { defaultCommissionRateBp } }`, {
    c: steelCategory,
  });

  await listing(sellerA, 'A-SHEET', {
    productId: steelProduct,
    unitPriceMinor: 100_000,
    onHand: 1_000,
    priceBreaks: [{ fromQuantity: 50, unitPriceMinor: 95_000 }],
  });
  await listing(sellerA, 'A-CABLE', { productId: cableProduct, unitPriceMinor: 20_000, onHand: 1_000 });
  await listing(sellerB, 'B-CABLE', {
    productId: cableProduct,
    unitPriceMinor: 25_000,
    onHand: 1_000,
    minimumOrderQuantity: 10,
    lotMultiple: 10,
  });
  await listing(sellerC, 'C-SHEET', { productId: steelProduct, unitPriceMinor: 110_000, onHand: 100 });
  await listing(sellerC, 'C-LAST', { productId: steelProduct, unitPriceMinor: 120_000, onHand: 2 });
  await listing(sellerC, 'C-EUR', { productId: cableProduct, unitPriceMinor: 9_000, onHand: 100, currency: 'EUR' });

  // Ural Steel: 5 % off from 50,000.00 of gross; 5,000.00 to Moscow, free from 100,000.00 net; 1-"day" return window.
  await sellerA.admin.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, {
    input: {
      currency: 'RUB',
      volumeDiscount: { rateBp: 500, thresholdMinor: 5_000_000 },
      shippingFees: [{ region: 'Moscow', feeMinor: 500_000 }],
      freeShippingFromNetMinor: 10_000_000,
      returnWindowDays: 1,
      restockingRateBp: 1000,
    },
  });
  // Kama Metals ships to Moscow for 3,000.00; Siberian Cable has no table and ships free.
  await sellerC.admin.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, {
    input: { currency: 'RUB', shippingFees: [{ region: 'Moscow', feeMinor: 300_000 }], returnWindowDays: 30, restockingRateBp: 0 },
  });
  // Volga buys on net 30 within 500,000.00; purchases above 10,000.00 by a purchaser wait for an approver.
  await stack.operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
    c: buyer.id,
    t: { currency: 'RUB', creditLimitMinor: 50_000_000, paymentTermDays: 30, approvalThresholdMinor: 1_000_000 },
  });
}, 180_000);

afterAll(async () => {
  // What the services printed (warnings and errors), for a failure's post-mortem.
  if (stack) {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync('.cache/logs', { recursive: true });
    for (const [name, service] of stack.processes) writeFileSync(`.cache/logs/orders-int-spec.${name}.log`, service.output());
  }
  await consumer?.disconnect();
  await db?.end();
  await stack?.stop();
});

describe('a three-seller checkout', () => {
  let purchase: Purchase;

  it('previews the split per seller with every amount, and changes nothing', async () => {
    for (const [sku, quantity] of [
      ['A-SHEET', 100],
      ['A-CABLE', 30],
      ['B-CABLE', 40],
      ['C-SHEET', 3],
    ] as const) {
      expect(codeOf(await addToCart(buyer.admin, sku, quantity))).toBeUndefined();
    }
    const before = await available(listings['A-SHEET']);
    const { checkoutPreview } = await buyer.admin.data<{
      checkoutPreview: { totalMinor: number; paymentMode: string; needsApproval: boolean; orders: Order[] };
    }>(`query { checkoutPreview(deliveryRegion: "Moscow") { totalMinor paymentMode needsApproval orders { ${FIGURES} } } }`);
    expect(checkoutPreview).toMatchObject({ totalMinor: 11_397_250, paymentMode: 'NET_TERMS', needsApproval: false });
    expect(checkoutPreview.orders.map((order) => order.sellerCompanyId)).toEqual([sellerA.id, sellerB.id, sellerC.id]);
    expect(await available(listings['A-SHEET'])).toBe(before);
  });

  it('places one order per seller with exact line figures, stock reserved for every line', async () => {
    const result = await checkout(buyer.admin, buyer);
    expect(result.errors).toBeUndefined();
    purchase = (result.data as { checkout: Purchase }).checkout;
    expect(purchase.totalMinor).toBe(11_397_250);
    const [a, b, c] = purchase.orders;
    // Ural Steel: 100 × 950.00 (break from 50) + 30 × 200.00 = 101,000.00 gross, over the 50,000.00 threshold:
    // 5 % = 5,050.00 split by gross (4,750.00 / 300.00); loyalty 3 % of 95,950.00 net = 2,878.50 split by net;
    // shipping 5,000.00 (95,950.00 net is under the 100,000.00 free-shipping amount); commission 3 % steel, 5 % cable.
    expect(a).toMatchObject({
      status: 'PLACED',
      paymentMode: 'NET_TERMS',
      grossMinor: 10_100_000,
      sellerDiscountMinor: 505_000,
      netMinor: 9_595_000,
      loyaltyDiscountMinor: 287_850,
      shippingFeeMinor: 500_000,
      regionalFeeMinor: 500_000,
      freeShipping: false,
      commissionMinor: 299_250,
      buyerPaysMinor: 9_807_150,
      sellerDiscountRule: { rateBp: 500, thresholdMinor: 5_000_000, applied: true },
    });
    expect(
      a.lines.map(
        ({
          unitPriceMinor,
          priceBasis,
          grossMinor,
          sellerDiscountMinor,
          netMinor,
          loyaltyDiscountMinor,
          payableMinor,
          commissionMinor,
        }) => [unitPriceMinor, priceBasis, grossMinor, sellerDiscountMinor, netMinor, loyaltyDiscountMinor, payableMinor, commissionMinor],
      ),
    ).toEqual([
      [95_000, 'PRICE_BREAK', 9_500_000, 475_000, 9_025_000, 270_750, 8_754_250, 270_750],
      [20_000, 'LIST_PRICE', 600_000, 30_000, 570_000, 17_100, 552_900, 28_500],
    ]);
    // Siberian Cable: 40 × 250.00, no discount, no shipping table (free), 5 % commission.
    expect(b).toMatchObject({
      grossMinor: 1_000_000,
      sellerDiscountMinor: 0,
      loyaltyDiscountMinor: 30_000,
      shippingFeeMinor: 0,
      commissionMinor: 50_000,
      buyerPaysMinor: 970_000,
    });
    // Kama Metals: 3 × 1,100.00 with its 3,000.00 fee to Moscow.
    expect(c).toMatchObject({
      grossMinor: 330_000,
      loyaltyDiscountMinor: 9_900,
      shippingFeeMinor: 300_000,
      commissionMinor: 9_900,
      buyerPaysMinor: 620_100,
    });
    expect(a.history).toEqual([{ from: null, to: 'PLACED', actorKind: 'USER', reason: null }]);

    const reservations = await db.query(
      `SELECT status, quantity FROM catalog.reservation WHERE owner_ref LIKE 'orders:order:%' ORDER BY quantity`,
    );
    expect(reservations.rows.map((row) => [row.status, Number(row.quantity)])).toEqual([
      ['ACTIVE', 3],
      ['ACTIVE', 30],
      ['ACTIVE', 40],
      ['ACTIVE', 100],
    ]);
    expect((await buyer.admin.data<{ myCart: { lines: unknown[] } }>(`query { myCart { lines { id } } }`)).myCart.lines).toEqual([]);
    await waitFor(
      'the three orders placed on the topic',
      () =>
        events.filter((event) => event.topic === 'orders.order.state-changed' && (event.payload.order as Order).purchaseId === purchase.id)
          .length === 3,
    );
  });

  it('a retried checkout with the same key places nothing new; the same key with another address is refused', async () => {
    const key = randomUUID();
    await addToCart(buyer.admin, 'C-SHEET', 1);
    const first = (await checkout(buyer.admin, buyer, key)).data?.checkout as Purchase;
    const again = await checkout(buyer.admin, buyer, key);
    expect(again.data?.checkout.id).toBe(first.id);
    expect(Number((await db.query(`SELECT count(*) FROM orders.purchase WHERE idempotency_key = $1`, [key])).rows[0].count)).toBe(1);
    expect(codeOf(await checkout(buyer.admin, buyer, key, 'Kazan'))).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('the seller confirms refusing some units: their stock is released and the kept lines are priced again at the same rates', async () => {
    const order = purchase.orders[0];
    const cable = order.lines[1];
    const before = await available(listings['A-CABLE']);
    const { confirmSellerOrder } = await sellerA.admin.data<{ confirmSellerOrder: Order }>(
      `mutation ($id: ID!, $r: [OrderLineQuantityInput!]) { confirmSellerOrder(orderId: $id, refusals: $r, reason: "only 20 on hand") { ${ORDER} } }`,
      { id: order.id, r: [{ lineId: cable.id, quantity: 10 }] },
    );
    expect(confirmSellerOrder.status).toBe('CONFIRMED');
    expect(confirmSellerOrder.lines[1]).toMatchObject({ quantity: 20, refusedQuantity: 10, grossMinor: 400_000 });
    // 5 % stays although nothing dropped below; gross 9,900,000 → discount 495,000; every kept line costs no more per unit.
    expect(confirmSellerOrder.sellerDiscountMinor).toBe(495_000);
    expect(confirmSellerOrder.lines[1].payableMinor).toBeLessThanOrEqual(Math.floor((cable.payableMinor * 20) / 30));
    expect(confirmSellerOrder.buyerPaysMinor).toBe(
      confirmSellerOrder.lines.reduce((sum, line) => sum + line.payableMinor, 0) + confirmSellerOrder.shippingFeeMinor,
    );
    expect(await available(listings['A-CABLE'])).toBe(before + 10);
    const committed = await db.query(
      `SELECT status, committed_quantity FROM catalog.reservation WHERE owner_ref = $1 ORDER BY committed_quantity`,
      [`orders:order:${order.id}`],
    );
    expect(committed.rows.map((row) => [row.status, Number(row.committed_quantity)])).toEqual([
      ['COMMITTED', 20],
      ['COMMITTED', 100],
    ]);
  });

  it('refuses steps from the wrong state or by the wrong side, and a shipment of more than ordered', async () => {
    const order = purchase.orders[0];
    expect(
      codeOf(await buyer.admin.execute(`mutation ($id: ID!) { confirmSellerOrder(orderId: $id) { id } }`, { id: purchase.orders[1].id })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await sellerA.admin.execute(`mutation ($id: ID!) { confirmSellerOrder(orderId: $id) { id } }`, { id: order.id }))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    expect(codeOf(await buyer.admin.execute(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { id } }`, { id: order.id }))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    const tooMany = await sellerA.admin.execute(
      `mutation ($id: ID!, $l: [OrderLineQuantityInput!]) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "1", lines: $l) { id } }`,
      { id: order.id, l: [{ lineId: order.lines[0].id, quantity: 101 }] },
    );
    expect(codeOf(tooMany)).toBe('SHIPMENT_EXCEEDS_ORDERED');
    expect(codeOf(await sellerB.admin.execute(`query ($id: ID!) { sellerOrder(id: $id) { id } }`, { id: order.id }))).toBe('UNKNOWN_ORDER');
  });

  it('ships, is delivered by the buyer, and completes when the return window closes', async () => {
    const order = purchase.orders[0];
    const shipped = await sellerA.admin.data<{ shipSellerOrder: Order }>(
      `mutation ($id: ID!) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-0042") { status carrier trackingNumber lines { shippedQuantity } } }`,
      { id: order.id },
    );
    expect(shipped.shipSellerOrder).toMatchObject({
      status: 'SHIPPED',
      carrier: 'PEK',
      trackingNumber: 'PEK-0042',
      lines: [{ shippedQuantity: 100 }, { shippedQuantity: 20 }],
    });
    await buyer.admin.data(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { status } }`, { id: order.id });
    await waitFor('the order to complete', async () => (await sellerOrder(buyer.admin, order.id)).status === 'COMPLETED', {
      timeoutMs: 15_000,
    });
    const history = (await sellerOrder(sellerA.admin, order.id)).history.map((step) => `${step.from ?? '-'}>${step.to}:${step.actorKind}`);
    expect(history).toEqual([
      '->PLACED:USER',
      'PLACED>CONFIRMED:USER',
      'CONFIRMED>SHIPPED:USER',
      'SHIPPED>DELIVERED:USER',
      'DELIVERED>COMPLETED:SYSTEM',
    ]);
  });

  it('the buyer cancels an unconfirmed order with a reason and its stock goes back; both sides see it live', async () => {
    const order = purchase.orders[2];
    const before = await available(listings['C-SHEET']);
    const live = createClient({
      url: 'ws://127.0.0.1:4460/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await stack.signIn('admin@kama-metals.example')}` },
      lazy: false,
    });
    const seen: Array<{ id: string; status: string }> = [];
    const stop = live.subscribe<{ sellerOrderChanged: { id: string; status: string } }>(
      { query: `subscription { sellerOrderChanged { id status } }` },
      { next: (message) => message.data && seen.push(message.data.sellerOrderChanged), error: () => undefined, complete: () => undefined },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { cancelSellerOrder } = await buyer.admin.data<{ cancelSellerOrder: Order }>(
      `mutation ($id: ID!) { cancelSellerOrder(orderId: $id, reason: "found it cheaper") { status } }`,
      { id: order.id },
    );
    expect(cancelSellerOrder.status).toBe('CANCELLED');
    expect(await available(listings['C-SHEET'])).toBe(before + 3);
    await waitFor('the seller to see the cancellation live', () =>
      seen.some((change) => change.id === order.id && change.status === 'CANCELLED'),
    );
    stop();
    await live.dispose();
  });

  it('escalates an order left PLACED beyond its limit, once', async () => {
    const order = purchase.orders[1];
    await waitFor(
      'the escalation',
      () => events.some((event) => event.topic === 'orders.order.escalated' && event.payload.orderId === order.id),
      { timeoutMs: 15_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const escalations = events.filter((event) => event.topic === 'orders.order.escalated' && event.payload.orderId === order.id);
    expect(escalations).toHaveLength(1);
    expect(escalations[0].payload).toMatchObject({ status: 'PLACED', responsibleCompanyId: sellerB.id, limitSeconds: 3 });
  });
});

describe('account managers', () => {
  it('an account manager sees the orders of the companies it manages, and only those when it asks so', async () => {
    const { rows } = await db.query(`SELECT id FROM counterparties.operator_account WHERE email = 'ops@lotbook.example'`);
    await stack.operator.data(`mutation ($c: ID!, $m: ID!) { setCommercialTerms(companyId: $c, accountManagerId: $m) { id } }`, {
      c: sellerB.id,
      m: rows[0].id,
    });
    const { sellerOrders } = await stack.operator.data<{ sellerOrders: Array<{ sellerCompanyId: string; buyerCompanyId: string }> }>(
      `query { sellerOrders(managedByMe: true) { sellerCompanyId buyerCompanyId } }`,
    );
    expect(sellerOrders.length).toBeGreaterThan(0);
    expect(sellerOrders.every((order) => order.sellerCompanyId === sellerB.id || order.buyerCompanyId === sellerB.id)).toBe(true);
    const all = await stack.operator.data<{ sellerOrders: unknown[] }>(`query { sellerOrders { id } }`);
    expect(all.sellerOrders.length).toBeGreaterThan(sellerOrders.length);
  });
});

describe('bad input changes nothing', () => {
  it('refuses unknown listings, quantities off the minimum or the lots, own listings and a second currency', async () => {
    const seller = sellerA.admin;
    expect(codeOf(await buyer.admin.execute(`mutation { addToCart(listingId: "${randomUUID()}", quantity: 1) { companyId } }`))).toBe(
      'UNKNOWN_LISTING',
    );
    expect(codeOf(await addToCart(buyer.admin, 'B-CABLE', 5))).toBe('QUANTITY_BELOW_MINIMUM');
    expect(codeOf(await addToCart(buyer.admin, 'B-CABLE', 15))).toBe('NOT_A_LOT_MULTIPLE');
    expect(codeOf(await addToCart(seller, 'A-SHEET', 1))).toBe('FORBIDDEN');
    await addToCart(buyer.admin, 'C-SHEET', 1);
    expect(codeOf(await addToCart(buyer.admin, 'C-EUR', 1))).toBe('MIXED_CURRENCIES');
    const { myCart } = await buyer.admin.data<{ myCart: { lines: Array<{ listingId: string }> } }>(
      `query { myCart { lines { listingId } } }`,
    );
    expect(myCart.lines.map((line) => line.listingId)).toEqual([listings['C-SHEET']]);
    await buyer.admin.data(`mutation { clearCart { companyId } }`);
  });

  it('refuses a checkout over the credit limit, stating limit, exposure and amount, and reserves nothing', async () => {
    const reserved = Number((await db.query(`SELECT count(*) FROM catalog.reservation`)).rows[0].count);
    await addToCart(buyer.admin, 'A-SHEET', 500);
    const result = await checkout(buyer.admin, buyer);
    expect(codeOf(result)).toBe('CREDIT_LIMIT_EXCEEDED');
    expect(result.errors?.[0].message).toMatch(/limit 500000\.00 RUB, exposure \d+\.\d\d RUB, asked \d+\.\d\d RUB/);
    expect(Number((await db.query(`SELECT count(*) FROM catalog.reservation`)).rows[0].count)).toBe(reserved);
    await buyer.admin.data(`mutation { clearCart { companyId } }`);
  });
});

describe('approvals', () => {
  let purchaser: GraphQLTestClient;
  let approver: GraphQLTestClient;

  beforeAll(async () => {
    purchaser = await member(buyer, ['PURCHASER'], 'purchaser@volga.example');
    approver = await member(buyer, ['APPROVER'], 'approver@volga.example');
  });

  it('a purchaser’s purchase above the threshold waits, stock reserved, until an approver approves it', async () => {
    await addToCart(purchaser, 'C-SHEET', 10);
    const placed = (await checkout(purchaser, buyer)).data?.checkout as Purchase;
    expect(placed.approval?.status).toBe('PENDING');
    expect(placed.orders.map((order) => order.status)).toEqual(['PENDING_APPROVAL']);
    expect(codeOf(await purchaser.execute(`mutation ($id: ID!) { approvePurchase(purchaseId: $id) { id } }`, { id: placed.id }))).toBe(
      'FORBIDDEN',
    );
    const { myPurchases } = await approver.data<{ myPurchases: Array<{ id: string }> }>(
      `query { myPurchases(awaitingApprovalOnly: true) { id } }`,
    );
    expect(myPurchases.map((entry) => entry.id)).toContain(placed.id);
    const { approvePurchase } = await approver.data<{ approvePurchase: Purchase }>(
      `mutation ($id: ID!) { approvePurchase(purchaseId: $id, reason: "budget line 7") { ${PURCHASE} } }`,
      { id: placed.id },
    );
    expect(approvePurchase.approval).toEqual({ status: 'APPROVED', reason: 'budget line 7' });
    expect(approvePurchase.orders[0].status).toBe('PLACED');
  });

  it('a rejection needs a reason and releases the stock', async () => {
    await addToCart(purchaser, 'C-SHEET', 20);
    const before = await available(listings['C-SHEET']);
    const placed = (await checkout(purchaser, buyer)).data?.checkout as Purchase;
    expect(await available(listings['C-SHEET'])).toBe(before - 20);
    expect(
      codeOf(await approver.execute(`mutation ($id: ID!) { rejectPurchase(purchaseId: $id, reason: " ") { id } }`, { id: placed.id })),
    ).toBe('REASON_REQUIRED');
    const { rejectPurchase } = await approver.data<{ rejectPurchase: Purchase }>(
      `mutation ($id: ID!) { rejectPurchase(purchaseId: $id, reason: "not this quarter") { ${PURCHASE} } }`,
      { id: placed.id },
    );
    expect(rejectPurchase.orders[0].status).toBe('CANCELLED');
    expect(await available(listings['C-SHEET'])).toBe(before);
  });

  it('an operator sets how long a purchase waits for an approver; it applies to what starts waiting from then on', async () => {
    const SET = `mutation ($h: Int!) { setApprovalExpiry(hours: $h) { approvalExpirySeconds approvalExpirySetByOperator } }`;
    const tables = async () =>
      (
        await stack.operator.data<{ pricingTables: { approvalExpirySeconds: number; approvalExpirySetByOperator: boolean } }>(
          `query { pricingTables { approvalExpirySeconds approvalExpirySetByOperator } }`,
        )
      ).pricingTables;
    expect(await tables()).toEqual({ approvalExpirySeconds: 3600, approvalExpirySetByOperator: false });
    expect(codeOf(await approver.execute(SET, { h: 6 }))).toBe('FORBIDDEN');
    for (const hours of [0, 2161]) expect(codeOf(await stack.operator.execute(SET, { h: hours }))).toBe('INVALID_INPUT');
    expect(await tables()).toEqual({ approvalExpirySeconds: 3600, approvalExpirySetByOperator: false });

    const { setApprovalExpiry } = await stack.operator.data<{ setApprovalExpiry: unknown }>(SET, { h: 6 });
    expect(setApprovalExpiry).toEqual({ approvalExpirySeconds: 6 * 3600, approvalExpirySetByOperator: true });
    await addToCart(purchaser, 'C-SHEET', 10);
    const placed = (await checkout(purchaser, buyer)).data?.checkout as Purchase;
    const { purchase } = await approver.data<{ purchase: { approval: { expiresAt: string } } }>(
      `query ($id: ID!) { purchase(id: $id) { approval { expiresAt } } }`,
      { id: placed.id },
    );
    const waits = Date.parse(purchase.approval.expiresAt) - Date.now();
    expect(waits).toBeGreaterThan(6 * 3600_000 - 120_000);
    expect(waits).toBeLessThanOrEqual(6 * 3600_000);

    // As it was for the rest of the suite: an hour, and the purchase given back.
    await stack.operator.data(SET, { h: 1 });
    await approver.data(`mutation ($id: ID!) { rejectPurchase(purchaseId: $id, reason: "expiry checked") { id } }`, { id: placed.id });
  });
});

describe('other buyers', () => {
  it('a buyer without credit terms pays in advance: its purchase waits in AWAITING_PAYMENT', async () => {
    const prepaying = await company('Neva Shipyard', 'BUYER');
    await addToCart(prepaying.admin, 'C-SHEET', 1);
    const placed = (await checkout(prepaying.admin, prepaying)).data?.checkout as Purchase;
    expect(placed.orders[0]).toMatchObject({ status: 'AWAITING_PAYMENT', paymentMode: 'PREPAY' });
  });

  it('many buyers checking out the last units: exactly as many purchases succeed as there are units', async () => {
    const buyers = await Promise.all(['Oka', 'Don', 'Ural River', 'Kama River'].map((name) => company(`${name} Builders`, 'BUYER')));
    for (const each of buyers) await addToCart(each.admin, 'C-LAST', 1);
    const results = await Promise.all(buyers.map((each) => checkout(each.admin, each)));
    expect(results.filter((result) => result.data?.checkout).length).toBe(2);
    expect(results.filter((result) => codeOf(result) === 'INSUFFICIENT_STOCK').length).toBe(2);
    expect(await available(listings['C-LAST'])).toBe(0);
  });

  it('reserves every line or none: two carts race for one last unit, and the loser holds nothing of its other lines', async () => {
    await listing(sellerC, 'C-ONE', { productId: steelProduct, unitPriceMinor: 130_000, onHand: 1 });
    const racers = await Promise.all(['Fast', 'Slow'].map((name) => company(`${name} Builders`, 'BUYER')));
    for (const racer of racers) {
      await addToCart(racer.admin, 'A-CABLE', 1);
      await addToCart(racer.admin, 'C-ONE', 1);
    }
    const before = await available(listings['A-CABLE']);
    const results = await Promise.all(racers.map((racer) => checkout(racer.admin, racer)));
    const lost = results.filter((result) => result.errors);
    expect(results.length - lost.length).toBe(1);
    expect(codeOf(lost[0])).toBe('INSUFFICIENT_STOCK');
    expect(lost[0].errors?.[0].extensions).toMatchObject({ field: `listingId:${listings['C-ONE']}` });
    expect(await available(listings['A-CABLE'])).toBe(before - 1);
    expect(await available(listings['C-ONE'])).toBe(0);
  });

  it('a suspended buyer’s unconfirmed orders are cancelled and their stock released', async () => {
    const doomed = await company('Sunset Trading', 'BUYER');
    await addToCart(doomed.admin, 'C-SHEET', 4);
    const placed = (await checkout(doomed.admin, doomed)).data?.checkout as Purchase;
    const before = await available(listings['C-SHEET']);
    await stack.moderate(doomed.id, 'SUSPEND', 'Registration documents revoked');
    await waitFor(
      'the order to be cancelled',
      async () => (await sellerOrder(stack.operator, placed.orders[0].id)).status === 'CANCELLED',
      { timeoutMs: 15_000 },
    );
    await waitFor('the stock to come back', async () => (await available(listings['C-SHEET'])) === before + 4, { timeoutMs: 10_000 });
  });
});

describe('large and repeat orders', () => {
  it('a quick order adds the cheapest offer that can fill each row and reports every row', async () => {
    const { quickOrder } = await buyer.admin.data<{
      quickOrder: {
        rows: Array<{
          line: number;
          outcome: string;
          listingId: string | null;
          code: string | null;
          alternatives: Array<{ listingId: string }>;
        }>;
      };
    }>(`mutation ($csv: String!) { quickOrder(csv: $csv) { rows { line outcome listingId code alternatives { listingId } } } }`, {
      csv: 'sku,quantity\nSHEET-S355,10\nB-CABLE,20\nNOPE-1,5\nB-CABLE,7\n',
    });
    // The offers that cannot fill the row (no stock left) come after those that can, in no particular order.
    const [first, ...unfillable] = quickOrder.rows[0].alternatives.map((offer) => offer.listingId);
    expect([first, unfillable.sort()]).toEqual([listings['C-SHEET'], [listings['C-LAST'], listings['C-ONE']].sort()]);
    expect(quickOrder.rows).toEqual([
      {
        line: 2,
        outcome: 'ADDED',
        listingId: listings['A-SHEET'],
        code: null,
        alternatives: quickOrder.rows[0].alternatives,
      },
      { line: 3, outcome: 'ADDED', listingId: listings['B-CABLE'], code: null, alternatives: [] },
      { line: 4, outcome: 'REJECTED', listingId: null, code: 'UNKNOWN_LISTING', alternatives: [] },
      { line: 5, outcome: 'REJECTED', listingId: null, code: 'QUANTITY_BELOW_MINIMUM', alternatives: [{ listingId: listings['B-CABLE'] }] },
    ]);
    await buyer.admin.data(`mutation { clearCart { companyId } }`);
  });

  it('a reorder puts an earlier purchase’s lines into the cart at today’s prices', async () => {
    await buyer.admin.data(`mutation { clearCart { companyId } }`);
    const [earlier] = (
      await buyer.admin.data<{ myPurchases: Purchase[] }>(`query { myPurchases(first: 50) { ${PURCHASE} } }`)
    ).myPurchases.slice(-1);
    const { reorder } = await buyer.admin.data<{
      reorder: { rows: Array<{ outcome: string }>; cart: { lines: Array<{ listingId: string; quantity: number }> } };
    }>(`mutation ($id: ID!) { reorder(purchaseId: $id) { rows { outcome } cart { lines { listingId quantity } } } }`, { id: earlier.id });
    expect(reorder.rows.every((row) => row.outcome === 'ADDED')).toBe(true);
    expect(reorder.cart.lines).toEqual([
      { listingId: listings['A-SHEET'], quantity: 100 },
      { listingId: listings['A-CABLE'], quantity: 30 },
      { listingId: listings['B-CABLE'], quantity: 40 },
      { listingId: listings['C-SHEET'], quantity: 3 },
    ]);
    await buyer.admin.data(`mutation { clearCart { companyId } }`);
  });
});

describe('trades become orders', () => {
  it('a matched trade becomes a CONFIRMED seller order of the buyer, priced at the trade price with loyalty, shipping and commission', async () => {
    await sellerA.admin.data(`mutation ($input: PlaceAskInput!) { placeAsk(input: $input) { order { id } } }`, {
      input: { listingId: listings['A-SHEET'], quantity: 10, limitPriceMinor: 90_000 },
    });
    const { placeBid } = await buyer.admin.data<{ placeBid: { trades: Array<{ id: string }> } }>(
      `mutation ($input: PlaceBidInput!) { placeBid(input: $input) { trades { id } } }`,
      { input: { productId: steelProduct, currency: 'RUB', quantity: 10, limitPriceMinor: 95_000 } },
    );
    expect(placeBid.trades).toHaveLength(1);
    let order: Order | undefined;
    await waitFor(
      'the trade order',
      async () => {
        const { sellerOrders } = await buyer.admin.data<{ sellerOrders: Order[] }>(
          `query { sellerOrders(statuses: [CONFIRMED]) { ${ORDER} } }`,
        );
        order = sellerOrders.find((candidate) => candidate.origin === 'TRADE');
        return order !== undefined;
      },
      { timeoutMs: 15_000 },
    );
    // 10 × 900.00 = 9,000.00 at the resting ask's price; loyalty 3 % = 270.00; shipping to the listing's region (Moscow) 5,000.00; steel commission 3 %.
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      purchaseId: null,
      sellerCompanyId: sellerA.id,
      grossMinor: 900_000,
      sellerDiscountMinor: 0,
      loyaltyDiscountMinor: 27_000,
      commissionMinor: 27_000,
      shippingFeeMinor: 500_000,
      buyerPaysMinor: 873_000 + 500_000,
      sellerDiscountRule: null,
    });
    expect(order?.lines[0]).toMatchObject({ quantity: 10, unitPriceMinor: 90_000, priceBasis: 'TRADE' });
  });
});

describe('bids go through orders', () => {
  const PLACE_BID = `mutation ($input: PlaceBidInput!) { placeBid(input: $input) { order { id status } trades { id } bidRequest { id status maxValueMinor } } }`;
  interface BidAnswer {
    order: { id: string; status: string } | null;
    trades: unknown[];
    bidRequest: { id: string; status: string; maxValueMinor: number };
  }
  const bid = (client: GraphQLTestClient, quantity: number, limitPriceMinor: number) =>
    client.execute<{ placeBid: BidAnswer }>(PLACE_BID, { input: { productId: cableProduct, currency: 'RUB', quantity, limitPriceMinor } });

  it('a purchaser’s bid worth more than the approval threshold waits for an approver, then goes to the book', async () => {
    const purchaser = stack.anonymous.as(await stack.signIn('purchaser@volga.example'));
    const approver = stack.anonymous.as(await stack.signIn('approver@volga.example'));
    const waiting = (await bid(purchaser, 100, 15_000)).data?.placeBid as BidAnswer;
    expect(waiting.order).toBeNull();
    expect(waiting.bidRequest).toMatchObject({ status: 'PENDING_APPROVAL', maxValueMinor: 1_500_000 });
    expect(
      Number((await db.query(`SELECT count(*) FROM trading.trading_order WHERE id = $1`, [waiting.bidRequest.id])).rows[0].count),
    ).toBe(0);
    const { myBidRequests } = await approver.data<{ myBidRequests: Array<{ id: string }> }>(
      `query { myBidRequests(awaitingApprovalOnly: true) { id } }`,
    );
    expect(myBidRequests.map((request) => request.id)).toContain(waiting.bidRequest.id);
    const { approveBid } = await approver.data<{ approveBid: BidAnswer }>(
      `mutation ($id: ID!) { approveBid(bidId: $id) { order { id status } bidRequest { status } } }`,
      { id: waiting.bidRequest.id },
    );
    expect(approveBid).toMatchObject({ order: { id: waiting.bidRequest.id, status: 'OPEN' }, bidRequest: { status: 'PLACED' } });
  });

  it('a bid on net terms must fit the credit limit; its open value is held until it closes', async () => {
    const contractor = await company('Baltic Contractors', 'BUYER');
    await stack.operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
      c: contractor.id,
      t: { currency: 'RUB', creditLimitMinor: 1_000_000, paymentTermDays: 30 },
    });
    const first = (await bid(contractor.admin, 10, 90_000)).data?.placeBid as BidAnswer;
    expect(first.order?.status).toBe('OPEN');
    const refused = await bid(contractor.admin, 10, 20_000);
    expect(codeOf(refused)).toBe('CREDIT_LIMIT_EXCEEDED');
    expect(refused.errors?.[0].message).toContain('limit 10000.00 RUB, exposure 9000.00 RUB, asked 2000.00 RUB');
    await contractor.admin.data(`mutation ($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: first.order?.id });
    await waitFor('the hold to be released', async () => codeOf(await bid(contractor.admin, 10, 20_000)) === undefined, {
      timeoutMs: 15_000,
      intervalMs: 300,
    });
  });
});
