import { PaymentMode, PriceBasis, SellerOrderOrigin, SellerOrderStatus, type TradeRecord } from '@lotbook/contracts';
import { checkCredit, initialOrderStatus, priceSellerOrder, type PricedSellerOrder } from '@lotbook/orders-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogClient } from '../clients/catalog.client';
import { CounterpartiesClient } from '../clients/counterparties.client';
import { deterministicId } from './deterministic-id';
import { fromDomain } from './domain-errors';
import { BidService } from './bid.service';
import { orderFigures, orderLineRecord } from './order-line';
import { OrderRepository } from './order.repository';
import { DEFAULT_RETURN_WINDOW_DAYS, PricingTablesService } from './pricing-tables.service';

/**
 * A trade becomes a seller order of the buyer with the seller, CONFIRMED at once (both sides
 * agreed in the book; the seller cannot refuse it) with its stock already committed by catalog,
 * priced at the trade price with the loyalty discount, shipping and commission (no seller
 * volume discount). Its id derives from the trade's, so a redelivered trade makes no second order.
 */
@Injectable()
export class TradeOrderService {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly counterparties: CounterpartiesClient,
    private readonly tables: PricingTablesService,
    private readonly orders: OrderRepository,
    private readonly bids: BidService,
  ) {}

  async fromTrade(trade: Omit<TradeRecord, never>, transaction: EntityManager): Promise<void> {
    const orderId = deterministicId('trade-order', trade.id);
    const existing: unknown[] = await transaction.query(`SELECT 1 FROM seller_order WHERE id = $1`, [orderId]);
    if (existing.length > 0) return;
    const [line] = await this.catalog.priceLines(trade.buyerCompanyId, [{ listingId: trade.listingId, quantity: trade.quantity }]);
    const buyer = await this.counterparties.profile(trade.buyerCompanyId);
    const tables = await this.tables.tables(transaction);
    const terms = await this.tables.sellerTerms(trade.sellerCompanyId, trade.currency, transaction);
    // The listing was on sale when it traded; the trade stands even if it has been paused since.
    const listing = line.listing;
    const region = listing?.region ?? 'UNKNOWN';
    // The bid's legal entity, as orders placed it; a bid placed before bids went through orders: the company's first.
    const bidEntity = await this.bids.legalEntityOf(trade.bidId, transaction);
    const entity = buyer.legalEntities.find((candidate) => candidate.id === bidEntity) ?? buyer.legalEntities[0] ?? null;
    const hasTable = Object.keys(terms.shippingFeeByRegionMinor).length > 0;
    let priced: PricedSellerOrder;
    try {
      priced = priceSellerOrder({
        sellerId: trade.sellerCompanyId,
        currency: trade.currency,
        deliveryRegion: region,
        lines: [
          {
            lineId: deterministicId('order-line', orderId, trade.id),
            quantity: trade.quantity,
            unitPriceMinor: trade.priceMinor,
            priceBasis: PriceBasis.TRADE,
            priceExplanation: `traded in the book at ${trade.matchedAt}`,
            commissionRateBp: line.categoryId ? this.tables.commissionRateBp(tables, line.categoryId) : tables.defaultCommissionRateBp,
            restockingRateBp: terms.restockingRateBp,
          },
        ],
        sellerDiscount: null,
        sellerDiscountApplies: false,
        loyaltyRateBp: await this.tables.buyerLoyaltyRateBp(trade.buyerCompanyId, trade.currency, tables),
        shipping:
          hasTable && terms.shippingFeeByRegionMinor[region] !== undefined
            ? { feeByRegionMinor: terms.shippingFeeByRegionMinor, freeFromNetMinor: terms.freeShippingFromNetMinor }
            : { feeByRegionMinor: { [region]: 0 }, freeFromNetMinor: null },
      });
    } catch (error) {
      fromDomain(error);
    }
    // The bid passed the credit check when it was placed; here only the way of paying is decided.
    const credit = checkCredit({ terms: buyer.commercialTerms, exposureMinor: 0, amountMinor: 0, currency: trade.currency });
    const netTerms = credit.kind === 'NET_TERMS';
    const [pricedLine] = priced.lines;
    await this.orders.insert(
      transaction,
      {
        id: orderId,
        purchaseId: null,
        origin: SellerOrderOrigin.TRADE,
        tradeId: trade.id,
        buyerCompanyId: trade.buyerCompanyId,
        buyerLegalEntityId: entity?.id ?? null,
        sellerCompanyId: trade.sellerCompanyId,
        currency: trade.currency,
        status: initialOrderStatus({ tradeOrder: true, needsApproval: false, buyerPaysInAdvance: !netTerms }) as SellerOrderStatus,
        paymentMode: netTerms ? PaymentMode.NET_TERMS : PaymentMode.PREPAY,
        paymentTermDays: credit.kind === 'NET_TERMS' ? credit.paymentTermDays : null,
        paid: false,
        deliveryRegion: region,
        deliveryAddress: entity?.address ?? '',
        lines: [
          orderLineRecord(pricedLine, {
            id: pricedLine.lineId,
            lineNo: 1,
            listingId: trade.listingId,
            productId: trade.productId,
            productName: line.productName ?? trade.productId,
            categoryId: line.categoryId ?? trade.productId,
            sellerSku: listing?.sellerSku ?? '',
          }),
        ],
        ...orderFigures(priced),
        returnWindowDays: terms.returnWindowDays ?? DEFAULT_RETURN_WINDOW_DAYS,
        returnWindowSetBySeller: terms.returnWindowDays !== null,
        placedByUserId: null,
      },
      { kind: 'SYSTEM', id: null },
      `trade ${trade.id}: ${trade.quantity} at ${trade.priceMinor} (minor units) matched in the book`,
    );
  }
}
