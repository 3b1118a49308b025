import { randomUUID } from 'node:crypto';
import { MarketplaceStack, startServiceProcess, testKafkaBrokers, waitFor, type GraphQLTestClient } from '@lotbook/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Client } from 'pg';

/**
 * Every state-changing mutation is safe to retry: sent with an idempotency key, its reply
 * "lost" (the test simply sends it again with the same key), it acts once and publishes once,
 * and answers the retry with the first answer, even when the service restarted in between.
 * The same key with other arguments is refused with IDEMPOTENCY_KEY_REUSED and changes nothing.
 */

const GATEWAY_PORT = 4520;
// Bids go through orders, which places them in trading's book.
// Returns are filed against delivered orders; settlements invoices them and pays sellers out.
const SERVICES = ['catalog', 'trading', 'orders', 'returns', 'settlements'];
/** A "day" of return windows, payment terms and payout periods lasts this many seconds here. */
const DAY_SECONDS = 2;
const ENV: Record<string, Record<string, string>> = {
  // A slow first answer under load is not what these tests are about.
  gateway: { RPC_TIMEOUT_MS: '15000' },
  // Short days, so that an order completes and its seller's payout falls due within a case.
  orders: { ORDERS_SWEEP_INTERVAL_MS: '250', ORDERS_RETURN_WINDOW_DAY_SECONDS: String(DAY_SECONDS) },
  returns: { RETURNS_RETURN_WINDOW_DAY_SECONDS: String(DAY_SECONDS) },
  settlements: { SETTLEMENTS_SWEEP_INTERVAL_MS: '250', SETTLEMENTS_DAY_SECONDS: String(DAY_SECONDS) },
};

let stack: MarketplaceStack;
let db: Client;
let consumer: Consumer;
const events: Array<{ topic: string; payload: Record<string, unknown> }> = [];

let buyer: GraphQLTestClient;
let seller: GraphQLTestClient;
let buyerId: string;
let productId: string;
let productCode: string;
let listingId: string;
let legalEntityId: string;
let legalEntityTaxId: string;
let sellerId: string;
let purchaser: GraphQLTestClient;
let approver: GraphQLTestClient;

const unique = () => randomUUID().slice(0, 8);
const count = async (sql: string, params: unknown[] = []) => String((await db.query(sql, params)).rows[0]?.state ?? '');

/** A valid 10-digit Russian INN (organisation) from a 9-digit stem: the check digit is computed. */
function inn(): string {
  const stem = Array.from({ length: 9 }, (_, index) => (index === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (stem.reduce((sum, digit, index) => sum + digit * weights[index], 0) % 11) % 10;
  return [...stem, check].join('');
}

/** Restarts a service process with the environment the stack gave it, and waits until it is ready again. */
async function restart(name: string): Promise<void> {
  const index = ['counterparties', ...SERVICES].indexOf(name);
  await stack.processes.get(name)?.stop();
  const process = startServiceProcess(name, {
    DATABASE_URL: stack.database.url,
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    HTTP_PORT: String(GATEWAY_PORT + 1 + index),
    ...ENV[name],
  });
  stack.processes.set(name, process);
  await process.ready;
}

const ORDER = 'id side status quantity openQuantity filledQuantity limitPriceMinor sequence';
const PLACEMENT = `order { ${ORDER} } trades { id quantity priceMinor }`;
let quantities = 1_000;
/** A quantity no other order of this suite has, to find its rows and events by. */
const nextQuantity = () => (quantities += 10);
const orderOf = (payload: Record<string, unknown>) => payload.order as { id: string; quantity: number };

/** A bid that rests in the book (well below every ask), placed without a key. */
async function restingBid(): Promise<string> {
  const { placeBid } = await buyer.data<{ placeBid: { order: { id: string } } }>(
    `mutation ($input: PlaceBidInput!) { placeBid(input: $input) { order { id } } }`,
    { input: { productId, currency: 'RUB', quantity: 1_000, limitPriceMinor: 40_000 } },
  );
  return placeBid.order.id;
}

interface Prepared {
  variables: Record<string, unknown>;
  /** Other arguments for the same key: refused with IDEMPOTENCY_KEY_REUSED (none for a mutation that takes no argument but the key). */
  other?: Record<string, unknown>;
  /** What the mutation changes, read from PostgreSQL: a count of rows it adds, or a row's state. */
  state: () => Promise<string>;
  /** The events one call publishes. */
  events?: Array<{ topic: string; matches: (payload: Record<string, unknown>) => boolean }>;
}

interface Case {
  mutation: string;
  client: () => GraphQLTestClient;
  document: string;
  prepare: () => Promise<Prepared>;
  /** Restart this service between the first call and its retry. */
  restart?: string;
}

// Orders: the company's cart, purchases and their seller orders, found by the buyer company.
const cartState = () =>
  count(
    `SELECT coalesce(string_agg(listing_id || ':' || quantity, ',' ORDER BY listing_id), 'empty') AS state FROM orders.cart_line WHERE company_id = $1`,
    [buyerId],
  );
const orderState = (id: string) => count(`SELECT status || ' ' || status_changed_at AS state FROM orders.seller_order WHERE id = $1`, [id]);
const orderEvent = (id: string, to: string) => ({
  topic: 'orders.order.state-changed',
  matches: (payload: Record<string, unknown>) => payload.to === to && (payload.order as { id: string }).id === id,
});
const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { id orders { id } } }`;
/** A purchase of the buyer (placed by `client`, the admin unless said), without a key: its id and its one seller order's. */
async function purchase(client: GraphQLTestClient = buyer): Promise<{ purchaseId: string; orderId: string }> {
  await requireApproval();
  await buyer.data(`mutation { clearCart { companyId } }`);
  await client.data(`mutation ($l: ID!) { addToCart(listingId: $l, quantity: 2) { companyId } }`, { l: listingId });
  const { checkout } = await client.data<{ checkout: { id: string; orders: Array<{ id: string }> } }>(CHECKOUT, {
    input: { legalEntityId, deliveryRegion: 'Kazan', deliveryAddress: '5 Baumana St, Kazan', idempotencyKey: randomUUID() },
  });
  return { purchaseId: checkout.id, orderId: checkout.orders[0].id };
}
const step = (mutation: string) => (orderId: string) => seller.data(`mutation ($id: ID!) { ${mutation} }`, { id: orderId });
const confirm = step(`confirmSellerOrder(orderId: $id) { id }`);
const ship = step(`shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-1") { id }`);
/** The buyer's purchases and bids above 0.01 wait for an approver when a purchaser makes them (another case sets other terms). */
const requireApproval = () =>
  stack.operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
    c: buyerId,
    // On net terms, so the admin's purchases are PLACED at once (a prepaying buyer's wait for the payment);
    // a year's term (12 minutes of short days), so that no invoice of the suite falls overdue and holds shipments.
    t: { currency: 'RUB', approvalThresholdMinor: 1, creditLimitMinor: 100_000_000_000, paymentTermDays: 365 },
  });
/** A bid of the purchaser that waits for an approver. */
async function waitingBid(): Promise<string> {
  await requireApproval();
  const { placeBid } = await purchaser.data<{ placeBid: { bidRequest: { id: string } } }>(
    `mutation ($input: PlaceBidInput!) { placeBid(input: $input) { bidRequest { id } } }`,
    { input: { productId, currency: 'RUB', quantity: 10, limitPriceMinor: 40_000 } },
  );
  return placeBid.bidRequest.id;
}
const bidState = (id: string) => count(`SELECT status || ' ' || coalesce(reason, '') AS state FROM orders.bid_request WHERE id = $1`, [id]);

const orderCases: Case[] = [
  {
    mutation: 'addToCart',
    client: () => buyer,
    document: `mutation ($l: ID!, $q: Int!, $key: String) { addToCart(listingId: $l, quantity: $q, idempotencyKey: $key) { lines { listingId quantity } } }`,
    restart: 'orders',
    prepare: async () => {
      await buyer.data(`mutation { clearCart { companyId } }`);
      return { variables: { l: listingId, q: 3 }, other: { l: listingId, q: 4 }, state: cartState };
    },
  },
  {
    mutation: 'updateCartLine',
    client: () => buyer,
    document: `mutation ($id: ID!, $q: Int!, $key: String) { updateCartLine(lineId: $id, quantity: $q, idempotencyKey: $key) { lines { id quantity } } }`,
    prepare: async () => {
      await buyer.data(`mutation { clearCart { companyId } }`);
      const { addToCart } = await buyer.data<{ addToCart: { lines: Array<{ id: string }> } }>(
        `mutation ($l: ID!) { addToCart(listingId: $l, quantity: 1) { lines { id } } }`,
        { l: listingId },
      );
      const id = addToCart.lines[0].id;
      return { variables: { id, q: 5 }, other: { id, q: 6 }, state: cartState };
    },
  },
  {
    mutation: 'clearCart',
    client: () => buyer,
    document: `mutation ($key: String) { clearCart(idempotencyKey: $key) { lines { id } } }`,
    prepare: async () => {
      await buyer.data(`mutation ($l: ID!) { addToCart(listingId: $l, quantity: 1) { companyId } }`, { l: listingId });
      return { variables: {}, state: cartState };
    },
  },
  {
    mutation: 'checkout',
    client: () => buyer,
    document: `mutation ($input: CheckoutInput!, $key: String) { checkout(input: $input, idempotencyKey: $key) { id totalMinor orders { id status } } }`,
    restart: 'orders',
    prepare: async () => {
      await buyer.data(`mutation { clearCart { companyId } }`);
      await buyer.data(`mutation ($l: ID!) { addToCart(listingId: $l, quantity: 3) { companyId } }`, { l: listingId });
      const address = `${unique()} Kremlyovskaya St, Kazan`;
      const input = (deliveryAddress: string) => ({ legalEntityId, deliveryRegion: 'Kazan', deliveryAddress });
      return {
        variables: { input: input(address) },
        other: { input: input(`${address}, gate 2`) },
        state: () => count(`SELECT count(*) AS state FROM orders.purchase WHERE buyer_company_id = $1`, [buyerId]),
        events: [
          {
            topic: 'orders.order.state-changed',
            matches: (payload) => payload.from === null && (payload.order as { deliveryAddress: string }).deliveryAddress === address,
          },
        ],
      };
    },
  },
  {
    mutation: 'approvePurchase',
    client: () => approver,
    document: `mutation ($id: ID!, $reason: String, $key: String) { approvePurchase(purchaseId: $id, reason: $reason, idempotencyKey: $key) { id approval { status } } }`,
    prepare: async () => {
      await requireApproval();
      const { purchaseId, orderId } = await purchase(purchaser);
      return { variables: { id: purchaseId }, other: { id: purchaseId, reason: 'budget line 7' }, state: () => orderState(orderId) };
    },
  },
  {
    mutation: 'rejectPurchase',
    client: () => approver,
    document: `mutation ($id: ID!, $reason: String!, $key: String) { rejectPurchase(purchaseId: $id, reason: $reason, idempotencyKey: $key) { id approval { status } } }`,
    prepare: async () => {
      await requireApproval();
      const { purchaseId, orderId } = await purchase(purchaser);
      return {
        variables: { id: purchaseId, reason: 'not this quarter' },
        other: { id: purchaseId, reason: 'over budget' },
        state: () => orderState(orderId),
        events: [orderEvent(orderId, 'CANCELLED')],
      };
    },
  },
  {
    mutation: 'confirmSellerOrder',
    client: () => seller,
    document: `mutation ($id: ID!, $reason: String, $key: String) { confirmSellerOrder(orderId: $id, reason: $reason, idempotencyKey: $key) { id status } }`,
    restart: 'orders',
    prepare: async () => {
      const { orderId } = await purchase();
      return {
        variables: { id: orderId },
        other: { id: orderId, reason: 'packed' },
        state: () => orderState(orderId),
        events: [orderEvent(orderId, 'CONFIRMED')],
      };
    },
  },
  {
    mutation: 'shipSellerOrder',
    client: () => seller,
    document: `mutation ($id: ID!, $t: String!, $key: String) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: $t, idempotencyKey: $key) { id status } }`,
    prepare: async () => {
      const { orderId } = await purchase();
      await confirm(orderId);
      return {
        variables: { id: orderId, t: 'PEK-1' },
        other: { id: orderId, t: 'PEK-2' },
        state: () => orderState(orderId),
        events: [orderEvent(orderId, 'SHIPPED')],
      };
    },
  },
  {
    mutation: 'confirmDelivery',
    client: () => buyer,
    document: `mutation ($id: ID!, $key: String) { confirmDelivery(orderId: $id, idempotencyKey: $key) { id status } }`,
    prepare: async () => {
      const { orderId } = await purchase();
      await confirm(orderId);
      await ship(orderId);
      const { orderId: another } = await purchase();
      return {
        variables: { id: orderId },
        other: { id: another },
        state: () => orderState(orderId),
        events: [orderEvent(orderId, 'DELIVERED')],
      };
    },
  },
  {
    mutation: 'cancelSellerOrder',
    client: () => buyer,
    document: `mutation ($id: ID!, $reason: String!, $key: String) { cancelSellerOrder(orderId: $id, reason: $reason, idempotencyKey: $key) { id status } }`,
    prepare: async () => {
      const { orderId } = await purchase();
      return {
        variables: { id: orderId, reason: 'found it cheaper' },
        other: { id: orderId, reason: 'no longer needed' },
        state: () => orderState(orderId),
        events: [orderEvent(orderId, 'CANCELLED')],
      };
    },
  },
  {
    mutation: 'setSellerTerms',
    client: () => seller,
    document: `mutation ($input: SellerTermsInput!, $key: String) { setSellerTerms(input: $input, idempotencyKey: $key) { currency shippingFees { region feeMinor } } }`,
    prepare: async () => {
      const input = (feeMinor: number) => ({ currency: 'EUR', shippingFees: [{ region: 'Kazan', feeMinor }] });
      return {
        variables: { input: input(unique().length * 100) },
        other: { input: input(1) },
        state: () =>
          count(`SELECT count(*) || ' ' || coalesce(max(updated_at)::text, '') AS state FROM orders.seller_terms WHERE currency = 'EUR'`),
      };
    },
  },
  {
    mutation: 'setCommissionRate',
    client: () => stack.operator,
    document: `mutation ($rate: Int!, $key: String) { setCommissionRate(rateBp: $rate, idempotencyKey: $key) { defaultCommissionRateBp } }`,
    prepare: async () => ({
      variables: { rate: 480 + Math.floor(Math.random() * 10) },
      other: { rate: 470 },
      state: () =>
        count(`SELECT coalesce(max(updated_at)::text, 'none') AS state FROM orders.pricing_table WHERE name = 'default-commission'`),
    }),
  },
  {
    mutation: 'setLoyaltyTiers',
    client: () => stack.operator,
    document: `mutation ($tiers: [LoyaltyTierInput!]!, $key: String) { setLoyaltyTiers(currency: "USD", tiers: $tiers, idempotencyKey: $key) { defaultCommissionRateBp } }`,
    prepare: async () => {
      const tiers = (rateBp: number) => [{ fromMajor: '0', fromInclusive: true, toMajor: null, toInclusive: false, rateBp }];
      return {
        variables: { tiers: tiers(200 + Math.floor(Math.random() * 50)) },
        other: { tiers: tiers(100) },
        state: () =>
          count(`SELECT coalesce(max(updated_at)::text, 'none') AS state FROM orders.pricing_table WHERE name = 'loyalty-tiers'`),
      };
    },
  },
  {
    mutation: 'setApprovalExpiry',
    client: () => stack.operator,
    document: `mutation ($h: Int!, $key: String) { setApprovalExpiry(hours: $h, idempotencyKey: $key) { approvalExpirySeconds } }`,
    prepare: async () => ({
      // Two to three days: the purchases later cases leave waiting do not depend on it.
      variables: { h: 48 + Math.floor(Math.random() * 24) },
      other: { h: 48 },
      state: () =>
        count(`SELECT coalesce(max(updated_at)::text, 'none') AS state FROM orders.pricing_table WHERE name = 'approval-expiry-seconds'`),
    }),
  },
  {
    mutation: 'quickOrder',
    client: () => buyer,
    document: `mutation ($csv: String!, $key: String) { quickOrder(csv: $csv, idempotencyKey: $key) { rows { outcome } cart { lines { quantity } } } }`,
    prepare: async () => {
      await buyer.data(`mutation { clearCart { companyId } }`);
      return { variables: { csv: `${productCode},5` }, other: { csv: `${productCode},6` }, state: cartState };
    },
  },
  {
    mutation: 'reorder',
    client: () => buyer,
    document: `mutation ($id: ID!, $key: String) { reorder(purchaseId: $id, idempotencyKey: $key) { rows { outcome } cart { lines { quantity } } } }`,
    prepare: async () => {
      const { purchaseId } = await purchase();
      const { purchaseId: another } = await purchase();
      await buyer.data(`mutation { clearCart { companyId } }`);
      return { variables: { id: purchaseId }, other: { id: another }, state: cartState };
    },
  },
  {
    mutation: 'fileReturn',
    client: () => buyer,
    document: `mutation ($input: FileReturnInput!, $key: String) { fileReturn(input: $input, idempotencyKey: $key) { id } }`,
    prepare: async () => {
      const { purchaseId, orderId, lineId } = await deliveredOrder();
      const input = (quantity: number) => ({ purchaseId, items: [{ lineId, quantity, reason: 'DEFECTIVE' }] });
      return {
        variables: { input: input(1) },
        other: { input: input(2) },
        state: () => count(`SELECT count(*) AS state FROM returns.seller_return WHERE seller_order_id = $1`, [orderId]),
      };
    },
  },
  {
    mutation: 'approveBid',
    client: () => approver,
    document: `mutation ($id: ID!, $reason: String, $key: String) { approveBid(bidId: $id, reason: $reason, idempotencyKey: $key) { order { id status } bidRequest { status } } }`,
    prepare: async () => {
      const id = await waitingBid();
      return {
        variables: { id },
        other: { id, reason: 'within budget' },
        state: () => bidState(id),
        events: [{ topic: 'trading.order.changed', matches: (payload) => payload.change === 'PLACED' && orderOf(payload).id === id }],
      };
    },
  },
  {
    mutation: 'rejectBid',
    client: () => approver,
    document: `mutation ($id: ID!, $reason: String!, $key: String) { rejectBid(bidId: $id, reason: $reason, idempotencyKey: $key) { id status } }`,
    prepare: async () => {
      const id = await waitingBid();
      return { variables: { id, reason: 'not this quarter' }, other: { id, reason: 'over budget' }, state: () => bidState(id) };
    },
  },
];

// Returns: filed against a delivered order, then stepped by the seller and operators.
/** A purchase of 2 units, delivered, that returns knows of: its ids and its one line's. */
async function deliveredOrder(): Promise<{ purchaseId: string; orderId: string; lineId: string }> {
  const { purchaseId, orderId } = await purchase();
  await confirm(orderId);
  await ship(orderId);
  await buyer.data(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { id } }`, { id: orderId });
  const { sellerOrder } = await buyer.data<{ sellerOrder: { lines: Array<{ id: string }> } }>(
    `query ($id: ID!) { sellerOrder(id: $id) { lines { id } } }`,
    { id: orderId },
  );
  const lineId = sellerOrder.lines[0].id;
  // Returns learns of the delivery from orders' event: quote until it can.
  await waitFor(
    'returns to know the delivered order',
    async () => {
      const quote = await buyer.execute(`query ($input: ReturnQuoteInput!) { returnQuote(input: $input) { currency } }`, {
        input: { purchaseId, items: [{ lineId, quantity: 1, reason: 'DEFECTIVE' }] },
      });
      if (quote.errors) throw new Error(JSON.stringify(quote.errors[0]));
      return true;
    },
    { timeoutMs: 60_000 },
  );
  return { purchaseId, orderId, lineId };
}
/** Returns of one unit each of a delivered order, filed without a key, one per reason given. */
async function filedReturns(...reasons: string[]): Promise<string[]> {
  const { purchaseId, lineId } = await deliveredOrder();
  const ids: string[] = [];
  for (const reason of reasons) {
    const { fileReturn } = await buyer.data<{ fileReturn: { returns: Array<{ id: string }> } }>(
      `mutation ($input: FileReturnInput!) { fileReturn(input: $input) { returns { id } } }`,
      { input: { purchaseId, items: [{ lineId, quantity: 1, reason }], idempotencyKey: randomUUID() } },
    );
    ids.push(fileReturn.returns[0].id);
  }
  return ids;
}
/** How many times the return reached a status: a step that acts again would add one. */
const returnSteps = (id: string, to: string) =>
  count(`SELECT count(*) AS state FROM returns.return_step WHERE seller_return_id = $1 AND to_status = $2`, [id, to]);
const returnEvent = (id: string, to: string) => ({
  topic: 'returns.return.state-changed',
  matches: (payload: Record<string, unknown>) => payload.to === to && (payload.return as { id: string }).id === id,
});
const acceptReturn = (id: string) => seller.data(`mutation ($id: ID!) { acceptReturn(returnId: $id) { id } }`, { id });
const RETURN_FIELDS = 'id status refundMinor sellerPaysMinor platformPaysMinor';

const returnCases: Case[] = [
  {
    mutation: 'acceptReturn',
    client: () => seller,
    document: `mutation ($id: ID!, $key: String) { acceptReturn(returnId: $id, idempotencyKey: $key) { ${RETURN_FIELDS} } }`,
    restart: 'returns',
    prepare: async () => {
      const [id, other] = await filedReturns('DEFECTIVE', 'DEFECTIVE');
      return { variables: { id }, other: { id: other }, state: () => returnSteps(id, 'ACCEPTED'), events: [returnEvent(id, 'ACCEPTED')] };
    },
  },
  {
    mutation: 'disputeReturn',
    client: () => seller,
    document: `mutation ($id: ID!, $note: String!, $key: String) { disputeReturn(returnId: $id, note: $note, idempotencyKey: $key) { ${RETURN_FIELDS} } }`,
    prepare: async () => {
      const [id] = await filedReturns('DEFECTIVE');
      return {
        variables: { id, note: 'The bars left our yard straight and clean' },
        other: { id, note: 'Our photos show no defect at all' },
        state: () => returnSteps(id, 'DISPUTED'),
      };
    },
  },
  {
    mutation: 'decideReturnDispute',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $note: String!, $changes: [ReturnReasonChangeInput!], $key: String) {
      decideReturnDispute(returnId: $id, note: $note, reasonChanges: $changes, idempotencyKey: $key) { ${RETURN_FIELDS} } }`,
    prepare: async () => {
      const [id] = await filedReturns('DEFECTIVE');
      await seller.data(`mutation ($id: ID!) { disputeReturn(returnId: $id, note: "The bars left our yard straight") { id } }`, { id });
      const { sellerReturn } = await stack.operator.data<{ sellerReturn: { items: Array<{ lineId: string }> } }>(
        `query ($id: ID!) { sellerReturn(id: $id) { items { lineId } } }`,
        { id },
      );
      const note = 'The photos show bent bars: the buyer ordered the wrong size';
      return {
        variables: { id, note, changes: [{ lineId: sellerReturn.items[0].lineId, reason: 'ORDERED_BY_MISTAKE' }] },
        other: { id, note },
        state: () => returnSteps(id, 'ACCEPTED'),
      };
    },
  },
  {
    mutation: 'acceptCarrierClaim',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $note: String, $key: String) { acceptCarrierClaim(returnId: $id, note: $note, idempotencyKey: $key) { ${RETURN_FIELDS} } }`,
    prepare: async () => {
      const [id] = await filedReturns('DAMAGED_IN_TRANSIT');
      const state = () =>
        count(`SELECT carrier_claim_accepted || ' ' || status_changed_at AS state FROM returns.seller_return WHERE id = $1`, [id]);
      return { variables: { id, note: 'The carrier’s report confirms the damage' }, other: { id, note: 'Accepted' }, state };
    },
  },
  {
    mutation: 'confirmReturnReceipt',
    client: () => seller,
    document: `mutation ($id: ID!, $key: String) { confirmReturnReceipt(returnId: $id, idempotencyKey: $key) { id } }`,
    restart: 'returns',
    prepare: async () => {
      const [id, other] = await filedReturns('CHANGED_MIND', 'CHANGED_MIND');
      await acceptReturn(id);
      await acceptReturn(other);
      // RECEIVED, then at once REFUNDED: one of each, however often the receipt is sent.
      return {
        variables: { id },
        other: { id: other },
        state: () => returnSteps(id, 'RECEIVED'),
        events: [returnEvent(id, 'RECEIVED'), returnEvent(id, 'REFUNDED')],
      };
    },
  },
  {
    mutation: 'changeReturnPolicy',
    client: () => stack.operator,
    document: `mutation ($input: ReturnPolicyChangeInput!, $key: String) { changeReturnPolicy(input: $input, idempotencyKey: $key) { version } }`,
    restart: 'returns',
    prepare: async () => {
      // The default window only: every seller of this suite sets its own, so no other case feels it.
      const { returnPolicy } = await stack.operator.data<{ returnPolicy: { defaultReturnWindowDays: number } }>(
        `query { returnPolicy { defaultReturnWindowDays } }`,
      );
      const days = returnPolicy.defaultReturnWindowDays === 45 ? 44 : 45;
      const input = (note: string) => ({ defaultReturnWindowDays: days, note });
      return {
        variables: { input: input('Longer window for the winter season') },
        other: { input: input('Another reason for the same change') },
        state: () => count(`SELECT max(version) || ' ' || count(*) AS state FROM returns.return_policy`),
      };
    },
  },
];

// Settlements: invoices of delivered orders, payments, refunds payable and seller payouts.
/** The invoice of a newly delivered order of the buyer, once settlements issued it. */
async function invoiceOfNewOrder(): Promise<{ id: string; number: string; orderId: string; lineId: string; purchaseId: string }> {
  const { purchaseId, orderId, lineId } = await deliveredOrder();
  const invoice = await waitFor('the invoice of the delivered order', async () => {
    const { invoices } = await buyer.data<{ invoices: Array<{ id: string; number: string }> }>(
      `query ($o: ID) { invoices(sellerOrderId: $o) { id number } }`,
      { o: orderId },
    );
    return invoices[0];
  });
  return { ...invoice, orderId, lineId, purchaseId };
}
const payments = () => count(`SELECT count(*) AS state FROM settlements.payment WHERE buyer_company_id = $1`, [buyerId]);
const paymentEvent = (amountMinor: number) => ({
  topic: 'settlements.payment.received',
  matches: (payload: Record<string, unknown>) => payload.buyerCompanyId === buyerId && payload.amountMinor === amountMinor,
});
let paymentAmount = 100;
/** A payment amount no other payment of this suite has, to find its event by. */
const nextPaymentAmount = () => (paymentAmount += 1);

/** A DUE payout of a seller of its own: one with a one-day window and payout period, its delivered order completed and due within seconds. */
async function duePayout(): Promise<{ id: string; status: string }> {
  // A seller with a one-day window and payout period: its delivered order completes and is due to be paid out within seconds.
  const quick = await stack.approvedCompany('Retry Quick Steel', inn(), 'SELLER', `admin-${unique()}@retry-quick.example`);
  await quick.client.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, {
    input: { currency: 'RUB', shippingFees: [], returnWindowDays: 1, restockingRateBp: 0 },
  });
  await stack.operator.data(`mutation ($s: ID!) { setPayoutTerms(sellerCompanyId: $s, periodDays: 1) { periodDays } }`, {
    s: quick.companyId,
  });
  const { saveListing } = await quick.client.data<{ saveListing: { id: string } }>(
    `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
    {
      input: {
        productId,
        sellerSku: `QUICK-${unique()}`,
        region: 'Kazan',
        currency: 'RUB',
        unitPriceMinor: 70_000,
        minimumOrderQuantity: 1,
        onHand: 10,
      },
    },
  );
  await requireApproval();
  await buyer.data(`mutation { clearCart { companyId } }`);
  await buyer.data(`mutation ($l: ID!) { addToCart(listingId: $l, quantity: 1) { companyId } }`, { l: saveListing.id });
  const { checkout } = await buyer.data<{ checkout: { orders: Array<{ id: string }> } }>(CHECKOUT, {
    input: { legalEntityId, deliveryRegion: 'Kazan', deliveryAddress: '5 Baumana St, Kazan', idempotencyKey: randomUUID() },
  });
  const orderId = checkout.orders[0].id;
  await quick.client.data(`mutation ($id: ID!) { confirmSellerOrder(orderId: $id) { id } }`, { id: orderId });
  await quick.client.data(`mutation ($id: ID!) { shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-2") { id } }`, {
    id: orderId,
  });
  await buyer.data(`mutation ($id: ID!) { confirmDelivery(orderId: $id) { id } }`, { id: orderId });
  const payout = await waitFor(
    'the quick seller’s payout due',
    async () => {
      const { payouts } = await stack.operator.data<{ payouts: Array<{ id: string; status: string }> }>(
        `query ($s: ID) { payouts(sellerCompanyId: $s) { id status } }`,
        { s: quick.companyId },
      );
      const due = payouts.find((candidate) => candidate.status === 'DUE');
      if (!due) throw new Error(`order ${await orderState(orderId)}; payouts ${JSON.stringify(payouts)}`);
      return due;
    },
    { timeoutMs: 60_000 },
  );
  return payout;
}

const settlementCases: Case[] = [
  {
    mutation: 'recordPayment',
    client: () => stack.operator,
    document: `mutation ($input: RecordPaymentInput!, $key: String) { recordPayment(input: $input, idempotencyKey: $key) {
      payment { id amountMinor allocations { invoiceId amountMinor } } invoices { id paidMinor } } }`,
    restart: 'settlements',
    prepare: async () => {
      const invoice = await invoiceOfNewOrder();
      const input = (amountMinor: number) => ({
        buyerCompanyId: buyerId,
        currency: 'RUB',
        amountMinor,
        allocations: [{ invoiceId: invoice.id, amountMinor }],
        reference: 'PP-77',
      });
      const amount = nextPaymentAmount();
      return { variables: { input: input(amount) }, other: { input: input(amount + 1) }, state: payments, events: [paymentEvent(amount)] };
    },
  },
  {
    mutation: 'importBankStatement',
    client: () => stack.operator,
    document: `mutation ($csv: String!, $key: String) { importBankStatement(csv: $csv, idempotencyKey: $key) { matched recorded rows { line outcome } } }`,
    prepare: async () => {
      const invoice = await invoiceOfNewOrder();
      const amount = nextPaymentAmount();
      const csv = (minor: number) =>
        [
          'date,amount,currency,invoice_number,payer_tax_id,reference',
          `2026-03-02,${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')},RUB,${invoice.number},${legalEntityTaxId},BANK-${amount}`,
        ].join('\r\n');
      return { variables: { csv: csv(amount) }, other: { csv: csv(amount + 1) }, state: payments, events: [paymentEvent(amount)] };
    },
  },
  {
    mutation: 'payOutRefund',
    client: () => stack.operator,
    document: `mutation ($b: ID!, $a: MinorUnits!, $key: String) { payOutRefund(buyerCompanyId: $b, currency: "RUB", amountMinor: $a, reference: "BANK-REF", idempotencyKey: $key) { id amountMinor } }`,
    prepare: async () => {
      const { purchaseId, lineId } = await invoiceOfNewOrder();
      // The buyer pays everything it owes, so that a refund is paid out rather than set against an invoice.
      const { rows } = await db.query(
        `SELECT coalesce(sum(amount_minor - paid_minor - credited_minor), 0)::bigint AS owed FROM settlements.invoice
          WHERE buyer_company_id = $1 AND currency = 'RUB' AND status <> 'VOID'`,
        [buyerId],
      );
      if (Number(rows[0].owed) > 0)
        await stack.operator.data(`mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } } }`, {
          input: { buyerCompanyId: buyerId, currency: 'RUB', amountMinor: Number(rows[0].owed) },
        });
      const { fileReturn } = await buyer.data<{ fileReturn: { returns: Array<{ id: string }> } }>(
        `mutation ($input: FileReturnInput!) { fileReturn(input: $input) { returns { id } } }`,
        { input: { purchaseId, items: [{ lineId, quantity: 1, reason: 'DEFECTIVE' }], idempotencyKey: randomUUID() } },
      );
      await acceptReturn(fileReturn.returns[0].id);
      await seller.data(`mutation ($id: ID!) { confirmReturnReceipt(returnId: $id) { id } }`, { id: fileReturn.returns[0].id });
      await waitFor('the refund payable to the buyer', async () => {
        const { refundsPayable } = await stack.operator.data<{
          refundsPayable: { refunds: Array<{ buyerCompanyId: string; amountMinor: number }> };
        }>(`query { refundsPayable(currency: "RUB") { refunds { buyerCompanyId amountMinor } } }`);
        return refundsPayable.refunds.some((refund) => refund.buyerCompanyId === buyerId && refund.amountMinor >= 2);
      });
      return {
        variables: { b: buyerId, a: 1 },
        other: { b: buyerId, a: 2 },
        state: () => count(`SELECT count(*) AS state FROM settlements.refund_payout WHERE buyer_company_id = $1`, [buyerId]),
      };
    },
  },
  {
    mutation: 'setPayoutTerms',
    client: () => stack.operator,
    document: `mutation ($s: ID!, $days: Int!, $key: String) { setPayoutTerms(sellerCompanyId: $s, periodDays: $days, idempotencyKey: $key) { periodDays } }`,
    restart: 'settlements',
    prepare: async () => {
      const { rows } = await db.query(`SELECT period_days FROM settlements.payout_terms WHERE seller_company_id = $1`, [sellerId]);
      const days = rows[0]?.period_days === 14 ? 21 : 14;
      return {
        variables: { s: sellerId, days },
        other: { s: sellerId, days: days + 1 },
        state: () =>
          count(`SELECT period_days || ' ' || set_at AS state FROM settlements.payout_terms WHERE seller_company_id = $1`, [sellerId]),
      };
    },
  },
  {
    mutation: 'markPayoutPaid',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $reference: String, $key: String) { markPayoutPaid(payoutId: $id, reference: $reference, idempotencyKey: $key) { id status amountMinor } }`,
    restart: 'settlements',
    prepare: async () => {
      const payout = await duePayout();
      return {
        variables: { id: payout.id, reference: 'BANK-OUT-1' },
        other: { id: payout.id, reference: 'BANK-OUT-2' },
        state: () =>
          count(`SELECT status || ' ' || coalesce(paid_at::text, '') AS state FROM settlements.payout WHERE id = $1`, [payout.id]),
      };
    },
  },
  {
    mutation: 'returnPayout',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $reason: String!, $key: String) { returnPayout(payoutId: $id, reason: $reason, idempotencyKey: $key) { id status amountMinor } }`,
    restart: 'settlements',
    prepare: async () => {
      const payout = await duePayout();
      await stack.operator.data(`mutation ($id: ID!) { markPayoutPaid(payoutId: $id) { id } }`, { id: payout.id });
      return {
        variables: { id: payout.id, reason: 'Account closed' },
        other: { id: payout.id, reason: 'Wrong bank details' },
        state: () =>
          count(
            `SELECT p.status || ' ' || coalesce(p.returned_at::text, '') || ' ' || (SELECT count(*) FROM settlements.journal_entry e WHERE e.corrects_entry_id = p.entry_id) AS state
               FROM settlements.payout p WHERE p.id = $1`,
            [payout.id],
          ),
        events: [
          {
            topic: 'settlements.payout.state-changed',
            matches: (payload) => payload.to === 'RETURNED' && (payload.payout as { id: string }).id === payout.id,
          },
        ],
      };
    },
  },
];

const cases: Case[] = [
  {
    mutation: 'registerCompany',
    client: () => stack.anonymous,
    document: `mutation ($input: RegisterCompanyInput!, $key: String) { registerCompany(input: $input, idempotencyKey: $key) { companyId userId status } }`,
    restart: 'counterparties',
    prepare: async () => {
      const taxId = inn();
      const input = (name: string) => ({
        legalName: `OOO ${name}`,
        country: 'RU',
        taxId,
        kind: 'BUYER',
        admin: { email: `admin-${taxId}@retry.example`, password: stack.password, fullName: 'Retry Admin' },
      });
      return {
        variables: { input: input('Retry Metals') },
        other: { input: input('Another Name') },
        state: () => count(`SELECT count(*) AS state FROM counterparties.company WHERE tax_id = $1`, [taxId]),
        events: [
          {
            topic: 'counterparties.company.status-changed',
            matches: (payload) => payload.action === 'REGISTER' && payload.tradingName === 'OOO Retry Metals',
          },
        ],
      };
    },
  },
  {
    mutation: 'inviteUser',
    client: () => buyer,
    document: `mutation ($email: String!, $roles: [CompanyRole!]!, $key: String) { inviteUser(email: $email, roles: $roles, idempotencyKey: $key) { invitationId invitationToken email roles expiresAt } }`,
    prepare: async () => {
      const email = `purchaser-${unique()}@buyer.example`;
      return {
        variables: { email, roles: ['PURCHASER'] },
        other: { email, roles: ['APPROVER'] },
        state: () => count(`SELECT count(*) AS state FROM counterparties.invitation WHERE email = $1`, [email]),
      };
    },
  },
  {
    mutation: 'acceptInvitation',
    client: () => stack.anonymous,
    document: `mutation ($token: String!, $name: String!, $password: String!, $key: String) { acceptInvitation(invitationToken: $token, fullName: $name, password: $password, idempotencyKey: $key) { userId companyId roles } }`,
    prepare: async () => {
      const email = `approver-${unique()}@buyer.example`;
      const { inviteUser } = await buyer.data<{ inviteUser: { invitationToken: string } }>(
        `mutation ($email: String!) { inviteUser(email: $email, roles: [APPROVER]) { invitationToken } }`,
        { email },
      );
      return {
        variables: { token: inviteUser.invitationToken, name: 'Anna Approver', password: stack.password },
        other: { token: inviteUser.invitationToken, name: 'Anna Other', password: stack.password },
        state: () =>
          count(
            `SELECT count(*) AS state FROM counterparties.membership m JOIN counterparties.user_account u ON u.id = m.user_id WHERE u.email = $1`,
            [email],
          ),
      };
    },
  },
  {
    mutation: 'moderateCompany',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $action: ModerationAction!, $reason: String!, $key: String) { moderateCompany(companyId: $id, action: $action, reason: $reason, idempotencyKey: $key) { id status moderationHistory { action reason } } }`,
    prepare: async () => {
      const taxId = inn();
      const { registerCompany } = await stack.anonymous.data<{ registerCompany: { companyId: string } }>(
        `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
        {
          input: {
            legalName: `OOO Pending ${taxId}`,
            country: 'RU',
            taxId,
            kind: 'SELLER',
            admin: { email: `pending-${taxId}@retry.example`, password: stack.password, fullName: 'Pending Admin' },
          },
        },
      );
      const id = registerCompany.companyId;
      return {
        variables: { id, action: 'APPROVE', reason: 'Documents checked against the register' },
        other: { id, action: 'REJECT', reason: 'Documents do not match the register' },
        state: () =>
          count(`SELECT count(*) AS state FROM counterparties.moderation_entry WHERE company_id = $1 AND action <> 'REGISTER'`, [id]),
        events: [
          {
            topic: 'counterparties.company.status-changed',
            matches: (payload) => payload.companyId === id && payload.action === 'APPROVE',
          },
        ],
      };
    },
  },
  {
    mutation: 'addLegalEntity',
    client: () => buyer,
    document: `mutation ($name: String!, $taxId: String!, $address: String!, $key: String) { addLegalEntity(name: $name, taxId: $taxId, address: $address, idempotencyKey: $key) { id name taxId address } }`,
    prepare: async () => {
      const taxId = inn();
      return {
        variables: { name: 'OOO Retry Branch', taxId, address: 'Kazan, Baumana 1' },
        other: { name: 'OOO Retry Branch', taxId, address: 'Kazan, Baumana 2' },
        state: () => count(`SELECT count(*) AS state FROM counterparties.legal_entity WHERE tax_id = $1`, [taxId]),
      };
    },
  },
  {
    mutation: 'setCommercialTerms',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $terms: CommercialTermsInput, $key: String) { setCommercialTerms(companyId: $id, terms: $terms, idempotencyKey: $key) { id commercialTerms { currency creditLimitMinor paymentTermDays } } }`,
    prepare: async () => ({
      variables: { id: buyerId, terms: { currency: 'RUB', creditLimitMinor: 5_000_000_00, paymentTermDays: 30 } },
      other: { id: buyerId, terms: { currency: 'RUB', creditLimitMinor: 9_000_000_00, paymentTermDays: 30 } },
      // Setting the same terms again would leave them as they are but touch the row: its updated_at tells.
      state: () => count(`SELECT credit_limit_minor || ' ' || updated_at AS state FROM counterparties.company WHERE id = $1`, [buyerId]),
    }),
  },
  {
    mutation: 'createCategory',
    client: () => stack.operator,
    document: `mutation ($name: String!, $key: String) { createCategory(name: $name, idempotencyKey: $key) { id name path } }`,
    prepare: async () => {
      const name = `Retry category ${unique()}`;
      return {
        variables: { name },
        other: { name: `${name} 2` },
        state: () => count(`SELECT count(*) AS state FROM catalog.category WHERE name LIKE $1`, [`${name}%`]),
      };
    },
  },
  ...(['createProduct', 'proposeProduct'] as const).map((mutation): Case => ({
    mutation,
    client: () => (mutation === 'createProduct' ? stack.operator : seller),
    document: `mutation ($input: ProductInput!, $key: String) { ${mutation}(input: $input, idempotencyKey: $key) { id code status proposedBy } }`,
    prepare: async () => {
      const code = `RETRY-${unique()}`.toUpperCase();
      const categoryId = (await db.query(`SELECT category_id FROM catalog.product WHERE id = $1`, [productId])).rows[0]
        .category_id as string;
      const input = (name: string) => ({ code, name, categoryId, baseUnit: 'KG' });
      return {
        variables: { input: input('Retry rebar') },
        other: { input: input('Other rebar') },
        state: () => count(`SELECT count(*) AS state FROM catalog.product WHERE code = $1`, [code]),
      };
    },
  })),
  {
    mutation: 'reviewProduct',
    client: () => stack.operator,
    document: `mutation ($id: ID!, $approve: Boolean!, $reason: String, $key: String) { reviewProduct(productId: $id, approve: $approve, reason: $reason, idempotencyKey: $key) { id status rejectionReason } }`,
    prepare: async () => {
      const categoryId = (await db.query(`SELECT category_id FROM catalog.product WHERE id = $1`, [productId])).rows[0]
        .category_id as string;
      const { proposeProduct } = await seller.data<{ proposeProduct: { id: string } }>(
        `mutation ($input: ProductInput!) { proposeProduct(input: $input) { id } }`,
        { input: { code: `PROPOSED-${unique()}`.toUpperCase(), name: 'Proposed wire', categoryId, baseUnit: 'M' } },
      );
      const id = proposeProduct.id;
      return {
        variables: { id, approve: true },
        other: { id, approve: false, reason: 'Duplicates an existing product' },
        state: () => count(`SELECT status || ' ' || updated_at AS state FROM catalog.product WHERE id = $1`, [id]),
      };
    },
  },
  {
    mutation: 'saveListing',
    client: () => seller,
    document: `mutation ($input: ListingInput!, $key: String) { saveListing(input: $input, idempotencyKey: $key) { id sellerSku onHand unitPriceMinor status } }`,
    restart: 'catalog',
    prepare: async () => {
      const sku = `RETRY-${unique()}`;
      const input = (onHand: number) => ({
        productId,
        sellerSku: sku,
        region: 'Kazan',
        currency: 'RUB',
        unitPriceMinor: 70_000,
        minimumOrderQuantity: 1,
        onHand,
      });
      return {
        variables: { input: input(1_000) },
        other: { input: input(2_000) },
        state: () => count(`SELECT count(*) || ' ' || max(updated_at) AS state FROM catalog.listing WHERE seller_sku = $1`, [sku]),
        events: [{ topic: 'catalog.listing.changed', matches: (payload) => (payload.listing as { sellerSku: string }).sellerSku === sku }],
      };
    },
  },
  {
    mutation: 'setContractPrice',
    client: () => seller,
    document: `mutation ($buyer: ID!, $listing: ID, $bp: Int, $key: String) { setContractPrice(buyerCompanyId: $buyer, listingId: $listing, percentOffBasisPoints: $bp, idempotencyKey: $key) { id buyerCompanyId listingId percentOffBasisPoints } }`,
    prepare: async () => ({
      variables: { buyer: buyerId, listing: listingId, bp: 300 },
      other: { buyer: buyerId, listing: listingId, bp: 400 },
      // Setting a contract price replaces the one before with a new row: its id tells.
      state: () =>
        count(`SELECT string_agg(id::text, ',') AS state FROM catalog.contract_price WHERE buyer_company_id = $1 AND listing_id = $2`, [
          buyerId,
          listingId,
        ]),
    }),
  },
  {
    mutation: 'uploadListingsCsv',
    client: () => seller,
    document: `mutation ($csv: String, $fileName: String, $key: String) { uploadListingsCsv(csv: $csv, fileName: $fileName, idempotencyKey: $key) { id kind status fileName } }`,
    prepare: async () => {
      const sku = `UPL-${unique()}`;
      const fileName = `${sku}.csv`;
      const csv = (price: string) =>
        `sku,product_code,region,currency,unit_price,minimum_order_quantity,lot_multiple\n${sku},${productCode},Kazan,RUB,${price},1,1\n`;
      return {
        variables: { csv: csv('700.00'), fileName },
        other: { csv: csv('701.00'), fileName },
        state: () => count(`SELECT count(*) AS state FROM catalog.catalog_upload WHERE file_name = $1`, [fileName]),
        events: [{ topic: 'catalog.listing.changed', matches: (payload) => (payload.listing as { sellerSku: string }).sellerSku === sku }],
      };
    },
  },
  {
    mutation: 'uploadStockCsv',
    client: () => seller,
    document: `mutation ($csv: String, $fileName: String, $key: String) { uploadStockCsv(csv: $csv, fileName: $fileName, idempotencyKey: $key) { id kind status fileName } }`,
    prepare: async () => {
      const fileName = `stock-${unique()}.csv`;
      const sku = (await db.query(`SELECT seller_sku FROM catalog.listing WHERE id = $1`, [listingId])).rows[0].seller_sku as string;
      const onHand = 10_000 + Math.floor(Math.random() * 1_000);
      return {
        variables: { csv: `sku,on_hand\n${sku},${onHand}\n`, fileName },
        other: { csv: `sku,on_hand\n${sku},${onHand + 1}\n`, fileName },
        state: () => count(`SELECT count(*) AS state FROM catalog.catalog_upload WHERE file_name = $1`, [fileName]),
        events: [
          {
            topic: 'catalog.listing.changed',
            matches: (payload) => payload.change === 'STOCK_CHANGED' && (payload.listing as { onHand: number }).onHand === onHand,
          },
        ],
      };
    },
  },
  {
    mutation: 'placeBid',
    client: () => buyer,
    document: `mutation ($input: PlaceBidInput!, $key: String) { placeBid(input: $input, idempotencyKey: $key) { ${PLACEMENT} } }`,
    prepare: async () => {
      const quantity = nextQuantity();
      const input = (limitPriceMinor: number) => ({ productId, currency: 'RUB', quantity, limitPriceMinor });
      return {
        variables: { input: input(50_000) },
        other: { input: input(50_100) },
        state: () => count(`SELECT count(*) AS state FROM trading.trading_order WHERE side = 'BID' AND quantity = $1`, [quantity]),
        events: [
          { topic: 'trading.order.changed', matches: (payload) => payload.change === 'PLACED' && orderOf(payload).quantity === quantity },
        ],
      };
    },
  },
  {
    mutation: 'placeAsk',
    client: () => seller,
    restart: 'trading',
    document: `mutation ($input: PlaceAskInput!, $key: String) { placeAsk(input: $input, idempotencyKey: $key) { ${PLACEMENT} } }`,
    prepare: async () => {
      const quantity = nextQuantity();
      return {
        variables: { input: { listingId, quantity, limitPriceMinor: 90_000 } },
        other: { input: { listingId, quantity: quantity + 1, limitPriceMinor: 90_000 } },
        // The order, and the stock catalog reserved for it.
        state: () =>
          count(
            `SELECT (SELECT count(*) FROM trading.trading_order WHERE listing_id = $1 AND quantity = $2) || '/' ||
                    (SELECT count(*) FROM catalog.reservation WHERE listing_id = $1 AND quantity = $2) AS state`,
            [listingId, quantity],
          ),
        events: [
          { topic: 'trading.order.changed', matches: (payload) => payload.change === 'PLACED' && orderOf(payload).quantity === quantity },
        ],
      };
    },
  },
  {
    mutation: 'reduceOrder',
    client: () => buyer,
    document: `mutation ($id: ID!, $openQuantity: Int!, $key: String) { reduceOrder(orderId: $id, openQuantity: $openQuantity, idempotencyKey: $key) { ${ORDER} } }`,
    prepare: async () => {
      const id = await restingBid();
      return {
        // Without the key, the same reduction again would be refused: 700 is not below 700.
        variables: { id, openQuantity: 700 },
        other: { id, openQuantity: 600 },
        state: () => count(`SELECT open_quantity || '/' || quantity AS state FROM trading.trading_order WHERE id = $1`, [id]),
        events: [{ topic: 'trading.order.changed', matches: (payload) => payload.change === 'REDUCED' && orderOf(payload).id === id }],
      };
    },
  },
  {
    mutation: 'cancelOrder',
    client: () => buyer,
    document: `mutation ($id: ID!, $key: String) { cancelOrder(orderId: $id, idempotencyKey: $key) { ${ORDER} } }`,
    prepare: async () => {
      const [id, other] = [await restingBid(), await restingBid()];
      return {
        // Without the key, cancelling again would be refused with ORDER_NOT_OPEN.
        variables: { id },
        other: { id: other },
        state: () =>
          count(`SELECT string_agg(status, '/' ORDER BY id = $1 DESC) AS state FROM trading.trading_order WHERE id IN ($1, $2)`, [
            id,
            other,
          ]),
        events: [{ topic: 'trading.order.changed', matches: (payload) => payload.change === 'CANCELLED' && orderOf(payload).id === id }],
      };
    },
  },
  ...orderCases,
  ...returnCases,
  ...settlementCases,
];

beforeAll(async () => {
  stack = await MarketplaceStack.start({
    label: 'idempotency',
    services: SERVICES,
    gatewayPort: GATEWAY_PORT,
    env: ENV,
  });
  db = new Client({ connectionString: stack.database.url });
  await db.connect();
  ({ companyId: buyerId, client: buyer } = await stack.approvedCompany('Retry Builders', inn(), 'BUYER', 'admin@retry-builders.example'));
  ({ companyId: sellerId, client: seller } = await stack.approvedCompany('Retry Steel', inn(), 'SELLER', 'admin@retry-steel.example'));
  // A year's window (12 minutes of short days): the returns of this suite are filed long before it closes.
  await seller.data(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, {
    input: { currency: 'RUB', shippingFees: [], returnWindowDays: 365, restockingRateBp: 0 },
  });
  const { createCategory } = await stack.operator.data<{ createCategory: { id: string } }>(
    `mutation { createCategory(name: "Retry rebar") { id } }`,
  );
  productCode = `REBAR-${unique()}`.toUpperCase();
  ({
    createProduct: { id: productId },
  } = await stack.operator.data<{ createProduct: { id: string } }>(
    `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
    {
      input: { code: productCode, name: 'Rebar A500C 12 mm', categoryId: createCategory.id, baseUnit: 'KG' },
    },
  ));
  ({
    saveListing: { id: listingId },
  } = await seller.data<{ saveListing: { id: string } }>(`mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`, {
    input: {
      productId,
      sellerSku: 'RETRY-BASE',
      region: 'Kazan',
      currency: 'RUB',
      unitPriceMinor: 70_000,
      minimumOrderQuantity: 1,
      onHand: 50_000,
    },
  }));

  ({
    addLegalEntity: { id: legalEntityId },
  } = await buyer.data<{ addLegalEntity: { id: string } }>(
    `mutation ($taxId: String!) { addLegalEntity(name: "Retry Builders LLC", taxId: $taxId, address: "5 Baumana St, Kazan") { id } }`,
    { taxId: (legalEntityTaxId = inn()) },
  ));
  // Purchases and bids of a purchaser above 0.01 wait for the approver.
  await stack.operator.data(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
    c: buyerId,
    t: { currency: 'RUB', approvalThresholdMinor: 1 },
  });
  const member = async (email: string, roles: string[]) => {
    const { inviteUser } = await buyer.data<{ inviteUser: { invitationToken: string } }>(
      `mutation ($email: String!, $roles: [CompanyRole!]!) { inviteUser(email: $email, roles: $roles) { invitationToken } }`,
      { email, roles },
    );
    await stack.anonymous.data(
      `mutation ($t: String!, $p: String!) { acceptInvitation(invitationToken: $t, fullName: "Retry Person", password: $p) { companyId } }`,
      {
        t: inviteUser.invitationToken,
        p: stack.password,
      },
    );
    return stack.anonymous.as(await stack.signIn(email));
  };
  purchaser = await member('purchaser@retry-builders.example', ['PURCHASER']);
  approver = await member('approver@retry-builders.example', ['APPROVER']);

  const kafka = new Kafka({ clientId: 'idempotency-test', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  consumer = kafka.consumer({ groupId: `idempotency-test-${Date.now()}`, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({
    topics: [
      'counterparties.company.status-changed',
      'catalog.listing.changed',
      'trading.order.changed',
      'orders.order.state-changed',
      'returns.return.state-changed',
      'settlements.payment.received',
      'settlements.payout.state-changed',
    ],
    fromBeginning: true,
  });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      events.push({ topic, payload: JSON.parse(String(message.value)).payload });
    },
  });
}, 240_000);

afterAll(async () => {
  await consumer?.disconnect();
  await db?.end();
  await stack?.stop();
});

describe('every state-changing mutation is safe to retry with an idempotency key', () => {
  it('covers every mutation of the schema but sign-in and refresh', async () => {
    const { __schema } = await stack.anonymous.data<{
      __schema: { mutationType: { fields: Array<{ name: string; args: Array<{ name: string }> }> } };
    }>(`{ __schema { mutationType { fields { name args { name } } } } }`);
    const exempt = ['signIn', 'operatorSignIn', 'refreshSession'];
    const mutations = __schema.mutationType.fields.filter((field) => !exempt.includes(field.name));
    expect(mutations.filter((field) => !field.args.some((arg) => arg.name === 'idempotencyKey')).map((field) => field.name)).toEqual([]);
    expect(mutations.map((field) => field.name).filter((name) => !cases.some((testCase) => testCase.mutation === name))).toEqual([]);
  });

  it('acts again on a retry without a key (what the key prevents)', async () => {
    const email = `twice-${unique()}@buyer.example`;
    const invite = `mutation ($email: String!) { inviteUser(email: $email, roles: [PURCHASER]) { invitationToken } }`;
    const first = await buyer.data<{ inviteUser: { invitationToken: string } }>(invite, { email });
    const again = await buyer.data<{ inviteUser: { invitationToken: string } }>(invite, { email });
    expect(again.inviteUser.invitationToken).not.toBe(first.inviteUser.invitationToken);
    expect(await count(`SELECT count(*) AS state FROM counterparties.invitation WHERE email = $1`, [email])).toBe('2');
  });

  it.each(cases.map((testCase) => [testCase.mutation, testCase] as const))(
    '%s: a retry answers the first answer, acts once and publishes once; other arguments under the key are refused',
    async (_name, testCase) => {
      const prepared = await testCase.prepare();
      const key = randomUUID();
      const before = await prepared.state();
      const seen = (event: { topic: string; matches: (payload: Record<string, unknown>) => boolean }) =>
        events.filter((candidate) => candidate.topic === event.topic && event.matches(candidate.payload)).length;
      const eventsBefore = (prepared.events ?? []).map(seen);

      const first = await testCase.client().data(testCase.document, { ...prepared.variables, key });
      const after = await prepared.state();
      expect(after).not.toBe(before);

      if (testCase.restart) await restart(testCase.restart);
      // The reply is "lost": the client sends the same request with the same key again.
      const again = await testCase.client().data(testCase.document, { ...prepared.variables, key });
      expect(again).toEqual(first);
      expect(await prepared.state()).toBe(after);

      if (prepared.other) {
        const reused = await testCase.client().error(testCase.document, { ...prepared.other, key });
        expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
        expect(await prepared.state()).toBe(after);
      }

      for (const [index, event] of (prepared.events ?? []).entries()) {
        await waitFor(`${event.topic} after ${testCase.mutation}`, () => seen(event) > eventsBefore[index]);
        await new Promise((resolve) => setTimeout(resolve, 1_000)); // time for a second one to arrive, if there were one
        expect(seen(event)).toBe(eventsBefore[index] + 1);
      }
    },
    90_000,
  );
});
