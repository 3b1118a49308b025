import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';
import type { GatewayConfig, Rate } from '../gateway.config';

/**
 * What an allowance counts: every request of a client address, every operation of an account,
 * and, stricter, sign-ins and registrations per address and uploads per account and address.
 */
export type RateScope = 'address' | 'account' | 'signIn' | 'registration' | 'uploads';

const WHAT: Record<RateScope, string> = {
  address: 'requests from your address',
  account: 'requests from your account',
  signIn: 'sign-ins from your address',
  registration: 'registrations from your address',
  uploads: 'uploads',
};

/** Thrown (or answered) when an allowance is spent: RATE_LIMITED with the seconds to wait. */
export class RateLimitedError extends Error {
  constructor(
    readonly scope: RateScope,
    readonly retryAfterSeconds: number,
  ) {
    super(`too many ${WHAT[scope]}; try again in ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }

  /** As a GraphQL error: HTTP 429 with Retry-After, `extensions.retryAfterSeconds` in the body. */
  toGraphQLError(): GraphQLError {
    return gatewayError(GatewayErrorCode.RATE_LIMITED, this.message, {
      retryAfterSeconds: this.retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(this.retryAfterSeconds)]]) },
    });
  }
}

/** In-memory allowances of one gateway process (fixed windows, rate-limiter-flexible). */
export class RateLimits {
  private readonly limiters: Record<RateScope, RateLimiterMemory>;

  constructor(
    config: Pick<
      GatewayConfig,
      | 'GATEWAY_RATE_PER_ADDRESS'
      | 'GATEWAY_RATE_PER_ACCOUNT'
      | 'GATEWAY_RATE_SIGN_IN'
      | 'GATEWAY_RATE_REGISTRATION'
      | 'GATEWAY_RATE_UPLOADS'
    >,
  ) {
    const limiter = (keyPrefix: string, rate: Rate) => new RateLimiterMemory({ keyPrefix, points: rate.points, duration: rate.seconds });
    this.limiters = {
      address: limiter('address', config.GATEWAY_RATE_PER_ADDRESS),
      account: limiter('account', config.GATEWAY_RATE_PER_ACCOUNT),
      signIn: limiter('sign-in', config.GATEWAY_RATE_SIGN_IN),
      registration: limiter('registration', config.GATEWAY_RATE_REGISTRATION),
      uploads: limiter('uploads', config.GATEWAY_RATE_UPLOADS),
    };
  }

  /** Spends `points` of the key's allowance; a RateLimitedError when there are not that many left. */
  async take(scope: RateScope, key: string, points = 1): Promise<void> {
    try {
      await this.limiters[scope].consume(key, points);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(scope, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }
}
