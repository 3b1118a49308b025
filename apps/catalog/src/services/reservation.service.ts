import { reservationChanged, ReservationStatus, type PayloadOf, type Reservation } from '@lotbook/contracts';
import { Outbox, type OutboxEntry } from '@lotbook/messaging';
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

/** Part of a reservation to sell (`commit`) or give back (`release`). */
export interface ReservationPart {
  reservationId: string;
  quantity: number;
  action: 'commit' | 'release';
}

/** A `reservation` row as pg returns it (bigint columns as strings). */
export interface ReservationRow {
  id: string;
  listing_id: string;
  owner_ref: string;
  quantity: string;
  status: ReservationStatus;
  expires_at: Date;
}

export const toReservation = (row: ReservationRow, available: number): Reservation => ({
  reservationId: row.id,
  listingId: row.listing_id,
  ownerRef: row.owner_ref,
  quantity: Number(row.quantity),
  status: row.status,
  expiresAt: row.expires_at.toISOString(),
  available,
});

/** A line of `reserveLines` that failed, carried out of its transaction with what failed it. */
class LineRefusal extends Error {
  constructor(
    readonly line: ReserveInput,
    override readonly cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause));
  }
}

const causeOf = (error: unknown): unknown => (error instanceof LineRefusal ? error.cause : error);

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
        await this.announceRefusal(input, error);
      }
      throw error;
    }
  }

  /** A reservation refused for want of stock or a listing off sale is announced, so whoever watches the listing sees it. */
  private async announceRefusal(input: ReserveInput, error: CatalogError): Promise<void> {
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

  /**
   * Reserves every line or none, in one transaction. Listings are locked in id order, as ask
   * reservations lock them, so two purchases of the same listings take turns instead of
   * deadlocking. A refused line refuses the whole call, named in the error's field
   * (`listingId:<id>`); like a single reservation, the refusal is announced for that line.
   */
  async reserveLines(input: { lines: ReadonlyArray<Omit<ReserveInput, 'ttlSeconds'>>; ttlSeconds: number }): Promise<{ reservations: Reservation[] }> {
    const lines = input.lines.map((line) => ({ ...line, ttlSeconds: input.ttlSeconds }));
    for (const line of lines) {
      if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
        throw new CatalogError(Code.NON_POSITIVE_QUANTITY, 'a reservation is a positive whole number of base units', `listingId:${line.listingId}`);
      }
    }
    const inLockOrder = [...lines].sort((a, b) => (a.listingId < b.listingId ? -1 : a.listingId > b.listingId ? 1 : 0));
    const reserveAll = (transaction: EntityManager) => this.reserveEach(transaction, inLockOrder);
    let made: Map<string, Reservation>;
    try {
      made = await this.dataSource.transaction(reserveAll);
    } catch (error) {
      // The same lines arriving twice at once: the other call made them; this one answers as it did.
      if ((causeOf(error) as { constraint?: string }).constraint !== 'reservation_pkey') throw await this.refusalOf(error);
      made = await this.dataSource.transaction(reserveAll).catch(async (again: unknown) => {
        throw await this.refusalOf(again);
      });
    }
    return { reservations: lines.map((line) => made.get(line.reservationId) as Reservation) };
  }

  /** What a failed `reserveLines` answers: a line's refusal names the line, and is announced as a single one would be. */
  private async refusalOf(error: unknown): Promise<unknown> {
    const cause = causeOf(error);
    if (!(error instanceof LineRefusal) || !(cause instanceof CatalogError)) return cause;
    if (cause.code === Code.INSUFFICIENT_STOCK || cause.code === Code.LISTING_NOT_ACTIVE) await this.announceRefusal(error.line, cause);
    return new CatalogError(cause.code, cause.message, `listingId:${error.line.listingId}`);
  }

  private async reserveEach(transaction: EntityManager, lines: readonly ReserveInput[]): Promise<Map<string, Reservation>> {
    const made = new Map<string, Reservation>();
    for (const line of lines) {
      try {
        made.set(line.reservationId, await this.reserveIn(transaction, line));
      } catch (error) {
        throw new LineRefusal(line, error);
      }
    }
    return made;
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
        throw new CatalogError(
          Code.INSUFFICIENT_STOCK,
          `only ${listing.on_hand} on hand; the seller lowered its stock below this reservation`,
        );
      }
      await transaction.query(`UPDATE listing SET on_hand = on_hand - $2, updated_at = now() WHERE id = $1`, [
        reservation.listing_id,
        reservation.quantity,
      ]);
      await transaction.query(`UPDATE reservation SET status = 'COMMITTED', updated_at = now() WHERE id = $1`, [reservationId]);
      return this.announce(transaction, { ...reservation, status: ReservationStatus.COMMITTED }, 'COMMITTED');
    });
  }

  /**
   * Settles parts of reservations inside the caller's transaction (an event handler's, with
   * its inbox records), in the order given: `commit` sells that much (it leaves stock on hand),
   * `release` gives it back. What is left stays reserved; when nothing is left the reservation
   * is COMMITTED if anything of it was sold, else RELEASED. A part naming a reservation that is
   * unknown or already settled changes nothing; those parts are returned. A whole batch of
   * trading's events is a handful of statements, however many parts it has, and one
   * `reservationChanged` per reservation and kind of change.
   */
  async settleParts(transaction: EntityManager, parts: ReadonlyArray<ReservationPart>): Promise<ReservationPart[]> {
    if (parts.length === 0) return [];
    const ids = [...new Set(parts.map((part) => part.reservationId))].sort();
    // Locked in id order, so two batches touching the same reservations cannot deadlock.
    const rows: Array<ReservationRow & { committed_quantity: string }> = await transaction.query(
      `SELECT * FROM reservation WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    const held = new Map(
      rows.map((row) => [row.id, { row, quantity: Number(row.quantity), committed: Number(row.committed_quantity), status: row.status }]),
    );
    const sold = new Map<string, number>();
    const settled: Array<{ part: ReservationPart; row: ReservationRow; quantity: number }> = [];
    const missed: ReservationPart[] = [];
    for (const part of parts) {
      const reservation = held.get(part.reservationId);
      if (!reservation || reservation.status !== ReservationStatus.ACTIVE) {
        missed.push(part);
        continue;
      }
      const quantity = Math.min(part.quantity, reservation.quantity);
      reservation.quantity -= quantity;
      if (part.action === 'commit') {
        reservation.committed += quantity;
        sold.set(reservation.row.listing_id, (sold.get(reservation.row.listing_id) ?? 0) + quantity);
      }
      reservation.status =
        reservation.quantity > 0
          ? ReservationStatus.ACTIVE
          : reservation.committed > 0
            ? ReservationStatus.COMMITTED
            : ReservationStatus.RELEASED;
      settled.push({ part, row: reservation.row, quantity });
    }
    if (settled.length === 0) return missed;

    if (sold.size > 0) {
      // The seller cannot lower stock below what is reserved, so on hand always covers a sale.
      // The listings are locked in id order too, as reserving does: locked in the order of a join,
      // a batch of trades and a reservation on the same listings deadlocked (a second's wait each).
      await transaction.query(
        `WITH locked AS MATERIALIZED (SELECT id FROM listing WHERE id = ANY ($2::uuid[]) ORDER BY id FOR UPDATE)
         UPDATE listing l SET on_hand = l.on_hand - x.sold, updated_at = now()
           FROM locked JOIN jsonb_to_recordset($1::jsonb) AS x(id uuid, sold bigint) ON x.id = locked.id
          WHERE l.id = locked.id`,
        [JSON.stringify([...sold].map(([id, quantity]) => ({ id, sold: quantity }))), [...sold.keys()].sort()],
      );
    }
    const changed = [...new Set(settled.map(({ row }) => row.id))].map((id) => held.get(id) as NonNullable<ReturnType<typeof held.get>>);
    await transaction.query(
      `UPDATE reservation r SET quantity = x.quantity, committed_quantity = x.committed_quantity, status = x.status, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, quantity bigint, committed_quantity bigint, status text)
        WHERE r.id = x.id AND r.id = ANY ($2::uuid[])`,
      // The id list lets the planner find the rows by primary key instead of reading the table.
      [
        JSON.stringify(
          changed.map((reservation) => ({
            id: reservation.row.id,
            quantity: reservation.quantity,
            committed_quantity: reservation.committed,
            status: reservation.status,
          })),
        ),
        changed.map((reservation) => reservation.row.id),
      ],
    );
    // One event per reservation and kind of change in the batch (a busy ask sells to many bids in
    // one batch), telling the quantity of all of them and what was available right after the last:
    // the batch's final figure, less what later releases of the same listing gave back (a commit
    // leaves availability as it was).
    const availableNow = await this.availableOf(transaction, [...new Set(settled.map(({ row }) => row.listing_id))]);
    const availableAfter: number[] = [];
    const laterReleases = new Map<string, number>();
    for (let index = settled.length - 1; index >= 0; index--) {
      const { part, row, quantity } = settled[index];
      const released = laterReleases.get(row.listing_id) ?? 0;
      availableAfter[index] = (availableNow.get(row.listing_id) ?? 0) - released;
      if (part.action === 'release') laterReleases.set(row.listing_id, released + quantity);
    }
    const changes = new Map<string, { part: ReservationPart; row: ReservationRow; quantity: number; last: number }>();
    settled.forEach(({ part, row, quantity }, index) => {
      const key = `${row.id}/${part.action}`;
      const change = changes.get(key);
      if (change) {
        change.quantity += quantity;
        change.last = index;
      } else changes.set(key, { part, row, quantity, last: index });
    });
    const events: Array<OutboxEntry<PayloadOf<typeof reservationChanged>>> = [...changes.values()]
      .sort((a, b) => a.last - b.last)
      .map(({ part, row, quantity, last }) => ({
        key: row.listing_id,
        payload: {
          change: part.action === 'commit' ? 'COMMITTED' : 'RELEASED',
          reservationId: row.id,
          listingId: row.listing_id,
          ownerRef: row.owner_ref,
          quantity,
          available: availableAfter[last],
        },
      }));
    await this.outbox.enqueueMany(transaction, reservationChanged, events);
    return missed;
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
      if (expired.length === 0) return 0;
      const available = await this.availableOf(transaction, [...new Set(expired.map((row) => row.listing_id))]);
      await this.outbox.enqueueMany(
        transaction,
        reservationChanged,
        expired.map((row) => ({
          key: row.listing_id,
          payload: {
            change: 'RELEASED' as const,
            reservationId: row.id,
            listingId: row.listing_id,
            ownerRef: row.owner_ref,
            quantity: Number(row.quantity),
            available: available.get(row.listing_id) ?? 0,
            reason: 'EXPIRED: the reservation’s time ran out',
          },
        })),
      );
      return expired.length;
    });
  }

  /** On hand minus active, unexpired reservations, of many listings in one query. */
  async availableOf(manager: EntityManager, listingIds: string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; available: string }> = await manager.query(
      `SELECT l.id, l.on_hand - coalesce((SELECT sum(quantity) FROM reservation r
                                           WHERE r.listing_id = l.id AND r.status = 'ACTIVE' AND r.expires_at > now()), 0) AS available
         FROM listing l WHERE l.id = ANY ($1::uuid[])`,
      [listingIds],
    );
    return new Map(rows.map((row) => [row.id, Number(row.available)]));
  }

  /** On hand minus active, unexpired reservations. */
  async available(manager: EntityManager, listingId: string): Promise<number> {
    return (await this.availableOf(manager, [listingId])).get(listingId) ?? 0;
  }

  private async reserveIn(transaction: EntityManager, input: ReserveInput): Promise<Reservation> {
    const existing: ReservationRow[] = await transaction.query(`SELECT * FROM reservation WHERE id = $1`, [input.reservationId]);
    if (existing[0]) {
      const same =
        existing[0].listing_id === input.listingId &&
        Number(existing[0].quantity) === input.quantity &&
        existing[0].owner_ref === input.ownerRef;
      if (!same)
        throw new CatalogError(Code.RESERVATION_CONFLICT, `reservation ${input.reservationId} exists with other terms`, 'reservationId');
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
    // The listing's row is locked and now() is the transaction's start: what was available less this
    // reservation is what a query would find now, without asking again.
    return this.announce(transaction, row, 'MADE', available - input.quantity);
  }

  private async announce(
    transaction: EntityManager,
    row: ReservationRow,
    change: 'MADE' | 'RELEASED' | 'COMMITTED',
    available?: number,
  ): Promise<Reservation> {
    const reservation = available === undefined ? await this.view(transaction, row) : toReservation(row, available);
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
    return toReservation(row, await this.available(manager, row.listing_id));
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
      this.logger.warn({
        msg: 'expired reservations could not be released now; the next sweep tries again',
        error: (error as Error).message,
      });
    }
  }
}
