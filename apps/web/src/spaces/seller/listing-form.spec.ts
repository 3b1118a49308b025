import {
  emptyListingValues,
  listingFormField,
  listingFormValues,
  toListingInput,
  withStatus,
  type ListingFormValues,
} from './listing-form';

const values = (changes: Partial<ListingFormValues> = {}): ListingFormValues => ({
  ...emptyListingValues(),
  sellerSku: 'YEK-HRS-10',
  productId: 'p1',
  region: 'Yekaterinburg',
  unitPrice: '64 500,50',
  minimumOrderQuantity: 1000,
  lotMultiple: 500,
  onHand: 280_000,
  priceBreaks: [
    { fromQuantity: 5000, unitPrice: '63000' },
    { fromQuantity: 20_000, unitPrice: '61500.5' },
  ],
  ...changes,
});

describe('a listing as the editor checks it before saving', () => {
  it('reads prices exactly into minor units and quantities as whole numbers', () => {
    const checked = toListingInput(values());
    expect(checked).toEqual({
      ok: true,
      input: {
        sellerSku: 'YEK-HRS-10',
        productId: 'p1',
        region: 'Yekaterinburg',
        currency: 'RUB',
        unitPriceMinor: 6_450_050,
        minimumOrderQuantity: 1000,
        lotMultiple: 500,
        leadTimeDays: 0,
        onHand: 280_000,
        status: 'ACTIVE',
        priceBreaks: [
          { fromQuantity: 5000, unitPriceMinor: 6_300_000 },
          { fromQuantity: 20_000, unitPriceMinor: 6_150_050 },
        ],
      },
    });
  });

  it('refuses a lot multiple that does not divide the minimum order quantity, at the lot multiple', () => {
    expect(toListingInput(values({ lotMultiple: 300 }))).toEqual({
      ok: false,
      problems: { lotMultiple: 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ' },
    });
  });

  it('refuses breaks that do not rise in quantity, or that raise the price, at the row at fault', () => {
    const falling = values({
      priceBreaks: [
        { fromQuantity: 5000, unitPrice: '63000' },
        { fromQuantity: 5000, unitPrice: '62000' },
      ],
    });
    expect(toListingInput(falling)).toEqual({ ok: false, problems: { 'priceBreaks.1.fromQuantity': 'PRICE_BREAKS_OUT_OF_ORDER' } });
    const dearer = values({ priceBreaks: [{ fromQuantity: 5000, unitPrice: '64600' }] });
    expect(toListingInput(dearer)).toEqual({ ok: false, problems: { 'priceBreaks.0.unitPrice': 'PRICE_BREAKS_OUT_OF_ORDER' } });
  });

  it('names every missing or malformed field at once', () => {
    const checked = toListingInput(values({ sellerSku: ' ', productId: '', unitPrice: '1.234', minimumOrderQuantity: 0, onHand: 1.5 }));
    expect(checked).toEqual({
      ok: false,
      problems: {
        sellerSku: 'REQUIRED',
        productId: 'REQUIRED',
        unitPrice: 'PRICE_TOO_PRECISE',
        minimumOrderQuantity: 'NON_POSITIVE_QUANTITY',
        onHand: 'NOT_A_WHOLE_NUMBER',
      },
    });
  });

  it('shows a stored listing for editing and saves it back unchanged', () => {
    const stored = {
      sellerSku: 'S',
      productId: 'p',
      region: 'Kazan',
      currency: 'JPY',
      unitPriceMinor: 15_000,
      minimumOrderQuantity: 10,
      lotMultiple: 5,
      leadTimeDays: 3,
      onHand: 100,
      status: 'PAUSED' as const,
      priceBreaks: [{ fromQuantity: 50, unitPriceMinor: 14_000 }],
    };
    const shown = listingFormValues(stored);
    expect(shown.unitPrice).toBe('15000');
    expect(toListingInput(shown)).toEqual({ ok: true, input: stored });
    expect(withStatus(stored, 'ACTIVE')).toEqual({ ...stored, status: 'ACTIVE' });
  });

  it('finds the editor’s field for an input the API refused', () => {
    expect(listingFormField('unitPriceMinor')).toBe('unitPrice');
    expect(listingFormField('priceBreaks[1]')).toBe('priceBreaks.1.unitPrice');
    expect(listingFormField('onHand')).toBe('onHand');
  });
});
