import { settlementsCommands as commands, type Actor } from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, OperatorOnly } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';
import { IdempotencyKey, idempotencyKeyOf } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { MinorUnits } from '../minor-units.scalar';
import { Timestamp } from '../timestamp.scalar';
import {
  BankStatementImport,
  Invoice,
  InvoiceStatus,
  LedgerAccount,
  LedgerAccountEntries,
  LedgerAccountKind,
  Payout,
  PayoutExport,
  PayoutStatus,
  PayoutTerms,
  RecordedPayment,
  RecordPaymentInput,
  RefundPayout,
  RefundsPayable,
  SellerStatement,
  TrialBalance,
} from './settlements.model';

const FIRST = { type: () => Int, defaultValue: 50, description: 'How many (at most 500)' };
const CURRENCY = { nullable: true, description: 'Only this ISO 4217 currency' };

/** The company a member asks about (its own), or the one an operator names. */
function companyOf(actor: Actor, named: string | null | undefined, what: string): string {
  const company = named ?? actor.companyId;
  if (!company) throw gatewayError(GatewayErrorCode.INVALID_INPUT, `name the company whose ${what} you want`);
  return company;
}

/**
 * Settlements: invoices and payments, bank statements, refunds payable, seller statements and
 * payouts, the trial balance and the ledger's accounts; every field forwards to the settlements
 * service, which checks who may see and do what (an operator, or the company's staff).
 */
@Resolver()
export class SettlementsResolver {
  constructor(private readonly rpc: ServiceRpcClient) {}

  @Authenticated()
  @Query(() => [Invoice], {
    description: 'Invoices you may see (your company’s as buyer or seller; every one for operators), newest first, filtered',
  })
  async invoices(
    @CurrentActor() actor: Actor,
    @Args('buyerCompanyId', { type: () => ID, nullable: true, description: 'Only this buyer’s' }) buyerCompanyId?: string,
    @Args('sellerCompanyId', { type: () => ID, nullable: true, description: 'Only for this seller’s orders' }) sellerCompanyId?: string,
    @Args('sellerOrderId', { type: () => ID, nullable: true, description: 'Only this seller order’s' }) sellerOrderId?: string,
    @Args('statuses', { type: () => [InvoiceStatus], nullable: true, description: 'Only these statuses' }) statuses?: InvoiceStatus[],
    @Args('before', { type: () => Timestamp, nullable: true, description: 'Only invoices issued before this instant (the next page)' })
    before?: Date,
    @Args('first', FIRST) first?: number,
  ) {
    return (
      await this.rpc.command(
        commands.listInvoices,
        {
          actor,
          buyerCompanyId: buyerCompanyId ?? undefined,
          sellerCompanyId: sellerCompanyId ?? undefined,
          sellerOrderId: sellerOrderId ?? undefined,
          statuses: statuses ?? undefined,
          before: before?.toISOString(),
          first: first ?? 50,
        },
        { key: actor.companyId ?? actor.id },
      )
    ).invoices;
  }

  @Authenticated()
  @Query(() => Invoice, { description: 'One invoice with its payments and credits (its buyer, its seller, or operators)' })
  invoice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The invoice' }) id: string) {
    return this.rpc.command(commands.getInvoice, { actor, invoiceId: id }, { key: id });
  }

  @Authenticated()
  @Mutation(() => RecordedPayment, {
    description:
      'Record a payment received (operators, or the buyer’s ADMIN or ACCOUNTANT) against named invoices or, naming none, the buyer’s unpaid invoices oldest due first; what no invoice takes stays as the buyer’s credit',
  })
  recordPayment(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The payment' }) input: RecordPaymentInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.recordPayment,
      {
        actor,
        buyerCompanyId: input.buyerCompanyId,
        currency: input.currency,
        amountMinor: input.amountMinor,
        allocations: (input.allocations ?? []).map((allocation) => ({
          invoiceId: allocation.invoiceId,
          amountMinor: allocation.amountMinor,
        })),
        reference: input.reference ?? undefined,
        idempotencyKey: idempotencyKeyOf(idempotencyKey),
      },
      { key: input.buyerCompanyId },
    );
  }

  @OperatorOnly()
  @Mutation(() => BankStatementImport, {
    description:
      'Import a bank statement (CSV in UTF-8: date, amount, currency, invoice_number, payer_tax_id, reference): each row matched by invoice number and payer becomes a payment, with a report per row; a file that cannot be read changes nothing (operators)',
  })
  importBankStatement(
    @CurrentActor() actor: Actor,
    @Args('csv', { nullable: true, description: 'The file as text' }) csv?: string,
    @Args('csvBase64', {
      nullable: true,
      description: 'The file’s bytes in base64, so a file in the wrong encoding is caught rather than garbled',
    })
    csvBase64?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    if ((csv === undefined || csv === null) === (csvBase64 === undefined || csvBase64 === null)) {
      throw gatewayError(GatewayErrorCode.INVALID_INPUT, 'send the statement once: as csv or as csvBase64');
    }
    const fileBase64 = csvBase64 ?? Buffer.from(csv as string, 'utf8').toString('base64');
    return this.rpc.command(
      commands.importBankStatement,
      { actor, fileBase64, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.id },
    );
  }

  @OperatorOnly()
  @Query(() => RefundsPayable, {
    description: 'Refunds owed to buyers beyond what they owed on invoices, and those paid out lately (operators)',
  })
  refundsPayable(@CurrentActor() actor: Actor, @Args('currency', CURRENCY) currency?: string) {
    return this.rpc.command(commands.listRefundsPayable, { actor, currency: currency ?? undefined }, { key: 'refunds-payable' });
  }

  @OperatorOnly()
  @Mutation(() => RefundPayout, { description: 'Record a refund payable paid out to a buyer; never more than is payable (operators)' })
  payOutRefund(
    @CurrentActor() actor: Actor,
    @Args('buyerCompanyId', { type: () => ID, description: 'The buyer' }) buyerCompanyId: string,
    @Args('currency', { description: 'ISO 4217 currency' }) currency: string,
    @Args('amountMinor', { type: () => MinorUnits, description: 'The amount paid out' }) amountMinor: number,
    @Args('reference', { nullable: true, description: 'The bank’s reference' }) reference?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.payOutRefund,
      { actor, buyerCompanyId, currency, amountMinor, reference: reference ?? undefined, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: buyerCompanyId },
    );
  }

  @Authenticated()
  @Query(() => SellerStatement, {
    description:
      'A seller’s statement for a period (the current week, Monday to Monday UTC, unless given): opening balance, every sale, commission, refund, return label and payout with its cause, closing balance, and its CSV (the seller’s ADMIN or SALES_MANAGER, or operators)',
  })
  sellerStatement(
    @CurrentActor() actor: Actor,
    @Args('currency', { description: 'ISO 4217 currency' }) currency: string,
    @Args('sellerCompanyId', { type: () => ID, nullable: true, description: 'The seller; your own company when left out' })
    sellerCompanyId?: string,
    @Args('from', { type: () => Timestamp, nullable: true, description: 'Start of the period (inclusive)' }) from?: Date,
    @Args('to', { type: () => Timestamp, nullable: true, description: 'End of the period (exclusive)' }) to?: Date,
  ) {
    const seller = companyOf(actor, sellerCompanyId, 'statement');
    return this.rpc.command(
      commands.sellerStatement,
      { actor, sellerCompanyId: seller, currency, from: from?.toISOString(), to: to?.toISOString() },
      { key: seller },
    );
  }

  @Authenticated()
  @Query(() => [Payout], { description: 'Seller payouts, newest first: a seller its own (ADMIN or SALES_MANAGER), operators every one' })
  async payouts(
    @CurrentActor() actor: Actor,
    @Args('sellerCompanyId', { type: () => ID, nullable: true, description: 'Only this seller’s (operators)' }) sellerCompanyId?: string,
    @Args('statuses', { type: () => [PayoutStatus], nullable: true, description: 'Only these statuses' }) statuses?: PayoutStatus[],
    @Args('first', FIRST) first?: number,
  ) {
    return (
      await this.rpc.command(
        commands.listPayouts,
        { actor, sellerCompanyId: sellerCompanyId ?? undefined, statuses: statuses ?? undefined, first: first ?? 50 },
        { key: sellerCompanyId ?? actor.companyId ?? actor.id },
      )
    ).payouts;
  }

  @OperatorOnly()
  @Query(() => PayoutExport, { description: 'The payouts that are DUE, as a CSV for the bank (operators); changes nothing' })
  payoutsDue(@CurrentActor() actor: Actor, @Args('currency', CURRENCY) currency?: string) {
    return this.rpc.command(commands.exportPayouts, { actor, currency: currency ?? undefined }, { key: 'payouts' });
  }

  @OperatorOnly()
  @Mutation(() => Payout, {
    description: 'Mark a DUE payout paid: it is posted, never taking the seller’s available balance below zero (operators)',
  })
  markPayoutPaid(
    @CurrentActor() actor: Actor,
    @Args('payoutId', { type: () => ID, description: 'The payout' }) payoutId: string,
    @Args('reference', { nullable: true, description: 'The bank’s reference' }) reference?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.markPayoutPaid,
      { actor, payoutId, reference: reference ?? undefined, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: payoutId },
    );
  }

  @OperatorOnly()
  @Mutation(() => Payout, {
    description:
      'Record that the bank sent a PAID payout back: a correction entry reverses its posting, and its amount goes into the seller’s ' +
      'next payout (operators)',
  })
  returnPayout(
    @CurrentActor() actor: Actor,
    @Args('payoutId', { type: () => ID, description: 'The payout, PAID' }) payoutId: string,
    @Args('reason', { description: 'Why the bank sent it back (a closed account, wrong details), for the seller and the auditors' })
    reason: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.returnPayout,
      { actor, payoutId, reason, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: payoutId },
    );
  }

  @Authenticated()
  @Query(() => PayoutTerms, { description: 'How often a seller is paid out (the seller’s ADMIN or SALES_MANAGER, or operators)' })
  payoutTerms(
    @CurrentActor() actor: Actor,
    @Args('sellerCompanyId', { type: () => ID, nullable: true, description: 'The seller; your own company when left out' })
    sellerCompanyId?: string,
  ) {
    const seller = companyOf(actor, sellerCompanyId, 'payout terms');
    return this.rpc.command(commands.getPayoutTerms, { actor, sellerCompanyId: seller }, { key: seller });
  }

  @OperatorOnly()
  @Mutation(() => PayoutTerms, { description: 'Set how often a seller is paid out, in days; from its next payout on (operators)' })
  setPayoutTerms(
    @CurrentActor() actor: Actor,
    @Args('sellerCompanyId', { type: () => ID, description: 'The seller' }) sellerCompanyId: string,
    @Args('periodDays', { type: () => Int, description: 'The period in days, 1 to 366 (7: weekly)' }) periodDays: number,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.setPayoutTerms,
      { actor, sellerCompanyId, periodDays, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: sellerCompanyId },
    );
  }

  @OperatorOnly()
  @Query(() => [TrialBalance], {
    description:
      'The trial balance per currency, by account kind, from the kept balances (no entry is read); each total is zero (operators)',
  })
  async trialBalance(@CurrentActor() actor: Actor, @Args('currency', CURRENCY) currency?: string) {
    return (await this.rpc.command(commands.trialBalance, { actor, currency: currency ?? undefined }, { key: 'trial-balance' })).currencies;
  }

  @Authenticated()
  @Query(() => [LedgerAccount], { description: 'Ledger accounts with their balances, by key (operators; a company’s staff see its own)' })
  async ledgerAccounts(
    @CurrentActor() actor: Actor,
    @Args('currency', CURRENCY) currency?: string,
    @Args('kind', { type: () => LedgerAccountKind, nullable: true, description: 'Only this kind' }) kind?: LedgerAccountKind,
    @Args('companyId', { type: () => ID, nullable: true, description: 'Only this company’s' }) companyId?: string,
    @Args('nonZeroOnly', { defaultValue: false, description: 'Only accounts whose balance is not zero' }) nonZeroOnly?: boolean,
    @Args('after', { nullable: true, description: 'Only accounts whose key sorts after this one (the next page)' }) after?: string,
    @Args('first', FIRST) first?: number,
  ) {
    return (
      await this.rpc.command(
        commands.listAccounts,
        {
          actor,
          currency: currency ?? undefined,
          kind: kind ?? undefined,
          companyId: companyId ?? undefined,
          nonZeroOnly: nonZeroOnly ?? false,
          after: after ?? undefined,
          first: first ?? 50,
        },
        { key: companyId ?? actor.companyId ?? 'accounts' },
      )
    ).accounts;
  }

  @OperatorOnly()
  @Query(() => LedgerAccountEntries, {
    description: 'An account’s balance and its entries, newest first, each with its cause and postings (operators)',
  })
  ledgerAccountEntries(
    @CurrentActor() actor: Actor,
    @Args('accountKey', { description: 'The account’s key (KIND/CURRENCY[/company[/seller order]])' }) accountKey: string,
    @Args('before', {
      type: () => Timestamp,
      nullable: true,
      description: 'Only entries that happened before this instant (the next page)',
    })
    before?: Date,
    @Args('first', FIRST) first?: number,
  ) {
    return this.rpc.command(
      commands.accountEntries,
      { actor, accountKey, before: before?.toISOString(), first: first ?? 50 },
      { key: accountKey },
    );
  }
}
