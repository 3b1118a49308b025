import {
  ACCOUNT_KINDS,
  type Account,
  accountKey,
  assertAccount,
  buyerReceivable,
  cashAtBank,
  normalSideOf,
  parseAccountKey,
  platformCommissionIncome,
  platformPromotions,
  platformReturns,
  refundsPayable,
  returnLabels,
  sellerPayableAvailable,
  sellerPayablePending,
} from './accounts';
import { LedgerError } from './errors';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
  return undefined;
}

const everyKind: Account[] = [
  buyerReceivable('buyer-1', 'RUB'),
  sellerPayablePending('seller-1', 'order-1', 'RUB'),
  sellerPayableAvailable('seller-1', 'RUB'),
  refundsPayable('buyer-1', 'RUB'),
  platformCommissionIncome('RUB'),
  platformPromotions('RUB'),
  platformReturns('RUB'),
  returnLabels('RUB'),
  cashAtBank('RUB'),
];

describe('accounts', () => {
  it('has a constructor for every kind', () => {
    expect(everyKind.map((account) => account.kind).sort()).toEqual(Object.keys(ACCOUNT_KINDS).sort());
  });

  it('keeps assets and expenses on the debit side, liabilities and income on the credit side', () => {
    expect(everyKind.map((account) => [account.kind, normalSideOf(account)])).toEqual([
      ['BUYER_RECEIVABLE', 'DEBIT'],
      ['SELLER_PAYABLE_PENDING', 'CREDIT'],
      ['SELLER_PAYABLE_AVAILABLE', 'CREDIT'],
      ['REFUNDS_PAYABLE', 'CREDIT'],
      ['PLATFORM_COMMISSION_INCOME', 'CREDIT'],
      ['PLATFORM_PROMOTIONS', 'DEBIT'],
      ['PLATFORM_RETURNS', 'DEBIT'],
      ['RETURN_LABELS', 'CREDIT'],
      ['CASH_AT_BANK', 'DEBIT'],
    ]);
  });

  it('names an account by kind, currency, company and seller order, and reads the key back', () => {
    expect(accountKey(sellerPayablePending('seller-1', 'order-1', 'RUB'))).toBe('SELLER_PAYABLE_PENDING/RUB/seller-1/order-1');
    expect(accountKey(cashAtBank('EUR'))).toBe('CASH_AT_BANK/EUR');
    for (const account of everyKind) expect(parseAccountKey(accountKey(account))).toEqual(account);
  });

  it('keeps accounts apart per currency and per company, even when an id holds a slash', () => {
    const keys = new Set(
      [
        buyerReceivable('a/b', 'RUB'),
        sellerPayablePending('a', 'b/c', 'RUB'),
        sellerPayablePending('a/b', 'c', 'RUB'),
        buyerReceivable('a/b', 'EUR'),
        buyerReceivable('a', 'RUB'),
      ].map(accountKey),
    );
    expect(keys.size).toBe(5);
    expect(parseAccountKey(accountKey(sellerPayablePending('a/b', 'c', 'RUB')))).toEqual(sellerPayablePending('a/b', 'c', 'RUB'));
  });

  it('refuses keys it could not have written', () => {
    for (const key of [
      '',
      'CASH_AT_BANK',
      'CASH_AT_BANK/EUR/extra',
      'BUYER_RECEIVABLE/RUB',
      'NOPE/RUB',
      'CASH_AT_BANK/EUX',
      'BUYER_RECEIVABLE/RUB/%E0%A4%A',
      'BUYER_RECEIVABLE/RUB/',
    ]) {
      expect([key, codeOf(() => parseAccountKey(key))]).toEqual([key, expect.stringMatching(/INVALID_ACCOUNT|UNKNOWN_CURRENCY/)]);
    }
    expect(codeOf(() => parseAccountKey('BUYER_RECEIVABLE/RUB/a%2fb'))).toBe('INVALID_ACCOUNT'); // not canonical: encodeURIComponent writes %2F
  });

  it('refuses an account without the ids its kind needs, or with an unknown currency', () => {
    expect(codeOf(() => assertAccount(buyerReceivable('', 'RUB')))).toBe('INVALID_ACCOUNT');
    expect(codeOf(() => assertAccount({ kind: 'SELLER_PAYABLE_PENDING', currency: 'RUB', companyId: 's' } as Account))).toBe(
      'INVALID_ACCOUNT',
    );
    expect(codeOf(() => assertAccount({ kind: 'WALLET', currency: 'RUB' } as unknown as Account))).toBe('INVALID_ACCOUNT');
    expect(codeOf(() => assertAccount(cashAtBank('rub')))).toBe('UNKNOWN_CURRENCY');
    expect(codeOf(() => assertAccount(sellerPayablePending('s', 'o', 'RUB')))).toBeUndefined();
  });
});
