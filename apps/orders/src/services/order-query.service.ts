import { type Actor, type PurchaseRecord, type SellerOrderRecord, type SellerOrderStatus } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';
import { OrderRepository } from './order.repository';

export interface OrderFilter {
  statuses?: SellerOrderStatus[];
  sellerCompanyId?: string;
  buyerCompanyId?: string;
  companyIds?: string[];
  from?: string;
  to?: string;
  first: number;
  before?: string;
}

/**
 * Who sees what: a buyer its purchases and orders, a seller the orders placed with it,
 * operators every order. Another company's order is answered exactly as a missing one.
 */
@Injectable()
export class OrderQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderRepository,
  ) {}

  async purchase(actor: Actor, purchaseId: string): Promise<PurchaseRecord> {
    const purchase = await this.orders.purchase(this.dataSource.manager, purchaseId);
    if (!purchase || (actor.kind !== 'OPERATOR' && purchase.buyerCompanyId !== actor.companyId)) {
      throw new OrdersError(Code.UNKNOWN_PURCHASE, `no purchase ${purchaseId}`, 'purchaseId');
    }
    return purchase;
  }

  async purchases(actor: Actor, awaitingApprovalOnly: boolean, first: number, before?: string): Promise<PurchaseRecord[]> {
    if (actor.kind !== 'USER' || !actor.companyId) throw new OrdersError(Code.FORBIDDEN, 'purchases belong to a buyer company');
    const conditions = ['buyer_company_id = $1'];
    const params: unknown[] = [actor.companyId];
    if (awaitingApprovalOnly) conditions.push(`approval_status = 'PENDING'`);
    if (before) {
      params.push(before);
      conditions.push(`created_at < $${params.length}`);
    }
    return this.orders.purchaseRows(this.dataSource.manager, conditions.join(' AND '), params, first);
  }

  async order(actor: Actor, orderId: string): Promise<SellerOrderRecord> {
    const order = await this.orders.find(this.dataSource.manager, orderId);
    if (!order || !this.maySee(actor, order)) throw new OrdersError(Code.UNKNOWN_ORDER, `no order ${orderId}`, 'orderId');
    return order;
  }

  async list(actor: Actor, filter: OrderFilter): Promise<SellerOrderRecord[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (actor.kind === 'USER') {
      if (!actor.companyId) throw new OrdersError(Code.FORBIDDEN, 'orders belong to companies');
      add((p) => `(buyer_company_id = ${p} OR seller_company_id = ${p})`, actor.companyId);
    }
    if (filter.statuses?.length) add((p) => `status = ANY (${p}::text[])`, filter.statuses);
    if (filter.sellerCompanyId) add((p) => `seller_company_id = ${p}`, filter.sellerCompanyId);
    if (filter.buyerCompanyId) add((p) => `buyer_company_id = ${p}`, filter.buyerCompanyId);
    if (filter.companyIds)
      add((p) => `(buyer_company_id = ANY (${p}::uuid[]) OR seller_company_id = ANY (${p}::uuid[]))`, filter.companyIds);
    if (filter.from) add((p) => `created_at >= ${p}`, filter.from);
    if (filter.to) add((p) => `created_at < ${p}`, filter.to);
    if (filter.before) add((p) => `created_at < ${p}`, filter.before);
    return this.orders.list(this.dataSource.manager, conditions.length > 0 ? conditions.join(' AND ') : 'true', params, filter.first);
  }

  maySee(actor: Actor, order: SellerOrderRecord): boolean {
    return actor.kind === 'OPERATOR' || order.buyerCompanyId === actor.companyId || order.sellerCompanyId === actor.companyId;
  }
}
