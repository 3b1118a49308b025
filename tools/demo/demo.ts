// `npm run demo`: a scripted trading scenario against the running marketplace, through the
// GraphQL gateway only: sellers ask, buyers bid, some cross and some rest; it prints each
// step, each trade, the book and every company's trades; then the seller orders the trades
// became, and a three-seller checkout with both discounts, every figure per seller and per
// line (orders-demo.ts). Start the system first (`npm start`).
// Re-runnable: it first cancels the demo companies' open orders on the product left by an
// earlier run (and, before its checkout, the unconfirmed seller orders of an earlier one).
// LOTBOOK_GRAPHQL_URL overrides http://127.0.0.1:4000/graphql.
// Usage: node tools/run-ts.mjs tools/demo/demo.ts
import type { Client } from 'graphql-ws';
import { GatewayUnreachableError, GraphQLHttpClient, GraphQLRequestError } from './graphql-client';
import { formatMoney, formatQuantity, formatUnitPrice, lineAmountMinor } from './money';
import { showCheckout, showTradeOrders, type OrdersDemoContext } from './orders-demo';
import { depthLine, depthTable, stepHeadline, tradeLine, type DepthView, type Wording } from './report';
import {
  DEMO_PASSWORD,
  outcomeDifferences,
  PARTIES,
  planScenario,
  PRODUCT,
  stockNeeded,
  type ExpectedTrade,
  type ListingTerms,
  type Market,
  type Party,
  type Step,
} from './scenario';

const GRAPHQL_URL = process.env.LOTBOOK_GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql';
const LIVE_WAIT_MS = 3_000;
/** A restock covers this many runs of the scenario. */
const RESTOCK_RUNS = 10;
const gateway = new GraphQLHttpClient(GRAPHQL_URL);

// ---- GraphQL documents -------------------------------------------------------------------

const ORDER_FIELDS = `id side listingId region acceptedRegions quantity openQuantity filledQuantity limitPriceMinor minimumFill status closeReason`;
const TRADE_FIELDS = `id bidId askId quantity priceMinor amountMinor currency takerSide`;
const DEPTH_FIELDS = `bids { priceMinor quantity orderCount } asks { priceMinor quantity orderCount }`;

const SIGN_IN = `mutation DemoSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
const MY_COMPANY = `query DemoMyCompany { myCompany { id tradingName kind status } }`;
const OWN_LISTINGS = `query DemoOwnListings($filter: ListingSearchFilter) {
  searchListings(filter: $filter, first: 50) {
    hits { productCode productName available
      listing { id productId sellerCompanyId sellerSku region currency unitPriceMinor priceBreaks { fromQuantity unitPriceMinor }
        minimumOrderQuantity lotMultiple leadTimeDays onHand status } }
  }
}`;
const RESTOCK = `mutation DemoRestock($input: ListingInput!) { saveListing(input: $input) { onHand } }`;
const PRODUCT_OFFERS = `query DemoOffers($productId: ID!, $quantity: Int) {
  productOffers(productId: $productId, quantity: $quantity) {
    sellerTradingName available
    listing { sellerSku region unitPriceMinor minimumOrderQuantity lotMultiple }
    quote { ok unitPriceMinor explanation refusal { reason message } }
  }
}`;
const OPEN_ORDERS = `query DemoOpenOrders($productId: ID!) { myOrders(statuses: [OPEN], productId: $productId, first: 100) { ${ORDER_FIELDS} } }`;
const MY_ORDERS = `query DemoMyOrders($productId: ID!) { myOrders(productId: $productId, first: 100) { ${ORDER_FIELDS} } }`;
const MY_TRADES = `query DemoMyTrades($productId: ID!) {
  myTrades(productId: $productId, first: 100) { id side quantity priceMinor amountMinor currency counterpartyName matchedAt }
}`;
const PLACE_ASK = `mutation DemoPlaceAsk($input: PlaceAskInput!) { placeAsk(input: $input) { order { ${ORDER_FIELDS} } trades { ${TRADE_FIELDS} } } }`;
const PLACE_BID = `mutation DemoPlaceBid($input: PlaceBidInput!) {
  placeBid(input: $input) { order { ${ORDER_FIELDS} } trades { ${TRADE_FIELDS} } bidRequest { status maxValueMinor } }
}`;
const REDUCE = `mutation DemoReduce($orderId: ID!, $openQuantity: Int!) { reduceOrder(orderId: $orderId, openQuantity: $openQuantity) { ${ORDER_FIELDS} } }`;
const CANCEL = `mutation DemoCancel($orderId: ID!) { cancelOrder(orderId: $orderId) { ${ORDER_FIELDS} } }`;
const BOOK = `query DemoBook($productId: ID!, $currency: String!) { bookDepth(productId: $productId, currency: $currency, levels: 10) { ${DEPTH_FIELDS} } }`;
const BOOK_CHANGED = `subscription DemoBookChanged($productId: ID!, $currency: String!) { bookChanged(productId: $productId, currency: $currency) { ${DEPTH_FIELDS} } }`;

interface Order {
  id: string;
  side: 'BID' | 'ASK';
  listingId: string | null;
  region: string | null;
  acceptedRegions: string[];
  quantity: number;
  openQuantity: number;
  filledQuantity: number;
  limitPriceMinor: number;
  minimumFill: number;
  status: string;
  closeReason: string | null;
}

interface Trade {
  id: string;
  bidId: string;
  askId: string;
  quantity: number;
  priceMinor: number;
  amountMinor: number;
  currency: string;
  takerSide: 'BID' | 'ASK';
}

interface MyTrade {
  id: string;
  side: 'BID' | 'ASK';
  quantity: number;
  priceMinor: number;
  amountMinor: number;
  currency: string;
  counterpartyName: string;
  matchedAt: string;
}

interface ListingHit {
  productCode: string;
  productName: string;
  available: number;
  listing: {
    id: string;
    productId: string;
    sellerCompanyId: string;
    sellerSku: string;
    region: string;
    currency: string;
    unitPriceMinor: number;
    priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
    minimumOrderQuantity: number;
    lotMultiple: number;
    leadTimeDays: number;
    onHand: number;
    status: string;
  };
}

interface Session {
  party: Party;
  email: string;
  token: string;
  companyId: string;
  name: string;
  kind: string;
}

/** An order this run placed, and what is still open of it as far as the run has seen. */
interface Placed {
  key: string;
  party: Party;
  order: Order;
}

// ---- output ------------------------------------------------------------------------------

const say = (line = '') => console.log(line);
const heading = (title: string) => say(`\n== ${title} ${'='.repeat(Math.max(3, 86 - title.length))}`);

// ---- live book ---------------------------------------------------------------------------

/** The product's book as bookChanged pushes it, kept so each step can show its update arriving. */
class LiveBook {
  private readonly updates: Array<{ depth: DepthView; at: number }> = [];
  private wake: (() => void) | undefined;
  private stop: (() => void) | undefined;
  problem: string | undefined;

  constructor(private readonly client: Client) {}

  async start(productId: string, currency: string): Promise<boolean> {
    const connected = new Promise<boolean>((resolve) => {
      this.client.on('connected', () => resolve(true));
      this.client.on('closed', () => resolve(false));
      setTimeout(() => resolve(false), 5_000).unref();
    });
    this.stop = this.client.subscribe<{ bookChanged: DepthView }>(
      { query: BOOK_CHANGED, variables: { productId, currency } },
      {
        next: (message) => {
          if (message.data) this.updates.push({ depth: message.data.bookChanged, at: Date.now() });
          else if (message.errors) this.problem = JSON.stringify(message.errors);
          this.wake?.();
        },
        error: (error) => {
          this.problem = error instanceof Error ? error.message : JSON.stringify(error);
          this.wake?.();
        },
        complete: () => undefined,
      },
    );
    const ok = await connected;
    // The subscribe message follows the connection on the same socket; give the gateway a moment to register it.
    if (ok) await new Promise((resolve) => setTimeout(resolve, 300));
    return ok && this.problem === undefined;
  }

  /** How many updates have arrived: pass it to `waitFor` to look only at later ones. */
  mark(): number {
    return this.updates.length;
  }

  /** Waits for an update after `since` equal to `depth`; its delay after `startedAt` in ms, or undefined. */
  async waitFor(since: number, depth: DepthView, startedAt: number, timeoutMs = LIVE_WAIT_MS): Promise<number | undefined> {
    const wanted = JSON.stringify(depth);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.updates.slice(since).find((update) => JSON.stringify(update.depth) === wanted);
      if (found) return Math.max(0, found.at - startedAt);
      const left = deadline - Date.now();
      if (left <= 0 || this.problem !== undefined) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  async close(): Promise<void> {
    this.stop?.();
    await this.client.dispose();
  }
}

/** An order's state in words: OPEN with what rests, FILLED, CLOSED and why. */
function orderState(order: Order): string {
  const quantity = (value: number) => formatQuantity(value, PRODUCT.baseUnit);
  const filled = order.filledQuantity > 0 ? `, ${quantity(order.filledQuantity)} filled` : '';
  switch (order.status) {
    case 'OPEN':
      return `OPEN: rests in the book with ${quantity(order.openQuantity)} open${filled}`;
    case 'FILLED':
      return `FILLED: ${quantity(order.filledQuantity)} traded`;
    case 'CLOSED': {
      const left = order.quantity - order.filledQuantity;
      return `CLOSED (${order.closeReason}): ${quantity(left)} left could never trade, so it is closed${filled}`;
    }
    default:
      return `${order.status}${filled}`;
  }
}

// ---- the demo ----------------------------------------------------------------------------

async function signIn(party: Party): Promise<Session> {
  const { email } = PARTIES[party];
  let token: string;
  try {
    token = (await gateway.request<{ signIn: { accessToken: string } }>(SIGN_IN, { email, password: DEMO_PASSWORD })).signIn.accessToken;
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      error.message = `${email} cannot sign in (${error.message}); \`npm start\` seeds the demo users unless LOTBOOK_SEED=false`;
    }
    throw error;
  }
  const { myCompany } = await gateway.request<{ myCompany: { id: string; tradingName: string; kind: string; status: string } }>(
    MY_COMPANY,
    {},
    token,
  );
  return { party, email, token, companyId: myCompany.id, name: myCompany.tradingName, kind: `${myCompany.kind}, ${myCompany.status}` };
}

/** A seller finds its own listing of the demo product through search. */
async function ownListing(seller: Session): Promise<ListingHit> {
  const { searchListings } = await gateway.request<{ searchListings: { hits: ListingHit[] } }>(
    OWN_LISTINGS,
    { filter: { sellerCompanyId: seller.companyId, attributes: PRODUCT.attributes, currency: PRODUCT.currency } },
    seller.token,
  );
  const hit = searchListings.hits.find((candidate) => candidate.productCode === PRODUCT.code && candidate.listing.status === 'ACTIVE');
  if (!hit)
    throw new Error(
      `${seller.name} has no active ${PRODUCT.code} listing in ${PRODUCT.currency}; is this the demo data \`npm start\` seeds?`,
    );
  return hit;
}

/** The listing as saveListing takes it, every term kept as it is. */
function restockInput(listing: ListingHit['listing']): Record<string, unknown> {
  return {
    productId: listing.productId,
    sellerSku: listing.sellerSku,
    region: listing.region,
    currency: listing.currency,
    unitPriceMinor: listing.unitPriceMinor,
    priceBreaks: listing.priceBreaks.map(({ fromQuantity, unitPriceMinor }) => ({ fromQuantity, unitPriceMinor })),
    minimumOrderQuantity: listing.minimumOrderQuantity,
    lotMultiple: listing.lotMultiple,
    leadTimeDays: listing.leadTimeDays,
    onHand: listing.onHand,
    status: listing.status,
  };
}

function terms(hit: ListingHit): ListingTerms {
  const { listing } = hit;
  return {
    listingId: listing.id,
    sellerSku: listing.sellerSku,
    region: listing.region,
    currency: listing.currency,
    unitPriceMinor: listing.unitPriceMinor,
    minimumOrderQuantity: listing.minimumOrderQuantity,
    lotMultiple: listing.lotMultiple,
    available: hit.available,
  };
}

async function main(): Promise<void> {
  say(`Lotbook demo: a trading scenario through the GraphQL gateway at ${GRAPHQL_URL}`);

  await gateway.request('query DemoPing { __typename }'); // fails early, and plainly, when nothing runs there

  heading('Signing in as the demo users');
  const sessions = {} as Record<Party, Session>;
  for (const party of Object.keys(PARTIES) as Party[]) {
    sessions[party] = await signIn(party);
    const session = sessions[party];
    say(`  ${session.name.padEnd(20)} ${session.email.padEnd(40)} ${PARTIES[party].role} (${session.kind})`);
  }
  const names = Object.fromEntries(Object.values(sessions).map((session) => [session.party, session.name])) as Record<Party, string>;

  heading('Finding the product and the sellers’ listings');
  const uralHit = await ownListing(sessions.ural);
  const productId = uralHit.listing.productId;
  const siberianHit = await ownListing(sessions.siberian);
  if (siberianHit.listing.productId !== productId) throw new Error(`the two sellers' ${PRODUCT.code} listings are of different products`);
  const { currency, baseUnit } = PRODUCT;
  const wording: Wording = { names, currency, baseUnit };
  const quantity = (value: number) => formatQuantity(value, baseUnit);
  const price = (value: number) => formatUnitPrice(value, currency, baseUnit);
  say(`  ${uralHit.productCode}: ${uralHit.productName}, traded in ${currency} per ${quantity(1).replace(/^1 /, '')}`);
  const offerQuantity = 2_000;
  const { productOffers } = await gateway.request<{
    productOffers: Array<{
      sellerTradingName: string;
      available: number;
      listing: { sellerSku: string; region: string; unitPriceMinor: number; minimumOrderQuantity: number; lotMultiple: number };
      quote: {
        ok: boolean;
        unitPriceMinor: number | null;
        explanation: string | null;
        refusal: { reason: string; message: string } | null;
      };
    }>;
  }>(PRODUCT_OFFERS, { productId, quantity: offerQuantity }, sessions.volga.token);
  say(`  Offers as ${names.volga} sees them (productOffers at ${quantity(offerQuantity)}):`);
  for (const offer of productOffers) {
    const { listing, quote } = offer;
    const quoted =
      quote.ok && quote.unitPriceMinor !== null
        ? `quote ${price(quote.unitPriceMinor)} (${quote.explanation})`
        : `no quote: ${quote.refusal?.message}`;
    say(
      `    ${offer.sellerTradingName.padEnd(16)} ${listing.sellerSku.padEnd(16)} ${listing.region.padEnd(14)} list ${price(listing.unitPriceMinor)}, ` +
        `min ${quantity(listing.minimumOrderQuantity)} in lots of ${quantity(listing.lotMultiple)}, ${quantity(offer.available)} available; ${quoted}`,
    );
  }
  say(`  (The book does not use list prices or contract discounts: each trade is at the resting order’s limit price.)`);

  heading('Clearing what an earlier run left in the book');
  let cleared = 0;
  for (const session of Object.values(sessions)) {
    for (;;) {
      const { myOrders } = await gateway.request<{ myOrders: Order[] }>(OPEN_ORDERS, { productId }, session.token);
      if (myOrders.length === 0) break;
      for (const order of myOrders) {
        await gateway.request(CANCEL, { orderId: order.id }, session.token);
        say(
          `  ${session.name} cancels its ${order.side.toLowerCase()} of ${quantity(order.openQuantity)} at ${price(order.limitPriceMinor)}`,
        );
        cleared += 1;
      }
    }
  }
  if (cleared === 0) say('  nothing to clear: the demo companies have no open orders on this product');
  const startBook = (await gateway.request<{ bookDepth: DepthView }>(BOOK, { productId, currency }, sessions.volga.token)).bookDepth;
  say(`  book now: ${depthLine(startBook, currency, baseUnit)}`);

  // An ask's stock is reserved while it is open; a cancelled ask's reservation is released a moment later.
  let market: Market = { ural: terms(uralHit), siberian: terms(siberianHit) };
  let steps: Step[] = planScenario(market);
  const needed = stockNeeded(steps);
  // Trades use stock up: after many runs a seller restocks its listing (saveListing), as sellers do.
  const restocked = new Set<Party>();
  for (let attempt = 0; ; attempt++) {
    const short = (['ural', 'siberian'] as const).filter((seller) => market[seller].available < needed[seller]);
    if (short.length === 0) break;
    if (attempt === 20) {
      const seller = short[0];
      throw new Error(
        `${names[seller]}'s listing ${market[seller].sellerSku} has ${quantity(market[seller].available)} available; the demo asks ${quantity(needed[seller])}`,
      );
    }
    if (attempt >= 6) {
      for (const seller of short.filter((candidate) => !restocked.has(candidate))) {
        const { listing } = await ownListing(sessions[seller]);
        const onHand = listing.onHand + needed[seller] * RESTOCK_RUNS - market[seller].available;
        await gateway.request(RESTOCK, { input: { ...restockInput(listing), onHand } }, sessions[seller].token);
        say(
          `  ${names[seller]} restocks its listing ${listing.sellerSku}: ${quantity(listing.onHand)} → ${quantity(onHand)} on hand (saveListing)`,
        );
        restocked.add(seller);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    market = { ural: terms(await ownListing(sessions.ural)), siberian: terms(await ownListing(sessions.siberian)) };
    steps = planScenario(market);
  }

  heading('Live updates');
  let live: LiveBook | undefined = new LiveBook(gateway.subscriptions(sessions.volga.token));
  if (await live.start(productId, currency)) {
    say(
      `  subscribed to bookChanged(${PRODUCT.code}, ${currency}) over graphql-ws as ${names.volga}; each step shows when its update arrived`,
    );
  } else {
    say(`  no live updates (${live.problem ?? 'could not connect over graphql-ws'}); the steps still run`);
    await live.close().catch(() => undefined);
    live = undefined;
  }

  heading('The scenario');
  const byKey = new Map<string, Placed>();
  const byId = new Map<string, Placed>();
  const runTradeIds = new Set<string>();
  const differences: string[] = [];
  const partyOfOrder = (orderId: string): string => {
    const placed = byId.get(orderId);
    return placed ? names[placed.party] : 'a company outside the demo';
  };

  for (const [index, step] of steps.entries()) {
    const target = step.kind === 'reduce' || step.kind === 'cancel' ? byKey.get(step.order) : undefined;
    say();
    say(
      `${String(index + 1).padStart(2)}. ${stepHeadline(step, wording, market, target && { side: target.order.side, limitPriceMinor: target.order.limitPriceMinor, openQuantity: target.order.openQuantity })}`,
    );
    say(`    ${step.why}`);
    const mark = live?.mark() ?? 0;
    const startedAt = Date.now();

    if (step.kind === 'ask' || step.kind === 'bid') {
      const session = sessions[step.party];
      let placement: { order: Order | null; trades: Trade[]; bidRequest?: { status: string; maxValueMinor: number } | null };
      try {
        placement =
          step.kind === 'ask'
            ? (
                await gateway.request<{ placeAsk: typeof placement }>(
                  PLACE_ASK,
                  { input: { listingId: market[step.party].listingId, quantity: step.quantity, limitPriceMinor: step.limitPriceMinor } },
                  session.token,
                )
              ).placeAsk
            : (
                await gateway.request<{ placeBid: typeof placement }>(
                  PLACE_BID,
                  {
                    input: {
                      productId,
                      currency,
                      quantity: step.quantity,
                      limitPriceMinor: step.limitPriceMinor,
                      minimumFill: step.minimumFill,
                      acceptedRegions: step.acceptedRegions,
                    },
                  },
                  session.token,
                )
              ).placeBid;
      } catch (error) {
        if (step.kind === 'ask' && step.refusal && error instanceof GraphQLRequestError && error.code === step.refusal) {
          say(`    → refused, as it should be: ${error.code}: ${error.errors[0]?.message}`);
          continue;
        }
        throw error;
      }
      if (step.kind === 'ask' && step.refusal)
        differences.push(`step ${index + 1}: expected the refusal ${step.refusal}, but the ask was placed`);
      if (placement.order === null) {
        // Bids go through orders: above the buyer's approval threshold a purchaser's bid waits for an approver.
        throw new Error(
          `${names[step.party]}'s bid waits for an approver (${placement.bidRequest?.status}, worth ${formatMoney(placement.bidRequest?.maxValueMinor ?? 0, currency)}): ` +
            `the demo needs its buyers' approval thresholds above its bids`,
        );
      }

      const order = placement.order;
      const placed: Placed = { key: step.key, party: step.party, order };
      byKey.set(step.key, placed);
      byId.set(order.id, placed);
      const actualTrades: ExpectedTrade[] = [];
      for (const trade of placement.trades) {
        runTradeIds.add(trade.id);
        const makerId = trade.bidId === order.id ? trade.askId : trade.bidId;
        const maker = byId.get(makerId);
        if (maker)
          maker.order = {
            ...maker.order,
            openQuantity: maker.order.openQuantity - trade.quantity,
            filledQuantity: maker.order.filledQuantity + trade.quantity,
          };
        actualTrades.push({ with: maker?.key ?? makerId, quantity: trade.quantity, priceMinor: trade.priceMinor });
        const resting = trade.takerSide === 'BID' ? 'the resting ask’s price' : 'the resting bid’s price';
        say(`    trade: ${tradeLine(trade, partyOfOrder(trade.bidId), partyOfOrder(trade.askId), baseUnit)}  (${resting})`);
        if (BigInt(trade.amountMinor) !== lineAmountMinor(trade.quantity, trade.priceMinor)) {
          differences.push(
            `step ${index + 1}: trade ${trade.id} amount ${trade.amountMinor} is not ${trade.quantity} × ${trade.priceMinor}`,
          );
        }
      }
      say(`    → ${orderState(order)}`);
      if (step.expect) {
        for (const difference of outcomeDifferences(step.expect, { ...order, trades: actualTrades }))
          differences.push(`step ${index + 1}: ${difference}`);
      }
    } else {
      if (!target) throw new Error(`step ${index + 1}: order ${step.order} was not placed in this run`);
      const session = sessions[target.party];
      const result =
        step.kind === 'reduce'
          ? (
              await gateway.request<{ reduceOrder: Order }>(
                REDUCE,
                { orderId: target.order.id, openQuantity: step.openQuantity },
                session.token,
              )
            ).reduceOrder
          : (await gateway.request<{ cancelOrder: Order }>(CANCEL, { orderId: target.order.id }, session.token)).cancelOrder;
      target.order = result;
      say(`    → ${orderState(result)}`);
      for (const difference of outcomeDifferences(step.expect, result)) differences.push(`step ${index + 1}: ${difference}`);
    }

    const { bookDepth } = await gateway.request<{ bookDepth: DepthView }>(BOOK, { productId, currency }, sessions.volga.token);
    let liveNote = '';
    if (live) {
      const delay = await live.waitFor(mark, bookDepth, startedAt);
      liveNote = delay === undefined ? `  [no live update within ${LIVE_WAIT_MS / 1000} s]` : `  [live bookChanged ✓ ${delay} ms]`;
    }
    say(`    book: ${depthLine(bookDepth, currency, baseUnit)}${liveNote}`);
  }
  await live?.close();

  heading(`The book of ${PRODUCT.code} in ${currency} (bookDepth: price levels, never who)`);
  const { bookDepth: finalBook } = await gateway.request<{ bookDepth: DepthView }>(BOOK, { productId, currency }, sessions.neva.token);
  for (const row of depthTable(finalBook, currency, baseUnit)) say(`  ${row}`);

  heading('Each company’s orders and trades in this run (myOrders, myTrades)');
  for (const session of Object.values(sessions)) {
    const [{ myOrders }, { myTrades }] = await Promise.all([
      gateway.request<{ myOrders: Order[] }>(MY_ORDERS, { productId }, session.token),
      gateway.request<{ myTrades: MyTrade[] }>(MY_TRADES, { productId }, session.token),
    ]);
    say(`\n  ${session.name} (${PARTIES[session.party].role})`);
    for (const order of myOrders.filter((candidate) => byId.has(candidate.id)).reverse()) {
      const regions = order.acceptedRegions.length > 0 ? ` from ${order.acceptedRegions.join(', ')}` : '';
      say(`    ${order.side} ${quantity(order.quantity)} at ${price(order.limitPriceMinor)}${regions} → ${orderState(order)}`);
    }
    const mine = myTrades.filter((trade) => runTradeIds.has(trade.id)).reverse();
    const totals = { BID: { units: 0, amount: 0n }, ASK: { units: 0, amount: 0n } };
    for (const trade of mine) {
      const verb = trade.side === 'BID' ? 'bought' : 'sold';
      const preposition = trade.side === 'BID' ? 'from' : 'to';
      const unitPrice = formatUnitPrice(trade.priceMinor, trade.currency, baseUnit);
      say(
        `    ${verb} ${quantity(trade.quantity)} ${preposition} ${trade.counterpartyName} at ${unitPrice} = ${formatMoney(trade.amountMinor, trade.currency)}`,
      );
      totals[trade.side].units += trade.quantity;
      totals[trade.side].amount += BigInt(trade.amountMinor);
    }
    if (mine.length === 0) say('    no trades in this run');
    for (const [side, verb] of [
      ['BID', 'bought'],
      ['ASK', 'sold'],
    ] as const) {
      if (totals[side].units > 0)
        say(`    in all: ${verb} ${quantity(totals[side].units)} for ${formatMoney(totals[side].amount, currency)}`);
    }
    const earlier = myTrades.length - mine.length;
    if (earlier > 0)
      say(
        `    (${earlier} earlier trade${earlier === 1 ? '' : 's'} in this product, from before this run${myTrades.length === 100 ? ', at least' : ''})`,
      );
    for (const trade of mine) {
      if (!Object.values(names).includes(trade.counterpartyName))
        differences.push(`${session.name}'s trade ${trade.id}: counterparty ${trade.counterpartyName} is not a demo company`);
    }
  }

  const ordersContext: OrdersDemoContext = {
    gateway,
    say,
    heading,
    buyers: (['volga', 'neva'] as const).map((party) => ({
      name: names[party],
      companyId: sessions[party].companyId,
      token: sessions[party].token,
    })),
    names: new Map(Object.values(sessions).map((session) => [session.companyId, session.name])),
    tradeIds: runTradeIds,
    tradedBaseUnit: baseUnit,
  };
  differences.push(...(await showTradeOrders(ordersContext)));
  differences.push(...(await showCheckout(ordersContext)));

  heading('Done');
  say(
    `  ${runTradeIds.size} trades in ${steps.length} steps, each now a CONFIRMED seller order, and a three-seller purchase; ` +
      'the orders still open stay in the book until the next run clears them.',
  );
  if (differences.length > 0) {
    say(`  Note: ${differences.length} outcome(s) differ from what the plan expects (another trader in the book, or a bug):`);
    for (const difference of differences) say(`    - ${difference}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof GatewayUnreachableError) {
      console.error(
        `\n${error.message}.\nStart the marketplace first with \`npm start\` (or point LOTBOOK_GRAPHQL_URL at a running gateway).`,
      );
    } else if (error instanceof GraphQLRequestError) {
      console.error(`\nThe demo stopped: the gateway answered with an error.\n${error.message}\n${error.describe()}`);
    } else {
      console.error(`\nThe demo stopped: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
