import { BankRowOutcome, InvoiceStatus, InvoiceTerms, LedgerAccountKind, LedgerCauseType, PayoutStatus } from '@lotbook/contracts';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MinorUnits } from '../minor-units.scalar';
import { Timestamp } from '../timestamp.scalar';

export { BankRowOutcome, InvoiceStatus, InvoiceTerms, LedgerAccountKind, LedgerCauseType, PayoutStatus };

registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description:
    'ISSUED → PARTIALLY_PAID → PAID; OVERDUE once past due with something left to pay (→ PAID); VOID when its prepaid order was cancelled',
});
registerEnumType(InvoiceTerms, {
  name: 'InvoiceTerms',
  description:
    'NET_TERMS: issued at delivery, due after the buyer’s payment term; PREPAYMENT: issued when the order is placed, due at once',
});
registerEnumType(PayoutStatus, {
  name: 'PayoutStatus',
  description:
    'SCHEDULED: collecting what the seller’s completed orders release until its date; DUE: waiting for the bank; PAID: posted; ' +
    'RETURNED: paid, then sent back by the bank, its posting reversed and its amount in the seller’s next payout',
});
registerEnumType(LedgerAccountKind, {
  name: 'LedgerAccountKind',
  description: 'The kinds of ledger account (see the README’s "Settlements: the ledger")',
});
registerEnumType(LedgerCauseType, { name: 'LedgerCauseType', description: 'What caused a journal entry' });
registerEnumType(BankRowOutcome, {
  name: 'BankRowOutcome',
  description: 'What became of a bank-statement row: MATCHED (a payment), or why it was refused (nothing recorded for it)',
});

@ObjectType({ description: 'A payment set against an invoice' })
export class InvoicePaymentLine {
  @Field(() => ID, { description: 'The payment' }) paymentId!: string;
  @Field(() => MinorUnits, { description: 'What it set against this invoice' }) amountMinor!: number;
  @Field(() => Timestamp, { description: 'When the money arrived' }) receivedAt!: string;
}

@ObjectType({ description: 'A refund set against an invoice' })
export class InvoiceCreditLine {
  @Field(() => ID, { description: 'The seller return refunded' }) returnId!: string;
  @Field(() => MinorUnits, { description: 'What it set against this invoice' }) amountMinor!: number;
  @Field(() => Timestamp, { description: 'When' }) at!: string;
}

@ObjectType({ description: 'The invoice of one seller order' })
export class Invoice {
  @Field(() => ID, { description: 'The invoice' }) id!: string;
  @Field({ description: 'Its number, quoted on bank transfers' }) number!: string;
  @Field(() => ID, { description: 'The seller order it invoices' }) sellerOrderId!: string;
  @Field(() => ID, { description: 'Who pays it' }) buyerCompanyId!: string;
  @Field(() => ID, { description: 'The seller of the order' }) sellerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency of every amount' }) currency!: string;
  @Field(() => InvoiceTerms, { description: 'On net terms or paid in advance' }) terms!: InvoiceTerms;
  @Field(() => MinorUnits, { description: 'What the buyer pays for the order: net − loyalty discount + shipping fee' })
  amountMinor!: number;
  @Field(() => MinorUnits, { description: 'Paid so far' }) paidMinor!: number;
  @Field(() => MinorUnits, { description: 'Set off by refunds so far' }) creditedMinor!: number;
  @Field(() => MinorUnits, { description: 'Still to pay' }) outstandingMinor!: number;
  @Field(() => InvoiceStatus, { description: 'Where it is in its life' }) status!: InvoiceStatus;
  @Field({ description: 'Past due with something left to pay' }) overdue!: boolean;
  @Field(() => Timestamp, { description: 'When it was issued' }) issuedAt!: string;
  @Field(() => Timestamp, { description: 'When it is due' }) dueAt!: string;
  @Field(() => [InvoicePaymentLine], { description: 'The payments set against it, oldest first' }) payments!: InvoicePaymentLine[];
  @Field(() => [InvoiceCreditLine], { description: 'The refunds set against it, oldest first' }) credits!: InvoiceCreditLine[];
}

@ObjectType({ description: 'What part of a payment went to which invoice' })
export class PaymentAllocation {
  @Field(() => ID, { description: 'The invoice' }) invoiceId!: string;
  @Field({ description: 'Its number' }) invoiceNumber!: string;
  @Field(() => ID, { description: 'Its seller order' }) sellerOrderId!: string;
  @Field(() => MinorUnits, { description: 'The amount set against it' }) amountMinor!: number;
}

@ObjectType({ description: 'A buyer’s payment received, and where it went' })
export class Payment {
  @Field(() => ID, { description: 'The payment' }) id!: string;
  @Field(() => ID, { description: 'The paying buyer' }) buyerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => MinorUnits, { description: 'The amount received' }) amountMinor!: number;
  @Field({ description: 'MANUAL (recorded by a person) or BANK_STATEMENT (imported)' }) source!: string;
  @Field(() => String, { nullable: true, description: 'The bank’s reference or the recorder’s note' }) reference!: string | null;
  @Field(() => Timestamp, { description: 'When the money arrived' }) receivedAt!: string;
  @Field(() => ID, { nullable: true, description: 'Who recorded it' }) recordedBy!: string | null;
  @Field(() => [PaymentAllocation], { description: 'The invoices it paid, and how much of each' }) allocations!: PaymentAllocation[];
  @Field(() => MinorUnits, { description: 'What no invoice took: the buyer’s credit' }) creditMinor!: number;
  @Field(() => ID, { description: 'Its journal entry' }) entryId!: string;
}

@ObjectType({ description: 'A payment recorded, with the invoices it reached as they are now' })
export class RecordedPayment {
  @Field(() => Payment, { description: 'The payment' }) payment!: Payment;
  @Field(() => [Invoice], { description: 'The invoices it paid' }) invoices!: Invoice[];
}

@InputType({ description: 'How much of a payment goes to one invoice' })
export class PaymentAllocationInput {
  @Field(() => ID, { description: 'The invoice' }) invoiceId!: string;
  @Field(() => MinorUnits, { description: 'The amount for it' }) amountMinor!: number;
}

@InputType({ description: 'A payment received from a buyer' })
export class RecordPaymentInput {
  @Field(() => ID, { description: 'The paying buyer (your own company, for a buyer’s accountant)' }) buyerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => MinorUnits, { description: 'The amount received, above zero' }) amountMinor!: number;
  @Field(() => [PaymentAllocationInput], {
    nullable: true,
    description: 'The invoices it pays, with an amount each; none: the buyer’s unpaid invoices oldest due first. The rest stays as credit',
  })
  allocations?: PaymentAllocationInput[] | null;
  @Field(() => String, { nullable: true, description: 'The bank’s reference, or a note' }) reference?: string | null;
}

@ObjectType({ description: 'One row of an imported bank statement and what became of it' })
export class BankStatementRow {
  @Field(() => Int, { description: 'Its line in the file' }) line!: number;
  @Field(() => BankRowOutcome, { description: 'MATCHED, or why not' }) outcome!: BankRowOutcome;
  @Field(() => String, { nullable: true, description: 'Why not, in words' }) message!: string | null;
  @Field(() => String, { nullable: true, description: 'The column at fault' }) field!: string | null;
  @Field(() => String, { nullable: true, description: 'The bank’s reference of a matched row' }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'The invoice a matched row paid' }) invoiceNumber!: string | null;
  @Field(() => MinorUnits, { nullable: true, description: 'The amount of a matched row' }) amountMinor!: number | null;
  @Field(() => ID, { nullable: true, description: 'The payment a matched row is' }) paymentId!: string | null;
  @Field({ description: 'A matched row imported before (same bank reference): recorded once, nothing new' }) alreadyRecorded!: boolean;
}

@ObjectType({ description: 'What a bank-statement import did, row by row' })
export class BankStatementImport {
  @Field(() => [BankStatementRow], { description: 'Every row, in the file’s order' }) rows!: BankStatementRow[];
  @Field(() => Int, { description: 'Rows matched to an invoice' }) matched!: number;
  @Field(() => Int, { description: 'Rows refused' }) refused!: number;
  @Field(() => Int, { description: 'Payments recorded by this import (matched rows not imported before)' }) recorded!: number;
}

@ObjectType({ description: 'Refunds owed to a buyer beyond what it owed on invoices, not paid out yet' })
export class RefundPayable {
  @Field(() => ID, { description: 'The buyer' }) buyerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => MinorUnits, { description: 'What is payable' }) amountMinor!: number;
}

@ObjectType({ description: 'A refund paid out to a buyer' })
export class RefundPayout {
  @Field(() => ID, { description: 'The refund payout' }) id!: string;
  @Field(() => ID, { description: 'The buyer paid' }) buyerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => MinorUnits, { description: 'The amount paid' }) amountMinor!: number;
  @Field(() => String, { nullable: true, description: 'The bank’s reference' }) reference!: string | null;
  @Field(() => Timestamp, { description: 'When it was recorded' }) paidAt!: string;
  @Field(() => ID, { description: 'The operator who recorded it' }) paidBy!: string;
  @Field(() => ID, { description: 'Its journal entry' }) entryId!: string;
}

@ObjectType({ description: 'Refunds payable, and those paid out lately' })
export class RefundsPayable {
  @Field(() => [RefundPayable], { description: 'What is owed, per buyer and currency' }) refunds!: RefundPayable[];
  @Field(() => [RefundPayout], { description: 'The last 100 refunds paid out' }) payouts!: RefundPayout[];
}

@ObjectType({ description: 'One line of a seller statement, traceable to its entry and cause' })
export class StatementLine {
  @Field(() => Timestamp, { description: 'When it happened' }) occurredAt!: string;
  @Field({ description: 'SALE, COMMISSION, REFUND, RETURN_LABEL, RELEASE (pending money made available), PAYOUT or CORRECTION' })
  kind!: string;
  @Field(() => LedgerCauseType, { description: 'The rule that made its entry' }) causeType!: LedgerCauseType;
  @Field({ description: 'The seller order, the return, the payout or the correction' }) causeId!: string;
  @Field(() => ID, { nullable: true, description: 'The seller order it is about' }) sellerOrderId!: string | null;
  @Field(() => ID, { description: 'The journal entry' }) entryId!: string;
  @Field(() => ID, { nullable: true, description: 'The entry a correction reverses' }) correctsEntryId!: string | null;
  @Field(() => MinorUnits, { description: 'What it adds to what the seller is owed (negative takes away)' }) amountMinor!: number;
  @Field(() => MinorUnits, { description: 'What it adds to the part available for payout' }) availableChangeMinor!: number;
}

@ObjectType({ description: 'A seller’s statement for a period [from, to)' })
export class SellerStatement {
  @Field(() => ID, { description: 'The seller' }) sellerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => Timestamp, { description: 'Start of the period (inclusive)' }) from!: string;
  @Field(() => Timestamp, { description: 'End of the period (exclusive)' }) to!: string;
  @Field(() => MinorUnits, { description: 'What the seller was owed at the start, pending and available' }) openingBalanceMinor!: number;
  @Field(() => MinorUnits, { description: 'Of it, what was available for payout' }) openingAvailableMinor!: number;
  @Field(() => MinorUnits, { description: 'Sales: net + shipping of orders delivered' }) salesMinor!: number;
  @Field(() => MinorUnits, { description: 'Commissions (negative)' }) commissionsMinor!: number;
  @Field(() => MinorUnits, { description: 'The seller’s parts of refunds (usually negative)' }) refundsMinor!: number;
  @Field(() => MinorUnits, { description: 'Return labels the seller bears (negative)' }) returnLabelsMinor!: number;
  @Field(() => MinorUnits, { description: 'Payouts (negative)' }) payoutsMinor!: number;
  @Field(() => MinorUnits, { description: 'Corrections' }) correctionsMinor!: number;
  @Field(() => MinorUnits, { description: 'Opening + every total' }) closingBalanceMinor!: number;
  @Field(() => MinorUnits, { description: 'Of it, what is available for payout' }) closingAvailableMinor!: number;
  @Field(() => [StatementLine], { description: 'Every line, oldest first' }) lines!: StatementLine[];
  @Field({ description: 'The statement as CSV (RFC 4180): opening balance, a row per line with the running balance, closing balance' })
  csv!: string;
}

@ObjectType({ description: 'What one journal entry added to (or took from) a payout' })
export class PayoutItem {
  @Field(() => ID, { description: 'The entry' }) entryId!: string;
  @Field(() => LedgerCauseType, { description: 'Its rule: a completion’s release, or a return after completion' })
  causeType!: LedgerCauseType;
  @Field({ description: 'The seller order or the return' }) causeId!: string;
  @Field(() => ID, { nullable: true, description: 'The seller order, when the entry names one' }) sellerOrderId!: string | null;
  @Field(() => MinorUnits, { description: 'What it added (negative takes away)' }) amountMinor!: number;
  @Field(() => Timestamp, { description: 'When it happened' }) occurredAt!: string;
}

@ObjectType({ description: 'A seller payout' })
export class Payout {
  @Field(() => ID, { description: 'The payout' }) id!: string;
  @Field({ description: 'Its number, for the bank' }) number!: string;
  @Field(() => ID, { description: 'The seller paid' }) sellerCompanyId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => PayoutStatus, { description: 'Where it is' }) status!: PayoutStatus;
  @Field(() => MinorUnits, { description: 'What is paid: what its items released, less returns after completion' }) amountMinor!: number;
  @Field(() => Timestamp, { description: 'When it falls due: the end of the seller’s payout period' }) scheduledFor!: string;
  @Field(() => Timestamp, { nullable: true, description: 'When it was marked paid' }) paidAt!: string | null;
  @Field(() => ID, { nullable: true, description: 'The operator who marked it paid' }) paidBy!: string | null;
  @Field(() => String, { nullable: true, description: 'The bank’s reference' }) reference!: string | null;
  @Field(() => ID, { nullable: true, description: 'Its PAYOUT_MADE entry, once paid' }) entryId!: string | null;
  @Field(() => Timestamp, { nullable: true, description: 'When an operator recorded that the bank sent it back' })
  returnedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the bank sent it back, as the operator recorded it' }) returnReason!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The correction entry that reversed its posting, once returned' })
  returnEntryId!: string | null;
  @Field(() => [PayoutItem], { description: 'What it is made of, oldest first' }) items!: PayoutItem[];
}

@ObjectType({ description: 'The payouts due, as a CSV for the bank' })
export class PayoutExport {
  @Field({ description: 'payout_number, payout_id, seller_company_id, currency, amount (major units), due_on' }) csv!: string;
  @Field(() => [Payout], { description: 'The payouts in it' }) payouts!: Payout[];
}

@ObjectType({ description: 'How often a seller is paid out' })
export class PayoutTerms {
  @Field(() => ID, { description: 'The seller' }) sellerCompanyId!: string;
  @Field(() => Int, { description: 'The payout period in days (7: weekly, the default)' }) periodDays!: number;
}

@ObjectType({ description: 'One account kind’s accounts in a currency, summed' })
export class TrialBalanceRow {
  @Field(() => LedgerAccountKind, { description: 'The kind' }) kind!: LedgerAccountKind;
  @Field({ description: 'DEBIT or CREDIT: the side that increases its balance' }) normalSide!: string;
  @Field(() => Int, { description: 'How many accounts of the kind there are' }) accounts!: number;
  @Field(() => MinorUnits, { description: 'Their debits' }) debitsMinor!: number;
  @Field(() => MinorUnits, { description: 'Their credits' }) creditsMinor!: number;
  @Field(() => MinorUnits, { description: 'Their balance, on the normal side' }) balanceMinor!: number;
}

@ObjectType({ description: 'The trial balance of one currency, from the kept balances' })
export class TrialBalance {
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => [TrialBalanceRow], { description: 'Per account kind' }) rows!: TrialBalanceRow[];
  @Field(() => MinorUnits, { description: 'All debits' }) totalDebitsMinor!: number;
  @Field(() => MinorUnits, { description: 'All credits' }) totalCreditsMinor!: number;
  @Field(() => MinorUnits, { description: 'Debits − credits: zero, always' }) netMinor!: number;
}

@ObjectType({ description: 'A ledger account and its balance' })
export class LedgerAccount {
  @Field({ description: 'Its key: KIND/CURRENCY[/company[/seller order]]' }) key!: string;
  @Field(() => LedgerAccountKind, { description: 'Its kind' }) kind!: LedgerAccountKind;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => ID, { nullable: true, description: 'Its company; none for the platform’s' }) companyId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Its seller order (pending seller payables)' }) sellerOrderId!: string | null;
  @Field({ description: 'DEBIT or CREDIT: the side that increases its balance' }) normalSide!: string;
  @Field(() => MinorUnits, { description: 'All its debits' }) debitsMinor!: number;
  @Field(() => MinorUnits, { description: 'All its credits' }) creditsMinor!: number;
  @Field(() => MinorUnits, { description: 'Its balance on its normal side' }) balanceMinor!: number;
}

@ObjectType({ description: 'One side of one account in a journal entry' })
export class LedgerPosting {
  @Field({ description: 'The account' }) accountKey!: string;
  @Field(() => LedgerAccountKind, { description: 'Its kind' }) kind!: LedgerAccountKind;
  @Field(() => ID, { nullable: true, description: 'Its company' }) companyId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Its seller order' }) sellerOrderId!: string | null;
  @Field(() => MinorUnits, { nullable: true, description: 'Debit' }) debitMinor!: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'Credit' }) creditMinor!: number | null;
  @Field(() => String, { nullable: true, description: 'What the amount is (BUYER_CHARGE, COMMISSION, REFUND, …)' }) memo!: string | null;
}

@ObjectType({ description: 'A journal entry: postings that balance, with what caused them' })
export class JournalEntry {
  @Field(() => ID, { description: 'The entry (derived from its cause: a cause posts once)' }) id!: string;
  @Field({ description: 'The event or command that caused it' }) eventId!: string;
  @Field(() => LedgerCauseType, { description: 'The rule that made it' }) causeType!: LedgerCauseType;
  @Field({ description: 'The seller order, return, payment, refund payout or payout' }) causeId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => Timestamp, { description: 'When its cause happened' }) occurredAt!: string;
  @Field(() => Timestamp, { description: 'When it was posted' }) postedAt!: string;
  @Field(() => ID, { nullable: true, description: 'The entry a correction reverses' }) correctsEntryId!: string | null;
  @Field(() => [LedgerPosting], { description: 'Its postings' }) postings!: LedgerPosting[];
}

@ObjectType({ description: 'An account with its entries, newest first' })
export class LedgerAccountEntries {
  @Field(() => LedgerAccount, { description: 'The account and its balance' }) account!: LedgerAccount;
  @Field(() => [JournalEntry], { description: 'Its entries, newest first' }) entries!: JournalEntry[];
}
