import { Money, MoneyError, isCurrencyCode } from '@lotbook/money';
import { OrdersDomainError } from './errors';

/**
 * A band of a company's purchases (net − loyalty of its seller orders delivered in the last
 * 365 days, less refunds, in one currency) and the loyalty rate it earns. Bounds are written
 * in major units of the currency ("1000000.00") and read with its minor-unit exponent, so
 * one table serves RUB, JPY and KWD alike.
 */
export interface LoyaltyTier {
  readonly fromMajor: string;
  /** Whether purchases of exactly `fromMajor` are in this tier ("from" = true, "above" = false). */
  readonly fromInclusive: boolean;
  /** The upper bound; null for the top tier, which has none. */
  readonly toMajor: string | null;
  /** Whether purchases of exactly `toMajor` are in this tier ("up to and including" = true, "under" = false). */
  readonly toInclusive: boolean;
  readonly rateBp: number;
}

/**
 * The default table (the operator may set another): under 1,000,000.00 3 %; from 1,000,000.00
 * up to and including 5,000,000.00 5 %; above 5,000,000.00 10 %.
 */
export const DEFAULT_LOYALTY_TIERS: readonly LoyaltyTier[] = [
  { fromMajor: '0', fromInclusive: true, toMajor: '1000000.00', toInclusive: false, rateBp: 300 },
  { fromMajor: '1000000.00', fromInclusive: true, toMajor: '5000000.00', toInclusive: true, rateBp: 500 },
  { fromMajor: '5000000.00', fromInclusive: false, toMajor: null, toInclusive: false, rateBp: 1_000 },
];

interface TierInMinorUnits {
  readonly from: number;
  readonly fromInclusive: boolean;
  readonly to: number | null;
  readonly toInclusive: boolean;
  readonly rateBp: number;
}

function invalid(index: number, message: string): never {
  throw new OrdersDomainError('INVALID_LOYALTY_TIERS', `loyalty tier ${index + 1}: ${message}`, `tiers[${index}]`);
}

function minorUnits(major: string, currency: string, index: number): number {
  try {
    const amount = Money.parse(major, currency);
    if (amount.isNegative()) invalid(index, `a bound cannot be negative, got ${major}`);
    return amount.minorUnits;
  } catch (error) {
    if (error instanceof MoneyError) invalid(index, `"${major}" is not an amount in ${currency}: ${error.message}`);
    throw error;
  }
}

/**
 * Reads a tier table in a currency and checks it: it starts at 0 inclusive, each tier ends
 * where the next begins with the boundary in exactly one of them (no gap, no overlap), bounds
 * rise, only the last tier is open-ended, and rates are 0 to 10,000 bp.
 */
function readTiers(tiers: readonly LoyaltyTier[], currency: string): TierInMinorUnits[] {
  if (!isCurrencyCode(currency))
    throw new OrdersDomainError('UNKNOWN_CURRENCY', `"${currency}" is not an ISO 4217 currency code`, 'currency');
  if (tiers.length === 0) throw new OrdersDomainError('INVALID_LOYALTY_TIERS', 'the loyalty tier table has no tier', 'tiers');
  const read = tiers.map((tier, index): TierInMinorUnits => {
    if (!Number.isSafeInteger(tier.rateBp) || tier.rateBp < 0 || tier.rateBp > 10_000) {
      invalid(index, `the rate must be whole basis points from 0 to 10,000, got ${tier.rateBp}`);
    }
    const from = minorUnits(tier.fromMajor, currency, index);
    const to = tier.toMajor === null ? null : minorUnits(tier.toMajor, currency, index);
    if (to !== null && to <= from) invalid(index, `it ends (${tier.toMajor}) at or before it starts (${tier.fromMajor})`);
    return { from, fromInclusive: tier.fromInclusive, to, toInclusive: tier.toInclusive, rateBp: tier.rateBp };
  });
  if (read[0].from !== 0 || !read[0].fromInclusive) invalid(0, 'the first tier must start from 0 inclusive');
  read.forEach((tier, index) => {
    const next = read[index + 1];
    if (!next) {
      if (tier.to !== null) invalid(index, 'the last tier must have no upper bound');
      return;
    }
    if (tier.to === null) invalid(index, 'only the last tier may have no upper bound');
    if (next.from !== tier.to)
      invalid(index + 1, `it must start where tier ${index + 1} ends (${tiers[index].toMajor}), not at ${tiers[index + 1].fromMajor}`);
    if (tier.toInclusive === next.fromInclusive) {
      invalid(index + 1, tier.toInclusive ? `${tiers[index].toMajor} is in two tiers` : `${tiers[index].toMajor} is in no tier`);
    }
  });
  return read;
}

/** Checks a tier table the operator sets, in the currency it will be used in; throws `INVALID_LOYALTY_TIERS`. */
export function assertValidLoyaltyTiers(tiers: readonly LoyaltyTier[], currency: string): void {
  readTiers(tiers, currency);
}

/**
 * The loyalty rate (bp) for a company's purchases in minor units of `currency`. Purchases below
 * zero (refunds of orders older than the window exceed the purchases in it) earn the lowest tier.
 */
export function loyaltyRateFor(purchasesMinor: number, currency: string, tiers: readonly LoyaltyTier[] = DEFAULT_LOYALTY_TIERS): number {
  if (!Number.isSafeInteger(purchasesMinor)) {
    throw new OrdersDomainError(
      'INVALID_AMOUNT',
      `purchases must be a safe integer of minor units, got ${purchasesMinor}`,
      'purchasesMinor',
    );
  }
  const read = readTiers(tiers, currency);
  const purchases = Math.max(0, purchasesMinor);
  const tier = read.find(
    (candidate) =>
      (candidate.fromInclusive ? purchases >= candidate.from : purchases > candidate.from) &&
      (candidate.to === null || (candidate.toInclusive ? purchases <= candidate.to : purchases < candidate.to)),
  );
  // A checked table covers every amount from 0 up.
  return (tier as TierInMinorUnits).rateBp;
}
