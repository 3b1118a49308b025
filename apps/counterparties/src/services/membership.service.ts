import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@lotbook/contracts';
import {
  CompanyRole,
  normalizeEmail,
  passwordWeakness,
  rolesNotAvailableTo,
  type CompanyKind,
} from '@lotbook/counterparties-domain';
import { Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { DataSource } from 'typeorm';
import { CompanyRepository } from '../company/company.repository';
import { CounterpartiesError, CounterpartiesErrorCode as Code } from '../counterparties.exception';
import { tokenHash } from './token-hash';

const INVITATION_DAYS = 14;

/** A company admin brings people in with roles; one person may belong to several companies. */
@Injectable()
export class MembershipService {
  private readonly companies = new CompanyRepository();

  constructor(private readonly dataSource: DataSource) {}

  async invite(actor: Actor, rawEmail: string, roles: CompanyRole[]) {
    if (actor.kind !== 'USER' || !actor.companyId || !actor.roles.includes(CompanyRole.ADMIN)) {
      throw new CounterpartiesError(Code.FORBIDDEN, 'only a company admin may invite users');
    }
    const email = normalizeEmail(rawEmail);
    if (!email) throw new CounterpartiesError(Code.INVALID_EMAIL, `"${rawEmail}" is not an e-mail address`, 'email');
    const company = await this.companies.find(this.dataSource.manager, actor.companyId);
    if (!company) throw new CounterpartiesError(Code.COMPANY_NOT_FOUND, `no company ${actor.companyId}`);
    const unavailable = rolesNotAvailableTo(company.kind as CompanyKind, roles);
    if (unavailable.length > 0) {
      throw new CounterpartiesError(Code.ROLE_NOT_AVAILABLE, `a ${company.kind} company has no ${unavailable.join(', ')} role`, 'roles');
    }
    const member: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM membership m JOIN user_account u ON u.id = m.user_id WHERE u.email = $1 AND m.company_id = $2`,
      [email, company.id],
    );
    if (member.length > 0) throw new CounterpartiesError(Code.ALREADY_A_MEMBER, `${email} is already a member of ${company.tradingName}`, 'email');

    const invitationId = randomUUID();
    const invitationToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const uniqueRoles = [...new Set(roles)];
    await this.dataSource.query(
      `INSERT INTO invitation (id, token_hash, company_id, email, roles, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [invitationId, tokenHash(invitationToken), company.id, email, uniqueRoles, actor.id, expiresAt],
    );
    return { invitationId, invitationToken, email, roles: uniqueRoles, expiresAt: expiresAt.toISOString() };
  }

  async accept(invitationToken: string, fullName: string, password: string) {
    return this.dataSource.transaction(async (transaction) => {
      const rows: Array<{ id: string; company_id: string; email: string; roles: CompanyRole[] }> = await transaction.query(
        `SELECT id, company_id, email, roles FROM invitation
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE`,
        [tokenHash(invitationToken)],
      );
      const invitation = rows[0];
      if (!invitation) throw new CounterpartiesError(Code.INVALID_INVITATION, 'the invitation is unknown, used or expired; ask for a new one');

      const existing: Array<{ id: string; password_hash: string }> = await transaction.query(
        `SELECT id, password_hash FROM user_account WHERE email = $1`,
        [invitation.email],
      );
      let userId: string;
      if (existing[0]) {
        // Someone who already has an account proves it is theirs with its password.
        if (!(await verify(existing[0].password_hash, password))) {
          throw new CounterpartiesError(Code.INVALID_CREDENTIALS, `${invitation.email} already has an account: give its password to join`);
        }
        userId = existing[0].id;
      } else {
        const name = fullName.trim();
        if (name.length < 2 || name.length > 200) throw new CounterpartiesError(Code.INVALID_INPUT, 'fullName must be 2 to 200 characters', 'fullName');
        const weakness = passwordWeakness(password, invitation.email);
        if (weakness) throw new CounterpartiesError(Code.WEAK_PASSWORD, weakness, 'password');
        userId = randomUUID();
        await transaction.query(`INSERT INTO user_account (id, email, full_name, password_hash) VALUES ($1, $2, $3, $4)`, [
          userId,
          invitation.email,
          name,
          await hash(password),
        ]);
      }
      await transaction.query(
        `INSERT INTO membership (user_id, company_id, roles) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, company_id) DO UPDATE SET roles = (SELECT array_agg(DISTINCT r) FROM unnest(membership.roles || $3::text[]) r)`,
        [userId, invitation.company_id, invitation.roles],
      );
      await transaction.query(`UPDATE invitation SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitation.id, userId]);
      return { userId, companyId: invitation.company_id, roles: invitation.roles };
    });
  }
}
