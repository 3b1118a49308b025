import { loyaltyTierRows, loyaltyTiersInput, rateBasisPoints, type LoyaltyTierRow } from './pricing';

/** The orders service's default table: under 1,000,000.00 3 %; up to and including 5,000,000.00 5 %; above it 10 %. */
const DEFAULT_TABLE = [
  { fromMajor: '0', fromInclusive: true, toMajor: '1000000.00', toInclusive: false, rateBp: 300 },
  { fromMajor: '1000000.00', fromInclusive: true, toMajor: '5000000.00', toInclusive: true, rateBp: 500 },
  { fromMajor: '5000000.00', fromInclusive: false, toMajor: null, toInclusive: false, rateBp: 1_000 },
];

describe('a commission or loyalty rate', () => {
  it('is read into whole basis points from 0 to 100 %', () => {
    expect(rateBasisPoints('12.5')).toEqual({ ok: true, rateBp: 1250 });
    expect(rateBasisPoints('0')).toEqual({ ok: true, rateBp: 0 });
    expect(rateBasisPoints('100')).toEqual({ ok: true, rateBp: 10_000 });
  });

  it.each(['100.01', '', '-1', '2.555', 'ten'])('is refused as %p', (text) => {
    expect(rateBasisPoints(text)).toEqual({ ok: false, problem: 'NOT_A_PERCENT' });
  });
});

describe('a loyalty tier table in its form', () => {
  it('shows each tier by where it starts and its rate', () => {
    expect(loyaltyTierRows(DEFAULT_TABLE)).toEqual([
      { from: '0', fromInclusive: true, rate: '3' },
      { from: '1000000.00', fromInclusive: true, rate: '5' },
      { from: '5000000.00', fromInclusive: false, rate: '10' },
    ]);
  });

  it('gives back the table it showed: each tier ends where the next starts, the boundary in one of them', () => {
    expect(loyaltyTiersInput(loyaltyTierRows(DEFAULT_TABLE), 'RUB')).toEqual({ ok: true, tiers: DEFAULT_TABLE });
  });

  it('reads bounds exactly in the currency, a decimal comma and grouped digits included', () => {
    const rows: LoyaltyTierRow[] = [
      { from: '0', fromInclusive: true, rate: '0' },
      { from: '250 000,5', fromInclusive: true, rate: '2,5' },
    ];
    expect(loyaltyTiersInput(rows, 'RUB')).toEqual({
      ok: true,
      tiers: [
        { fromMajor: '0', fromInclusive: true, toMajor: '250000.50', toInclusive: false, rateBp: 0 },
        { fromMajor: '250000.50', fromInclusive: true, toMajor: null, toInclusive: false, rateBp: 250 },
      ],
    });
  });

  it('takes a single open-ended tier from 0', () => {
    expect(loyaltyTiersInput([{ from: '', fromInclusive: false, rate: '1' }], 'EUR')).toEqual({
      ok: true,
      tiers: [{ fromMajor: '0', fromInclusive: true, toMajor: null, toInclusive: false, rateBp: 100 }],
    });
  });

  it('refuses thresholds that do not rise', () => {
    const rows: LoyaltyTierRow[] = [
      { from: '0', fromInclusive: true, rate: '1' },
      { from: '5000', fromInclusive: true, rate: '2' },
      { from: '5000', fromInclusive: false, rate: '3' },
      { from: '1000', fromInclusive: true, rate: '4' },
    ];
    expect(loyaltyTiersInput(rows, 'RUB')).toEqual({
      ok: false,
      problems: { 'tiers.2.from': 'NOT_ASCENDING', 'tiers.3.from': 'NOT_ASCENDING' },
    });
  });

  it('refuses a bound finer than the currency, a negative or missing bound, and a rate over 100 %', () => {
    const rows: LoyaltyTierRow[] = [
      { from: '0', fromInclusive: true, rate: '101' },
      { from: '1000.5', fromInclusive: true, rate: '2' },
      { from: '-5', fromInclusive: true, rate: '2' },
      { from: '', fromInclusive: true, rate: '2' },
    ];
    expect(loyaltyTiersInput(rows, 'JPY')).toEqual({
      ok: false,
      problems: {
        'tiers.0.rate': 'NOT_A_PERCENT',
        'tiers.1.from': 'PRICE_TOO_PRECISE',
        'tiers.2.from': 'NEGATIVE_BOUND',
        'tiers.3.from': 'AMOUNT_REQUIRED',
      },
    });
  });
});
