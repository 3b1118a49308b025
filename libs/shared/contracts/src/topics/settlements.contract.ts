import { z } from 'zod';
import { defineEvent } from '../topic-registry';

export const SETTLEMENTS_PARTITIONS = 6;
const timestamp = z.iso.datetime({ offset: true });

/**
 * `settlements.exposure.changed`: a buyer's unpaid invoices in a currency after any change (an
 * invoice issued, paid, overdue, reduced by a refund), naming every order an invoice was ever
 * issued for, so orders counts an invoiced order once (here, not as its own order on terms).
 */
export const exposureChanged = defineEvent({
  name: 'settlements.exposure.changed',
  owner: 'settlements',
  partitions: SETTLEMENTS_PARTITIONS,
  messageType: 'ExposureChanged',
  version: 1,
  description: "A buyer's credit exposure changed: its unpaid invoices in a currency, whether one is overdue, and the orders invoiced",
  keyDescription: 'buyer company id',
  payload: z.object({
    buyerCompanyId: z.uuid(),
    currency: z.string(),
    unpaidMinor: z.int().min(0).describe('What the buyer still owes on its invoices in this currency'),
    overdue: z.boolean().describe('At least one of its invoices is past due: its orders may not ship'),
    invoicedOrderIds: z.array(z.uuid()).describe('Every seller order an invoice of this currency was issued for (paid or not)'),
    asOf: timestamp,
  }),
});

/** `settlements.payment.received`: a buyer's payment was recorded and set against invoices. */
export const paymentReceived = defineEvent({
  name: 'settlements.payment.received',
  owner: 'settlements',
  partitions: SETTLEMENTS_PARTITIONS,
  messageType: 'PaymentReceived',
  version: 1,
  description: "A buyer's payment was recorded (by an operator, the buyer's accountant or a bank-statement import) and set against its invoices",
  keyDescription: 'buyer company id',
  payload: z.object({
    paymentId: z.uuid(),
    buyerCompanyId: z.uuid(),
    currency: z.string(),
    amountMinor: z.int().positive(),
    paidOrderIds: z.array(z.uuid()).describe('Seller orders whose invoice this payment settled in full'),
    receivedAt: timestamp,
  }),
});

export type ExposureChangedPayload = z.infer<typeof exposureChanged.payload>;
export type PaymentReceivedPayload = z.infer<typeof paymentReceived.payload>;
