/** A row of a quick order's report (QuickOrderRow). */
export interface QuickOrderRowView {
  line: number;
  outcome: string;
  code?: string | null;
}

/** How many rows went into the cart and how many were refused; the refused first in the report, in file order. */
export function quickOrderReport<Row extends QuickOrderRowView>(rows: readonly Row[]): { added: number; rejected: number; rows: Row[] } {
  const rejected = rows.filter((row) => row.outcome !== 'ADDED');
  const added = rows.filter((row) => row.outcome === 'ADDED');
  const byLine = (a: Row, b: Row) => a.line - b.line;
  return { added: added.length, rejected: rejected.length, rows: [...rejected.sort(byLine), ...added.sort(byLine)] };
}

/** The list a person pasted, as the API takes it: blank lines and surrounding spaces dropped, a BOM removed. */
export function quickOrderText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
