import {
  CompanyRole,
  type Actor,
  type ReturnAction as ReturnActionCode,
  type ReturnStatus as ReturnStatusCode,
  type SellerReturnRecord,
} from '@lotbook/contracts';
import {
  decideReturnStep,
  historyOf,
  quoteReturn,
  type ReturnAction,
  type ReturnActorSide,
  type ReturnAllocation,
  type ReturnPolicy,
  type ReturnReason,
  type ReturnStepRefusalCode,
  type SellerReturnState,
} from '@lotbook/returns-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReturnsError, ReturnsErrorCode as Code } from '../returns.exception';
import { fromDomain, refusalOf } from './domain-errors';
import type { StoredReturnItem } from './return-event';
import { ReturnPolicyService } from './return-policy.service';
import { ReturnRepository, type SellerReturnRow, type StepActor, type StepChanges } from './return.repository';
import { figuresOf, SellerOrderProjection, type ProjectedSellerOrder } from './seller-order.projection';

const SELLING_ROLES: readonly string[] = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];

/** The input a refused step names, for `extensions.field`. */
const FIELD_OF: Partial<Record<ReturnStepRefusalCode, string>> = {
  NOTE_REQUIRED: 'note',
  UNKNOWN_LINE: 'reasonChanges',
  DUPLICATE_LINE: 'reasonChanges',
  UNKNOWN_REASON: 'reasonChanges',
};

const stateOf = (row: SellerReturnRow, policy: ReturnPolicy): SellerReturnState => ({
  status: row.status as SellerReturnState['status'],
  sellerCompanyId: row.seller_company_id,
  items: row.items.map((item) => ({ lineId: item.lineId, reason: item.reason })),
  carrierClaimAccepted: row.carrier_claim_accepted,
  faultByReason: policy.faultByReason,
});

/**
 * A seller return's lifecycle after filing: the seller accepts or disputes it, an operator
 * accepts a carrier claim or decides a dispute (a changed reason quotes the return again, on
 * the returns filed before it, and keeps the figures it had), the seller confirms the parcel.
 * Each step is checked by `decideReturnStep` of `@lotbook/returns-domain` under the return's
 * row lock and written with its history step and its event in one transaction. Lotbook issues
 * the refund itself, so RECEIVED is followed at once by REFUNDED, in the same transaction, each
 * with its own event. Every step reads the return policy version the return was filed under:
 * whose fault a reason is, and so what a recomputation gives, does not move with later changes.
 */
@Injectable()
export class ReturnLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly returns: ReturnRepository,
    private readonly projection: SellerOrderProjection,
    private readonly policies: ReturnPolicyService,
  ) {}

  accept(actor: Actor, returnId: string) {
    return this.step(actor, returnId, 'ACCEPT');
  }

  dispute(actor: Actor, returnId: string, note: string) {
    return this.step(actor, returnId, 'DISPUTE', note);
  }

  confirmReceipt(actor: Actor, returnId: string) {
    return this.step(actor, returnId, 'CONFIRM_RECEIPT');
  }

  acceptCarrierClaim(
    actor: Actor,
    returnId: string,
    note: string | undefined,
    reasonChanges: ReadonlyArray<{ lineId: string; reason: string }>,
  ) {
    return this.step(actor, returnId, 'ACCEPT_CARRIER_CLAIM', note, reasonChanges);
  }

  decideDispute(actor: Actor, returnId: string, note: string, reasonChanges: ReadonlyArray<{ lineId: string; reason: string }>) {
    return this.step(actor, returnId, 'DECIDE_DISPUTE', note, reasonChanges);
  }

  private async step(
    actor: Actor,
    returnId: string,
    action: ReturnAction,
    note?: string,
    reasonChanges: ReadonlyArray<{ lineId: string; reason: string }> = [],
  ): Promise<SellerReturnRecord> {
    const seen = await this.returns.row(this.dataSource.manager, returnId);
    if (!seen) throw new ReturnsError(Code.UNKNOWN_RETURN, `no return ${returnId}`, 'returnId');
    const side = this.sideOf(actor, seen);
    const stepActor: StepActor = { kind: actor.kind, id: actor.id };
    const mayChangeReasons = action === 'ACCEPT_CARRIER_CLAIM' || action === 'DECIDE_DISPUTE';
    const policy = await this.policies.version(seen.policy_version);
    return this.dataSource.transaction(async (transaction) => {
      // A recomputation reads the order's earlier returns: the order's lock first, as filing takes it.
      const order = mayChangeReasons ? await this.projection.find(transaction, seen.seller_order_id, true) : undefined;
      const current = (await this.returns.lock(transaction, returnId)) as SellerReturnRow;
      const decision = decideReturnStep(stateOf(current, policy), {
        action,
        actor: { side, companyId: actor.companyId },
        note,
        reasonChanges: reasonChanges.map((change) => ({ lineId: change.lineId, reason: change.reason as ReturnReason })),
      });
      if (!decision.ok) throw refusalOf(decision.code, decision.message, FIELD_OF[decision.code]);

      const changes: StepChanges = { carrierClaimAccepted: decision.carrierClaimAccepted };
      if (decision.reasonsChanged) {
        const reasons = new Map(decision.items.map((item) => [item.lineId, item.reason]));
        const items: StoredReturnItem[] = current.items.map((item) => ({ ...item, reason: reasons.get(item.lineId) ?? item.reason }));
        changes.items = items;
        changes.allocation = await this.requote(transaction, order as ProjectedSellerOrder, current, items, policy);
        changes.allocationBeforeDecision = current.allocation;
      }
      let view = await this.returns.transition(
        transaction,
        current,
        action as ReturnActionCode,
        decision.to as ReturnStatusCode,
        stepActor,
        decision.note,
        changes,
      );
      if (decision.to === 'RECEIVED') {
        const received = (await this.returns.lock(transaction, returnId)) as SellerReturnRow;
        const refund = decideReturnStep(stateOf(received, policy), {
          action: 'CONFIRM_REFUND',
          actor: { side: 'SETTLEMENTS', companyId: null },
        });
        if (!refund.ok) throw new Error(`a received return could not be refunded: ${refund.message}`);
        view = await this.returns.transition(
          transaction,
          received,
          'CONFIRM_REFUND' as ReturnActionCode,
          refund.to as ReturnStatusCode,
          { kind: 'SYSTEM', id: null },
          'refunded by Lotbook on receipt of the parcel',
          { refunded: true },
        );
      }
      return view;
    });
  }

  /** The return quoted again with its new reasons, on the history of the returns of its order filed before it, under its own policy version. */
  private async requote(
    transaction: EntityManager,
    order: ProjectedSellerOrder,
    current: SellerReturnRow,
    items: readonly StoredReturnItem[],
    policy: ReturnPolicy,
  ): Promise<ReturnAllocation> {
    const history = historyOf(await this.returns.allocationsOf(transaction, [order.id], current.seq));
    try {
      return quoteReturn({
        sellerOrders: [figuresOf(order)],
        history,
        items: items.map((item) => ({ lineId: item.lineId, quantity: item.quantity, reason: item.reason })),
        policy,
      });
    } catch (error) {
      fromDomain(error);
    }
  }

  /** Which side the actor takes on this return; the rules refuse a side or a company not theirs. */
  private sideOf(actor: Actor, row: SellerReturnRow): ReturnActorSide {
    if (actor.kind === 'OPERATOR') return 'OPERATOR';
    if (actor.companyId === row.buyer_company_id) return 'BUYER';
    if (actor.companyId === row.seller_company_id && !actor.roles.some((role) => SELLING_ROLES.includes(role))) {
      throw new ReturnsError(Code.FORBIDDEN, 'a seller’s return is handled by its ADMIN or SALES_MANAGER');
    }
    return 'SELLER';
  }
}
