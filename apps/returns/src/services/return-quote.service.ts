import { createHash } from 'node:crypto';
import {
  CompanyRole,
  idempotencyScope,
  idempotentId,
  type Actor,
  type ReturnQuoteRecord,
  type ReturnRequestRecord,
} from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { SERVICE_CONFIG } from '@lotbook/platform';
import {
  historyOf,
  quoteReturn,
  RETURN_REASONS,
  returnWindowDaysOf,
  type ReturnAllocation,
  type ReturnHistory,
  type ReturnItemRequest,
  type ReturnPolicy,
  type ReturnReason,
} from '@lotbook/returns-domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReturnsConfig } from '../returns.config';
import { ReturnsError, ReturnsErrorCode as Code } from '../returns.exception';
import { compactQuote } from './compact-quote';
import { fromDomain } from './domain-errors';
import type { StoredReturnItem } from './return-event';
import { ReturnPolicyService, type VersionedReturnPolicy } from './return-policy.service';
import { ReturnRepository } from './return.repository';
import { figuresOf, SellerOrderProjection, wasDelivered, type ProjectedLine, type ProjectedSellerOrder } from './seller-order.projection';

export const BUYING_ROLES: readonly string[] = [CompanyRole.ADMIN, CompanyRole.PURCHASER, CompanyRole.APPROVER];

/** What a return is of: a purchase, or one seller order (a trade order has no purchase). */
export interface ReturnScope {
  purchaseId?: string;
  sellerOrderId?: string;
}

/** One item as the buyer asks for it. */
export interface ReturnItemInput {
  lineId: string;
  quantity: number;
  /** A ReturnReason, checked here: anything else is UNKNOWN_REASON. */
  reason: string;
  comment?: string;
}

/**
 * The instant a seller order's return window closes: its seller's own window, or the policy's
 * default when the seller set none, in "days" of `daySeconds` after delivery.
 */
export function windowClosesAt(order: ProjectedSellerOrder, daySeconds: number, policy: ReturnPolicy): Date | null {
  if (!order.deliveredAt) return null;
  return new Date(order.deliveredAt.getTime() + returnWindowDaysOf(order.returnWindowDays, policy) * daySeconds * 1000);
}

/** Units of a line the buyer received (shipped, and the order delivered). */
export const deliveredUnits = (order: ProjectedSellerOrder, line: ProjectedLine): number =>
  wasDelivered(order) ? Math.min(line.quantity, line.shippedQuantity) : 0;

interface PreparedReturn {
  /** The seller orders the items touch, in the order they first appear among the items. */
  touched: ProjectedSellerOrder[];
  history: ReturnHistory;
  items: ReturnItemRequest[];
  stored: Map<string, StoredReturnItem>;
  allocation: ReturnAllocation;
}

/** JSON with sorted keys, for a hash that does not depend on the order fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Quotes and files returns. A quote reads the seller orders' stored figures and the
 * allocations of every return filed from them before, checks the items (lines of the purchase,
 * each once, a known reason, a delivered order within its window, no more than delivered less
 * returned), and asks `@lotbook/returns-domain` for the allocation; it changes nothing. Filing
 * does the same under a lock of the seller orders, and stores one seller return per seller
 * order with exactly the figures of the quote.
 */
@Injectable()
export class ReturnQuoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projection: SellerOrderProjection,
    private readonly returns: ReturnRepository,
    private readonly standings: CompanyStatusProjection,
    private readonly policies: ReturnPolicyService,
    @Inject(SERVICE_CONFIG) private readonly config: ReturnsConfig,
  ) {}

  async quote(actor: Actor, scope: ReturnScope, items: readonly ReturnItemInput[]): Promise<ReturnQuoteRecord> {
    const manager = this.dataSource.manager;
    const named = Boolean(scope.purchaseId || scope.sellerOrderId);
    // Nothing is locked: the buyer's standing, the orders and their earlier returns are read at once.
    // The policy too: a quote follows the current version, and says which.
    const [buyer, orders, allocations, policy] = await Promise.all([
      this.buyerOf(actor),
      named ? this.projection.ofScope(manager, scope) : [],
      named ? this.returns.allocationsOfScope(manager, scope) : [],
      this.policies.current(manager),
    ]);
    return compactQuote(this.prepare(buyer, scope, items, orders, allocations, policy).allocation, policy.version);
  }

  /**
   * Files a return under the current policy version. `quotedPolicyVersion`, the version of the
   * quote the buyer saw, makes sure the figures filed are the figures shown: when an operator
   * changed the policy since, the filing is refused (RETURN_POLICY_CHANGED) and nothing changes.
   */
  async file(
    actor: Actor,
    scope: ReturnScope,
    items: readonly ReturnItemInput[],
    idempotencyKey: string,
    quotedPolicyVersion?: number,
  ): Promise<ReturnRequestRecord> {
    const buyer = await this.buyerOf(actor);
    const requestHash = createHash('sha256')
      .update(
        canonical({
          purchaseId: scope.purchaseId ?? null,
          sellerOrderId: scope.sellerOrderId ?? null,
          items: items.map((item) => ({
            lineId: item.lineId,
            quantity: item.quantity,
            reason: item.reason,
            comment: item.comment?.trim() || null,
          })),
        }),
      )
      .digest('hex');
    const earlier = await this.replay(buyer, idempotencyKey, requestHash);
    if (earlier) return earlier;
    const requestId = idempotentId('return-request', idempotencyScope(actor), idempotencyKey);
    try {
      await this.dataSource.transaction(async (transaction) => {
        // The orders' rows are locked first, so two returns of one purchase are quoted one after the other.
        const orders = await this.projection.ofScope(transaction, scope, true);
        const allocations = await this.returns.allocationsOf(
          transaction,
          orders.map((order) => order.id),
        );
        const policy = await this.policies.current(transaction);
        if (quotedPolicyVersion !== undefined && quotedPolicyVersion !== policy.version) {
          throw new ReturnsError(
            Code.RETURN_POLICY_CHANGED,
            `the return policy changed since your quote (version ${quotedPolicyVersion}, now ${policy.version}): quote again to see the figures a return is filed with`,
            'policyVersion',
          );
        }
        const prepared = this.prepare(buyer, scope, items, orders, allocations, policy);
        await this.returns.insertRequest(transaction, {
          id: requestId,
          buyerCompanyId: buyer,
          purchaseId: scope.purchaseId ?? null,
          sellerOrderId: scope.purchaseId ? null : (scope.sellerOrderId ?? null),
          filedByUserId: actor.id,
          idempotencyKey,
          requestHash,
          quote: prepared.allocation,
          policyVersion: policy.version,
        });
        for (const part of prepared.allocation.sellerOrders) {
          const order = prepared.touched.find((candidate) => candidate.id === part.sellerOrderId) as ProjectedSellerOrder;
          const own = prepared.items.filter((item) => part.lineIds.includes(item.lineId));
          // The seller order's own allocation: the same figures as its part of the whole quote, since the policy allocates per seller order.
          let allocation: ReturnAllocation;
          try {
            allocation = quoteReturn({ sellerOrders: [figuresOf(order)], history: prepared.history, items: own, policy: policy.policy });
          } catch (error) {
            fromDomain(error);
          }
          if (canonical(allocation.sellerOrders[0]) !== canonical(part)) {
            throw new Error(`seller order ${order.id}: its own allocation differs from its part of the whole return's`);
          }
          await this.returns.insertSellerReturn(
            transaction,
            {
              id: idempotentId('seller-return', requestId, order.id),
              requestId,
              purchaseId: order.purchaseId,
              sellerOrderId: order.id,
              buyerCompanyId: buyer,
              sellerCompanyId: order.sellerCompanyId,
              currency: order.currency,
              items: own.map((item) => prepared.stored.get(item.lineId) as StoredReturnItem),
              allocation,
              policyVersion: policy.version,
            },
            { kind: 'USER', id: actor.id },
          );
        }
      });
    } catch (error) {
      // The same key filed at the same moment by a retry: answer as it did.
      if ((error as { constraint?: string }).constraint === 'return_request_buyer_company_id_idempotency_key_key') {
        const filed = await this.replay(buyer, idempotencyKey, requestHash);
        if (filed) return filed;
      }
      throw error;
    }
    return (await this.returns.request(this.dataSource.manager, requestId)) as ReturnRequestRecord;
  }

  private async replay(buyer: string, idempotencyKey: string, requestHash: string): Promise<ReturnRequestRecord | undefined> {
    const earlier = await this.returns.requestByKey(this.dataSource.manager, buyer, idempotencyKey);
    if (!earlier) return undefined;
    if (earlier.requestHash !== requestHash) {
      throw new ReturnsError(
        Code.IDEMPOTENCY_KEY_REUSED,
        'this idempotency key was used for a return of other items; use a new key for a new return',
        'idempotencyKey',
      );
    }
    return this.returns.request(this.dataSource.manager, earlier.id);
  }

  /** The buying company the actor returns for: a user with a buying role, of an APPROVED company. */
  private async buyerOf(actor: Actor): Promise<string> {
    if (actor.kind !== 'USER' || !actor.companyId || !actor.roles.some((role) => BUYING_ROLES.includes(role))) {
      throw new ReturnsError(Code.FORBIDDEN, 'returns are filed by a buyer’s staff (ADMIN, PURCHASER or APPROVER)');
    }
    await this.standings.assertMayTrade(actor.companyId);
    return actor.companyId;
  }

  /** Checks the items against the orders and the returns filed from them (`allocations`, oldest first), and quotes them. */
  private prepare(
    buyerCompanyId: string,
    scope: ReturnScope,
    items: readonly ReturnItemInput[],
    orders: readonly ProjectedSellerOrder[],
    allocations: readonly ReturnAllocation[],
    { policy }: VersionedReturnPolicy,
  ): PreparedReturn {
    if (Boolean(scope.purchaseId) === Boolean(scope.sellerOrderId)) {
      throw new ReturnsError(Code.INVALID_INPUT, 'name either the purchase or the trade order the return is of', 'purchaseId');
    }
    if (orders.length === 0 || orders.some((order) => order.buyerCompanyId !== buyerCompanyId)) {
      throw scope.purchaseId
        ? new ReturnsError(Code.UNKNOWN_PURCHASE, `no purchase ${scope.purchaseId}`, 'purchaseId')
        : new ReturnsError(Code.UNKNOWN_ORDER, `no order ${scope.sellerOrderId}`, 'sellerOrderId');
    }
    if (items.length === 0) throw new ReturnsError(Code.EMPTY_RETURN, 'a return has at least one item', 'items');

    const lines = new Map<string, { order: ProjectedSellerOrder; line: ProjectedLine }>();
    for (const order of orders) for (const line of order.lines) lines.set(line.lineId, { order, line });
    const history = historyOf(allocations);
    const returned = new Map(history.lines.map((entry) => [entry.lineId, entry.returnedQuantity]));
    const now = Date.now();

    const touched: ProjectedSellerOrder[] = [];
    const requested: ReturnItemRequest[] = [];
    const stored = new Map<string, StoredReturnItem>();
    items.forEach((item, index) => {
      const field = `items[${index}]`;
      const entry = lines.get(item.lineId);
      if (!entry)
        throw new ReturnsError(
          Code.UNKNOWN_LINE,
          `line ${item.lineId} is not in the ${scope.purchaseId ? 'purchase' : 'order'}`,
          `${field}.lineId`,
        );
      if (stored.has(item.lineId))
        throw new ReturnsError(Code.DUPLICATE_LINE, `line ${item.lineId} is in the return twice`, `${field}.lineId`);
      if (!(RETURN_REASONS as readonly string[]).includes(item.reason)) {
        throw new ReturnsError(
          Code.UNKNOWN_REASON,
          `"${item.reason}" is not a return reason (${RETURN_REASONS.join(', ')})`,
          `${field}.reason`,
        );
      }
      if (!Number.isSafeInteger(item.quantity) || item.quantity <= 0) {
        throw new ReturnsError(
          Code.NON_POSITIVE_QUANTITY,
          'a returned quantity is a whole number of units above zero',
          `${field}.quantity`,
        );
      }
      const { order, line } = entry;
      if (!wasDelivered(order)) {
        throw new ReturnsError(
          Code.ORDER_NOT_DELIVERED,
          `order ${order.id} is ${order.status}: only a delivered order may be returned`,
          `${field}.lineId`,
        );
      }
      const closesAt = windowClosesAt(order, this.config.RETURNS_RETURN_WINDOW_DAY_SECONDS, policy) as Date;
      if (now > closesAt.getTime()) {
        throw new ReturnsError(
          Code.RETURN_WINDOW_CLOSED,
          `the return window of ${returnWindowDaysOf(order.returnWindowDays, policy)} days after delivery of order ${order.id} closed at ${closesAt.toISOString()}`,
          `${field}.lineId`,
        );
      }
      const returnable = deliveredUnits(order, line) - (returned.get(line.lineId) ?? 0);
      if (item.quantity > returnable) {
        throw new ReturnsError(
          Code.QUANTITY_NOT_RETURNABLE,
          `line ${line.sellerSku}: ${item.quantity} units asked, ${Math.max(0, returnable)} returnable (delivered less already returned)`,
          `${field}.quantity`,
        );
      }
      if (!touched.includes(order)) touched.push(order);
      const reason = item.reason as ReturnReason;
      requested.push({ lineId: line.lineId, quantity: item.quantity, reason });
      stored.set(line.lineId, {
        lineId: line.lineId,
        listingId: line.listingId,
        productName: line.productName,
        sellerSku: line.sellerSku,
        quantity: item.quantity,
        reason,
        filedReason: reason,
        comment: item.comment?.trim() || null,
      });
    });

    let allocation: ReturnAllocation;
    try {
      allocation = quoteReturn({ sellerOrders: touched.map(figuresOf), history, items: requested, policy });
    } catch (error) {
      fromDomain(error);
    }
    return { touched, history, items: requested, stored, allocation };
  }
}
