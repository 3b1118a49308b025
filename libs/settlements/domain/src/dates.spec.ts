import { parseIsoDate, parseIsoInstant } from './dates';

describe('strict ISO 8601 dates', () => {
  it('reads calendar dates and instants with their offset', () => {
    expect(parseIsoDate('2026-03-02')).toBe(Date.UTC(2026, 2, 2));
    expect(parseIsoDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(parseIsoInstant('2026-03-02T10:00:00Z')).toBe(Date.UTC(2026, 2, 2, 10));
    expect(parseIsoInstant('2026-03-02T13:00+03:00')).toBe(Date.UTC(2026, 2, 2, 10));
    expect(parseIsoInstant('2026-03-02T10:00:00.250Z')).toBe(Date.UTC(2026, 2, 2, 10, 0, 0, 250));
  });

  it.each(['02.03.2026', '2026-02-30', '2027-02-29', '2026-13-01', '2026-3-2', '', ' 2026-03-02'])('refuses the date %p', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it.each([
    '2026-03-02',
    '2026-03-02T10:00:00',
    '2026-02-30T10:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02T10:60:00Z',
    '2026-03-02T10:00:00+25:00',
    'Mon, 02 Mar 2026 10:00:00 GMT',
  ])('refuses the instant %p', (text) => {
    expect(parseIsoInstant(text)).toBeNull();
  });
});
