import { allocateMinorUnits, applyBasisPoints } from '@lotbook/money';

// The allocator's two rounding primitives, on plain numbers while the products stay within
// safe integers and through @lotbook/money's bigint code beyond. They give exactly what
// `allocateMinorUnits` and `applyBasisPoints` give (the specs check it); they exist because
// a quote runs them a few hundred times and the bigint path costs an order of magnitude more.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** floor(product / divisor) and the remainder, exact for a safe product and a positive divisor. */
function floorDivide(product: number, divisor: number): number {
  // A float quotient of two safe integers can round up across an integer; one step fixes it.
  let quotient = Math.floor(product / divisor);
  const remainder = product - quotient * divisor;
  if (remainder < 0) quotient -= 1;
  else if (remainder >= divisor) quotient += 1;
  return quotient;
}

/**
 * The cumulative share: the first part of `amountMinor` split over [units, total - units] by
 * the largest remainder (ties to the first part), i.e. amount x units / total rounded half up.
 * `amountMinor` >= 0, 0 <= units <= total, total > 0.
 */
export function shareOf(amountMinor: number, units: number, total: number): number {
  if (units === 0) return 0;
  if (units === total) return amountMinor;
  const product = amountMinor * units;
  if (product <= MAX_SAFE) {
    const quotient = floorDivide(product, total);
    const remainder = product - quotient * total;
    return 2 * remainder >= total ? quotient + 1 : quotient;
  }
  return allocateMinorUnits(amountMinor, [units, total - units])[0];
}

/** ceil(amount x units / total), exact; amount >= 0, total > 0. */
export function ceilShare(amountMinor: number, units: number, total: number): number {
  const product = amountMinor * units;
  if (product <= MAX_SAFE) {
    const quotient = floorDivide(product, total);
    return product - quotient * total > 0 ? quotient + 1 : quotient;
  }
  const big = BigInt(amountMinor) * BigInt(units);
  const bigTotal = BigInt(total);
  return Number((big + bigTotal - 1n) / bigTotal);
}

/** `applyBasisPoints` for a non-negative amount and rate. */
export function basisPointsOf(amountMinor: number, basisPoints: number): number {
  if (basisPoints === 0 || amountMinor === 0) return 0;
  const product = amountMinor * basisPoints;
  if (product <= MAX_SAFE - 5_000) return floorDivide(product + 5_000, 10_000);
  return applyBasisPoints(amountMinor, basisPoints);
}

/**
 * Splits a non-negative `amountMinor` over `weights[from..from+count)` by the largest
 * remainder with ties to the earlier weight, writing the parts to `parts[from..]`. Exactly
 * `allocateMinorUnits`; the caller guarantees the weights in the range are not all zero.
 * `remainders` is scratch space of the same length.
 */
export function splitInto(
  amountMinor: number,
  weights: readonly number[],
  from: number,
  count: number,
  parts: number[],
  remainders: number[],
): void {
  const end = from + count;
  let totalWeight = 0;
  for (let index = from; index < end; index++) totalWeight += weights[index];
  if (amountMinor === 0) {
    for (let index = from; index < end; index++) parts[index] = 0;
    return;
  }
  if (totalWeight > MAX_SAFE || amountMinor * totalWeight > MAX_SAFE) {
    const exact = allocateMinorUnits(amountMinor, weights.slice(from, end));
    for (let index = 0; index < count; index++) parts[from + index] = exact[index];
    return;
  }
  let distributed = 0;
  for (let index = from; index < end; index++) {
    const product = amountMinor * weights[index];
    const part = floorDivide(product, totalWeight);
    parts[index] = part;
    remainders[index] = product - part * totalWeight;
    distributed += part;
  }
  // At most count - 1 units are left; each goes to the largest remainder still untaken, the earliest on a tie.
  for (let leftOver = amountMinor - distributed; leftOver > 0; leftOver--) {
    let best = from;
    for (let index = from + 1; index < end; index++) if (remainders[index] > remainders[best]) best = index;
    parts[best] += 1;
    remainders[best] = -1;
  }
}
