import { TradingError } from '../trading.exception';
import { limitPriceMinorOf, type LimitPriceInput } from './limit-price';

const outcome = (input: LimitPriceInput, currency: string | undefined) => {
  const price = limitPriceMinorOf(input, currency);
  return price instanceof TradingError ? `${price.code}@${price.field}` : price;
};

describe('a limit price given in minor units or as a decimal', () => {
  it('reads a decimal exactly in the currency’s minor units, trailing zeros or not', () => {
    expect(outcome({ limitPrice: '512.35' }, 'RUB')).toBe(51_235);
    expect(outcome({ limitPrice: '512.3500' }, 'RUB')).toBe(51_235);
    expect(outcome({ limitPrice: '600' }, 'EUR')).toBe(60_000);
    expect(outcome({ limitPrice: ' 0.07 ' }, 'USD')).toBe(7);
    expect(outcome({ limitPrice: '1.234' }, 'KWD')).toBe(1_234);
    expect(outcome({ limitPrice: '15000' }, 'JPY')).toBe(15_000);
    // 0.1 + 0.2 in floating point is not 0.3: the text is read digit by digit.
    expect(outcome({ limitPrice: '0.30' }, 'USD')).toBe(30);
  });

  it('refuses more decimals than the currency has, never rounding', () => {
    expect(outcome({ limitPrice: '512.355' }, 'RUB')).toBe('PRICE_TOO_PRECISE@limitPrice');
    expect(outcome({ limitPrice: '15000.5' }, 'JPY')).toBe('PRICE_TOO_PRECISE@limitPrice');
    expect(outcome({ limitPrice: '1.2345' }, 'KWD')).toBe('PRICE_TOO_PRECISE@limitPrice');
    expect(outcome({ limitPriceMinor: 100.5 }, 'RUB')).toBe('PRICE_TOO_PRECISE@limitPriceMinor');
  });

  it('takes whole minor units as they are (whether above zero is the other terms’ check)', () => {
    expect(outcome({ limitPriceMinor: 63_500 }, 'RUB')).toBe(63_500);
    expect(outcome({ limitPriceMinor: 63_500 }, undefined)).toBe(63_500);
    expect(outcome({ limitPriceMinor: 0 }, 'RUB')).toBe(0);
    expect(outcome({ limitPrice: '-5' }, 'RUB')).toBe(-500);
  });

  it('wants the price exactly once, and a currency to read a decimal in', () => {
    expect(outcome({ limitPriceMinor: 100, limitPrice: '1.00' }, 'RUB')).toBe('INVALID_INPUT@limitPrice');
    expect(outcome({}, 'RUB')).toBe('INVALID_INPUT@limitPrice');
    expect(outcome({ limitPrice: '99.99' }, undefined)).toBe('INVALID_INPUT@currency');
    expect(outcome({ limitPrice: '99.99' }, 'RUR')).toBe('UNKNOWN_CURRENCY@currency');
  });

  it('refuses what is not a plain decimal', () => {
    for (const text of ['100,50', '1e3', '12.5.1', '', 'abc', '$10', '0x10']) {
      expect([text, outcome({ limitPrice: text }, 'RUB')]).toEqual([text, 'INVALID_INPUT@limitPrice']);
    }
    expect(outcome({ limitPrice: '99999999999999999999' }, 'RUB')).toBe('INVALID_INPUT@limitPrice');
  });
});
