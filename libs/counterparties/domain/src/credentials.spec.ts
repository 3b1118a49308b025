import { normalizeEmail, PASSWORD_RULE, passwordWeakness } from './credentials';
import { CompanyKind, CompanyRole, rolesAvailableTo, rolesNotAvailableTo } from './roles';

describe('credentials', () => {
  it('normalizes e-mail addresses and refuses malformed ones', () => {
    expect(normalizeEmail('  Buyer.Admin@Steel-Works.example ')).toBe('buyer.admin@steel-works.example');
    for (const bad of ['no-at-sign', 'a@b', 'two@@example.com', 'space in@example.com', '@example.com']) {
      expect(normalizeEmail(bad)).toBeUndefined();
    }
  });

  it('states the password rule for weak passwords', () => {
    expect(passwordWeakness('short1', 'anna@x.example')).toBe(PASSWORD_RULE);
    expect(passwordWeakness('no digits at all here', 'anna@x.example')).toBe(PASSWORD_RULE);
    expect(passwordWeakness('123456789012345', 'anna@x.example')).toBe(PASSWORD_RULE);
    expect(passwordWeakness('anna-likes-steel-42', 'anna@x.example')).toBe(PASSWORD_RULE);
    expect(passwordWeakness('coil-and-cable-2026', 'anna@x.example')).toBeUndefined();
  });
});

describe('roles by company kind', () => {
  it('gives buyers buyer roles and sellers seller roles; admins everywhere', () => {
    expect(rolesAvailableTo(CompanyKind.BUYER)).toEqual([CompanyRole.ADMIN, CompanyRole.PURCHASER, CompanyRole.APPROVER, CompanyRole.ACCOUNTANT]);
    expect(rolesAvailableTo(CompanyKind.SELLER)).toEqual([CompanyRole.ADMIN, CompanyRole.SALES_MANAGER]);
    expect(rolesAvailableTo(CompanyKind.BOTH)).toHaveLength(5);
    expect(rolesNotAvailableTo(CompanyKind.SELLER, [CompanyRole.PURCHASER, CompanyRole.ADMIN])).toEqual([CompanyRole.PURCHASER]);
  });
});
