import { orderCommands as commands, type PayloadOf } from '@lotbook/contracts';
import { BatchCommand } from '@lotbook/platform';
import { Injectable } from '@nestjs/common';
import { OrderIntake } from './order-intake.service';

type Request<TCommand extends keyof typeof commands> = PayloadOf<(typeof commands)[TCommand]['request']>;

/**
 * Place, reduce and cancel, taken off Kafka a fetched batch at a time and handed to the intake
 * in arrival order, so the book keeper commits many in one transaction. Asks have a group of
 * their own: each waits for catalog's reservation, and in one group every bid waited for the
 * slowest ask.
 */
@Injectable()
export class OrderCommandServer {
  constructor(private readonly intake: OrderIntake) {}

  @BatchCommand(commands.placeBid, { group: 'trading.orders' })
  placeBid(request: Request<'placeBid'>) {
    return this.intake.placeBid(request.actor, request);
  }

  @BatchCommand(commands.reduceOrder, { group: 'trading.orders' })
  reduceOrder(request: Request<'reduceOrder'>) {
    return this.intake.reduce(request.actor, request.orderId, request.openQuantity, request.idempotencyKey);
  }

  @BatchCommand(commands.cancelOrder, { group: 'trading.orders' })
  cancelOrder(request: Request<'cancelOrder'>) {
    return this.intake.cancel(request.actor, request.orderId, request.idempotencyKey);
  }

  @BatchCommand(commands.placeAsk, { group: 'trading.asks' })
  placeAsk(request: Request<'placeAsk'>) {
    return this.intake.placeAsk(request.actor, request);
  }
}
