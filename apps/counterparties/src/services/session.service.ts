import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Session } from '@lotbook/contracts';
import {
  assessAttempt,
  normalizeEmail,
  recordFailure,
  SignInThrottleScope,
  signInThrottleKeys,
  type FailureRecord,
  type ThrottlePolicy,
} from '@lotbook/counterparties-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { sign } from 'jsonwebtoken';
import { DataSource, type EntityManager } from 'typeorm';
import type { CounterpartiesConfig } from '../counterparties.config';
import { CounterpartiesError, CounterpartiesErrorCode as Code } from '../counterparties.exception';
import { tokenHash } from './token-hash';

export interface SignInInput {
  email: string;
  password: string;
  asOperator: boolean;
  companyId?: string;
  clientAddress: string;
}

interface Principal {
  kind: 'USER' | 'OPERATOR';
  id: string;
  passwordHash: string;
}

interface RefreshRow {
  id: string;
  family_id: string;
  principal_kind: 'USER' | 'OPERATOR';
  principal_id: string;
  company_id: string | null;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}


// Verifying against a real hash even for an unknown e-mail keeps the answer time the same,
// so timing does not tell which e-mails have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Sign-in and refresh. Access tokens are short-lived JWTs the gateway verifies itself;
 * refresh tokens are opaque, stored hashed, used once, and grouped in families: presenting
 * a used one revokes the whole family (someone has a copy).
 */
@Injectable()
export class SessionService {
  private readonly policy: ThrottlePolicy;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: CounterpartiesConfig,
  ) {
    this.policy = {
      slowAfter: config.SIGN_IN_SLOW_AFTER,
      lockAfter: config.SIGN_IN_LOCK_AFTER,
      baseDelayMs: config.SIGN_IN_BASE_DELAY_MS,
      lockMs: config.SIGN_IN_LOCK_MS,
      maxDelayMs: config.SIGN_IN_MAX_DELAY_MS,
      windowMs: Math.max(3_600_000, config.SIGN_IN_LOCK_MS * 4),
    };
  }

  /**
   * Failures are counted for the account from this address (locks that address out of it),
   * for the address (five times the allowance, then it is locked out of every account) and for
   * the account (slows it down for everyone, never locks it: anyone could lock anyone out).
   */
  async signIn(input: SignInInput): Promise<Session> {
    const email = normalizeEmail(input.email);
    if (!email) throw new CounterpartiesError(Code.INVALID_EMAIL, `"${input.email}" is not an e-mail address`, 'email');
    const keys = signInThrottleKeys(`${input.asOperator ? 'operator' : 'user'}:${email}`, input.clientAddress, this.policy);
    const now = new Date();
    for (const { scope, key, policy } of keys) {
      const verdict = assessAttempt(await this.failures(key), now, policy);
      if (!verdict.allowed) {
        const seconds = Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000);
        throw verdict.reason === 'LOCKED'
          ? new CounterpartiesError(
              Code.SIGN_IN_LOCKED,
              `too many failed sign-ins ${scope === SignInThrottleScope.ADDRESS ? 'from this address' : 'for this account from this address'}; locked until ${verdict.retryAt.toISOString()} (${seconds} s)`,
            )
          : new CounterpartiesError(Code.SIGN_IN_THROTTLED, `too many failed sign-ins; try again in ${seconds} s`);
      }
    }

    const principal = await this.findPrincipal(email, input.asOperator);
    decoyHash ??= hash(randomBytes(16).toString('hex'));
    const valid = await verify(principal?.passwordHash ?? (await decoyHash), input.password);
    if (!principal || !valid) {
      for (const { key, policy } of keys) await this.saveFailures(key, recordFailure(await this.failures(key), now, policy));
      throw new CounterpartiesError(Code.INVALID_CREDENTIALS, 'the e-mail or the password is wrong');
    }
    // Success clears the account's counts only: one valid account must not reset an address
    // that is guessing at others.
    const cleared = keys.filter(({ scope }) => scope !== SignInThrottleScope.ADDRESS).map(({ key }) => key);
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE throttle_key = ANY($1::text[])`, [cleared]);
    return this.dataSource.transaction((transaction) => this.issue(transaction, principal.kind, principal.id, input.companyId, randomUUID()));
  }

  /** A new session for the same person; `companyId` switches the company they act for. */
  async refresh(refreshToken: string, companyId?: string): Promise<Session> {
    return this.dataSource.transaction(async (transaction) => {
      const rows: RefreshRow[] = await transaction.query(`SELECT * FROM refresh_token WHERE token_hash = $1 FOR UPDATE`, [
        tokenHash(refreshToken),
      ]);
      const row = rows[0];
      if (!row || row.revoked_at || row.expires_at <= new Date()) {
        throw new CounterpartiesError(Code.INVALID_REFRESH_TOKEN, 'the refresh token is unknown, expired or revoked; sign in again');
      }
      if (row.used_at) {
        await transaction.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [row.family_id]);
        return { reused: true } as const;
      }
      await transaction.query(`UPDATE refresh_token SET used_at = now() WHERE id = $1`, [row.id]);
      return this.issue(transaction, row.principal_kind, row.principal_id, companyId ?? row.company_id ?? undefined, row.family_id);
    }).then((outcome) => {
      // Thrown after the commit, so the family stays revoked.
      if ('reused' in outcome) {
        throw new CounterpartiesError(Code.REFRESH_TOKEN_REUSED, 'this refresh token was already used; every session of its family is now revoked');
      }
      return outcome;
    });
  }

  private async issue(
    transaction: EntityManager,
    kind: 'USER' | 'OPERATOR',
    principalId: string,
    requestedCompanyId: string | undefined,
    familyId: string,
  ): Promise<Session> {
    let actor: Actor = { kind, id: principalId, companyId: null, roles: [] };
    if (kind === 'USER') {
      const memberships: Array<{ company_id: string; roles: string[] }> = await transaction.query(
        `SELECT company_id, roles FROM membership WHERE user_id = $1 ORDER BY created_at, company_id`,
        [principalId],
      );
      const membership = requestedCompanyId ? memberships.find((entry) => entry.company_id === requestedCompanyId) : memberships[0];
      if (!membership) throw new CounterpartiesError(Code.NOT_A_MEMBER, 'you are not a member of that company', 'companyId');
      actor = { kind, id: principalId, companyId: membership.company_id, roles: membership.roles };
    }
    const expiresAt = new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const accessToken = sign({ kind: actor.kind, cid: actor.companyId, roles: actor.roles, fam: familyId }, this.config.AUTH_TOKEN_SECRET, {
      algorithm: 'HS256',
      subject: actor.id,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      issuer: 'lotbook-counterparties',
      audience: 'lotbook-gateway',
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await transaction.query(
      `INSERT INTO refresh_token (id, token_hash, family_id, principal_kind, principal_id, company_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [randomUUID(), tokenHash(refreshToken), familyId, kind, principalId, actor.companyId, this.config.REFRESH_TOKEN_TTL_SECONDS],
    );
    return { accessToken, accessTokenExpiresAt: expiresAt.toISOString(), refreshToken, actor };
  }

  private async findPrincipal(email: string, asOperator: boolean): Promise<Principal | undefined> {
    const table = asOperator ? 'operator_account' : 'user_account';
    const rows: Array<{ id: string; password_hash: string }> = await this.dataSource.query(
      `SELECT id, password_hash FROM ${table} WHERE email = $1`,
      [email],
    );
    return rows[0] && { kind: asOperator ? 'OPERATOR' : 'USER', id: rows[0].id, passwordHash: rows[0].password_hash };
  }

  private async failures(key: string): Promise<FailureRecord> {
    const rows: Array<{ failures: number; last_failure_at: Date | null; locked_until: Date | null }> = await this.dataSource.query(
      `SELECT failures, last_failure_at, locked_until FROM sign_in_throttle WHERE throttle_key = $1`,
      [key],
    );
    const row = rows[0];
    return row ? { failures: row.failures, lastFailureAt: row.last_failure_at, lockedUntil: row.locked_until } : { failures: 0, lastFailureAt: null, lockedUntil: null };
  }

  private async saveFailures(key: string, record: FailureRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (throttle_key) DO UPDATE SET failures = $2, last_failure_at = $3, locked_until = $4`,
      [key, record.failures, record.lastFailureAt, record.lockedUntil],
    );
  }
}
