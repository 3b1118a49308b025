import { reservationChanged, type Listing, type PayloadOf, type Reservation } from '@lotbook/contracts';
import { Outbox, type OutboxEntry } from '@lotbook/messaging';
import { SingleWriter, type QueuedOperation } from '@lotbook/platform';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { toListing, type ListingRow } from './listing.row';
import { ReservationService, toReservation, type ReservationRow } from './reservation.service';

export interface AskReservationRequest {
  reservationId: string;
  listingId: string;
  sellerCompanyId: string;
  productId?: string;
  currency?: string;
  quantity: number;
  ownerRef: string;
  ttlSeconds: number;
}

export interface AskReservation {
  reservation: Reservation;
  listing: Listing;
}

/**
 * Reserves stock for trading's asks, checking each ask against its listing in the same step.
 * Requests queue as they arrive; one writer (a SingleWriter) takes everything queued and
 * decides it in one transaction: the listings are locked (in id order) and read once, each
 * request is decided in arrival order against what the earlier ones of the batch took, and the
 * reservations and their events are written with a few statements. Many asks a second cost a
 * few commits, not one each.
 */
@Injectable()
export class AskReservationService implements OnApplicationShutdown {
  private readonly logger = new Logger(AskReservationService.name);
  private readonly writer = new SingleWriter<AskReservationRequest>({
    write: (batch) => this.write(batch),
    stoppedMessage: 'catalog is shutting down',
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reservations: ReservationService,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.writer.stop();
  }

  reserve(request: AskReservationRequest): Promise<AskReservation> {
    return this.writer.submit(request);
  }

  private async write(batch: ReadonlyArray<QueuedOperation<AskReservationRequest>>): Promise<void> {
    try {
      const outcomes = await this.dataSource.transaction((transaction) =>
        this.decide(
          transaction,
          batch.map(({ operation }) => operation),
        ),
      );
      batch.forEach((queued, index) => {
        const outcome = outcomes[index];
        if (outcome instanceof Error) queued.reject(outcome);
        else queued.resolve(outcome);
      });
    } catch (error) {
      this.logger.error({ msg: 'a batch of ask reservations could not be committed', error: (error as Error).message });
      throw error;
    }
  }

  private async decide(transaction: EntityManager, batch: AskReservationRequest[]): Promise<Array<AskReservation | CatalogError>> {
    const listingIds = [...new Set(batch.map((request) => request.listingId))];
    // Locked in id order (reservations of a listing take turns with every other writer of it).
    const listingRows: Array<ListingRow & { seller_status: string | null }> = await transaction.query(
      `SELECT l.*, s.status AS seller_status FROM listing l LEFT JOIN company_status s ON s.company_id = l.seller_company_id
        WHERE l.id = ANY ($1::uuid[]) ORDER BY l.id FOR UPDATE OF l`,
      [listingIds],
    );
    const listings = new Map(listingRows.map((row) => [row.id, row]));
    const available = await this.reservations.availableOf(transaction, listingIds);
    const stored: ReservationRow[] = await transaction.query(`SELECT * FROM reservation WHERE id = ANY ($1::uuid[])`, [
      batch.map((request) => request.reservationId),
    ]);
    const known = new Map<string, ReservationRow | AskReservationRequest>(stored.map((row) => [row.id, row]));

    const outcomes: Array<AskReservation | CatalogError | AskReservationRequest> = [];
    const made: AskReservationRequest[] = [];
    const events: Array<OutboxEntry<PayloadOf<typeof reservationChanged>>> = [];
    for (const request of batch) {
      const row = listings.get(request.listingId);
      const earlier = known.get(request.reservationId);
      if (earlier) {
        // A retried ask: the same reservation again is answered as it stands; other terms are a conflict.
        const same =
          ('listing_id' in earlier ? earlier.listing_id : earlier.listingId) === request.listingId &&
          ('owner_ref' in earlier ? earlier.owner_ref : earlier.ownerRef) === request.ownerRef;
        outcomes.push(
          same && row
            ? 'listing_id' in earlier
              ? { reservation: toReservation(earlier, available.get(row.id) ?? 0), listing: toListing(row) }
              : earlier
            : new CatalogError(Code.RESERVATION_CONFLICT, `reservation ${request.reservationId} exists with other terms`, 'reservationId'),
        );
        continue;
      }
      const problem = this.problem(request, row, available.get(request.listingId) ?? 0);
      if (problem) {
        outcomes.push(problem);
        if (row && (problem.code === Code.INSUFFICIENT_STOCK || problem.code === Code.LISTING_NOT_ACTIVE)) {
          events.push(this.event('REFUSED', request, available.get(row.id) ?? 0, `${problem.code}: ${problem.message}`));
        }
        continue;
      }
      const left = (available.get(request.listingId) ?? 0) - request.quantity;
      available.set(request.listingId, left);
      known.set(request.reservationId, request);
      made.push(request);
      outcomes.push(request);
      events.push(this.event('MADE', request, left));
    }

    const inserted = new Map<string, ReservationRow>();
    if (made.length > 0) {
      const rows: ReservationRow[] = await transaction.query(
        `INSERT INTO reservation (id, listing_id, owner_ref, quantity, status, expires_at)
         SELECT x.id, x.listing_id, x.owner_ref, x.quantity, 'ACTIVE', now() + make_interval(secs => x.ttl_seconds)
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, listing_id uuid, owner_ref text, quantity bigint, ttl_seconds int)
         RETURNING *`,
        [
          JSON.stringify(
            made.map((request) => ({
              id: request.reservationId,
              listing_id: request.listingId,
              owner_ref: request.ownerRef,
              quantity: request.quantity,
              ttl_seconds: request.ttlSeconds,
            })),
          ),
        ],
      );
      for (const row of rows) inserted.set(row.id, row);
    }
    await this.outbox.enqueueMany(transaction, reservationChanged, events);

    return outcomes.map((outcome) => {
      if (outcome instanceof CatalogError || 'listing' in outcome) return outcome;
      const row = inserted.get(outcome.reservationId) as ReservationRow;
      const listing = listings.get(outcome.listingId) as ListingRow;
      return { reservation: toReservation(row, available.get(listing.id) ?? 0), listing: toListing(listing) };
    });
  }

  /** Why this ask may not reserve from this listing, checked in the order a seller would fix them; undefined when it may. */
  private problem(
    request: AskReservationRequest,
    row: (ListingRow & { seller_status: string | null }) | undefined,
    available: number,
  ): CatalogError | undefined {
    if (!Number.isSafeInteger(request.quantity) || request.quantity <= 0)
      return new CatalogError(Code.NON_POSITIVE_QUANTITY, 'a reservation is a positive whole number of base units', 'quantity');
    if (!row) return new CatalogError(Code.UNKNOWN_LISTING, `no listing ${request.listingId}`, 'listingId');
    if (row.seller_company_id !== request.sellerCompanyId)
      return new CatalogError(Code.FOREIGN_LISTING, 'an ask is made from one of your own listings', 'listingId');
    if (row.status !== 'ACTIVE' || row.seller_status !== 'APPROVED')
      return new CatalogError(Code.LISTING_NOT_ACTIVE, `listing ${row.seller_sku} is not on sale now (${row.status})`, 'listingId');
    if (request.productId && request.productId !== row.product_id) {
      return new CatalogError(
        Code.PRODUCT_MISMATCH,
        `listing ${row.seller_sku} sells product ${row.product_id}, not ${request.productId}`,
        'productId',
      );
    }
    if (request.currency && request.currency.trim().toUpperCase() !== row.currency)
      return new CatalogError(Code.CURRENCY_MISMATCH, `listing ${row.seller_sku} is priced in ${row.currency}`, 'currency');
    const smallest = Math.max(Number(row.minimum_order_quantity), Number(row.lot_multiple));
    if (request.quantity < smallest) {
      return new CatalogError(
        Code.QUANTITY_BELOW_MINIMUM,
        `an ask from ${row.seller_sku} is at least ${smallest} (its minimum order quantity and lot)`,
        'quantity',
      );
    }
    if (request.quantity > available) {
      return new CatalogError(Code.INSUFFICIENT_STOCK, `only ${Math.max(0, available)} available, ${request.quantity} asked`, 'quantity');
    }
    return undefined;
  }

  private event(
    change: 'MADE' | 'REFUSED',
    request: AskReservationRequest,
    available: number,
    reason?: string,
  ): OutboxEntry<PayloadOf<typeof reservationChanged>> {
    return {
      key: request.listingId,
      payload: {
        change,
        reservationId: request.reservationId,
        listingId: request.listingId,
        ownerRef: request.ownerRef,
        quantity: request.quantity,
        available,
        ...(reason ? { reason } : {}),
      },
    };
  }
}
