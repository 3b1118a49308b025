// The demo's own check of a seller order's figures: the pricing steps worked out again,
// independently of the orders service, from what the order states (quantities, unit prices, the
// rates and the discount rule it was priced with) and the seller's shipping table, in bigint.
// Pure: no I/O.

/** A line of a seller order as GraphQL gives it (amounts in minor units). */
export interface OrderLineFigures {
  lineNo: number;
  quantity: number;
  unitPriceMinor: number;
  grossMinor: number;
  sellerDiscountMinor: number;
  netMinor: number;
  loyaltyDiscountMinor: number;
  payableMinor: number;
  commissionRateBp: number;
  commissionMinor: number;
}

/** A seller order's figures as GraphQL gives them. */
export interface OrderFigures {
  deliveryRegion: string;
  grossMinor: number;
  sellerDiscountMinor: number;
  netMinor: number;
  loyaltyDiscountMinor: number;
  loyaltyRateBp: number;
  shippingFeeMinor: number;
  freeShipping: boolean;
  commissionMinor: number;
  buyerPaysMinor: number;
  sellerDiscountRule: { rateBp: number; thresholdMinor: number; applied: boolean } | null;
  lines: OrderLineFigures[];
}

/** The seller's shipping table as `sellerTerms` gives it. */
export interface ShippingTerms {
  shippingFees: Array<{ region: string; feeMinor: number }>;
  freeShippingFromNetMinor: number | null;
}

/** amount × rate in basis points (1/100 %), rounded half up to the minor unit (amounts here are never negative). */
export function basisPointsOf(amountMinor: bigint, rateBp: number): bigint {
  return (amountMinor * BigInt(rateBp) + 5_000n) / 10_000n;
}

/**
 * `amountMinor` split in proportion to `weights` by the largest-remainder method: each part is its
 * exact share rounded down, and the units left over go one each to the largest remainders, the
 * earlier line first on a tie. All-zero weights take nothing (a zero discount split over nothing).
 */
export function splitByLargestRemainder(amountMinor: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) {
    if (amountMinor !== 0n) throw new Error(`cannot split ${amountMinor} over weights that are all zero`);
    return weights.map(() => 0n);
  }
  const shares = weights.map((weight, index) => ({ index, floor: (amountMinor * weight) / total, rest: (amountMinor * weight) % total }));
  let left = amountMinor - shares.reduce((sum, share) => sum + share.floor, 0n);
  const parts = shares.map((share) => share.floor);
  const byRemainder = [...shares].sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const share of byRemainder) {
    if (left === 0n) break;
    parts[share.index] += 1n;
    left -= 1n;
  }
  return parts;
}

/** What every figure of the order should be, by the five steps. */
export interface ExpectedFigures {
  lines: Array<{
    grossMinor: bigint;
    sellerDiscountMinor: bigint;
    netMinor: bigint;
    loyaltyDiscountMinor: bigint;
    payableMinor: bigint;
    commissionMinor: bigint;
  }>;
  grossMinor: bigint;
  sellerDiscountMinor: bigint;
  netMinor: bigint;
  loyaltyDiscountMinor: bigint;
  shippingFeeMinor: bigint;
  freeShipping: boolean;
  commissionMinor: bigint;
  buyerPaysMinor: bigint;
  sellerDiscountApplies: boolean;
}

/**
 * The figures of a seller order as checkout (or a trade) prices it: gross per line; the seller's
 * volume discount on the order's gross once it reaches the threshold, split by gross; the loyalty
 * rate on the order's net, split by net; one shipping fee from the table (free from its amount, or
 * `undefined` shipping terms: the fee is taken as stated); commission per line on its net.
 */
export function expectedFigures(order: OrderFigures, shipping?: ShippingTerms): ExpectedFigures {
  const gross = order.lines.map((line) => BigInt(line.quantity) * BigInt(line.unitPriceMinor));
  const grossMinor = gross.reduce((sum, value) => sum + value, 0n);
  const rule = order.sellerDiscountRule;
  const sellerDiscountApplies = rule !== null && grossMinor >= BigInt(rule.thresholdMinor);
  const sellerDiscountMinor = sellerDiscountApplies ? basisPointsOf(grossMinor, rule.rateBp) : 0n;
  const sellerShares = splitByLargestRemainder(sellerDiscountMinor, gross);
  const net = gross.map((value, index) => value - sellerShares[index]);
  const netMinor = grossMinor - sellerDiscountMinor;
  const loyaltyDiscountMinor = basisPointsOf(netMinor, order.loyaltyRateBp);
  const loyaltyShares = splitByLargestRemainder(loyaltyDiscountMinor, net);
  const commission = order.lines.map((line, index) => basisPointsOf(net[index], line.commissionRateBp));
  let shippingFeeMinor = BigInt(order.shippingFeeMinor);
  let freeShipping = order.freeShipping;
  if (shipping) {
    const fee = shipping.shippingFees.find((entry) => entry.region === order.deliveryRegion);
    // A seller without a table, or (for a trade) without a fee to that region, ships for nothing.
    freeShipping = fee !== undefined && shipping.freeShippingFromNetMinor !== null && netMinor >= BigInt(shipping.freeShippingFromNetMinor);
    shippingFeeMinor = fee === undefined || freeShipping ? 0n : BigInt(fee.feeMinor);
  }
  const payable = net.map((value, index) => value - loyaltyShares[index]);
  return {
    lines: order.lines.map((_, index) => ({
      grossMinor: gross[index],
      sellerDiscountMinor: sellerShares[index],
      netMinor: net[index],
      loyaltyDiscountMinor: loyaltyShares[index],
      payableMinor: payable[index],
      commissionMinor: commission[index],
    })),
    grossMinor,
    sellerDiscountMinor,
    netMinor,
    loyaltyDiscountMinor,
    shippingFeeMinor,
    freeShipping,
    commissionMinor: commission.reduce((sum, value) => sum + value, 0n),
    buyerPaysMinor: payable.reduce((sum, value) => sum + value, 0n) + shippingFeeMinor,
    sellerDiscountApplies,
  };
}

/** How the order's stated figures differ from the expected ones, one sentence each; empty when they agree to the minor unit. */
export function figureDifferences(order: OrderFigures, shipping?: ShippingTerms): string[] {
  const expected = expectedFigures(order, shipping);
  const differences: string[] = [];
  const compare = (what: string, stated: number | boolean, wanted: bigint | boolean) => {
    if (typeof wanted === 'boolean' ? stated !== wanted : BigInt(stated as number) !== wanted) {
      differences.push(`${what}: stated ${String(stated)}, expected ${String(wanted)}`);
    }
  };
  if (expected.lines.length !== order.lines.length) differences.push('the number of lines differs');
  for (const [index, line] of order.lines.entries()) {
    const wanted = expected.lines[index];
    for (const field of [
      'grossMinor',
      'sellerDiscountMinor',
      'netMinor',
      'loyaltyDiscountMinor',
      'payableMinor',
      'commissionMinor',
    ] as const) {
      compare(`line ${line.lineNo} ${field}`, line[field], wanted[field]);
    }
  }
  for (const field of [
    'grossMinor',
    'sellerDiscountMinor',
    'netMinor',
    'loyaltyDiscountMinor',
    'shippingFeeMinor',
    'commissionMinor',
    'buyerPaysMinor',
  ] as const) {
    compare(field, order[field], expected[field]);
  }
  compare('freeShipping', order.freeShipping, expected.freeShipping);
  if (order.sellerDiscountRule) compare('sellerDiscountRule.applied', order.sellerDiscountRule.applied, expected.sellerDiscountApplies);
  return differences;
}
