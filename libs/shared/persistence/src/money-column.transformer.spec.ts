import { minorUnitsTransformer } from './money-column.transformer';

describe('minorUnitsTransformer (bigint column <-> minor units)', () => {
  it('writes integers as exact decimal strings and reads pg bigint strings back as numbers', () => {
    expect(minorUnitsTransformer.to(123_456)).toBe('123456');
    expect(minorUnitsTransformer.to(-5)).toBe('-5');
    expect(minorUnitsTransformer.from('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(minorUnitsTransformer.from('-42')).toBe(-42);
  });

  it('passes null through', () => {
    expect(minorUnitsTransformer.to(null)).toBeNull();
    expect(minorUnitsTransformer.from(null)).toBeNull();
  });

  it('refuses fractions and amounts beyond the safe-integer range instead of rounding them', () => {
    expect(() => minorUnitsTransformer.to(10.5)).toThrow(RangeError);
    expect(() => minorUnitsTransformer.to(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => minorUnitsTransformer.from('9007199254740993')).toThrow(RangeError);
  });
});
