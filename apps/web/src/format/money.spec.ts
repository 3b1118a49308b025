import fc from 'fast-check';
import { amountInputValue, currencyDigits, formatMoney, parseAmount } from './money';

describe('amounts shown in the currency’s own format', () => {
  it('writes roubles as Russian readers write them, and as English readers do', () => {
    expect(formatMoney(6_450_050, 'RUB', 'ru-RU')).toBe('64\u00a0500,50\u00a0₽');
    expect(formatMoney(6_450_050, 'RUB', 'en-GB')).toBe('RUB\u00a064,500.50');
  });

  it('gives each currency its own number of decimals (yen none, dinars three)', () => {
    expect(formatMoney(15_000, 'JPY', 'en-GB')).toBe('JP¥15,000');
    expect(formatMoney(1_234_567, 'KWD', 'en-GB')).toBe('KWD\u00a01,234.567');
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('RUB')).toBe(2);
  });

  it('keeps every digit of the largest safe amount (no float division on the way)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'RUB', 'en-GB')).toBe('RUB\u00a090,071,992,547,409.91');
    expect(formatMoney(-7, 'USD', 'en-GB')).toBe('-US$0.07');
  });

  it('shows an unknown currency code beside the minor units rather than guessing', () => {
    expect(formatMoney(100, 'XYZ', 'en-GB')).toBe('100 XYZ');
  });
});

describe('prices typed by people, read exactly into minor units', () => {
  it('accepts thousands separated by spaces and a decimal comma', () => {
    expect(parseAmount('64 500,50', 'RUB')).toEqual({ ok: true, minorUnits: 6_450_050, decimal: '64500.50' });
    expect(parseAmount('64\u00a0500.5', 'RUB')).toEqual({ ok: true, minorUnits: 6_450_050, decimal: '64500.50' });
  });

  it('refuses more decimals than the currency has instead of rounding', () => {
    expect(parseAmount('512.355', 'RUB')).toEqual({ ok: false, problem: 'PRICE_TOO_PRECISE' });
    expect(parseAmount('15000.5', 'JPY')).toEqual({ ok: false, problem: 'PRICE_TOO_PRECISE' });
    expect(parseAmount('512.350', 'RUB')).toEqual({ ok: true, minorUnits: 51_235, decimal: '512.35' });
  });

  it('names what is wrong with what is not a positive price', () => {
    expect(parseAmount('', 'RUB')).toEqual({ ok: false, problem: 'AMOUNT_REQUIRED' });
    expect(parseAmount('12 руб', 'RUB')).toEqual({ ok: false, problem: 'NOT_AN_AMOUNT' });
    expect(parseAmount('1,234.5,6', 'RUB')).toEqual({ ok: false, problem: 'NOT_AN_AMOUNT' });
    expect(parseAmount('0', 'RUB')).toEqual({ ok: false, problem: 'NON_POSITIVE_PRICE' });
    expect(parseAmount('-5', 'RUB')).toEqual({ ok: false, problem: 'NON_POSITIVE_PRICE' });
    expect(parseAmount('5', 'XYZ')).toEqual({ ok: false, problem: 'UNKNOWN_CURRENCY' });
    expect(parseAmount('99999999999999999', 'RUB')).toEqual({ ok: false, problem: 'AMOUNT_TOO_LARGE' });
  });

  it('reads back exactly what an editor shows for any stored price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('RUB', 'JPY', 'KWD', 'EUR'),
        (minorUnits, currency) => {
          const parsed = parseAmount(amountInputValue(minorUnits, currency), currency);
          return parsed.ok && parsed.minorUnits === minorUnits;
        },
      ),
    );
  });
});
