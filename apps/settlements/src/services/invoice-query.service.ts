import type { Actor, InvoiceRecord, InvoiceStatus } from '@lotbook/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';
import { isOperator } from './access';
import { InvoiceBook } from './invoice.book';

/** Invoices as their buyer, their seller and operators see them. */
@Injectable()
export class InvoiceQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceBook,
  ) {}

  async list(
    actor: Actor,
    filter: {
      buyerCompanyId?: string;
      sellerCompanyId?: string;
      sellerOrderId?: string;
      statuses?: InvoiceStatus[];
      before?: string;
      first: number;
    },
  ): Promise<InvoiceRecord[]> {
    if (!isOperator(actor) && !actor.companyId)
      throw new SettlementsError(Code.FORBIDDEN, 'invoices are for their companies and operators');
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM invoice
        WHERE ($1::uuid IS NULL OR buyer_company_id = $1 OR seller_company_id = $1)
          AND ($2::uuid IS NULL OR buyer_company_id = $2) AND ($3::uuid IS NULL OR seller_company_id = $3)
          AND ($4::uuid IS NULL OR seller_order_id = $4) AND ($5::text[] IS NULL OR status = ANY ($5::text[]))
          AND ($6::timestamptz IS NULL OR issued_at < $6)
        ORDER BY issued_at DESC, number DESC LIMIT $7`,
      [
        isOperator(actor) ? null : actor.companyId,
        filter.buyerCompanyId ?? null,
        filter.sellerCompanyId ?? null,
        filter.sellerOrderId ?? null,
        filter.statuses && filter.statuses.length > 0 ? filter.statuses : null,
        filter.before ?? null,
        filter.first,
      ],
    );
    return this.invoices.records(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
  }

  async get(actor: Actor, invoiceId: string): Promise<InvoiceRecord> {
    const [invoice] = await this.invoices.records(this.dataSource.manager, [invoiceId]);
    const visible =
      invoice && (isOperator(actor) || actor.companyId === invoice.buyerCompanyId || actor.companyId === invoice.sellerCompanyId);
    if (!visible) throw new SettlementsError(Code.UNKNOWN_INVOICE, `no invoice ${invoiceId}`, 'invoiceId');
    return invoice;
  }
}
