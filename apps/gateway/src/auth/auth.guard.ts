import type { Actor } from '@lotbook/contracts';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { createSecretKey, type KeyObject } from 'node:crypto';
import type { Request } from 'express';
import { verify, type JwtPayload } from 'jsonwebtoken';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { CompanyStandingCache } from './company-standing.cache';

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
}

interface AccessClaims extends JwtPayload {
  kind: 'USER' | 'OPERATOR';
  cid: string | null;
  roles: string[];
}

/**
 * The one gate in front of every GraphQL field: verifies the bearer token (signature, expiry,
 * issuer, audience) and the field's access rule. A field without a rule is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly standings: CompanyStandingCache,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // plain HTTP: /health only
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) throw gatewayError(GatewayErrorCode.FORBIDDEN, 'this field declares no access rule, so nobody may use it');
    const request = GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
    if (rule.kind === 'public') return true;

    const actor = this.authenticate(request);
    request.actor = actor;
    if (rule.kind === 'authenticated') return true;
    if (rule.kind === 'operator') {
      if (actor.kind !== 'OPERATOR') throw gatewayError(GatewayErrorCode.FORBIDDEN, 'only marketplace operators may do this');
      return true;
    }
    if (actor.kind !== 'USER' || !actor.companyId) {
      throw gatewayError(GatewayErrorCode.FORBIDDEN, 'this is done by a user acting for a company');
    }
    if (rule.roles !== 'any' && !rule.roles.some((role) => actor.roles.includes(role))) {
      throw gatewayError(GatewayErrorCode.FORBIDDEN, `this needs one of the roles ${rule.roles.join(', ')}`);
    }
    if (rule.approvedCompanyOnly) {
      const standing = this.standings.standing(actor.companyId);
      if (standing !== 'APPROVED') {
        throw gatewayError(
          GatewayErrorCode.COMPANY_NOT_APPROVED,
          standing === 'UNKNOWN' ? 'your company is not approved for trading yet' : `your company is ${standing} and may not trade`,
        );
      }
    }
    return true;
  }

  private authenticate(request: AuthenticatedRequest): Actor {
    return verifyAccessToken(request.headers.authorization, this.config.AUTH_TOKEN_SECRET);
  }
}

/** Tokens verified, kept until they expire: a request's guards and its fields check one token once, not once each. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** One secret's verifier: its key built once (jsonwebtoken builds a key object from a string secret on every call). */
class AccessTokenVerifier {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { actor: Actor; expiresAtMs: number }>();

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  verify(token: string): Actor {
    const known = this.verified.get(token);
    // A copy each time: a request may not change what the next one is told.
    if (known && known.expiresAtMs > Date.now()) return { ...known.actor, roles: [...known.actor.roles] };
    if (known) this.verified.delete(token);
    const claims = verify(token, this.key, {
      algorithms: ['HS256'],
      issuer: 'lotbook-counterparties',
      audience: 'lotbook-gateway',
    }) as AccessClaims;
    const actor: Actor = { kind: claims.kind, id: claims.sub as string, companyId: claims.cid ?? null, roles: claims.roles ?? [] };
    // A token without an expiry is checked every time (counterparties always sets one).
    if (claims.exp !== undefined) {
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { actor, expiresAtMs: claims.exp * 1000 });
    }
    return actor;
  }
}

const verifiers = new Map<string, AccessTokenVerifier>();

/**
 * The actor an `Authorization: Bearer <access token>` header names, once the token's signature,
 * expiry, issuer and audience are checked; UNAUTHENTICATED otherwise.
 */
export function verifyAccessToken(header: string | undefined, secret: string): Actor {
  const [scheme, token] = (header ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) {
    throw gatewayError(GatewayErrorCode.UNAUTHENTICATED, 'sign in first: send "Authorization: Bearer <access token>"');
  }
  let verifier = verifiers.get(secret);
  if (!verifier) {
    verifier = new AccessTokenVerifier(secret);
    verifiers.set(secret, verifier);
  }
  try {
    return verifier.verify(token);
  } catch (error) {
    const expired = (error as Error).name === 'TokenExpiredError';
    throw gatewayError(
      GatewayErrorCode.UNAUTHENTICATED,
      expired ? 'the access token has expired; refresh the session' : 'the access token is not valid',
    );
  }
}
