import { isCurrencyCode } from '@lotbook/money';

/** From `fromQuantity` base units on, the unit price is `unitPriceMinor`. */
export interface PriceBreak {
  fromQuantity: number;
  unitPriceMinor: number;
}

/** A seller's commercial terms for one listing; quantities in the product's base unit. */
export interface ListingTerms {
  currency: string;
  unitPriceMinor: number;
  priceBreaks: readonly PriceBreak[];
  minimumOrderQuantity: number;
  /** Orders must be a whole number of lots (packs of 12, whole tonnes). */
  lotMultiple: number;
}

export type ListingTermsProblemCode =
  | 'UNKNOWN_CURRENCY'
  | 'NON_POSITIVE_PRICE'
  | 'NON_POSITIVE_QUANTITY'
  | 'PRICE_BREAKS_OUT_OF_ORDER'
  | 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ';

export interface ListingTermsProblem {
  code: ListingTermsProblemCode;
  field: string;
  message: string;
}

const positiveInteger = (value: number) => Number.isSafeInteger(value) && value > 0;

/**
 * Every problem with a listing's terms, or none. Price breaks must start above the minimum
 * order quantity's list price level, rise strictly in quantity and never raise the price.
 */
export function listingTermsProblems(terms: ListingTerms): ListingTermsProblem[] {
  const problems: ListingTermsProblem[] = [];
  if (!isCurrencyCode(terms.currency)) {
    problems.push({ code: 'UNKNOWN_CURRENCY', field: 'currency', message: `"${terms.currency}" is not an ISO 4217 currency code` });
  }
  if (!positiveInteger(terms.unitPriceMinor)) {
    problems.push({ code: 'NON_POSITIVE_PRICE', field: 'unitPriceMinor', message: 'the unit price must be a positive whole number of minor units' });
  }
  if (!positiveInteger(terms.minimumOrderQuantity)) {
    problems.push({ code: 'NON_POSITIVE_QUANTITY', field: 'minimumOrderQuantity', message: 'the minimum order quantity must be a positive whole number' });
  }
  if (!positiveInteger(terms.lotMultiple)) {
    problems.push({ code: 'NON_POSITIVE_QUANTITY', field: 'lotMultiple', message: 'the lot multiple must be a positive whole number' });
  }
  if (positiveInteger(terms.minimumOrderQuantity) && positiveInteger(terms.lotMultiple) && terms.minimumOrderQuantity % terms.lotMultiple !== 0) {
    problems.push({
      code: 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ',
      field: 'lotMultiple',
      message: `the minimum order quantity ${terms.minimumOrderQuantity} is not a whole number of lots of ${terms.lotMultiple}`,
    });
  }
  let previous: PriceBreak = { fromQuantity: 0, unitPriceMinor: terms.unitPriceMinor };
  terms.priceBreaks.forEach((priceBreak, index) => {
    const field = `priceBreaks[${index}]`;
    if (!positiveInteger(priceBreak.fromQuantity) || !positiveInteger(priceBreak.unitPriceMinor)) {
      problems.push({ code: 'NON_POSITIVE_QUANTITY', field, message: 'a price break needs a positive quantity and a positive price' });
      return;
    }
    if (priceBreak.fromQuantity <= previous.fromQuantity || priceBreak.unitPriceMinor > previous.unitPriceMinor) {
      problems.push({
        code: 'PRICE_BREAKS_OUT_OF_ORDER',
        field,
        message: 'price breaks must rise in quantity and never raise the unit price',
      });
    }
    previous = priceBreak;
  });
  return problems;
}
