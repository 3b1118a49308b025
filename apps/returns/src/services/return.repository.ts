import {
  returnStateChanged,
  type ReturnAction,
  type ReturnRequestRecord,
  type ReturnStatus,
  type SellerReturnRecord,
} from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import type { ReturnAllocation } from '@lotbook/returns-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { compactQuote } from './compact-quote';
import { assertConserved, eventRecordOf, totalsOf, type StoredReturnItem } from './return-event';

/** A `seller_return` row as pg returns it (bigint columns as strings). */
export interface SellerReturnRow {
  id: string;
  seq: string;
  request_id: string;
  purchase_id: string | null;
  seller_order_id: string;
  buyer_company_id: string;
  seller_company_id: string;
  currency: string;
  status: ReturnStatus;
  carrier_claim_accepted: boolean;
  items: StoredReturnItem[];
  allocation: ReturnAllocation;
  allocation_before_decision: ReturnAllocation | null;
  refund_minor: string;
  seller_pays_minor: string;
  platform_pays_minor: string;
  return_label_minor: string;
  filed_at: Date;
  status_changed_at: Date;
  refunded_at: Date | null;
  policy_version: number;
}

interface StepRow {
  seller_return_id: string;
  action: ReturnAction;
  from_status: ReturnStatus | null;
  to_status: ReturnStatus;
  actor_kind: 'USER' | 'OPERATOR' | 'SYSTEM';
  actor_id: string | null;
  note: string | null;
  at: Date;
}

interface RequestRow {
  id: string;
  buyer_company_id: string;
  purchase_id: string | null;
  seller_order_id: string | null;
  filed_by_user_id: string;
  request_hash: string;
  quote: ReturnAllocation;
  filed_at: Date;
  policy_version: number;
}

/** Who took a step, as the history records it. */
export interface StepActor {
  kind: 'USER' | 'OPERATOR' | 'SYSTEM';
  id: string | null;
}

/** What a step changes besides the status. */
export interface StepChanges {
  items?: StoredReturnItem[];
  allocation?: ReturnAllocation;
  allocationBeforeDecision?: ReturnAllocation;
  carrierClaimAccepted?: boolean;
  refunded?: boolean;
}

export interface NewSellerReturn {
  id: string;
  requestId: string;
  purchaseId: string | null;
  sellerOrderId: string;
  buyerCompanyId: string;
  sellerCompanyId: string;
  currency: string;
  items: StoredReturnItem[];
  allocation: ReturnAllocation;
  /** The return policy version it is filed under. */
  policyVersion: number;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Return requests and seller returns in PostgreSQL. Every step of a seller return is written
 * with its history row and its `returns.return.state-changed` event in the caller's transaction.
 */
@Injectable()
export class ReturnRepository {
  constructor(private readonly outbox: Outbox) {}

  async insertRequest(
    transaction: EntityManager,
    request: {
      id: string;
      buyerCompanyId: string;
      purchaseId: string | null;
      sellerOrderId: string | null;
      filedByUserId: string;
      idempotencyKey: string;
      requestHash: string;
      quote: ReturnAllocation;
      policyVersion: number;
    },
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO return_request (id, buyer_company_id, purchase_id, seller_order_id, filed_by_user_id, idempotency_key, request_hash, quote,
                                   policy_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        request.id,
        request.buyerCompanyId,
        request.purchaseId,
        request.sellerOrderId,
        request.filedByUserId,
        request.idempotencyKey,
        request.requestHash,
        JSON.stringify(request.quote),
        request.policyVersion,
      ],
    );
  }

  /** Files one seller return: REQUESTED, with its step and its event. */
  async insertSellerReturn(transaction: EntityManager, entry: NewSellerReturn, actor: StepActor): Promise<SellerReturnRecord> {
    const totals = totalsOf(entry.allocation);
    assertConserved(`seller return ${entry.id}`, totals);
    await transaction.query(
      `INSERT INTO seller_return (id, request_id, purchase_id, seller_order_id, buyer_company_id, seller_company_id, currency, status, items,
                                  allocation, refund_minor, seller_pays_minor, platform_pays_minor, return_label_minor, policy_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'REQUESTED', $8, $9, $10, $11, $12, $13, $14)`,
      [
        entry.id,
        entry.requestId,
        entry.purchaseId,
        entry.sellerOrderId,
        entry.buyerCompanyId,
        entry.sellerCompanyId,
        entry.currency,
        JSON.stringify(entry.items),
        JSON.stringify(entry.allocation),
        totals.refundMinor,
        totals.sellerPaysMinor,
        totals.platformPaysMinor,
        totals.returnLabelMinor,
        entry.policyVersion,
      ],
    );
    return this.recordStep(transaction, entry.id, 'FILE' as ReturnAction, null, 'REQUESTED' as ReturnStatus, actor, null);
  }

  /** Locks a seller return's row for the rest of the transaction. */
  async lock(transaction: EntityManager, returnId: string): Promise<SellerReturnRow | undefined> {
    const rows: SellerReturnRow[] = await transaction.query(`SELECT * FROM seller_return WHERE id = $1 FOR UPDATE`, [returnId]);
    return rows[0];
  }

  async row(manager: EntityManager, returnId: string): Promise<SellerReturnRow | undefined> {
    const rows: SellerReturnRow[] = await manager.query(`SELECT * FROM seller_return WHERE id = $1`, [returnId]);
    return rows[0];
  }

  async find(manager: EntityManager, returnId: string): Promise<SellerReturnRecord | undefined> {
    const row = await this.row(manager, returnId);
    return row && (await this.views(manager, [row]))[0];
  }

  async list(manager: EntityManager, where: string, params: unknown[], limit: number): Promise<SellerReturnRecord[]> {
    const rows: SellerReturnRow[] = await manager.query(
      `SELECT * FROM seller_return WHERE ${where} ORDER BY seq DESC LIMIT ${Math.floor(limit)}`,
      params,
    );
    return this.views(manager, rows);
  }

  /**
   * The allocations of the returns filed so far from these seller orders, oldest first (those
   * filed before `beforeSeq` only, when given): the history a new quote of them reads.
   */
  async allocationsOf(manager: EntityManager, sellerOrderIds: readonly string[], beforeSeq?: string): Promise<ReturnAllocation[]> {
    const rows: Array<{ allocation: ReturnAllocation }> = await manager.query(
      `SELECT allocation FROM seller_return WHERE seller_order_id = ANY ($1::uuid[])${beforeSeq ? ' AND seq < $2' : ''} ORDER BY seq`,
      beforeSeq ? [sellerOrderIds, beforeSeq] : [sellerOrderIds],
    );
    return rows.map((row) => row.allocation);
  }

  /**
   * The allocations of the returns filed so far from a purchase's seller orders (or from the one
   * seller order named), oldest first, in one query that needs no order ids first: what a quote
   * reads beside the orders, at the same time.
   */
  async allocationsOfScope(manager: EntityManager, scope: { purchaseId?: string; sellerOrderId?: string }): Promise<ReturnAllocation[]> {
    const rows: Array<{ allocation: ReturnAllocation }> = scope.purchaseId
      ? await manager.query(
          `SELECT r.allocation FROM seller_return r JOIN seller_order o ON o.id = r.seller_order_id WHERE o.purchase_id = $1 ORDER BY r.seq`,
          [scope.purchaseId],
        )
      : await manager.query(`SELECT allocation FROM seller_return WHERE seller_order_id = $1 ORDER BY seq`, [scope.sellerOrderId]);
    return rows.map((row) => row.allocation);
  }

  /** Every seller return of these seller orders, oldest first. */
  async ofOrders(manager: EntityManager, sellerOrderIds: readonly string[]): Promise<SellerReturnRecord[]> {
    const rows: SellerReturnRow[] = await manager.query(
      `SELECT * FROM seller_return WHERE seller_order_id = ANY ($1::uuid[]) ORDER BY seq`,
      [sellerOrderIds],
    );
    return this.views(manager, rows);
  }

  async request(manager: EntityManager, requestId: string): Promise<ReturnRequestRecord | undefined> {
    const rows: RequestRow[] = await manager.query(`SELECT * FROM return_request WHERE id = $1`, [requestId]);
    const row = rows[0];
    if (!row) return undefined;
    const returns: SellerReturnRow[] = await manager.query(`SELECT * FROM seller_return WHERE request_id = $1 ORDER BY seq`, [requestId]);
    return {
      id: row.id,
      purchaseId: row.purchase_id,
      sellerOrderId: row.seller_order_id,
      buyerCompanyId: row.buyer_company_id,
      filedByUserId: row.filed_by_user_id,
      filedAt: row.filed_at.toISOString(),
      quote: compactQuote(row.quote, row.policy_version),
      returns: await this.views(manager, returns),
    };
  }

  /** The request filed under this key by this buyer, if any, with the hash of what it asked. */
  async requestByKey(
    manager: EntityManager,
    buyerCompanyId: string,
    idempotencyKey: string,
  ): Promise<{ id: string; requestHash: string } | undefined> {
    const rows: Array<{ id: string; request_hash: string }> = await manager.query(
      `SELECT id, request_hash FROM return_request WHERE buyer_company_id = $1 AND idempotency_key = $2`,
      [buyerCompanyId, idempotencyKey],
    );
    return rows[0] && { id: rows[0].id, requestHash: rows[0].request_hash };
  }

  /** Moves a seller return to `to` with `changes`, its step and its event. The caller checked the step. */
  async transition(
    transaction: EntityManager,
    current: SellerReturnRow,
    action: ReturnAction,
    to: ReturnStatus,
    actor: StepActor,
    note: string | null,
    changes: StepChanges = {},
  ): Promise<SellerReturnRecord> {
    const sets: string[] = ['status = $2', 'status_changed_at = clock_timestamp()'];
    const params: unknown[] = [current.id, to];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.items) set('items', JSON.stringify(changes.items));
    if (changes.allocation) {
      const totals = totalsOf(changes.allocation);
      assertConserved(`seller return ${current.id}`, totals);
      set('allocation', JSON.stringify(changes.allocation));
      set('refund_minor', totals.refundMinor);
      set('seller_pays_minor', totals.sellerPaysMinor);
      set('platform_pays_minor', totals.platformPaysMinor);
      set('return_label_minor', totals.returnLabelMinor);
    }
    if (changes.allocationBeforeDecision) set('allocation_before_decision', JSON.stringify(changes.allocationBeforeDecision));
    if (changes.carrierClaimAccepted !== undefined) set('carrier_claim_accepted', changes.carrierClaimAccepted);
    if (changes.refunded) sets.push('refunded_at = clock_timestamp()');
    await transaction.query(`UPDATE seller_return SET ${sets.join(', ')} WHERE id = $1`, params);
    return this.recordStep(transaction, current.id, action, current.status, to, actor, note);
  }

  private async recordStep(
    transaction: EntityManager,
    returnId: string,
    action: ReturnAction,
    from: ReturnStatus | null,
    to: ReturnStatus,
    actor: StepActor,
    note: string | null,
  ): Promise<SellerReturnRecord> {
    await transaction.query(
      `INSERT INTO return_step (seller_return_id, action, from_status, to_status, actor_kind, actor_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [returnId, action, from, to, actor.kind, actor.id, note],
    );
    const view = (await this.find(transaction, returnId)) as SellerReturnRecord;
    await this.outbox.enqueue(transaction, returnStateChanged, {
      key: returnId,
      payload: { from, to, return: eventRecordOf(view), actorKind: actor.kind, actorId: actor.id, reason: note },
    });
    return view;
  }

  async views(manager: EntityManager, rows: SellerReturnRow[]): Promise<SellerReturnRecord[]> {
    if (rows.length === 0) return [];
    const steps: StepRow[] = await manager.query(`SELECT * FROM return_step WHERE seller_return_id = ANY ($1::uuid[]) ORDER BY seq`, [
      rows.map((row) => row.id),
    ]);
    return rows.map((row) => {
      // Each item's fault as its allocation stands: under the policy the return was filed under, with any reason an operator changed.
      const faults = new Map(row.allocation.items.map((item) => [item.lineId, item.fault]));
      return {
        id: row.id,
        requestId: row.request_id,
        purchaseId: row.purchase_id,
        sellerOrderId: row.seller_order_id,
        buyerCompanyId: row.buyer_company_id,
        sellerCompanyId: row.seller_company_id,
        currency: row.currency.trim(),
        status: row.status,
        carrierClaimAccepted: row.carrier_claim_accepted,
        items: row.items.map((item) => ({ ...item, fault: faults.get(item.lineId) })) as unknown as SellerReturnRecord['items'],
        allocation: compactQuote(row.allocation, row.policy_version),
        allocationBeforeDecision: row.allocation_before_decision ? compactQuote(row.allocation_before_decision, row.policy_version) : null,
        policyVersion: row.policy_version,
        refundMinor: Number(row.refund_minor),
        sellerPaysMinor: Number(row.seller_pays_minor),
        platformPaysMinor: Number(row.platform_pays_minor),
        returnLabelMinor: Number(row.return_label_minor),
        filedAt: row.filed_at.toISOString(),
        statusChangedAt: row.status_changed_at.toISOString(),
        refundedAt: iso(row.refunded_at),
        history: steps
          .filter((step) => step.seller_return_id === row.id)
          .map((step) => ({
            action: step.action,
            from: step.from_status,
            to: step.to_status,
            actorKind: step.actor_kind,
            actorId: step.actor_id,
            note: step.note,
            at: step.at.toISOString(),
          })),
      };
    });
  }
}
