import { compareValues, viewRows } from './table-model';

const rows = [
  { sku: 'B-10', price: 300, region: 'Novosibirsk' },
  { sku: 'A-2', price: 100, region: 'Yekaterinburg' },
  { sku: 'A-10', price: null as number | null, region: 'Kazan' },
  { sku: 'C-1', price: 100, region: 'Novosibirsk' },
];
const view = { direction: 'asc' as const, filter: '', page: 1, pageSize: 10 };

describe('tables filtered, sorted and paged in the browser', () => {
  it('keeps rows in which every word of the filter appears, case-blind', () => {
    expect(viewRows(rows, { ...view, filter: 'novosibirsk c-1' }).rows.map((row) => row.sku)).toEqual(['C-1']);
    expect(viewRows(rows, { ...view, filter: 'NOVO' }).total).toBe(2);
  });

  it('sorts numbers as numbers and text as people do ("A-2" before "A-10")', () => {
    expect(viewRows(rows, { ...view, sortBy: 'sku' }).rows.map((row) => row.sku)).toEqual(['A-2', 'A-10', 'B-10', 'C-1']);
    expect(compareValues(9, 10)).toBeLessThan(0);
  });

  it('keeps equal rows in their order and puts missing values last in both directions', () => {
    expect(viewRows(rows, { ...view, sortBy: 'price' }).rows.map((row) => row.sku)).toEqual(['A-2', 'C-1', 'B-10', 'A-10']);
    expect(viewRows(rows, { ...view, sortBy: 'price', direction: 'desc' }).rows.map((row) => row.sku)).toEqual([
      'B-10',
      'A-2',
      'C-1',
      'A-10',
    ]);
  });

  it('pages after filtering and sorting, and brings a page past the end back to the last one', () => {
    const paged = viewRows(rows, { ...view, sortBy: 'sku', pageSize: 3, page: 2 });
    expect(paged.rows.map((row) => row.sku)).toEqual(['C-1']);
    expect(viewRows(rows, { ...view, pageSize: 3, page: 9 }).page).toBe(2);
    expect(viewRows([], { ...view, page: 3 }).page).toBe(1);
  });
});
