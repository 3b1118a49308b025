import { ordersCommands as commands } from '@lotbook/contracts';
import { answerCommand, IdempotencyStore, SERVICE_CONTEXT, type ServiceContext } from '@lotbook/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BidService } from './services/bid.service';
import { CartService } from './services/cart.service';
import { CheckoutService } from './services/checkout.service';
import { OrderLifecycleService } from './services/order-lifecycle.service';
import { OrderQueryService } from './services/order-query.service';
import { PricingTablesService } from './services/pricing-tables.service';
import { QuickOrderService } from './services/quick-order.service';

/** The orders commands the gateway sends over Kafka request-reply. Thin: validate, call, answer. */
@Controller()
export class OrdersController {
  constructor(
    @Inject(SERVICE_CONTEXT) private readonly context: ServiceContext,
    private readonly carts: CartService,
    private readonly checkouts: CheckoutService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly queries: OrderQueryService,
    private readonly tables: PricingTablesService,
    private readonly quickOrders: QuickOrderService,
    private readonly idempotency: IdempotencyStore,
    private readonly bids: BidService,
  ) {}

  @MessagePattern(commands.getCart.request.name)
  getCart(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getCart, message, ({ actor }) => this.carts.get(actor));
  }

  @MessagePattern(commands.addToCart.request.name)
  addToCart(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.addToCart,
      message,
      ({ actor, listingId, quantity }) => this.carts.add(actor, listingId, quantity),
      this.idempotency,
    );
  }

  @MessagePattern(commands.updateCartLine.request.name)
  updateCartLine(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.updateCartLine,
      message,
      ({ actor, lineId, quantity }) => this.carts.update(actor, lineId, quantity),
      this.idempotency,
    );
  }

  @MessagePattern(commands.clearCart.request.name)
  clearCart(@Payload() message: unknown) {
    return answerCommand(this.context, commands.clearCart, message, ({ actor }) => this.carts.clear(actor), this.idempotency);
  }

  @MessagePattern(commands.previewCheckout.request.name)
  previewCheckout(@Payload() message: unknown) {
    return answerCommand(this.context, commands.previewCheckout, message, ({ actor, deliveryRegion }) =>
      this.checkouts.preview(actor, deliveryRegion),
    );
  }

  @MessagePattern(commands.checkout.request.name)
  checkout(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.checkout,
      message,
      ({ actor, legalEntityId, deliveryAddress, idempotencyKey }) =>
        this.checkouts.checkout(actor, legalEntityId, deliveryAddress, idempotencyKey),
      this.idempotency,
    );
  }

  @MessagePattern(commands.decideApproval.request.name)
  decideApproval(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.decideApproval,
      message,
      ({ actor, purchaseId, approve, reason }) => this.lifecycle.decideApproval(actor, purchaseId, approve, reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.confirmOrder.request.name)
  confirmOrder(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.confirmOrder,
      message,
      ({ actor, orderId, refusals, reason }) => this.lifecycle.confirm(actor, orderId, refusals, reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.shipOrder.request.name)
  shipOrder(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.shipOrder,
      message,
      ({ actor, orderId, carrier, trackingNumber, lines }) => this.lifecycle.ship(actor, orderId, carrier, trackingNumber, lines),
      this.idempotency,
    );
  }

  @MessagePattern(commands.confirmDelivery.request.name)
  confirmDelivery(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.confirmDelivery,
      message,
      ({ actor, orderId }) => this.lifecycle.confirmDelivery(actor, orderId),
      this.idempotency,
    );
  }

  @MessagePattern(commands.cancelOrder.request.name)
  cancelOrder(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.cancelOrder,
      message,
      ({ actor, orderId, reason }) => this.lifecycle.cancel(actor, orderId, reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.getPurchase.request.name)
  getPurchase(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getPurchase, message, ({ actor, purchaseId }) => this.queries.purchase(actor, purchaseId));
  }

  @MessagePattern(commands.listPurchases.request.name)
  listPurchases(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listPurchases, message, async ({ actor, awaitingApprovalOnly, first, before }) => ({
      purchases: await this.queries.purchases(actor, awaitingApprovalOnly, first, before),
    }));
  }

  @MessagePattern(commands.getOrder.request.name)
  getOrder(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getOrder, message, ({ actor, orderId }) => this.queries.order(actor, orderId));
  }

  @MessagePattern(commands.listOrders.request.name)
  listOrders(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listOrders, message, async ({ actor, filter }) => ({
      orders: await this.queries.list(actor, filter),
    }));
  }

  @MessagePattern(commands.getSellerTerms.request.name)
  getSellerTerms(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getSellerTerms, message, ({ sellerCompanyId, currency }) =>
      this.tables.sellerTerms(sellerCompanyId, currency),
    );
  }

  @MessagePattern(commands.setSellerTerms.request.name)
  setSellerTerms(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setSellerTerms,
      message,
      ({ actor, terms }) => this.tables.setSellerTerms(actor, terms),
      this.idempotency,
    );
  }

  @MessagePattern(commands.getPricingTables.request.name)
  getPricingTables(@Payload() message: unknown) {
    return answerCommand(this.context, commands.getPricingTables, message, () => this.tables.tables());
  }

  @MessagePattern(commands.setCommissionRate.request.name)
  setCommissionRate(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setCommissionRate,
      message,
      ({ actor, categoryId, rateBp }) => this.tables.setCommissionRate(actor, categoryId, rateBp),
      this.idempotency,
    );
  }

  @MessagePattern(commands.setApprovalExpiry.request.name)
  setApprovalExpiry(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setApprovalExpiry,
      message,
      ({ actor, hours }) => this.tables.setApprovalExpiry(actor, hours),
      this.idempotency,
    );
  }

  @MessagePattern(commands.setLoyaltyTiers.request.name)
  setLoyaltyTiers(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.setLoyaltyTiers,
      message,
      ({ actor, currency, tiers }) => this.tables.setLoyaltyTiers(actor, currency, tiers),
      this.idempotency,
    );
  }

  @MessagePattern(commands.quickOrder.request.name)
  quickOrder(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.quickOrder,
      message,
      ({ actor, csv }) => this.quickOrders.quickOrder(actor, csv),
      this.idempotency,
    );
  }

  @MessagePattern(commands.reorder.request.name)
  reorder(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.reorder,
      message,
      ({ actor, purchaseId }) => this.quickOrders.reorder(actor, purchaseId),
      this.idempotency,
    );
  }

  @MessagePattern(commands.placeBid.request.name)
  placeBid(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.placeBid,
      message,
      ({ actor, idempotencyKey: _key, ...bid }) => this.bids.place(actor, bid),
      this.idempotency,
    );
  }

  @MessagePattern(commands.decideBid.request.name)
  decideBid(@Payload() message: unknown) {
    return answerCommand(
      this.context,
      commands.decideBid,
      message,
      ({ actor, bidId, approve, reason }) => this.bids.decide(actor, bidId, approve, reason),
      this.idempotency,
    );
  }

  @MessagePattern(commands.listBidRequests.request.name)
  listBidRequests(@Payload() message: unknown) {
    return answerCommand(this.context, commands.listBidRequests, message, async ({ actor, awaitingApprovalOnly, first }) => ({
      requests: await this.bids.list(actor, awaitingApprovalOnly, first),
    }));
  }
}
