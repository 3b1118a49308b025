import { orderChanged, orderRejected, OrderSide, tradeMatched, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReservationService } from '../services/reservation.service';

/**
 * Keeps asks' stock reservations in step with the book: a trade commits what it sold, a
 * cancelled, expired, closed or reduced ask gives back what it no longer offers, and a refused
 * ask gives back all of it. Each event applies once (the inbox), in the handler's transaction.
 */
@Injectable()
export class TradingListener {
  private readonly logger = new Logger(TradingListener.name);

  constructor(private readonly reservations: ReservationService) {}

  @OnEvent(tradeMatched)
  async onTradeMatched(event: Envelope<PayloadOf<typeof tradeMatched>>, transaction: EntityManager): Promise<void> {
    const settled = await this.reservations.settlePart(transaction, event.payload.askReservationId, event.payload.quantity, 'commit');
    if (!settled)
      this.logger.warn({
        msg: 'a trade named a reservation that is not active',
        reservationId: event.payload.askReservationId,
        tradeId: event.payload.id,
      });
  }

  @OnEvent(orderChanged, { when: (change) => change.order.side === OrderSide.ASK && change.releasedQuantity > 0 })
  async onOrderChanged(event: Envelope<PayloadOf<typeof orderChanged>>, transaction: EntityManager): Promise<void> {
    const { order, releasedQuantity } = event.payload;
    if (order.side !== OrderSide.ASK || releasedQuantity === 0 || !order.reservationId) return;
    await this.reservations.settlePart(transaction, order.reservationId, releasedQuantity, 'release');
  }

  @OnEvent(orderRejected, { when: (rejection) => rejection.reservationId !== null })
  async onOrderRejected(event: Envelope<PayloadOf<typeof orderRejected>>, transaction: EntityManager): Promise<void> {
    if (!event.payload.reservationId) return;
    await this.reservations.settlePart(transaction, event.payload.reservationId, Number.MAX_SAFE_INTEGER, 'release');
  }
}
