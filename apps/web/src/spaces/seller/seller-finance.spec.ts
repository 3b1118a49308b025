import { periodBounds, returnActions, statementFileName } from './seller-finance';

describe('what a seller may do with a return', () => {
  const item = (fault: string) => ({ fault });
  it('accepts or disputes a requested one, confirms receipt of an accepted one', () => {
    expect(returnActions({ status: 'REQUESTED', carrierClaimAccepted: false, items: [item('SELLER'), item('BUYER')] })).toEqual({
      accept: true,
      dispute: true,
      confirmReceipt: false,
      waitsForCarrierClaim: false,
    });
    expect(returnActions({ status: 'REQUESTED', carrierClaimAccepted: false, items: [item('BUYER')] }).dispute).toBe(false);
    expect(returnActions({ status: 'ACCEPTED', carrierClaimAccepted: false, items: [item('BUYER')] })).toEqual({
      accept: false,
      dispute: false,
      confirmReceipt: true,
      waitsForCarrierClaim: false,
    });
    expect(Object.values(returnActions({ status: 'REFUNDED', carrierClaimAccepted: false, items: [item('SELLER')] }))).not.toContain(true);
  });

  it('waits for an operator before accepting items damaged in transit', () => {
    expect(returnActions({ status: 'REQUESTED', carrierClaimAccepted: false, items: [item('CARRIER')] })).toMatchObject({
      accept: false,
      waitsForCarrierClaim: true,
    });
    expect(returnActions({ status: 'REQUESTED', carrierClaimAccepted: true, items: [item('CARRIER')] }).accept).toBe(true);
  });
});

describe('a statement’s period', () => {
  const wednesday = new Date('2026-12-02T09:00:00Z');
  it('runs Monday to Monday in UTC for weeks, the 1st to the 1st for months', () => {
    expect(periodBounds('thisWeek', wednesday)).toEqual({ from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' });
    expect(periodBounds('lastWeek', wednesday)).toEqual({ from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' });
    expect(periodBounds('thisWeek', new Date('2026-12-06T23:59:59Z')).from).toBe('2026-11-30T00:00:00.000Z');
    expect(periodBounds('thisWeek', new Date('2026-12-07T00:00:00Z')).from).toBe('2026-12-07T00:00:00.000Z');
    expect(periodBounds('thisMonth', wednesday)).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(periodBounds('lastMonth', new Date('2026-01-15T00:00:00Z'))).toEqual({
      from: '2025-12-01T00:00:00.000Z',
      to: '2026-01-01T00:00:00.000Z',
    });
  });

  it('names its CSV by currency and the days it covers', () => {
    expect(statementFileName('RUB', '2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z')).toBe(
      'statement-RUB-2026-11-30-to-2026-12-06.csv',
    );
  });
});
