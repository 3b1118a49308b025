import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  RETURN_POLICY_KEY,
  returnPolicyChanged,
  returnsCommands,
  type ReturnPolicyChangedPayload,
} from '@lotbook/contracts';
import { KafkaRpcTestClient, MarketplaceStack, testKafkaBrokers, waitFor, type GraphQLTestClient } from '@lotbook/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Client } from 'pg';

/**
 * Returns end to end through GraphQL, against real Kafka and PostgreSQL: a purchase from two
 * sellers shipped and delivered, then quoted, filed, accepted, disputed and decided, received
 * (stock back in catalog) and refunded, with worked example (c) of the README reproduced to
 * the kopeck by the real pricing, and every bad input refused with its code, changing nothing.
 */
let stack: MarketplaceStack;
let db: Client;
let consumer: Consumer;
let rpc: KafkaRpcTestClient;
const events: Array<{ key: string; payload: ReturnEvent }> = [];

const PASSWORD = 'returns-tests-2026';
/** Seconds per "day" of the return windows, in orders and returns alike: 30 days are 2 minutes, 2 days 8 seconds. */
const DAY_SECONDS = 4;

let taxIdSeed = 300_000_00;
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

interface Line {
  id: string;
  listingId: string;
  quantity: number;
  grossMinor: number;
  sellerDiscountMinor: number;
  netMinor: number;
  loyaltyDiscountMinor: number;
  commissionMinor: number;
  restockingRateBp: number;
}
interface Order {
  id: string;
  status: string;
  sellerCompanyId: string;
  shippingFeeMinor: number;
  regionalFeeMinor: number;
  sellerDiscountRule: { rateBp: number; thresholdMinor: number; applied: boolean } | null;
  lines: Line[];
}
interface Purchase {
  id: string;
  orders: Order[];
}
interface Amount {
  name: string;
  amountMinor: number;
  reason: string;
}
interface ItemQuote {
  lineId: string;
  sellerOrderId: string;
  quantity: number;
  reason: string;
  fault: string;
  [amount: string]: Amount | string | number;
}
interface Quote {
  currency: string;
  items: ItemQuote[];
  sellerOrders: Array<{
    sellerOrderId: string;
    returnLabel: Amount;
    clawback: { triggered: boolean; due: Amount; deducted: Amount; leftDue: Amount; giveBack: Amount };
    totals: Record<string, number>;
  }>;
  refund: Amount;
  sellersPay: Amount;
  platformPays: Amount;
  returnLabels: Amount;
  policyVersion: number;
}
interface SellerReturn {
  id: string;
  requestId: string;
  sellerOrderId: string;
  sellerCompanyId: string;
  status: string;
  carrierClaimAccepted: boolean;
  items: Array<{ lineId: string; quantity: number; reason: string; filedReason: string; fault: string; comment: string | null }>;
  allocation: Quote;
  allocationBeforeDecision: Quote | null;
  policyVersion: number;
  refundMinor: number;
  sellerPaysMinor: number;
  platformPaysMinor: number;
  returnLabelMinor: number;
  refundedAt: string | null;
  history: Array<{ action: string; from: string | null; to: string; actorKind: string; note: string | null }>;
}
interface ReturnRequest {
  id: string;
  purchaseId: string | null;
  quote: Quote;
  returns: SellerReturn[];
}
interface ReturnEvent {
  from: string | null;
  to: string;
  actorKind: string;
  reason: string | null;
  return: {
    id: string;
    sellerOrderId: string;
    status: string;
    items: Array<Record<string, number | string>>;
    refundMinor: number;
    sellerPaysMinor: number;
    platformPaysMinor: number;
    returnLabelMinor: number;
    labelBorneBySellerMinor: number;
    refundedAt: string | null;
  };
}

const AMOUNT = 'name amountMinor reason';
const ITEM_AMOUNTS = [
  'netShare',
  'loyaltyDiscountShare',
  'commissionShare',
  'outboundFeeShare',
  'returnLabelShare',
  'giveBack',
  'clawbackShare',
  'clawbackDeducted',
  'restockingFee',
  'restockingDeducted',
  'returnLabelDeducted',
  'refund',
  'sellerPays',
  'platformPays',
];
const TOTALS = `netShareMinor loyaltyDiscountShareMinor commissionShareMinor outboundFeeRefundedMinor giveBackMinor clawbackDeductedMinor
  restockingDeductedMinor returnLabelDeductedMinor refundMinor sellerPaysMinor platformPaysMinor`;
const QUOTE = `currency
  items { lineId sellerOrderId quantity reason fault returnedBefore ${ITEM_AMOUNTS.map((name) => `${name} { ${AMOUNT} }`).join(' ')} }
  sellerOrders { sellerOrderId sellerCompanyId lineIds returnLabel { ${AMOUNT} } outboundFeeShare { ${AMOUNT} }
    clawback { triggered keptGrossMinor due { ${AMOUNT} } heldBefore { ${AMOUNT} } thisReturnMinor deducted { ${AMOUNT} } leftDue { ${AMOUNT} } giveBack { ${AMOUNT} } }
    totals { ${TOTALS} } }
  refund { ${AMOUNT} } sellersPay { ${AMOUNT} } platformPays { ${AMOUNT} } returnLabels { ${AMOUNT} } totals { ${TOTALS} } policyVersion`;
const SELLER_RETURN = `id requestId purchaseId sellerOrderId buyerCompanyId sellerCompanyId currency status carrierClaimAccepted
  items { lineId listingId productName sellerSku quantity reason fault filedReason comment }
  allocation { ${QUOTE} } allocationBeforeDecision { ${QUOTE} } policyVersion
  refundMinor sellerPaysMinor platformPaysMinor returnLabelMinor filedAt statusChangedAt refundedAt
  history { action from to actorKind actorId note at }`;
const REQUEST = `id purchaseId sellerOrderId buyerCompanyId filedAt quote { ${QUOTE} } returns { ${SELLER_RETURN} }`;
const HISTORY = `purchaseId lines { lineId sellerOrderId deliveredQuantity returnedQuantity returnableQuantity returnWindowClosesAt } returns { id status }`;

let fasteners: Company;
let cables: Company;
let shortWindow: Company;
let buyer: Company;
let rival: Company;
const listings: Record<string, string> = {};

async function company(name: string, kind: 'BUYER' | 'SELLER'): Promise<Company> {
  const email = `admin@${name.toLowerCase().replace(/\s+/g, '-')}.returns.example`;
  const { companyId, client } = await stack.approvedCompany(name, nextTaxId(), kind, email);
  const { addLegalEntity } = await client.data<{ addLegalEntity: { id: string } }>(
    `mutation ($taxId: String!) { addLegalEntity(name: "${name} LLC", taxId: $taxId, address: "1 Tverskaya St, Moscow") { id } }`,
    { taxId: nextTaxId() },
  );
  return { id: companyId, admin: client, legalEntityId: addLegalEntity.id };
}

async function listing(seller: Company, sku: string, productId: string, unitPriceMinor: number, onHand: number): Promise<string> {
  const { saveListing } = await seller.admin.data<{ saveListing: { id: string } }>(
    `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
    {
      input: {
        sellerSku: sku,
        productId,
        unitPriceMinor,
        onHand,
        region: 'Moscow',
        currency: 'RUB',
        minimumOrderQuantity: 1,
        lotMultiple: 1,
        status: 'ACTIVE',
        priceBreaks: [],
      },
    },
  );
  listings[sku] = saveListing.id;
  return saveListing.id;
}

async function terms(seller: Company, input: Record<string, unknown>): Promise<void> {
  await seller.admin.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, {
    input: { currency: 'RUB', ...input },
  });
}

/** Buys the lines in one checkout, has each seller confirm and ship, and the buyer confirm delivery. */
async function deliveredPurchase(lines: Array<[sku: string, quantity: number]>): Promise<Purchase> {
  for (const [sku, quantity] of lines) {
    await buyer.admin.data(`mutation ($l: ID!, $q: Int!) { addToCart(listingId: $l, quantity: $q) { companyId } }`, {
      l: listings[sku],
      q: quantity,
    });
  }
  const { checkout } = await buyer.admin.data<{ checkout: Purchase }>(
    `mutation ($input: CheckoutInput!) { checkout(input: $input) { id orders { id status sellerCompanyId shippingFeeMinor regionalFeeMinor
       sellerDiscountRule { rateBp thresholdMinor applied }
       lines { id listingId quantity grossMinor sellerDiscountMinor netMinor loyaltyDiscountMinor commissionMinor restockingRateBp } } } }`,
    {
      input: {
        legalEntityId: buyer.legalEntityId,
        deliveryRegion: 'Moscow',
        deliveryAddress: '5 Lenina St, Moscow',
        idempotencyKey: randomUUID(),
      },
    },
  );
  for (const order of checkout.orders) {
    const seller = [fasteners, cables, shortWindow].find((candidate) => candidate.id === order.sellerCompanyId) as Company;
    await seller.admin.data(`mutation ($id: ID!) { confirmSellerOrder(orderId: $id) { status } }`, { id: order.id });
    await seller.admin.data(`mutation ($id: ID!) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-1") { status } }`, {
      id: order.id,
    });
    await buyer.admin.data(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { status } }`, { id: order.id });
  }
  // Returns learns of the deliveries from orders' events.
  await waitFor('returns to see every order delivered', async () => {
    const lines = await returnHistory(buyer.admin, checkout.id).catch(() => undefined);
    return lines !== undefined && lines.lines.every((line) => line.deliveredQuantity > 0);
  });
  return checkout;
}

interface HistoryView {
  purchaseId: string;
  lines: Array<{
    lineId: string;
    sellerOrderId: string;
    deliveredQuantity: number;
    returnedQuantity: number;
    returnableQuantity: number;
    returnWindowClosesAt: string | null;
  }>;
  returns: Array<{ id: string; status: string }>;
}
const returnHistory = async (client: GraphQLTestClient, purchaseId: string) =>
  (
    await client.data<{ purchaseReturns: HistoryView }>(`query ($p: ID) { purchaseReturns(purchaseId: $p) { ${HISTORY} } }`, {
      p: purchaseId,
    })
  ).purchaseReturns;

type ItemInput = { lineId: string; quantity: number; reason: string; comment?: string };
const quote = (client: GraphQLTestClient, purchaseId: string, items: ItemInput[]) =>
  client.execute<{ returnQuote: Quote }>(`query ($input: ReturnQuoteInput!) { returnQuote(input: $input) { ${QUOTE} } }`, {
    input: { purchaseId, items },
  });
const fileReturn = (
  client: GraphQLTestClient,
  purchaseId: string,
  items: ItemInput[],
  idempotencyKey = randomUUID(),
  policyVersion: number | null = null,
) =>
  client.execute<{ fileReturn: ReturnRequest }>(`mutation ($input: FileReturnInput!) { fileReturn(input: $input) { ${REQUEST} } }`, {
    input: { purchaseId, items, idempotencyKey, policyVersion },
  });
const step = (client: GraphQLTestClient, mutation: string, returnId: string, args = '', variables: Record<string, unknown> = {}) =>
  client.execute<Record<string, SellerReturn>>(
    `mutation ($id: ID!${Object.keys(variables)
      .map((name) => `, $${name}: ${name === 'changes' ? '[ReturnReasonChangeInput!]' : 'String!'}`)
      .join('')}) {
       ${mutation}(returnId: $id${args}) { ${SELLER_RETURN} } }`,
    { id: returnId, ...variables },
  );
const sellerReturn = async (client: GraphQLTestClient, id: string) =>
  (await client.data<{ sellerReturn: SellerReturn }>(`query ($id: ID!) { sellerReturn(id: $id) { ${SELLER_RETURN} } }`, { id }))
    .sellerReturn;

const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;
const fieldOf = (result: { errors?: Array<{ extensions?: { field?: string } }> }) => result.errors?.[0]?.extensions?.field;
const onHand = async (sku: string) =>
  Number((await db.query(`SELECT on_hand FROM catalog.listing WHERE id = $1`, [listings[sku]])).rows[0].on_hand);
const rowCounts = async () =>
  (
    await db.query(
      `SELECT (SELECT count(*) FROM returns.return_request)::int AS requests, (SELECT count(*) FROM returns.seller_return)::int AS returns,
              (SELECT count(*) FROM returns.return_step)::int AS steps`,
    )
  ).rows[0] as { requests: number; returns: number; steps: number };

/** An item's amounts as one row, in the order of the worked examples' tables. */
const row = (item: ItemQuote) => Object.fromEntries(ITEM_AMOUNTS.map((name) => [name, (item[name] as Amount).amountMinor]));

beforeAll(async () => {
  stack = await MarketplaceStack.start({
    label: 'returns',
    services: ['catalog', 'trading', 'orders', 'returns'],
    gatewayPort: 4560,
    password: PASSWORD,
    env: {
      orders: { ORDERS_SWEEP_INTERVAL_MS: '250', ORDERS_RETURN_WINDOW_DAY_SECONDS: String(DAY_SECONDS) },
      returns: { RETURNS_RETURN_WINDOW_DAY_SECONDS: String(DAY_SECONDS) },
      // Sign-ins (argon2) and 4-line checkouts can outlast 3 s when others' suites share the two cores.
      gateway: { RPC_TIMEOUT_MS: '15000' },
    },
  });
  db = new Client({ connectionString: stack.database.url });
  await db.connect();
  const kafka = new Kafka({ clientId: 'returns-test', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  consumer = kafka.consumer({ groupId: `returns-test-${Date.now()}`, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topics: ['returns.return.state-changed'], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      events.push({ key: String(message.key), payload: JSON.parse(String(message.value)).payload as ReturnEvent });
    },
  });
  rpc = new KafkaRpcTestClient(testKafkaBrokers(), [returnsCommands.quoteReturn, returnsCommands.changeReturnPolicy]);
  await rpc.connect();

  [fasteners, cables, shortWindow, buyer, rival] = [
    await company('Ural Fasteners', 'SELLER'),
    await company('Siberian Cable Works', 'SELLER'),
    await company('Kama Quick Steel', 'SELLER'),
    await company('Volga Builders', 'BUYER'),
    await company('Don Builders', 'BUYER'),
  ];
  const { createCategory } = await stack.operator.data<{ createCategory: { id: string } }>(
    `mutation { createCategory(name: "Hardware") { id } }`,
  );
  const product = async (code: string) =>
    (
      await stack.operator.data<{ createProduct: { id: string } }>(
        `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
        {
          input: { code, name: code, categoryId: createCategory.id, baseUnit: 'PIECE' },
        },
      )
    ).createProduct.id;
  const [bolt, nut, cable, drum, sheet] = [
    await product('BOLT-M12'),
    await product('NUT-M12'),
    await product('CABLE-VVG'),
    await product('DRUM-500'),
    await product('SHEET-S355'),
  ];

  // Worked example (c)'s seller order D: 2 % off from 10,400.00 of gross, no outbound fee from 10,000.00 of net but a
  // regional fee (the label) of 350.00, 15 % restocking; loyalty 1 % for every buyer, the default 5 % commission.
  await terms(fasteners, {
    volumeDiscount: { rateBp: 200, thresholdMinor: 1_040_000 },
    shippingFees: [{ region: 'Moscow', feeMinor: 35_000 }],
    freeShippingFromNetMinor: 1_000_000,
    returnWindowDays: 30,
    restockingRateBp: 1_500,
  });
  await terms(cables, { shippingFees: [{ region: 'Moscow', feeMinor: 20_000 }], returnWindowDays: 30, restockingRateBp: 0 });
  await terms(shortWindow, { shippingFees: [{ region: 'Moscow', feeMinor: 10_000 }], returnWindowDays: 2, restockingRateBp: 0 });
  await stack.operator.data(
    `mutation ($t: [LoyaltyTierInput!]!) { setLoyaltyTiers(currency: "RUB", tiers: $t) { defaultCommissionRateBp } }`,
    {
      t: [{ fromMajor: '0', fromInclusive: true, toMajor: null, toInclusive: false, rateBp: 100 }],
    },
  );
  await listing(fasteners, 'D-BOLT', bolt, 10_000, 1_000);
  await listing(fasteners, 'D-NUT', nut, 50_000, 10);
  await listing(cables, 'E-CABLE', cable, 25_000, 100);
  await listing(cables, 'E-DRUM', drum, 40_000, 20);
  await listing(shortWindow, 'F-SHEET', sheet, 30_000, 50);
  for (const each of [buyer, rival]) {
    await stack.operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
      c: each.id,
      t: { currency: 'RUB', creditLimitMinor: 100_000_000, paymentTermDays: 30, approvalThresholdMinor: 100_000_000 },
    });
  }
}, 180_000);

afterAll(async () => {
  await rpc?.close();
  await consumer?.disconnect();
  await db?.end();
  await stack?.stop();
});

describe('a return across two sellers of one purchase, to the kopeck', () => {
  let purchase: Purchase;
  let d: Order;
  let bolts: Line;
  let nuts: Line;
  let cable: Line;
  let drum: Line;
  let first: ReturnRequest;
  let boltsReturn: SellerReturn;
  let cableReturn: SellerReturn;

  it('prices seller order D exactly as worked example (c) has it', async () => {
    purchase = await deliveredPurchase([
      ['D-BOLT', 100],
      ['D-NUT', 1],
      ['E-CABLE', 4],
      ['E-DRUM', 2],
    ]);
    d = purchase.orders.find((order) => order.sellerCompanyId === fasteners.id) as Order;
    const e = purchase.orders.find((order) => order.sellerCompanyId === cables.id) as Order;
    [bolts, nuts] = d.lines;
    [cable, drum] = e.lines;
    expect(d).toMatchObject({
      shippingFeeMinor: 0,
      regionalFeeMinor: 35_000,
      sellerDiscountRule: { rateBp: 200, thresholdMinor: 1_040_000, applied: true },
    });
    expect(
      d.lines.map(({ quantity, grossMinor, sellerDiscountMinor, netMinor, loyaltyDiscountMinor, commissionMinor }) => [
        quantity,
        grossMinor,
        sellerDiscountMinor,
        netMinor,
        loyaltyDiscountMinor,
        commissionMinor,
      ]),
    ).toEqual([
      [100, 1_000_000, 20_000, 980_000, 9_800, 49_000],
      [1, 50_000, 1_000, 49_000, 490, 2_450],
    ]);
  });

  it('quotes a return of both sellers’ items, every amount with its reason, and changes nothing', async () => {
    const before = await rowCounts();
    const result = await quote(buyer.admin, purchase.id, [
      { lineId: bolts.id, quantity: 2, reason: 'CHANGED_MIND' },
      { lineId: cable.id, quantity: 1, reason: 'DEFECTIVE' },
      { lineId: drum.id, quantity: 1, reason: 'DAMAGED_IN_TRANSIT' },
    ]);
    expect(result.errors).toBeUndefined();
    const returnQuote = (result.data as { returnQuote: Quote }).returnQuote;
    // Worked example (c), return 1: the refund (19,404) is used up by the label, the clawback (20,600) stays due and the
    // restocking fee (2,940) is waived; the seller bears the label's undeducted 15,596.
    expect(row(returnQuote.items[0])).toEqual({
      netShare: 19_600,
      loyaltyDiscountShare: 196,
      commissionShare: 980,
      outboundFeeShare: 0,
      returnLabelShare: 35_000,
      giveBack: 0,
      clawbackShare: 20_600,
      clawbackDeducted: 0,
      restockingFee: 2_940,
      restockingDeducted: 0,
      returnLabelDeducted: 19_404,
      refund: 0,
      sellerPays: 34_216,
      platformPays: 784,
    });
    expect(returnQuote.items[0]).toMatchObject({ fault: 'BUYER', sellerOrderId: d.id });
    expect((returnQuote.items[0].refund as Amount).reason).toMatch(/\w/);
    expect(returnQuote.sellerOrders[0].clawback).toMatchObject({
      triggered: true,
      due: { amountMinor: 20_600 },
      deducted: { amountMinor: 0 },
      leftDue: { amountMinor: 20_600 },
    });
    // Seller E: one parcel, its label 200.00 split by m over the cable (250.00 less 1 %) and the drum (400.00 less 1 %).
    expect(returnQuote.sellerOrders.map((part) => part.returnLabel.amountMinor)).toEqual([35_000, 20_000]);
    expect(returnQuote.refund.amountMinor).toBe(returnQuote.items.reduce((sum, item) => sum + (item.refund as Amount).amountMinor, 0));
    expect(returnQuote.sellersPay.amountMinor + returnQuote.platformPays.amountMinor).toBe(
      returnQuote.refund.amountMinor + returnQuote.returnLabels.amountMinor,
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('files the same input with comments: exactly the quoted figures, one seller return per seller order', async () => {
    const items = [
      { lineId: bolts.id, quantity: 2, reason: 'CHANGED_MIND' },
      { lineId: cable.id, quantity: 1, reason: 'DEFECTIVE' },
      { lineId: drum.id, quantity: 1, reason: 'DAMAGED_IN_TRANSIT' },
    ];
    const quoted = ((await quote(buyer.admin, purchase.id, items)).data as { returnQuote: Quote }).returnQuote;
    const key = randomUUID();
    const withComments = items.map((item, index) => ({ ...item, comment: index === 1 ? 'sheath cracked along 2 m' : undefined }));
    const result = await fileReturn(buyer.admin, purchase.id, withComments, key);
    expect(result.errors).toBeUndefined();
    first = (result.data as { fileReturn: ReturnRequest }).fileReturn;
    expect(first.quote).toEqual(quoted);
    expect(first.returns.map((entry) => [entry.sellerCompanyId, entry.status, entry.items.map((item) => item.lineId)])).toEqual([
      [fasteners.id, 'REQUESTED', [bolts.id]],
      [cables.id, 'REQUESTED', [cable.id, drum.id]],
    ]);
    [boltsReturn, cableReturn] = first.returns;
    expect(cableReturn.items[0].comment).toBe('sheath cracked along 2 m');
    expect(boltsReturn).toMatchObject({ refundMinor: 0, sellerPaysMinor: 34_216, platformPaysMinor: 784, returnLabelMinor: 35_000 });
    expect(boltsReturn.allocation.items.map(row)).toEqual([row(quoted.items[0])]);
    expect(cableReturn.refundMinor + boltsReturn.refundMinor).toBe(quoted.refund.amountMinor);

    // A retry with the same key files nothing new; the same key with other items is refused.
    const counts = await rowCounts();
    const retried = await fileReturn(buyer.admin, purchase.id, withComments, key);
    expect((retried.data as { fileReturn: ReturnRequest }).fileReturn.id).toBe(first.id);
    expect(codeOf(await fileReturn(buyer.admin, purchase.id, [items[0]], key))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await rowCounts()).toEqual(counts);
  });

  it('keeps the purchase’s return history with what is still returnable per line', async () => {
    const history = await returnHistory(buyer.admin, purchase.id);
    const of = (lineId: string) => history.lines.find((line) => line.lineId === lineId);
    expect(of(bolts.id)).toMatchObject({ deliveredQuantity: 100, returnedQuantity: 2, returnableQuantity: 98 });
    expect(of(cable.id)).toMatchObject({ deliveredQuantity: 4, returnedQuantity: 1, returnableQuantity: 3 });
    expect(of(nuts.id)).toMatchObject({ deliveredQuantity: 1, returnedQuantity: 0, returnableQuantity: 1 });
    expect(history.returns.map((entry) => entry.id).sort()).toEqual([boltsReturn.id, cableReturn.id].sort());
  });

  it('the seller accepts and receives its part: REFUNDED at once, the bolts back in stock', async () => {
    const stockBefore = await onHand('D-BOLT');
    expect(codeOf(await step(fasteners.admin, 'confirmReturnReceipt', boltsReturn.id))).toBe('TRANSITION_NOT_ALLOWED');
    const accepted = await step(fasteners.admin, 'acceptReturn', boltsReturn.id);
    expect(accepted.data?.acceptReturn.status).toBe('ACCEPTED');
    const received = (await step(fasteners.admin, 'confirmReturnReceipt', boltsReturn.id)).data?.confirmReturnReceipt as SellerReturn;
    expect(received.status).toBe('REFUNDED');
    expect(received.refundedAt).not.toBeNull();
    expect(received.history.map((entry) => `${entry.from ?? '-'}>${entry.to}:${entry.action}:${entry.actorKind}`)).toEqual([
      '->REQUESTED:FILE:USER',
      'REQUESTED>ACCEPTED:ACCEPT:USER',
      'ACCEPTED>RECEIVED:CONFIRM_RECEIPT:USER',
      'RECEIVED>REFUNDED:CONFIRM_REFUND:SYSTEM',
    ]);
    await waitFor('the two bolts back on hand', async () => (await onHand('D-BOLT')) === stockBefore + 2);
    const recorded = await db.query(`SELECT outcome, quantity::int FROM catalog.returned_stock WHERE return_id = $1`, [boltsReturn.id]);
    expect(recorded.rows).toEqual([{ outcome: 'RESTOCKED', quantity: 2 }]);
    // The events: RECEIVED then REFUNDED, the REFUNDED one with exactly the figures settlements posts.
    await waitFor('the refund event', () => events.some((event) => event.key === boltsReturn.id && event.payload.to === 'REFUNDED'));
    const steps = events.filter((event) => event.key === boltsReturn.id).map((event) => `${event.payload.from ?? '-'}>${event.payload.to}`);
    expect(steps).toEqual(['->REQUESTED', 'REQUESTED>ACCEPTED', 'ACCEPTED>RECEIVED', 'RECEIVED>REFUNDED']);
    const refunded = events.find((event) => event.key === boltsReturn.id && event.payload.to === 'REFUNDED')?.payload.return;
    expect(refunded).toMatchObject({
      status: 'REFUNDED',
      refundMinor: 0,
      sellerPaysMinor: 34_216,
      platformPaysMinor: 784,
      returnLabelMinor: 35_000,
      labelBorneBySellerMinor: 15_596,
    });
    expect(refunded?.items[0]).toMatchObject({
      lineId: bolts.id,
      listingId: listings['D-BOLT'],
      quantity: 2,
      fault: 'BUYER',
      returnLabelDeductedMinor: 19_404,
      sellerPaysMinor: 34_216,
    });
  });

  it('the second return of seller order D deducts the clawback still due: worked example (c), return 2', async () => {
    const result = await fileReturn(buyer.admin, purchase.id, [{ lineId: nuts.id, quantity: 1, reason: 'ORDERED_BY_MISTAKE' }]);
    expect(result.errors).toBeUndefined();
    const [nutsReturn] = (result.data as { fileReturn: ReturnRequest }).fileReturn.returns;
    // As in the example, except the restocking fee: this seller's 15 % applies to every line it sells (the example gives
    // D2 none); the refund is already used up by the label and the clawback, so nothing of it is deducted either way.
    expect(row(nutsReturn.allocation.items[0])).toEqual({
      netShare: 49_000,
      loyaltyDiscountShare: 490,
      commissionShare: 2_450,
      outboundFeeShare: 0,
      returnLabelShare: 35_000,
      giveBack: 0,
      clawbackShare: 19_600,
      clawbackDeducted: 13_510,
      restockingFee: 7_350,
      restockingDeducted: 0,
      returnLabelDeducted: 35_000,
      refund: 0,
      sellerPays: 33_040,
      platformPays: 1_960,
    });
    expect(nutsReturn.allocation.sellerOrders[0].clawback).toMatchObject({
      due: { amountMinor: 19_600 },
      deducted: { amountMinor: 13_510 },
      leftDue: { amountMinor: 6_090 },
    });
    expect(nutsReturn.sellerPaysMinor + nutsReturn.platformPaysMinor).toBe(nutsReturn.refundMinor + nutsReturn.returnLabelMinor);
  });

  it('a carrier-fault item waits for an operator; the seller disputes the defect, the operator changes the reason, and both sides see both figures', async () => {
    expect(codeOf(await step(cables.admin, 'acceptReturn', cableReturn.id))).toBe('OPERATOR_ACCEPTANCE_REQUIRED');
    expect(codeOf(await step(cables.admin, 'disputeReturn', cableReturn.id, ', note: $note', { note: 'too short' }))).toBe('NOTE_REQUIRED');
    const disputed = await step(cables.admin, 'disputeReturn', cableReturn.id, ', note: $note', {
      note: 'the sheath was cut on site, not at our warehouse',
    });
    expect(disputed.data?.disputeReturn.status).toBe('DISPUTED');
    const { sellerReturns } = await stack.operator.data<{ sellerReturns: Array<{ id: string }> }>(
      `query { sellerReturns(statuses: [DISPUTED]) { id } }`,
    );
    expect(sellerReturns.map((entry) => entry.id)).toEqual([cableReturn.id]);

    const decided = await step(stack.operator, 'decideReturnDispute', cableReturn.id, ', note: $note, reasonChanges: $changes', {
      note: 'photos show site damage: the buyer’s reason, not a defect',
      changes: [{ lineId: cable.id, reason: 'CHANGED_MIND' }],
    });
    expect(decided.errors).toBeUndefined();
    const after = decided.data?.decideReturnDispute as SellerReturn;
    expect(after).toMatchObject({ status: 'ACCEPTED', carrierClaimAccepted: true });
    expect(after.items[0]).toMatchObject({ reason: 'CHANGED_MIND', filedReason: 'DEFECTIVE', fault: 'BUYER' });
    // Before: the defective cable refunded its net less loyalty and its part of the fee, the seller paid its label part.
    const [cableBefore] = (after.allocationBeforeDecision as Quote).items;
    const [cableAfter, drumAfter] = after.allocation.items;
    expect(cableBefore).toMatchObject({ fault: 'SELLER' });
    expect((cableBefore.refund as Amount).amountMinor).toBe(24_750 + (cableBefore.outboundFeeShare as Amount).amountMinor);
    // After: a buyer's reason, so no fee back and the label part comes off the refund.
    expect((cableAfter.refund as Amount).amountMinor).toBe(24_750 - (cableAfter.returnLabelShare as Amount).amountMinor);
    expect(row(drumAfter)).toEqual(row((after.allocationBeforeDecision as Quote).items[1]));
    expect(after.sellerPaysMinor + after.platformPaysMinor).toBe(after.refundMinor + after.returnLabelMinor);
    // The seller sees the same figures.
    expect((await sellerReturn(cables.admin, cableReturn.id)).allocationBeforeDecision).toEqual(after.allocationBeforeDecision);
  });

  it('receiving it restocks the cable returned for the buyer’s reason and writes off the drum damaged in transit', async () => {
    const [cablesBefore, drumsBefore] = [await onHand('E-CABLE'), await onHand('E-DRUM')];
    const received = (await step(cables.admin, 'confirmReturnReceipt', cableReturn.id)).data?.confirmReturnReceipt as SellerReturn;
    expect(received.status).toBe('REFUNDED');
    await waitFor('the cable back on hand', async () => (await onHand('E-CABLE')) === cablesBefore + 1);
    const recorded = await db.query(`SELECT line_id, outcome FROM catalog.returned_stock WHERE return_id = $1 ORDER BY outcome`, [
      cableReturn.id,
    ]);
    expect(recorded.rows).toEqual([
      { line_id: cable.id, outcome: 'RESTOCKED' },
      { line_id: drum.id, outcome: 'WRITTEN_OFF' },
    ]);
    expect(await onHand('E-DRUM')).toBe(drumsBefore);
    await waitFor('the refund event', () => events.some((event) => event.key === cableReturn.id && event.payload.to === 'REFUNDED'));
    expect(
      events
        .filter((event) => event.key === cableReturn.id)
        .map((event) => `${event.payload.from ?? '-'}>${event.payload.to}:${event.payload.actorKind}`),
    ).toEqual([
      '->REQUESTED:USER',
      'REQUESTED>DISPUTED:USER',
      'DISPUTED>ACCEPTED:OPERATOR',
      'ACCEPTED>RECEIVED:USER',
      'RECEIVED>REFUNDED:SYSTEM',
    ]);
    const refunded = events.find((event) => event.key === cableReturn.id && event.payload.to === 'REFUNDED')?.payload.return;
    expect(refunded).toMatchObject({
      refundMinor: received.refundMinor,
      sellerPaysMinor: received.sellerPaysMinor,
      platformPaysMinor: received.platformPaysMinor,
    });
  });

  it('an operator accepts a carrier claim before the seller may accept', async () => {
    const [drumReturn] = (
      (await fileReturn(buyer.admin, purchase.id, [{ lineId: drum.id, quantity: 1, reason: 'DAMAGED_IN_TRANSIT' }])).data as {
        fileReturn: ReturnRequest;
      }
    ).fileReturn.returns;
    expect(codeOf(await step(cables.admin, 'acceptReturn', drumReturn.id))).toBe('OPERATOR_ACCEPTANCE_REQUIRED');
    expect(codeOf(await step(cables.admin, 'acceptCarrierClaim', drumReturn.id))).toBe('FORBIDDEN');
    const claim = await step(stack.operator, 'acceptCarrierClaim', drumReturn.id, ', note: $note', {
      note: 'carrier confirmed the damage',
    });
    expect(claim.data?.acceptCarrierClaim).toMatchObject({
      status: 'REQUESTED',
      carrierClaimAccepted: true,
      allocationBeforeDecision: null,
    });
    expect(claim.data?.acceptCarrierClaim.allocation.items[0]).toMatchObject({ fault: 'CARRIER', sellerPays: { amountMinor: 0 } });
    expect((await step(cables.admin, 'acceptReturn', drumReturn.id)).data?.acceptReturn.status).toBe('ACCEPTED');
  });

  it('sellers see their own returns and not others’', async () => {
    const mine = (
      await fasteners.admin.data<{ sellerReturns: Array<{ sellerCompanyId: string }> }>(`query { sellerReturns { sellerCompanyId } }`)
    ).sellerReturns;
    expect(mine.length).toBe(2);
    expect(mine.every((entry) => entry.sellerCompanyId === fasteners.id)).toBe(true);
    expect(codeOf(await cables.admin.execute(`query ($id: ID!) { sellerReturn(id: $id) { id } }`, { id: boltsReturn.id }))).toBe(
      'UNKNOWN_RETURN',
    );
  });

  describe('bad input: typed errors, nothing changes', () => {
    let counts: { requests: number; returns: number; steps: number };
    let before: HistoryView;
    beforeAll(async () => {
      counts = await rowCounts();
      before = await returnHistory(buyer.admin, purchase.id);
    });

    it('more than delivered less already returned', async () => {
      const result = await quote(buyer.admin, purchase.id, [{ lineId: bolts.id, quantity: 99, reason: 'DEFECTIVE' }]);
      expect([codeOf(result), fieldOf(result)]).toEqual(['QUANTITY_NOT_RETURNABLE', 'items[0].quantity']);
      expect(codeOf(await fileReturn(buyer.admin, purchase.id, [{ lineId: nuts.id, quantity: 1, reason: 'DEFECTIVE' }]))).toBe(
        'QUANTITY_NOT_RETURNABLE',
      );
    });

    it('a line not in the purchase, a line twice, no item, no unit', async () => {
      expect(codeOf(await fileReturn(buyer.admin, purchase.id, [{ lineId: randomUUID(), quantity: 1, reason: 'DEFECTIVE' }]))).toBe(
        'UNKNOWN_LINE',
      );
      const twice = [
        { lineId: bolts.id, quantity: 1, reason: 'DEFECTIVE' },
        { lineId: bolts.id, quantity: 1, reason: 'CHANGED_MIND' },
      ];
      expect(codeOf(await fileReturn(buyer.admin, purchase.id, twice))).toBe('DUPLICATE_LINE');
      expect(codeOf(await fileReturn(buyer.admin, purchase.id, []))).toBe('EMPTY_RETURN');
      expect(codeOf(await fileReturn(buyer.admin, purchase.id, [{ lineId: bolts.id, quantity: 0, reason: 'DEFECTIVE' }]))).toBe(
        'NON_POSITIVE_QUANTITY',
      );
    });

    it('a purchase of another company', async () => {
      expect(codeOf(await quote(rival.admin, purchase.id, [{ lineId: bolts.id, quantity: 1, reason: 'DEFECTIVE' }]))).toBe(
        'UNKNOWN_PURCHASE',
      );
      expect(codeOf(await fileReturn(rival.admin, purchase.id, [{ lineId: bolts.id, quantity: 1, reason: 'DEFECTIVE' }]))).toBe(
        'UNKNOWN_PURCHASE',
      );
      expect(
        codeOf(await rival.admin.execute(`query ($p: ID) { purchaseReturns(purchaseId: $p) { purchaseId } }`, { p: purchase.id })),
      ).toBe('UNKNOWN_PURCHASE');
    });

    it('an unknown reason: the schema’s enum refuses it, and the service answers UNKNOWN_REASON to a client that skips the schema', async () => {
      expect(codeOf(await fileReturn(buyer.admin, purchase.id, [{ lineId: bolts.id, quantity: 1, reason: 'BROKEN' }]))).toBe(
        'BAD_USER_INPUT',
      );
      const reply = await rpc.command(
        returnsCommands.quoteReturn,
        {
          actor: { kind: 'USER', id: randomUUID(), companyId: buyer.id, roles: ['ADMIN'] },
          purchaseId: purchase.id,
          items: [{ lineId: bolts.id, quantity: 1, reason: 'BROKEN' }],
        },
        purchase.id,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REASON', field: 'items[0].reason' } });
    });

    it('a seller acting on another seller’s return, a buyer acting as the seller, a step from the wrong state', async () => {
      expect(codeOf(await step(cables.admin, 'acceptReturn', boltsReturn.id))).toBe('FORBIDDEN');
      expect(codeOf(await step(buyer.admin, 'acceptReturn', boltsReturn.id))).toBe('FORBIDDEN');
      expect(codeOf(await step(fasteners.admin, 'acceptReturn', boltsReturn.id))).toBe('TRANSITION_NOT_ALLOWED');
      expect(
        codeOf(await step(fasteners.admin, 'disputeReturn', boltsReturn.id, ', note: $note', { note: 'a long enough note here' })),
      ).toBe('TRANSITION_NOT_ALLOWED');
      expect(
        codeOf(await step(stack.operator, 'decideReturnDispute', boltsReturn.id, ', note: $note', { note: 'a long enough note here' })),
      ).toBe('TRANSITION_NOT_ALLOWED');
      expect(codeOf(await step(fasteners.admin, 'acceptReturn', randomUUID()))).toBe('UNKNOWN_RETURN');
    });

    it('changed nothing: no request, return or step was written, and the history reads as before', async () => {
      expect(await rowCounts()).toEqual(counts);
      expect(await returnHistory(buyer.admin, purchase.id)).toEqual(before);
    });
  });
});

describe('return windows and deliveries', () => {
  it('an order not yet delivered cannot be returned; after delivery, only until its window closes', async () => {
    await buyer.admin.data(`mutation ($l: ID!) { addToCart(listingId: $l, quantity: 2) { companyId } }`, { l: listings['F-SHEET'] });
    const { checkout } = await buyer.admin.data<{ checkout: Purchase }>(
      `mutation ($input: CheckoutInput!) { checkout(input: $input) { id orders { id lines { id } } } }`,
      {
        input: {
          legalEntityId: buyer.legalEntityId,
          deliveryRegion: 'Moscow',
          deliveryAddress: '5 Lenina St, Moscow',
          idempotencyKey: randomUUID(),
        },
      },
    );
    const [order] = checkout.orders;
    const item = [{ lineId: order.lines[0].id, quantity: 1, reason: 'CHANGED_MIND' }];
    await waitFor(
      'returns to know the placed order',
      async () => codeOf(await quote(buyer.admin, checkout.id, item)) === 'ORDER_NOT_DELIVERED',
    );

    await shortWindow.admin.data(`mutation ($id: ID!) { confirmSellerOrder(orderId: $id) { status } }`, { id: order.id });
    await shortWindow.admin.data(
      `mutation ($id: ID!) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-2") { status } }`,
      { id: order.id },
    );
    await buyer.admin.data(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { status } }`, { id: order.id });
    // Two "days" of DAY_SECONDS: open right after delivery, closed once they have passed.
    await waitFor('the delivery to reach returns', async () => codeOf(await quote(buyer.admin, checkout.id, item)) === undefined);
    const { returnWindowClosesAt } = (await returnHistory(buyer.admin, checkout.id)).lines[0];
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(returnWindowClosesAt as string).getTime() - Date.now()) + 200));
    const counts = await rowCounts();
    const late = await fileReturn(buyer.admin, checkout.id, item);
    expect(codeOf(late)).toBe('RETURN_WINDOW_CLOSED');
    expect(late.errors?.[0].message).toMatch(/return window of 2 days/);
    expect((await returnHistory(buyer.admin, checkout.id)).lines[0]).toMatchObject({ deliveredQuantity: 2, returnableQuantity: 0 });
    expect(await rowCounts()).toEqual(counts);
  });
});

interface PolicyView {
  version: number;
  faultByReason: Array<{ reason: string; fault: string }>;
  defaultReturnWindowDays: number;
  changedAt: string;
  changedByKind: string;
  changedById: string | null;
  note: string;
  differences: Array<{ table: string; reason: string | null; from: string; to: string }>;
}
const POLICY =
  'version faultByReason { reason fault } defaultReturnWindowDays changedAt changedByKind changedById note differences { table reason from to }';
const readPolicy = async (client: GraphQLTestClient) =>
  (await client.data<{ returnPolicy: PolicyView }>(`query { returnPolicy { ${POLICY} } }`)).returnPolicy;
const changePolicy = (client: GraphQLTestClient, input: Record<string, unknown>, idempotencyKey: string | null = randomUUID()) =>
  client.execute<{ changeReturnPolicy: PolicyView }>(
    `mutation ($input: ReturnPolicyChangeInput!, $key: String) { changeReturnPolicy(input: $input, idempotencyKey: $key) { ${POLICY} } }`,
    { input, key: idempotencyKey },
  );
const policyVersions = async () => Number((await db.query(`SELECT count(*)::int AS n FROM returns.return_policy`)).rows[0].n);
const faultOf = (policy: PolicyView, reason: string) => policy.faultByReason.find((entry) => entry.reason === reason)?.fault;

describe('the operator’s return policy: versioned tables a filed return keeps', () => {
  let purchase: Purchase;
  let bolts: Line;
  let cable: Line;
  let boltsFiled: SellerReturn;
  let disputed: SellerReturn;
  let quotedUnderDefaults: Quote;
  const why = 'Q3 trial: a change of mind is the seller’s cost, 45 days to return';
  const changeMindIsTheSellers = { faultByReason: [{ reason: 'CHANGED_MIND', fault: 'SELLER' }], defaultReturnWindowDays: 45, note: why };

  it('anyone signed in reads the policy in force: version 1, the issue’s defaults', async () => {
    const policy = await readPolicy(buyer.admin);
    expect(policy).toMatchObject({ version: 1, defaultReturnWindowDays: 30, changedByKind: 'SYSTEM', changedById: null, differences: [] });
    expect(policy.faultByReason).toEqual([
      { reason: 'DEFECTIVE', fault: 'SELLER' },
      { reason: 'NOT_AS_DESCRIBED', fault: 'SELLER' },
      { reason: 'WRONG_ITEM', fault: 'SELLER' },
      { reason: 'CHANGED_MIND', fault: 'BUYER' },
      { reason: 'ORDERED_BY_MISTAKE', fault: 'BUYER' },
      { reason: 'DAMAGED_IN_TRANSIT', fault: 'CARRIER' },
    ]);
  });

  it('returns quoted and filed under version 1 say so, and a seller disputes one', async () => {
    purchase = await deliveredPurchase([
      ['D-BOLT', 10],
      ['E-CABLE', 4],
    ]);
    bolts = (purchase.orders.find((order) => order.sellerCompanyId === fasteners.id) as Order).lines[0];
    cable = (purchase.orders.find((order) => order.sellerCompanyId === cables.id) as Order).lines[0];
    const quoted = await quote(buyer.admin, purchase.id, [{ lineId: cable.id, quantity: 1, reason: 'CHANGED_MIND' }]);
    expect(quoted.errors).toBeUndefined();
    quotedUnderDefaults = (quoted.data as { returnQuote: Quote }).returnQuote;
    expect(quotedUnderDefaults.policyVersion).toBe(1);
    expect(quotedUnderDefaults.items[0].fault).toBe('BUYER');

    const filed = await fileReturn(buyer.admin, purchase.id, [{ lineId: bolts.id, quantity: 1, reason: 'CHANGED_MIND' }], randomUUID(), 1);
    expect(filed.errors).toBeUndefined();
    [boltsFiled] = (filed.data as { fileReturn: ReturnRequest }).fileReturn.returns;
    expect(boltsFiled).toMatchObject({ policyVersion: 1, items: [{ fault: 'BUYER' }] });
    expect((filed.data as { fileReturn: ReturnRequest }).fileReturn.quote.policyVersion).toBe(1);

    const defect = await fileReturn(buyer.admin, purchase.id, [{ lineId: cable.id, quantity: 1, reason: 'DEFECTIVE' }]);
    [disputed] = (defect.data as { fileReturn: ReturnRequest }).fileReturn.returns;
    const contested = await step(cables.admin, 'disputeReturn', disputed.id, ', note: $note', {
      note: 'the buyer simply changed its mind',
    });
    expect(contested.data?.disputeReturn.status).toBe('DISPUTED');
  });

  it('a buyer, a seller and an unsigned caller may not change it, nor read its history: nothing changes', async () => {
    const versions = await policyVersions();
    expect(codeOf(await changePolicy(buyer.admin, changeMindIsTheSellers))).toBe('FORBIDDEN');
    expect(codeOf(await changePolicy(fasteners.admin, changeMindIsTheSellers))).toBe('FORBIDDEN');
    expect(codeOf(await fasteners.admin.execute(`query { returnPolicyHistory { version } }`))).toBe('FORBIDDEN');
    const anonymous = await stack.anonymous.execute(`query { returnPolicy { version } }`);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(await policyVersions()).toBe(versions);
    expect((await readPolicy(buyer.admin)).version).toBe(1);
  });

  it('an operator moves CHANGED_MIND to the seller and the default window to 45 days: version 2, with who, when, why and what moved', async () => {
    const key = randomUUID();
    const changed = await changePolicy(stack.operator, { ...changeMindIsTheSellers, expectedVersion: 1 }, key);
    expect(changed.errors).toBeUndefined();
    const policy = (changed.data as { changeReturnPolicy: PolicyView }).changeReturnPolicy;
    expect(policy).toMatchObject({ version: 2, defaultReturnWindowDays: 45, changedByKind: 'OPERATOR', note: why });
    expect(policy.changedById).toMatch(/^[0-9a-f-]{36}$/);
    expect(faultOf(policy, 'CHANGED_MIND')).toBe('SELLER');
    expect(faultOf(policy, 'ORDERED_BY_MISTAKE')).toBe('BUYER');
    expect(policy.differences).toEqual([
      { table: 'FAULT_BY_REASON', reason: 'CHANGED_MIND', from: 'BUYER', to: 'SELLER' },
      { table: 'DEFAULT_RETURN_WINDOW_DAYS', reason: null, from: '30', to: '45' },
    ]);
    // A retry with the same key answers the same and adds no version.
    const retried = await changePolicy(stack.operator, { ...changeMindIsTheSellers, expectedVersion: 1 }, key);
    expect((retried.data as { changeReturnPolicy: PolicyView }).changeReturnPolicy.version).toBe(2);
    expect(await policyVersions()).toBe(2);
    // Buyers read the new tables, without the operator's id; operators read the history, newest first.
    expect(await readPolicy(buyer.admin)).toMatchObject({ version: 2, changedById: null });
    const { returnPolicyHistory } = await stack.operator.data<{ returnPolicyHistory: PolicyView[] }>(
      `query { returnPolicyHistory { ${POLICY} } }`,
    );
    expect(returnPolicyHistory.map((version) => [version.version, version.changedByKind, version.note])).toEqual([
      [2, 'OPERATOR', why],
      [1, 'SYSTEM', 'The defaults of the return policy (issue 15)'],
    ]);
  });

  it('a seller that keeps no window of its own follows the default window, 45 days now; a seller’s own window wins', async () => {
    // Kama Quick Steel had its own 2 days; it saves its terms again without a window.
    await terms(shortWindow, { shippingFees: [{ region: 'Moscow', feeMinor: 10_000 }], restockingRateBp: 0 });
    const { sellerTerms } = await shortWindow.admin.data<{ sellerTerms: { returnWindowDays: number | null } }>(
      `query ($s: ID!) { sellerTerms(sellerCompanyId: $s, currency: "RUB") { returnWindowDays } }`,
      { s: shortWindow.id },
    );
    expect(sellerTerms.returnWindowDays).toBeNull();
    const later = await deliveredPurchase([
      ['F-SHEET', 1],
      ['E-CABLE', 1],
    ]);
    const { rows } = await db.query(`SELECT id, return_window_days, delivered_at FROM returns.seller_order WHERE purchase_id = $1`, [
      later.id,
    ]);
    const lines = (await returnHistory(buyer.admin, later.id)).lines;
    const windowSeconds = (sellerOrderId: string) => {
      const closesAt = new Date(lines.find((line) => line.sellerOrderId === sellerOrderId)?.returnWindowClosesAt as string);
      const deliveredAt = (rows.find((row) => row.id === sellerOrderId) as { delivered_at: Date }).delivered_at;
      return (closesAt.getTime() - deliveredAt.getTime()) / 1000;
    };
    const sheetOrder = later.orders.find((order) => order.sellerCompanyId === shortWindow.id) as Order;
    const cableOrder = later.orders.find((order) => order.sellerCompanyId === cables.id) as Order;
    expect(rows.find((row) => row.id === sheetOrder.id)?.return_window_days).toBeNull();
    expect(windowSeconds(sheetOrder.id)).toBe(45 * DAY_SECONDS);
    expect(windowSeconds(cableOrder.id)).toBe(30 * DAY_SECONDS);
  });

  it('a new quote follows it: a change of mind now refunds the delivery fee share and the seller pays the label', async () => {
    const result = await quote(buyer.admin, purchase.id, [{ lineId: cable.id, quantity: 1, reason: 'CHANGED_MIND' }]);
    expect(result.errors).toBeUndefined();
    const now = (result.data as { returnQuote: Quote }).returnQuote;
    expect(now.policyVersion).toBe(2);
    const [before, after] = [quotedUnderDefaults.items[0], now.items[0]];
    expect(after.fault).toBe('SELLER');
    const m = (after.netShare as Amount).amountMinor;
    const p = (after.loyaltyDiscountShare as Amount).amountMinor;
    const f = (after.outboundFeeShare as Amount).amountMinor;
    const label = (after.returnLabelShare as Amount).amountMinor;
    expect(label).toBeGreaterThan(0);
    // Seller fault: m − p + f back; under the defaults the label came off the same refund.
    expect((after.refund as Amount).amountMinor).toBe(m - p + f);
    expect((before.refund as Amount).amountMinor).toBe(Math.max(0, m - p - label));
    expect((after.sellerPays as Amount).amountMinor).toBe(m - (after.commissionShare as Amount).amountMinor + f + label);
    expect(now.sellersPay.amountMinor + now.platformPays.amountMinor).toBe(now.refund.amountMinor + now.returnLabels.amountMinor);
  });

  it('filing with the quote of version 1 is refused, RETURN_POLICY_CHANGED, and nothing is filed', async () => {
    const counts = await rowCounts();
    const stale = await fileReturn(buyer.admin, purchase.id, [{ lineId: cable.id, quantity: 1, reason: 'CHANGED_MIND' }], randomUUID(), 1);
    expect([codeOf(stale), fieldOf(stale)]).toEqual(['RETURN_POLICY_CHANGED', 'policyVersion']);
    expect(await rowCounts()).toEqual(counts);
  });

  it('a return filed under version 1 keeps its figures, and its dispute is decided under version 1', async () => {
    const kept = await sellerReturn(buyer.admin, boltsFiled.id);
    expect(kept.policyVersion).toBe(1);
    expect(kept.items[0].fault).toBe('BUYER');
    expect(kept.allocation).toEqual(boltsFiled.allocation);
    expect([kept.refundMinor, kept.sellerPaysMinor, kept.platformPaysMinor]).toEqual([
      boltsFiled.refundMinor,
      boltsFiled.sellerPaysMinor,
      boltsFiled.platformPaysMinor,
    ]);
    // The operator finds for the seller: a change of mind, which version 1 (not version 2) makes the buyer's.
    const decided = await step(stack.operator, 'decideReturnDispute', disputed.id, ', note: $note, reasonChanges: $changes', {
      note: 'the buyer’s own messages say it no longer needed the cable',
      changes: [{ lineId: cable.id, reason: 'CHANGED_MIND' }],
    });
    expect(decided.errors).toBeUndefined();
    const after = decided.data?.decideReturnDispute as SellerReturn;
    expect(after).toMatchObject({ status: 'ACCEPTED', policyVersion: 1 });
    expect(after.items[0]).toMatchObject({ reason: 'CHANGED_MIND', filedReason: 'DEFECTIVE', fault: 'BUYER' });
    expect(after.allocation.items[0].fault).toBe('BUYER');
    expect((after.allocation.items[0].outboundFeeShare as Amount).amountMinor).toBeGreaterThanOrEqual(0);
    expect(after.allocation.refund.amountMinor).toBe(
      Math.max(
        0,
        (after.allocation.items[0].netShare as Amount).amountMinor -
          (after.allocation.items[0].loyaltyDiscountShare as Amount).amountMinor -
          (after.allocation.items[0].returnLabelShare as Amount).amountMinor,
      ),
    );
    expect(after.sellerPaysMinor + after.platformPaysMinor).toBe(after.refundMinor + after.returnLabelMinor);
  });

  describe('bad input: typed errors, the policy unchanged', () => {
    const refused = async (input: Record<string, unknown>) => {
      const result = await changePolicy(stack.operator, { note: why, ...input });
      return [codeOf(result), fieldOf(result)];
    };

    it('a negative window, a window over a year, a missing why, a change that changes nothing, a stale version', async () => {
      expect(await refused({ defaultReturnWindowDays: -1 })).toEqual(['INVALID_RETURN_WINDOW', 'defaultReturnWindowDays']);
      expect(await refused({ defaultReturnWindowDays: 366 })).toEqual(['INVALID_RETURN_WINDOW', 'defaultReturnWindowDays']);
      expect(await refused({ defaultReturnWindowDays: 10, note: 'because' })).toEqual(['NOTE_REQUIRED', 'note']);
      expect(await refused({ faultByReason: [{ reason: 'CHANGED_MIND', fault: 'SELLER' }] })).toEqual(['POLICY_UNCHANGED', undefined]);
      expect(await refused({ defaultReturnWindowDays: 10, expectedVersion: 1 })).toEqual(['RETURN_POLICY_CHANGED', 'expectedVersion']);
      expect(
        await refused({
          faultByReason: [
            { reason: 'WRONG_ITEM', fault: 'BUYER' },
            { reason: 'WRONG_ITEM', fault: 'CARRIER' },
          ],
        }),
      ).toEqual(['DUPLICATE_REASON', 'faultByReason']);
    });

    it('an unknown reason or fault: the schema’s enums refuse them, and the service answers its own codes to a client that skips the schema', async () => {
      expect((await refused({ faultByReason: [{ reason: 'LOST', fault: 'CARRIER' }] }))[0]).toBe('BAD_USER_INPUT');
      const operator = { kind: 'OPERATOR' as const, id: randomUUID(), companyId: null, roles: [] };
      const direct = (faultByReason: Array<{ reason: string; fault: string }>) =>
        rpc.command(returnsCommands.changeReturnPolicy, { actor: operator, faultByReason, note: why }, 'return-policy');
      expect(await direct([{ reason: 'LOST', fault: 'CARRIER' }])).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_REASON', field: 'faultByReason' },
      });
      expect(await direct([{ reason: 'CHANGED_MIND', fault: 'PLATFORM' }])).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_FAULT', field: 'faultByReason' },
      });
      // A user's actor straight over Kafka is refused as well.
      const user = { kind: 'USER' as const, id: randomUUID(), companyId: buyer.id, roles: ['ADMIN'] };
      expect(
        await rpc.command(
          returnsCommands.changeReturnPolicy,
          { actor: user, faultByReason: [], defaultReturnWindowDays: 10, note: why },
          'return-policy',
        ),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('changed nothing: still version 2, two versions kept', async () => {
      expect(await policyVersions()).toBe(2);
      expect(await readPolicy(stack.operator)).toMatchObject({ version: 2, defaultReturnWindowDays: 45 });
    });
  });
});

describe('orders completes an order of a seller without its own window after the policy’s default window', () => {
  const note = 'Trial of shorter default windows for sellers that keep none of their own';
  const projection = async () =>
    (await db.query(`SELECT version, default_return_window_days FROM orders.return_policy_projection`)).rows[0] as {
      version: number;
      default_return_window_days: number;
    };
  const orderView = async (id: string) =>
    (
      await buyer.admin.data<{
        sellerOrder: { status: string; returnWindowDays: number; deliveredAt: string; history: Array<{ to: string; at: string }> };
      }>(`query ($id: ID!) { sellerOrder(id: $id) { status returnWindowDays deliveredAt history { to at } } }`, { id })
    ).sellerOrder;
  const changeDefault = async (days: number, expectedVersion: number) => {
    const changed = await changePolicy(stack.operator, { defaultReturnWindowDays: days, note, expectedVersion });
    expect(changed.errors).toBeUndefined();
    const version = (changed.data as { changeReturnPolicy: PolicyView }).changeReturnPolicy.version;
    await waitFor(`orders to hear of policy version ${version}`, async () => (await projection()).version === version);
    return version;
  };
  let earlierOrderId: string;

  it('orders heard of version 2: an order of Kama Quick Steel (no window of its own) shows 45 days and stays delivered', async () => {
    await waitFor('orders to hear of policy version 2', async () => (await projection()).version === 2);
    expect(await projection()).toEqual({ version: 2, default_return_window_days: 45 });
    const { rows } = await db.query(
      `SELECT id, return_window_set_by_seller FROM orders.seller_order WHERE seller_company_id = $1 AND status = 'DELIVERED'`,
      [shortWindow.id],
    );
    const earlier = rows.find((row) => row.return_window_set_by_seller === false) as { id: string };
    earlierOrderId = earlier.id;
    expect(await orderView(earlierOrderId)).toMatchObject({ status: 'DELIVERED', returnWindowDays: 45 });
  });

  it('an operator shortens the default to 2 days: the order delivered under 45 days completes once 2 days have passed', async () => {
    await changeDefault(2, 2);
    await waitFor('the earlier order to complete', async () => (await orderView(earlierOrderId)).status === 'COMPLETED', {
      timeoutMs: 2 * DAY_SECONDS * 1000 + 15_000,
    });
    const order = await orderView(earlierOrderId);
    expect(order.returnWindowDays).toBe(2);
    const completedAt = new Date((order.history.find((step) => step.to === 'COMPLETED') as { at: string }).at).getTime();
    expect(completedAt).toBeGreaterThan(new Date(order.deliveredAt).getTime() + 2 * DAY_SECONDS * 1000);
  });

  it('an operator sets the default longer, 4 days: a new order does not complete after 2 days, and completes after 4, once returns’ window has closed', async () => {
    await changeDefault(4, 3);
    const purchase = await deliveredPurchase([['F-SHEET', 1]]);
    const [order] = purchase.orders;
    const { returnWindowClosesAt } = (await returnHistory(buyer.admin, purchase.id)).lines[0];
    const delivered = await orderView(order.id);
    const deliveredAt = new Date(delivered.deliveredAt).getTime();
    expect(delivered).toMatchObject({ status: 'DELIVERED', returnWindowDays: 4 });
    // Returns and orders count the same window: the policy's 4 days.
    expect(new Date(returnWindowClosesAt as string).getTime() - deliveredAt).toBe(4 * DAY_SECONDS * 1000);

    // Past 2 days (the default before), the order is still open for returns and not completed.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deliveredAt + 2 * DAY_SECONDS * 1000 + 1_000 - Date.now())));
    if (Date.now() < new Date(returnWindowClosesAt as string).getTime()) {
      expect((await orderView(order.id)).status).toBe('DELIVERED');
      expect(codeOf(await quote(buyer.admin, purchase.id, [{ lineId: order.lines[0].id, quantity: 1, reason: 'CHANGED_MIND' }]))).toBe(
        undefined,
      );
    }

    await waitFor('the order to complete', async () => (await orderView(order.id)).status === 'COMPLETED', {
      timeoutMs: 4 * DAY_SECONDS * 1000 + 15_000,
    });
    const completed = await orderView(order.id);
    const completedAt = new Date((completed.history.find((step) => step.to === 'COMPLETED') as { at: string }).at).getTime();
    // Never while returns still accepted a return of it.
    expect(completedAt).toBeGreaterThan(new Date(returnWindowClosesAt as string).getTime());
    expect(codeOf(await quote(buyer.admin, purchase.id, [{ lineId: order.lines[0].id, quantity: 1, reason: 'CHANGED_MIND' }]))).toBe(
      'RETURN_WINDOW_CLOSED',
    );
  });

  it('a redelivered or older policy event changes nothing in orders: it keeps the highest version', async () => {
    const kafka = new Kafka({ clientId: 'returns-test-policy', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const told = (version: number, defaultReturnWindowDays: number) =>
      createEnvelope<ReturnPolicyChangedPayload>({
        type: returnPolicyChanged.messageType,
        version: returnPolicyChanged.version,
        producer: 'returns',
        key: RETURN_POLICY_KEY,
        payload: {
          version,
          faultByReason: [],
          defaultReturnWindowDays,
          changedAt: new Date().toISOString(),
          changedByKind: 'OPERATOR',
          note,
          differences: [],
        },
      });
    // An older version arriving late, and the version orders holds told again (with other figures: the version decides).
    const events = [told(2, 45), told(4, 60)];
    try {
      await producer.send({
        topic: returnPolicyChanged.name,
        messages: events.map((envelope) => ({ key: envelope.key, value: JSON.stringify(envelope) })),
      });
    } finally {
      await producer.disconnect();
    }
    await waitFor('orders to handle both events', async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM orders.inbox WHERE message_id = ANY ($1::uuid[])`, [
        events.map((envelope) => envelope.id),
      ]);
      return rows[0].n === events.length;
    });
    expect(await projection()).toEqual({ version: 4, default_return_window_days: 4 });
  });
});
