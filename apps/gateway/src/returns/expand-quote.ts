import type { PurchaseReturnsRecord, ReturnQuoteRecord, ReturnRequestRecord, SellerReturnRecord } from '@lotbook/contracts';

/** An amount as the schema shows it: its reason in words in place. */
interface ExpandedAmount {
  name: string;
  amountMinor: number;
  reason: string;
}

type Expanded<T> = T extends { reasonId: number } ? ExpandedAmount : T extends object ? { [K in keyof T]: Expanded<T[K]> } : T;

/** Puts each amount's reason in words back in place of its index into the quote's `reasons` (the service lists each text once). */
export function expandQuote(quote: ReturnQuoteRecord): Expanded<ReturnQuoteRecord> {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const entry = value as Record<string, unknown>;
    if (typeof entry.reasonId === 'number' && typeof entry.amountMinor === 'number') {
      const reason = quote.reasons[entry.reasonId];
      if (reason === undefined) throw new Error(`a return amount names reason ${entry.reasonId}, which the quote does not list`);
      return { name: entry.name, amountMinor: entry.amountMinor, reason };
    }
    return Object.fromEntries(Object.entries(entry).map(([key, item]) => [key, walk(item)]));
  };
  return walk(quote) as Expanded<ReturnQuoteRecord>;
}

export const expandReturn = (entry: SellerReturnRecord) => ({
  ...entry,
  allocation: expandQuote(entry.allocation),
  allocationBeforeDecision: entry.allocationBeforeDecision && expandQuote(entry.allocationBeforeDecision),
});

export const expandRequest = (request: ReturnRequestRecord) => ({
  ...request,
  quote: expandQuote(request.quote),
  returns: request.returns.map(expandReturn),
});

export const expandHistory = (history: PurchaseReturnsRecord) => ({ ...history, returns: history.returns.map(expandReturn) });
