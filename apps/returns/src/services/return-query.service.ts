import type { Actor, PurchaseReturnsRecord, ReturnStatus, SellerReturnRecord } from '@lotbook/contracts';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { historyOf } from '@lotbook/returns-domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReturnsConfig } from '../returns.config';
import { ReturnsError, ReturnsErrorCode as Code } from '../returns.exception';
import { deliveredUnits, windowClosesAt, type ReturnScope } from './return-quote.service';
import { ReturnPolicyService } from './return-policy.service';
import { ReturnRepository } from './return.repository';
import { SellerOrderProjection } from './seller-order.projection';

export interface ReturnFilter {
  statuses?: ReturnStatus[];
  purchaseId?: string;
  sellerOrderId?: string;
  first: number;
  before?: string;
}

/**
 * Who sees what: a buyer its returns and its purchases' return history, a seller the returns of
 * its orders, operators everything (disputes to decide among them). Another company's return
 * is answered exactly as a missing one.
 */
@Injectable()
export class ReturnQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly returns: ReturnRepository,
    private readonly projection: SellerOrderProjection,
    private readonly policies: ReturnPolicyService,
    @Inject(SERVICE_CONFIG) private readonly config: ReturnsConfig,
  ) {}

  async get(actor: Actor, returnId: string): Promise<SellerReturnRecord> {
    const found = await this.returns.find(this.dataSource.manager, returnId);
    if (!found || !(actor.kind === 'OPERATOR' || actor.companyId === found.buyerCompanyId || actor.companyId === found.sellerCompanyId)) {
      throw new ReturnsError(Code.UNKNOWN_RETURN, `no return ${returnId}`, 'returnId');
    }
    return found;
  }

  async list(actor: Actor, filter: ReturnFilter): Promise<SellerReturnRecord[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (actor.kind === 'USER') {
      if (!actor.companyId) throw new ReturnsError(Code.FORBIDDEN, 'returns belong to companies');
      add((p) => `(buyer_company_id = ${p} OR seller_company_id = ${p})`, actor.companyId);
    }
    if (filter.statuses?.length) add((p) => `status = ANY (${p}::text[])`, filter.statuses);
    if (filter.purchaseId) add((p) => `purchase_id = ${p}`, filter.purchaseId);
    if (filter.sellerOrderId) add((p) => `seller_order_id = ${p}`, filter.sellerOrderId);
    if (filter.before) add((p) => `filed_at < ${p}`, filter.before);
    return this.returns.list(this.dataSource.manager, conditions.length > 0 ? conditions.join(' AND ') : 'true', params, filter.first);
  }

  /** The return history of a purchase (or trade order) and what is still returnable per line, for its buyer or an operator. */
  async ofPurchase(actor: Actor, scope: ReturnScope): Promise<PurchaseReturnsRecord> {
    if (Boolean(scope.purchaseId) === Boolean(scope.sellerOrderId)) {
      throw new ReturnsError(Code.INVALID_INPUT, 'name either the purchase or the trade order', 'purchaseId');
    }
    const manager = this.dataSource.manager;
    const orders = await this.projection.ofScope(manager, scope);
    if (orders.length === 0 || (actor.kind !== 'OPERATOR' && orders.some((order) => order.buyerCompanyId !== actor.companyId))) {
      throw scope.purchaseId
        ? new ReturnsError(Code.UNKNOWN_PURCHASE, `no purchase ${scope.purchaseId}`, 'purchaseId')
        : new ReturnsError(Code.UNKNOWN_ORDER, `no order ${scope.sellerOrderId}`, 'sellerOrderId');
    }
    const [returns, allocations, { policy }] = await Promise.all([
      this.returns.ofOrders(
        manager,
        orders.map((order) => order.id),
      ),
      this.returns.allocationsOfScope(manager, scope),
      this.policies.current(manager),
    ]);
    const history = historyOf(allocations);
    const returned = new Map(history.lines.map((entry) => [entry.lineId, entry.returnedQuantity]));
    const now = Date.now();
    return {
      purchaseId: scope.purchaseId ?? null,
      sellerOrderId: scope.purchaseId ? null : (scope.sellerOrderId ?? null),
      lines: orders.flatMap((order) => {
        const closesAt = windowClosesAt(order, this.config.RETURNS_RETURN_WINDOW_DAY_SECONDS, policy);
        const open = closesAt !== null && now <= closesAt.getTime();
        return order.lines.map((line) => {
          const delivered = deliveredUnits(order, line);
          const returnedQuantity = returned.get(line.lineId) ?? 0;
          return {
            lineId: line.lineId,
            sellerOrderId: order.id,
            sellerCompanyId: order.sellerCompanyId,
            listingId: line.listingId,
            productName: line.productName,
            sellerSku: line.sellerSku,
            orderStatus: order.status,
            deliveredQuantity: delivered,
            returnedQuantity,
            returnableQuantity: open ? Math.max(0, delivered - returnedQuantity) : 0,
            returnWindowClosesAt: closesAt?.toISOString() ?? null,
          };
        });
      }),
      returns,
    };
  }
}
