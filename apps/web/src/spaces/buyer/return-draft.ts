import { parseWholeNumber } from '../../format/quantity';
import type { ReturnReason } from './gql/graphql';

/** The return reasons a buyer picks from, the buyer's own first (the API's ReturnReason enum). */
export const RETURN_REASONS: readonly ReturnReason[] = [
  'CHANGED_MIND',
  'ORDERED_BY_MISTAKE',
  'DEFECTIVE',
  'NOT_AS_DESCRIBED',
  'WRONG_ITEM',
  'DAMAGED_IN_TRANSIT',
];

/** A line of a delivered purchase as the return screen knows it. */
export interface ReturnableLineView {
  lineId: string;
  returnableQuantity: number;
}

/** What the buyer typed for one line: a quantity (empty: not returned), a reason, a comment. */
export interface DraftItem {
  quantity: string;
  reason: ReturnReason | '';
  comment: string;
}

/** The item the API takes (ReturnItemInput). */
export interface ReturnItem {
  lineId: string;
  quantity: number;
  reason: ReturnReason;
  comment?: string;
}

/** A problem the screen finds before asking the API, in the API's own codes. */
export type DraftProblem = 'NON_POSITIVE_QUANTITY' | 'QUANTITY_NOT_RETURNABLE' | 'UNKNOWN_REASON' | 'EMPTY_RETURN';

/**
 * The return being put together: the items per line, and the quote last asked for. A quote is
 * good for filing only while the items it was asked for are the items on screen (`quotedFor`).
 */
export interface ReturnDraft {
  items: Record<string, DraftItem>;
  /** The key (itemsKey) of the items the quote on screen was asked for. */
  quotedFor?: string;
  /** Filed: the return request's id. */
  filedRequestId?: string;
}

export type ReturnDraftAction =
  | { type: 'quantity'; lineId: string; value: string }
  | { type: 'reason'; lineId: string; value: ReturnReason | '' }
  | { type: 'comment'; lineId: string; value: string }
  | { type: 'all'; lines: readonly ReturnableLineView[]; reason: ReturnReason }
  | { type: 'quoted'; key: string }
  | { type: 'filed'; requestId: string }
  | { type: 'reset' };

const EMPTY_ITEM: DraftItem = { quantity: '', reason: '', comment: '' };

export const emptyDraft = (): ReturnDraft => ({ items: {} });

export function returnDraftReducer(draft: ReturnDraft, action: ReturnDraftAction): ReturnDraft {
  const edit = (lineId: string, change: Partial<DraftItem>): ReturnDraft => ({
    items: { ...draft.items, [lineId]: { ...(draft.items[lineId] ?? EMPTY_ITEM), ...change } },
    // any change of the items leaves the quote behind; a comment does not change the figures
    quotedFor: 'comment' in change ? draft.quotedFor : undefined,
  });
  switch (action.type) {
    case 'quantity':
      return edit(action.lineId, { quantity: action.value });
    case 'reason':
      return edit(action.lineId, { reason: action.value });
    case 'comment':
      return edit(action.lineId, { comment: action.value });
    case 'all':
      return {
        items: Object.fromEntries(
          action.lines
            .filter((line) => line.returnableQuantity > 0)
            .map((line) => [
              line.lineId,
              { ...(draft.items[line.lineId] ?? EMPTY_ITEM), quantity: String(line.returnableQuantity), reason: action.reason },
            ]),
        ),
      };
    case 'quoted':
      return { ...draft, quotedFor: action.key };
    case 'filed':
      return { items: {}, filedRequestId: action.requestId };
    case 'reset':
      return emptyDraft();
  }
}

/**
 * The items to quote or file, in the order of the lines, or the problems per line found before
 * asking (a quantity that is not a whole number above zero, more than is returnable, no reason).
 * A line whose quantity is left empty is not returned.
 */
export function draftItems(
  draft: ReturnDraft,
  lines: readonly ReturnableLineView[],
): { items: ReturnItem[]; problems: Record<string, DraftProblem> } {
  const items: ReturnItem[] = [];
  const problems: Record<string, DraftProblem> = {};
  for (const line of lines) {
    const entry = draft.items[line.lineId];
    if (!entry || entry.quantity.trim() === '') continue;
    const quantity = parseWholeNumber(entry.quantity);
    if (quantity === undefined || quantity <= 0) problems[`${line.lineId}.quantity`] = 'NON_POSITIVE_QUANTITY';
    else if (quantity > line.returnableQuantity) problems[`${line.lineId}.quantity`] = 'QUANTITY_NOT_RETURNABLE';
    if (!entry.reason) problems[`${line.lineId}.reason`] = 'UNKNOWN_REASON';
    if (quantity !== undefined && quantity > 0 && entry.reason) {
      const comment = entry.comment.trim();
      items.push({ lineId: line.lineId, quantity, reason: entry.reason, ...(comment ? { comment } : {}) });
    }
  }
  if (items.length === 0 && Object.keys(problems).length === 0) problems.items = 'EMPTY_RETURN';
  return { items, problems: Object.keys(problems).length > 0 ? problems : {} };
}

/** What a quote depends on: the lines, quantities and reasons (comments do not change the figures). */
export function itemsKey(items: readonly ReturnItem[]): string {
  return JSON.stringify(items.map(({ lineId, quantity, reason }) => [lineId, quantity, reason]));
}

/** Whether the quote on screen is for exactly these items, so filing them files its figures. */
export function quoteIsCurrent(draft: ReturnDraft, items: readonly ReturnItem[]): boolean {
  return items.length > 0 && draft.quotedFor === itemsKey(items);
}

/**
 * The screen's field for an input the API names (`input.items[1].quantity` → `<lineId>.quantity`,
 * by the order of the items sent), or the API's name when it is not an item's.
 */
export function fieldOfItem(apiField: string, items: readonly ReturnItem[]): string {
  const match = /(?:^|\.)items\[(\d+)\](?:\.(\w+))?$/.exec(apiField);
  if (!match) return apiField.replace(/^input\./, '');
  const item = items[Number(match[1])];
  if (!item) return 'items';
  const part = match[2] === 'lineId' || !match[2] ? 'quantity' : match[2];
  return `${item.lineId}.${part}`;
}
