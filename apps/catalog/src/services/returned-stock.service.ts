import { listingChanged, ReturnFault, type ReturnEventRecord } from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { returnedRows } from '@lotbook/persistence';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toListing, type ListingRow } from './listing.row';

/**
 * Units a seller received back from a return: those returned for a buyer's reason go back on
 * hand (with a STOCK_CHANGED event, like any stock change); the others (a seller's or the
 * carrier's fault) are written off. Each is recorded once per return and line.
 */
@Injectable()
export class ReturnedStockService {
  private readonly logger = new Logger(ReturnedStockService.name);

  constructor(private readonly outbox: Outbox) {}

  async receive(transaction: EntityManager, returned: ReturnEventRecord): Promise<void> {
    const restocked = new Map<string, number>();
    for (const item of returned.items) {
      const outcome = item.fault === ReturnFault.BUYER ? 'RESTOCKED' : 'WRITTEN_OFF';
      const recorded: unknown[] = await transaction.query(
        `INSERT INTO returned_stock (return_id, line_id, listing_id, seller_company_id, quantity, reason, outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING 1`,
        [returned.id, item.lineId, item.listingId, returned.sellerCompanyId, item.quantity, item.reason, outcome],
      );
      if (recorded.length > 0 && outcome === 'RESTOCKED')
        restocked.set(item.listingId, (restocked.get(item.listingId) ?? 0) + item.quantity);
    }
    // Listings in id order, as every other stock change takes their row locks.
    for (const [listingId, quantity] of [...restocked].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [row] = returnedRows<ListingRow>(
        await transaction.query(`UPDATE listing SET on_hand = on_hand + $2, updated_at = now() WHERE id = $1 RETURNING *`, [
          listingId,
          quantity,
        ]),
      );
      if (!row) {
        this.logger.warn({
          msg: 'a returned listing is not in the catalog; its units are recorded but not restocked',
          listingId,
          returnId: returned.id,
        });
        continue;
      }
      const listing = toListing(row);
      await this.outbox.enqueue(transaction, listingChanged, { key: listing.productId, payload: { change: 'STOCK_CHANGED', listing } });
    }
  }
}
