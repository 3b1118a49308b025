/** What a seller may do with its part of a return, by where it stands (the returns rules, so screens offer only what is allowed). */
export interface ReturnActions {
  accept: boolean;
  dispute: boolean;
  confirmReceipt: boolean;
  /** Accepting waits for an operator to accept the carrier claim of items damaged in transit. */
  waitsForCarrierClaim: boolean;
}

export function returnActions(sellerReturn: {
  status: string;
  carrierClaimAccepted: boolean;
  items: readonly { fault: string }[];
}): ReturnActions {
  const requested = sellerReturn.status === 'REQUESTED';
  const carrier = sellerReturn.items.some((item) => item.fault === 'CARRIER') && !sellerReturn.carrierClaimAccepted;
  return {
    accept: requested && !carrier,
    dispute: requested && sellerReturn.items.some((item) => item.fault === 'SELLER'),
    confirmReceipt: sellerReturn.status === 'ACCEPTED',
    waitsForCarrierClaim: requested && carrier,
  };
}

export type StatementPeriod = 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth';

const DAY = 86_400_000;

/**
 * A statement's period in UTC, as the API counts them: weeks from Monday 00:00 to the next
 * Monday, months from the 1st; `to` is exclusive.
 */
export function periodBounds(period: StatementPeriod, now: Date): { from: string; to: string } {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (period === 'thisWeek' || period === 'lastWeek') {
    const monday = midnight - ((now.getUTCDay() + 6) % 7) * DAY;
    const start = period === 'thisWeek' ? monday : monday - 7 * DAY;
    return { from: new Date(start).toISOString(), to: new Date(start + 7 * DAY).toISOString() };
  }
  const offset = period === 'thisMonth' ? 0 : -1;
  const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1);
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + 1, 1);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The file name a statement's CSV is saved under: statement-RUB-2026-11-30-to-2026-12-07.csv (the last day included). */
export function statementFileName(currency: string, from: string, to: string): string {
  const day = (iso: string) => iso.slice(0, 10);
  const lastDay = new Date(Date.parse(to) - DAY).toISOString();
  return `statement-${currency}-${day(from)}-to-${day(lastDay)}.csv`;
}
