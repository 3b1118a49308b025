export type SortDirection = 'asc' | 'desc';

export interface TableView {
  sortBy?: string;
  direction: SortDirection;
  filter: string;
  page: number;
  pageSize: number;
}

export interface TableAccessors<T> {
  /** The value a column sorts by (default: the row's property of that name). */
  sortValue?: (row: T, column: string) => unknown;
  /** The text the filter box searches (default: every primitive property). */
  searchText?: (row: T) => string;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function defaultSortValue<T>(row: T, column: string): unknown {
  return (row as Record<string, unknown>)[column];
}

function defaultSearchText<T>(row: T): string {
  return Object.values(row as Record<string, unknown>)
    .filter((value) => ['string', 'number'].includes(typeof value))
    .join(' ');
}

/** Compares two cell values: missing last, numbers as numbers, text as people sort it (case-blind, "2" before "10"). */
export function compareValues(a: unknown, b: unknown): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * One page of rows after the filter (every word must appear, case-blind) and the sort (stable:
 * equal rows keep their order; missing values last in both directions).
 */
export function viewRows<T>(
  rows: readonly T[],
  view: TableView,
  accessors: TableAccessors<T> = {},
): { rows: T[]; total: number; page: number } {
  const searchText = accessors.searchText ?? defaultSearchText;
  const sortValue = accessors.sortValue ?? defaultSortValue;
  const words = view.filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const filtered =
    words.length === 0 ? [...rows] : rows.filter((row) => words.every((word) => searchText(row).toLocaleLowerCase().includes(word)));
  if (view.sortBy) {
    const column = view.sortBy;
    const sign = view.direction === 'desc' ? -1 : 1;
    const keyed = filtered.map((row, index) => ({ row, index, value: sortValue(row, column) }));
    keyed.sort((x, y) => {
      const xMissing = x.value === null || x.value === undefined || x.value === '';
      const yMissing = y.value === null || y.value === undefined || y.value === '';
      if (xMissing !== yMissing) return xMissing ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    });
    filtered.splice(0, filtered.length, ...keyed.map((entry) => entry.row));
  }
  const pageCount = Math.max(1, Math.ceil(filtered.length / view.pageSize));
  const page = Math.min(Math.max(1, view.page), pageCount);
  return { rows: filtered.slice((page - 1) * view.pageSize, page * view.pageSize), total: filtered.length, page };
}
