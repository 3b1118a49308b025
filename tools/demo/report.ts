// How the demo says things: step headlines, trades, and the book. Pure string building.
import { formatMajor, formatMoney, formatQuantity, formatUnitPrice, lineAmountMinor } from './money';
import type { Market, Party, Step } from './scenario';

export interface DepthLevelView {
  priceMinor: number;
  quantity: number;
  orderCount: number;
}

export interface DepthView {
  bids: DepthLevelView[];
  asks: DepthLevelView[];
}

/** Trading names of the parties, and what the product is counted and priced in. */
export interface Wording {
  names: Readonly<Record<Party, string>>;
  currency: string;
  baseUnit: string;
}

/** One sentence for a step: "Ural Steel asks 6,000 kg at 88.00 RUB/kg from Yekaterinburg". */
export function stepHeadline(
  step: Step,
  wording: Wording,
  market: Market,
  target?: { side: string; limitPriceMinor: number; openQuantity: number },
): string {
  const { names, currency, baseUnit } = wording;
  const quantity = (value: number) => formatQuantity(value, baseUnit);
  const price = (value: number) => formatUnitPrice(value, currency, baseUnit);
  switch (step.kind) {
    case 'ask':
      return `${names[step.party]} asks ${quantity(step.quantity)} at ${price(step.limitPriceMinor)} from ${market[step.party].region}`;
    case 'bid': {
      const terms = [`${names[step.party]} bids ${quantity(step.quantity)} at up to ${price(step.limitPriceMinor)}`];
      if (step.minimumFill > 1) terms.push(`minimum fill ${quantity(step.minimumFill)}`);
      if (step.acceptedRegions.length > 0) terms.push(`only from ${step.acceptedRegions.join(', ')}`);
      return terms.join(', ');
    }
    case 'reduce': {
      const owner = names[partyOf(step.order)];
      const what = target ? `its ${target.side.toLowerCase()} at ${price(target.limitPriceMinor)}` : `order ${step.order}`;
      const was = target ? ` (from ${quantity(target.openQuantity)})` : '';
      return `${owner} reduces ${what} to ${quantity(step.openQuantity)} open${was}`;
    }
    case 'cancel': {
      const owner = names[partyOf(step.order)];
      const what = target
        ? `its ${target.side.toLowerCase()} of ${quantity(target.openQuantity)} at ${price(target.limitPriceMinor)}`
        : `order ${step.order}`;
      return `${owner} cancels ${what}`;
    }
  }
}

/** The party that placed the order with this step key ("volga-3" → volga). */
export function partyOf(key: string): Party {
  const party = key.split('-')[0];
  if (party === 'ural' || party === 'siberian' || party === 'volga' || party === 'neva') return party;
  throw new Error(`no party places order ${key}`);
}

/** "Neva Shipyard buys 4,000 kg from Ural Steel at 88.00 RUB/kg = 352,000.00 RUB". */
export function tradeLine(
  trade: { quantity: number; priceMinor: number; currency: string },
  buyer: string,
  seller: string,
  baseUnit: string,
): string {
  const amount = formatMoney(lineAmountMinor(trade.quantity, trade.priceMinor), trade.currency);
  return `${buyer} buys ${formatQuantity(trade.quantity, baseUnit)} from ${seller} at ${formatUnitPrice(trade.priceMinor, trade.currency, baseUnit)} = ${amount}`;
}

/** The book on one line: "bids 86.00 × 1,500 kg | asks 90.00 × 1,000 kg, 91.52 × 2,000 kg". */
export function depthLine(depth: DepthView, currency: string, baseUnit: string): string {
  const side = (levels: DepthLevelView[]) =>
    levels.length === 0
      ? 'none'
      : levels.map((level) => `${formatMajor(level.priceMinor, currency)} × ${formatQuantity(level.quantity, baseUnit)}`).join(', ');
  return `bids ${side(depth.bids)} | asks ${side(depth.asks)}`;
}

/** The book as two columns, bids (highest first) beside asks (lowest first): price, quantity, order count; never who. */
export function depthTable(depth: DepthView, currency: string, baseUnit: string): string[] {
  const width = 40;
  const cell = (level: DepthLevelView) =>
    [
      formatUnitPrice(level.priceMinor, currency, baseUnit).padStart(16),
      formatQuantity(level.quantity, baseUnit).padStart(12),
      `${level.orderCount} order${level.orderCount === 1 ? '' : 's'}`,
    ]
      .join('  ')
      .padEnd(width);
  const rows = [`${'BIDS (highest first)'.padEnd(width)}    ASKS (lowest first)`];
  const height = Math.max(depth.bids.length, depth.asks.length, 1);
  for (let index = 0; index < height; index++) {
    const bid = depth.bids[index];
    const ask = depth.asks[index];
    const none = index === 0 ? '(none)' : '';
    rows.push(`${bid ? cell(bid) : none.padEnd(width)}    ${ask ? cell(ask) : none}`.trimEnd());
  }
  return rows;
}
