import { MoneyError } from './currency';

/**
 * Splits an integer amount of minor units over non-negative integer weights by the
 * largest-remainder (Hamilton) method.
 *
 * - The parts always add up to the amount exactly.
 * - Each part is the floor of its exact share, plus at most one unit.
 * - Left-over units go to the largest remainders; ties go to the earlier weight, so the
 *   result depends only on the inputs.
 * - A negative amount is split as its absolute value and negated, so a refund splits
 *   the same way as the charge it reverses.
 *
 * Intermediate products use bigint, so large amounts times large weights never lose
 * precision.
 */
export function allocateMinorUnits(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError('NOT_AN_INTEGER', `amount must be a safe integer of minor units, got ${amount}`);
  }
  if (weights.length === 0) {
    throw new MoneyError('INVALID_WEIGHTS', 'at least one weight is required');
  }
  let totalWeight = 0n;
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new MoneyError('INVALID_WEIGHTS', `weights must be non-negative safe integers, got ${weight}`);
    }
    totalWeight += BigInt(weight);
  }
  if (totalWeight === 0n) {
    throw new MoneyError('INVALID_WEIGHTS', 'weights must not all be zero');
  }

  const sign = amount < 0 ? -1 : 1;
  const whole = BigInt(Math.abs(amount));
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let distributed = 0n;
  for (const weight of weights) {
    const exact = whole * BigInt(weight);
    const part = exact / totalWeight;
    parts.push(part);
    remainders.push(exact % totalWeight);
    distributed += part;
  }

  let leftOver = whole - distributed;
  if (leftOver > 0n) {
    const order = weights.map((_, index) => index);
    order.sort((a, b) => {
      const byRemainder = remainders[b] - remainders[a];
      if (byRemainder !== 0n) return byRemainder > 0n ? 1 : -1;
      return a - b;
    });
    for (const index of order) {
      if (leftOver === 0n) break;
      parts[index] += 1n;
      leftOver -= 1n;
    }
  }

  return parts.map((part) => (part === 0n ? 0 : sign * Number(part)));
}
