import type { JournalEntry } from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LedgerStore } from './ledger.store';
import { PayoutService } from './payout.service';

/**
 * The one way entries are posted: the ledger appends them (each once) and keeps the balances;
 * what they released to a seller's available balance goes to its open payout, in the same
 * transaction.
 */
@Injectable()
export class Bookkeeper {
  constructor(
    private readonly ledger: LedgerStore,
    private readonly payouts: PayoutService,
  ) {}

  /** Posts linked entries; returns those that were new (an entry posted before is skipped). Throws a LedgerError when a rule refuses. */
  async post(transaction: EntityManager, entries: readonly JournalEntry[]): Promise<JournalEntry[]> {
    const posted = await this.ledger.post(transaction, entries);
    await this.payouts.collect(transaction, posted);
    return posted;
  }
}
