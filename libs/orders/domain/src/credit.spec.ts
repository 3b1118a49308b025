import { checkCredit, type CreditQuestion } from './credit';
import { OrdersDomainError } from './errors';

function errorOf(action: () => unknown): OrdersDomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof OrdersDomainError) return error;
    throw error;
  }
  throw new Error('expected an OrdersDomainError, nothing was thrown');
}

// Net 30 in RUB with a limit of 1,000,000.00 (100,000,000 kopecks), 700,000.00 already exposed.
const question = (change: Partial<CreditQuestion>): CreditQuestion => ({
  terms: { currency: 'RUB', creditLimitMinor: 100_000_000, paymentTermDays: 30 },
  exposureMinor: 70_000_000,
  amountMinor: 30_000_000,
  currency: 'RUB',
  ...change,
});

describe('credit check', () => {
  it('buys on terms when exposure + the purchase reach the limit exactly', () => {
    expect(checkCredit(question({ amountMinor: 30_000_000 }))).toEqual({
      kind: 'NET_TERMS',
      currency: 'RUB',
      paymentTermDays: 30,
      limitMinor: 100_000_000,
      exposureMinor: 70_000_000,
      requestedMinor: 30_000_000,
      remainingMinor: 0,
    });
  });

  it('refuses one kopeck over the limit, stating the limit, the exposure and the amount asked', () => {
    expect(checkCredit(question({ amountMinor: 30_000_001 }))).toEqual({
      kind: 'REFUSED',
      code: 'CREDIT_LIMIT_EXCEEDED',
      limitMinor: 100_000_000,
      exposureMinor: 70_000_000,
      requestedMinor: 30_000_001,
    });
  });

  it.each([
    ['no terms', null],
    ['no credit limit', { currency: 'RUB', creditLimitMinor: null, paymentTermDays: 30 }],
    ['no payment term', { currency: 'RUB', creditLimitMinor: 100_000_000, paymentTermDays: null }],
  ])('makes a buyer with %s pay in advance', (_what, terms) => {
    expect(checkCredit(question({ terms }))).toEqual({ kind: 'PREPAY', reason: 'NO_CREDIT_TERMS' });
  });

  it('makes a purchase in another currency than the terms’ paid in advance, whatever the exposure', () => {
    expect(checkCredit(question({ currency: 'EUR', amountMinor: 999_999_999 }))).toEqual({ kind: 'PREPAY', reason: 'OTHER_CURRENCY' });
  });

  it('treats a limit of 0 as terms with no room: refused, not prepaid', () => {
    const terms = { currency: 'RUB', creditLimitMinor: 0, paymentTermDays: 30 };
    expect(checkCredit(question({ terms, exposureMinor: 0, amountMinor: 1 }))).toMatchObject({ kind: 'REFUSED', limitMinor: 0 });
  });

  it('adds exactly at the edge of the safe range', () => {
    const terms = { currency: 'RUB', creditLimitMinor: Number.MAX_SAFE_INTEGER, paymentTermDays: 30 };
    expect(checkCredit(question({ terms, exposureMinor: Number.MAX_SAFE_INTEGER - 1, amountMinor: 1 }))).toMatchObject({
      kind: 'NET_TERMS',
      remainingMinor: 0,
    });
    expect(checkCredit(question({ terms, exposureMinor: Number.MAX_SAFE_INTEGER, amountMinor: 1 }))).toMatchObject({ kind: 'REFUSED' });
  });

  it('refuses amounts that are not whole minor units, 0 or more', () => {
    expect(errorOf(() => checkCredit(question({ amountMinor: -1 })))).toMatchObject({ code: 'INVALID_AMOUNT', field: 'amountMinor' });
    expect(errorOf(() => checkCredit(question({ exposureMinor: 0.5 })))).toMatchObject({ code: 'INVALID_AMOUNT', field: 'exposureMinor' });
    expect(errorOf(() => checkCredit(question({ terms: { currency: 'RUB', creditLimitMinor: -5, paymentTermDays: 30 } })))).toMatchObject({
      code: 'INVALID_AMOUNT',
      field: 'creditLimitMinor',
    });
  });
});
