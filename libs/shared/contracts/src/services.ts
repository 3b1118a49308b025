// The one list of Lotbook's apps. Everything else derives from it: the services' default ports
// (startService), `npm start` (tools/start/services.mjs), the ESLint scopes, the workspace spec,
// the health contracts. This file imports nothing: the .mjs tools compile it on the fly.

/** An app under `apps/<name>`, with its Nx scope (`scope:<scope>`) and, for a process, its default HTTP port. */
export interface LotbookApp {
  readonly name: string;
  readonly scope: string;
  readonly port?: number;
}

/**
 * The six back-end services behind the gateway, in start-up order, each with its default HTTP
 * port (its health endpoint; `HTTP_PORT` overrides it). Each has `apps/<name>` and its pure rules
 * in `libs/<scope>/domain`.
 */
export const SERVICES = [
  { name: 'counterparties', port: 3101, scope: 'counterparties' },
  { name: 'catalog', port: 3102, scope: 'catalog' },
  { name: 'trading', port: 3103, scope: 'trading' },
  { name: 'orders', port: 3104, scope: 'orders' },
  { name: 'returns', port: 3105, scope: 'returns' },
  { name: 'settlements', port: 3106, scope: 'settlements' },
] as const satisfies ReadonlyArray<Required<LotbookApp>>;

/** The GraphQL gateway, the only public entry; it starts after the services (`GATEWAY_PORT` overrides its port). */
export const GATEWAY = { name: 'gateway', port: 4000, scope: 'gateway' } as const satisfies Required<LotbookApp>;

/** The web app: built into files the gateway serves, so no process or port of its own. */
export const WEB_APP = { name: 'web', scope: 'web' } as const satisfies LotbookApp;

/** Every app under `apps/`. */
export const APPS: readonly LotbookApp[] = [GATEWAY, ...SERVICES, WEB_APP];

export type ServiceName = (typeof SERVICES)[number]['name'];

/** The services' names, in start-up order. */
export const SERVICE_NAMES: readonly ServiceName[] = SERVICES.map((service) => service.name);

export function isServiceName(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name);
}

/** The default HTTP port of a service. */
export function defaultPortOf(name: ServiceName): number {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`${name} is not a Lotbook service`);
  return service.port;
}
