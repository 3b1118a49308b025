// The demo's script: who places what, at which price, and what the book's rules make of it.
// Pure: prices are set from the sellers' listings as found through GraphQL, so the plan is
// computed (and unit-tested) without a running system.

/** The demo users `npm start` seeds (tools/start/seed-demo.ts); every password is the same. */
export const DEMO_PASSWORD = 'lotbook-demo-2026';

export type Party = 'ural' | 'siberian' | 'volga' | 'neva';

export const PARTIES: Readonly<Record<Party, { email: string; role: 'seller' | 'buyer' }>> = {
  ural: { email: 'sales@ural-steel.example', role: 'seller' },
  siberian: { email: 'sales@siberian-cable.example', role: 'seller' },
  volga: { email: 'purchaser@volga-construction.example', role: 'buyer' },
  neva: { email: 'purchaser@neva-shipyard.example', role: 'buyer' },
};

/**
 * The product the scenario trades: hot-rolled steel sheet S355, 10 mm, found by its attributes.
 * Its base unit is the seed's: no GraphQL query returns a product (only the mutations that create one do).
 */
export const PRODUCT = { code: 'HRS-S355-10', attributes: { grade: 'S355', thickness_mm: '10' }, currency: 'RUB', baseUnit: 'KG' } as const;

/** A seller's listing terms, as searchListings shows them. */
export interface ListingTerms {
  listingId: string;
  sellerSku: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  minimumOrderQuantity: number;
  lotMultiple: number;
  /** On hand less active reservations. */
  available: number;
}

export type Market = Readonly<Record<'ural' | 'siberian', ListingTerms>>;

export type Status = 'OPEN' | 'FILLED' | 'CLOSED' | 'CANCELLED';

/** A trade the rules make: with which earlier order, how much, at what price (the resting order's). */
export interface ExpectedTrade {
  with: string;
  quantity: number;
  priceMinor: number;
}

export interface Outcome {
  trades: ExpectedTrade[];
  status: Status;
  openQuantity: number;
  closeReason?: 'BELOW_MINIMUM_FILL' | 'BELOW_MINIMUM_ORDER_QUANTITY' | 'BELOW_LOT_MULTIPLE';
}

interface StepBase {
  /** Why the step is in the scenario, printed under it. */
  why: string;
}

export interface AskStep extends StepBase {
  kind: 'ask';
  key: string;
  party: 'ural' | 'siberian';
  quantity: number;
  limitPriceMinor: number;
  /** Set when the gateway is expected to refuse the ask, with this error code. */
  refusal?: string;
  expect?: Outcome;
}

export interface BidStep extends StepBase {
  kind: 'bid';
  key: string;
  party: 'volga' | 'neva';
  quantity: number;
  limitPriceMinor: number;
  minimumFill: number;
  acceptedRegions: string[];
  expect: Outcome;
}

export interface ReduceStep extends StepBase {
  kind: 'reduce';
  order: string;
  openQuantity: number;
  expect: { status: Status; openQuantity: number };
}

export interface CancelStep extends StepBase {
  kind: 'cancel';
  order: string;
  expect: { status: Status; openQuantity: number };
}

export type Step = AskStep | BidStep | ReduceStep | CancelStep;

/** What an order step did, in the plan's words: trades named by the other order's step key. */
export interface ActualOutcome {
  trades?: ExpectedTrade[];
  status: string;
  openQuantity: number;
  closeReason?: string | null;
}

/** How what happened differs from what the plan says the rules make of the step; empty when it does not. */
export function outcomeDifferences(expected: Outcome | { status: Status; openQuantity: number }, actual: ActualOutcome): string[] {
  const differences: string[] = [];
  const trades = (list: ExpectedTrade[]) =>
    list.map((trade) => `${trade.quantity} at ${trade.priceMinor} with ${trade.with}`).join('; ') || 'none';
  if ('trades' in expected && trades(expected.trades) !== trades(actual.trades ?? [])) {
    differences.push(`trades: expected ${trades(expected.trades)}, got ${trades(actual.trades ?? [])}`);
  }
  if (expected.status !== actual.status) differences.push(`status: expected ${expected.status}, got ${actual.status}`);
  if (expected.openQuantity !== actual.openQuantity)
    differences.push(`open quantity: expected ${expected.openQuantity}, got ${actual.openQuantity}`);
  const expectedReason = 'closeReason' in expected ? (expected.closeReason ?? null) : null;
  if (expectedReason !== (actual.closeReason ?? null)) {
    differences.push(`close reason: expected ${expectedReason ?? 'none'}, got ${actual.closeReason ?? 'none'}`);
  }
  return differences;
}

/** Prices are whole roubles in the story: the least whole multiple of `step` at or above `value`. */
export function roundUp(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** Why an ask of `quantity` from this listing would be refused, or undefined when it would not. */
export function askProblem(quantity: number, listing: ListingTerms): string | undefined {
  const smallest = Math.max(listing.minimumOrderQuantity, listing.lotMultiple);
  if (!Number.isSafeInteger(quantity) || quantity <= 0) return `${quantity} is not a whole quantity above zero`;
  if (quantity < smallest) return `${quantity} is below the listing's minimum order quantity and lot (${smallest})`;
  if (quantity > listing.available) return `${quantity} is more than the ${listing.available} available`;
  return undefined;
}

/** Whether a quantity is a whole number of the listing's lots (what a trade from it always is). */
export function isWholeLots(quantity: number, listing: ListingTerms): boolean {
  return quantity % listing.lotMultiple === 0;
}

/** What the plan's asks take from each seller's stock: a run needs this much available. */
export function stockNeeded(steps: readonly Step[]): Record<'ural' | 'siberian', number> {
  const needed = { ural: 0, siberian: 0 };
  for (const step of steps) if (step.kind === 'ask' && !step.refusal) needed[step.party] += step.quantity;
  return needed;
}

/**
 * The scenario, priced from the two listings. It needs the terms the demo seed gives the
 * product (a minimum order of 1,000 kg in lots of 500 kg) and Ural Steel cheaper than Siberian
 * Cable by more than 2 roubles: otherwise the story would not hold, and this says why.
 */
export function planScenario(market: Market): Step[] {
  const { ural, siberian } = market;
  for (const listing of [ural, siberian]) {
    if (listing.minimumOrderQuantity !== 1_000 || listing.lotMultiple !== 500) {
      throw new Error(
        `the demo is written for a minimum order of 1,000 and lots of 500; listing ${listing.sellerSku} has ${listing.minimumOrderQuantity} and ${listing.lotMultiple}`,
      );
    }
    if (listing.currency !== PRODUCT.currency) throw new Error(`listing ${listing.sellerSku} is priced in ${listing.currency}, not RUB`);
  }
  const u = ural.unitPriceMinor; // Ural Steel asks at its list price…
  const s = siberian.unitPriceMinor; // …and so does Siberian Cable, from another region.
  if (u - 400 < 1 || u + 200 >= s) {
    throw new Error(`the demo needs Ural Steel's list price (${u}) at least 2.00 below Siberian Cable's (${s}) and above 4.00`);
  }
  const novosibirskOnly = roundUp(s, 100);

  return [
    {
      kind: 'ask',
      key: 'ural-too-small',
      party: 'ural',
      quantity: 700,
      limitPriceMinor: u,
      refusal: 'QUANTITY_BELOW_MINIMUM',
      why: 'below the listing’s minimum order of 1,000 kg: refused, nothing reserved',
    },
    {
      kind: 'ask',
      key: 'ural-1',
      party: 'ural',
      quantity: 6_000,
      limitPriceMinor: u,
      why: 'at its list price; the stock is reserved and the ask rests',
      expect: { trades: [], status: 'OPEN', openQuantity: 6_000 },
    },
    {
      kind: 'ask',
      key: 'ural-2',
      party: 'ural',
      quantity: 4_000,
      limitPriceMinor: u + 200,
      why: 'a second lot of sheet, 2.00 dearer',
      expect: { trades: [], status: 'OPEN', openQuantity: 4_000 },
    },
    {
      kind: 'ask',
      key: 'siberian-1',
      party: 'siberian',
      quantity: 5_000,
      limitPriceMinor: s,
      why: 'at its list price, the dearest ask',
      expect: { trades: [], status: 'OPEN', openQuantity: 5_000 },
    },
    {
      kind: 'bid',
      key: 'volga-1',
      party: 'volga',
      quantity: 2_300,
      limitPriceMinor: u + 100,
      minimumFill: 1_000,
      acceptedRegions: [],
      why: 'crosses the cheapest ask; 2,300 kg rounds down to 4 lots of 500 kg, and the 300 kg left is below its minimum fill',
      expect: {
        trades: [{ with: 'ural-1', quantity: 2_000, priceMinor: u }],
        status: 'CLOSED',
        openQuantity: 0,
        closeReason: 'BELOW_MINIMUM_FILL',
      },
    },
    {
      kind: 'bid',
      key: 'neva-1',
      party: 'neva',
      quantity: 7_000,
      limitPriceMinor: u + 200,
      minimumFill: 1_000,
      acceptedRegions: [],
      why: 'walks two price levels: the rest of the cheapest ask, then part of the next one',
      expect: {
        trades: [
          { with: 'ural-1', quantity: 4_000, priceMinor: u },
          { with: 'ural-2', quantity: 3_000, priceMinor: u + 200 },
        ],
        status: 'FILLED',
        openQuantity: 0,
      },
    },
    {
      kind: 'bid',
      key: 'volga-2',
      party: 'volga',
      quantity: 2_000,
      limitPriceMinor: novosibirskOnly,
      minimumFill: 1,
      acceptedRegions: [siberian.region],
      why: `takes goods from ${siberian.region} only: skips Ural Steel’s cheaper ask from ${ural.region}`,
      expect: { trades: [{ with: 'siberian-1', quantity: 2_000, priceMinor: s }], status: 'FILLED', openQuantity: 0 },
    },
    {
      kind: 'bid',
      key: 'volga-3',
      party: 'volga',
      quantity: 3_000,
      limitPriceMinor: u - 200,
      minimumFill: 1,
      acceptedRegions: [],
      why: 'below every ask: rests in the book',
      expect: { trades: [], status: 'OPEN', openQuantity: 3_000 },
    },
    {
      kind: 'bid',
      key: 'neva-2',
      party: 'neva',
      quantity: 4_000,
      limitPriceMinor: u - 300,
      minimumFill: 1_000,
      acceptedRegions: [],
      why: 'rests too, a level lower',
      expect: { trades: [], status: 'OPEN', openQuantity: 4_000 },
    },
    {
      kind: 'bid',
      key: 'neva-3',
      party: 'neva',
      quantity: 2_000,
      limitPriceMinor: u - 400,
      minimumFill: 1,
      acceptedRegions: [],
      why: 'a third level of bids',
      expect: { trades: [], status: 'OPEN', openQuantity: 2_000 },
    },
    {
      kind: 'reduce',
      order: 'siberian-1',
      openQuantity: 2_000,
      why: 'keeps its place in the book; the 1,000 kg taken off goes back to the listing’s stock',
      expect: { status: 'OPEN', openQuantity: 2_000 },
    },
    {
      kind: 'cancel',
      order: 'neva-3',
      why: 'leaves the book',
      expect: { status: 'CANCELLED', openQuantity: 0 },
    },
    {
      kind: 'ask',
      key: 'siberian-2',
      party: 'siberian',
      quantity: 1_500,
      limitPriceMinor: u - 300,
      why: 'crosses the best bid and trades at the resting bid’s price, above its own limit',
      expect: { trades: [{ with: 'volga-3', quantity: 1_500, priceMinor: u - 200 }], status: 'FILLED', openQuantity: 0 },
    },
  ];
}
