import { orderChanged, orderRejected, OrderSide, tradeMatched, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEventBatch } from '@lotbook/messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReservationService } from '../services/reservation.service';

type OrderChanged = PayloadOf<typeof orderChanged>;
/** An ask's change that gives stock back to its reservation. */
type AskStockReleased = OrderChanged & { order: { side: OrderSide.ASK; reservationId: string } };
/** A refused ask whose stock had been reserved (all of it goes back). */
type ReservedAskRejected = PayloadOf<typeof orderRejected> & { reservationId: string };

const releasesAskStock = (change: OrderChanged): change is AskStockReleased =>
  change.order.side === OrderSide.ASK && change.releasedQuantity > 0 && change.order.reservationId !== null;

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

  @OnEventBatch(orderChanged, { when: releasesAskStock })
  async onOrdersChanged(events: Array<Envelope<AskStockReleased>>, transaction: EntityManager): Promise<void> {
    await this.reservations.settleParts(
      transaction,
      events.map(({ payload }) => ({ reservationId: payload.order.reservationId, quantity: payload.releasedQuantity, action: 'release' })),
    );
  }

  @OnEventBatch(orderRejected, { when: (rejection): rejection is ReservedAskRejected => rejection.reservationId !== null })
  async onOrdersRejected(events: Array<Envelope<ReservedAskRejected>>, transaction: EntityManager): Promise<void> {
    await this.reservations.settleParts(
      transaction,
      events.map(({ payload }) => ({ reservationId: payload.reservationId, quantity: Number.MAX_SAFE_INTEGER, action: 'release' })),
    );
  }
}
