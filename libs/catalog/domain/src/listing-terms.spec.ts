import { listingTermsProblems, type ListingTerms } from './listing-terms';

// Hot-rolled steel sheet, sold by the kg in 500 kg lots, at least one tonne.
const sheet: ListingTerms = {
  currency: 'RUB',
  unitPriceMinor: 8_950,
  priceBreaks: [
    { fromQuantity: 5_000, unitPriceMinor: 8_600 },
    { fromQuantity: 20_000, unitPriceMinor: 8_200 },
  ],
  minimumOrderQuantity: 1_000,
  lotMultiple: 500,
};

const codes = (terms: ListingTerms) => listingTermsProblems(terms).map((problem) => `${problem.code}@${problem.field}`);

describe('listing terms', () => {
  it('accepts sound terms', () => {
    expect(listingTermsProblems(sheet)).toEqual([]);
  });

  it('refuses zero or negative prices and quantities, and fractions', () => {
    expect(codes({ ...sheet, unitPriceMinor: 0 })).toContain('NON_POSITIVE_PRICE@unitPriceMinor');
    expect(codes({ ...sheet, unitPriceMinor: 89.5 })).toContain('NON_POSITIVE_PRICE@unitPriceMinor');
    expect(codes({ ...sheet, minimumOrderQuantity: -1 })).toContain('NON_POSITIVE_QUANTITY@minimumOrderQuantity');
    expect(codes({ ...sheet, lotMultiple: 0 })).toContain('NON_POSITIVE_QUANTITY@lotMultiple');
  });

  it('refuses price breaks out of order in quantity or raising the price', () => {
    expect(codes({ ...sheet, priceBreaks: [sheet.priceBreaks[1], sheet.priceBreaks[0]] })).toEqual(['PRICE_BREAKS_OUT_OF_ORDER@priceBreaks[1]']);
    expect(codes({ ...sheet, priceBreaks: [{ fromQuantity: 5_000, unitPriceMinor: 9_100 }] })).toEqual(['PRICE_BREAKS_OUT_OF_ORDER@priceBreaks[0]']);
    expect(codes({ ...sheet, priceBreaks: [{ fromQuantity: 5_000, unitPriceMinor: 8_600 }, { fromQuantity: 5_000, unitPriceMinor: 8_500 }] })).toEqual([
      'PRICE_BREAKS_OUT_OF_ORDER@priceBreaks[1]',
    ]);
  });

  it('refuses a lot multiple that does not divide the minimum order quantity', () => {
    expect(codes({ ...sheet, minimumOrderQuantity: 1_200 })).toEqual(['LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ@lotMultiple']);
  });

  it('refuses a currency that is not ISO 4217', () => {
    expect(codes({ ...sheet, currency: 'RUR' })).toEqual(['UNKNOWN_CURRENCY@currency']);
  });
});
