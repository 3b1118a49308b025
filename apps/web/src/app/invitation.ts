import type { CompanyKindName } from '../session/session-model';

export type CompanyRoleName = 'ADMIN' | 'PURCHASER' | 'APPROVER' | 'ACCOUNTANT' | 'SALES_MANAGER';

/** The roles a company's kind has (the API's ROLE_NOT_AVAILABLE otherwise): buyer roles for buyers, SALES_MANAGER for sellers. */
export function rolesFor(kind: CompanyKindName): CompanyRoleName[] {
  const buyer: CompanyRoleName[] = ['PURCHASER', 'APPROVER', 'ACCOUNTANT'];
  if (kind === 'BUYER') return ['ADMIN', ...buyer];
  if (kind === 'SELLER') return ['ADMIN', 'SALES_MANAGER'];
  return ['ADMIN', ...buyer, 'SALES_MANAGER'];
}

export type InviteProblem = 'EMAIL_INVALID' | 'ROLES_REQUIRED';

/** inviteUser's arguments from the form: the e-mail trimmed, at least one role, each once. */
export function inviteInput(form: {
  email: string;
  roles: readonly string[];
}):
  | { ok: true; input: { email: string; roles: CompanyRoleName[] } }
  | { ok: false; problems: Partial<Record<'email' | 'roles', InviteProblem>> } {
  const problems: Partial<Record<'email' | 'roles', InviteProblem>> = {};
  const email = form.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = 'EMAIL_INVALID';
  const roles = [...new Set(form.roles)] as CompanyRoleName[];
  if (roles.length === 0) problems.roles = 'ROLES_REQUIRED';
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, input: { email, roles } };
}

/** The link an invited person opens to join: this app's /join page with the token. */
export function invitationLink(origin: string, token: string): string {
  return `${origin}/join?token=${encodeURIComponent(token)}`;
}

export type AcceptProblem = 'TOKEN_REQUIRED' | 'FULL_NAME_LENGTH' | 'PASSWORD_REQUIRED';

/**
 * acceptInvitation's arguments from the form. The full name is for a new account (2 to 200
 * characters); someone with an account already may leave it empty and give their password.
 */
export function acceptInput(form: {
  invitationToken: string;
  fullName: string;
  password: string;
}):
  | { ok: true; input: { invitationToken: string; fullName: string; password: string } }
  | { ok: false; problems: Partial<Record<'invitationToken' | 'fullName' | 'password', AcceptProblem>> } {
  const problems: Partial<Record<'invitationToken' | 'fullName' | 'password', AcceptProblem>> = {};
  const invitationToken = form.invitationToken.trim();
  const fullName = form.fullName.trim();
  if (!invitationToken) problems.invitationToken = 'TOKEN_REQUIRED';
  if (fullName && (fullName.length < 2 || fullName.length > 200)) problems.fullName = 'FULL_NAME_LENGTH';
  if (!form.password) problems.password = 'PASSWORD_REQUIRED';
  return Object.keys(problems).length > 0
    ? { ok: false, problems }
    : { ok: true, input: { invitationToken, fullName, password: form.password } };
}
