import { sellerTermsForm, sellerTermsInput, type SellerTermsForm } from './seller-terms';

const blank: SellerTermsForm = {
  currency: 'RUB',
  volumeDiscount: false,
  volumeThreshold: '',
  volumeRate: '',
  shippingFees: [],
  freeShippingFrom: '',
  returnWindowDays: '',
  restockingRate: '0',
};

describe('a seller’s terms in its form', () => {
  it('shows the terms as they stand: amounts in major units, rates as percentages', () => {
    expect(
      sellerTermsForm({
        currency: 'RUB',
        volumeDiscount: { thresholdMinor: 500_000_00, rateBp: 250 },
        shippingFees: [{ region: 'RU-MOW', feeMinor: 1_500_00 }],
        freeShippingFromNetMinor: 100_000_00,
        returnWindowDays: 14,
        restockingRateBp: 1000,
      }),
    ).toEqual({
      currency: 'RUB',
      volumeDiscount: true,
      volumeThreshold: '500000.00',
      volumeRate: '2.5',
      shippingFees: [{ region: 'RU-MOW', fee: '1500.00' }],
      freeShippingFrom: '100000.00',
      returnWindowDays: '14',
      restockingRate: '10',
    });
    expect(sellerTermsForm({ currency: 'RUB', shippingFees: [], restockingRateBp: 0 })).toEqual(blank);
  });

  it('reads the form exactly into setSellerTerms’ input', () => {
    expect(
      sellerTermsInput({
        currency: ' rub ',
        volumeDiscount: true,
        volumeThreshold: '500 000',
        volumeRate: '2,5',
        shippingFees: [
          { region: ' RU-MOW ', fee: '1500,50' },
          { region: 'RU-SPE', fee: '0' },
        ],
        freeShippingFrom: '100000',
        returnWindowDays: '14',
        restockingRate: '10',
      }),
    ).toEqual({
      ok: true,
      input: {
        currency: 'RUB',
        volumeDiscount: { thresholdMinor: 500_000_00, rateBp: 250 },
        shippingFees: [
          { region: 'RU-MOW', feeMinor: 1_500_50 },
          { region: 'RU-SPE', feeMinor: 0 },
        ],
        freeShippingFromNetMinor: 100_000_00,
        returnWindowDays: 14,
        restockingRateBp: 1000,
      },
    });
  });

  it('leaves out what is empty: no discount, no free shipping, the policy’s return window', () => {
    expect(sellerTermsInput({ ...blank, volumeThreshold: 'ignored', restockingRate: '' })).toEqual({
      ok: true,
      input: {
        currency: 'RUB',
        volumeDiscount: null,
        shippingFees: [],
        freeShippingFromNetMinor: null,
        returnWindowDays: null,
        restockingRateBp: 0,
      },
    });
  });

  it('says which field is wrong, a region named twice included', () => {
    expect(
      sellerTermsInput({
        currency: 'RUB',
        volumeDiscount: true,
        volumeThreshold: '1.005',
        volumeRate: '0',
        shippingFees: [
          { region: 'RU-MOW', fee: '-5' },
          { region: 'ru-mow', fee: '10' },
          { region: ' ', fee: '' },
        ],
        freeShippingFrom: 'ten',
        returnWindowDays: '366',
        restockingRate: '100.5',
      }),
    ).toEqual({
      ok: false,
      problems: {
        volumeThreshold: 'PRICE_TOO_PRECISE',
        volumeRate: 'DISCOUNT_RATE_OUT_OF_RANGE',
        'shippingFees.0.fee': 'NOT_AN_AMOUNT',
        'shippingFees.1.region': 'DUPLICATE_REGION',
        'shippingFees.2.region': 'REGION_REQUIRED',
        'shippingFees.2.fee': 'AMOUNT_REQUIRED',
        freeShippingFrom: 'NOT_AN_AMOUNT',
        returnWindowDays: 'NOT_A_RETURN_WINDOW',
        restockingRate: 'NOT_A_PERCENT',
      },
    });
  });
});
