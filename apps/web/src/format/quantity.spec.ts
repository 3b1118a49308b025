import { formatQuantity, parseWholeNumber } from './quantity';

describe('quantities with their unit', () => {
  it('groups digits as the locale does and puts the unit after a non-breaking space', () => {
    expect(formatQuantity(280_000, 'kg', 'en-GB')).toBe('280,000\u00a0kg');
    expect(formatQuantity(280_000, 'кг', 'ru-RU')).toBe('280\u00a0000\u00a0кг');
  });

  it('shows the bare number while the unit is not known yet', () => {
    expect(formatQuantity(1500, '', 'en-GB')).toBe('1,500');
  });

  it('reads whole numbers typed with spaces, and nothing else', () => {
    expect(parseWholeNumber('12 500')).toBe(12_500);
    expect(parseWholeNumber('1.5')).toBeUndefined();
    expect(parseWholeNumber('-3')).toBeUndefined();
    expect(parseWholeNumber('')).toBeUndefined();
    expect(parseWholeNumber('9007199254740993')).toBeUndefined();
  });
});
