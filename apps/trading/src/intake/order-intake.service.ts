import {
  CompanyKind,
  OrderSide,
  OrderStatus,
  orderCommands,
  stockCommands,
  type Actor,
  type ErrorCodeOf,
  type TradingOrder,
} from '@lotbook/contracts';
import { CompanyStandings } from '@lotbook/company-status';
import { isCurrencyCode } from '@lotbook/money';
import { IdempotencyStore, SERVICE_CONFIG } from '@lotbook/platform';
import { CoalescedLookup } from '@lotbook/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { BookKeeper, type NewOrder, type Placement, type Rejection } from '../book/book-keeper.service';
import { fromRow, toView, tradeFromRow, type OrderRow } from '../book/book-order';
import { companyOf, TradingError, TradingErrorCode as Code } from '../trading.exception';
import type { TradingConfig } from '../trading.config';
import { CatalogClient } from './catalog.client';
import { limitPriceMinorOf } from './limit-price';
import { orderValueProblem } from './order-value';

type PlaceBid = z.output<typeof orderCommands.placeBid.request.payload>;
type PlaceAsk = z.output<typeof orderCommands.placeAsk.request.payload>;

/** A good-till-cancelled ask holds its stock this long; catalog's longest reservation. */
const GTC_RESERVATION_SECONDS = 365 * 24 * 3600;
/** An ask's reservation outlives the ask a little, so the ask's own expiry always releases it first. */
const RESERVATION_GRACE_SECONDS = 3600;

/** Every refusal catalog may answer an ask's reservation with, as trading's code: a code catalog adds is a compile error here. */
const CATALOG_REFUSALS: Record<ErrorCodeOf<typeof stockCommands.reserveForAsk>, Code> = {
  UNKNOWN_LISTING: Code.UNKNOWN_LISTING,
  FOREIGN_LISTING: Code.FOREIGN_LISTING,
  LISTING_NOT_ACTIVE: Code.LISTING_NOT_ACTIVE,
  PRODUCT_MISMATCH: Code.PRODUCT_MISMATCH,
  CURRENCY_MISMATCH: Code.CURRENCY_MISMATCH,
  QUANTITY_BELOW_MINIMUM: Code.QUANTITY_BELOW_MINIMUM,
  INSUFFICIENT_STOCK: Code.INSUFFICIENT_STOCK,
  NON_POSITIVE_QUANTITY: Code.NON_POSITIVE_QUANTITY,
  // The reservation id is the order id: another ask under the same id.
  RESERVATION_CONFLICT: Code.DUPLICATE_ORDER_ID,
  // Catalog could not take it now, or could not read it: the ask is not refused for itself.
  TRY_AGAIN: Code.CATALOG_UNAVAILABLE,
  INVALID_INPUT: Code.CATALOG_UNAVAILABLE,
};

const positiveInteger = (value: number) => Number.isSafeInteger(value) && value > 0;

/**
 * Checks an order before it reaches the book: who places it, what it names, and (for an ask)
 * that its stock is reserved. Every refusal is published as `trading.order.rejected` and
 * answered with a typed error; the book never sees a refused order.
 */
@Injectable()
export class OrderIntake {
  /** Stored orders by id: the idempotency check of a whole fetched batch of placements is one query. */
  private readonly storedOrders: CoalescedLookup<string, OrderRow>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly book: BookKeeper,
    private readonly catalog: CatalogClient,
    private readonly standings: CompanyStandings,
    private readonly idempotency: IdempotencyStore,
    @Inject(SERVICE_CONFIG) private readonly config: TradingConfig,
  ) {
    this.storedOrders = new CoalescedLookup(async (ids) => {
      const rows: OrderRow[] = await this.dataSource.query(`SELECT * FROM trading_order WHERE id = ANY ($1::uuid[])`, [ids]);
      return new Map(rows.map((row) => [row.id, row]));
    });
  }

  /**
   * A bid. With an idempotency key (the gateway derives the order id from it), a retry answers
   * the first answer; another bid under the key is refused with IDEMPOTENCY_KEY_REUSED.
   */
  placeBid(actor: Actor, request: PlaceBid): Promise<Placement> {
    return this.idempotency.once(orderCommands.placeBid.request.name, request, () => this.bid(actor, request));
  }

  /** An ask, retry-safe as a bid is. */
  placeAsk(actor: Actor, request: PlaceAsk): Promise<Placement> {
    return this.idempotency.once(orderCommands.placeAsk.request.name, request, () => this.ask(actor, request));
  }

  /** Lowers an open order's open quantity; with an idempotency key, a retry answers the first answer. */
  reduce(actor: Actor, orderId: string, openQuantity: number, idempotencyKey?: string): Promise<TradingOrder> {
    return this.idempotency.once(orderCommands.reduceOrder.request.name, { actor, orderId, openQuantity, idempotencyKey }, () =>
      this.reduceNow(actor, orderId, openQuantity),
    );
  }

  /** Cancels an open order; with an idempotency key, a retry answers the first answer (not ORDER_NOT_OPEN). */
  cancel(actor: Actor, orderId: string, idempotencyKey?: string): Promise<TradingOrder> {
    return this.idempotency.once(orderCommands.cancelOrder.request.name, { actor, orderId, idempotencyKey }, () =>
      this.cancelNow(actor, orderId),
    );
  }

  private async bid(actor: Actor, request: PlaceBid): Promise<Placement> {
    const companyId = companyOf(actor);
    const existing = await this.existing(request.orderId, companyId);
    if (existing) return existing;
    const refuse = (error: TradingError) =>
      this.refuse(error, { orderId: request.orderId, side: OrderSide.BID, productId: request.productId, companyId, reservationId: null });

    const standing = this.companyProblem(companyId, OrderSide.BID);
    if (standing) return refuse(standing);
    const currency = request.currency.trim().toUpperCase();
    const limitPriceMinor = this.checkedTerms(request, currency);
    if (limitPriceMinor instanceof TradingError) return refuse(limitPriceMinor);
    const problem = this.minimumFillProblem(request.minimumFill, request.quantity);
    if (problem) return refuse(problem);
    if (!(await this.catalog.productIsActive(request.productId))) {
      return refuse(new TradingError(Code.UNKNOWN_PRODUCT, `no product ${request.productId} is on sale`, 'productId'));
    }
    const acceptedRegions = [...new Set(request.acceptedRegions.map((region) => region.trim()).filter((region) => region.length > 0))];
    return this.placeOnce(
      companyId,
      this.newOrder(actor, companyId, {
        id: request.orderId,
        side: OrderSide.BID,
        productId: request.productId,
        currency,
        legalEntityId: request.legalEntityId ?? null,
        listingId: null,
        reservationId: null,
        region: null,
        acceptedRegions,
        quantity: request.quantity,
        limitPriceMinor,
        minimumFill: request.minimumFill,
        minimumOrderQuantity: 1,
        lotMultiple: 1,
        expiresAt: request.expiresAt ? Date.parse(request.expiresAt) : null,
      }),
    );
  }

  private async ask(actor: Actor, request: PlaceAsk): Promise<Placement> {
    const companyId = companyOf(actor);
    const existing = await this.existing(request.orderId, companyId);
    if (existing) return existing;
    const refuse = (error: TradingError) =>
      this.refuse(error, {
        orderId: request.orderId,
        side: OrderSide.ASK,
        productId: request.productId ?? null,
        companyId,
        reservationId: null,
      });

    const standing = this.companyProblem(companyId, OrderSide.ASK);
    if (standing) return refuse(standing);
    // The currency, when the seller names one, is checked against the listing by catalog; a
    // decimal price is read in it, so that a price too precise is refused before any stock is reserved.
    const limitPriceMinor = this.checkedTerms(request, request.currency?.trim().toUpperCase());
    if (limitPriceMinor instanceof TradingError) return refuse(limitPriceMinor);

    // One round trip: catalog checks the ask against the listing (the seller's own, on sale,
    // product, currency, minimum and lot) and reserves its stock in the same step. No reservation, no ask.
    const expiresAt = request.expiresAt ? Date.parse(request.expiresAt) : null;
    const ttlSeconds =
      expiresAt === null ? GTC_RESERVATION_SECONDS : Math.ceil((expiresAt - Date.now()) / 1000) + RESERVATION_GRACE_SECONDS;
    const reserved = await this.catalog.reserveForAsk({
      reservationId: request.orderId,
      listingId: request.listingId,
      sellerCompanyId: companyId,
      ...(request.productId ? { productId: request.productId } : {}),
      ...(request.currency ? { currency: request.currency } : {}),
      quantity: request.quantity,
      ownerRef: `trading:ask:${request.orderId}`,
      ttlSeconds: Math.min(ttlSeconds, GTC_RESERVATION_SECONDS),
    });
    if (!reserved.ok) {
      const code = CATALOG_REFUSALS[reserved.error.code];
      return refuse(new TradingError(code, reserved.error.message, reserved.error.field ?? 'listingId'));
    }
    const { listing } = reserved.result;
    return this.placeOnce(
      companyId,
      this.newOrder(actor, companyId, {
        id: request.orderId,
        side: OrderSide.ASK,
        productId: listing.productId,
        currency: listing.currency,
        legalEntityId: null,
        listingId: listing.id,
        reservationId: request.orderId,
        region: listing.region,
        acceptedRegions: [],
        quantity: request.quantity,
        limitPriceMinor,
        minimumFill: 1,
        minimumOrderQuantity: listing.minimumOrderQuantity,
        lotMultiple: listing.lotMultiple,
        expiresAt,
      }),
    );
  }

  private async reduceNow(actor: Actor, orderId: string, openQuantity: number): Promise<TradingOrder> {
    const companyId = companyOf(actor);
    await this.ownOpenOrder(orderId, companyId);
    if (!positiveInteger(openQuantity))
      throw new TradingError(Code.INVALID_REDUCTION, 'the new open quantity is a whole number above zero', 'openQuantity');
    return this.book.reduce(orderId, companyId, openQuantity);
  }

  private async cancelNow(actor: Actor, orderId: string): Promise<TradingOrder> {
    const companyId = companyOf(actor);
    await this.ownOpenOrder(orderId, companyId);
    return this.book.cancel(orderId, companyId);
  }

  /**
   * Places the order in the book. The book refusing its id as placed already means a retry ran
   * while its first run was still on the way (a timed-out caller sending again, a claim taken
   * over after its lease): the id comes from the company's own idempotency key, so the order the
   * first run placed is this request's answer, not DUPLICATE_ORDER_ID.
   */
  private async placeOnce(companyId: string, order: NewOrder): Promise<Placement> {
    try {
      return await this.book.place(order);
    } catch (error) {
      if (!(error instanceof TradingError) || error.code !== Code.DUPLICATE_ORDER_ID) throw error;
      const placed = await this.existing(order.id, companyId);
      if (placed) return placed;
      throw error;
    }
  }

  private newOrder(actor: Actor, companyId: string, order: Omit<NewOrder, 'companyId' | 'placedBy'>): NewOrder {
    return { ...order, companyId, placedBy: actor.id };
  }

  private companyProblem(companyId: string, side: OrderSide): TradingError | undefined {
    if (!this.standings.mayTrade(companyId))
      return new TradingError(Code.COMPANY_NOT_APPROVED, `company ${companyId} is not approved for trading now`);
    const kind = this.standings.kindOf(companyId);
    if (side === OrderSide.BID && kind === CompanyKind.SELLER)
      return new TradingError(Code.FORBIDDEN, 'a selling-only company does not bid');
    if (side === OrderSide.ASK && kind === CompanyKind.BUYER) return new TradingError(Code.FORBIDDEN, 'a buying-only company does not ask');
    return undefined;
  }

  /**
   * Quantity, price, its value, currency and expiry: the limit price in minor units, or the first problem.
   * `currency` undefined: an ask that names none, whose currency is its listing's.
   */
  private checkedTerms(
    request: { quantity: number; limitPriceMinor?: number; limitPrice?: string; expiresAt?: string },
    currency: string | undefined,
  ): number | TradingError {
    if (!positiveInteger(request.quantity))
      return new TradingError(Code.NON_POSITIVE_QUANTITY, 'the quantity is a whole number of base units above zero', 'quantity');
    const limitPriceMinor = limitPriceMinorOf(request, currency);
    if (limitPriceMinor instanceof TradingError) return limitPriceMinor;
    if (!positiveInteger(limitPriceMinor))
      return new TradingError(
        Code.NON_POSITIVE_PRICE,
        'the limit price is above zero',
        request.limitPrice === undefined ? 'limitPriceMinor' : 'limitPrice',
      );
    // Quantity × price in bigint: bounded here, every trade of the order is bounded too.
    const tooLarge = orderValueProblem(request.quantity, limitPriceMinor, this.config.TRADING_MAX_ORDER_VALUE_MINOR);
    if (tooLarge) return tooLarge;
    if (currency !== undefined && !isCurrencyCode(currency))
      return new TradingError(Code.UNKNOWN_CURRENCY, `"${currency}" is not an ISO 4217 currency code`, 'currency');
    if (request.expiresAt !== undefined && Date.parse(request.expiresAt) <= Date.now())
      return new TradingError(Code.EXPIRY_IN_PAST, `${request.expiresAt} has passed`, 'expiresAt');
    return limitPriceMinor;
  }

  private minimumFillProblem(minimumFill: number, quantity: number): TradingError | undefined {
    if (!positiveInteger(minimumFill) || minimumFill > quantity) {
      return new TradingError(
        Code.INVALID_MINIMUM_FILL,
        `the minimum fill is a whole number from 1 to the quantity (${quantity})`,
        'minimumFill',
      );
    }
    return undefined;
  }

  private async refuse(error: TradingError, rejection: Omit<Rejection, 'error'>): Promise<never> {
    await this.book.reject({ ...rejection, error });
    throw error;
  }

  /** A placement seen before (a retried message): answered with the order as it is now. */
  private async existing(orderId: string, companyId: string): Promise<Placement | undefined> {
    const row = await this.storedOrders.find(orderId);
    if (!row) return undefined;
    if (row.company_id !== companyId) throw new TradingError(Code.DUPLICATE_ORDER_ID, `order id ${orderId} is taken`, 'orderId');
    const order = this.book.openOrder(orderId) ?? toView(fromRow(row));
    return { order, trades: await this.tradesOf(orderId) };
  }

  private async tradesOf(orderId: string) {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT * FROM trade WHERE bid_id = $1 OR ask_id = $1 ORDER BY sequence`,
      [orderId],
    );
    return rows.map(tradeFromRow);
  }

  private async ownOpenOrder(orderId: string, companyId: string): Promise<void> {
    const rows: Array<{ company_id: string; status: OrderStatus }> = await this.dataSource.query(
      `SELECT company_id, status FROM trading_order WHERE id = $1`,
      [orderId],
    );
    if (!rows[0] || rows[0].company_id !== companyId) throw new TradingError(Code.UNKNOWN_ORDER, `you have no order ${orderId}`, 'orderId');
    if (rows[0].status !== OrderStatus.OPEN)
      throw new TradingError(Code.ORDER_NOT_OPEN, `order ${orderId} is ${rows[0].status}`, 'orderId');
  }
}
