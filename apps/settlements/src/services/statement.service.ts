import type { Actor, SellerStatementRecord } from '@lotbook/contracts';
import { isCurrencyCode } from '@lotbook/money';
import { sellerStatement, statementCsv } from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';
import { requireOperatorOrMember, SELLER_FINANCE_ROLES } from './access';
import { LedgerQueryService } from './ledger-query.service';

const DAY_MS = 86_400_000;
/** Statements cover whole weeks from Monday 00:00 UTC unless a period is given. */
const MONDAY_MS = Date.UTC(1970, 0, 5);
const LONGEST_PERIOD_DAYS = 400;

/**
 * A seller's statement for a period, read from the journal by the domain (`sellerStatement`):
 * opening balance, every sale, commission, refund, return label, release and payout with the
 * entry and cause it comes from, closing balance; and its CSV (`statementCsv`).
 */
@Injectable()
export class StatementService {
  constructor(private readonly ledger: LedgerQueryService) {}

  async statement(actor: Actor, sellerCompanyId: string, currency: string, from?: string, to?: string): Promise<SellerStatementRecord> {
    requireOperatorOrMember(actor, sellerCompanyId, SELLER_FINANCE_ROLES, "a seller's statement");
    const code = currency.toUpperCase();
    if (!isCurrencyCode(code))
      throw new SettlementsError(Code.UNKNOWN_CURRENCY, `"${currency}" is not an ISO 4217 currency code`, 'currency');
    const { start, end } = this.period(from, to);
    const entries = await this.ledger.sellerEntries(sellerCompanyId, code, end);
    const statement = sellerStatement(entries, sellerCompanyId, code, start, end);
    return {
      ...statement,
      lines: statement.lines.map((line) => ({ ...line, causeType: line.causeType as SellerStatementRecord['lines'][number]['causeType'] })),
      csv: statementCsv(statement),
    };
  }

  /** [from, to): as given, or the week (Monday to Monday, UTC) around the one given, or the current week. */
  private period(from?: string, to?: string): { start: Date; end: Date } {
    const week = 7 * DAY_MS;
    let start: Date;
    let end: Date;
    if (from && to) {
      start = new Date(from);
      end = new Date(to);
    } else {
      const anchor = from ? Date.parse(from) : to ? Date.parse(to) - 1 : Date.now();
      const weekStart = from ? anchor : MONDAY_MS + Math.floor((anchor - MONDAY_MS) / week) * week;
      start = new Date(weekStart);
      end = new Date(weekStart + week);
    }
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start >= end) {
      throw new SettlementsError(Code.INVALID_PERIOD, 'a statement runs from an instant to a later one', 'from');
    }
    if (end.getTime() - start.getTime() > LONGEST_PERIOD_DAYS * DAY_MS) {
      throw new SettlementsError(Code.INVALID_PERIOD, `a statement covers at most ${LONGEST_PERIOD_DAYS} days`, 'to');
    }
    return { start, end };
  }
}
