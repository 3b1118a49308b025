import { stockCommands, type PayloadOf } from '@lotbook/contracts';
import { BatchCommand } from '@lotbook/platform';
import { Injectable } from '@nestjs/common';
import { AskReservationService } from '../services/ask-reservation.service';

/** Trading's ask reservations, taken a fetched batch at a time: the reservation writer decides a whole batch in one transaction. */
@Injectable()
export class AskReservationServer {
  constructor(private readonly reservations: AskReservationService) {}

  @BatchCommand(stockCommands.reserveForAsk, { group: 'catalog.asks' })
  reserveForAsk(request: PayloadOf<typeof stockCommands.reserveForAsk.request>) {
    return this.reservations.reserve(request);
  }
}
