import type { IncomingMessage } from 'node:http';
import proxyaddr, { compile } from 'proxy-addr';

/**
 * Who a request comes from. Behind proxies listed in GATEWAY_TRUSTED_PROXIES the address is
 * read from X-Forwarded-For, right to left, up to the first hop that is not a trusted proxy;
 * with none listed it is the socket's address, and a forged header changes nothing.
 */
export class ClientAddresses {
  /** Express's `trust proxy` setting, so `req.ip` says the same as {@link of}. */
  readonly trust: (address: string, hop: number) => boolean;

  constructor(trustedProxies: readonly string[]) {
    this.trust = compile([...trustedProxies]);
  }

  of(request: IncomingMessage): string {
    return request.socket?.remoteAddress === undefined ? 'unknown' : proxyaddr(request, this.trust);
  }
}
