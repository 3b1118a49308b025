import { createHash } from 'node:crypto';
import {
  PaymentMode,
  RESERVE_LINES_MAX,
  SellerOrderOrigin,
  SellerOrderStatus,
  type Actor,
  type CheckoutPreviewRecord,
  type CompanyProfile,
  type PricedLine,
  type PurchaseRecord,
  type SellerOrderLineRecord,
} from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import {
  checkCredit,
  initialOrderStatus,
  priceCheckout,
  type CreditDecision,
  type PricedSellerOrder,
  type SellerPricingTerms,
} from '@lotbook/orders-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogClient } from '../clients/catalog.client';
import { CounterpartiesClient } from '../clients/counterparties.client';
import type { OrdersConfig } from '../orders.config';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';
import { buyingCompany, CartService, quoteProblem } from './cart.service';
import { CreditService, creditLimitExceeded } from './credit.service';
import { deterministicId } from './deterministic-id';
import { orderFigures, orderLineRecord, waitsForApproval } from './order-line';
import { fromDomain } from './domain-errors';
import { OrderRepository, type NewSellerOrder } from './order.repository';
import { PricingTablesService } from './pricing-tables.service';
import { ReturnPolicyProjection } from './return-policy.projection';

type PreviewOrder = CheckoutPreviewRecord['orders'][number];

interface PricedCart {
  currency: string;
  orders: Array<{ priced: PricedSellerOrder; lines: SellerOrderLineRecord[]; returnWindowDays: number | null }>;
  totalMinor: number;
  cartLineIds: string[];
}

/**
 * Checkout: the cart priced into one seller order per seller, previewed without changing
 * anything, or placed with every line's stock reserved in catalog (all or none), the approval
 * rule and the credit check applied. A retried checkout (same idempotency key) places nothing
 * new: the purchase, its orders and its reservations have ids derived from the key.
 */
@Injectable()
export class CheckoutService {
  private readonly logger = new Logger(CheckoutService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly carts: CartService,
    private readonly catalog: CatalogClient,
    private readonly counterparties: CounterpartiesClient,
    private readonly tables: PricingTablesService,
    private readonly credit: CreditService,
    private readonly orders: OrderRepository,
    private readonly standings: CompanyStatusProjection,
    private readonly returnPolicy: ReturnPolicyProjection,
    @Inject(SERVICE_CONFIG) private readonly config: OrdersConfig,
  ) {}

  async preview(actor: Actor, deliveryRegion: string): Promise<CheckoutPreviewRecord> {
    const companyId = buyingCompany(actor);
    const [cart, profile] = await Promise.all([this.price(companyId, deliveryRegion.trim()), this.counterparties.profile(companyId)]);
    const now = new Date().toISOString();
    const paymentMode = await this.paymentMode(companyId, profile, cart.currency, cart.totalMinor);
    const policyReturnWindowDays = (await this.returnPolicy.current()).defaultReturnWindowDays;
    return {
      currency: cart.currency,
      orders: cart.orders.map(({ priced, lines, returnWindowDays }) =>
        this.previewOrder(priced, lines, returnWindowDays, {
          companyId,
          legalEntityId: null,
          address: '',
          paymentMode,
          profile,
          actor,
          now,
          policyReturnWindowDays,
        }),
      ),
      totalMinor: cart.totalMinor,
      paymentMode: paymentMode.mode,
      needsApproval: waitsForApproval(actor, profile, cart.currency, cart.totalMinor),
    };
  }

  async checkout(
    actor: Actor,
    legalEntityId: string,
    deliveryAddress: { region: string; address: string },
    idempotencyKey: string,
  ): Promise<PurchaseRecord> {
    const companyId = buyingCompany(actor);
    const requestHash = createHash('sha256')
      .update(JSON.stringify([legalEntityId, deliveryAddress.region.trim(), deliveryAddress.address.trim()]))
      .digest('hex');
    const earlier = await this.replay(companyId, idempotencyKey, requestHash);
    if (earlier) return earlier;
    await this.standings.assertMayTrade(companyId);

    const profile = await this.counterparties.profile(companyId);
    if (!profile.legalEntities.some((entity) => entity.id === legalEntityId)) {
      throw new OrdersError(Code.UNKNOWN_LEGAL_ENTITY, `legal entity ${legalEntityId} is not one of your company's`, 'legalEntityId');
    }
    const cart = await this.price(companyId, deliveryAddress.region.trim());
    const needsApproval = waitsForApproval(actor, profile, cart.currency, cart.totalMinor);
    const paymentMode = await this.paymentMode(companyId, profile, cart.currency, cart.totalMinor);
    for (const { priced } of cart.orders) {
      const standing = await this.standings.standing(priced.sellerId);
      if (standing !== 'APPROVED')
        throw new OrdersError(Code.UNKNOWN_LISTING, `the seller of some lines may not trade now`, 'sellerCompanyId');
    }

    const purchaseId = deterministicId('purchase', companyId, idempotencyKey);
    const initialStatus = initialOrderStatus({
      tradeOrder: false,
      needsApproval,
      buyerPaysInAdvance: paymentMode.mode === PaymentMode.PREPAY,
    }) as SellerOrderStatus;
    const now = new Date().toISOString();
    const policyReturnWindowDays = (await this.returnPolicy.current()).defaultReturnWindowDays;
    const orders: NewSellerOrder[] = cart.orders.map(({ priced, lines, returnWindowDays }) => {
      const orderId = deterministicId('seller-order', purchaseId, priced.sellerId);
      return {
        ...this.previewOrder(priced, lines, returnWindowDays, {
          companyId,
          legalEntityId,
          address: deliveryAddress.address.trim(),
          paymentMode,
          profile,
          actor,
          now,
          policyReturnWindowDays,
        }),
        id: orderId,
        purchaseId,
        status: initialStatus,
        lines: lines.map((line) => ({
          ...line,
          id: deterministicId('order-line', orderId, line.id),
          reservationId: deterministicId('reservation', purchaseId, line.id),
        })),
      };
    });

    await this.reserveAll(orders);
    try {
      await this.dataSource.transaction(async (transaction) => {
        await transaction.query(
          `INSERT INTO purchase (id, buyer_company_id, legal_entity_id, placed_by_user_id, currency, total_minor, approval_status,
                                 approval_expires_at, idempotency_key, request_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            purchaseId,
            companyId,
            legalEntityId,
            actor.id,
            cart.currency,
            cart.totalMinor,
            needsApproval ? 'PENDING' : null,
            needsApproval ? await this.tables.approvalExpiresAt(transaction) : null,
            idempotencyKey,
            requestHash,
          ],
        );
        for (const order of orders) {
          await this.orders.insert(transaction, order, { kind: 'USER', id: actor.id }, needsApproval ? 'waits for an approver' : null);
        }
        await transaction.query(`DELETE FROM cart_line WHERE id = ANY ($1::uuid[])`, [cart.cartLineIds]);
      });
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'purchase_buyer_company_id_idempotency_key_key') {
        // The same checkout arrived twice at once: the other one placed it, with these very reservations.
        const placed = await this.replay(companyId, idempotencyKey, requestHash);
        if (placed) return placed;
      }
      await this.releaseAll(orders);
      throw error;
    }
    return (await this.orders.purchase(this.dataSource.manager, purchaseId)) as PurchaseRecord;
  }

  private async replay(companyId: string, idempotencyKey: string, requestHash: string): Promise<PurchaseRecord | undefined> {
    const rows: Array<{ id: string; request_hash: string }> = await this.dataSource.query(
      `SELECT id, request_hash FROM purchase WHERE buyer_company_id = $1 AND idempotency_key = $2`,
      [companyId, idempotencyKey],
    );
    if (rows.length === 0) return undefined;
    if (rows[0].request_hash !== requestHash) {
      throw new OrdersError(
        Code.IDEMPOTENCY_KEY_REUSED,
        'this idempotency key was used for a checkout with another legal entity or address; use a new key',
        'idempotencyKey',
      );
    }
    return this.orders.purchase(this.dataSource.manager, rows[0].id);
  }

  /**
   * Reserves every line or none, and a refusal names the line. Catalog takes up to
   * RESERVE_LINES_MAX lines in one all-or-nothing step; a larger purchase goes in parts, and a
   * refused part gives back the parts before it.
   */
  private async reserveAll(orders: NewSellerOrder[]): Promise<void> {
    const lines = orders.flatMap((order) =>
      order.lines.map((line) => ({
        line,
        request: {
          reservationId: line.reservationId as string,
          listingId: line.listingId,
          quantity: line.quantity,
          ownerRef: `orders:order:${order.id}`,
        },
      })),
    );
    const made: string[] = [];
    for (let start = 0; start < lines.length; start += RESERVE_LINES_MAX) {
      const part = lines.slice(start, start + RESERVE_LINES_MAX);
      const ids = part.map(({ request }) => request.reservationId);
      const result = await this.catalog
        .reserveLines({ lines: part.map(({ request }) => request), ttlSeconds: this.config.ORDERS_RESERVATION_TTL_SECONDS })
        .catch(async (error: unknown) => {
          // No answer: the parts before are given back. This one may have been made all the same;
          // it is left to a retry of the checkout (the same key, the same reservation ids, which
          // catalog answers with the reservations it made) or to its expiry. Released here, a
          // retry would be answered with released reservations.
          await this.releaseIds(made);
          throw error;
        });
      if (!result.ok) {
        await this.releaseIds(made);
        const refused = part.find(({ request }) => result.error.field === `listingId:${request.listingId}`)?.line ?? part[0].line;
        const code = result.error.code === 'INSUFFICIENT_STOCK' ? Code.INSUFFICIENT_STOCK : Code.UNKNOWN_LISTING;
        throw new OrdersError(
          code,
          `${refused.productName} (${refused.sellerSku}): ${result.error.message}`,
          `listingId:${refused.listingId}`,
        );
      }
      made.push(...ids);
    }
  }

  private releaseAll(orders: NewSellerOrder[]): Promise<void> {
    return this.releaseIds(orders.flatMap((order) => order.lines.map((line) => line.reservationId as string)));
  }

  private async releaseIds(reservationIds: string[]): Promise<void> {
    for (const reservationId of reservationIds) {
      await this.catalog.release(reservationId).catch((error: unknown) =>
        // The reservation expires on its own; the sweeper of catalog gives it back then.
        this.logger.warn({ msg: 'could not release a reservation after a refused checkout', reservationId, error: String(error) }),
      );
    }
  }

  /** The cart priced: catalog's quote per line, the sellers' terms, the operator's tables, the buyer's loyalty tier. */
  private async price(companyId: string, deliveryRegion: string): Promise<PricedCart> {
    if (deliveryRegion.length === 0) throw new OrdersError(Code.INVALID_INPUT, 'a delivery region is required', 'deliveryRegion');
    const cartLines = await this.carts.lines(this.dataSource.manager, companyId);
    if (cartLines.length === 0) throw new OrdersError(Code.EMPTY_CART, 'your cart is empty', 'cart');
    const priced = await this.catalog.priceLines(
      companyId,
      cartLines.map((line) => ({ listingId: line.listing_id, quantity: Number(line.quantity) })),
    );
    for (const line of priced) {
      const problem = quoteProblem(line, companyId);
      if (problem) throw problem;
    }
    const currency = (priced[0].listing as NonNullable<PricedLine['listing']>).currency;
    const stray = priced.find((line) => line.listing?.currency !== currency);
    if (stray)
      throw new OrdersError(
        Code.MIXED_CURRENCIES,
        `a cart is in one currency; ${stray.listingId} is not in ${currency}`,
        `listingId:${stray.listingId}`,
      );

    const tables = await this.tables.tables();
    const sellerIds = [...new Set(priced.map((line) => (line.listing as NonNullable<PricedLine['listing']>).sellerCompanyId))];
    const sellerTerms = new Map(await Promise.all(sellerIds.map(async (id) => [id, await this.tables.sellerTerms(id, currency)] as const)));
    const sellers: Record<string, SellerPricingTerms> = {};
    for (const [id, terms] of sellerTerms) {
      const hasTable = Object.keys(terms.shippingFeeByRegionMinor).length > 0;
      sellers[id] = {
        sellerDiscount: terms.volumeDiscount,
        // A seller without a shipping table ships free to every region.
        shipping: hasTable
          ? { feeByRegionMinor: terms.shippingFeeByRegionMinor, freeFromNetMinor: terms.freeShippingFromNetMinor }
          : { feeByRegionMinor: { [deliveryRegion]: 0 }, freeFromNetMinor: null },
      };
    }
    const loyaltyRateBp = await this.tables.buyerLoyaltyRateBp(companyId, currency, tables);
    const byCartLine = new Map(cartLines.map((line, index) => [line.id, priced[index]]));
    let checkout;
    try {
      checkout = priceCheckout(
        cartLines.map((cartLine, index) => {
          const line = priced[index];
          const listing = line.listing as NonNullable<PricedLine['listing']>;
          const quote = line.quote as Extract<NonNullable<PricedLine['quote']>, { ok: true }>;
          return {
            lineId: cartLine.id,
            sellerId: listing.sellerCompanyId,
            currency,
            quantity: line.quantity,
            unitPriceMinor: quote.unitPriceMinor,
            priceBasis: quote.basis,
            priceExplanation: quote.explanation,
            commissionRateBp: this.tables.commissionRateBp(tables, line.categoryId as string),
            restockingRateBp: (sellerTerms.get(listing.sellerCompanyId) as { restockingRateBp: number }).restockingRateBp,
          };
        }),
        { deliveryRegion, loyaltyRateBp, sellers },
      );
    } catch (error) {
      fromDomain(error);
    }
    return {
      currency,
      totalMinor: checkout.buyerPaysMinor,
      cartLineIds: cartLines.map((line) => line.id),
      orders: checkout.sellerOrders.map((order) => ({
        priced: order,
        returnWindowDays: (sellerTerms.get(order.sellerId) as { returnWindowDays: number | null }).returnWindowDays,
        lines: order.lines.map((pricedLine, index) => {
          const line = byCartLine.get(pricedLine.lineId) as PricedLine;
          const listing = line.listing as NonNullable<PricedLine['listing']>;
          return orderLineRecord(pricedLine, {
            id: pricedLine.lineId,
            lineNo: index + 1,
            listingId: listing.id,
            productId: listing.productId,
            productName: line.productName ?? listing.productId,
            categoryId: line.categoryId as string,
            sellerSku: listing.sellerSku,
          });
        }),
      })),
    };
  }

  private previewOrder(
    priced: PricedSellerOrder,
    lines: SellerOrderLineRecord[],
    /** The seller's own window; null: none (returns applies the return policy's default, and orders completes after it). */
    returnWindowDays: number | null,
    context: {
      companyId: string;
      legalEntityId: string | null;
      address: string;
      paymentMode: { mode: PaymentMode; paymentTermDays: number | null };
      profile: CompanyProfile;
      actor: Actor;
      now: string;
      /** The return policy's default window in force, which an order of a seller without its own follows. */
      policyReturnWindowDays: number;
    },
  ): PreviewOrder {
    return {
      origin: SellerOrderOrigin.CHECKOUT,
      tradeId: null,
      buyerCompanyId: context.companyId,
      buyerLegalEntityId: context.legalEntityId,
      sellerCompanyId: priced.sellerId,
      currency: priced.currency,
      paymentMode: context.paymentMode.mode,
      paymentTermDays: context.paymentMode.paymentTermDays,
      paid: false,
      deliveryRegion: priced.deliveryRegion,
      deliveryAddress: context.address,
      lines,
      ...orderFigures(priced),
      returnWindowDays: returnWindowDays ?? context.policyReturnWindowDays,
      returnWindowSetBySeller: returnWindowDays !== null,
      carrier: null,
      trackingNumber: null,
      placedByUserId: context.actor.id,
      createdAt: context.now,
      shippedAt: null,
      deliveredAt: null,
    };
  }

  /** How the purchase is paid: on net terms within the credit limit, in advance, or refused (`checkCredit`). */
  private async paymentMode(companyId: string, profile: CompanyProfile, currency: string, amountMinor: number) {
    const terms = profile.commercialTerms;
    const exposureMinor = terms && terms.currency === currency ? await this.credit.exposure(companyId, currency) : 0;
    let decision: CreditDecision;
    try {
      decision = checkCredit({ terms, exposureMinor, amountMinor, currency });
    } catch (error) {
      fromDomain(error);
    }
    if (decision.kind === 'REFUSED') throw creditLimitExceeded(decision, currency);
    return decision.kind === 'NET_TERMS'
      ? { mode: PaymentMode.NET_TERMS, paymentTermDays: decision.paymentTermDays }
      : { mode: PaymentMode.PREPAY, paymentTermDays: null };
  }
}
