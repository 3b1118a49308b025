import { settlementsCommands as commands } from '@lotbook/contracts';
import { answerCommand, IdempotencyStore, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InvoiceQueryService } from './services/invoice-query.service';
import { LedgerQueryService } from './services/ledger-query.service';
import { PaymentService } from './services/payment.service';
import { PayoutService } from './services/payout.service';
import { RefundService } from './services/refund.service';
import { StatementService } from './services/statement.service';

/** The settlements commands the gateway sends over Kafka request-reply. Thin: validate, call, answer. */
@Controller()
export class SettlementsController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly idempotency: IdempotencyStore,
    private readonly invoices: InvoiceQueryService,
    private readonly payments: PaymentService,
    private readonly refunds: RefundService,
    private readonly statements: StatementService,
    private readonly payouts: PayoutService,
    private readonly ledger: LedgerQueryService,
  ) {}

  @MessagePattern(commands.listInvoices.request.name)
  listInvoices(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listInvoices, message, async (request) => ({
      invoices: await this.invoices.list(request.actor, request),
    }));
  }

  @MessagePattern(commands.getInvoice.request.name)
  getInvoice(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getInvoice, message, ({ actor, invoiceId }) => this.invoices.get(actor, invoiceId));
  }

  @MessagePattern(commands.recordPayment.request.name)
  recordPayment(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.recordPayment,
      message,
      ({ actor, idempotencyKey, ...payment }) => this.payments.record(actor, payment, idempotencyKey),
      this.idempotency,
    );
  }

  @MessagePattern(commands.importBankStatement.request.name)
  importBankStatement(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.importBankStatement,
      message,
      ({ actor, fileBase64 }) => this.payments.importStatement(actor, fileBase64),
      this.idempotency,
    );
  }

  @MessagePattern(commands.listRefundsPayable.request.name)
  listRefundsPayable(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listRefundsPayable, message, ({ actor, currency }) =>
      this.refunds.payable(actor, currency),
    );
  }

  @MessagePattern(commands.payOutRefund.request.name)
  payOutRefund(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.payOutRefund,
      message,
      ({ actor, idempotencyKey, ...refund }) => this.refunds.payOut(actor, refund, idempotencyKey),
      this.idempotency,
    );
  }

  @MessagePattern(commands.sellerStatement.request.name)
  sellerStatement(@Payload() message: unknown) {
    return answerCommand(this.context, commands.sellerStatement, message, ({ actor, sellerCompanyId, currency, from, to }) =>
      this.statements.statement(actor, sellerCompanyId, currency, from, to),
    );
  }

  @MessagePattern(commands.listPayouts.request.name)
  listPayouts(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listPayouts, message, async ({ actor, sellerCompanyId, statuses, first }) => ({
      payouts: await this.payouts.list(actor, sellerCompanyId, statuses, first),
    }));
  }

  @MessagePattern(commands.exportPayouts.request.name)
  exportPayouts(@Payload() message: unknown) {
    return answerCommand(this.context, commands.exportPayouts, message, ({ actor, currency }) => this.payouts.export(actor, currency));
  }

  @MessagePattern(commands.markPayoutPaid.request.name)
  markPayoutPaid(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.markPayoutPaid,
      message,
      ({ actor, payoutId, reference }) => this.payouts.markPaid(actor, payoutId, reference),
      this.idempotency,
    );
  }

  @MessagePattern(commands.returnPayout.request.name)
  returnPayout(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.returnPayout,
      message,
      ({ actor, payoutId, reason }) => this.payouts.returnPayout(actor, payoutId, reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.getPayoutTerms.request.name)
  getPayoutTerms(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getPayoutTerms, message, ({ actor, sellerCompanyId }) =>
      this.payouts.terms(actor, sellerCompanyId),
    );
  }

  @MessagePattern(commands.setPayoutTerms.request.name)
  setPayoutTerms(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setPayoutTerms,
      message,
      ({ actor, sellerCompanyId, periodDays }) => this.payouts.setTerms(actor, sellerCompanyId, periodDays),
      this.idempotency,
    );
  }

  @MessagePattern(commands.trialBalance.request.name)
  trialBalance(@Payload() message: unknown) {
    return answerCommand(this.context, commands.trialBalance, message, async ({ actor, currency }) => ({
      currencies: await this.ledger.trialBalance(actor, currency),
    }));
  }

  @MessagePattern(commands.listAccounts.request.name)
  listAccounts(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listAccounts, message, async ({ actor, ...filter }) => ({
      accounts: await this.ledger.accounts(actor, filter),
    }));
  }

  @MessagePattern(commands.accountEntries.request.name)
  accountEntries(@Payload() message: unknown) {
    return answerCommand(this.context, commands.accountEntries, message, ({ actor, accountKey, before, first }) =>
      this.ledger.entries(actor, accountKey, before, first),
    );
  }
}
