// How the demo prints seller orders: per seller and per line, every amount to the minor unit,
// who funds each discount, and a trade order on one line. Pure string building.
import { formatMajor, formatMoney, formatQuantity, formatUnitPrice } from './money';
import type { OrderFigures, OrderLineFigures } from './order-figures';

export interface OrderLineView extends OrderLineFigures {
  listingId: string;
  productName: string;
  sellerSku: string;
  priceBasis: string;
  priceExplanation: string;
}

/** A seller order's figures (a checkout preview's or a placed order's), as GraphQL gives them. */
export interface SellerOrderFiguresView extends OrderFigures {
  sellerCompanyId: string;
  buyerCompanyId: string;
  currency: string;
  paymentMode: string;
  paymentTermDays: number | null;
  regionalFeeMinor: number;
  lines: OrderLineView[];
}

export interface StatusStepView {
  from: string | null;
  to: string;
  actorKind: string;
  reason: string | null;
}

/** A placed seller order. */
export interface SellerOrderView extends SellerOrderFiguresView {
  id: string;
  purchaseId: string | null;
  origin: string;
  tradeId: string | null;
  status: string;
  deliveryAddress: string;
  history: StatusStepView[];
}

/** A rate in basis points as a percentage: 300 → "3 %", 250 → "2.5 %", 1234 → "12.34 %". */
export function percent(rateBp: number): string {
  const whole = Math.trunc(rateBp / 100);
  const hundredths = String(rateBp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${hundredths ? `.${hundredths}` : ''} %`;
}

/** Rows as a fixed-width table: the first `left` columns left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, left = 2): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < left ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Words for the seller discount rule an order was priced with. */
export function sellerDiscountWords(order: Pick<SellerOrderFiguresView, 'sellerDiscountRule' | 'currency'>): string {
  const rule = order.sellerDiscountRule;
  if (!rule) return 'no volume discount';
  const reached = rule.applied ? 'reached' : 'not reached';
  return `volume discount ${percent(rule.rateBp)} from ${formatMoney(rule.thresholdMinor, order.currency)} of gross: ${reached}`;
}

/**
 * One seller's order, per line: quantity, unit price, gross, the seller-funded volume discount,
 * net, the platform-funded loyalty discount, what the buyer pays, and the commission the seller
 * pays the platform; then the order's sums, its shipping and what the buyer pays in all.
 */
export function sellerOrderLines(order: SellerOrderFiguresView, sellerName: string, unitOf: (line: OrderLineView) => string): string[] {
  const money = (amount: number) => formatMajor(amount, order.currency);
  const out = [`${sellerName}: ${sellerDiscountWords(order)}; loyalty ${percent(order.loyaltyRateBp)} (amounts in ${order.currency})`];
  const rows = order.lines.map((line) => [
    String(line.lineNo),
    `${line.productName} (${line.sellerSku})`,
    formatQuantity(line.quantity, unitOf(line)),
    formatUnitPrice(line.unitPriceMinor, order.currency, unitOf(line)).replace(` ${order.currency}`, ''),
    money(line.grossMinor),
    money(-line.sellerDiscountMinor),
    money(line.netMinor),
    money(-line.loyaltyDiscountMinor),
    money(line.payableMinor),
    `${percent(line.commissionRateBp)} ${money(line.commissionMinor)}`,
  ]);
  rows.push([
    '',
    'the seller order',
    '',
    '',
    money(order.grossMinor),
    money(-order.sellerDiscountMinor),
    money(order.netMinor),
    money(-order.loyaltyDiscountMinor),
    money(order.grossMinor - order.sellerDiscountMinor - order.loyaltyDiscountMinor),
    money(order.commissionMinor),
  ]);
  const header = [
    '#',
    'product (seller SKU)',
    'quantity',
    'unit price',
    'gross',
    'volume disc.',
    'net',
    'loyalty',
    'payable',
    'commission',
  ];
  out.push(...table(header, rows).map((row) => `  ${row}`));
  for (const line of order.lines) out.push(`  line ${line.lineNo} price: ${line.priceBasis}, ${line.priceExplanation}`);
  const shipping = order.freeShipping
    ? `free (the net reached the seller's free-shipping amount; its fee to ${order.deliveryRegion} is ${money(order.regionalFeeMinor)})`
    : `${money(order.shippingFeeMinor)} (the seller's fee to ${order.deliveryRegion})`;
  out.push(`  shipping: ${shipping}`);
  const payable = order.buyerPaysMinor - order.shippingFeeMinor;
  out.push(
    `  buyer pays ${money(payable)} + ${money(order.shippingFeeMinor)} shipping = ${formatMoney(order.buyerPaysMinor, order.currency)}; ` +
      `the seller funds ${money(order.sellerDiscountMinor)}, the platform ${money(order.loyaltyDiscountMinor)}, ` +
      `the seller pays ${money(order.commissionMinor)} commission`,
  );
  return out;
}

/** The purchase's sums over its seller orders. */
export function purchaseTotalsLine(orders: readonly SellerOrderFiguresView[], currency: string): string {
  const sum = (field: 'grossMinor' | 'sellerDiscountMinor' | 'loyaltyDiscountMinor' | 'shippingFeeMinor' | 'buyerPaysMinor') =>
    orders.reduce((total, order) => total + BigInt(order[field]), 0n);
  return (
    `gross ${formatMajor(sum('grossMinor'), currency)} − volume discounts ${formatMajor(sum('sellerDiscountMinor'), currency)} ` +
    `− loyalty ${formatMajor(sum('loyaltyDiscountMinor'), currency)} + shipping ${formatMajor(sum('shippingFeeMinor'), currency)} ` +
    `= ${formatMoney(sum('buyerPaysMinor'), currency)}`
  );
}

/** How the order is paid: "net 30 days" or "in advance". */
export function paymentWords(order: Pick<SellerOrderFiguresView, 'paymentMode' | 'paymentTermDays'>): string {
  if (order.paymentMode === 'NET_TERMS') return `on net ${order.paymentTermDays ?? '?'} days`;
  if (order.paymentMode === 'PREPAY') return 'paid in advance';
  return order.paymentMode;
}

/** A trade order on one line: who bought what from whom, its figures, its status and how it is paid. */
export function tradeOrderLine(order: SellerOrderView, buyer: string, seller: string, baseUnit: string): string {
  const [line] = order.lines;
  const money = (amount: number) => formatMajor(amount, order.currency);
  const shipping = order.shippingFeeMinor > 0 ? `${money(order.shippingFeeMinor)} from ${order.deliveryRegion}` : 'free';
  return (
    `${buyer} ← ${seller}: ${formatQuantity(line.quantity, baseUnit)} × ${formatUnitPrice(line.unitPriceMinor, order.currency, baseUnit)} ` +
    `= ${money(order.grossMinor)}, loyalty ${percent(order.loyaltyRateBp)} −${money(order.loyaltyDiscountMinor)}, shipping ${shipping}, ` +
    `buyer pays ${formatMoney(order.buyerPaysMinor, order.currency)}; commission ${money(order.commissionMinor)}; ${order.status}, ${paymentWords(order)}`
  );
}

/** Every status step: "created CONFIRMED (SYSTEM: ...) → SHIPPED (USER)". */
export function historyWords(history: readonly StatusStepView[]): string {
  return history
    .map((step) => {
      const who = step.reason ? `${step.actorKind}: ${step.reason}` : step.actorKind;
      return `${step.from === null ? 'created ' : ''}${step.to} (${who})`;
    })
    .join(' → ');
}
