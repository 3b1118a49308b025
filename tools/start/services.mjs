// The processes that make up Lotbook, in start order, with their default ports.
// The gateway comes last: it asks the others for their health as soon as it is up.
export const BACKEND_SERVICES = [
  { name: 'counterparties', port: 3101 },
  { name: 'catalog', port: 3102 },
  { name: 'trading', port: 3103 },
  { name: 'orders', port: 3104 },
  { name: 'returns', port: 3105 },
  { name: 'settlements', port: 3106 },
];
export const GATEWAY = { name: 'gateway', port: 4000 };
