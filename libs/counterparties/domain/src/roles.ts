import { CompanyKind, CompanyRole } from '@lotbook/contracts';

export { CompanyKind, CompanyRole };

const BUYER_ROLES = [CompanyRole.PURCHASER, CompanyRole.APPROVER, CompanyRole.ACCOUNTANT];
const SELLER_ROLES = [CompanyRole.SALES_MANAGER];

/** Roles that make sense for the company: buyer-side roles for buyers, seller-side for sellers. */
export function rolesAvailableTo(kind: CompanyKind): CompanyRole[] {
  return [
    CompanyRole.ADMIN,
    ...(kind === CompanyKind.SELLER ? [] : BUYER_ROLES),
    ...(kind === CompanyKind.BUYER ? [] : SELLER_ROLES),
  ];
}

export function rolesNotAvailableTo(kind: CompanyKind, roles: readonly CompanyRole[]): CompanyRole[] {
  const available = rolesAvailableTo(kind);
  return roles.filter((role) => !available.includes(role));
}
