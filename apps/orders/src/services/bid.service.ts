import {
  BidRequestStatus,
  OrderSide,
  type Actor,
  type BidPlacementRecord,
  type BidRequestRecord,
  type CompanyProfile,
  type PayloadOf,
  type ordersCommands,
  type TradingOrder,
  type TradeRecord,
} from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { Money, MoneyError } from '@lotbook/money';
import { assertMayApprove, checkCredit, type CompanyRoleName } from '@lotbook/orders-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CounterpartiesClient } from '../clients/counterparties.client';
import { TradingClient } from '../clients/trading.client';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';
import { buyingCompany } from './cart.service';
import { PricingTablesService } from './pricing-tables.service';
import { CreditService, creditLimitExceeded } from './credit.service';
import { fromDomain } from './domain-errors';
import { waitsForApproval } from './order-line';

type BidInput = Omit<PayloadOf<typeof ordersCommands.placeBid.request>, 'actor' | 'idempotencyKey'>;

interface BidRow {
  id: string;
  buyer_company_id: string;
  legal_entity_id: string | null;
  placed_by_user_id: string;
  product_id: string;
  currency: string;
  quantity: string;
  limit_price_minor: string;
  request: { actor: Actor; bid: BidInput };
  status: BidRequestStatus;
  decided_by: string | null;
  reason: string | null;
  created_at: Date;
  expires_at: Date | null;
}

const toRecord = (row: BidRow): BidRequestRecord => ({
  id: row.id,
  buyerCompanyId: row.buyer_company_id,
  legalEntityId: row.legal_entity_id,
  placedByUserId: row.placed_by_user_id,
  productId: row.product_id,
  currency: row.currency.trim(),
  quantity: Number(row.quantity),
  limitPriceMinor: Number(row.limit_price_minor),
  maxValueMinor: Number(row.quantity) * Number(row.limit_price_minor),
  status: row.status,
  decidedByUserId: row.decided_by,
  reason: row.reason,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at?.toISOString() ?? null,
});

/** The limit price in minor units, when the bid gives one that can be read; otherwise the book refuses it with its own code. */
function limitPriceMinorOf(bid: BidInput): number | undefined {
  if (bid.limitPriceMinor !== undefined && bid.limitPrice === undefined) return bid.limitPriceMinor;
  if (bid.limitPrice !== undefined && bid.limitPriceMinor === undefined) {
    try {
      return Money.parse(bid.limitPrice, bid.currency.trim().toUpperCase()).minorUnits;
    } catch (error) {
      if (error instanceof MoneyError) return undefined;
      throw error;
    }
  }
  return undefined;
}

/**
 * Bids go through orders, the buyer's purchasing desk: a purchaser's bid worth more than the
 * company's approval threshold (quantity × limit price) waits for an approver; a bid on net
 * terms must fit the credit limit and holds its open value against it until it fills or
 * closes. Orders then places the bid in the book itself.
 */
@Injectable()
export class BidService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly counterparties: CounterpartiesClient,
    private readonly trading: TradingClient,
    private readonly credit: CreditService,
    private readonly standings: CompanyStatusProjection,
    private readonly tables: PricingTablesService,
  ) {}

  async place(actor: Actor, bid: BidInput): Promise<BidPlacementRecord> {
    const companyId = buyingCompany(actor);
    await this.standings.assertMayTrade(companyId);
    const existing = await this.find(this.dataSource.manager, bid.orderId);
    if (existing) {
      if (existing.buyer_company_id !== companyId) throw new OrdersError(Code.DUPLICATE_ORDER_ID, 'that bid id was used before', 'orderId');
      return { request: toRecord(existing), placement: null };
    }
    const profile = await this.counterparties.profile(companyId);
    const legalEntityId = this.legalEntity(profile, bid.legalEntityId);
    const currency = bid.currency.trim().toUpperCase();
    const limitPriceMinor = limitPriceMinorOf({ ...bid, currency });
    const readable = limitPriceMinor !== undefined && Number.isSafeInteger(bid.quantity) && bid.quantity > 0 && limitPriceMinor > 0;
    // What the book would refuse anyway (no price, a zero quantity...) goes to it, for its own typed answer.
    if (!readable)
      return {
        request: this.transient(actor, bid, legalEntityId, 0),
        placement: await this.trading.placeBid({ ...bid, actor, legalEntityId: legalEntityId ?? undefined }),
      };
    const maxValueMinor = bid.quantity * limitPriceMinor;
    if (!Number.isSafeInteger(maxValueMinor))
      throw new OrdersError(Code.AMOUNT_OUT_OF_RANGE, 'quantity × limit price is beyond what can be computed exactly', 'quantity');

    const waits = waitsForApproval(actor, profile, currency, maxValueMinor);
    await this.dataSource.query(
      `INSERT INTO bid_request (id, buyer_company_id, legal_entity_id, placed_by_user_id, product_id, currency, quantity, limit_price_minor, request,
                                status, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        bid.orderId,
        companyId,
        legalEntityId,
        actor.id,
        bid.productId,
        currency,
        bid.quantity,
        limitPriceMinor,
        JSON.stringify({ actor, bid: { ...bid, currency, legalEntityId: legalEntityId ?? undefined } }),
        waits ? BidRequestStatus.PENDING_APPROVAL : BidRequestStatus.PLACED,
        waits ? await this.tables.approvalExpiresAt() : null,
      ],
    );
    if (waits) return { request: toRecord((await this.find(this.dataSource.manager, bid.orderId)) as BidRow), placement: null };
    try {
      return await this.placeInBook(bid.orderId, profile);
    } catch (error) {
      // Refused by the credit check or the book: nothing of it stays.
      await this.dataSource.query(`DELETE FROM bid_hold WHERE bid_id = $1`, [bid.orderId]);
      await this.dataSource.query(`DELETE FROM bid_request WHERE id = $1`, [bid.orderId]);
      throw error;
    }
  }

  async decide(actor: Actor, bidId: string, approve: boolean, reason: string | undefined): Promise<BidPlacementRecord> {
    const text = reason?.trim() || null;
    if (!approve && !text) throw new OrdersError(Code.REASON_REQUIRED, 'a rejection needs a reason the purchaser can read', 'reason');
    const row = await this.find(this.dataSource.manager, bidId);
    if (!row || row.buyer_company_id !== actor.companyId)
      throw new OrdersError(Code.UNKNOWN_BID_REQUEST, `no bid ${bidId} waiting`, 'bidId');
    try {
      assertMayApprove({
        approverUserId: actor.id,
        approverRoles: actor.roles as CompanyRoleName[],
        placedByUserId: row.placed_by_user_id,
      });
    } catch (error) {
      fromDomain(error);
    }
    if (row.status !== BidRequestStatus.PENDING_APPROVAL) {
      throw new OrdersError(Code.TRANSITION_NOT_ALLOWED, `the bid is ${row.status}, not waiting for approval`, 'bidId');
    }
    if (!approve) {
      await this.dataSource.query(
        `UPDATE bid_request SET status = 'REJECTED', decided_by = $2, reason = $3 WHERE id = $1 AND status = 'PENDING_APPROVAL'`,
        [bidId, actor.id, text],
      );
      return { request: toRecord((await this.find(this.dataSource.manager, bidId)) as BidRow), placement: null };
    }
    const claimed: unknown[] = await this.dataSource.query(
      `UPDATE bid_request SET status = 'PLACED', decided_by = $2, reason = $3 WHERE id = $1 AND status = 'PENDING_APPROVAL' RETURNING id`,
      [bidId, actor.id, text],
    );
    if (claimed.length === 0) throw new OrdersError(Code.TRANSITION_NOT_ALLOWED, 'the bid was decided meanwhile', 'bidId');
    try {
      return await this.placeInBook(bidId, await this.counterparties.profile(row.buyer_company_id));
    } catch (error) {
      // The approval changes nothing when the credit check or the book refuses the bid now.
      await this.dataSource.query(`DELETE FROM bid_hold WHERE bid_id = $1`, [bidId]);
      await this.dataSource.query(`UPDATE bid_request SET status = 'PENDING_APPROVAL', decided_by = NULL, reason = NULL WHERE id = $1`, [
        bidId,
      ]);
      throw error;
    }
  }

  async list(actor: Actor, awaitingApprovalOnly: boolean, first: number): Promise<BidRequestRecord[]> {
    if (actor.kind !== 'USER' || !actor.companyId) throw new OrdersError(Code.FORBIDDEN, 'bids belong to a buyer company');
    const rows: BidRow[] = await this.dataSource.query(
      `SELECT * FROM bid_request WHERE buyer_company_id = $1 ${awaitingApprovalOnly ? `AND status = 'PENDING_APPROVAL'` : ''}
        ORDER BY created_at DESC, id LIMIT ${Math.floor(first)}`,
      [actor.companyId],
    );
    return rows.map(toRecord);
  }

  /** The legal entity a bid was placed for, so its trades become orders of that entity. */
  async legalEntityOf(bidId: string, manager: EntityManager): Promise<string | null | undefined> {
    const rows: Array<{ legal_entity_id: string | null }> = await manager.query(`SELECT legal_entity_id FROM bid_request WHERE id = $1`, [
      bidId,
    ]);
    return rows[0]?.legal_entity_id;
  }

  /** A trade fills part of a bid: that part of its hold is now an order, which counts on its own. */
  async onTrade(trade: TradeRecord, transaction: EntityManager): Promise<void> {
    await transaction.query(`UPDATE bid_hold SET filled_quantity = filled_quantity + $2 WHERE bid_id = $1`, [trade.bidId, trade.quantity]);
  }

  /** The book's view of a bid: a closed bid holds nothing; an open one at most its open quantity. */
  async onBookOrder(order: TradingOrder, transaction: EntityManager): Promise<void> {
    if (order.side !== OrderSide.BID) return;
    const open = order.status === 'OPEN' ? order.openQuantity : 0;
    await transaction.query(`UPDATE bid_hold SET open_snapshot = least(open_snapshot, $2) WHERE bid_id = $1`, [order.id, open]);
  }

  /** Waiting bids whose approval expired, and those of a company that may no longer trade. */
  async expireWaiting(): Promise<void> {
    await this.dataSource.query(
      `UPDATE bid_request SET status = 'EXPIRED', reason = 'no approver decided in time' WHERE status = 'PENDING_APPROVAL' AND expires_at <= now()`,
    );
    await this.dataSource.query(
      `UPDATE bid_request b SET status = 'CANCELLED', reason = 'the company was suspended'
         FROM company_status s WHERE s.company_id = b.buyer_company_id AND s.status IN ('SUSPENDED', 'REJECTED') AND b.status = 'PENDING_APPROVAL'`,
    );
  }

  private async placeInBook(bidId: string, profile: CompanyProfile): Promise<BidPlacementRecord> {
    const row = (await this.find(this.dataSource.manager, bidId)) as BidRow;
    const currency = row.currency.trim();
    const maxValueMinor = Number(row.quantity) * Number(row.limit_price_minor);
    const terms = profile.commercialTerms;
    const exposureMinor = terms && terms.currency === currency ? await this.credit.exposure(row.buyer_company_id, currency) : 0;
    let decision;
    try {
      decision = checkCredit({ terms, exposureMinor, amountMinor: maxValueMinor, currency });
    } catch (error) {
      fromDomain(error);
    }
    if (decision.kind === 'REFUSED') throw creditLimitExceeded(decision, currency);
    if (decision.kind === 'NET_TERMS') {
      await this.dataSource.query(
        `INSERT INTO bid_hold (bid_id, buyer_company_id, currency, limit_price_minor, quantity, open_snapshot) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (bid_id) DO NOTHING`,
        [bidId, row.buyer_company_id, currency, row.limit_price_minor, row.quantity],
      );
    }
    const placement = await this.trading.placeBid({ ...row.request.bid, actor: row.request.actor });
    return { request: toRecord((await this.find(this.dataSource.manager, bidId)) as BidRow), placement };
  }

  private legalEntity(profile: CompanyProfile, requested: string | undefined): string | null {
    if (requested && !profile.legalEntities.some((entity) => entity.id === requested)) {
      throw new OrdersError(Code.UNKNOWN_LEGAL_ENTITY, `legal entity ${requested} is not one of your company's`, 'legalEntityId');
    }
    return requested ?? profile.legalEntities[0]?.id ?? null;
  }

  private transient(actor: Actor, bid: BidInput, legalEntityId: string | null, limitPriceMinor: number): BidRequestRecord {
    return {
      id: bid.orderId,
      buyerCompanyId: actor.companyId as string,
      legalEntityId,
      placedByUserId: actor.id,
      productId: bid.productId,
      currency: bid.currency,
      quantity: bid.quantity,
      limitPriceMinor,
      maxValueMinor: 0,
      status: BidRequestStatus.PLACED,
      decidedByUserId: null,
      reason: null,
      createdAt: new Date().toISOString(),
      expiresAt: null,
    };
  }

  private async find(manager: EntityManager, bidId: string): Promise<BidRow | undefined> {
    const rows: BidRow[] = await manager.query(`SELECT * FROM bid_request WHERE id = $1`, [bidId]);
    return rows[0];
  }
}
