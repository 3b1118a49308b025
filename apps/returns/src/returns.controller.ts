import { returnsCommands as commands } from '@lotbook/contracts';
import { answerCommand, IdempotencyStore, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ReturnLifecycleService } from './services/return-lifecycle.service';
import { ReturnPolicyService } from './services/return-policy.service';
import { ReturnQueryService } from './services/return-query.service';
import { ReturnQuoteService } from './services/return-quote.service';

/** The returns commands the gateway sends over Kafka request-reply. Thin: validate, call, answer. */
@Controller()
export class ReturnsController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly idempotency: IdempotencyStore,
    private readonly quotes: ReturnQuoteService,
    private readonly lifecycle: ReturnLifecycleService,
    private readonly queries: ReturnQueryService,
    private readonly policies: ReturnPolicyService,
  ) {}

  @MessagePattern(commands.quoteReturn.request.name)
  quoteReturn(@Payload() message: unknown) {
    return answerCommand(this.context, commands.quoteReturn, message, ({ actor, purchaseId, sellerOrderId, items }) =>
      this.quotes.quote(actor, { purchaseId, sellerOrderId }, items),
    );
  }

  @MessagePattern(commands.fileReturn.request.name)
  fileReturn(@Payload() message: unknown) {
    // The return request's id is derived from the key too, so even a retry after the kept answers expire files nothing new.
    return answerCommand(
      this.context,
      commands.fileReturn,
      message,
      ({ actor, purchaseId, sellerOrderId, items, idempotencyKey, policyVersion }) =>
        this.quotes.file(actor, { purchaseId, sellerOrderId }, items, idempotencyKey, policyVersion),
      this.idempotency,
    );
  }

  @MessagePattern(commands.getReturn.request.name)
  getReturn(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getReturn, message, ({ actor, returnId }) => this.queries.get(actor, returnId));
  }

  @MessagePattern(commands.listReturns.request.name)
  listReturns(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listReturns, message, async ({ actor, filter }) => ({
      returns: await this.queries.list(actor, filter),
    }));
  }

  @MessagePattern(commands.purchaseReturns.request.name)
  purchaseReturns(@Payload() message: unknown) {
    return answerCommand(this.context, commands.purchaseReturns, message, ({ actor, purchaseId, sellerOrderId }) =>
      this.queries.ofPurchase(actor, { purchaseId, sellerOrderId }),
    );
  }

  @MessagePattern(commands.acceptReturn.request.name)
  acceptReturn(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.acceptReturn,
      message,
      ({ actor, returnId }) => this.lifecycle.accept(actor, returnId),
      this.idempotency,
    );
  }

  @MessagePattern(commands.disputeReturn.request.name)
  disputeReturn(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.disputeReturn,
      message,
      ({ actor, returnId, note }) => this.lifecycle.dispute(actor, returnId, note),
      this.idempotency,
    );
  }

  @MessagePattern(commands.confirmReturnReceipt.request.name)
  confirmReturnReceipt(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.confirmReturnReceipt,
      message,
      ({ actor, returnId }) => this.lifecycle.confirmReceipt(actor, returnId),
      this.idempotency,
    );
  }

  @MessagePattern(commands.acceptCarrierClaim.request.name)
  acceptCarrierClaim(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.acceptCarrierClaim,
      message,
      ({ actor, returnId, note, reasonChanges }) => this.lifecycle.acceptCarrierClaim(actor, returnId, note, reasonChanges),
      this.idempotency,
    );
  }

  @MessagePattern(commands.decideReturnDispute.request.name)
  decideReturnDispute(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.decideReturnDispute,
      message,
      ({ actor, returnId, note, reasonChanges }) => this.lifecycle.decideDispute(actor, returnId, note, reasonChanges),
      this.idempotency,
    );
  }

  @MessagePattern(commands.getReturnPolicy.request.name)
  getReturnPolicy(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getReturnPolicy, message, ({ actor }) => this.policies.view(actor));
  }

  @MessagePattern(commands.returnPolicyHistory.request.name)
  returnPolicyHistory(@Payload() message: unknown) {
    return answerCommand(this.context, commands.returnPolicyHistory, message, async ({ actor, first, beforeVersion }) => ({
      versions: await this.policies.history(actor, first, beforeVersion),
    }));
  }

  @MessagePattern(commands.changeReturnPolicy.request.name)
  changeReturnPolicy(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.changeReturnPolicy,
      message,
      ({ actor, faultByReason, defaultReturnWindowDays, note, expectedVersion }) =>
        this.policies.change(actor, { faultByReason, defaultReturnWindowDays, note, expectedVersion }),
      this.idempotency,
    );
  }
}
