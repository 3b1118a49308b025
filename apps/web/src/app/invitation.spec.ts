import { acceptInput, invitationLink, inviteInput, rolesFor } from './invitation';

describe('the roles an admin may give', () => {
  it('are the company kind’s own', () => {
    expect(rolesFor('BUYER')).toEqual(['ADMIN', 'PURCHASER', 'APPROVER', 'ACCOUNTANT']);
    expect(rolesFor('SELLER')).toEqual(['ADMIN', 'SALES_MANAGER']);
    expect(rolesFor('BOTH')).toEqual(['ADMIN', 'PURCHASER', 'APPROVER', 'ACCOUNTANT', 'SALES_MANAGER']);
  });
});

describe('an invitation from the admin’s form', () => {
  it('takes a trimmed e-mail and each role once', () => {
    expect(inviteInput({ email: ' anna@volga.example ', roles: ['PURCHASER', 'APPROVER', 'PURCHASER'] })).toEqual({
      ok: true,
      input: { email: 'anna@volga.example', roles: ['PURCHASER', 'APPROVER'] },
    });
  });

  it('refuses a string that is no e-mail, and no role at all', () => {
    expect(inviteInput({ email: 'anna at volga', roles: [] })).toEqual({
      ok: false,
      problems: { email: 'EMAIL_INVALID', roles: 'ROLES_REQUIRED' },
    });
  });

  it('is handed on as a link to this app’s join page, the token escaped', () => {
    expect(invitationLink('https://lotbook.example', 'a+b/c=')).toBe('https://lotbook.example/join?token=a%2Bb%2Fc%3D');
  });
});

describe('accepting an invitation', () => {
  it('needs the token and a password; the full name only when given, 2 to 200 characters', () => {
    expect(acceptInput({ invitationToken: ' tok ', fullName: ' Anna Petrova ', password: 'secret pass 1' })).toEqual({
      ok: true,
      input: { invitationToken: 'tok', fullName: 'Anna Petrova', password: 'secret pass 1' },
    });
    expect(acceptInput({ invitationToken: 'tok', fullName: '', password: 'existing-1' })).toEqual({
      ok: true,
      input: { invitationToken: 'tok', fullName: '', password: 'existing-1' },
    });
    expect(acceptInput({ invitationToken: ' ', fullName: 'A', password: '' })).toEqual({
      ok: false,
      problems: { invitationToken: 'TOKEN_REQUIRED', fullName: 'FULL_NAME_LENGTH', password: 'PASSWORD_REQUIRED' },
    });
  });
});
