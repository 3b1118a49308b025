/** What a company does on the marketplace. */
export enum CompanyKind {
  BUYER = 'BUYER',
  SELLER = 'SELLER',
  BOTH = 'BOTH',
}

/** A user's roles within one company. */
export enum CompanyRole {
  ADMIN = 'ADMIN',
  PURCHASER = 'PURCHASER',
  APPROVER = 'APPROVER',
  ACCOUNTANT = 'ACCOUNTANT',
  SALES_MANAGER = 'SALES_MANAGER',
}

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
