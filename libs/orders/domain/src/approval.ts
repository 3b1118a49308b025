import { OrdersDomainError } from './errors';

/** A user's roles within one company (the values of counterparties' CompanyRole). */
export type CompanyRoleName = 'ADMIN' | 'PURCHASER' | 'APPROVER' | 'ACCOUNTANT' | 'SALES_MANAGER';

/** Roles whose purchases never wait for approval: those who could approve them, and the company's admin. */
const ROLES_BUYING_WITHOUT_APPROVAL: readonly CompanyRoleName[] = ['APPROVER', 'ADMIN'];

export interface ApprovalQuestion {
  /** The purchase's total (what the buyer pays), or a bid's maximum value (quantity × limit price). */
  readonly totalMinor: number;
  readonly currency: string;
  /** The company's approval threshold, in its commercial terms' currency; null: purchases never wait. */
  readonly approvalThreshold: { readonly amountMinor: number; readonly currency: string } | null;
  /** The roles, in the buying company, of the user who makes the purchase. */
  readonly actorRoles: readonly CompanyRoleName[];
}

/**
 * Whether a purchase waits in PENDING_APPROVAL: its total is above (>) the company's
 * approval threshold and the user who makes it is a PURCHASER without the APPROVER or ADMIN
 * role. A purchase in a currency other than the threshold's cannot be compared with it and
 * waits too: the threshold is the company's spending control, so it fails closed. Whether the
 * user may buy at all is the caller's check.
 */
export function needsApproval(question: ApprovalQuestion): boolean {
  const { totalMinor, currency, approvalThreshold, actorRoles } = question;
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) {
    throw new OrdersDomainError(
      'INVALID_AMOUNT',
      `a purchase total must be a non-negative safe integer of minor units, got ${totalMinor}`,
      'totalMinor',
    );
  }
  if (approvalThreshold === null) return false;
  if (actorRoles.some((role) => ROLES_BUYING_WITHOUT_APPROVAL.includes(role))) return false;
  if (approvalThreshold.currency !== currency) return true;
  return totalMinor > approvalThreshold.amountMinor;
}

export interface ApprovalAttempt {
  readonly approverUserId: string;
  /** The approver's roles in the buying company (the caller checks the approver belongs to it). */
  readonly approverRoles: readonly CompanyRoleName[];
  readonly placedByUserId: string;
}

/**
 * Whether a user may approve or reject a waiting purchase: only an APPROVER of the buying
 * company (the words: "an APPROVER of that company"; an ADMIN without the APPROVER
 * role may not, the admin can grant the role), and never their own purchase.
 * Throws `NOT_AN_APPROVER` or `OWN_PURCHASE`, checked in that order.
 */
export function assertMayApprove(attempt: ApprovalAttempt): void {
  if (!attempt.approverRoles.includes('APPROVER')) {
    throw new OrdersDomainError(
      'NOT_AN_APPROVER',
      'only an APPROVER of the buying company may approve or reject its purchases',
      'approverRoles',
    );
  }
  if (attempt.approverUserId === attempt.placedByUserId) {
    throw new OrdersDomainError('OWN_PURCHASE', 'nobody approves or rejects their own purchase', 'approverUserId');
  }
}
