import { allocateMinorUnits, applyBasisPoints, isCurrencyCode } from '@lotbook/money';
import { OrdersDomainError } from './errors';

/**
 * Pricing of a seller order, in the order of steps, all in integer minor units:
 *
 * 1. gross = quantity × unit price (the price that applies to this buyer for this quantity,
 *    with its basis and the quote's explanation carried through);
 * 2. seller volume discount (seller-funded): rate × the seller order's gross, once, when that
 *    gross reaches (>=) the rule's threshold; split over the lines by gross; net = gross − share;
 * 3. loyalty discount (platform-funded): the buyer's tier rate × the seller order's net, once,
 *    split over the lines by net; a line's payable = net − loyalty share;
 * 4. one shipping fee per seller order from the seller's table for the delivery region, free
 *    when the seller order's net reaches (>=) the table's free-from amount;
 * 5. commission: the line's category rate × the line's net, once per line.
 *
 * A percentage is `applyBasisPoints` (half up to the minor unit); a split is
 * `allocateMinorUnits` (largest remainder, ties to the earlier line), so every split adds up
 * to its whole. The buyer pays sum(net − loyalty share) + shipping.
 */

export type PriceBasis = 'LIST_PRICE' | 'PRICE_BREAK' | 'CONTRACT' | 'TRADE';

/** The seller's volume discount: `rateBp` of the seller order's gross once the gross reaches `thresholdMinor`. */
export interface SellerDiscountRule {
  readonly rateBp: number;
  readonly thresholdMinor: number;
}

/** The seller's outbound shipping: a fee per destination region, free from an optional seller-order net. */
export interface ShippingTable {
  readonly feeByRegionMinor: Readonly<Record<string, number>>;
  readonly freeFromNetMinor: number | null;
}

export interface OrderLinePricingInput {
  /** The cart line (or order line) this prices; unique within the seller order. */
  readonly lineId: string;
  readonly quantity: number;
  /** The unit price that applies to this buyer for this quantity (catalog's quote, or the trade price). */
  readonly unitPriceMinor: number;
  readonly priceBasis: PriceBasis;
  /** The quote's reason, e.g. "volume break from 500 kg" or "contract C-17"; stored as given. */
  readonly priceExplanation: string;
  /** The operator's commission rate for the line's category. */
  readonly commissionRateBp: number;
  /** The restocking rate a return of this line will be charged; stored for returns, not used here. */
  readonly restockingRateBp: number;
}

export interface SellerOrderPricingInput {
  readonly sellerId: string;
  readonly currency: string;
  readonly deliveryRegion: string;
  readonly lines: readonly OrderLinePricingInput[];
  readonly sellerDiscount: SellerDiscountRule | null;
  /** False for a trade order: the price was agreed in the book, no seller volume discount applies. */
  readonly sellerDiscountApplies: boolean;
  readonly loyaltyRateBp: number;
  readonly shipping: ShippingTable;
}

export interface PricedOrderLine extends OrderLinePricingInput {
  readonly grossMinor: number;
  /** This line's share of the seller discount (seller-funded). */
  readonly sellerDiscountMinor: number;
  /** gross − sellerDiscount. */
  readonly netMinor: number;
  /** This line's share of the loyalty discount (platform-funded), including `priceGuaranteeMinor`. */
  readonly loyaltyDiscountMinor: number;
  /** net − loyaltyDiscount: what the buyer pays for the line. */
  readonly payableMinor: number;
  /** commissionRateBp × net, rounded once for the line. */
  readonly commissionMinor: number;
  /**
   * Units the platform added to this line's loyalty discount when the seller refused lines, so
   * the kept line costs no more per unit than at checkout (see `repriceAfterRefusal`); 0 at checkout.
   */
  readonly priceGuaranteeMinor: number;
}

export interface PricedSellerOrder {
  readonly sellerId: string;
  readonly currency: string;
  readonly deliveryRegion: string;
  readonly lines: readonly PricedOrderLine[];
  /** Sums of the lines' figures. */
  readonly grossMinor: number;
  readonly sellerDiscountMinor: number;
  readonly netMinor: number;
  readonly loyaltyDiscountMinor: number;
  readonly payableMinor: number;
  readonly commissionMinor: number;
  readonly priceGuaranteeMinor: number;
  /** The rule the order was priced with; null when the seller has none or for a trade order. */
  readonly sellerDiscountRule: SellerDiscountRule | null;
  /** Whether the seller discount applied (gross reached the threshold at checkout). */
  readonly sellerDiscountApplied: boolean;
  readonly loyaltyRateBp: number;
  /** F: the outbound shipping fee charged; 0 when shipping was free. */
  readonly shippingFeeMinor: number;
  /** L: the seller's fee for the delivery region, what a return label costs, even when shipping was free. */
  readonly regionalFeeMinor: number;
  readonly freeShipping: boolean;
  /** The free-shipping amount of the seller's table the order was priced with. */
  readonly freeShippingFromNetMinor: number | null;
  /** sum(net − loyalty share) + shipping fee. */
  readonly buyerPaysMinor: number;
}

/** A cart line: a line of one seller's listing, in the cart's currency. */
export interface CheckoutLine extends OrderLinePricingInput {
  readonly sellerId: string;
  readonly currency: string;
}

export interface SellerPricingTerms {
  readonly sellerDiscount: SellerDiscountRule | null;
  readonly shipping: ShippingTable;
}

export interface CheckoutPricingContext {
  readonly deliveryRegion: string;
  /** The buyer's loyalty tier rate (see `loyaltyRateFor`). */
  readonly loyaltyRateBp: number;
  /** The discount rule and shipping table of every seller in the cart, by seller id. */
  readonly sellers: Readonly<Record<string, SellerPricingTerms>>;
}

export interface PricedCheckout {
  readonly currency: string;
  /** One seller order per seller, in the order the sellers first appear in the cart. */
  readonly sellerOrders: readonly PricedSellerOrder[];
  readonly grossMinor: number;
  readonly sellerDiscountMinor: number;
  readonly netMinor: number;
  readonly loyaltyDiscountMinor: number;
  readonly shippingFeeMinor: number;
  readonly buyerPaysMinor: number;
}

const MAX_BP = 10_000;

function fail(code: ConstructorParameters<typeof OrdersDomainError>[0], message: string, field?: string): never {
  throw new OrdersDomainError(code, message, field);
}

function assertRate(rateBp: number, what: string, field?: string): void {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > MAX_BP) {
    fail('INVALID_RATE', `${what} must be whole basis points from 0 to ${MAX_BP}, got ${rateBp}`, field);
  }
}

function assertAmount(amountMinor: number, what: string, field?: string): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    fail('INVALID_AMOUNT', `${what} must be a non-negative safe integer of minor units, got ${amountMinor}`, field);
  }
}

function assertCurrency(currency: string): void {
  if (!isCurrencyCode(currency)) fail('UNKNOWN_CURRENCY', `"${currency}" is not an ISO 4217 currency code`, 'currency');
}

/** a + b, or AMOUNT_OUT_OF_RANGE past Number.MAX_SAFE_INTEGER (a double sum past it is never a safe integer). */
function add(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) fail('AMOUNT_OUT_OF_RANGE', `${a} + ${b} minor units is beyond ${Number.MAX_SAFE_INTEGER}`);
  return sum;
}

function sum(values: readonly number[]): number {
  return values.reduce(add, 0);
}

function grossOf(line: OrderLinePricingInput): number {
  const product = BigInt(line.quantity) * BigInt(line.unitPriceMinor);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) {
    fail('AMOUNT_OUT_OF_RANGE', `${line.quantity} × ${line.unitPriceMinor} minor units is beyond ${Number.MAX_SAFE_INTEGER}`, line.lineId);
  }
  return Number(product);
}

/** A split that also takes all-zero weights: then the amount is 0 too (a rate of zero), and so is every part. */
function split(amountMinor: number, weights: readonly number[]): number[] {
  if (amountMinor === 0) return weights.map(() => 0);
  return allocateMinorUnits(amountMinor, weights);
}

function validateLines(lines: readonly OrderLinePricingInput[]): void {
  if (lines.length === 0) fail('NO_LINES', 'a seller order needs at least one line', 'lines');
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.lineId)) fail('DUPLICATE_LINE', `line ${line.lineId} appears twice`, line.lineId);
    seen.add(line.lineId);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      fail('INVALID_QUANTITY', `line ${line.lineId}: quantity must be a positive integer, got ${line.quantity}`, line.lineId);
    }
    assertAmount(line.unitPriceMinor, `line ${line.lineId}: unit price`, line.lineId);
    assertRate(line.commissionRateBp, `line ${line.lineId}: commission rate`, line.lineId);
    assertRate(line.restockingRateBp, `line ${line.lineId}: restocking rate`, line.lineId);
  }
}

/** Steps 1-3 and 5 over the lines at given rates; a seller discount rate of 0 means none. */
function priceLines(lines: readonly OrderLinePricingInput[], sellerDiscountRateBp: number, loyaltyRateBp: number): PricedOrderLine[] {
  const gross = lines.map(grossOf);
  const sellerDiscounts = split(applyBasisPoints(sum(gross), sellerDiscountRateBp), gross);
  const net = gross.map((g, index) => g - sellerDiscounts[index]);
  const loyaltyDiscounts = split(applyBasisPoints(sum(net), loyaltyRateBp), net);
  return lines.map((line, index) => ({
    ...line,
    grossMinor: gross[index],
    sellerDiscountMinor: sellerDiscounts[index],
    netMinor: net[index],
    loyaltyDiscountMinor: loyaltyDiscounts[index],
    payableMinor: net[index] - loyaltyDiscounts[index],
    commissionMinor: applyBasisPoints(net[index], line.commissionRateBp),
    priceGuaranteeMinor: 0,
  }));
}

type OrderTerms = Omit<
  PricedSellerOrder,
  | 'lines'
  | 'grossMinor'
  | 'sellerDiscountMinor'
  | 'netMinor'
  | 'loyaltyDiscountMinor'
  | 'payableMinor'
  | 'commissionMinor'
  | 'priceGuaranteeMinor'
  | 'buyerPaysMinor'
>;

function assemble(terms: OrderTerms, lines: readonly PricedOrderLine[]): PricedSellerOrder {
  const payableMinor = sum(lines.map((line) => line.payableMinor));
  return {
    sellerId: terms.sellerId,
    currency: terms.currency,
    deliveryRegion: terms.deliveryRegion,
    lines,
    grossMinor: sum(lines.map((line) => line.grossMinor)),
    sellerDiscountMinor: sum(lines.map((line) => line.sellerDiscountMinor)),
    netMinor: sum(lines.map((line) => line.netMinor)),
    loyaltyDiscountMinor: sum(lines.map((line) => line.loyaltyDiscountMinor)),
    payableMinor,
    commissionMinor: sum(lines.map((line) => line.commissionMinor)),
    priceGuaranteeMinor: sum(lines.map((line) => line.priceGuaranteeMinor)),
    sellerDiscountRule: terms.sellerDiscountRule,
    sellerDiscountApplied: terms.sellerDiscountApplied,
    loyaltyRateBp: terms.loyaltyRateBp,
    shippingFeeMinor: terms.shippingFeeMinor,
    regionalFeeMinor: terms.regionalFeeMinor,
    freeShipping: terms.freeShipping,
    freeShippingFromNetMinor: terms.freeShippingFromNetMinor,
    buyerPaysMinor: add(payableMinor, terms.shippingFeeMinor),
  };
}

/** Prices one seller order (steps 1-5). Throws `OrdersDomainError` on bad input. */
export function priceSellerOrder(input: SellerOrderPricingInput): PricedSellerOrder {
  assertCurrency(input.currency);
  validateLines(input.lines);
  assertRate(input.loyaltyRateBp, 'loyalty rate', 'loyaltyRateBp');
  const rule = input.sellerDiscountApplies ? input.sellerDiscount : null;
  if (rule) {
    assertRate(rule.rateBp, `seller ${input.sellerId}: volume discount rate`, 'sellerDiscount');
    assertAmount(rule.thresholdMinor, `seller ${input.sellerId}: volume discount threshold`, 'sellerDiscount');
  }
  const { feeByRegionMinor, freeFromNetMinor } = input.shipping;
  if (freeFromNetMinor !== null) assertAmount(freeFromNetMinor, `seller ${input.sellerId}: free shipping amount`, 'shipping');
  // Own keys only: a region called "constructor" must not find Object.prototype's.
  if (!Object.hasOwn(feeByRegionMinor, input.deliveryRegion)) {
    fail('REGION_NOT_SHIPPED', `seller ${input.sellerId} does not ship to region ${input.deliveryRegion}`, input.deliveryRegion);
  }
  const regionalFeeMinor = feeByRegionMinor[input.deliveryRegion];
  assertAmount(regionalFeeMinor, `seller ${input.sellerId}: shipping fee to ${input.deliveryRegion}`, 'shipping');

  const grossMinor = sum(input.lines.map(grossOf));
  const sellerDiscountApplied = rule !== null && grossMinor >= rule.thresholdMinor;
  const lines = priceLines(input.lines, sellerDiscountApplied ? rule.rateBp : 0, input.loyaltyRateBp);
  const netMinor = sum(lines.map((line) => line.netMinor));
  const freeShipping = freeFromNetMinor !== null && netMinor >= freeFromNetMinor;
  return assemble(
    {
      sellerId: input.sellerId,
      currency: input.currency,
      deliveryRegion: input.deliveryRegion,
      sellerDiscountRule: rule ? { rateBp: rule.rateBp, thresholdMinor: rule.thresholdMinor } : null,
      sellerDiscountApplied,
      loyaltyRateBp: input.loyaltyRateBp,
      shippingFeeMinor: freeShipping ? 0 : regionalFeeMinor,
      regionalFeeMinor,
      freeShipping,
      freeShippingFromNetMinor: freeFromNetMinor,
    },
    lines,
  );
}

/**
 * Prices a cart: one seller order per seller (in the order sellers first appear), each line
 * kept in cart order. Every line must be in one currency (`MIXED_CURRENCIES`).
 */
export function priceCheckout(lines: readonly CheckoutLine[], context: CheckoutPricingContext): PricedCheckout {
  if (lines.length === 0) fail('NO_LINES', 'the cart is empty', 'lines');
  const currency = lines[0].currency;
  assertCurrency(currency);
  const bySeller = new Map<string, OrderLinePricingInput[]>();
  const lineIds = new Set<string>();
  for (const line of lines) {
    if (lineIds.has(line.lineId)) fail('DUPLICATE_LINE', `line ${line.lineId} appears twice in the cart`, line.lineId);
    lineIds.add(line.lineId);
    if (line.currency !== currency) {
      fail('MIXED_CURRENCIES', `line ${line.lineId} is in ${line.currency}, the cart in ${currency}`, line.lineId);
    }
    const { sellerId, currency: _currency, ...pricingLine } = line;
    const sellerLines = bySeller.get(sellerId) ?? [];
    sellerLines.push(pricingLine);
    bySeller.set(sellerId, sellerLines);
  }
  const sellerOrders = [...bySeller].map(([sellerId, sellerLines]) => {
    if (!Object.hasOwn(context.sellers, sellerId)) {
      fail('SELLER_TERMS_MISSING', `no discount rule and shipping table were given for seller ${sellerId}`, sellerId);
    }
    const terms = context.sellers[sellerId];
    return priceSellerOrder({
      sellerId,
      currency,
      deliveryRegion: context.deliveryRegion,
      lines: sellerLines,
      sellerDiscount: terms.sellerDiscount,
      sellerDiscountApplies: true,
      loyaltyRateBp: context.loyaltyRateBp,
      shipping: terms.shipping,
    });
  });
  const total = (figure: (order: PricedSellerOrder) => number) => sum(sellerOrders.map(figure));
  return {
    currency,
    sellerOrders,
    grossMinor: total((order) => order.grossMinor),
    sellerDiscountMinor: total((order) => order.sellerDiscountMinor),
    netMinor: total((order) => order.netMinor),
    loyaltyDiscountMinor: total((order) => order.loyaltyDiscountMinor),
    shippingFeeMinor: total((order) => order.shippingFeeMinor),
    buyerPaysMinor: total((order) => order.buyerPaysMinor),
  };
}

/**
 * Prices again the lines a seller keeps when confirming (`keptQuantities`: every line id of
 * the order with the quantity kept, 0 to refuse the line whole), at the rates of checkout:
 *
 * - seller discount: its rate × the new gross if it applied at checkout (even if the new gross
 *   is below the threshold), else none; split by gross as before;
 * - loyalty: the same rate × the new net, split by net; commission: the same rates per line;
 * - shipping: the fee charged at checkout, 0 if it was free (even if the new net is below the
 *   free-shipping amount); the regional fee L is unchanged.
 *
 * Price guarantee: no kept line costs more per unit than at checkout. Re-rounding a smaller
 * order can move a line's share by a unit or two, so a kept line's payable is capped at
 * floor(checkout payable × kept quantity / checkout quantity); what the cap takes off is added
 * to that line's loyalty discount (platform-funded: net and commission, the seller's figures,
 * stay as computed) and reported as `priceGuaranteeMinor`. So every figure still adds up:
 * payable = net − loyalty, loyaltyDiscount = loyaltyRate × net (rounded, split) + guarantee,
 * and buyerPays = sum(payable) + shipping.
 *
 * Lines kept at 0 are dropped; keeping nothing is `NOTHING_KEPT` (a full refusal is a cancel).
 */
export function repriceAfterRefusal(order: PricedSellerOrder, keptQuantities: Readonly<Record<string, number>>): PricedSellerOrder {
  const byId = new Map(order.lines.map((line) => [line.lineId, line]));
  for (const lineId of Object.keys(keptQuantities)) {
    if (!byId.has(lineId)) fail('UNKNOWN_LINE', `line ${lineId} is not in the order of seller ${order.sellerId}`, lineId);
  }
  const kept: { checkout: PricedOrderLine; quantity: number }[] = [];
  for (const line of order.lines) {
    const quantity = Object.hasOwn(keptQuantities, line.lineId) ? keptQuantities[line.lineId] : undefined;
    if (quantity === undefined || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > line.quantity) {
      fail(
        'INVALID_KEPT_QUANTITY',
        `line ${line.lineId}: the kept quantity must be given as a whole number from 0 to ${line.quantity}, got ${quantity}`,
        line.lineId,
      );
    }
    if (quantity > 0) kept.push({ checkout: line, quantity });
  }
  if (kept.length === 0) fail('NOTHING_KEPT', `the seller keeps no line of the order; refusing every line cancels it`, 'keptQuantities');

  const inputs = kept.map(({ checkout, quantity }): OrderLinePricingInput => {
    const { lineId, unitPriceMinor, priceBasis, priceExplanation, commissionRateBp, restockingRateBp } = checkout;
    return { lineId, quantity, unitPriceMinor, priceBasis, priceExplanation, commissionRateBp, restockingRateBp };
  });
  const sellerDiscountRateBp = order.sellerDiscountApplied && order.sellerDiscountRule ? order.sellerDiscountRule.rateBp : 0;
  const lines = priceLines(inputs, sellerDiscountRateBp, order.loyaltyRateBp).map((line, index): PricedOrderLine => {
    const { checkout, quantity } = kept[index];
    const cap = Number((BigInt(checkout.payableMinor) * BigInt(quantity)) / BigInt(checkout.quantity));
    if (line.payableMinor <= cap) return line;
    const guarantee = line.payableMinor - cap;
    return { ...line, loyaltyDiscountMinor: line.loyaltyDiscountMinor + guarantee, payableMinor: cap, priceGuaranteeMinor: guarantee };
  });
  const { lines: _lines, ...terms } = order;
  return assemble(terms, lines);
}
