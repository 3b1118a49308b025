import { quickOrderReport, quickOrderText } from './quick-order';

describe('a quick order', () => {
  it('reports the refused rows first, each group in file order, with the counts', () => {
    const rows = [
      { line: 3, outcome: 'ADDED' },
      { line: 4, outcome: 'REJECTED', code: 'UNKNOWN_PRODUCT' },
      { line: 1, outcome: 'ADDED' },
      { line: 2, outcome: 'REJECTED', code: 'QUANTITY_BELOW_MINIMUM' },
    ];
    expect(quickOrderReport(rows)).toEqual({
      added: 2,
      rejected: 2,
      rows: [rows[3], rows[1], rows[2], rows[0]],
    });
  });

  it('sends the pasted list without blank lines, spaces around lines or a byte-order mark', () => {
    expect(quickOrderText('\uFEFFsku,quantity\r\n  EKB-RB12, 1000 \r\n\r\n\tRB-A500C;500\n')).toBe(
      'sku,quantity\nEKB-RB12, 1000\nRB-A500C;500',
    );
  });
});
