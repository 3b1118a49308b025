import { randomUUID } from 'node:crypto';
import { idempotencyScope, idempotentId, type Actor, type RefundPayableRecord, type RefundPayoutRecord } from '@lotbook/contracts';
import { isCurrencyCode } from '@lotbook/money';
import { refundPaidOut } from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';
import { requireOperator } from './access';
import { Bookkeeper } from './bookkeeper.service';
import { fromDomain } from './domain-errors';

interface RefundPayoutRow {
  id: string;
  buyer_company_id: string;
  currency: string;
  amount_minor: string;
  reference: string | null;
  paid_at: Date;
  paid_by: string;
  entry_id: string;
}

const view = (row: RefundPayoutRow): RefundPayoutRecord => ({
  id: row.id,
  buyerCompanyId: row.buyer_company_id,
  currency: row.currency,
  amountMinor: Number(row.amount_minor),
  reference: row.reference,
  paidAt: row.paid_at.toISOString(),
  paidBy: row.paid_by,
  entryId: row.entry_id,
});

/**
 * Refunds payable: what returns owe buyers beyond what they still owed on invoices (the
 * REFUNDS_PAYABLE accounts), until an operator pays them out and records it. The ledger's
 * limit refuses a payout above what is payable (INSUFFICIENT_BALANCE).
 */
@Injectable()
export class RefundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookkeeper: Bookkeeper,
  ) {}

  async payable(actor: Actor, currency: string | undefined): Promise<{ refunds: RefundPayableRecord[]; payouts: RefundPayoutRecord[] }> {
    requireOperator(actor, 'refunds payable');
    const refunds: Array<{ company_id: string; currency: string; balance: string }> = await this.dataSource.query(
      `SELECT company_id, currency, (credits_minor - debits_minor)::text AS balance FROM account
        WHERE kind = 'REFUNDS_PAYABLE' AND credits_minor <> debits_minor AND ($1::text IS NULL OR currency = $1)
        ORDER BY currency, company_id`,
      [currency ?? null],
    );
    const payouts: RefundPayoutRow[] = await this.dataSource.query(
      `SELECT id, buyer_company_id, currency, amount_minor::text, reference, paid_at, paid_by, entry_id FROM refund_payout
        WHERE ($1::text IS NULL OR currency = $1) ORDER BY paid_at DESC LIMIT 100`,
      [currency ?? null],
    );
    return {
      refunds: refunds.map((row) => ({ buyerCompanyId: row.company_id, currency: row.currency, amountMinor: Number(row.balance) })),
      payouts: payouts.map(view),
    };
  }

  async payOut(
    actor: Actor,
    request: { buyerCompanyId: string; currency: string; amountMinor: number; reference?: string },
    idempotencyKey: string | undefined,
  ): Promise<RefundPayoutRecord> {
    requireOperator(actor, 'paying out a refund');
    const currency = request.currency.toUpperCase();
    if (!isCurrencyCode(currency))
      throw new SettlementsError(Code.UNKNOWN_CURRENCY, `"${request.currency}" is not an ISO 4217 currency code`, 'currency');
    if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor <= 0) {
      throw new SettlementsError(
        Code.INVALID_AMOUNT,
        `a refund payout is a whole number of minor units above zero, got ${request.amountMinor}`,
        'amountMinor',
      );
    }
    const id = idempotencyKey ? idempotentId('settlements.refund-payout', idempotencyScope(actor), idempotencyKey) : randomUUID();
    return this.dataSource.transaction(async (transaction) => {
      const [done]: RefundPayoutRow[] = await transaction.query(
        `SELECT id, buyer_company_id, currency, amount_minor::text, reference, paid_at, paid_by, entry_id FROM refund_payout WHERE id = $1`,
        [id],
      );
      if (done) return view(done);
      const paidAt = new Date().toISOString();
      let entryId: string;
      try {
        const entries = refundPaidOut({
          eventId: id,
          currency,
          occurredAt: paidAt,
          refundPayoutId: id,
          buyerCompanyId: request.buyerCompanyId,
          amountMinor: request.amountMinor,
        });
        await this.bookkeeper.post(transaction, entries);
        entryId = entries[0].id;
      } catch (error) {
        fromDomain(error);
      }
      const [row]: RefundPayoutRow[] = await transaction.query(
        `INSERT INTO refund_payout (id, buyer_company_id, currency, amount_minor, reference, paid_at, paid_by, entry_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING id, buyer_company_id, currency, amount_minor::text, reference, paid_at, paid_by, entry_id`,
        [id, request.buyerCompanyId, currency, request.amountMinor, request.reference?.trim() || null, paidAt, actor.id, entryId],
      );
      return view(row);
    });
  }
}
