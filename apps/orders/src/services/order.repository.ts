import {
  sellerOrderStateChanged,
  type PurchaseRecord,
  type SellerOrderLineRecord,
  type SellerOrderRecord,
  type SellerOrderStatus,
} from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { returnWindowDaysOf, type ReturnPolicyWindow } from '@lotbook/orders-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReturnPolicyProjection } from './return-policy.projection';

/** A `seller_order` row as pg returns it (bigint columns as strings). */
interface SellerOrderRow {
  id: string;
  purchase_id: string | null;
  origin: SellerOrderRecord['origin'];
  trade_id: string | null;
  buyer_company_id: string;
  buyer_legal_entity_id: string | null;
  seller_company_id: string;
  currency: string;
  status: SellerOrderStatus;
  payment_mode: SellerOrderRecord['paymentMode'];
  payment_term_days: number | null;
  paid: boolean;
  delivery_region: string;
  delivery_address: string;
  lines: SellerOrderLineRecord[];
  gross_minor: string;
  seller_discount_minor: string;
  net_minor: string;
  loyalty_discount_minor: string;
  loyalty_rate_bp: number;
  shipping_fee_minor: string;
  regional_fee_minor: string;
  free_shipping: boolean;
  commission_minor: string;
  buyer_pays_minor: string;
  seller_discount_rule: SellerOrderRecord['sellerDiscountRule'];
  return_window_days: number;
  return_window_set_by_seller: boolean;
  carrier: string | null;
  tracking_number: string | null;
  placed_by_user_id: string | null;
  created_at: Date;
  status_changed_at: Date;
  shipped_at: Date | null;
  delivered_at: Date | null;
}

interface StepRow {
  seller_order_id: string;
  from_status: SellerOrderStatus | null;
  to_status: SellerOrderStatus;
  actor_kind: 'USER' | 'OPERATOR' | 'SYSTEM';
  actor_id: string | null;
  reason: string | null;
  at: Date;
}

interface PurchaseRow {
  id: string;
  buyer_company_id: string;
  legal_entity_id: string;
  placed_by_user_id: string;
  currency: string;
  total_minor: string;
  approval_status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED' | null;
  approval_decided_by: string | null;
  approval_reason: string | null;
  approval_decided_at: Date | null;
  approval_expires_at: Date | null;
  created_at: Date;
}

/** Who moved an order, as its history records it. */
export interface StepActor {
  kind: 'USER' | 'OPERATOR' | 'SYSTEM';
  id: string | null;
}

export type NewSellerOrder = Omit<
  SellerOrderRecord,
  'history' | 'statusChangedAt' | 'createdAt' | 'shippedAt' | 'deliveredAt' | 'carrier' | 'trackingNumber'
>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Seller orders and purchases in PostgreSQL. Every status change is written with its history
 * step and its `orders.order.state-changed` event in the caller's transaction. An order whose
 * seller set no return window of its own reads with the return policy's default window in force
 * (the one its completion follows), not the days stored when it was placed.
 */
@Injectable()
export class OrderRepository {
  constructor(
    private readonly outbox: Outbox,
    private readonly returnPolicy: ReturnPolicyProjection,
  ) {}

  async insert(transaction: EntityManager, order: NewSellerOrder, actor: StepActor, reason: string | null): Promise<SellerOrderRecord> {
    await transaction.query(
      `INSERT INTO seller_order (id, purchase_id, origin, trade_id, buyer_company_id, buyer_legal_entity_id, seller_company_id, currency, status,
                                 payment_mode, payment_term_days, paid, delivery_region, delivery_address, lines, gross_minor,
                                 seller_discount_minor, net_minor, loyalty_discount_minor, loyalty_rate_bp, shipping_fee_minor,
                                 regional_fee_minor, free_shipping, commission_minor, buyer_pays_minor, seller_discount_rule,
                                 return_window_days, placed_by_user_id, return_window_set_by_seller, created_at, status_changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28,
               $29, clock_timestamp(), clock_timestamp())`,
      [
        order.id,
        order.purchaseId,
        order.origin,
        order.tradeId,
        order.buyerCompanyId,
        order.buyerLegalEntityId,
        order.sellerCompanyId,
        order.currency,
        order.status,
        order.paymentMode,
        order.paymentTermDays,
        order.paid,
        order.deliveryRegion,
        order.deliveryAddress,
        JSON.stringify(order.lines),
        order.grossMinor,
        order.sellerDiscountMinor,
        order.netMinor,
        order.loyaltyDiscountMinor,
        order.loyaltyRateBp,
        order.shippingFeeMinor,
        order.regionalFeeMinor,
        order.freeShipping,
        order.commissionMinor,
        order.buyerPaysMinor,
        order.sellerDiscountRule ? JSON.stringify(order.sellerDiscountRule) : null,
        order.returnWindowDays,
        order.placedByUserId,
        order.returnWindowSetBySeller ?? true,
      ],
    );
    return this.recordStep(transaction, order.id, null, order.status, actor, reason);
  }

  /** Locks the order's row for the rest of the transaction. */
  async lock(transaction: EntityManager, orderId: string): Promise<SellerOrderRecord | undefined> {
    const rows: SellerOrderRow[] = await transaction.query(`SELECT * FROM seller_order WHERE id = $1 FOR UPDATE`, [orderId]);
    return rows[0] && (await this.withHistory(transaction, rows))[0];
  }

  async find(manager: EntityManager, orderId: string): Promise<SellerOrderRecord | undefined> {
    const rows: SellerOrderRow[] = await manager.query(`SELECT * FROM seller_order WHERE id = $1`, [orderId]);
    return rows[0] && (await this.withHistory(manager, rows))[0];
  }

  async list(manager: EntityManager, where: string, params: unknown[], limit: number): Promise<SellerOrderRecord[]> {
    const rows: SellerOrderRow[] = await manager.query(
      `SELECT * FROM seller_order WHERE ${where} ORDER BY created_at DESC, id LIMIT ${Math.floor(limit)}`,
      params,
    );
    return this.withHistory(manager, rows);
  }

  /**
   * Moves an order to `to`, writing `changes` (column → value) in the same statement, its history
   * step and its event. The caller checked the transition.
   */
  async transition(
    transaction: EntityManager,
    order: SellerOrderRecord,
    to: SellerOrderStatus,
    actor: StepActor,
    reason: string | null,
    changes: Record<string, unknown> = {},
  ): Promise<SellerOrderRecord> {
    const columns = Object.keys(changes);
    await transaction.query(
      `UPDATE seller_order SET status = $2, status_changed_at = now(), escalated_status = NULL
              ${columns.map((column, index) => `, ${column} = $${index + 3}`).join('')}
        WHERE id = $1`,
      [order.id, to, ...columns.map((column) => changes[column])],
    );
    return this.recordStep(transaction, order.id, order.status, to, actor, reason);
  }

  async purchase(manager: EntityManager, purchaseId: string): Promise<PurchaseRecord | undefined> {
    const rows: PurchaseRow[] = await manager.query(`SELECT * FROM purchase WHERE id = $1`, [purchaseId]);
    return rows[0] && (await this.purchasesOf(manager, rows))[0];
  }

  async purchasesOf(manager: EntityManager, rows: PurchaseRow[]): Promise<PurchaseRecord[]> {
    if (rows.length === 0) return [];
    const orders = await this.list(manager, `purchase_id = ANY ($1::uuid[])`, [rows.map((row) => row.id)], 10_000);
    return rows.map((row) => ({
      id: row.id,
      buyerCompanyId: row.buyer_company_id,
      buyerLegalEntityId: row.legal_entity_id,
      placedByUserId: row.placed_by_user_id,
      currency: row.currency.trim(),
      totalMinor: Number(row.total_minor),
      approval: row.approval_status
        ? {
            status: row.approval_status,
            decidedByUserId: row.approval_decided_by,
            reason: row.approval_reason,
            decidedAt: iso(row.approval_decided_at),
            expiresAt: (row.approval_expires_at as Date).toISOString(),
          }
        : null,
      orders: orders
        .filter((order) => order.purchaseId === row.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
      createdAt: row.created_at.toISOString(),
    }));
  }

  async purchaseRows(manager: EntityManager, where: string, params: unknown[], limit: number): Promise<PurchaseRecord[]> {
    const rows: PurchaseRow[] = await manager.query(
      `SELECT * FROM purchase WHERE ${where} ORDER BY created_at DESC, id LIMIT ${Math.floor(limit)}`,
      params,
    );
    return this.purchasesOf(manager, rows);
  }

  private async recordStep(
    transaction: EntityManager,
    orderId: string,
    from: SellerOrderStatus | null,
    to: SellerOrderStatus,
    actor: StepActor,
    reason: string | null,
  ): Promise<SellerOrderRecord> {
    await transaction.query(
      `INSERT INTO order_status_step (seller_order_id, from_status, to_status, actor_kind, actor_id, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [orderId, from, to, actor.kind, actor.id, reason],
    );
    const order = (await this.find(transaction, orderId)) as SellerOrderRecord;
    await this.outbox.enqueue(transaction, sellerOrderStateChanged, {
      key: orderId,
      payload: { from, to, order, actorKind: actor.kind, actorId: actor.id, reason },
    });
    return order;
  }

  private async withHistory(manager: EntityManager, rows: SellerOrderRow[]): Promise<SellerOrderRecord[]> {
    if (rows.length === 0) return [];
    const steps: StepRow[] = await manager.query(`SELECT * FROM order_status_step WHERE seller_order_id = ANY ($1::uuid[]) ORDER BY seq`, [
      rows.map((row) => row.id),
    ]);
    const policy: ReturnPolicyWindow | undefined = rows.every((row) => row.return_window_set_by_seller)
      ? undefined
      : await this.returnPolicy.current(manager);
    return rows.map((row) => ({
      id: row.id,
      purchaseId: row.purchase_id,
      origin: row.origin,
      tradeId: row.trade_id,
      buyerCompanyId: row.buyer_company_id,
      buyerLegalEntityId: row.buyer_legal_entity_id,
      sellerCompanyId: row.seller_company_id,
      currency: row.currency.trim(),
      status: row.status,
      paymentMode: row.payment_mode,
      paymentTermDays: row.payment_term_days,
      paid: row.paid,
      deliveryRegion: row.delivery_region,
      deliveryAddress: row.delivery_address,
      lines: row.lines,
      grossMinor: Number(row.gross_minor),
      sellerDiscountMinor: Number(row.seller_discount_minor),
      netMinor: Number(row.net_minor),
      loyaltyDiscountMinor: Number(row.loyalty_discount_minor),
      loyaltyRateBp: row.loyalty_rate_bp,
      shippingFeeMinor: Number(row.shipping_fee_minor),
      regionalFeeMinor: Number(row.regional_fee_minor),
      freeShipping: row.free_shipping,
      commissionMinor: Number(row.commission_minor),
      buyerPaysMinor: Number(row.buyer_pays_minor),
      sellerDiscountRule: row.seller_discount_rule,
      returnWindowDays: policy
        ? returnWindowDaysOf({ returnWindowDays: row.return_window_days, returnWindowSetBySeller: row.return_window_set_by_seller }, policy)
        : row.return_window_days,
      returnWindowSetBySeller: row.return_window_set_by_seller,
      carrier: row.carrier,
      trackingNumber: row.tracking_number,
      placedByUserId: row.placed_by_user_id,
      createdAt: row.created_at.toISOString(),
      statusChangedAt: row.status_changed_at.toISOString(),
      shippedAt: iso(row.shipped_at),
      deliveredAt: iso(row.delivered_at),
      history: steps
        .filter((step) => step.seller_order_id === row.id)
        .map((step) => ({
          from: step.from_status,
          to: step.to_status,
          actorKind: step.actor_kind,
          actorId: step.actor_id,
          reason: step.reason,
          at: step.at.toISOString(),
        })),
    }));
  }
}
