import {
  LedgerCauseType,
  payoutStateChanged,
  PayoutStatus,
  type Actor,
  type PayoutRecord,
  type PayoutTermsRecord,
} from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { Money } from '@lotbook/money';
import { returnedRows } from '@lotbook/persistence';
import { accountSellerOrderId, type JournalEntry, payoutMade, reverseEntry, writeCsv } from '@lotbook/settlements-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SettlementsConfig } from '../settlements.config';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';
import { isOperator, requireOperator, requireOperatorOrMember, SELLER_FINANCE_ROLES } from './access';
import { fromDomain } from './domain-errors';
import { LedgerStore } from './ledger.store';

/** Payout periods are counted from a Monday, so a weekly payout falls due at the start of a week (UTC). */
const PERIOD_ANCHOR_MS = Date.UTC(1970, 0, 5);

interface PayoutRow {
  id: string;
  number: string;
  seller_company_id: string;
  currency: string;
  status: PayoutStatus;
  amount_minor: string;
  scheduled_for: Date;
  paid_at: Date | null;
  paid_by: string | null;
  reference: string | null;
  entry_id: string | null;
  returned_at: Date | null;
  return_reason: string | null;
  return_entry_id: string | null;
}

const COLUMNS = `id, number, seller_company_id, currency, status, amount_minor::text, scheduled_for, paid_at, paid_by, reference, entry_id,
                 returned_at, return_reason, return_entry_id`;

function view(row: PayoutRow): Omit<PayoutRecord, 'items'> {
  return {
    id: row.id,
    number: row.number,
    sellerCompanyId: row.seller_company_id,
    currency: row.currency,
    status: row.status,
    amountMinor: Number(row.amount_minor),
    scheduledFor: row.scheduled_for.toISOString(),
    paidAt: row.paid_at?.toISOString() ?? null,
    paidBy: row.paid_by,
    reference: row.reference,
    entryId: row.entry_id,
    returnedAt: row.returned_at?.toISOString() ?? null,
    returnReason: row.return_reason,
    returnEntryId: row.return_entry_id,
  };
}

/** The PAYOUT_MADE entry of a payout paid at `paidAt`: its id comes from the payout, so the same payout makes the same entry. */
const payoutEntries = (payout: PayoutRow, paidAt: Date): JournalEntry[] =>
  payoutMade({
    eventId: payout.id,
    currency: payout.currency.trim(),
    occurredAt: paidAt.toISOString(),
    payoutId: payout.id,
    sellerCompanyId: payout.seller_company_id,
    amountMinor: Number(payout.amount_minor),
  });

/** What one entry added to (or took from) one seller's available balance. */
interface Release {
  readonly sellerCompanyId: string;
  readonly currency: string;
  readonly entry: JournalEntry;
  readonly sellerOrderId: string | null;
  readonly amountMinor: number;
}

/**
 * Seller payouts. What a seller's COMPLETED orders release to its available balance (and what
 * returns refunded after completion take from it) is collected, entry by entry, into the
 * seller's one open payout in the currency, SCHEDULED for the end of the seller's payout period
 * (weekly unless an operator sets another). When that date comes the payout falls DUE (one
 * whose amount is not above zero waits for the next period); operators export the DUE ones for
 * the bank and mark them PAID, which posts them, never beyond the seller's available balance.
 * So the open and due payouts of a seller always add up to its available balance.
 */
@Injectable()
export class PayoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerStore,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: SettlementsConfig,
  ) {}

  /** The end of the payout period that contains `now`, for a period of `periodDays` "days". */
  periodEnd(periodDays: number, now: Date): Date {
    const periodMs = periodDays * this.config.SETTLEMENTS_DAY_SECONDS * 1000;
    const index = Math.floor((now.getTime() - PERIOD_ANCHOR_MS) / periodMs) + 1;
    return new Date(PERIOD_ANCHOR_MS + index * periodMs);
  }

  /** Adds what newly posted entries did to sellers' available balances to their open payouts (opening one when there is none). */
  async collect(transaction: EntityManager, entries: readonly JournalEntry[]): Promise<void> {
    const releases: Release[] = [];
    for (const entry of entries) {
      if (entry.causeType === 'PAYOUT_MADE') continue;
      const bySeller = new Map<string, { amount: number; order: string | null }>();
      for (const posting of entry.postings) {
        const { account } = posting;
        if (account.kind !== 'SELLER_PAYABLE_AVAILABLE' && account.kind !== 'SELLER_PAYABLE_PENDING') continue;
        const seller = account.companyId;
        const current = bySeller.get(seller) ?? { amount: 0, order: null };
        if (account.kind === 'SELLER_PAYABLE_AVAILABLE') current.amount += (posting.creditMinor ?? 0) - (posting.debitMinor ?? 0);
        current.order ??= accountSellerOrderId(account);
        bySeller.set(seller, current);
      }
      for (const [sellerCompanyId, { amount, order }] of bySeller) {
        if (amount !== 0) releases.push({ sellerCompanyId, currency: entry.currency, entry, sellerOrderId: order, amountMinor: amount });
      }
    }
    if (releases.length === 0) return;
    const sums = new Map<string, { sellerCompanyId: string; currency: string; amount: number }>();
    for (const release of releases) {
      const key = `${release.sellerCompanyId}/${release.currency}`;
      const sum = sums.get(key) ?? { sellerCompanyId: release.sellerCompanyId, currency: release.currency, amount: 0 };
      sum.amount += release.amountMinor;
      sums.set(key, sum);
    }
    const open = [...sums.values()].sort((a, b) => (`${a.sellerCompanyId}/${a.currency}` < `${b.sellerCompanyId}/${b.currency}` ? -1 : 1));
    const payoutOf = new Map<string, string>();
    // The open payouts there are take the sums; the others are opened (a race with another opener ends in its row).
    const updated = returnedRows<{ id: string; seller_company_id: string; currency: string }>(
      await transaction.query(
        `UPDATE payout SET amount_minor = payout.amount_minor + x.amount
         FROM unnest($1::uuid[], $2::char(3)[], $3::bigint[]) AS x(seller, currency, amount)
        WHERE payout.status = 'SCHEDULED' AND payout.seller_company_id = x.seller AND payout.currency = x.currency
        RETURNING payout.id, payout.seller_company_id, payout.currency`,
        [open.map((sum) => sum.sellerCompanyId), open.map((sum) => sum.currency), open.map((sum) => String(sum.amount))],
      ),
    );
    for (const row of updated) payoutOf.set(`${row.seller_company_id}/${row.currency.trim()}`, row.id);
    const missing = open.filter((sum) => !payoutOf.has(`${sum.sellerCompanyId}/${sum.currency}`));
    if (missing.length > 0) {
      const periods = await this.periodsOf(
        transaction,
        missing.map((sum) => sum.sellerCompanyId),
      );
      const now = new Date();
      const opened: PayoutRow[] = await transaction.query(
        `INSERT INTO payout (id, number, seller_company_id, currency, status, amount_minor, scheduled_for)
         SELECT gen_random_uuid(), 'PO-' || lpad(nextval('payout_number_seq')::text, 6, '0'), x.seller, x.currency, 'SCHEDULED', x.amount, x.due
           FROM unnest($1::uuid[], $2::char(3)[], $3::bigint[], $4::timestamptz[]) AS x(seller, currency, amount, due) ORDER BY 2, 1
         ON CONFLICT (seller_company_id, currency) WHERE status = 'SCHEDULED' DO UPDATE SET amount_minor = payout.amount_minor + EXCLUDED.amount_minor
         RETURNING ${COLUMNS}`,
        [
          missing.map((sum) => sum.sellerCompanyId),
          missing.map((sum) => sum.currency),
          missing.map((sum) => String(sum.amount)),
          missing.map((sum) => this.periodEnd(periods.get(sum.sellerCompanyId) as number, now).toISOString()),
        ],
      );
      for (const row of opened) payoutOf.set(`${row.seller_company_id}/${row.currency.trim()}`, row.id);
      await this.outbox.enqueueMany(
        transaction,
        payoutStateChanged,
        opened.map((row) => ({ key: row.seller_company_id, payload: { from: null, to: PayoutStatus.SCHEDULED, payout: view(row) } })),
      );
    }
    await transaction.query(
      `INSERT INTO payout_item (payout_id, entry_id, cause_type, cause_id, seller_order_id, amount_minor, occurred_at)
       SELECT p, e, t, c, o, a, at FROM json_to_recordset($1::json) AS x(p uuid, e uuid, t text, c text, o uuid, a bigint, at timestamptz)`,
      [
        JSON.stringify(
          releases.map((release) => ({
            p: payoutOf.get(`${release.sellerCompanyId}/${release.currency}`),
            e: release.entry.id,
            t: release.entry.causeType,
            c: release.entry.causeId,
            o: release.sellerOrderId,
            a: release.amountMinor,
            at: release.entry.occurredAt,
          })),
        ),
      ],
    );
  }

  private async periodsOf(runner: Pick<EntityManager, 'query'>, sellerCompanyIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ seller_company_id: string; period_days: number }> = await runner.query(
      `SELECT seller_company_id, period_days FROM payout_terms WHERE seller_company_id = ANY ($1::uuid[])`,
      [[...new Set(sellerCompanyIds)]],
    );
    const set = new Map(rows.map((row) => [row.seller_company_id, row.period_days]));
    return new Map(sellerCompanyIds.map((id) => [id, set.get(id) ?? this.config.SETTLEMENTS_DEFAULT_PAYOUT_PERIOD_DAYS]));
  }

  /**
   * Payouts whose date has come fall DUE; one with nothing above zero to pay stays open for
   * the next period. Returns how many fell due.
   */
  async closeDue(now: Date = new Date()): Promise<number> {
    return this.dataSource.transaction(async (transaction) => {
      const rows: PayoutRow[] = await transaction.query(
        `SELECT ${COLUMNS} FROM payout WHERE status = 'SCHEDULED' AND scheduled_for <= $1 ORDER BY scheduled_for LIMIT 500 FOR UPDATE SKIP LOCKED`,
        [now.toISOString()],
      );
      const due = rows.filter((row) => Number(row.amount_minor) > 0);
      const waiting = rows.filter((row) => Number(row.amount_minor) <= 0);
      if (due.length > 0) {
        await transaction.query(`UPDATE payout SET status = 'DUE' WHERE id = ANY ($1::uuid[])`, [due.map((row) => row.id)]);
        await this.outbox.enqueueMany(
          transaction,
          payoutStateChanged,
          due.map((row) => ({
            key: row.seller_company_id,
            payload: { from: PayoutStatus.SCHEDULED, to: PayoutStatus.DUE, payout: { ...view(row), status: PayoutStatus.DUE } },
          })),
        );
      }
      if (waiting.length > 0) {
        const periods = await this.periodsOf(
          transaction,
          waiting.map((row) => row.seller_company_id),
        );
        await transaction.query(
          `UPDATE payout SET scheduled_for = x.due FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, due) WHERE payout.id = x.id`,
          [
            waiting.map((row) => row.id),
            waiting.map((row) => this.periodEnd(periods.get(row.seller_company_id) as number, now).toISOString()),
          ],
        );
      }
      return due.length;
    });
  }

  async list(
    actor: Actor,
    sellerCompanyId: string | undefined,
    statuses: readonly PayoutStatus[] | undefined,
    first: number,
  ): Promise<PayoutRecord[]> {
    const seller = isOperator(actor) ? sellerCompanyId : actor.companyId;
    if (!seller && !isOperator(actor)) throw new SettlementsError(Code.FORBIDDEN, 'payouts are for sellers and operators');
    if (seller) requireOperatorOrMember(actor, seller, SELLER_FINANCE_ROLES, "a seller's payouts");
    const rows: PayoutRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM payout WHERE ($1::uuid IS NULL OR seller_company_id = $1) AND ($2::text[] IS NULL OR status = ANY ($2::text[]))
        ORDER BY created_at DESC, id LIMIT $3`,
      [seller ?? null, statuses && statuses.length > 0 ? statuses : null, first],
    );
    return this.withItems(this.dataSource.manager, rows);
  }

  private async withItems(runner: Pick<EntityManager, 'query'>, rows: readonly PayoutRow[]): Promise<PayoutRecord[]> {
    if (rows.length === 0) return [];
    const items: Array<{
      payout_id: string;
      entry_id: string;
      cause_type: LedgerCauseType;
      cause_id: string;
      seller_order_id: string | null;
      amount_minor: string;
      occurred_at: Date;
    }> = await runner.query(
      `SELECT payout_id, entry_id, cause_type, cause_id, seller_order_id, amount_minor::text, occurred_at FROM payout_item
        WHERE payout_id = ANY ($1::uuid[]) ORDER BY occurred_at, entry_id`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      ...view(row),
      items: items
        .filter((item) => item.payout_id === row.id)
        .map((item) => ({
          entryId: item.entry_id,
          causeType: item.cause_type,
          causeId: item.cause_id,
          sellerOrderId: item.seller_order_id,
          amountMinor: Number(item.amount_minor),
          occurredAt: item.occurred_at.toISOString(),
        })),
    }));
  }

  /** The DUE payouts as a CSV for the bank: one row per payout, amounts in major units. */
  async export(actor: Actor, currency: string | undefined): Promise<{ csv: string; payouts: PayoutRecord[] }> {
    requireOperator(actor, 'exporting payouts');
    const rows: PayoutRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM payout WHERE status = 'DUE' AND ($1::text IS NULL OR currency = $1) ORDER BY scheduled_for, number`,
      [currency ?? null],
    );
    const csv = writeCsv([
      ['payout_number', 'payout_id', 'seller_company_id', 'currency', 'amount', 'due_on'],
      ...rows.map((row) => [
        row.number,
        row.id,
        row.seller_company_id,
        row.currency.trim(),
        Money.of(Number(row.amount_minor), row.currency.trim()).toDecimal(),
        row.scheduled_for.toISOString().slice(0, 10),
      ]),
    ]);
    return { csv, payouts: await this.withItems(this.dataSource.manager, rows) };
  }

  /**
   * Posts a DUE payout as paid. Refused, changing nothing: an unknown payout, one that is not
   * DUE, and one above the seller's available balance (a return refunded after completion took
   * part of it): INSUFFICIENT_BALANCE, from the ledger's limit.
   */
  async markPaid(actor: Actor, payoutId: string, reference: string | undefined): Promise<PayoutRecord> {
    requireOperator(actor, 'marking a payout paid');
    const row = await this.dataSource.transaction(async (transaction) => {
      const payout = await this.locked(transaction, payoutId);
      if (payout.status !== PayoutStatus.DUE) {
        throw new SettlementsError(
          Code.PAYOUT_NOT_DUE,
          payout.status === PayoutStatus.PAID
            ? `payout ${payout.number} was paid already`
            : `payout ${payout.number} is not due before ${payout.scheduled_for.toISOString()}`,
          'payoutId',
        );
      }
      let entries: JournalEntry[];
      try {
        entries = payoutEntries(payout, new Date());
        await this.ledger.post(transaction, entries);
      } catch (error) {
        fromDomain(error);
      }
      const [paid] = returnedRows<PayoutRow>(
        await transaction.query(
          `UPDATE payout SET status = 'PAID', paid_at = now(), paid_by = $2, reference = $3, entry_id = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
          [payout.id, actor.id, reference?.trim() || null, entries[0].id],
        ),
      );
      await this.outbox.enqueue(transaction, payoutStateChanged, {
        key: paid.seller_company_id,
        payload: { from: PayoutStatus.DUE, to: PayoutStatus.PAID, payout: view(paid) },
      });
      return paid;
    });
    const [record] = await this.withItems(this.dataSource.manager, [row]);
    return record;
  }

  /**
   * Records that the bank sent a PAID payout back: a correction entry reverses its posting (the
   * money is the seller's available balance again, not cash at bank), the payout is RETURNED,
   * and the amount goes into the seller's open payout, to be paid with its next one. Refused,
   * changing nothing: an unknown payout, one that is not PAID, and no reason.
   */
  async returnPayout(actor: Actor, payoutId: string, reason: string): Promise<PayoutRecord> {
    requireOperator(actor, 'recording a returned payout');
    if (!reason.trim()) throw new SettlementsError(Code.REASON_REQUIRED, 'say why the bank sent the payout back', 'reason');
    const row = await this.dataSource.transaction(async (transaction) => {
      const payout = await this.locked(transaction, payoutId);
      if (payout.status !== PayoutStatus.PAID) {
        throw new SettlementsError(
          Code.PAYOUT_NOT_PAID,
          payout.status === PayoutStatus.RETURNED ? `payout ${payout.number} was returned already` : `payout ${payout.number} is not paid`,
          'payoutId',
        );
      }
      // The entry markPaid posted, made again from the same inputs: same id, same postings.
      const [paid] = payoutEntries(payout, payout.paid_at as Date);
      if (paid.id !== payout.entry_id)
        throw new Error(`payout ${payout.number}: its entry ${payout.entry_id} is not the one it would post`);
      const correction = reverseEntry(paid, `payout-returned:${payout.id}`, new Date().toISOString());
      try {
        await this.ledger.post(transaction, [correction]);
      } catch (error) {
        fromDomain(error);
      }
      const [returned] = returnedRows<PayoutRow>(
        await transaction.query(
          `UPDATE payout SET status = 'RETURNED', returned_at = now(), returned_by = $2, return_reason = $3, return_entry_id = $4
            WHERE id = $1 RETURNING ${COLUMNS}`,
          [payout.id, actor.id, reason.trim(), correction.id],
        ),
      );
      await this.collect(transaction, [correction]);
      await this.outbox.enqueue(transaction, payoutStateChanged, {
        key: returned.seller_company_id,
        payload: { from: PayoutStatus.PAID, to: PayoutStatus.RETURNED, payout: view(returned) },
      });
      return returned;
    });
    const [record] = await this.withItems(this.dataSource.manager, [row]);
    return record;
  }

  /** The payout, locked for this transaction; an unknown one is refused. */
  private async locked(transaction: EntityManager, payoutId: string): Promise<PayoutRow> {
    const [payout]: PayoutRow[] = await transaction.query(`SELECT ${COLUMNS} FROM payout WHERE id = $1 FOR UPDATE`, [payoutId]);
    if (!payout) throw new SettlementsError(Code.UNKNOWN_PAYOUT, `no payout ${payoutId}`, 'payoutId');
    return payout;
  }

  async terms(actor: Actor, sellerCompanyId: string): Promise<PayoutTermsRecord> {
    requireOperatorOrMember(actor, sellerCompanyId, SELLER_FINANCE_ROLES, "a seller's payout terms");
    const periods = await this.periodsOf(this.dataSource.manager, [sellerCompanyId]);
    return { sellerCompanyId, periodDays: periods.get(sellerCompanyId) as number };
  }

  async setTerms(actor: Actor, sellerCompanyId: string, periodDays: number): Promise<PayoutTermsRecord> {
    requireOperator(actor, "setting a seller's payout terms");
    if (!Number.isSafeInteger(periodDays) || periodDays < 1 || periodDays > 366) {
      throw new SettlementsError(Code.INVALID_PERIOD, 'a payout period is a whole number of days from 1 to 366', 'periodDays');
    }
    await this.dataSource.query(
      `INSERT INTO payout_terms (seller_company_id, period_days, set_by) VALUES ($1, $2, $3)
       ON CONFLICT (seller_company_id) DO UPDATE SET period_days = $2, set_by = $3, set_at = now()`,
      [sellerCompanyId, periodDays, actor.id],
    );
    return { sellerCompanyId, periodDays };
  }
}
