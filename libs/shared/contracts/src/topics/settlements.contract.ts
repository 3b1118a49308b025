import { z } from 'zod';
import { actorSchema } from '../command-result';
import { defineCommand } from '../command-contract';
import { defineEvent } from '../topic-registry';

export const SETTLEMENTS_PARTITIONS = 6;
const timestamp = z.iso.datetime({ offset: true });
const minor = (description: string) => z.int().describe(description);

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
  description:
    "A buyer's payment was recorded (by an operator, the buyer's accountant or a bank-statement import) and set against its invoices",
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

// ---------------------------------------------------------------------------------------
// The ledger, invoices, payments, statements and payouts: what the gateway asks settlements
// ---------------------------------------------------------------------------------------

/** An invoice's life: issued, paid in parts or at once (or set off by refunds), overdue once past due; VOID when its prepaid order was cancelled. */
export enum InvoiceStatus {
  ISSUED = 'ISSUED',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  VOID = 'VOID',
}

/** NET_TERMS: issued at delivery, due after the buyer's payment term. PREPAYMENT: issued when the order is placed, due at once. */
export enum InvoiceTerms {
  NET_TERMS = 'NET_TERMS',
  PREPAYMENT = 'PREPAYMENT',
}

/** A seller payout: SCHEDULED collects what the seller's completed orders release until its date; DUE waits for the bank; PAID is posted. */
export enum PayoutStatus {
  SCHEDULED = 'SCHEDULED',
  DUE = 'DUE',
  PAID = 'PAID',
  /** Paid, then sent back by the bank: its posting was reversed and the money is the seller's again, in its next payout. */
  RETURNED = 'RETURNED',
}

/** The ledger's account kinds (see the README's "Settlements: the ledger"). */
export enum LedgerAccountKind {
  BUYER_RECEIVABLE = 'BUYER_RECEIVABLE',
  REFUNDS_PAYABLE = 'REFUNDS_PAYABLE',
  SELLER_PAYABLE_PENDING = 'SELLER_PAYABLE_PENDING',
  SELLER_PAYABLE_AVAILABLE = 'SELLER_PAYABLE_AVAILABLE',
  PLATFORM_COMMISSION_INCOME = 'PLATFORM_COMMISSION_INCOME',
  PLATFORM_PROMOTIONS = 'PLATFORM_PROMOTIONS',
  PLATFORM_RETURNS = 'PLATFORM_RETURNS',
  RETURN_LABELS = 'RETURN_LABELS',
  CASH_AT_BANK = 'CASH_AT_BANK',
}

/** What caused a journal entry. */
export enum LedgerCauseType {
  SELLER_ORDER_DELIVERED = 'SELLER_ORDER_DELIVERED',
  SELLER_ORDER_COMPLETED = 'SELLER_ORDER_COMPLETED',
  RETURN_REFUNDED = 'RETURN_REFUNDED',
  PAYMENT_RECEIVED = 'PAYMENT_RECEIVED',
  REFUND_PAID_OUT = 'REFUND_PAID_OUT',
  PAYOUT_MADE = 'PAYOUT_MADE',
  ENTRY_REVERSED = 'ENTRY_REVERSED',
}

/** The outcome of one bank-statement row. */
export enum BankRowOutcome {
  MATCHED = 'MATCHED',
  MALFORMED_ROW = 'MALFORMED_ROW',
  MISSING_FIELD = 'MISSING_FIELD',
  DUPLICATE_REFERENCE = 'DUPLICATE_REFERENCE',
  INVALID_DATE = 'INVALID_DATE',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  UNKNOWN_INVOICE = 'UNKNOWN_INVOICE',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  FOREIGN_INVOICE = 'FOREIGN_INVOICE',
}

export const invoicePaymentLineSchema = z.object({
  paymentId: z.uuid(),
  amountMinor: minor('What this payment set against the invoice'),
  receivedAt: timestamp,
});

export const invoiceCreditLineSchema = z.object({
  returnId: z.uuid(),
  amountMinor: minor("What this return's refund set against the invoice"),
  at: timestamp,
});

export const invoiceSchema = z.object({
  id: z.uuid(),
  number: z.string().describe('Printed on the invoice and quoted on bank transfers'),
  sellerOrderId: z.uuid(),
  buyerCompanyId: z.uuid(),
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  terms: z.enum(InvoiceTerms),
  amountMinor: minor('What the buyer pays for the seller order: net − loyalty discount + shipping fee'),
  paidMinor: minor('Paid so far'),
  creditedMinor: minor('Set off by refunds so far'),
  outstandingMinor: minor('Still to pay'),
  status: z.enum(InvoiceStatus),
  overdue: z.boolean().describe('Past due with something left to pay'),
  issuedAt: timestamp,
  dueAt: timestamp,
  payments: z.array(invoicePaymentLineSchema),
  credits: z.array(invoiceCreditLineSchema),
});

export const paymentAllocationSchema = z.object({
  invoiceId: z.uuid(),
  invoiceNumber: z.string(),
  sellerOrderId: z.uuid(),
  amountMinor: z.int(),
});

export const paymentSchema = z.object({
  id: z.uuid(),
  buyerCompanyId: z.uuid(),
  currency: z.string(),
  amountMinor: z.int(),
  source: z.enum(['MANUAL', 'BANK_STATEMENT']),
  reference: z.string().nullable().describe("The bank's transaction reference or the recorder's note"),
  receivedAt: timestamp,
  recordedBy: z.uuid().nullable(),
  allocations: z.array(paymentAllocationSchema),
  creditMinor: minor("What no invoice took: the buyer's credit"),
  entryId: z.uuid(),
});

export const bankRowSchema = z.object({
  line: z.int(),
  outcome: z.enum(BankRowOutcome),
  message: z.string().nullable(),
  field: z.string().nullable(),
  reference: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  amountMinor: z.int().nullable(),
  paymentId: z.uuid().nullable().describe('The payment a MATCHED row recorded'),
  alreadyRecorded: z.boolean().describe('A MATCHED row whose bank reference was imported before: recorded once, nothing new'),
});

export const bankImportSchema = z.object({
  rows: z.array(bankRowSchema),
  matched: z.int(),
  refused: z.int(),
  recorded: z.int().describe('Payments recorded by this import (matched rows not imported before)'),
});

export const refundPayableSchema = z.object({
  buyerCompanyId: z.uuid(),
  currency: z.string(),
  amountMinor: minor('Refunds owed to the buyer beyond what it owed on its invoices, not paid out yet'),
});

export const refundPayoutSchema = z.object({
  id: z.uuid(),
  buyerCompanyId: z.uuid(),
  currency: z.string(),
  amountMinor: z.int(),
  reference: z.string().nullable(),
  paidAt: timestamp,
  paidBy: z.uuid(),
  entryId: z.uuid(),
});

export const statementLineSchema = z.object({
  occurredAt: timestamp,
  kind: z.enum(['SALE', 'COMMISSION', 'REFUND', 'RETURN_LABEL', 'RELEASE', 'PAYOUT', 'CORRECTION']),
  causeType: z.enum(LedgerCauseType),
  causeId: z.string().describe('The seller order, the return, the payout or the correction'),
  sellerOrderId: z.uuid().nullable(),
  entryId: z.uuid(),
  correctsEntryId: z.uuid().nullable(),
  amountMinor: minor('What the line adds to what the seller is owed'),
  availableChangeMinor: minor('What it adds to the part available for payout'),
});

export const sellerStatementSchema = z.object({
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  from: timestamp,
  to: timestamp,
  openingBalanceMinor: z.int(),
  openingAvailableMinor: z.int(),
  salesMinor: z.int(),
  commissionsMinor: z.int(),
  refundsMinor: z.int(),
  returnLabelsMinor: z.int(),
  payoutsMinor: z.int(),
  correctionsMinor: z.int(),
  closingBalanceMinor: z.int(),
  closingAvailableMinor: z.int(),
  lines: z.array(statementLineSchema),
  csv: z.string().describe('The statement as RFC 4180 CSV'),
});

export const payoutItemSchema = z.object({
  entryId: z.uuid(),
  causeType: z.enum(LedgerCauseType),
  causeId: z.string(),
  sellerOrderId: z.uuid().nullable(),
  amountMinor: minor('What the entry added to the seller’s available balance'),
  occurredAt: timestamp,
});

export const payoutSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  sellerCompanyId: z.uuid(),
  currency: z.string(),
  status: z.enum(PayoutStatus),
  amountMinor: minor('What the seller is paid: what its items released, less returns after completion'),
  scheduledFor: timestamp.describe('When it falls due: the end of the seller’s payout period'),
  paidAt: timestamp.nullable(),
  paidBy: z.uuid().nullable(),
  reference: z.string().nullable(),
  entryId: z.uuid().nullable().describe('The PAYOUT_MADE entry, once paid'),
  returnedAt: timestamp.nullable().describe('When an operator recorded that the bank sent it back'),
  returnReason: z.string().nullable(),
  returnEntryId: z.uuid().nullable().describe('The correction entry that reversed its posting, once returned'),
  items: z.array(payoutItemSchema),
});

export const payoutTermsSchema = z.object({
  sellerCompanyId: z.uuid(),
  periodDays: z.int().min(1).max(366),
});

export const trialBalanceRowSchema = z.object({
  kind: z.enum(LedgerAccountKind),
  normalSide: z.enum(['DEBIT', 'CREDIT']),
  accounts: z.int().describe('How many accounts of the kind there are in the currency'),
  debitsMinor: z.int(),
  creditsMinor: z.int(),
  balanceMinor: minor('Their balances summed, on the kind’s normal side'),
});

export const trialBalanceSchema = z.object({
  currency: z.string(),
  rows: z.array(trialBalanceRowSchema),
  totalDebitsMinor: z.int(),
  totalCreditsMinor: z.int(),
  netMinor: minor('Total debits − total credits: zero, always'),
});

export const ledgerAccountSchema = z.object({
  key: z.string(),
  kind: z.enum(LedgerAccountKind),
  currency: z.string(),
  companyId: z.uuid().nullable(),
  sellerOrderId: z.uuid().nullable(),
  normalSide: z.enum(['DEBIT', 'CREDIT']),
  debitsMinor: z.int(),
  creditsMinor: z.int(),
  balanceMinor: z.int(),
});

export const ledgerPostingSchema = z.object({
  accountKey: z.string(),
  kind: z.enum(LedgerAccountKind),
  companyId: z.uuid().nullable(),
  sellerOrderId: z.uuid().nullable(),
  debitMinor: z.int().nullable(),
  creditMinor: z.int().nullable(),
  memo: z.string().nullable(),
});

export const journalEntrySchema = z.object({
  id: z.uuid(),
  eventId: z.string().describe('The event or command that caused it'),
  causeType: z.enum(LedgerCauseType),
  causeId: z.string(),
  currency: z.string(),
  occurredAt: timestamp,
  postedAt: timestamp,
  correctsEntryId: z.uuid().nullable(),
  postings: z.array(ledgerPostingSchema),
});

export type InvoiceRecord = z.infer<typeof invoiceSchema>;
export type PaymentRecord = z.infer<typeof paymentSchema>;
export type BankImportRecord = z.infer<typeof bankImportSchema>;
export type BankRowRecord = z.infer<typeof bankRowSchema>;
export type RefundPayableRecord = z.infer<typeof refundPayableSchema>;
export type RefundPayoutRecord = z.infer<typeof refundPayoutSchema>;
export type SellerStatementRecord = z.infer<typeof sellerStatementSchema>;
export type PayoutRecord = z.infer<typeof payoutSchema>;
export type PayoutTermsRecord = z.infer<typeof payoutTermsSchema>;
export type TrialBalanceRecord = z.infer<typeof trialBalanceSchema>;
export type LedgerAccountRecord = z.infer<typeof ledgerAccountSchema>;
export type JournalEntryRecord = z.infer<typeof journalEntrySchema>;

/** Every way a settlements command can be refused; each command lists the ones it may answer. */
export enum SettlementsErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  UNKNOWN_INVOICE = 'UNKNOWN_INVOICE',
  FOREIGN_INVOICE = 'FOREIGN_INVOICE',
  INVOICE_CURRENCY_MISMATCH = 'INVOICE_CURRENCY_MISMATCH',
  DUPLICATE_ALLOCATION = 'DUPLICATE_ALLOCATION',
  ALLOCATION_EXCEEDS_PAYMENT = 'ALLOCATION_EXCEEDS_PAYMENT',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  BROKEN_ENCODING = 'BROKEN_ENCODING',
  WRONG_COLUMNS = 'WRONG_COLUMNS',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  UNKNOWN_PAYOUT = 'UNKNOWN_PAYOUT',
  PAYOUT_NOT_DUE = 'PAYOUT_NOT_DUE',
  PAYOUT_NOT_PAID = 'PAYOUT_NOT_PAID',
  REASON_REQUIRED = 'REASON_REQUIRED',
  UNKNOWN_ACCOUNT = 'UNKNOWN_ACCOUNT',
  INVALID_PERIOD = 'INVALID_PERIOD',
  COUNTERPARTIES_UNAVAILABLE = 'COUNTERPARTIES_UNAVAILABLE',
}

const C = SettlementsErrorCode;

const command = <
  TRequest extends z.ZodType,
  TResult extends z.ZodType,
  const TErrors extends readonly SettlementsErrorCode[],
  TRetrySafe extends boolean = false,
>(
  name: string,
  messageType: string,
  description: string,
  request: TRequest,
  result: TResult,
  errors: TErrors,
  retrySafe?: TRetrySafe,
) =>
  defineCommand({
    context: 'settlements',
    name,
    messageType,
    description,
    keyDescription: 'company, invoice, payout or account',
    request,
    result,
    errors,
    retrySafe,
  });

/** What a payment set against invoices may be refused with. */
const PAYMENT = [
  C.FORBIDDEN,
  C.UNKNOWN_CURRENCY,
  C.COMPANY_NOT_FOUND,
  C.INVALID_AMOUNT,
  C.UNKNOWN_INVOICE,
  C.FOREIGN_INVOICE,
  C.INVOICE_CURRENCY_MISMATCH,
  C.DUPLICATE_ALLOCATION,
  C.ALLOCATION_EXCEEDS_PAYMENT,
  C.COUNTERPARTIES_UNAVAILABLE,
] as const;

const currencyCode = z.string().length(3);
const page = { first: z.int().min(1).max(500).default(50) };

export const settlementsCommands = {
  listInvoices: command(
    'list-invoices',
    'ListInvoices',
    "Invoices the asker may see (a buyer's own, a seller's orders', every one for operators), newest first",
    z.object({
      actor: actorSchema,
      buyerCompanyId: z.uuid().optional(),
      sellerCompanyId: z.uuid().optional(),
      statuses: z.array(z.enum(InvoiceStatus)).optional(),
      sellerOrderId: z.uuid().optional(),
      before: timestamp.optional().describe('Only invoices issued before this instant (the next page)'),
      ...page,
    }),
    z.object({ invoices: z.array(invoiceSchema) }),
    [C.FORBIDDEN],
  ),
  getInvoice: command(
    'get-invoice',
    'GetInvoice',
    'One invoice with its payments and credits, for its buyer, its seller or an operator',
    z.object({ actor: actorSchema, invoiceId: z.uuid() }),
    invoiceSchema,
    [C.UNKNOWN_INVOICE],
  ),
  recordPayment: command(
    'record-payment',
    'RecordPayment',
    "An operator, or the buyer's ACCOUNTANT or ADMIN, records a payment received, against named invoices or, naming none, the buyer's unpaid invoices oldest due first; what no invoice takes stays as the buyer's credit",
    z.object({
      actor: actorSchema,
      buyerCompanyId: z.uuid(),
      currency: currencyCode,
      amountMinor: z.int(),
      allocations: z
        .array(z.object({ invoiceId: z.uuid(), amountMinor: z.int() }))
        .max(500)
        .default([]),
      reference: z.string().max(200).optional(),
    }),
    z.object({ payment: paymentSchema, invoices: z.array(invoiceSchema) }),
    PAYMENT,
    true,
  ),
  importBankStatement: command(
    'import-bank-statement',
    'ImportBankStatement',
    'An operator imports a bank statement (CSV, UTF-8): each row matched by invoice number and payer tax id becomes a payment; a report per row. A file that cannot be read changes nothing',
    z.object({ actor: actorSchema, fileBase64: z.string().max(700_000) }),
    bankImportSchema,
    [C.FORBIDDEN, C.BROKEN_ENCODING, C.WRONG_COLUMNS, C.FILE_TOO_LARGE, C.COUNTERPARTIES_UNAVAILABLE],
    true,
  ),
  listRefundsPayable: command(
    'list-refunds-payable',
    'ListRefundsPayable',
    'Refunds owed to buyers beyond what they owed on invoices, not paid out yet (operators)',
    z.object({ actor: actorSchema, currency: currencyCode.optional() }),
    z.object({ refunds: z.array(refundPayableSchema), payouts: z.array(refundPayoutSchema) }),
    [C.FORBIDDEN],
  ),
  payOutRefund: command(
    'pay-out-refund',
    'PayOutRefund',
    'An operator records a refund payable paid out to the buyer; never more than is payable',
    z.object({
      actor: actorSchema,
      buyerCompanyId: z.uuid(),
      currency: currencyCode,
      amountMinor: z.int(),
      reference: z.string().max(200).optional(),
    }),
    refundPayoutSchema,
    [C.FORBIDDEN, C.UNKNOWN_CURRENCY, C.INVALID_AMOUNT, C.INSUFFICIENT_BALANCE],
    true,
  ),
  sellerStatement: command(
    'seller-statement',
    'SellerStatement',
    "A seller's statement for a period (the current week by default): opening balance, every sale, commission, refund, return label and payout with its cause, closing balance; and its CSV",
    z.object({
      actor: actorSchema,
      sellerCompanyId: z.uuid(),
      currency: currencyCode,
      from: timestamp.optional(),
      to: timestamp.optional(),
    }),
    sellerStatementSchema,
    [C.FORBIDDEN, C.UNKNOWN_CURRENCY, C.INVALID_PERIOD],
  ),
  listPayouts: command(
    'list-payouts',
    'ListPayouts',
    'Seller payouts: a seller its own, operators every one; newest first',
    z.object({ actor: actorSchema, sellerCompanyId: z.uuid().optional(), statuses: z.array(z.enum(PayoutStatus)).optional(), ...page }),
    z.object({ payouts: z.array(payoutSchema) }),
    [C.FORBIDDEN],
  ),
  exportPayouts: command(
    'export-payouts',
    'ExportPayouts',
    'The payouts that are DUE, as a CSV for the bank (operators)',
    z.object({ actor: actorSchema, currency: currencyCode.optional() }),
    z.object({ csv: z.string(), payouts: z.array(payoutSchema) }),
    [C.FORBIDDEN],
  ),
  markPayoutPaid: command(
    'mark-payout-paid',
    'MarkPayoutPaid',
    "An operator marks a DUE payout paid: it is posted, never taking the seller's available balance below zero",
    z.object({ actor: actorSchema, payoutId: z.uuid(), reference: z.string().max(200).optional() }),
    payoutSchema,
    [C.FORBIDDEN, C.UNKNOWN_PAYOUT, C.PAYOUT_NOT_DUE, C.INSUFFICIENT_BALANCE],
    true,
  ),
  returnPayout: command(
    'return-payout',
    'ReturnPayout',
    'An operator records that the bank sent a PAID payout back (a closed account, wrong details): its posting is reversed by a ' +
      'correction entry naming it, and the amount goes into the seller’s next payout',
    z.object({ actor: actorSchema, payoutId: z.uuid(), reason: z.string().max(500) }),
    payoutSchema,
    [C.FORBIDDEN, C.UNKNOWN_PAYOUT, C.PAYOUT_NOT_PAID, C.REASON_REQUIRED],
    true,
  ),
  getPayoutTerms: command(
    'get-payout-terms',
    'GetPayoutTerms',
    "A seller's payout period (weekly unless set)",
    z.object({ actor: actorSchema, sellerCompanyId: z.uuid() }),
    payoutTermsSchema,
    [C.FORBIDDEN],
  ),
  setPayoutTerms: command(
    'set-payout-terms',
    'SetPayoutTerms',
    "An operator sets a seller's payout period in days; it applies from the next payout scheduled",
    z.object({ actor: actorSchema, sellerCompanyId: z.uuid(), periodDays: z.int() }),
    payoutTermsSchema,
    [C.FORBIDDEN, C.INVALID_PERIOD],
    true,
  ),
  trialBalance: command(
    'trial-balance',
    'TrialBalance',
    "The ledger's trial balance per currency, by account kind, read from the kept balances (operators)",
    z.object({ actor: actorSchema, currency: currencyCode.optional() }),
    z.object({ currencies: z.array(trialBalanceSchema) }),
    [C.FORBIDDEN],
  ),
  listAccounts: command(
    'list-accounts',
    'ListLedgerAccounts',
    "The ledger's accounts with their balances, by key (operators; a company's staff their own)",
    z.object({
      actor: actorSchema,
      currency: currencyCode.optional(),
      kind: z.enum(LedgerAccountKind).optional(),
      companyId: z.uuid().optional(),
      nonZeroOnly: z.boolean().default(false),
      after: z.string().max(300).optional().describe('Only accounts whose key sorts after this (the next page)'),
      ...page,
    }),
    z.object({ accounts: z.array(ledgerAccountSchema) }),
    [C.FORBIDDEN],
  ),
  accountEntries: command(
    'account-entries',
    'LedgerAccountEntries',
    "One account's balance and its entries, newest first, each with its cause and every posting (operators)",
    z.object({ actor: actorSchema, accountKey: z.string().max(300), before: timestamp.optional(), ...page }),
    z.object({ account: ledgerAccountSchema, entries: z.array(journalEntrySchema) }),
    [C.FORBIDDEN, C.UNKNOWN_ACCOUNT],
  ),
};

const invoiceEventSchema = invoiceSchema.omit({ payments: true, credits: true });

/** `settlements.invoice.state-changed`: an invoice was issued (from null), paid in part or whole, set off by a refund, became overdue (once) or void. */
export const invoiceStateChanged = defineEvent({
  name: 'settlements.invoice.state-changed',
  owner: 'settlements',
  partitions: SETTLEMENTS_PARTITIONS,
  messageType: 'InvoiceStateChanged',
  version: 1,
  description:
    'An invoice was issued (from null), partly or wholly paid or set off by a refund, became overdue (raised once), or was voided with its cancelled prepaid order; the payload carries the invoice after the change',
  keyDescription: 'buyer company id',
  payload: z.object({
    from: z.enum(InvoiceStatus).nullable(),
    to: z.enum(InvoiceStatus),
    invoice: invoiceEventSchema,
    reason: z.string().describe('What moved it: DELIVERED, PLACED, PAYMENT <id>, REFUND <return id>, OVERDUE, CANCELLED'),
  }),
});

/** `settlements.payout.state-changed`: a seller payout was scheduled (from null), fell due, or was paid. */
export const payoutStateChanged = defineEvent({
  name: 'settlements.payout.state-changed',
  owner: 'settlements',
  partitions: SETTLEMENTS_PARTITIONS,
  messageType: 'PayoutStateChanged',
  version: 1,
  description: 'A seller payout was scheduled (from null), fell due at the end of its period, or was paid and posted',
  keyDescription: 'seller company id',
  payload: z.object({
    from: z.enum(PayoutStatus).nullable(),
    to: z.enum(PayoutStatus),
    payout: payoutSchema.omit({ items: true }),
  }),
});

export type InvoiceStateChangedPayload = z.infer<typeof invoiceStateChanged.payload>;
export type PayoutStateChangedPayload = z.infer<typeof payoutStateChanged.payload>;
