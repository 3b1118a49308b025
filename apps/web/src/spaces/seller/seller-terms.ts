import { amountInputValue, parseAmount, type AmountProblem } from '../../format/money';
import { MAX_BASIS_POINTS, parsePercent, percentInputValue } from '../../format/percent';
import { parseWholeNumber } from '../../format/quantity';

export type SellerTermsForm = {
  currency: string;
  volumeDiscount: boolean;
  volumeThreshold: string;
  volumeRate: string;
  shippingFees: { region: string; fee: string }[];
  freeShippingFrom: string;
  returnWindowDays: string;
  restockingRate: string;
};

/** What setSellerTerms takes (SellerTermsInput). */
export interface SellerTermsInput {
  currency: string;
  volumeDiscount: { thresholdMinor: number; rateBp: number } | null;
  shippingFees: { region: string; feeMinor: number }[];
  freeShippingFromNetMinor: number | null;
  returnWindowDays: number | null;
  restockingRateBp: number;
}

/** The form's own problems, beside the amount problems every money field has. */
export const TERMS_PROBLEMS = [
  'NOT_A_PERCENT',
  'DISCOUNT_RATE_OUT_OF_RANGE',
  'REGION_REQUIRED',
  'DUPLICATE_REGION',
  'NOT_A_RETURN_WINDOW',
] as const;
export type TermsProblem = (typeof TERMS_PROBLEMS)[number];
export type SellerTermsProblem = AmountProblem | TermsProblem;

export function isTermsProblem(problem: SellerTermsProblem): problem is TermsProblem {
  return (TERMS_PROBLEMS as readonly string[]).includes(problem);
}

/** The form as a seller's terms stand in a currency (rates as percentages, amounts in major units). */
export function sellerTermsForm(terms: {
  currency: string;
  volumeDiscount?: { thresholdMinor: number; rateBp: number } | null;
  shippingFees: readonly { region: string; feeMinor: number }[];
  freeShippingFromNetMinor?: number | null;
  returnWindowDays?: number | null;
  restockingRateBp: number;
}): SellerTermsForm {
  const amount = (minor: number) => amountInputValue(minor, terms.currency);
  return {
    currency: terms.currency,
    volumeDiscount: !!terms.volumeDiscount,
    volumeThreshold: terms.volumeDiscount ? amount(terms.volumeDiscount.thresholdMinor) : '',
    volumeRate: terms.volumeDiscount ? percentInputValue(terms.volumeDiscount.rateBp) : '',
    shippingFees: terms.shippingFees.map((fee) => ({ region: fee.region, fee: amount(fee.feeMinor) })),
    freeShippingFrom:
      terms.freeShippingFromNetMinor === null || terms.freeShippingFromNetMinor === undefined ? '' : amount(terms.freeShippingFromNetMinor),
    returnWindowDays: terms.returnWindowDays === null || terms.returnWindowDays === undefined ? '' : String(terms.returnWindowDays),
    restockingRate: percentInputValue(terms.restockingRateBp),
  };
}

/**
 * setSellerTerms' input from the form: amounts read exactly into minor units (a fee or a
 * threshold may be zero), rates into basis points, each region once. Problems are keyed by the
 * form's field paths (shippingFees.1.fee).
 */
export function sellerTermsInput(
  form: SellerTermsForm,
): { ok: true; input: SellerTermsInput } | { ok: false; problems: Record<string, SellerTermsProblem> } {
  const problems: Record<string, SellerTermsProblem> = {};
  const currency = form.currency.trim().toUpperCase();
  const amount = (field: string, text: string): number | null => {
    const parsed = parseAmount(text, currency, { positive: false });
    if (parsed.ok && parsed.minorUnits < 0) problems[field] = 'NOT_AN_AMOUNT';
    else if (!parsed.ok) problems[field] = parsed.problem;
    return parsed.ok ? parsed.minorUnits : null;
  };

  let volumeDiscount: SellerTermsInput['volumeDiscount'] = null;
  if (form.volumeDiscount) {
    const thresholdMinor = amount('volumeThreshold', form.volumeThreshold);
    const rateBp = parsePercent(form.volumeRate);
    if (rateBp === undefined) problems.volumeRate = 'NOT_A_PERCENT';
    else if (rateBp < 1 || rateBp > MAX_BASIS_POINTS) problems.volumeRate = 'DISCOUNT_RATE_OUT_OF_RANGE';
    if (thresholdMinor !== null && rateBp !== undefined) volumeDiscount = { thresholdMinor, rateBp };
  }

  const seen = new Set<string>();
  const shippingFees = form.shippingFees.flatMap((row, index) => {
    const region = row.region.trim();
    if (!region) problems[`shippingFees.${index}.region`] = 'REGION_REQUIRED';
    else if (seen.has(region.toUpperCase())) problems[`shippingFees.${index}.region`] = 'DUPLICATE_REGION';
    seen.add(region.toUpperCase());
    const feeMinor = amount(`shippingFees.${index}.fee`, row.fee);
    return feeMinor === null ? [] : [{ region, feeMinor }];
  });

  const freeShippingFromNetMinor = form.freeShippingFrom.trim() === '' ? null : amount('freeShippingFrom', form.freeShippingFrom);

  let returnWindowDays: number | null = null;
  if (form.returnWindowDays.trim() !== '') {
    const days = parseWholeNumber(form.returnWindowDays);
    if (days === undefined || days > 365) problems.returnWindowDays = 'NOT_A_RETURN_WINDOW';
    else returnWindowDays = days;
  }

  const restockingRateBp = form.restockingRate.trim() === '' ? 0 : parsePercent(form.restockingRate);
  if (restockingRateBp === undefined || restockingRateBp > MAX_BASIS_POINTS) problems.restockingRate = 'NOT_A_PERCENT';

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      currency,
      volumeDiscount,
      shippingFees,
      freeShippingFromNetMinor,
      returnWindowDays,
      restockingRateBp: restockingRateBp ?? 0,
    },
  };
}
