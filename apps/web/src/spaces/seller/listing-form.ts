import { amountInputValue, parseAmount, type AmountProblem } from '../../format/money';

/** A listing as the editor holds it: prices as the decimals people type. */
export type ListingFormValues = {
  sellerSku: string;
  productId: string;
  region: string;
  currency: string;
  unitPrice: string;
  minimumOrderQuantity: number | string;
  lotMultiple: number | string;
  leadTimeDays: number | string;
  onHand: number | string;
  status: 'ACTIVE' | 'DRAFT' | 'PAUSED';
  priceBreaks: { fromQuantity: number | string; unitPrice: string }[];
};

export interface ListingInputValues {
  sellerSku: string;
  productId: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  minimumOrderQuantity: number;
  lotMultiple: number;
  leadTimeDays: number;
  onHand: number;
  status: 'ACTIVE' | 'DRAFT' | 'PAUSED';
  priceBreaks: { fromQuantity: number; unitPriceMinor: number }[];
}

export type ListingFormProblem =
  | AmountProblem
  | 'NON_POSITIVE_QUANTITY'
  | 'NOT_A_WHOLE_NUMBER'
  | 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ'
  | 'PRICE_BREAKS_OUT_OF_ORDER'
  | 'REQUIRED';

interface StoredListing {
  sellerSku: string;
  productId: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  minimumOrderQuantity: number;
  lotMultiple: number;
  leadTimeDays: number;
  onHand: number;
  status: 'ACTIVE' | 'DRAFT' | 'PAUSED';
  priceBreaks: readonly { fromQuantity: number; unitPriceMinor: number }[];
}

export function emptyListingValues(): ListingFormValues {
  return {
    sellerSku: '',
    productId: '',
    region: '',
    currency: 'RUB',
    unitPrice: '',
    minimumOrderQuantity: 1,
    lotMultiple: 1,
    leadTimeDays: 0,
    onHand: 0,
    status: 'ACTIVE',
    priceBreaks: [],
  };
}

/** A stored listing in the editor's terms, prices as exact decimals of its currency. */
export function listingFormValues(listing: StoredListing): ListingFormValues {
  return {
    sellerSku: listing.sellerSku,
    productId: listing.productId,
    region: listing.region,
    currency: listing.currency,
    unitPrice: amountInputValue(listing.unitPriceMinor, listing.currency),
    minimumOrderQuantity: listing.minimumOrderQuantity,
    lotMultiple: listing.lotMultiple,
    leadTimeDays: listing.leadTimeDays,
    onHand: listing.onHand,
    status: listing.status,
    priceBreaks: listing.priceBreaks.map((priceBreak) => ({
      fromQuantity: priceBreak.fromQuantity,
      unitPrice: amountInputValue(priceBreak.unitPriceMinor, listing.currency),
    })),
  };
}

/** The same listing with only its status changed: what "pause" and "resume" save. */
export function withStatus(listing: StoredListing, status: StoredListing['status']): ListingInputValues {
  return { ...listing, status, priceBreaks: listing.priceBreaks.map((priceBreak) => ({ ...priceBreak })) };
}

function wholeNumber(value: number | string, { positive }: { positive: boolean }): number | ListingFormProblem {
  const number = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  if (!Number.isSafeInteger(number)) return 'NOT_A_WHOLE_NUMBER';
  if (positive ? number <= 0 : number < 0) return 'NON_POSITIVE_QUANTITY';
  return number;
}

/**
 * Checks the terms the way catalog will (positive prices and quantities, a lot multiple that
 * divides the minimum order quantity, breaks rising in quantity and never raising the price)
 * and reads prices exactly into minor units; problems are keyed by the editor's field paths.
 */
export function toListingInput(
  values: ListingFormValues,
): { ok: true; input: ListingInputValues } | { ok: false; problems: Record<string, ListingFormProblem> } {
  const problems: Record<string, ListingFormProblem> = {};
  const required = (field: 'sellerSku' | 'productId' | 'region') => {
    if (!values[field].trim()) problems[field] = 'REQUIRED';
    return values[field].trim();
  };
  const whole = (field: 'minimumOrderQuantity' | 'lotMultiple' | 'leadTimeDays' | 'onHand', positive: boolean) => {
    const result = wholeNumber(values[field], { positive });
    if (typeof result === 'number') return result;
    problems[field] = result;
    return 0;
  };
  const sellerSku = required('sellerSku');
  const productId = required('productId');
  const region = required('region');
  const price = parseAmount(values.unitPrice, values.currency);
  if (!price.ok) problems.unitPrice = price.problem;
  const minimumOrderQuantity = whole('minimumOrderQuantity', true);
  const lotMultiple = whole('lotMultiple', true);
  const leadTimeDays = whole('leadTimeDays', false);
  const onHand = whole('onHand', false);
  if (minimumOrderQuantity > 0 && lotMultiple > 0 && minimumOrderQuantity % lotMultiple !== 0)
    problems.lotMultiple = 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ';

  let previous = { fromQuantity: 0, unitPriceMinor: price.ok ? price.minorUnits : Number.MAX_SAFE_INTEGER };
  const priceBreaks = values.priceBreaks.map((row, index) => {
    const fromQuantity = wholeNumber(row.fromQuantity, { positive: true });
    const rowPrice = parseAmount(row.unitPrice, values.currency);
    if (typeof fromQuantity !== 'number') problems[`priceBreaks.${index}.fromQuantity`] = fromQuantity;
    if (!rowPrice.ok) problems[`priceBreaks.${index}.unitPrice`] = rowPrice.problem;
    if (typeof fromQuantity !== 'number' || !rowPrice.ok) return { fromQuantity: 0, unitPriceMinor: 0 };
    if (fromQuantity <= previous.fromQuantity) problems[`priceBreaks.${index}.fromQuantity`] = 'PRICE_BREAKS_OUT_OF_ORDER';
    else if (rowPrice.minorUnits > previous.unitPriceMinor) problems[`priceBreaks.${index}.unitPrice`] = 'PRICE_BREAKS_OUT_OF_ORDER';
    previous = { fromQuantity, unitPriceMinor: rowPrice.minorUnits };
    return previous;
  });
  if (Object.keys(problems).length > 0 || !price.ok) return { ok: false, problems };
  return {
    ok: true,
    input: {
      sellerSku,
      productId,
      region,
      currency: values.currency,
      unitPriceMinor: price.minorUnits,
      minimumOrderQuantity,
      lotMultiple,
      leadTimeDays,
      onHand,
      status: values.status,
      priceBreaks,
    },
  };
}

/** The editor's field for an API input the server refused (unitPriceMinor → unitPrice; priceBreaks[1] → its price). */
export function listingFormField(apiField: string): string {
  if (apiField === 'unitPriceMinor') return 'unitPrice';
  const breakIndex = /^priceBreaks\[(\d+)\]/.exec(apiField);
  if (breakIndex) return `priceBreaks.${breakIndex[1]}.unitPrice`;
  return apiField;
}
