// What the fault harness asks of the marketplace, through GraphQL only: companies and a
// product set up once, then, per run, a seeded mix of asks, bids, cancels, stock uploads,
// checkouts (confirmed, shipped, delivered and some returned: accepted, received, refunded)
// and buyers' payments, each sent until answered with one idempotency key.
import { randomUUID } from 'node:crypto';
import { MarketplaceClient, PASSWORD, type Outcome } from './marketplace-client';
import type { Random } from './random';

export interface Company {
  id: string;
  name: string;
  client: MarketplaceClient;
  legalEntityId: string;
}

export interface Seller extends Company {
  listingId: string;
  sku: string;
}

export interface World {
  operator: MarketplaceClient;
  productId: string;
  sellers: Seller[];
  buyers: Company[];
}

/** What one operation was, and what the client was told. */
export interface Attempt {
  kind:
    | 'ASK'
    | 'BID'
    | 'CANCEL'
    | 'UPLOAD'
    | 'CHECKOUT'
    | 'CONFIRM'
    | 'SHIP'
    | 'DELIVER'
    | 'RETURN'
    | 'ACCEPT_RETURN'
    | 'RECEIVE_RETURN'
    | 'PAYMENT';
  companyId: string;
  key: string;
  outcome: 'ANSWERED' | 'REFUSED' | 'UNKNOWN';
  /** The order, purchase, upload, seller order, seller returns or payment the answer named. */
  ids: string[];
  detail?: string;
}

/** Everything the client asked in one run: what the checks hold the databases to. */
export interface Ledger {
  attempts: Attempt[];
}

let taxSeed = 0;
/** A valid 10-digit INN: nine digits and their check digit. */
function inn(prefix: string): string {
  taxSeed += 1;
  const digits = `${prefix}${String((Date.now() % 10_000_000) + taxSeed * 7919).padStart(7, '0')}`.slice(0, 9);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0) % 11) % 10;
  return `${digits}${check}`;
}

async function company(url: string, operator: MarketplaceClient, name: string, kind: 'BUYER' | 'SELLER'): Promise<Company> {
  const email = `admin@${name.toLowerCase().replace(/\W+/g, '-')}.faults.example`;
  const anonymous = new MarketplaceClient(url, undefined);
  const { registerCompany } = await anonymous.must<{ registerCompany: { companyId: string } }>(
    `mutation ($input: RegisterCompanyInput!, $key: String) { registerCompany(input: $input, idempotencyKey: $key) { companyId } }`,
    {
      input: {
        legalName: `OOO ${name}`,
        tradingName: name,
        country: 'RU',
        taxId: inn(kind === 'BUYER' ? '77' : '66'),
        kind,
        admin: { email, password: PASSWORD, fullName: `${name} Admin` },
      },
      key: randomUUID(),
    },
  );
  await operator.must(
    `mutation ($id: ID!, $key: String) { moderateCompany(companyId: $id, action: APPROVE, reason: "Documents checked", idempotencyKey: $key) { status } }`,
    {
      id: registerCompany.companyId,
      key: randomUUID(),
    },
  );
  const client = new MarketplaceClient(url, email);
  await client.signIn();
  const { addLegalEntity } = await client.must<{ addLegalEntity: { id: string } }>(
    `mutation ($taxId: String!, $key: String) { addLegalEntity(name: "OOO ${name}", taxId: $taxId, address: "1 Tverskaya St, Moscow", idempotencyKey: $key) { id } }`,
    { taxId: inn(kind === 'BUYER' ? '78' : '67'), key: randomUUID() },
  );
  return { id: registerCompany.companyId, name, client, legalEntityId: addLegalEntity.id };
}

/** Two sellers with a listing each of one product, two buyers on net terms: once per harness. */
export async function setUpWorld(url: string, operatorEmail: string): Promise<World> {
  const operator = new MarketplaceClient(url, operatorEmail, true);
  await operator.signIn();
  const suffix = randomUUID().slice(0, 6);
  const { createCategory } = await operator.must<{ createCategory: { id: string } }>(
    `mutation ($name: String!) { createCategory(name: $name) { id } }`,
    { name: `Steel ${suffix}` },
  );
  const { createProduct } = await operator.must<{ createProduct: { id: string } }>(
    `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
    { input: { code: `SHEET-${suffix}`, name: `Hot-rolled sheet ${suffix}`, categoryId: createCategory.id, baseUnit: 'KG' } },
  );
  const sellers: Seller[] = [];
  for (const name of ['Ural Steel', 'Siberian Cable']) {
    const seller = await company(url, operator, `${name} ${suffix}`, 'SELLER');
    const sku = `${name.slice(0, 3).toUpperCase()}-${suffix}`;
    const { saveListing } = await seller.client.must<{ saveListing: { id: string } }>(
      `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
      {
        input: {
          sellerSku: sku,
          productId: createProduct.id,
          region: 'Moscow',
          currency: 'RUB',
          unitPriceMinor: 100_000,
          minimumOrderQuantity: 1,
          lotMultiple: 1,
          onHand: 20_000,
          status: 'ACTIVE',
        },
      },
    );
    sellers.push({ ...seller, listingId: saveListing.id, sku });
  }
  const buyers: Company[] = [];
  for (const name of ['Volga Construction', 'Neva Shipyard']) {
    const buyer = await company(url, operator, `${name} ${suffix}`, 'BUYER');
    await operator.must(`mutation ($c: ID!, $t: CommercialTermsInput!) { setCommercialTerms(companyId: $c, terms: $t) { id } }`, {
      c: buyer.id,
      t: { currency: 'RUB', creditLimitMinor: 10_000_000_000_000, paymentTermDays: 30, approvalThresholdMinor: 10_000_000_000_000 },
    });
    buyers.push(buyer);
  }
  return { operator, productId: createProduct.id, sellers, buyers };
}

const PLACEMENT = 'order { id status } trades { id }';

function record(ledger: Ledger, attempt: Omit<Attempt, 'outcome' | 'detail'>, outcome: Outcome<unknown>, ids: string[] = []): void {
  ledger.attempts.push({
    ...attempt,
    outcome: outcome.kind,
    ids: outcome.kind === 'ANSWERED' ? ids : [],
    detail: outcome.kind === 'REFUSED' ? outcome.code : outcome.kind === 'UNKNOWN' ? outcome.last : undefined,
  });
}

/** One seeded operation of the mix. */
async function operation(world: World, random: Random, ledger: Ledger): Promise<void> {
  const dice = random.next();
  const quantity = random.int(1, 40);
  const price = 95_000 + random.int(0, 20) * 500;
  const key = randomUUID();
  if (dice < 0.3) {
    const seller = random.pick(world.sellers);
    const outcome = await seller.client.send<{ placeAsk: { order: { id: string } } }>(
      `mutation ($input: PlaceAskInput!, $key: String) { placeAsk(input: $input, idempotencyKey: $key) { ${PLACEMENT} } }`,
      { input: { listingId: seller.listingId, quantity, limitPriceMinor: price }, key },
    );
    record(
      ledger,
      { kind: 'ASK', companyId: seller.id, key, ids: [] },
      outcome,
      outcome.kind === 'ANSWERED' ? [outcome.data.placeAsk.order.id] : [],
    );
  } else if (dice < 0.6) {
    const buyer = random.pick(world.buyers);
    const outcome = await buyer.client.send<{ placeBid: { order: { id: string } | null } }>(
      `mutation ($input: PlaceBidInput!, $key: String) { placeBid(input: $input, idempotencyKey: $key) { ${PLACEMENT} } }`,
      { input: { productId: world.productId, currency: 'RUB', quantity, limitPriceMinor: price }, key },
    );
    const id = outcome.kind === 'ANSWERED' ? outcome.data.placeBid.order?.id : undefined;
    record(ledger, { kind: 'BID', companyId: buyer.id, key, ids: [] }, outcome, id ? [id] : []);
  } else if (dice < 0.7) {
    const placed = ledger.attempts.filter((attempt) => (attempt.kind === 'ASK' || attempt.kind === 'BID') && attempt.ids.length > 0);
    if (placed.length === 0) return;
    const target = random.pick(placed);
    const owner = [...world.sellers, ...world.buyers].find((candidate) => candidate.id === target.companyId) as Company;
    const outcome = await owner.client.send(
      `mutation ($id: ID!, $key: String) { cancelOrder(orderId: $id, idempotencyKey: $key) { id status } }`,
      {
        id: target.ids[0],
        key,
      },
    );
    record(ledger, { kind: 'CANCEL', companyId: owner.id, key, ids: [] }, outcome, target.ids);
  } else if (dice < 0.75) {
    const seller = random.pick(world.sellers);
    const onHand = 15_000 + random.int(0, 10_000);
    const outcome = await seller.client.send<{ uploadStockCsv: { id: string } }>(
      `mutation ($csv: String, $key: String) { uploadStockCsv(csv: $csv, fileName: "stock.csv", idempotencyKey: $key) { id status } }`,
      { csv: `sku,on_hand\n${seller.sku},${onHand}\n`, key },
    );
    record(
      ledger,
      { kind: 'UPLOAD', companyId: seller.id, key, ids: [] },
      outcome,
      outcome.kind === 'ANSWERED' ? [outcome.data.uploadStockCsv.id] : [],
    );
  } else if (dice < 0.82) {
    await payment(world, random, ledger, key);
  } else {
    await checkout(world, random, ledger, quantity);
  }
}

/** A buyer records a payment received, naming no invoice: it pays the oldest due first, the rest is credit. */
async function payment(world: World, random: Random, ledger: Ledger, key: string): Promise<void> {
  const buyer = random.pick(world.buyers);
  const outcome = await buyer.client.send<{ recordPayment: { payment: { id: string } } }>(
    `mutation ($input: RecordPaymentInput!, $key: String) { recordPayment(input: $input, idempotencyKey: $key) { payment { id amountMinor creditMinor } } }`,
    {
      input: {
        buyerCompanyId: buyer.id,
        currency: 'RUB',
        amountMinor: random.int(1, 500) * 10_000,
        reference: `faults ${key.slice(0, 8)}`,
      },
      key,
    },
  );
  record(
    ledger,
    { kind: 'PAYMENT', companyId: buyer.id, key, ids: [] },
    outcome,
    outcome.kind === 'ANSWERED' ? [outcome.data.recordPayment.payment.id] : [],
  );
}

/** A buyer's checkout of one or two listings; each seller confirms and ships its order, the buyer confirms delivery, and may return some. */
async function checkout(world: World, random: Random, ledger: Ledger, quantity: number): Promise<void> {
  const buyer = random.pick(world.buyers);
  for (const seller of random.next() < 0.5 ? world.sellers : [random.pick(world.sellers)]) {
    const cartKey = randomUUID();
    const added = await buyer.client.send(
      `mutation ($l: ID!, $q: Int!, $key: String) { addToCart(listingId: $l, quantity: $q, idempotencyKey: $key) { lines { id quantity } } }`,
      { l: seller.listingId, q: quantity, key: cartKey },
    );
    if (added.kind !== 'ANSWERED') {
      record(ledger, { kind: 'CHECKOUT', companyId: buyer.id, key: cartKey, ids: [] }, added);
      return;
    }
  }
  const key = randomUUID();
  const outcome = await buyer.client.send<{ checkout: { id: string; orders: CheckedOutOrder[] } }>(
    `mutation ($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) { id orders { id sellerCompanyId lines { id quantity } } } }`,
    { input: { legalEntityId: buyer.legalEntityId, deliveryRegion: 'Moscow', deliveryAddress: '5 Lenina St, Moscow' }, key },
  );
  record(
    ledger,
    { kind: 'CHECKOUT', companyId: buyer.id, key, ids: [] },
    outcome,
    outcome.kind === 'ANSWERED' ? [outcome.data.checkout.id] : [],
  );
  if (outcome.kind !== 'ANSWERED') return;
  const delivered: CheckedOutOrder[] = [];
  for (const order of outcome.data.checkout.orders) {
    const seller = world.sellers.find((candidate) => candidate.id === order.sellerCompanyId);
    if (!seller || random.next() < 0.2) continue; // some orders stay PLACED
    const confirmed = await step(
      ledger,
      seller,
      'CONFIRM',
      order.id,
      `confirmSellerOrder(orderId: $id, idempotencyKey: $key) { id status }`,
    );
    if (!confirmed || random.next() < 0.25) continue; // some stay CONFIRMED
    const shipped = await step(
      ledger,
      seller,
      'SHIP',
      order.id,
      `shipSellerOrder(orderId: $id, carrier: "PEK", trackingNumber: "PEK-${order.id.slice(0, 8)}", idempotencyKey: $key) { id status }`,
    );
    if (!shipped || random.next() < 0.2) continue; // some stay SHIPPED
    if (await step(ledger, buyer, 'DELIVER', order.id, `confirmDelivery(orderId: $id, idempotencyKey: $key) { id status }`))
      delivered.push(order);
  }
  if (delivered.length > 0 && random.next() < 0.6) await fileReturn(world, random, ledger, buyer, outcome.data.checkout.id, delivered);
}

interface CheckedOutOrder {
  id: string;
  sellerCompanyId: string;
  lines: Array<{ id: string; quantity: number }>;
}

/** One state change of an order or a return (`$id`, `$key`), recorded; whether it was answered. */
async function step(ledger: Ledger, by: Company, kind: Attempt['kind'], id: string, mutation: string): Promise<boolean> {
  const key = randomUUID();
  const outcome = await by.client.send(`mutation ($id: ID!, $key: String) { ${mutation} }`, { id, key });
  record(ledger, { kind, companyId: by.id, key, ids: [] }, outcome, [id]);
  return outcome.kind === 'ANSWERED';
}

/** Codes that mean returns has not yet heard of the delivery (it learns of it from orders' events). */
const NOT_YET_KNOWN = new Set(['UNKNOWN_PURCHASE', 'ORDER_NOT_DELIVERED', 'UNKNOWN_LINE', 'QUANTITY_NOT_RETURNABLE']);

/**
 * The buyer returns part of some delivered lines (a buyer's reason: back into stock; or a
 * seller's fault: written off); each seller accepts its part and most confirm the parcel
 * arrived, which refunds it.
 */
async function fileReturn(
  world: World,
  random: Random,
  ledger: Ledger,
  buyer: Company,
  purchaseId: string,
  delivered: CheckedOutOrder[],
): Promise<void> {
  const items = delivered
    .filter((_order, index) => index === 0 || random.next() < 0.5)
    .map((order) => {
      const line = order.lines[0] as { id: string; quantity: number };
      return {
        lineId: line.id,
        quantity: random.int(1, line.quantity),
        reason: random.pick(['CHANGED_MIND', 'DEFECTIVE', 'ORDERED_BY_MISTAKE']),
      };
    });
  // Returns learns of a delivery from orders' events: a refusal that says it has not yet is tried again, with a new key (a refusal is kept under its key).
  const until = Date.now() + 30_000;
  let key = randomUUID();
  let outcome = await buyer.client.send<{ fileReturn: { returns: Array<{ id: string; sellerCompanyId: string }> } }>(
    `mutation ($input: FileReturnInput!, $key: String) { fileReturn(input: $input, idempotencyKey: $key) { id returns { id sellerCompanyId } } }`,
    { input: { purchaseId, items }, key },
  );
  while (outcome.kind === 'REFUSED' && NOT_YET_KNOWN.has(outcome.code) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    key = randomUUID();
    outcome = await buyer.client.send(
      `mutation ($input: FileReturnInput!, $key: String) { fileReturn(input: $input, idempotencyKey: $key) { id returns { id sellerCompanyId } } }`,
      { input: { purchaseId, items }, key },
    );
  }
  const returns = outcome.kind === 'ANSWERED' ? outcome.data.fileReturn.returns : [];
  record(
    ledger,
    { kind: 'RETURN', companyId: buyer.id, key, ids: [] },
    outcome,
    returns.map((entry) => entry.id),
  );
  for (const entry of returns) {
    const seller = world.sellers.find((candidate) => candidate.id === entry.sellerCompanyId);
    if (!seller || random.next() < 0.15) continue; // some stay REQUESTED
    if (!(await step(ledger, seller, 'ACCEPT_RETURN', entry.id, `acceptReturn(returnId: $id, idempotencyKey: $key) { id status }`)))
      continue;
    if (random.next() < 0.15) continue; // some stay ACCEPTED
    await step(ledger, seller, 'RECEIVE_RETURN', entry.id, `confirmReturnReceipt(returnId: $id, idempotencyKey: $key) { id status }`);
  }
}

/** `operations` seeded operations, `concurrency` at a time; resolves when every one has an outcome. */
export async function runWorkload(world: World, random: Random, operations: number, concurrency: number): Promise<Ledger> {
  const ledger: Ledger = { attempts: [] };
  // Each lane draws from its own generator, split off in order, so the mix is the seed's whatever the timing.
  const lanes = Array.from({ length: concurrency }, () => random.split());
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < operations) {
        next += 1;
        await operation(world, lane, ledger);
      }
    }),
  );
  return ledger;
}
