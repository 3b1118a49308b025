import { orderChanged, OrderSide, tradeMatched, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BidService } from '../services/bid.service';
import { TradeOrderService } from '../services/trade-order.service';

/**
 * Every trade matched in the book becomes its own seller order, CONFIRMED at once, and what it
 * filled of a bid no longer holds the buyer's credit; a bid that closes holds nothing.
 */
@Injectable()
export class TradingListener {
  constructor(
    private readonly tradeOrders: TradeOrderService,
    private readonly bids: BidService,
  ) {}

  @OnEvent(tradeMatched)
  async onTradeMatched(event: Envelope<PayloadOf<typeof tradeMatched>>, transaction: EntityManager): Promise<void> {
    await this.tradeOrders.fromTrade(event.payload, transaction);
    await this.bids.onTrade(event.payload, transaction);
  }

  @OnEvent(orderChanged, { when: (change) => change.order.side === OrderSide.BID })
  async onBidChanged(event: Envelope<PayloadOf<typeof orderChanged>>, transaction: EntityManager): Promise<void> {
    await this.bids.onBookOrder(event.payload.order, transaction);
  }
}
