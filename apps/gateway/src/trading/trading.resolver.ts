import { randomUUID } from 'node:crypto';
import { CompanyRole, orderCommands, ordersCommands, tradingQueries, type Actor } from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CompanyStandingCache } from '../auth/company-standing.cache';
import { CompanyMember, TradingMember } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { idFor, IdempotencyKey, idempotencyKeyOf } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { LiveTradingEvents } from './live-trading.events';
import {
  BookDepth,
  MyOrder,
  MyTrade,
  OrderPlacement,
  OrderSide,
  OrderStatus,
  PlaceAskInput,
  PlaceBidInput,
  TradingOrder,
} from './trading.model';

const BUYER_STAFF = [CompanyRole.ADMIN, CompanyRole.PURCHASER];
const SELLER_STAFF = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];
const TRADERS = [CompanyRole.ADMIN, CompanyRole.PURCHASER, CompanyRole.SALES_MANAGER];

/** The book of bids and asks: place, reduce and cancel orders; read your orders, your trades and any book's depth. */
@Resolver()
export class TradingResolver {
  constructor(
    private readonly rpc: ServiceRpcClient,
    private readonly live: LiveTradingEvents,
    private readonly companies: CompanyStandingCache,
  ) {}

  @CompanyMember()
  @Subscription(() => BookDepth, {
    description:
      'A product’s book, live: its top ten price levels each time it changes (connect with graphql-ws; pass {"authorization": "Bearer …"} as connection params)',
    resolve: (depth: BookDepth) => depth,
  })
  bookChanged(
    @Args('productId', { type: () => ID, description: 'The product of the book' }) productId: string,
    @Args('currency', { description: 'ISO 4217 currency of the book' }) currency: string,
  ) {
    return this.live.bookChanges(productId, currency.trim().toUpperCase());
  }

  @CompanyMember()
  @Subscription(() => MyTrade, { description: 'Your trades, live, as they are matched', resolve: (trade: MyTrade) => trade })
  myTradeMatched(@CurrentActor() actor: Actor) {
    const companyId = actor.companyId as string;
    return this.live.tradesOf(companyId, ({ askReservationId: _reservation, ...trade }) => {
      const buying = trade.buyerCompanyId === companyId;
      const counterpartyCompanyId = buying ? trade.sellerCompanyId : trade.buyerCompanyId;
      return {
        ...trade,
        side: buying ? OrderSide.BID : OrderSide.ASK,
        counterpartyCompanyId,
        counterpartyName: this.companies.tradingName(counterpartyCompanyId) ?? 'unknown company',
      };
    });
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => OrderPlacement, {
    description: 'Place a bid (buyers): it trades at once with asks it crosses, and the rest rests in the book',
  })
  async placeBid(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The bid' }) input: PlaceBidInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    // Bids go through orders, which applies the approval rule and the credit check and places the bid in the book itself.
    const { request, placement } = await this.rpc.command(
      ordersCommands.placeBid,
      {
        idempotencyKey: idempotencyKeyOf(idempotencyKey),
        actor,
        orderId: idFor('trading-order', actor, idempotencyKeyOf(idempotencyKey), randomUUID),
        productId: input.productId,
        currency: input.currency,
        legalEntityId: input.legalEntityId ?? undefined,
        quantity: input.quantity,
        limitPriceMinor: input.limitPriceMinor ?? undefined,
        limitPrice: input.limitPrice ?? undefined,
        minimumFill: input.minimumFill,
        acceptedRegions: input.acceptedRegions,
        expiresAt: input.expiresAt?.toISOString(),
      },
      { key: actor.companyId as string },
    );
    return { order: placement?.order ?? null, trades: placement?.trades ?? [], bidRequest: request };
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => OrderPlacement, {
    description: 'Place an ask from one of your listings (sellers): its stock is reserved, then it trades with bids it crosses',
  })
  placeAsk(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The ask' }) input: PlaceAskInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      orderCommands.placeAsk,
      {
        idempotencyKey: idempotencyKeyOf(idempotencyKey),
        actor,
        orderId: idFor('trading-order', actor, idempotencyKeyOf(idempotencyKey), randomUUID),
        listingId: input.listingId,
        productId: input.productId ?? undefined,
        currency: input.currency ?? undefined,
        quantity: input.quantity,
        limitPriceMinor: input.limitPriceMinor ?? undefined,
        limitPrice: input.limitPrice ?? undefined,
        expiresAt: input.expiresAt?.toISOString(),
      },
      { key: input.productId ?? input.listingId },
    );
  }

  @TradingMember(TRADERS)
  @Mutation(() => TradingOrder, {
    description: 'Lower an open order’s open quantity; it keeps its place in the book. Any other change is a cancel and a new order.',
  })
  async reduceOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'Your open order' }) orderId: string,
    @Args('openQuantity', { type: () => Int, description: 'The new open quantity, below the current one' }) openQuantity: number,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const order = await this.rpc.command(tradingQueries.findOrder, { actor, orderId }, { key: orderId });
    return this.rpc.command(
      orderCommands.reduceOrder,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, orderId, productId: order.productId, openQuantity },
      { key: order.productId },
    );
  }

  @TradingMember(TRADERS)
  @Mutation(() => TradingOrder, { description: 'Cancel an open order; an ask’s reserved stock goes back to its listing' })
  async cancelOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'Your open order' }) orderId: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const order = await this.rpc.command(tradingQueries.findOrder, { actor, orderId }, { key: orderId });
    return this.rpc.command(
      orderCommands.cancelOrder,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, orderId, productId: order.productId },
      { key: order.productId },
    );
  }

  @CompanyMember()
  @Query(() => [MyOrder], {
    description: 'Your bids and asks, newest first, with their fills; pass the last sequence seen as beforeSequence for more',
  })
  async myOrders(
    @CurrentActor() actor: Actor,
    @Args('side', { type: () => OrderSide, nullable: true, description: 'Only bids or only asks' }) side?: OrderSide,
    @Args('statuses', { type: () => [OrderStatus], nullable: true, description: 'Only orders in these statuses' }) statuses?: OrderStatus[],
    @Args('productId', { type: () => ID, nullable: true, description: 'Only orders for this product' }) productId?: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Page size, 1 to 200' }) first?: number,
    @Args('beforeSequence', { type: () => Int, nullable: true, description: 'The sequence of the last order seen, for the next page' })
    beforeSequence?: number,
  ) {
    const { orders } = await this.rpc.command(
      tradingQueries.myOrders,
      {
        actor,
        side: side ?? undefined,
        statuses: statuses ?? undefined,
        productId: productId ?? undefined,
        first: first ?? 50,
        beforeSequence: beforeSequence ?? undefined,
      },
      { key: actor.companyId ?? actor.id },
    );
    return orders;
  }

  @CompanyMember()
  @Query(() => [MyTrade], { description: 'Your trades, newest first; the company on the other side is shown to the two sides only' })
  async myTrades(
    @CurrentActor() actor: Actor,
    @Args('productId', { type: () => ID, nullable: true, description: 'Only trades of this product' }) productId?: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many, 1 to 200' }) first?: number,
  ) {
    const { trades } = await this.rpc.command(
      tradingQueries.myTrades,
      { actor, productId: productId ?? undefined, first: first ?? 50 },
      { key: actor.companyId ?? actor.id },
    );
    return trades;
  }

  @CompanyMember()
  @Query(() => BookDepth, { description: 'A product’s book: price levels with total quantity and order count per side, never who' })
  bookDepth(
    @CurrentActor() actor: Actor,
    @Args('productId', { type: () => ID, description: 'The product of the book' }) productId: string,
    @Args('currency', { description: 'ISO 4217 currency of the book' }) currency: string,
    @Args('levels', { type: () => Int, defaultValue: 10, description: 'Price levels per side, 1 to 100' }) levels: number,
  ) {
    return this.rpc.command(tradingQueries.bookDepth, { actor, productId, currency, levels }, { key: productId });
  }
}
