import { SellerOrderStatus, type SellerOrderStateChangedPayload } from '@lotbook/contracts';
import type { SellerOrderFigures, SellerVolumeDiscount } from '@lotbook/returns-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One line of a seller order as returns keeps it: the figures orders stored, and what it needs to show the line. */
export interface ProjectedLine {
  lineId: string;
  listingId: string;
  productName: string;
  sellerSku: string;
  /** Units ordered (after the seller's refusals): the figures are those of these units. */
  quantity: number;
  /** Units shipped, and so delivered: at most these may be returned. */
  shippedQuantity: number;
  grossMinor: number;
  sellerDiscountMinor: number;
  netMinor: number;
  loyaltyDiscountMinor: number;
  commissionMinor: number;
  restockingRateBp: number;
}

interface StoredFigures {
  outboundFeeMinor: number;
  regionalFeeMinor: number;
  sellerDiscount: SellerVolumeDiscount | null;
  lines: ProjectedLine[];
}

/** A seller order as returns sees it. */
export interface ProjectedSellerOrder extends StoredFigures {
  id: string;
  purchaseId: string | null;
  buyerCompanyId: string;
  sellerCompanyId: string;
  currency: string;
  status: SellerOrderStatus;
  /** The seller's own return window in days; null when it set none (the return policy's default applies). */
  returnWindowDays: number | null;
  deliveredAt: Date | null;
}

interface SellerOrderRow {
  id: string;
  purchase_id: string | null;
  buyer_company_id: string;
  seller_company_id: string;
  currency: string;
  status: SellerOrderStatus;
  return_window_days: number | null;
  delivered_at: Date | null;
  figures: StoredFigures;
}

const DELIVERED: ReadonlySet<string> = new Set([SellerOrderStatus.DELIVERED, SellerOrderStatus.COMPLETED]);

/** Whether the order was delivered (DELIVERED, or COMPLETED after it): only then may it be returned. */
export const wasDelivered = (order: ProjectedSellerOrder): boolean => DELIVERED.has(order.status) && order.deliveredAt !== null;

/** The order's figures as the return allocation reads them. */
export function figuresOf(order: ProjectedSellerOrder): SellerOrderFigures {
  return {
    sellerOrderId: order.id,
    sellerCompanyId: order.sellerCompanyId,
    currency: order.currency,
    outboundFeeMinor: order.outboundFeeMinor,
    regionalFeeMinor: order.regionalFeeMinor,
    sellerDiscount: order.sellerDiscount,
    lines: order.lines.map((line) => ({
      lineId: line.lineId,
      quantity: line.quantity,
      grossMinor: line.grossMinor,
      sellerDiscountMinor: line.sellerDiscountMinor,
      netMinor: line.netMinor,
      loyaltyDiscountMinor: line.loyaltyDiscountMinor,
      commissionMinor: line.commissionMinor,
      restockingRateBp: line.restockingRateBp,
    })),
  };
}

const fromRow = (row: SellerOrderRow): ProjectedSellerOrder => ({
  id: row.id,
  purchaseId: row.purchase_id,
  buyerCompanyId: row.buyer_company_id,
  sellerCompanyId: row.seller_company_id,
  currency: row.currency.trim(),
  status: row.status,
  returnWindowDays: row.return_window_days,
  deliveredAt: row.delivered_at,
  ...row.figures,
});

/**
 * Returns' own copy of the seller orders, from `orders.order.state-changed`: every order with
 * its status, and its figures as they stood at delivery (nothing after it, COMPLETED included,
 * changes a figure). A return allocates from these and nothing else.
 */
@Injectable()
export class SellerOrderProjection {
  async record(transaction: EntityManager, change: SellerOrderStateChangedPayload): Promise<void> {
    const { order } = change;
    const figures: StoredFigures = {
      outboundFeeMinor: order.shippingFeeMinor,
      regionalFeeMinor: order.regionalFeeMinor,
      sellerDiscount: order.sellerDiscountRule
        ? {
            rateBp: order.sellerDiscountRule.rateBp,
            thresholdMinor: order.sellerDiscountRule.thresholdMinor,
            applied: order.sellerDiscountRule.applied,
          }
        : null,
      lines: order.lines.map((line) => ({
        lineId: line.id,
        listingId: line.listingId,
        productName: line.productName,
        sellerSku: line.sellerSku,
        quantity: line.quantity,
        shippedQuantity: line.shippedQuantity,
        grossMinor: line.grossMinor,
        sellerDiscountMinor: line.sellerDiscountMinor,
        netMinor: line.netMinor,
        loyaltyDiscountMinor: line.loyaltyDiscountMinor,
        commissionMinor: line.commissionMinor,
        restockingRateBp: line.restockingRateBp,
      })),
    };
    await transaction.query(
      `INSERT INTO seller_order (id, purchase_id, buyer_company_id, seller_company_id, currency, status, return_window_days, delivered_at, figures)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET
         status = EXCLUDED.status,
         updated_at = now(),
         figures = CASE WHEN seller_order.delivered_at IS NULL THEN EXCLUDED.figures ELSE seller_order.figures END,
         return_window_days = CASE WHEN seller_order.delivered_at IS NULL THEN EXCLUDED.return_window_days ELSE seller_order.return_window_days END,
         delivered_at = coalesce(seller_order.delivered_at, EXCLUDED.delivered_at)`,
      [
        order.id,
        order.purchaseId,
        order.buyerCompanyId,
        order.sellerCompanyId,
        order.currency,
        order.status,
        // A seller without a window of its own follows the return policy's default, whatever it is when the buyer returns.
        order.returnWindowSetBySeller === false ? null : order.returnWindowDays,
        order.deliveredAt,
        JSON.stringify(figures),
      ],
    );
  }

  /**
   * The seller orders of a purchase, or the one seller order named, in id order; `lock` takes
   * their rows for the rest of the transaction (a return files or is recomputed under it).
   */
  async ofScope(
    manager: EntityManager,
    scope: { purchaseId?: string; sellerOrderId?: string },
    lock = false,
  ): Promise<ProjectedSellerOrder[]> {
    const where = scope.purchaseId ? 'purchase_id = $1' : 'id = $1';
    const rows: SellerOrderRow[] = await manager.query(
      `SELECT * FROM seller_order WHERE ${where} ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [scope.purchaseId ?? scope.sellerOrderId],
    );
    return rows.map(fromRow);
  }

  async find(manager: EntityManager, sellerOrderId: string, lock = false): Promise<ProjectedSellerOrder | undefined> {
    const rows: SellerOrderRow[] = await manager.query(`SELECT * FROM seller_order WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
      sellerOrderId,
    ]);
    return rows[0] && fromRow(rows[0]);
  }
}
