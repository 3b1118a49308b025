// The demo's purchasing part, after the trading scenario, through the GraphQL gateway only:
// the run's trades as the seller orders they became, then a three-seller checkout priced with
// both discounts, previewed and placed, every figure printed and worked out again.
import { randomUUID } from 'node:crypto';
import { GraphQLRequestError, type GraphQLHttpClient } from './graphql-client';
import { formatMoney, formatQuantity } from './money';
import { figureDifferences, type ShippingTerms } from './order-figures';
import {
  historyWords,
  paymentWords,
  purchaseTotalsLine,
  sellerOrderLines,
  tradeOrderLine,
  type SellerOrderFiguresView,
  type SellerOrderView,
} from './orders-report';
import { CHECKOUT_DELIVERY, CHECKOUT_PLAN, checkoutLineProblem, sellersOf, type CheckoutLinePlan } from './orders-scenario';

const LINE_FIELDS = `lineNo listingId productName sellerSku quantity unitPriceMinor priceBasis priceExplanation grossMinor sellerDiscountMinor
  netMinor loyaltyDiscountMinor payableMinor commissionRateBp commissionMinor`;
const FIGURE_FIELDS = `sellerCompanyId buyerCompanyId currency paymentMode paymentTermDays deliveryRegion grossMinor sellerDiscountMinor netMinor
  loyaltyDiscountMinor loyaltyRateBp shippingFeeMinor regionalFeeMinor freeShipping commissionMinor buyerPaysMinor
  sellerDiscountRule { rateBp thresholdMinor applied } lines { ${LINE_FIELDS} }`;
const ORDER_FIELDS = `id purchaseId origin tradeId status deliveryAddress ${FIGURE_FIELDS} history { from to actorKind reason }`;

const SELLER_ORDERS = `query DemoSellerOrders($statuses: [SellerOrderStatus!]) { sellerOrders(statuses: $statuses, first: 100) { ${ORDER_FIELDS} } }`;
const SELLER_TERMS = `query DemoSellerTerms($seller: ID!, $currency: String!) {
  sellerTerms(sellerCompanyId: $seller, currency: $currency) { shippingFees { region feeMinor } freeShippingFromNetMinor }
}`;
const CANCEL_ORDER = `mutation DemoCancelOrder($id: ID!, $key: String) {
  cancelSellerOrder(orderId: $id, reason: "Cleared by the next run of npm run demo", idempotencyKey: $key) { status }
}`;
const CLEAR_CART = `mutation DemoClearCart($key: String) { clearCart(idempotencyKey: $key) { companyId } }`;
const FIND_LISTINGS = `query DemoCheckoutListings($filter: ListingSearchFilter) {
  searchListings(filter: $filter, first: 50) {
    hits { productCode sellerTradingName available listing { id sellerCompanyId sellerSku region minimumOrderQuantity lotMultiple status } }
  }
}`;
const ADD_TO_CART = `mutation DemoAddToCart($listingId: ID!, $quantity: Int!, $key: String) {
  addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $key) { currency lines { listingId quantity } }
}`;
const PREVIEW = `query DemoPreview($region: String!) {
  checkoutPreview(deliveryRegion: $region) { currency totalMinor paymentMode needsApproval orders { ${FIGURE_FIELDS} } }
}`;
const MY_LEGAL_ENTITY = `query DemoLegalEntity { myCompany { legalEntities { id name } } }`;
const CHECKOUT = `mutation DemoCheckout($input: CheckoutInput!) {
  checkout(input: $input) { id totalMinor currency approval { status } orders { ${ORDER_FIELDS} } }
}`;

/** A signed-in buyer of the trading scenario. */
export interface DemoBuyer {
  name: string;
  companyId: string;
  token: string;
}

export interface OrdersDemoContext {
  gateway: GraphQLHttpClient;
  say: (line?: string) => void;
  heading: (title: string) => void;
  /** The scenario's buyers; the first one also makes the three-seller checkout. */
  buyers: readonly DemoBuyer[];
  /** Trading names by company id, as far as the demo knows them. */
  names: ReadonlyMap<string, string>;
  /** The trades this run made, and the unit of the product they traded. */
  tradeIds: ReadonlySet<string>;
  tradedBaseUnit: string;
}

/** The seller's shipping table in a currency, fetched once per run. */
function shippingTermsOf(context: OrdersDemoContext, token: string): (sellerCompanyId: string, currency: string) => Promise<ShippingTerms> {
  const known = new Map<string, Promise<ShippingTerms>>();
  return (sellerCompanyId, currency) => {
    const key = `${sellerCompanyId}:${currency}`;
    let terms = known.get(key);
    if (!terms) {
      terms = context.gateway
        .request<{ sellerTerms: ShippingTerms }>(SELLER_TERMS, { seller: sellerCompanyId, currency }, token)
        .then((answer) => answer.sellerTerms);
      known.set(key, terms);
    }
    return terms;
  };
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/**
 * Every trade of the run became a seller order of the buyer with the seller, CONFIRMED at once,
 * priced at the trade price with the loyalty discount, shipping and commission. Orders makes them
 * from trading's events, so the demo waits for them (a few seconds at most). Returns what differs
 * from what the rules make of them.
 */
export async function showTradeOrders(context: OrdersDemoContext): Promise<string[]> {
  const { gateway, say, heading, names } = context;
  heading('Trades become seller orders (sellerOrders, origin TRADE)');
  say('  Orders reads each trading.trade.matched and makes it the buyer’s seller order with the seller: CONFIRMED at once (both sides');
  say('  agreed in the book; the seller cannot refuse it), the stock already committed, priced at the trade price with the loyalty');
  say('  discount, shipping and commission, but no seller volume discount.');
  if (context.tradeIds.size === 0) {
    say('  (no trades in this run)');
    return [];
  }
  const found = new Map<string, { order: SellerOrderView; buyer: DemoBuyer }>();
  const deadline = Date.now() + 20_000;
  while (found.size < context.tradeIds.size && Date.now() < deadline) {
    for (const buyer of context.buyers) {
      const { sellerOrders } = await gateway.request<{ sellerOrders: SellerOrderView[] }>(
        SELLER_ORDERS,
        { statuses: ['CONFIRMED'] },
        buyer.token,
      );
      for (const order of sellerOrders) {
        if (order.origin === 'TRADE' && order.tradeId && context.tradeIds.has(order.tradeId)) found.set(order.tradeId, { order, buyer });
      }
    }
    if (found.size < context.tradeIds.size) await sleep(500);
  }
  const differences: string[] = [];
  if (found.size < context.tradeIds.size) {
    differences.push(`${context.tradeIds.size - found.size} of the run's ${context.tradeIds.size} trades had no seller order after 20 s`);
  }
  const runOrder = [...context.tradeIds];
  const orders = [...found.values()].sort((a, b) => runOrder.indexOf(a.order.tradeId ?? '') - runOrder.indexOf(b.order.tradeId ?? ''));
  for (const { order, buyer } of orders) {
    const seller = names.get(order.sellerCompanyId) ?? 'another seller';
    say(`  ${tradeOrderLine(order, buyer.name, seller, context.tradedBaseUnit)}`);
  }
  const [first] = orders;
  if (first) {
    const { order, buyer } = first;
    const shippingTerms = shippingTermsOf(context, buyer.token);
    say();
    say(`  One of them in full, as ${buyer.name} sees it (sellerOrder ${order.id}, from trade ${order.tradeId}):`);
    for (const line of sellerOrderLines(order, names.get(order.sellerCompanyId) ?? 'the seller', () => context.tradedBaseUnit)) {
      say(`    ${line}`);
    }
    say(`    status: ${order.status}, ${paymentWords(order)}; history: ${historyWords(order.history)}`);
    for (const { order: each } of orders) {
      for (const difference of figureDifferences(each, await shippingTerms(each.sellerCompanyId, each.currency))) {
        differences.push(`trade order ${each.id}: ${difference}`);
      }
      if (each.status !== 'CONFIRMED') differences.push(`trade order ${each.id} is ${each.status}, not CONFIRMED`);
      if (each.sellerDiscountMinor !== 0) differences.push(`trade order ${each.id} has a seller volume discount`);
    }
    say(
      differences.length === 0
        ? `  ✓ the figures of all ${orders.length} trade orders worked out again from quantity, price, rates and the sellers' shipping tables: the same to the kopeck`
        : `  ✗ ${differences.length} figure(s) differ from what the rules make of them (listed at the end)`,
    );
  }
  return differences;
}

interface ListingHit {
  productCode: string;
  sellerTradingName: string;
  available: number;
  listing: {
    id: string;
    sellerCompanyId: string;
    sellerSku: string;
    region: string;
    minimumOrderQuantity: number;
    lotMultiple: number;
    status: string;
  };
}

/** The seller's listing of the plan line's product, as the buyer finds it through search. */
async function findListing(context: OrdersDemoContext, token: string, line: CheckoutLinePlan): Promise<ListingHit> {
  const { searchListings } = await context.gateway.request<{ searchListings: { hits: ListingHit[] } }>(
    FIND_LISTINGS,
    { filter: { attributes: line.attributes, currency: 'RUB' } },
    token,
  );
  const hit = searchListings.hits.find(
    (candidate) =>
      candidate.productCode === line.productCode && candidate.sellerTradingName === line.seller && candidate.listing.status === 'ACTIVE',
  );
  if (!hit) throw new Error(`${line.seller} has no active ${line.productCode} listing in RUB; is this the demo data \`npm start\` seeds?`);
  const problem = checkoutLineProblem(line, { ...hit.listing, available: hit.available });
  if (problem) throw new Error(`${line.seller}'s listing ${hit.listing.sellerSku}: ${problem}`);
  return hit;
}

/**
 * Volga Construction's purchaser puts five lines from three sellers in the cart one call at a
 * time, previews the checkout (the purchase split per seller, both discounts, shipping, totals,
 * nothing reserved), and places it: one seller order per seller, stock reserved for every line.
 * Returns what differs from what the rules make of it.
 */
export async function showCheckout(context: OrdersDemoContext): Promise<string[]> {
  const { gateway, say, heading } = context;
  const buyer = context.buyers[0];
  const names = new Map(context.names);
  heading(`A three-seller checkout with both discounts (${buyer.name}’s purchaser)`);

  // What an earlier run placed and nobody confirmed gives its stock and its credit back.
  const { sellerOrders: waiting } = await gateway.request<{ sellerOrders: SellerOrderView[] }>(
    SELLER_ORDERS,
    { statuses: ['PLACED'] },
    buyer.token,
  );
  const earlier = waiting.filter(
    (order) => order.deliveryAddress === CHECKOUT_DELIVERY.address && order.buyerCompanyId === buyer.companyId,
  );
  for (const order of earlier) await gateway.request(CANCEL_ORDER, { id: order.id, key: randomUUID() }, buyer.token);
  if (earlier.length > 0)
    say(`  cancelled ${earlier.length} seller order(s) an earlier run placed and no seller has confirmed yet (cancelSellerOrder)`);
  await gateway.request(CLEAR_CART, { key: randomUUID() }, buyer.token);

  say(`  The cart (addToCart, one call a line):`);
  const unitOfListing = new Map<string, string>();
  for (const line of CHECKOUT_PLAN) {
    const hit = await findListing(context, buyer.token, line);
    names.set(hit.listing.sellerCompanyId, hit.sellerTradingName);
    unitOfListing.set(hit.listing.id, line.baseUnit);
    await gateway.request(ADD_TO_CART, { listingId: hit.listing.id, quantity: line.quantity, key: randomUUID() }, buyer.token);
    say(
      `    ${line.seller.padEnd(15)} ${hit.listing.sellerSku.padEnd(20)} ${formatQuantity(line.quantity, line.baseUnit).padStart(9)}  ` +
        `from ${hit.listing.region} (min ${formatQuantity(hit.listing.minimumOrderQuantity, line.baseUnit)}, lots of ${formatQuantity(hit.listing.lotMultiple, line.baseUnit)})`,
    );
  }
  const unitOf = (line: { listingId: string }) => unitOfListing.get(line.listingId) ?? 'PIECE';

  const { checkoutPreview: preview } = await gateway.request<{
    checkoutPreview: {
      currency: string;
      totalMinor: number;
      paymentMode: string;
      needsApproval: boolean;
      orders: SellerOrderFiguresView[];
    };
  }>(PREVIEW, { region: CHECKOUT_DELIVERY.region }, buyer.token);
  say();
  say(
    `  checkoutPreview(deliveryRegion: "${CHECKOUT_DELIVERY.region}"): ${preview.orders.length} seller orders, ${formatMoney(preview.totalMinor, preview.currency)} in all, ` +
      `${preview.paymentMode === 'NET_TERMS' ? 'on net terms' : 'paid in advance'}, ${preview.needsApproval ? 'waits for an approver' : 'no approval needed'}; nothing reserved yet`,
  );
  say('  volume discount = the seller’s rule on its order’s gross (seller-funded), split over its lines by gross;');
  say(
    '  loyalty = the buyer’s tier rate on each order’s net (platform-funded), split by net; commission = the category’s rate on each line’s net.',
  );
  const shippingTerms = shippingTermsOf(context, buyer.token);
  const differences: string[] = [];
  for (const order of preview.orders) {
    say();
    for (const line of sellerOrderLines(order, names.get(order.sellerCompanyId) ?? 'a seller', unitOf)) say(`  ${line}`);
    for (const difference of figureDifferences(order, await shippingTerms(order.sellerCompanyId, order.currency))) {
      differences.push(`preview, ${names.get(order.sellerCompanyId)}: ${difference}`);
    }
  }
  say();
  say(`  purchase: ${purchaseTotalsLine(preview.orders, preview.currency)}`);
  const sellers = sellersOf(CHECKOUT_PLAN);
  const previewSellers = preview.orders.map((order) => names.get(order.sellerCompanyId));
  if (previewSellers.join() !== sellers.join())
    differences.push(`preview: sellers ${previewSellers.join(', ')}, expected ${sellers.join(', ')}`);
  const totalOfOrders = preview.orders.reduce((sum, order) => sum + order.buyerPaysMinor, 0);
  if (totalOfOrders !== preview.totalMinor) differences.push(`preview: total ${preview.totalMinor} is not the orders' ${totalOfOrders}`);

  const { myCompany } = await gateway.request<{ myCompany: { legalEntities: Array<{ id: string; name: string }> } }>(
    MY_LEGAL_ENTITY,
    {},
    buyer.token,
  );
  const [entity] = myCompany.legalEntities;
  if (!entity) throw new Error(`${buyer.name} has no legal entity to buy for`);
  let purchase: { id: string; totalMinor: number; currency: string; approval: { status: string } | null; orders: SellerOrderView[] };
  try {
    purchase = (
      await gateway.request<{ checkout: typeof purchase }>(
        CHECKOUT,
        {
          input: {
            legalEntityId: entity.id,
            deliveryRegion: CHECKOUT_DELIVERY.region,
            deliveryAddress: CHECKOUT_DELIVERY.address,
            idempotencyKey: randomUUID(),
          },
        },
        buyer.token,
      )
    ).checkout;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'CREDIT_LIMIT_EXCEEDED') {
      error.message = `${error.message} (the demo's orders count against ${buyer.name}'s credit limit; a fresh database, or an operator's setCommercialTerms, clears it)`;
    }
    throw error;
  }
  say();
  say(
    `  checkout for ${entity.name}, to "${CHECKOUT_DELIVERY.address}": purchase ${purchase.id}, ${formatMoney(purchase.totalMinor, purchase.currency)}` +
      `${purchase.approval ? `, approval ${purchase.approval.status}` : ''}; stock reserved in catalog for every line`,
  );
  for (const order of purchase.orders) {
    const seller = names.get(order.sellerCompanyId) ?? 'a seller';
    say(
      `    ${seller.padEnd(15)} order ${order.id}: ${order.status}, ${paymentWords(order)}, buyer pays ${formatMoney(order.buyerPaysMinor, order.currency)}`,
    );
    const previewed = preview.orders.find((candidate) => candidate.sellerCompanyId === order.sellerCompanyId);
    for (const field of [
      'grossMinor',
      'sellerDiscountMinor',
      'loyaltyDiscountMinor',
      'shippingFeeMinor',
      'commissionMinor',
      'buyerPaysMinor',
    ] as const) {
      if (previewed?.[field] !== order[field])
        differences.push(`placed ${seller}: ${field} ${order[field]}, previewed ${previewed?.[field]}`);
    }
    for (const difference of figureDifferences(order, await shippingTerms(order.sellerCompanyId, order.currency))) {
      differences.push(`placed ${seller}: ${difference}`);
    }
  }
  if (purchase.totalMinor !== preview.totalMinor) differences.push(`placed total ${purchase.totalMinor}, previewed ${preview.totalMinor}`);
  say(
    differences.length === 0
      ? '  ✓ placed exactly as previewed; every line and order figure worked out again from quantities, prices, rates and shipping tables: the same to the kopeck'
      : `  ✗ ${differences.length} figure(s) differ (listed at the end)`,
  );
  say('  The sellers confirm (or refuse units), ship and the buyer confirms delivery with confirmSellerOrder, shipSellerOrder and');
  say('  confirmDelivery; `npm start` seeded purchases in every status to look at (sellerOrders, or the web app).');
  return differences;
}
