import {
  CompanyRole,
  PaymentMode,
  SellerOrderOrigin,
  SellerOrderStatus,
  type Actor,
  type PurchaseRecord,
  type SellerOrderLineRecord,
  type SellerOrderRecord,
} from '@lotbook/contracts';
import {
  assertMayApprove,
  repriceAfterRefusal,
  type CompanyRoleName,
  transitionOrder,
  type OrderActor,
  type OrderCommand,
  type PricedSellerOrder,
} from '@lotbook/orders-domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogClient } from '../clients/catalog.client';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';
import { BUYING_ROLES } from './cart.service';
import { fromDomain } from './domain-errors';
import { CreditService } from './credit.service';
import { OrderRepository, type StepActor } from './order.repository';

const SELLING_ROLES: readonly string[] = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];

/** A stored seller order as the pricing rules see it, for repricing after a refusal. */
export function asPriced(order: SellerOrderRecord): PricedSellerOrder {
  return {
    sellerId: order.sellerCompanyId,
    currency: order.currency,
    deliveryRegion: order.deliveryRegion,
    lines: order.lines.map((line) => ({
      lineId: line.id,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      priceBasis: line.priceBasis,
      priceExplanation: line.priceExplanation,
      commissionRateBp: line.commissionRateBp,
      restockingRateBp: line.restockingRateBp,
      grossMinor: line.grossMinor,
      sellerDiscountMinor: line.sellerDiscountMinor,
      netMinor: line.netMinor,
      loyaltyDiscountMinor: line.loyaltyDiscountMinor,
      payableMinor: line.payableMinor,
      commissionMinor: line.commissionMinor,
      priceGuaranteeMinor: 0,
    })),
    grossMinor: order.grossMinor,
    sellerDiscountMinor: order.sellerDiscountMinor,
    netMinor: order.netMinor,
    loyaltyDiscountMinor: order.loyaltyDiscountMinor,
    payableMinor: order.buyerPaysMinor - order.shippingFeeMinor,
    commissionMinor: order.commissionMinor,
    priceGuaranteeMinor: 0,
    sellerDiscountRule: order.sellerDiscountRule
      ? { rateBp: order.sellerDiscountRule.rateBp, thresholdMinor: order.sellerDiscountRule.thresholdMinor }
      : null,
    sellerDiscountApplied: order.sellerDiscountRule?.applied ?? false,
    loyaltyRateBp: order.loyaltyRateBp,
    shippingFeeMinor: order.shippingFeeMinor,
    regionalFeeMinor: order.regionalFeeMinor,
    freeShipping: order.freeShipping,
    freeShippingFromNetMinor: null,
    buyerPaysMinor: order.buyerPaysMinor,
  };
}

/**
 * The seller order's lifecycle after checkout: approval, the seller's confirmation (with
 * refused lines) and shipment, the buyer's delivery confirmation, cancellation. Each step is
 * checked against the transition table of `@lotbook/orders-domain`, written with its history
 * and event in one transaction; stock is committed or released in catalog around it.
 */
@Injectable()
export class OrderLifecycleService {
  private readonly logger = new Logger(OrderLifecycleService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderRepository,
    private readonly catalog: CatalogClient,
    private readonly credit: CreditService,
  ) {}

  async decideApproval(actor: Actor, purchaseId: string, approve: boolean, reason: string | undefined): Promise<PurchaseRecord> {
    const text = reason?.trim() || null;
    if (!approve && !text) throw new OrdersError(Code.REASON_REQUIRED, 'a rejection needs a reason the purchaser can read', 'reason');
    const released: SellerOrderRecord[] = [];
    await this.dataSource.transaction(async (transaction) => {
      const [purchase]: Array<{ buyer_company_id: string; placed_by_user_id: string; approval_status: string | null }> =
        await transaction.query(`SELECT buyer_company_id, placed_by_user_id, approval_status FROM purchase WHERE id = $1 FOR UPDATE`, [
          purchaseId,
        ]);
      if (!purchase || actor.companyId !== purchase.buyer_company_id) {
        throw new OrdersError(Code.UNKNOWN_PURCHASE, `no purchase ${purchaseId}`, 'purchaseId');
      }
      try {
        assertMayApprove({
          approverUserId: actor.id,
          approverRoles: actor.roles as CompanyRoleName[],
          placedByUserId: purchase.placed_by_user_id,
        });
      } catch (error) {
        fromDomain(error);
      }
      if (purchase.approval_status !== 'PENDING') {
        throw new OrdersError(
          Code.TRANSITION_NOT_ALLOWED,
          `the purchase is not waiting for approval (${purchase.approval_status ?? 'never needed it'})`,
        );
      }
      await transaction.query(
        `UPDATE purchase SET approval_status = $2, approval_decided_by = $3, approval_reason = $4, approval_decided_at = now() WHERE id = $1`,
        [purchaseId, approve ? 'APPROVED' : 'REJECTED', actor.id, text],
      );
      const orders = await this.lockedOrdersOf(transaction, purchaseId);
      for (const order of orders) {
        if (order.status !== SellerOrderStatus.PENDING_APPROVAL) continue;
        const command: OrderCommand = approve
          ? { action: 'APPROVE', buyerPaysInAdvance: order.paymentMode === PaymentMode.PREPAY }
          : { action: 'REJECT' };
        const after = await this.move(transaction, order, command, 'APPROVER', { kind: 'USER', id: actor.id }, text);
        if (after.status === SellerOrderStatus.CANCELLED) released.push(after);
      }
    });
    await this.releaseStock(released);
    return (await this.orders.purchase(this.dataSource.manager, purchaseId)) as PurchaseRecord;
  }

  /**
   * The seller accepts a placed order, refusing some units if it must: kept lines are priced
   * again at the same rates (discounts and free shipping stay; no kept line costs more than at
   * checkout), refused units go back to stock. Refusing everything cancels the order.
   */
  async confirm(actor: Actor, orderId: string, refusals: ReadonlyArray<{ lineId: string; quantity: number }>, reason?: string) {
    const current = await this.seen(actor, orderId);
    this.requireSide(actor, current, 'SELLER');
    const refused = new Map<string, number>();
    for (const refusal of refusals) {
      const line = current.lines.find((candidate) => candidate.id === refusal.lineId);
      if (!line) throw new OrdersError(Code.UNKNOWN_LINE, `no line ${refusal.lineId} in order ${orderId}`, 'refusals');
      if (refused.has(line.id)) throw new OrdersError(Code.INVALID_INPUT, `line ${line.id} is refused twice`, 'refusals');
      if (!Number.isSafeInteger(refusal.quantity) || refusal.quantity <= 0 || refusal.quantity > line.quantity) {
        throw new OrdersError(Code.INVALID_INPUT, `line ${line.lineNo}: refuse 1 to ${line.quantity} units`, 'refusals');
      }
      refused.set(line.id, refusal.quantity);
    }
    const refusesAll = current.lines.every((line) => refused.get(line.id) === line.quantity);
    const text = reason?.trim() || null;
    if (refusesAll) {
      if (!text) throw new OrdersError(Code.REASON_REQUIRED, 'refusing a whole order needs a reason the buyer can read', 'reason');
      const cancelled = await this.dataSource.transaction(async (transaction) => {
        const order = await this.locked(transaction, orderId);
        return this.move(transaction, order, { action: 'REFUSE' }, 'SELLER', { kind: 'USER', id: actor.id }, text);
      });
      await this.releaseStock([cancelled]);
      return cancelled;
    }
    // Check the step before touching stock; the transaction below checks it again under the lock.
    try {
      transitionOrder(current.status, { action: 'CONFIRM' }, 'SELLER');
    } catch (error) {
      fromDomain(error);
    }
    let repriced: PricedSellerOrder;
    try {
      repriced = repriceAfterRefusal(
        asPriced(current),
        Object.fromEntries(current.lines.map((line) => [line.id, line.quantity - (refused.get(line.id) ?? 0)])),
      );
    } catch (error) {
      fromDomain(error);
    }
    for (const line of current.lines) {
      if (!line.reservationId) continue;
      const release = refused.get(line.id) ?? 0;
      const outcome = await this.catalog.settle(line.reservationId, line.quantity - release, release);
      // Not settled now but committed: an earlier attempt of this confirmation did it.
      if (!outcome.settled && outcome.status !== 'COMMITTED') {
        throw new OrdersError(
          Code.INSUFFICIENT_STOCK,
          `the stock held for line ${line.lineNo} (${line.sellerSku}) has expired or was released`,
          'orderId',
        );
      }
    }
    return this.dataSource.transaction(async (transaction) => {
      const order = await this.locked(transaction, orderId);
      const byId = new Map(repriced.lines.map((line) => [line.lineId, line]));
      const lines: SellerOrderLineRecord[] = order.lines
        .filter((line) => byId.has(line.id))
        .map((line, index) => {
          const priced = byId.get(line.id) as PricedSellerOrder['lines'][number];
          return {
            ...line,
            lineNo: index + 1,
            quantity: priced.quantity,
            refusedQuantity: refused.get(line.id) ?? 0,
            grossMinor: priced.grossMinor,
            sellerDiscountMinor: priced.sellerDiscountMinor,
            netMinor: priced.netMinor,
            loyaltyDiscountMinor: priced.loyaltyDiscountMinor,
            payableMinor: priced.payableMinor,
            commissionMinor: priced.commissionMinor,
          };
        });
      const changes =
        refused.size === 0
          ? {}
          : {
              lines: JSON.stringify(lines),
              gross_minor: repriced.grossMinor,
              seller_discount_minor: repriced.sellerDiscountMinor,
              net_minor: repriced.netMinor,
              loyalty_discount_minor: repriced.loyaltyDiscountMinor,
              shipping_fee_minor: repriced.shippingFeeMinor,
              commission_minor: repriced.commissionMinor,
              buyer_pays_minor: repriced.buyerPaysMinor,
            };
      const refusedText =
        refused.size > 0 ? `refused ${[...refused.values()].reduce((a, b) => a + b, 0)} units${text ? `: ${text}` : ''}` : text;
      return this.move(transaction, order, { action: 'CONFIRM' }, 'SELLER', { kind: 'USER', id: actor.id }, refusedText, changes);
    });
  }

  async ship(
    actor: Actor,
    orderId: string,
    carrier: string,
    trackingNumber: string,
    lines?: ReadonlyArray<{ lineId: string; quantity: number }>,
  ) {
    const current = await this.seen(actor, orderId);
    this.requireSide(actor, current, 'SELLER');
    const shipped = new Map(current.lines.map((line) => [line.id, line.quantity]));
    if (lines) {
      for (const line of current.lines) shipped.set(line.id, 0);
      for (const entry of lines) {
        const line = current.lines.find((candidate) => candidate.id === entry.lineId);
        if (!line) throw new OrdersError(Code.UNKNOWN_LINE, `no line ${entry.lineId} in order ${orderId}`, 'lines');
        if (!Number.isSafeInteger(entry.quantity) || entry.quantity < 0)
          throw new OrdersError(Code.INVALID_INPUT, 'a shipped quantity is 0 or more', 'lines');
        if (entry.quantity > line.quantity) {
          throw new OrdersError(
            Code.SHIPMENT_EXCEEDS_ORDERED,
            `line ${line.lineNo}: ${entry.quantity} shipped, ${line.quantity} ordered`,
            'lines',
          );
        }
        shipped.set(line.id, entry.quantity);
      }
    }
    return this.dataSource.transaction(async (transaction) => {
      const order = await this.locked(transaction, orderId);
      const command: OrderCommand = {
        action: 'SHIP',
        buyerPaysInAdvance: order.paymentMode === PaymentMode.PREPAY,
        paymentReceived: order.paid || order.origin === SellerOrderOrigin.CHECKOUT,
        buyerHasOverdueInvoice: await this.credit.onHold(order.buyerCompanyId, transaction),
      };
      return this.move(
        transaction,
        order,
        command,
        'SELLER',
        { kind: 'USER', id: actor.id },
        `${carrier.trim()} ${trackingNumber.trim()}`,
        {
          carrier: carrier.trim(),
          tracking_number: trackingNumber.trim(),
          shipped_at: new Date(),
          lines: JSON.stringify(order.lines.map((line) => ({ ...line, shippedQuantity: shipped.get(line.id) ?? 0 }))),
        },
      );
    });
  }

  async confirmDelivery(actor: Actor, orderId: string) {
    const current = await this.seen(actor, orderId);
    this.requireSide(actor, current, 'BUYER');
    return this.dataSource.transaction(async (transaction) => {
      const order = await this.locked(transaction, orderId);
      return this.move(transaction, order, { action: 'DELIVER' }, 'BUYER', { kind: 'USER', id: actor.id }, null, {
        delivered_at: new Date(),
      });
    });
  }

  async cancel(actor: Actor, orderId: string, reason: string) {
    const current = await this.seen(actor, orderId);
    const side: OrderActor = actor.kind === 'OPERATOR' ? 'OPERATOR' : this.sideOf(actor, current);
    if (side === 'BUYER' && !actor.roles.some((role) => BUYING_ROLES.includes(role))) {
      throw new OrdersError(Code.FORBIDDEN, 'cancelling takes a buying role');
    }
    if (!reason.trim()) throw new OrdersError(Code.REASON_REQUIRED, 'a cancellation needs a reason', 'reason');
    const cancelled = await this.dataSource.transaction(async (transaction) => {
      const order = await this.locked(transaction, orderId);
      return this.move(transaction, order, { action: 'CANCEL' }, side, { kind: actor.kind, id: actor.id }, reason.trim());
    });
    await this.releaseStock([cancelled]);
    return cancelled;
  }

  /** A step taken by the system (timers, other contexts' events); a step no longer possible is skipped. */
  async systemStep(
    orderId: string,
    command: OrderCommand,
    reason: string,
    changes: Record<string, unknown> = {},
    transaction?: EntityManager,
  ): Promise<SellerOrderRecord | undefined> {
    const run = async (manager: EntityManager) => {
      const order = await this.orders.lock(manager, orderId);
      if (!order) return undefined;
      try {
        transitionOrder(order.status, command, 'SYSTEM');
      } catch {
        return undefined;
      }
      return this.move(manager, order, command, 'SYSTEM', { kind: 'SYSTEM', id: null }, reason, changes);
    };
    const after = transaction ? await run(transaction) : await this.dataSource.transaction(run);
    if (!transaction && after?.status === SellerOrderStatus.CANCELLED) await this.releaseStock([after]);
    return after;
  }

  /** Gives back the stock still held for cancelled orders; a reservation that is gone already is fine. */
  async releaseStock(orders: readonly SellerOrderRecord[]): Promise<void> {
    for (const order of orders) {
      for (const line of order.lines) {
        if (!line.reservationId) continue;
        await this.catalog.release(line.reservationId).catch((error: unknown) =>
          this.logger.warn({
            msg: 'could not release stock; it expires on its own',
            reservationId: line.reservationId,
            error: String(error),
          }),
        );
      }
    }
  }

  private async move(
    transaction: EntityManager,
    order: SellerOrderRecord,
    command: OrderCommand,
    side: OrderActor,
    actor: StepActor,
    reason: string | null,
    changes: Record<string, unknown> = {},
  ): Promise<SellerOrderRecord> {
    let to: SellerOrderStatus;
    try {
      to = transitionOrder(order.status, command, side).to as SellerOrderStatus;
    } catch (error) {
      fromDomain(error);
    }
    return this.orders.transition(transaction, order, to, actor, reason, changes);
  }

  private async seen(actor: Actor, orderId: string): Promise<SellerOrderRecord> {
    const order = await this.orders.find(this.dataSource.manager, orderId);
    if (!order || (actor.kind !== 'OPERATOR' && actor.companyId !== order.buyerCompanyId && actor.companyId !== order.sellerCompanyId)) {
      throw new OrdersError(Code.UNKNOWN_ORDER, `no order ${orderId}`, 'orderId');
    }
    return order;
  }

  private async locked(transaction: EntityManager, orderId: string): Promise<SellerOrderRecord> {
    const order = await this.orders.lock(transaction, orderId);
    if (!order) throw new OrdersError(Code.UNKNOWN_ORDER, `no order ${orderId}`, 'orderId');
    return order;
  }

  private async lockedOrdersOf(transaction: EntityManager, purchaseId: string): Promise<SellerOrderRecord[]> {
    const rows: Array<{ id: string }> = await transaction.query(
      `SELECT id FROM seller_order WHERE purchase_id = $1 ORDER BY id FOR UPDATE`,
      [purchaseId],
    );
    const orders: SellerOrderRecord[] = [];
    for (const row of rows) orders.push(await this.locked(transaction, row.id));
    return orders;
  }

  private sideOf(actor: Actor, order: SellerOrderRecord): OrderActor {
    if (actor.companyId === order.buyerCompanyId) return 'BUYER';
    if (actor.companyId === order.sellerCompanyId) return 'SELLER';
    throw new OrdersError(Code.UNKNOWN_ORDER, `no order ${order.id}`, 'orderId');
  }

  private requireSide(actor: Actor, order: SellerOrderRecord, side: 'BUYER' | 'SELLER'): void {
    const roles = side === 'BUYER' ? BUYING_ROLES : SELLING_ROLES;
    if (actor.kind !== 'USER' || this.sideOf(actor, order) !== side || !actor.roles.some((role) => roles.includes(role))) {
      throw new OrdersError(
        Code.FORBIDDEN,
        side === 'BUYER' ? 'this step is the buyer’s' : 'this step is the seller’s (ADMIN or SALES_MANAGER)',
      );
    }
  }
}
