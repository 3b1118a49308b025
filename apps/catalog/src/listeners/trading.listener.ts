import { orderChanged, orderRejected, OrderSide, tradeMatched, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEventBatch } from '@lotbook/messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReservationService, type ReservationPart } from '../services/reservation.service';

/**
 * Keeps asks' stock reservations in step with the book: a trade commits what it sold, a
 * cancelled, expired, closed or reduced ask gives back what it no longer offers, and a refused
 * ask gives back all of it. Each event applies once (the inbox); a fetched batch of them is
 * applied in one transaction with a handful of statements.
 */
@Injectable()
export class TradingListener {
  private readonly logger = new Logger(TradingListener.name);

  constructor(private readonly reservations: ReservationService) {}

  @OnEventBatch(tradeMatched)
  async onTradesMatched(events: Array<Envelope<PayloadOf<typeof tradeMatched>>>, transaction: EntityManager): Promise<void> {
    const missed = await this.reservations.settleParts(
      transaction,
      events.map(({ payload }) => ({ reservationId: payload.askReservationId, quantity: payload.quantity, action: 'commit' as const })),
    );
    for (const part of missed) {
      this.logger.warn({
        msg: 'a trade named a reservation that is not active',
        reservationId: part.reservationId,
        quantity: part.quantity,
      });
    }
  }

  @OnEventBatch(orderChanged, { when: (change) => change.order.side === OrderSide.ASK && change.releasedQuantity > 0 })
  async onOrdersChanged(events: Array<Envelope<PayloadOf<typeof orderChanged>>>, transaction: EntityManager): Promise<void> {
    const parts: ReservationPart[] = [];
    for (const { payload } of events) {
      if (payload.order.side === OrderSide.ASK && payload.releasedQuantity > 0 && payload.order.reservationId) {
        parts.push({ reservationId: payload.order.reservationId, quantity: payload.releasedQuantity, action: 'release' });
      }
    }
    await this.reservations.settleParts(transaction, parts);
  }

  @OnEventBatch(orderRejected, { when: (rejection) => rejection.reservationId !== null })
  async onOrdersRejected(events: Array<Envelope<PayloadOf<typeof orderRejected>>>, transaction: EntityManager): Promise<void> {
    const parts: ReservationPart[] = [];
    for (const { payload } of events) {
      if (payload.reservationId) parts.push({ reservationId: payload.reservationId, quantity: Number.MAX_SAFE_INTEGER, action: 'release' });
    }
    await this.reservations.settleParts(transaction, parts);
  }
}
