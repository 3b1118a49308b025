/** Who a session is for, as the API's Session.actor gives it. */
export interface SessionActor {
  id: string;
  kind: 'USER' | 'OPERATOR';
  companyId: string | null;
  roles: string[];
}

/** What the app keeps of a session (in this tab's sessionStorage, so a reload keeps it). */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  /** When this pair arrived (ms since epoch): the access token's lifetime is measured from it. */
  receivedAt: number;
  actor: SessionActor;
  email: string;
  /** Companies this person has acted for in this browser: the company switcher offers them. */
  knownCompanyIds: string[];
}

export type CompanyKindName = 'BUYER' | 'SELLER' | 'BOTH';
export type SpaceName = 'buy' | 'sell' | 'operate';

/**
 * When to swap the refresh token for a new pair: at 80 % of the access token's life, but at
 * least 30 s before it ends and never before half of it has passed (so a token issued with a
 * short life is not refreshed in a tight loop).
 */
export function refreshDueAt(receivedAtMs: number, expiresAtMs: number): number {
  const lifetime = Math.max(0, expiresAtMs - receivedAtMs);
  const preferred = Math.min(receivedAtMs + lifetime * 0.8, expiresAtMs - 30_000);
  return Math.max(receivedAtMs + lifetime / 2, preferred);
}

/** True when the access token has ended or ends within `marginMs`: refresh before using it. */
export function needsRefresh(session: Pick<StoredSession, 'accessTokenExpiresAt'>, nowMs: number, marginMs = 10_000): boolean {
  return Date.parse(session.accessTokenExpiresAt) - nowMs <= marginMs;
}

/** The spaces a session may open: operators moderate; a company buys, sells or both, by its kind. */
export function spacesFor(actor: SessionActor, companyKind: CompanyKindName | undefined): SpaceName[] {
  if (actor.kind === 'OPERATOR') return ['operate'];
  if (!companyKind) return [];
  if (companyKind === 'BUYER') return ['buy'];
  if (companyKind === 'SELLER') return ['sell'];
  return ['buy', 'sell'];
}

/** Roles that may do what (the gateway's own rules, so screens offer only what will be allowed). */
export const ROLE_RULES = {
  placeBid: ['ADMIN', 'PURCHASER'],
  sell: ['ADMIN', 'SALES_MANAGER'],
  trade: ['ADMIN', 'PURCHASER', 'SALES_MANAGER'],
  administer: ['ADMIN'],
  /** Buying staff: cart, checkout, delivery, returns. */
  order: ['ADMIN', 'PURCHASER', 'APPROVER'],
  /** Recording a payment of the company's invoices. */
  pay: ['ADMIN', 'ACCOUNTANT'],
} as const;

export function mayDo(actor: SessionActor | undefined, rule: keyof typeof ROLE_RULES): boolean {
  if (!actor || actor.kind !== 'USER') return false;
  return actor.roles.some((role) => (ROLE_RULES[rule] as readonly string[]).includes(role));
}

/** Adds a company to the ones the switcher offers, most recent first, without repeats. */
export function rememberCompany(known: readonly string[], companyId: string | null): string[] {
  if (!companyId) return [...known];
  return [companyId, ...known.filter((id) => id !== companyId)].slice(0, 10);
}
