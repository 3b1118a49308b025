import type { ReturnsErrorCode } from '@lotbook/contracts';

/** What each returns refusal means, for the schema's `ErrorCode` enum and the README (codes shared with other contexts are described there). */
export const RETURNS_GRAPHQL_ERRORS: Record<
  Exclude<
    `${ReturnsErrorCode}`,
    | 'FORBIDDEN'
    | 'INVALID_INPUT'
    | 'COMPANY_NOT_APPROVED'
    | 'UNKNOWN_PURCHASE'
    | 'UNKNOWN_ORDER'
    | 'UNKNOWN_LINE'
    | 'NON_POSITIVE_QUANTITY'
    | 'IDEMPOTENCY_KEY_REUSED'
    | 'TRANSITION_NOT_ALLOWED'
  >,
  { description: string }
> = {
  DUPLICATE_LINE: { description: 'The same order line is named twice in one return (or in one set of reason changes)' },
  QUANTITY_NOT_RETURNABLE: { description: 'More units than were delivered less those already returned' },
  UNKNOWN_REASON: {
    description: 'Not a return reason (DEFECTIVE, NOT_AS_DESCRIBED, WRONG_ITEM, CHANGED_MIND, ORDERED_BY_MISTAKE, DAMAGED_IN_TRANSIT)',
  },
  EMPTY_RETURN: { description: 'A return has at least one item' },
  ORDER_NOT_DELIVERED: { description: 'Only a delivered seller order (DELIVERED or COMPLETED) may be returned' },
  RETURN_WINDOW_CLOSED: {
    description:
      'The seller order’s return window (its seller’s own, or the return policy’s default: 30 days after delivery unless an operator changed it) has closed',
  },
  UNKNOWN_RETURN: { description: 'No such return, or not one you may see' },
  OPERATOR_ACCEPTANCE_REQUIRED: { description: 'An item damaged in transit waits for an operator to accept the carrier claim' },
  NOTHING_TO_DISPUTE: { description: 'A seller disputes only a seller-fault reason, and this return has none' },
  NOTE_REQUIRED: {
    description:
      'A written note of 10 to 2,000 characters is required to dispute a return, to decide a dispute and to change the return policy',
  },
  UNKNOWN_FAULT: { description: 'Not a fault of the return policy’s who-pays table (SELLER, BUYER, CARRIER)' },
  DUPLICATE_REASON: { description: 'A change of the return policy names the same reason twice' },
  INVALID_RETURN_WINDOW: { description: 'A return window is a whole number of days from 0 to 365' },
  POLICY_UNCHANGED: { description: 'The change sets every table of the return policy to what it is already; nothing was recorded' },
  RETURN_POLICY_CHANGED: {
    description:
      'The return policy is no longer the version you named (your quote’s, or the one you changed): read it or quote again; nothing changed',
  },
};
