import { CompanyKind, CompanyStatus, ModerationLogAction } from '@lotbook/contracts';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { sign } from 'jsonwebtoken';
import { gatewayConfigSchema } from '../gateway.config';
import { Access, CompanyMember, OperatorOnly, Public, TradingMember, type AccessRule } from './access.decorator';
import { AuthGuard } from './auth.guard';
import { CompanyStandingCache } from './company-standing.cache';

const config = gatewayConfigSchema.parse({});
const companyId = '0b6f2a4e-3c1d-4e5f-8a9b-0c1d2e3f4a5b';

class Fields {
  @Public() open() {}
  @OperatorOnly() operators() {}
  @CompanyMember(['APPROVER']) approvers() {}
  @TradingMember(['PURCHASER']) placeBid() {}
  unruled() {}
  @Access({ kind: 'authenticated' }) anyone() {}
}

function context(handler: keyof Fields, token?: string): ExecutionContext {
  const req = { headers: token ? { authorization: `Bearer ${token}` } : {} };
  const args = [{}, {}, { req }, {}];
  return {
    getType: () => 'graphql',
    getHandler: () => Fields.prototype[handler],
    getClass: () => Fields,
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
  } as unknown as ExecutionContext;
}

const token = (claims: { kind: 'USER' | 'OPERATOR'; cid: string | null; roles: string[] }) =>
  sign(claims, config.AUTH_TOKEN_SECRET, { subject: '7e1d2c3b-4a5f-4e6d-8c7b-6a5f4e3d2c1b', issuer: 'lotbook-counterparties', audience: 'lotbook-gateway', expiresIn: 60 });

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
    return 'ALLOWED';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('AuthGuard', () => {
  const standings = new CompanyStandingCache(config);
  const guard = new AuthGuard(new Reflector(), config, standings);
  const purchaser = token({ kind: 'USER', cid: companyId, roles: ['PURCHASER'] });
  const change = (to: CompanyStatus, at: string) =>
    standings.apply(
      { companyId, tradingName: 'Volga', kind: CompanyKind.BUYER, action: ModerationLogAction.APPROVE, from: null, to, reason: 'test reason', operatorId: null },
      at,
    );

  it('refuses a field without an access rule, even to an operator', () => {
    expect(codeOf(() => guard.canActivate(context('unruled', token({ kind: 'OPERATOR', cid: null, roles: [] }))))).toBe('FORBIDDEN');
  });

  it('lets anyone use a public field and nobody unauthenticated anything else', () => {
    expect(codeOf(() => guard.canActivate(context('open')))).toBe('ALLOWED');
    expect(codeOf(() => guard.canActivate(context('anyone')))).toBe('UNAUTHENTICATED');
  });

  it('checks the roles of a company member', () => {
    expect(codeOf(() => guard.canActivate(context('approvers', purchaser)))).toBe('FORBIDDEN');
    expect(codeOf(() => guard.canActivate(context('approvers', token({ kind: 'USER', cid: companyId, roles: ['APPROVER'] }))))).toBe('ALLOWED');
    expect(codeOf(() => guard.canActivate(context('operators', purchaser)))).toBe('FORBIDDEN');
  });

  it('lets only members of an APPROVED company trade, following the latest status change', () => {
    expect(codeOf(() => guard.canActivate(context('placeBid', purchaser)))).toBe('COMPANY_NOT_APPROVED');
    change(CompanyStatus.APPROVED, '2026-11-23T10:00:00.000Z');
    expect(codeOf(() => guard.canActivate(context('placeBid', purchaser)))).toBe('ALLOWED');
    change(CompanyStatus.SUSPENDED, '2026-11-23T11:00:00.000Z');
    expect(codeOf(() => guard.canActivate(context('placeBid', purchaser)))).toBe('COMPANY_NOT_APPROVED');
    change(CompanyStatus.APPROVED, '2026-11-23T10:30:00.000Z'); // an older change arriving late changes nothing
    expect(standings.standing(companyId)).toBe('SUSPENDED');
  });

  it('declares the rules it is given', () => {
    const rule = Reflect.getMetadata('lotbook:access-rule', Fields.prototype.placeBid) as AccessRule;
    expect(rule).toEqual({ kind: 'member', roles: ['PURCHASER'], approvedCompanyOnly: true });
  });
});
