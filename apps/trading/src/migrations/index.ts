import { MessagingTables1763895600000 } from './1763895600000-messaging-tables';
import { CompanyStatus1763903600000 } from './1763903600000-company-status';
import { OrderBook1763992800000 } from './1763992800000-order-book';
import { OutboxV21764003600000 } from './1764003600000-outbox-v2';
import { OutboxV31764093600000 } from './1764093600000-outbox-v3';
import { InboxRetention1764097200000 } from './1764097200000-inbox-retention';

/** Every migration of the trading schema, oldest first. A released migration is never edited. */
export const tradingMigrations = [
  MessagingTables1763895600000,
  CompanyStatus1763903600000,
  OrderBook1763992800000,
  OutboxV21764003600000,
  OutboxV31764093600000,
  InboxRetention1764097200000,
];
