import { parseAmount, type AmountProblem } from '../../format/money';
import { MAX_BASIS_POINTS, parsePercent, percentInputValue } from '../../format/percent';
import type { LoyaltyTierInput } from './gql/graphql';

export type RateProblem = 'NOT_A_PERCENT';
export type TierProblem = AmountProblem | RateProblem | 'NEGATIVE_BOUND' | 'NOT_ASCENDING';

/** A rate typed as a percentage, read into whole basis points from 0 to 10,000. */
export function rateBasisPoints(text: string): { ok: true; rateBp: number } | { ok: false; problem: RateProblem } {
  const rateBp = parsePercent(text);
  return rateBp === undefined || rateBp > MAX_BASIS_POINTS ? { ok: false, problem: 'NOT_A_PERCENT' } : { ok: true, rateBp };
}

/**
 * A row of the loyalty table as the operator edits it: where the tier starts and its rate. Each
 * tier ends where the next starts, so a table typed this way has no gap and no overlap; whether
 * the boundary amount itself belongs to the upper tier is the upper row's `fromInclusive`.
 */
export type LoyaltyTierRow = { from: string; fromInclusive: boolean; rate: string };

/** A currency's tiers as they stand, as rows (the first always from 0 inclusive). */
export function loyaltyTierRows(tiers: readonly { fromMajor: string; fromInclusive: boolean; rateBp: number }[]): LoyaltyTierRow[] {
  return tiers.map((tier, index) => ({
    from: index === 0 ? '0' : tier.fromMajor,
    fromInclusive: index === 0 ? true : tier.fromInclusive,
    rate: percentInputValue(tier.rateBp),
  }));
}

/**
 * setLoyaltyTiers' tiers from the rows: bounds read exactly in the currency's major units, each
 * above the one before (ascending thresholds), the first from 0 inclusive and the last open-ended;
 * a boundary is in exactly one of the two tiers it separates. Problems are keyed by the form's
 * paths (tiers.1.from).
 */
export function loyaltyTiersInput(
  rows: readonly LoyaltyTierRow[],
  currency: string,
): { ok: true; tiers: LoyaltyTierInput[] } | { ok: false; problems: Record<string, TierProblem> } {
  const problems: Record<string, TierProblem> = {};
  const bounds = rows.map((row, index) => {
    if (index === 0) return { minorUnits: 0, decimal: '0' };
    const parsed = parseAmount(row.from, currency, { positive: false });
    if (!parsed.ok) problems[`tiers.${index}.from`] = parsed.problem;
    else if (parsed.minorUnits < 0) problems[`tiers.${index}.from`] = 'NEGATIVE_BOUND';
    return parsed.ok && parsed.minorUnits >= 0 ? parsed : undefined;
  });
  bounds.forEach((bound, index) => {
    const before = bounds[index - 1];
    if (index > 0 && bound && before && bound.minorUnits <= before.minorUnits) problems[`tiers.${index}.from`] = 'NOT_ASCENDING';
  });
  const rates = rows.map((row, index) => {
    const rate = rateBasisPoints(row.rate);
    if (!rate.ok) problems[`tiers.${index}.rate`] = rate.problem;
    return rate.ok ? rate.rateBp : 0;
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    tiers: rows.map((row, index) => {
      const next = rows[index + 1];
      return {
        fromMajor: bounds[index]?.decimal ?? '0',
        fromInclusive: index === 0 ? true : row.fromInclusive,
        toMajor: next ? (bounds[index + 1]?.decimal ?? null) : null,
        toInclusive: next ? !next.fromInclusive : false,
        rateBp: rates[index] ?? 0,
      };
    }),
  };
}
