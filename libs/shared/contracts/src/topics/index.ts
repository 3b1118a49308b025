import { type TopicDefinition, TopicRegistry } from '../topic-registry';
import { catalogCommands, listingChanged, reservationChanged, stockCommands, uploadCommands } from './catalog.contract';
import { companyStatusChanged, counterpartiesCommands } from './counterparties.contract';
import { catalogOrderQueries } from './catalog-orders.contract';
import { counterpartiesQueries } from './counterparties-profile.contract';
import { gatewayReplies } from './gateway.contract';
import { healthContracts } from './health.contract';
import { ordersCommands, sellerOrderEscalated, sellerOrderStateChanged } from './orders.contract';
import { returnPolicyChanged, returnsCommands, returnStateChanged } from './returns.contract';
import { exposureChanged, invoiceStateChanged, paymentReceived, payoutStateChanged, settlementsCommands } from './settlements.contract';
import { bookChanged, orderChanged, orderCommands, orderRejected, tradeMatched, tradingQueries } from './trading.contract';

export * from './catalog.contract';
export * from './catalog-orders.contract';
export * from './counterparties-profile.contract';
export * from './orders.contract';
export * from './returns.contract';
export * from './settlements.contract';
export * from './counterparties.contract';
export * from './gateway.contract';
export * from './health.contract';
export * from './trading.contract';

/** Every topic of Lotbook. A new contract is added here and nowhere else. */
export const lotbookTopics = new TopicRegistry([
  ...Object.values(healthContracts).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(counterpartiesCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(catalogCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(stockCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(uploadCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(orderCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(tradingQueries).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(counterpartiesQueries).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(catalogOrderQueries).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(ordersCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(settlementsCommands).flatMap((contract) => [contract.request, contract.reply]),
  ...Object.values(returnsCommands).flatMap((contract) => [contract.request, contract.reply]),
  companyStatusChanged,
  listingChanged,
  reservationChanged,
  orderChanged,
  orderRejected,
  tradeMatched,
  bookChanged,
  sellerOrderStateChanged,
  sellerOrderEscalated,
  exposureChanged,
  paymentReceived,
  invoiceStateChanged,
  payoutStateChanged,
  returnStateChanged,
  returnPolicyChanged,
  gatewayReplies,
] as TopicDefinition[]);
