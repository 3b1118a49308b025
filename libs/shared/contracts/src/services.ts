/** The six back-end services behind the gateway, in start-up order. */
export const SERVICE_NAMES = ['counterparties', 'catalog', 'trading', 'orders', 'returns', 'settlements'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name);
}
