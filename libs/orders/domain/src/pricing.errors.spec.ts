import { OrdersDomainError } from './errors';
import { priceCheckout, priceSellerOrder } from './pricing';
import { cartLine, line, sellerOrder } from './testing/pricing-fixtures';

function errorOf(action: () => unknown): OrdersDomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return error;
    throw error;
  }
  throw new Error('expected an OrdersDomainError, nothing was thrown');
}

const sellers = {
  steelworks: { sellerDiscount: null, shipping: { feeByRegionMinor: { URAL: 150_000 }, freeFromNetMinor: null } },
  'metal-depot': { sellerDiscount: null, shipping: { feeByRegionMinor: { URAL: 90_000 }, freeFromNetMinor: null } },
};

describe('pricing refuses bad input with a typed error', () => {
  it('refuses a cart in two currencies, naming the line', () => {
    const error = errorOf(() =>
      priceCheckout([cartLine('steelworks', 'a1', 1, 100), cartLine('metal-depot', 'b1', 1, 100, { currency: 'EUR' })], {
        deliveryRegion: 'URAL',
        loyaltyRateBp: 0,
        sellers,
      }),
    );
    expect(error).toMatchObject({ code: 'MIXED_CURRENCIES', field: 'b1' });
  });

  it('refuses a delivery region the seller does not ship to, naming the seller and the region', () => {
    const error = errorOf(() =>
      priceCheckout([cartLine('steelworks', 'a1', 1, 100), cartLine('metal-depot', 'b1', 1, 100)], {
        deliveryRegion: 'SIBERIA',
        loyaltyRateBp: 0,
        sellers,
      }),
    );
    expect(error.code).toBe('REGION_NOT_SHIPPED');
    expect(error.field).toBe('SIBERIA');
    expect(error.message).toContain('steelworks');
    expect(error.message).toContain('SIBERIA');
  });

  it('does not take a property of every object for a region', () => {
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100)], { deliveryRegion: 'constructor' }))).code).toBe(
      'REGION_NOT_SHIPPED',
    );
  });

  it('refuses quantity × unit price beyond the safe integer range', () => {
    // 9,007,199,254,740,991 is Number.MAX_SAFE_INTEGER; 2 × 4,503,599,627,370,496 is one more
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 2, 4_503_599_627_370_496)])))).toMatchObject({
      code: 'AMOUNT_OUT_OF_RANGE',
      field: 'a',
    });
    expect(priceSellerOrder(sellerOrder([line('a', 1, Number.MAX_SAFE_INTEGER - 150_000)])).buyerPaysMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a seller order whose lines, each safe, add up beyond the safe range', () => {
    const half = 4_503_599_627_370_496;
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, half), line('b', 1, half)]))).code).toBe('AMOUNT_OUT_OF_RANGE');
  });

  it('refuses a buyer total that the shipping fee takes beyond the safe range', () => {
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, Number.MAX_SAFE_INTEGER - 149_999)]))).code).toBe(
      'AMOUNT_OUT_OF_RANGE',
    );
  });

  it('refuses a seller in the cart without a discount rule and shipping table', () => {
    expect(
      errorOf(() => priceCheckout([cartLine('rolling-mill', 'r1', 1, 100)], { deliveryRegion: 'URAL', loyaltyRateBp: 0, sellers })),
    ).toMatchObject({ code: 'SELLER_TERMS_MISSING', field: 'rolling-mill' });
  });

  it('refuses an empty cart, an order without lines and a line twice', () => {
    expect(errorOf(() => priceCheckout([], { deliveryRegion: 'URAL', loyaltyRateBp: 0, sellers })).code).toBe('NO_LINES');
    expect(errorOf(() => priceSellerOrder(sellerOrder([]))).code).toBe('NO_LINES');
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100), line('a', 2, 100)]))).code).toBe('DUPLICATE_LINE');
    expect(
      errorOf(() =>
        priceCheckout([cartLine('steelworks', 'a', 1, 100), cartLine('metal-depot', 'a', 1, 100)], {
          deliveryRegion: 'URAL',
          loyaltyRateBp: 0,
          sellers,
        }),
      ).code,
    ).toBe('DUPLICATE_LINE');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a quantity of %s', (quantity) => {
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', quantity, 100)])))).toMatchObject({
      code: 'INVALID_QUANTITY',
      field: 'a',
    });
  });

  it.each([-1, 0.5, Number.POSITIVE_INFINITY])('refuses a unit price of %s', (unitPriceMinor) => {
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, unitPriceMinor)]))).code).toBe('INVALID_AMOUNT');
  });

  it('refuses rates outside 0 to 10,000 basis points and amounts below zero in the terms', () => {
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100)], { loyaltyRateBp: 10_001 }))).code).toBe('INVALID_RATE');
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100, { commissionRateBp: -1 })]))).code).toBe('INVALID_RATE');
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100, { restockingRateBp: 2.5 })]))).code).toBe('INVALID_RATE');
    expect(
      errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100)], { sellerDiscount: { rateBp: 20_000, thresholdMinor: 0 } }))).code,
    ).toBe('INVALID_RATE');
    expect(
      errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100)], { sellerDiscount: { rateBp: 500, thresholdMinor: -1 } }))).code,
    ).toBe('INVALID_AMOUNT');
    expect(
      errorOf(() =>
        priceSellerOrder(sellerOrder([line('a', 1, 100)], { shipping: { feeByRegionMinor: { URAL: -5 }, freeFromNetMinor: null } })),
      ).code,
    ).toBe('INVALID_AMOUNT');
    expect(
      errorOf(() =>
        priceSellerOrder(sellerOrder([line('a', 1, 100)], { shipping: { feeByRegionMinor: { URAL: 5 }, freeFromNetMinor: -1 } })),
      ).code,
    ).toBe('INVALID_AMOUNT');
  });

  it('refuses a currency that is not ISO 4217', () => {
    expect(errorOf(() => priceSellerOrder(sellerOrder([line('a', 1, 100)], { currency: 'RUR' }))).code).toBe('UNKNOWN_CURRENCY');
  });

  it('does not check the rule of a trade order, which it does not apply', () => {
    const order = priceSellerOrder(
      sellerOrder([line('a', 1, 100)], { sellerDiscount: { rateBp: 20_000, thresholdMinor: 0 }, sellerDiscountApplies: false }),
    );
    expect(order.sellerDiscountMinor).toBe(0);
  });
});
