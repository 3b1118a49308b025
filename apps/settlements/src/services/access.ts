import { CompanyRole, type Actor } from '@lotbook/contracts';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';

/** Who may pay a buyer's invoices and read its money: its admins and accountants. */
export const BUYER_FINANCE_ROLES: readonly string[] = [CompanyRole.ADMIN, CompanyRole.ACCOUNTANT];
/** Who may read a seller's statements and payouts: its admins and sales managers. */
export const SELLER_FINANCE_ROLES: readonly string[] = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];

export const isOperator = (actor: Actor): boolean => actor.kind === 'OPERATOR';

export function requireOperator(actor: Actor, what: string): void {
  if (!isOperator(actor)) throw new SettlementsError(Code.FORBIDDEN, `${what} is for operators`);
}

/** An operator, or a user acting for `companyId` with one of `roles`. */
export function requireOperatorOrMember(actor: Actor, companyId: string, roles: readonly string[], what: string): void {
  if (isOperator(actor)) return;
  if (actor.companyId !== companyId || !actor.roles.some((role) => roles.includes(role))) {
    throw new SettlementsError(Code.FORBIDDEN, `${what} is for operators and the company's ${roles.join(' or ')}`);
  }
}
