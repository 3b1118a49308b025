import { reservationChanged, ReservationStatus, type Reservation } from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { returnedRows } from '@lotbook/persistence';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';

export interface ReserveInput {
  reservationId: string;
  listingId: string;
  quantity: number;
  ownerRef: string;
  ttlSeconds: number;
}

interface ReservationRow {
  id: string;
  listing_id: string;
  owner_ref: string;
  quantity: string;
  status: ReservationStatus;
  expires_at: Date;
}

/**
 * Stock held for other services. A reservation locks its listing's row, so reservations of one
 * listing happen one at a time and the sum of active, unexpired reservations never exceeds
 * the stock on hand. Every operation is idempotent by reservation id.
 */
@Injectable()
export class ReservationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async reserve(input: ReserveInput): Promise<Reservation> {
    if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0) {
      throw new CatalogError(Code.NON_POSITIVE_QUANTITY, 'a reservation is a positive whole number of base units', 'quantity');
    }
    try {
      return await this.dataSource.transaction((transaction) => this.reserveIn(transaction, input));
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'reservation_pkey') {
        // The same reservation id arrived twice at once: the other one made it; answer as it did.
        return this.dataSource.transaction((transaction) => this.reserveIn(transaction, input));
      }
      if (error instanceof CatalogError && (error.code === Code.INSUFFICIENT_STOCK || error.code === Code.LISTING_NOT_ACTIVE)) {
        await this.dataSource.transaction(async (transaction) => {
          await this.outbox.enqueue(transaction, reservationChanged, {
            key: input.listingId,
            payload: {
              change: 'REFUSED',
              reservationId: input.reservationId,
              listingId: input.listingId,
              ownerRef: input.ownerRef,
              quantity: input.quantity,
              available: await this.available(transaction, input.listingId),
              reason: `${error.code}: ${error.message}`,
            },
          });
        });
      }
      throw error;
    }
  }

  async release(reservationId: string): Promise<Reservation> {
    return this.dataSource.transaction(async (transaction) => {
      const reservation = await this.find(transaction, reservationId);
      if (reservation.status === ReservationStatus.RELEASED) return this.view(transaction, reservation);
      if (reservation.status === ReservationStatus.COMMITTED) {
        throw new CatalogError(Code.RESERVATION_NOT_ACTIVE, `reservation ${reservationId} was committed; it can no longer be released`);
      }
      await transaction.query(`UPDATE reservation SET status = 'RELEASED', updated_at = now() WHERE id = $1`, [reservationId]);
      return this.announce(transaction, { ...reservation, status: ReservationStatus.RELEASED }, 'RELEASED');
    });
  }

  async commit(reservationId: string): Promise<Reservation> {
    return this.dataSource.transaction(async (transaction) => {
      const reservation = await this.find(transaction, reservationId);
      if (reservation.status === ReservationStatus.COMMITTED) return this.view(transaction, reservation);
      if (reservation.status === ReservationStatus.RELEASED || reservation.expires_at <= new Date()) {
        throw new CatalogError(Code.RESERVATION_NOT_ACTIVE, `reservation ${reservationId} was released or has expired`);
      }
      const [listing]: Array<{ on_hand: string }> = await transaction.query(`SELECT on_hand FROM listing WHERE id = $1 FOR UPDATE`, [
        reservation.listing_id,
      ]);
      if (Number(listing.on_hand) < Number(reservation.quantity)) {
        throw new CatalogError(Code.INSUFFICIENT_STOCK, `only ${listing.on_hand} on hand; the seller lowered its stock below this reservation`);
      }
      await transaction.query(`UPDATE listing SET on_hand = on_hand - $2, updated_at = now() WHERE id = $1`, [reservation.listing_id, reservation.quantity]);
      await transaction.query(`UPDATE reservation SET status = 'COMMITTED', updated_at = now() WHERE id = $1`, [reservationId]);
      return this.announce(transaction, { ...reservation, status: ReservationStatus.COMMITTED }, 'COMMITTED');
    });
  }

  /**
   * Settles part of a reservation inside the caller's transaction (an event handler's, with
   * its inbox record): `commit` sells that much (it leaves stock on hand), `release` gives it
   * back. What is left stays reserved; when nothing is left the reservation is COMMITTED if
   * anything of it was sold, else RELEASED. A reservation already settled is left alone.
   */
  async settlePart(transaction: EntityManager, reservationId: string, quantity: number, action: 'commit' | 'release'): Promise<Reservation | undefined> {
    const rows: Array<ReservationRow & { committed_quantity: string }> = await transaction.query(`SELECT * FROM reservation WHERE id = $1 FOR UPDATE`, [
      reservationId,
    ]);
    const reservation = rows[0];
    if (!reservation || reservation.status !== ReservationStatus.ACTIVE) return undefined;
    const part = Math.min(quantity, Number(reservation.quantity));
    const left = Number(reservation.quantity) - part;
    const committed = Number(reservation.committed_quantity) + (action === 'commit' ? part : 0);
    const status = left > 0 ? ReservationStatus.ACTIVE : committed > 0 ? ReservationStatus.COMMITTED : ReservationStatus.RELEASED;
    if (action === 'commit') {
      // The seller cannot lower stock below what is reserved, so on hand always covers a sale.
      await transaction.query(`UPDATE listing SET on_hand = on_hand - $2, updated_at = now() WHERE id = $1`, [reservation.listing_id, part]);
    }
    await transaction.query(`UPDATE reservation SET quantity = $2, committed_quantity = $3, status = $4, updated_at = now() WHERE id = $1`, [
      reservationId,
      left,
      committed,
      status,
    ]);
    const available = await this.available(transaction, reservation.listing_id);
    await this.outbox.enqueue(transaction, reservationChanged, {
      key: reservation.listing_id,
      payload: {
        change: action === 'commit' ? 'COMMITTED' : 'RELEASED',
        reservationId,
        listingId: reservation.listing_id,
        ownerRef: reservation.owner_ref,
        quantity: part,
        available,
      },
    });
    return this.view(transaction, { ...reservation, quantity: String(left), status });
  }

  /** Releases every active reservation whose time is up, and says so; returns how many. */
  async releaseExpired(limit = 1_000): Promise<number> {
    return this.dataSource.transaction(async (transaction) => {
      const expired = returnedRows<ReservationRow>(
        await transaction.query(
          `UPDATE reservation SET status = 'RELEASED', updated_at = now()
            WHERE id IN (SELECT id FROM reservation WHERE status = 'ACTIVE' AND expires_at <= now() ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING *`,
          [limit],
        ),
      );
      await this.outbox.enqueueMany(
        transaction,
        reservationChanged,
        await Promise.all(
          expired.map(async (row) => ({
            key: row.listing_id,
            payload: {
              change: 'RELEASED' as const,
              reservationId: row.id,
              listingId: row.listing_id,
              ownerRef: row.owner_ref,
              quantity: Number(row.quantity),
              available: await this.available(transaction, row.listing_id),
              reason: 'EXPIRED: the reservation’s time ran out',
            },
          })),
        ),
      );
      return expired.length;
    });
  }

  /** On hand minus active, unexpired reservations. */
  async available(manager: EntityManager, listingId: string): Promise<number> {
    const [row]: Array<{ available: string | null }> = await manager.query(
      `SELECT l.on_hand - coalesce((SELECT sum(quantity) FROM reservation r
                                     WHERE r.listing_id = l.id AND r.status = 'ACTIVE' AND r.expires_at > now()), 0) AS available
         FROM listing l WHERE l.id = $1`,
      [listingId],
    );
    return Number(row?.available ?? 0);
  }

  private async reserveIn(transaction: EntityManager, input: ReserveInput): Promise<Reservation> {
    const existing: ReservationRow[] = await transaction.query(`SELECT * FROM reservation WHERE id = $1`, [input.reservationId]);
    if (existing[0]) {
      const same = existing[0].listing_id === input.listingId && Number(existing[0].quantity) === input.quantity && existing[0].owner_ref === input.ownerRef;
      if (!same) throw new CatalogError(Code.RESERVATION_CONFLICT, `reservation ${input.reservationId} exists with other terms`, 'reservationId');
      return this.view(transaction, existing[0]);
    }
    // The row lock that makes reservations of one listing take turns.
    const listings: Array<{ status: string; seller_status: string | null }> = await transaction.query(
      `SELECT l.status, s.status AS seller_status FROM listing l LEFT JOIN company_status s ON s.company_id = l.seller_company_id
        WHERE l.id = $1 FOR UPDATE OF l`,
      [input.listingId],
    );
    const listing = listings[0];
    if (!listing) throw new CatalogError(Code.UNKNOWN_LISTING, `no listing ${input.listingId}`, 'listingId');
    if (listing.status !== 'ACTIVE' || listing.seller_status !== 'APPROVED') {
      throw new CatalogError(Code.LISTING_NOT_ACTIVE, `listing ${input.listingId} is not on sale now`, 'listingId');
    }
    const available = await this.available(transaction, input.listingId);
    if (input.quantity > available) {
      throw new CatalogError(Code.INSUFFICIENT_STOCK, `only ${Math.max(0, available)} available, ${input.quantity} asked`, 'quantity');
    }
    const [row]: ReservationRow[] = await transaction.query(
      `INSERT INTO reservation (id, listing_id, owner_ref, quantity, status, expires_at)
       VALUES ($1, $2, $3, $4, 'ACTIVE', now() + make_interval(secs => $5)) RETURNING *`,
      [input.reservationId, input.listingId, input.ownerRef, input.quantity, input.ttlSeconds],
    );
    return this.announce(transaction, row, 'MADE');
  }

  private async announce(transaction: EntityManager, row: ReservationRow, change: 'MADE' | 'RELEASED' | 'COMMITTED'): Promise<Reservation> {
    const reservation = await this.view(transaction, row);
    await this.outbox.enqueue(transaction, reservationChanged, {
      key: reservation.listingId,
      payload: {
        change,
        reservationId: reservation.reservationId,
        listingId: reservation.listingId,
        ownerRef: reservation.ownerRef,
        quantity: reservation.quantity,
        available: reservation.available,
      },
    });
    return reservation;
  }

  private async view(manager: EntityManager, row: ReservationRow): Promise<Reservation> {
    return {
      reservationId: row.id,
      listingId: row.listing_id,
      ownerRef: row.owner_ref,
      quantity: Number(row.quantity),
      status: row.status,
      expiresAt: row.expires_at.toISOString(),
      available: await this.available(manager, row.listing_id),
    };
  }

  private async find(transaction: EntityManager, reservationId: string): Promise<ReservationRow> {
    const rows: ReservationRow[] = await transaction.query(`SELECT * FROM reservation WHERE id = $1 FOR UPDATE`, [reservationId]);
    if (!rows[0]) throw new CatalogError(Code.UNKNOWN_RESERVATION, `no reservation ${reservationId}`, 'reservationId');
    return rows[0];
  }
}

const SWEEP_EVERY_MS = 30_000;

/** Releases expired reservations every half minute, so their release is published and the row tells the truth. */
@Injectable()
export class ReservationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReservationSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(private readonly reservations: ReservationService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep().finally(() => (this.sweeping = undefined));
    }, SWEEP_EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  async sweep(): Promise<void> {
    try {
      while ((await this.reservations.releaseExpired()) > 0);
    } catch (error) {
      this.logger.warn({ msg: 'expired reservations could not be released now; the next sweep tries again', error: (error as Error).message });
    }
  }
}
