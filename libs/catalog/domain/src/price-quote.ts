import { applyBasisPoints, Money } from '@lotbook/money';
import type { ListingTerms } from './listing-terms';

/** A buyer's contract price on a listing or a whole category: a fixed unit price or a percentage off. */
export type ContractPrice =
  | { kind: 'UNIT_PRICE'; unitPriceMinor: number; scope: 'LISTING' | 'CATEGORY' }
  | { kind: 'PERCENT_OFF'; basisPoints: number; scope: 'LISTING' | 'CATEGORY' };

export type PriceBasis = 'LIST_PRICE' | 'PRICE_BREAK' | 'CONTRACT';

export type QuoteRefusal = 'NON_POSITIVE_QUANTITY' | 'BELOW_MINIMUM_ORDER_QUANTITY' | 'NOT_A_LOT_MULTIPLE' | 'MORE_THAN_AVAILABLE';

export type PriceQuote =
  | {
      ok: true;
      quantity: number;
      currency: string;
      unitPriceMinor: number;
      lineTotalMinor: number;
      basis: PriceBasis;
      /** Why this price, in words, for the buyer. */
      explanation: string;
    }
  | { ok: false; reason: QuoteRefusal; message: string };

/** The list price at a quantity: the last price break reached, or the base unit price. */
export function volumePrice(terms: ListingTerms, quantity: number): { unitPriceMinor: number; fromQuantity: number | null } {
  let best = { unitPriceMinor: terms.unitPriceMinor, fromQuantity: null as number | null };
  for (const priceBreak of terms.priceBreaks) {
    if (quantity >= priceBreak.fromQuantity) best = { unitPriceMinor: priceBreak.unitPriceMinor, fromQuantity: priceBreak.fromQuantity };
  }
  return best;
}

/**
 * What a buyer pays for a quantity of a listing, and why. The buyer gets the lower of the
 * volume price (list price or the break reached) and its contract price; a percentage off
 * applies to the volume price and is rounded with the money library's one rule.
 */
export function quotePrice(terms: ListingTerms, quantity: number, available: number, contract?: ContractPrice): PriceQuote {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    return { ok: false, reason: 'NON_POSITIVE_QUANTITY', message: 'the quantity must be a positive whole number of base units' };
  }
  if (quantity < terms.minimumOrderQuantity) {
    return { ok: false, reason: 'BELOW_MINIMUM_ORDER_QUANTITY', message: `the minimum order quantity is ${terms.minimumOrderQuantity}` };
  }
  if (quantity % terms.lotMultiple !== 0) {
    const lower = quantity - (quantity % terms.lotMultiple);
    return {
      ok: false,
      reason: 'NOT_A_LOT_MULTIPLE',
      message: `sold in lots of ${terms.lotMultiple}: order ${lower >= terms.minimumOrderQuantity ? `${lower} or ` : ''}${lower + terms.lotMultiple}`,
    };
  }
  if (quantity > available) {
    return { ok: false, reason: 'MORE_THAN_AVAILABLE', message: `only ${available} available` };
  }

  const volume = volumePrice(terms, quantity);
  let unitPriceMinor = volume.unitPriceMinor;
  let basis: PriceBasis = volume.fromQuantity === null ? 'LIST_PRICE' : 'PRICE_BREAK';
  let explanation =
    volume.fromQuantity === null ? 'list price' : `volume price from ${volume.fromQuantity} units`;
  if (contract) {
    const contractPrice =
      contract.kind === 'UNIT_PRICE'
        ? contract.unitPriceMinor
        : volume.unitPriceMinor - applyBasisPoints(volume.unitPriceMinor, contract.basisPoints);
    if (contractPrice < unitPriceMinor) {
      unitPriceMinor = contractPrice;
      basis = 'CONTRACT';
      const what = contract.kind === 'UNIT_PRICE' ? 'contract unit price' : `contract discount of ${contract.basisPoints / 100} % off the ${explanation}`;
      explanation = `${what} (${contract.scope === 'CATEGORY' ? 'for the whole category' : 'for this listing'})`;
    }
  }
  const lineTotal = Money.of(unitPriceMinor, terms.currency).times(quantity);
  return { ok: true, quantity, currency: terms.currency, unitPriceMinor, lineTotalMinor: lineTotal.minorUnits, basis, explanation };
}
