import { CompanyKind, CompanyRole, type Actor } from '@lotbook/contracts';
import type { CompanyStatusProjection } from '@lotbook/company-status';
import type { EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';

export function requireOperator(actor: Actor, what: string): void {
  if (actor.kind !== 'OPERATOR') throw new CatalogError(Code.FORBIDDEN, `only marketplace operators may ${what}`);
}

/**
 * A seller's staff (admin or sales manager) of a company that sells and is APPROVED now,
 * by this service's own projection of company status.
 */
export async function requireTradingSeller(actor: Actor, standings: CompanyStatusProjection, manager?: EntityManager): Promise<string> {
  if (actor.kind !== 'USER' || !actor.companyId) throw new CatalogError(Code.FORBIDDEN, 'this is done by a seller company user');
  if (!actor.roles.some((role) => role === CompanyRole.ADMIN || role === CompanyRole.SALES_MANAGER)) {
    throw new CatalogError(Code.FORBIDDEN, 'this needs the ADMIN or SALES_MANAGER role');
  }
  await standings.assertMayTrade(actor.companyId, manager);
  const kind = await standings.kind(actor.companyId, manager);
  if (kind === CompanyKind.BUYER) throw new CatalogError(Code.FORBIDDEN, 'a buying-only company does not list products');
  return actor.companyId;
}
