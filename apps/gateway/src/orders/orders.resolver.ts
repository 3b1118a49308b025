import {
  CompanyRole,
  counterpartiesQueries,
  ordersCommands as commands,
  type Actor,
  type PricingTablesRecord,
  type SellerTermsRecord,
} from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CompanyMember, OperatorOnly, TradingMember } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IDEMPOTENCY_KEY_DESCRIPTION, IdempotencyKey, idempotencyKeyOf, requiredIdempotencyKey } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { Timestamp } from '../timestamp.scalar';
import { LiveTradingEvents } from '../trading/live-trading.events';
import { OrderPlacement } from '../trading/trading.model';
import {
  BidRequest,
  Cart,
  CheckoutInput,
  CheckoutPreview,
  LoyaltyTierInput,
  OrderLineQuantityInput,
  PricingTables,
  Purchase,
  QuickOrderResult,
  SellerOrder,
  SellerOrderStatus,
  SellerTerms,
  SellerTermsInput,
} from './orders.model';

const BUYER_STAFF = [CompanyRole.ADMIN, CompanyRole.PURCHASER, CompanyRole.APPROVER];
const SELLER_STAFF = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];

const termsView = (terms: SellerTermsRecord): SellerTerms => ({
  ...terms,
  shippingFees: Object.entries(terms.shippingFeeByRegionMinor).map(([region, feeMinor]) => ({ region, feeMinor })),
});

const tablesView = (tables: PricingTablesRecord): PricingTables => ({
  defaultCommissionRateBp: tables.defaultCommissionRateBp,
  categoryCommissions: Object.entries(tables.commissionRateBpByCategory).map(([categoryId, rateBp]) => ({ categoryId, rateBp })),
  loyaltyTiers: Object.entries(tables.loyaltyTiers).map(([currency, tiers]) => ({ currency, tiers })),
  approvalExpirySeconds: tables.approvalExpirySeconds,
  approvalExpirySetByOperator: tables.approvalExpirySetByOperator,
});

/** Carts, checkout, purchases and seller orders, and the tables they are priced with; every field forwards to the orders service. */
@Resolver()
export class OrdersResolver {
  constructor(
    private readonly rpc: ServiceRpcClient,
    private readonly live: LiveTradingEvents,
  ) {}

  @Authenticated()
  @Subscription(() => SellerOrder, {
    description:
      'Seller orders your company bought or sold (every order, for operators), live, each time its status changes (graphql-ws; pass {"authorization": "Bearer …"} as connection params)',
    resolve: (order: SellerOrder) => order,
  })
  sellerOrderChanged(@CurrentActor() actor: Actor) {
    return this.live.orderChangesOf(actor.kind === 'OPERATOR' ? null : actor.companyId);
  }

  @CompanyMember(BUYER_STAFF)
  @Query(() => Cart, { description: 'Your company’s cart' })
  myCart(@CurrentActor() actor: Actor) {
    return this.rpc.command(commands.getCart, { actor }, { key: actor.companyId as string });
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => Cart, {
    description: 'Add a listing line to the cart (the same listing again adds to its quantity); minimum and lot multiple are checked',
  })
  addToCart(
    @CurrentActor() actor: Actor,
    @Args('listingId', { type: () => ID, description: 'The listing' }) listingId: string,
    @Args('quantity', { type: () => Int, description: 'Quantity in base units' }) quantity: number,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.addToCart,
      { actor, listingId, quantity, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.companyId as string },
    );
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => Cart, { description: 'Change a cart line’s quantity; 0 removes it' })
  updateCartLine(
    @CurrentActor() actor: Actor,
    @Args('lineId', { type: () => ID, description: 'The cart line' }) lineId: string,
    @Args('quantity', { type: () => Int, description: 'The new quantity; 0 removes the line' }) quantity: number,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.updateCartLine,
      { actor, lineId, quantity, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.companyId as string },
    );
  }

  @CompanyMember(BUYER_STAFF)
  @Mutation(() => Cart, { description: 'Empty the cart' })
  clearCart(@CurrentActor() actor: Actor, @IdempotencyKey() idempotencyKey?: string) {
    return this.rpc.command(
      commands.clearCart,
      { actor, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.companyId as string },
    );
  }

  @TradingMember(BUYER_STAFF)
  @Query(() => CheckoutPreview, {
    description: 'The cart split into one seller order per seller with every discount, its funder, shipping and totals; changes nothing',
  })
  checkoutPreview(
    @CurrentActor() actor: Actor,
    @Args('deliveryRegion', { description: 'Where it would be delivered' }) deliveryRegion: string,
  ) {
    return this.rpc.command(commands.previewCheckout, { actor, deliveryRegion }, { key: actor.companyId as string });
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => Purchase, {
    description:
      'Place the cart: stock reserved for every line or none, one seller order per seller; a retry with the same key places one purchase',
  })
  checkout(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'For whom and where' }) input: CheckoutInput,
    @Args('idempotencyKey', { nullable: true, description: `${IDEMPOTENCY_KEY_DESCRIPTION} A checkout needs one: here or in its input.` })
    idempotencyKey?: string,
  ) {
    const key = requiredIdempotencyKey('a checkout', idempotencyKey, input.idempotencyKey);
    return this.rpc.command(
      commands.checkout,
      {
        actor,
        legalEntityId: input.legalEntityId,
        deliveryAddress: { region: input.deliveryRegion, address: input.deliveryAddress },
        idempotencyKey: key,
      },
      { key: actor.companyId as string },
    );
  }

  @CompanyMember([CompanyRole.APPROVER])
  @Mutation(() => Purchase, { description: 'Approve a purchase waiting for approval (approvers; never your own)' })
  approvePurchase(
    @CurrentActor() actor: Actor,
    @Args('purchaseId', { type: () => ID, description: 'The purchase' }) purchaseId: string,
    @Args('reason', { nullable: true, description: 'A note for the purchaser' }) reason?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.decideApproval,
      { actor, purchaseId, approve: true, reason: reason ?? undefined, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: purchaseId },
    );
  }

  @CompanyMember([CompanyRole.APPROVER])
  @Mutation(() => Purchase, { description: 'Reject a purchase waiting for approval, with a reason (approvers); its stock is released' })
  rejectPurchase(
    @CurrentActor() actor: Actor,
    @Args('purchaseId', { type: () => ID, description: 'The purchase' }) purchaseId: string,
    @Args('reason', { description: 'Why, for the purchaser' }) reason: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.decideApproval,
      { actor, purchaseId, approve: false, reason, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: purchaseId },
    );
  }

  @CompanyMember(SELLER_STAFF)
  @Mutation(() => SellerOrder, {
    description:
      'Accept a placed order (sellers), refusing some units if you must: their stock is released and the kept lines are priced again at the same rates',
  })
  confirmSellerOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The order' }) orderId: string,
    @Args('refusals', {
      type: () => [OrderLineQuantityInput],
      nullable: true,
      description: 'Units refused per line; refusing every unit refuses the order',
    })
    refusals?: OrderLineQuantityInput[],
    @Args('reason', { nullable: true, description: 'Why units are refused (required to refuse the whole order)' }) reason?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.confirmOrder,
      { actor, orderId, refusals: refusals ?? [], reason: reason ?? undefined, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: orderId },
    );
  }

  @CompanyMember(SELLER_STAFF)
  @Mutation(() => SellerOrder, { description: 'Ship a confirmed order (sellers) with the carrier, tracking number and shipped quantities' })
  shipSellerOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The order' }) orderId: string,
    @Args('carrier', { description: 'The carrier' }) carrier: string,
    @Args('trackingNumber', { description: 'The carrier’s tracking number' }) trackingNumber: string,
    @Args('lines', {
      type: () => [OrderLineQuantityInput],
      nullable: true,
      description: 'Shipped quantity per line; every unit when left out',
    })
    lines?: OrderLineQuantityInput[],
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.shipOrder,
      { actor, orderId, carrier, trackingNumber, lines: lines ?? undefined, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: orderId },
    );
  }

  @CompanyMember(BUYER_STAFF)
  @Mutation(() => SellerOrder, { description: 'Confirm a shipped order arrived (buyers)' })
  confirmDelivery(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The order' }) orderId: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.confirmDelivery,
      { actor, orderId, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: orderId },
    );
  }

  @Authenticated()
  @Mutation(() => SellerOrder, {
    description: 'Cancel a seller order: the buyer before the seller confirms it, or an operator; its stock is released',
  })
  cancelSellerOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The order' }) orderId: string,
    @Args('reason', { description: 'Why' }) reason: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.cancelOrder,
      { actor, orderId, reason, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: orderId },
    );
  }

  @CompanyMember()
  @Query(() => [Purchase], { description: 'Your company’s purchases, newest first; approvers may ask for those waiting for approval' })
  async myPurchases(
    @CurrentActor() actor: Actor,
    @Args('awaitingApprovalOnly', { defaultValue: false, description: 'Only purchases waiting for an approver' })
    awaitingApprovalOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many' }) first: number,
    @Args('before', { type: () => Timestamp, nullable: true, description: 'Only purchases placed before this instant (the next page)' })
    before?: Date,
  ) {
    return (
      await this.rpc.command(
        commands.listPurchases,
        { actor, awaitingApprovalOnly, first, before: before?.toISOString() },
        { key: actor.companyId as string },
      )
    ).purchases;
  }

  @Authenticated()
  @Query(() => Purchase, { description: 'One purchase with its seller orders (its buyer, or operators)' })
  purchase(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The purchase' }) id: string) {
    return this.rpc.command(commands.getPurchase, { actor, purchaseId: id }, { key: id });
  }

  @Authenticated()
  @Query(() => SellerOrder, { description: 'One seller order with every status step (its buyer, its seller, or operators)' })
  sellerOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The order' }) id: string) {
    return this.rpc.command(commands.getOrder, { actor, orderId: id }, { key: id });
  }

  @Authenticated()
  @Query(() => [SellerOrder], {
    description: 'Seller orders you may see (bought or sold by your company; every order for operators), newest first, filtered',
  })
  async sellerOrders(
    @CurrentActor() actor: Actor,
    @Args('statuses', { type: () => [SellerOrderStatus], nullable: true, description: 'Only these statuses' })
    statuses?: SellerOrderStatus[],
    @Args('sellerCompanyId', { type: () => ID, nullable: true, description: 'Only this seller' }) sellerCompanyId?: string,
    @Args('buyerCompanyId', { type: () => ID, nullable: true, description: 'Only this buyer' }) buyerCompanyId?: string,
    @Args('managedByMe', {
      nullable: true,
      description: 'Operators: only the orders of the companies you are the account manager of',
    })
    managedByMe?: boolean,
    @Args('from', { type: () => Timestamp, nullable: true, description: 'Placed at or after' }) from?: Date,
    @Args('to', { type: () => Timestamp, nullable: true, description: 'Placed before' }) to?: Date,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many' }) first?: number,
    @Args('before', { type: () => Timestamp, nullable: true, description: 'Only orders placed before this instant (the next page)' })
    before?: Date,
  ) {
    const companyIds =
      managedByMe && actor.kind === 'OPERATOR'
        ? (await this.rpc.command(counterpartiesQueries.managedCompanies, { operatorId: actor.id }, { key: actor.id })).companyIds
        : undefined;
    return (
      await this.rpc.command(
        commands.listOrders,
        {
          actor,
          filter: {
            companyIds,
            statuses: statuses ?? undefined,
            sellerCompanyId: sellerCompanyId ?? undefined,
            buyerCompanyId: buyerCompanyId ?? undefined,
            from: from?.toISOString(),
            to: to?.toISOString(),
            first: first ?? 50,
            before: before?.toISOString(),
          },
        },
        { key: actor.companyId ?? actor.id },
      )
    ).orders;
  }

  @Authenticated()
  @Query(() => SellerTerms, {
    description: 'A seller’s terms in a currency: volume discount, shipping table, return window, restocking rate',
  })
  async sellerTerms(
    @CurrentActor() actor: Actor,
    @Args('sellerCompanyId', { type: () => ID, description: 'The seller' }) sellerCompanyId: string,
    @Args('currency', { description: 'ISO 4217 currency' }) currency: string,
  ) {
    return termsView(await this.rpc.command(commands.getSellerTerms, { actor, sellerCompanyId, currency }, { key: sellerCompanyId }));
  }

  @CompanyMember(SELLER_STAFF)
  @Mutation(() => SellerTerms, {
    description: 'Set your volume discount, shipping table, return window and restocking rate in a currency (sellers)',
  })
  async setSellerTerms(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The terms' }) input: SellerTermsInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const terms = {
      currency: input.currency,
      volumeDiscount: input.volumeDiscount ?? null,
      shippingFeeByRegionMinor: Object.fromEntries(input.shippingFees.map((fee) => [fee.region.trim(), fee.feeMinor])),
      freeShippingFromNetMinor: input.freeShippingFromNetMinor ?? null,
      returnWindowDays: input.returnWindowDays ?? null,
      restockingRateBp: input.restockingRateBp,
    };
    return termsView(
      await this.rpc.command(
        commands.setSellerTerms,
        { actor, terms, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
        { key: actor.companyId as string },
      ),
    );
  }

  @Authenticated()
  @Query(() => PricingTables, { description: 'The commission per category and the loyalty tiers' })
  async pricingTables(@CurrentActor() actor: Actor) {
    return tablesView(await this.rpc.command(commands.getPricingTables, { actor }, { key: 'pricing-tables' }));
  }

  @OperatorOnly()
  @Mutation(() => PricingTables, { description: 'Set a category’s commission rate, or the default one without a category (operators)' })
  async setCommissionRate(
    @CurrentActor() actor: Actor,
    @Args('rateBp', { type: () => Int, description: 'Rate in basis points' }) rateBp: number,
    @Args('categoryId', { type: () => ID, nullable: true, description: 'The category; the default rate when left out' })
    categoryId?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return tablesView(
      await this.rpc.command(
        commands.setCommissionRate,
        { actor, categoryId: categoryId ?? undefined, rateBp, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
        { key: 'pricing-tables' },
      ),
    );
  }

  @OperatorOnly()
  @Mutation(() => PricingTables, {
    description:
      'Set how long a purchase or bid waits for an approver before it lapses and its stock or credit is released; it applies to ' +
      'what starts waiting from then on (operators)',
  })
  async setApprovalExpiry(
    @CurrentActor() actor: Actor,
    @Args('hours', { type: () => Int, description: 'Whole hours, from 1 to 2,160 (90 days)' }) hours: number,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return tablesView(
      await this.rpc.command(
        commands.setApprovalExpiry,
        { actor, hours, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
        { key: 'pricing-tables' },
      ),
    );
  }

  @OperatorOnly()
  @Mutation(() => PricingTables, { description: 'Replace a currency’s loyalty tier table (operators)' })
  async setLoyaltyTiers(
    @CurrentActor() actor: Actor,
    @Args('currency', { description: 'ISO 4217 currency' }) currency: string,
    @Args('tiers', { type: () => [LoyaltyTierInput], description: 'The tiers, lowest first, covering every amount from 0' })
    tiers: LoyaltyTierInput[],
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return tablesView(
      await this.rpc.command(
        commands.setLoyaltyTiers,
        { actor, currency, tiers, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
        { key: 'pricing-tables' },
      ),
    );
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => QuickOrderResult, {
    description:
      'Add to the cart from a pasted list or a CSV of (seller SKU or product code, quantity); a product code takes the offer cheapest for you that can fill it. A report per row',
  })
  quickOrder(
    @CurrentActor() actor: Actor,
    @Args('csv', { description: 'Rows of "SKU or product code, quantity" (comma, semicolon or tab; an optional header)' }) csv: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.quickOrder,
      { actor, csv, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.companyId as string },
    );
  }

  @TradingMember(BUYER_STAFF)
  @Mutation(() => QuickOrderResult, { description: 'Put an earlier purchase’s lines into the cart at today’s prices' })
  reorder(
    @CurrentActor() actor: Actor,
    @Args('purchaseId', { type: () => ID, description: 'The earlier purchase' }) purchaseId: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.reorder,
      { actor, purchaseId, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.companyId as string },
    );
  }

  @CompanyMember([CompanyRole.APPROVER])
  @Mutation(() => OrderPlacement, {
    description: 'Approve a bid waiting for approval (approvers; never your own): it is placed in the book, within the credit limit',
  })
  async approveBid(
    @CurrentActor() actor: Actor,
    @Args('bidId', { type: () => ID, description: 'The waiting bid' }) bidId: string,
    @Args('reason', { nullable: true, description: 'A note for the purchaser' }) reason?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const { request, placement } = await this.rpc.command(
      commands.decideBid,
      { actor, bidId, approve: true, reason: reason ?? undefined, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      { key: actor.companyId as string },
    );
    return { order: placement?.order ?? null, trades: placement?.trades ?? [], bidRequest: request };
  }

  @CompanyMember([CompanyRole.APPROVER])
  @Mutation(() => BidRequest, { description: 'Reject a bid waiting for approval, with a reason (approvers)' })
  async rejectBid(
    @CurrentActor() actor: Actor,
    @Args('bidId', { type: () => ID, description: 'The waiting bid' }) bidId: string,
    @Args('reason', { description: 'Why, for the purchaser' }) reason: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return (
      await this.rpc.command(
        commands.decideBid,
        { actor, bidId, approve: false, reason, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
        { key: actor.companyId as string },
      )
    ).request;
  }

  @CompanyMember()
  @Query(() => [BidRequest], { description: 'Your company’s bids as orders took them, newest first; approvers may ask for those waiting' })
  async myBidRequests(
    @CurrentActor() actor: Actor,
    @Args('awaitingApprovalOnly', { defaultValue: false, description: 'Only bids waiting for an approver' }) awaitingApprovalOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many' }) first: number,
  ) {
    return (await this.rpc.command(commands.listBidRequests, { actor, awaitingApprovalOnly, first }, { key: actor.companyId as string }))
      .requests;
  }
}
