import { listingChanged, ListingStatus, type Envelope, type PayloadOf } from '@lotbook/contracts';
import { OnEvent } from '@lotbook/messaging';
import { Injectable } from '@nestjs/common';
import { BookKeeper } from '../book/book-keeper.service';

/**
 * A listing taken off sale (paused or back to draft) withdraws the asks made from it: a seller
 * who pauses a listing expects its offers gone. The cancels are committed before the event is
 * marked handled, so a crash in between only repeats them (and a repeat finds nothing open).
 */
@Injectable()
export class ListingListener {
  constructor(private readonly book: BookKeeper) {}

  @OnEvent(listingChanged, { when: (change) => change.listing.status !== ListingStatus.ACTIVE })
  async onListingChanged(event: Envelope<PayloadOf<typeof listingChanged>>): Promise<void> {
    await this.book.withdrawListing(event.payload.listing.id);
  }
}
