import fc from 'fast-check';
import { formatPercent, parsePercent, percentInputValue } from './percent';

describe('a percentage typed into a form', () => {
  it('is read exactly into whole basis points, with a decimal point or comma', () => {
    expect(parsePercent('2.5')).toBe(250);
    expect(parsePercent('2,25')).toBe(225);
    expect(parsePercent(' 10 % ')).toBe(1000);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(10_000);
    expect(parsePercent('0.01')).toBe(1);
    expect(parsePercent('7.')).toBe(700);
  });

  it('is refused with more than two decimals, a sign or words, never rounded', () => {
    for (const text of ['', '1.005', '-1', 'five', '1e2', '.5', '1.2.3']) expect(parsePercent(text)).toBeUndefined();
  });

  it('round-trips every whole number of basis points through the form', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => parsePercent(percentInputValue(bp)) === bp));
    expect(percentInputValue(250)).toBe('2.5');
    expect(percentInputValue(1000)).toBe('10');
    expect(percentInputValue(5)).toBe('0.05');
  });
});

describe('a percentage shown to read', () => {
  it('is written in the reader’s digits with a sign', () => {
    expect(formatPercent(250, 'en-GB')).toBe('2.5\u00a0%');
    expect(formatPercent(250, 'ru-RU')).toBe('2,5\u00a0%');
    expect(formatPercent(1, 'en-GB')).toBe('0.01\u00a0%');
    expect(formatPercent(10_000, 'en-GB')).toBe('100\u00a0%');
  });
});
