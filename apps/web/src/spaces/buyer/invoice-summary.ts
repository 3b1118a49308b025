/** What an invoice list needs of an invoice to sum what is due. */
export interface InvoiceFigures {
  currency: string;
  outstandingMinor: number;
  overdue: boolean;
  dueAt: string;
  status: string;
}

export interface DueSummary {
  currency: string;
  /** Still to pay, overdue included. */
  outstandingMinor: number;
  /** Of it, past due. */
  overdueMinor: number;
  openCount: number;
  overdueCount: number;
  /** The earliest due date of an invoice not yet overdue, if any. */
  nextDueAt?: string;
}

/** What is due and overdue per currency, currencies in alphabetical order; void and paid invoices owe nothing. */
export function summariseDue(invoices: readonly InvoiceFigures[]): DueSummary[] {
  const byCurrency = new Map<string, DueSummary>();
  for (const invoice of invoices) {
    if (invoice.status === 'VOID' || invoice.outstandingMinor <= 0) continue;
    const sum = byCurrency.get(invoice.currency) ?? {
      currency: invoice.currency,
      outstandingMinor: 0,
      overdueMinor: 0,
      openCount: 0,
      overdueCount: 0,
    };
    sum.outstandingMinor += invoice.outstandingMinor;
    sum.openCount += 1;
    if (invoice.overdue) {
      sum.overdueMinor += invoice.outstandingMinor;
      sum.overdueCount += 1;
    } else if (!sum.nextDueAt || Date.parse(invoice.dueAt) < Date.parse(sum.nextDueAt)) sum.nextDueAt = invoice.dueAt;
    byCurrency.set(invoice.currency, sum);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export type InvoiceFilter = 'unpaid' | 'overdue' | 'paid' | 'all';

/** Whether an invoice belongs in the list the buyer picked. */
export function invoiceShown(invoice: InvoiceFigures, filter: InvoiceFilter): boolean {
  switch (filter) {
    case 'unpaid':
      return invoice.status !== 'VOID' && invoice.outstandingMinor > 0;
    case 'overdue':
      return invoice.overdue;
    case 'paid':
      return invoice.status === 'PAID';
    case 'all':
      return true;
  }
}
