import { formatMajor, formatMoney, formatQuantity, formatUnitPrice, lineAmountMinor, minorDigits, unitLabel } from './money';

describe('demo money formatting', () => {
  it('writes kopecks as roubles with two decimals and grouped thousands', () => {
    expect(formatMoney(8_800, 'RUB')).toBe('88.00 RUB');
    expect(formatMoney(17_600_000, 'RUB')).toBe('176,000.00 RUB');
    expect(formatMoney(9_152, 'rub')).toBe('91.52 RUB');
    expect(formatMoney(5, 'RUB')).toBe('0.05 RUB');
    expect(formatMoney(0, 'RUB')).toBe('0.00 RUB');
    expect(formatMoney(-123_456, 'RUB')).toBe('-1,234.56 RUB');
    expect(formatMajor(10_000_000_001, 'EUR')).toBe('100,000,000.01');
  });

  it('knows currencies without a hundredth minor unit', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('RUB')).toBe(2);
    expect(formatMoney(1_500, 'JPY')).toBe('1,500 JPY');
    expect(formatMoney(1_500, 'KWD')).toBe('1.500 KWD');
    expect(formatMoney(7, 'BHD')).toBe('0.007 BHD');
  });

  it('multiplies quantity by price exactly, beyond 2^53', () => {
    expect(lineAmountMinor(2_000, 8_800)).toBe(17_600_000n);
    const big = lineAmountMinor(Number.MAX_SAFE_INTEGER, 100);
    expect(big).toBe(900_719_925_474_099_100n);
    expect(formatMoney(big, 'RUB')).toBe('9,007,199,254,740,991.00 RUB');
    // The float product would have lost the last digits.
    expect(BigInt(Number.MAX_SAFE_INTEGER * 100)).not.toBe(big);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(88.5, 'RUB')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 60, 'RUB')).toThrow(RangeError);
    expect(() => lineAmountMinor(1.5, 100)).toThrow(RangeError);
  });

  it('writes quantities and unit prices in the base unit', () => {
    expect(formatQuantity(5_000, 'KG')).toBe('5,000 kg');
    expect(formatQuantity(12, 'T')).toBe('12 t');
    expect(formatQuantity(1_000_000, 'M')).toBe('1,000,000 m');
    expect(unitLabel('PIECE')).toBe('pcs');
    expect(unitLabel('BARREL')).toBe('barrel');
    expect(formatUnitPrice(64_000, 'RUB', 'KG')).toBe('640.00 RUB/kg');
  });
});
