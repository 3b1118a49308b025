import { randomUUID } from 'node:crypto';
import { CompanyRole, returnsCommands as commands, type Actor } from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CompanyMember, OperatorOnly, TradingMember } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IDEMPOTENCY_KEY_DESCRIPTION, IdempotencyKey, idempotencyKeyOf, requiredIdempotencyKey } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { Timestamp } from '../timestamp.scalar';
import { expandHistory, expandQuote, expandRequest, expandReturn } from './expand-quote';
import {
  FileReturnInput,
  PurchaseReturns,
  ReturnQuote,
  ReturnPolicy,
  ReturnPolicyChangeInput,
  ReturnQuoteInput,
  ReturnReasonChangeInput,
  ReturnRequest,
  ReturnStatus,
  SellerReturn,
  type ReturnItemInput,
} from './returns.model';

const BUYER_STAFF = [CompanyRole.ADMIN, CompanyRole.PURCHASER, CompanyRole.APPROVER];
const SELLER_STAFF = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];
const KEY = {
  nullable: true,
  description: 'A key of your choice (a UUID): a retry with the same key changes nothing and answers as the first time',
};
const RETURN_ID = { type: () => ID, description: 'The seller return' };

const scopeOf = (input: ReturnQuoteInput) => ({
  purchaseId: input.purchaseId ?? undefined,
  sellerOrderId: input.sellerOrderId ?? undefined,
});
const itemsOf = (items: readonly ReturnItemInput[], withComments: boolean) =>
  items.map((item) => ({
    lineId: item.lineId,
    quantity: item.quantity,
    reason: item.reason,
    ...(withComments && item.comment ? { comment: item.comment } : {}),
  }));
const changesOf = (changes?: ReturnReasonChangeInput[] | null) =>
  (changes ?? []).map((change) => ({ lineId: change.lineId, reason: change.reason }));

/** Returns: the quote, filing, each seller return's lifecycle, and who sees what; every field forwards to the returns service. */
@Resolver()
export class ReturnsResolver {
  constructor(private readonly rpc: ServiceRpcClient) {}

  @TradingMember(BUYER_STAFF)
  @Query(() => ReturnQuote, {
    description:
      'Every amount of a return of some items of a purchase (or trade order), per item and per seller, with its reason and who pays it; changes nothing',
  })
  returnQuote(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The purchase (or trade order) and the items' }) input: ReturnQuoteInput,
  ) {
    // A quote changes nothing and needs no order with others: any partition, so quotes of one purchase are answered side by side.
    return this.rpc
      .command(commands.quoteReturn, { actor, ...scopeOf(input), items: itemsOf(input.items, false) }, { key: randomUUID() })
      .then(expandQuote);
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => ReturnRequest, {
    description:
      'File a return with the same input as its quote (and a comment per item): exactly the quoted figures, one seller return per seller order',
  })
  fileReturn(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The items, their comments and the idempotency key' }) input: FileReturnInput,
    @Args('idempotencyKey', { nullable: true, description: `${IDEMPOTENCY_KEY_DESCRIPTION} Filing needs one: here or in its input.` })
    idempotencyKey?: string,
  ) {
    const key = requiredIdempotencyKey('filing a return', idempotencyKey, input.idempotencyKey);
    const scope = scopeOf(input);
    return this.rpc
      .command(
        commands.fileReturn,
        { actor, ...scope, items: itemsOf(input.items, true), idempotencyKey: key, policyVersion: input.policyVersion ?? undefined },
        { key: scope.purchaseId ?? scope.sellerOrderId ?? actor.id },
      )
      .then(expandRequest);
  }

  @Authenticated()
  @Query(() => PurchaseReturns, {
    description: 'A purchase’s (or trade order’s) returns and what is still returnable per line (its buyer, or operators)',
  })
  purchaseReturns(
    @CurrentActor() actor: Actor,
    @Args('purchaseId', { type: () => ID, nullable: true, description: 'The purchase' }) purchaseId?: string,
    @Args('sellerOrderId', { type: () => ID, nullable: true, description: 'Or the trade order' }) sellerOrderId?: string,
  ) {
    return this.rpc
      .command(
        commands.purchaseReturns,
        { actor, purchaseId: purchaseId ?? undefined, sellerOrderId: sellerOrderId ?? undefined },
        { key: purchaseId ?? sellerOrderId ?? actor.id },
      )
      .then(expandHistory);
  }

  @Authenticated()
  @Query(() => SellerReturn, { description: 'One seller return with its figures and every step (its buyer, its seller, or operators)' })
  sellerReturn(@CurrentActor() actor: Actor, @Args('id', RETURN_ID) id: string) {
    return this.rpc.command(commands.getReturn, { actor, returnId: id }, { key: id }).then(expandReturn);
  }

  @Authenticated()
  @Query(() => [SellerReturn], {
    description:
      'Seller returns you may see (a buyer its own, a seller those of its orders, operators all: statuses [DISPUTED] lists the disputes to decide), newest first',
  })
  async sellerReturns(
    @CurrentActor() actor: Actor,
    @Args('statuses', { type: () => [ReturnStatus], nullable: true, description: 'Only these statuses' }) statuses?: ReturnStatus[],
    @Args('purchaseId', { type: () => ID, nullable: true, description: 'Only returns of this purchase' }) purchaseId?: string,
    @Args('sellerOrderId', { type: () => ID, nullable: true, description: 'Only returns of this seller order' }) sellerOrderId?: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many' }) first?: number,
    @Args('before', { type: () => Timestamp, nullable: true, description: 'Only returns filed before this instant (the next page)' })
    before?: Date,
  ) {
    return (
      await this.rpc.command(
        commands.listReturns,
        {
          actor,
          filter: {
            statuses: statuses ?? undefined,
            purchaseId: purchaseId ?? undefined,
            sellerOrderId: sellerOrderId ?? undefined,
            first: first ?? 50,
            before: before?.toISOString(),
          },
        },
        { key: actor.companyId ?? actor.id },
      )
    ).returns.map(expandReturn);
  }

  @CompanyMember(SELLER_STAFF)
  @Mutation(() => SellerReturn, {
    description: 'Accept your part of a return (sellers); an item damaged in transit needs an operator’s acceptance first',
  })
  acceptReturn(
    @CurrentActor() actor: Actor,
    @Args('returnId', RETURN_ID) returnId: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ) {
    return this.rpc
      .command(commands.acceptReturn, { actor, returnId, idempotencyKey: idempotencyKey ?? undefined }, { key: returnId })
      .then(expandReturn);
  }

  @CompanyMember(SELLER_STAFF)
  @Mutation(() => SellerReturn, {
    description: 'Contest a seller-fault reason of your part of a return (sellers), with a written note; an operator decides',
  })
  disputeReturn(
    @CurrentActor() actor: Actor,
    @Args('returnId', RETURN_ID) returnId: string,
    @Args('note', { description: 'Why (10 characters or more), for the operator and the buyer' }) note: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ) {
    return this.rpc
      .command(commands.disputeReturn, { actor, returnId, note, idempotencyKey: idempotencyKey ?? undefined }, { key: returnId })
      .then(expandReturn);
  }

  @CompanyMember(SELLER_STAFF)
  @Mutation(() => SellerReturn, {
    description:
      'Confirm the returned parcel arrived (sellers): the return is RECEIVED and at once REFUNDED by Lotbook; buyer-fault units go back into stock',
  })
  confirmReturnReceipt(
    @CurrentActor() actor: Actor,
    @Args('returnId', RETURN_ID) returnId: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ) {
    return this.rpc
      .command(commands.confirmReturnReceipt, { actor, returnId, idempotencyKey: idempotencyKey ?? undefined }, { key: returnId })
      .then(expandReturn);
  }

  @OperatorOnly()
  @Mutation(() => SellerReturn, {
    description:
      'Accept the items damaged in transit of a requested return (operators), possibly changing reasons: the figures are recomputed',
  })
  acceptCarrierClaim(
    @CurrentActor() actor: Actor,
    @Args('returnId', RETURN_ID) returnId: string,
    @Args('note', { nullable: true, description: 'Why, for the buyer and the seller' }) note?: string,
    @Args('reasonChanges', { type: () => [ReturnReasonChangeInput], nullable: true, description: 'New reasons for some items' })
    reasonChanges?: ReturnReasonChangeInput[],
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ) {
    return this.rpc
      .command(
        commands.acceptCarrierClaim,
        { actor, returnId, note: note ?? undefined, reasonChanges: changesOf(reasonChanges), idempotencyKey: idempotencyKey ?? undefined },
        { key: returnId },
      )
      .then(expandReturn);
  }

  @OperatorOnly()
  @Mutation(() => SellerReturn, {
    description:
      'Decide a disputed return (operators) with a written note, possibly changing reasons: the figures are recomputed, both sides see both, and it is ACCEPTED',
  })
  decideReturnDispute(
    @CurrentActor() actor: Actor,
    @Args('returnId', RETURN_ID) returnId: string,
    @Args('note', { description: 'The decision and why (10 characters or more)' }) note: string,
    @Args('reasonChanges', { type: () => [ReturnReasonChangeInput], nullable: true, description: 'New reasons for some items' })
    reasonChanges?: ReturnReasonChangeInput[],
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ) {
    return this.rpc
      .command(
        commands.decideReturnDispute,
        { actor, returnId, note, reasonChanges: changesOf(reasonChanges), idempotencyKey: idempotencyKey ?? undefined },
        { key: returnId },
      )
      .then(expandReturn);
  }

  @Authenticated()
  @Query(() => ReturnPolicy, {
    description: 'The return policy in force: whose fault each reason is (and so who pays) and the default return window, with its version',
  })
  returnPolicy(@CurrentActor() actor: Actor) {
    return this.rpc.command(commands.getReturnPolicy, { actor }, { key: 'return-policy' });
  }

  @OperatorOnly()
  @Query(() => [ReturnPolicy], {
    description: 'Every version of the return policy, newest first: who changed what, when and why (operators)',
  })
  async returnPolicyHistory(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many versions (1 to 100)' }) first?: number,
    @Args('beforeVersion', { type: () => Int, nullable: true, description: 'Only versions older than this one (the next page)' })
    beforeVersion?: number,
  ) {
    return (
      await this.rpc.command(
        commands.returnPolicyHistory,
        { actor, first: first ?? 50, beforeVersion: beforeVersion ?? undefined },
        { key: 'return-policy' },
      )
    ).versions;
  }

  @OperatorOnly()
  @Mutation(() => ReturnPolicy, {
    description:
      'Change the return policy’s tables (operators): some reasons’ faults, the default return window, with why. A new version for returns quoted and filed from now on; returns filed before keep theirs, decisions on them included',
  })
  async changeReturnPolicy(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'What changes, and why' }) input: ReturnPolicyChangeInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.changeReturnPolicy,
      {
        actor,
        faultByReason: (input.faultByReason ?? []).map((entry) => ({ reason: entry.reason, fault: entry.fault })),
        defaultReturnWindowDays: input.defaultReturnWindowDays ?? undefined,
        note: input.note,
        expectedVersion: input.expectedVersion ?? undefined,
        idempotencyKey: idempotencyKeyOf(idempotencyKey),
      },
      { key: 'return-policy' },
    );
  }
}
