import { randomUUID } from 'node:crypto';
import {
  BankRowOutcome,
  idempotencyScope,
  idempotentId,
  paymentReceived,
  type Actor,
  type BankImportRecord,
  type BankRowRecord,
  type InvoiceRecord,
  type PaymentRecord,
} from '@lotbook/contracts';
import { Outbox } from '@lotbook/messaging';
import { isCurrencyCode } from '@lotbook/money';
import {
  applyPayment,
  BANK_STATEMENT_COLUMNS,
  type Invoice,
  LedgerError,
  parseBankStatement,
  type PaymentAllocation,
  paymentReceived as paymentReceivedEntries,
  readCsv,
} from '@lotbook/settlements-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CounterpartiesClient } from '../clients/counterparties.client';
import { SettlementsError, SettlementsErrorCode as Code } from '../settlements.exception';
import { BUYER_FINANCE_ROLES, requireOperator, requireOperatorOrMember } from './access';
import { Bookkeeper } from './bookkeeper.service';
import { codeOf, fromDomain } from './domain-errors';
import { InvoiceBook, live, type StoredInvoice } from './invoice.book';

/** What a payment needs, however it arrived. */
export interface IncomingPayment {
  readonly paymentId: string;
  readonly buyerCompanyId: string;
  readonly currency: string;
  readonly amountMinor: number;
  /** Named invoices with how much for each; none: the buyer's unpaid invoices oldest due first. */
  readonly allocations: readonly PaymentAllocation[];
  readonly source: 'MANUAL' | 'BANK_STATEMENT';
  readonly reference: string | null;
  readonly receivedAt: string;
  readonly recordedBy: string | null;
}

/** The largest bank statement taken in one command (bytes of the file). */
const MAX_STATEMENT_BYTES = 512 * 1024;

interface PaymentRow {
  id: string;
  buyer_company_id: string;
  currency: string;
  amount_minor: string;
  source: 'MANUAL' | 'BANK_STATEMENT';
  reference: string | null;
  received_at: Date;
  recorded_by: string | null;
  credit_minor: string;
  entry_id: string;
}

/**
 * Buyers' payments: recorded by an operator or the buyer's accountant, or matched from a bank
 * statement. A payment is set against invoices by the domain (`applyPayment`), posted
 * (`paymentReceived`: cash at the bank, less owed by the buyer) and published
 * (`settlements.payment.received`, naming the orders it paid in full, which moves a prepaying
 * buyer's orders on; and the buyer's exposure). Its id comes from the idempotency key or the
 * bank reference, so the same payment is recorded once.
 */
@Injectable()
export class PaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookkeeper: Bookkeeper,
    private readonly invoices: InvoiceBook,
    private readonly outbox: Outbox,
    private readonly counterparties: CounterpartiesClient,
  ) {}

  async record(
    actor: Actor,
    request: {
      buyerCompanyId: string;
      currency: string;
      amountMinor: number;
      allocations: readonly PaymentAllocation[];
      reference?: string;
    },
    idempotencyKey: string | undefined,
  ): Promise<{ payment: PaymentRecord; invoices: InvoiceRecord[] }> {
    requireOperatorOrMember(actor, request.buyerCompanyId, BUYER_FINANCE_ROLES, 'recording a payment');
    const currency = request.currency.toUpperCase();
    if (!isCurrencyCode(currency))
      throw new SettlementsError(Code.UNKNOWN_CURRENCY, `"${request.currency}" is not an ISO 4217 currency code`, 'currency');
    if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor <= 0) {
      throw new SettlementsError(
        Code.INVALID_AMOUNT,
        `a payment is a whole number of minor units above zero, got ${request.amountMinor}`,
        'amountMinor',
      );
    }
    await this.requireBuyer(request.buyerCompanyId);
    const payment: IncomingPayment = {
      paymentId: idempotencyKey ? idempotentId('settlements.payment', idempotencyScope(actor), idempotencyKey) : randomUUID(),
      buyerCompanyId: request.buyerCompanyId,
      currency,
      amountMinor: request.amountMinor,
      allocations: request.allocations,
      source: 'MANUAL',
      reference: request.reference?.trim() || null,
      receivedAt: new Date().toISOString(),
      recordedBy: actor.id,
    };
    const paymentId = await this.dataSource.transaction(async (transaction) => (await this.apply(transaction, payment)).paymentId);
    return this.view(paymentId);
  }

  /**
   * The payer must be a buying company: one settlements has orders of, or, for a payment in
   * advance of its first order (it stands as the buyer's credit), one counterparties knows as a
   * buyer. A mistyped id books nothing.
   */
  private async requireBuyer(companyId: string): Promise<void> {
    const [known]: unknown[] = await this.dataSource.query(`SELECT 1 FROM seller_order WHERE buyer_company_id = $1 LIMIT 1`, [companyId]);
    if (known) return;
    const profile = await this.counterparties.profile(companyId);
    if (!profile || profile.kind === 'SELLER') {
      throw new SettlementsError(Code.COMPANY_NOT_FOUND, `no buying company ${companyId}`, 'buyerCompanyId');
    }
  }

  /**
   * Records one payment in the transaction: set against invoices, posted, published. A payment
   * recorded before (same id) is not applied again: `recorded` is false.
   */
  async apply(transaction: EntityManager, payment: IncomingPayment): Promise<{ paymentId: string; recorded: boolean }> {
    const pair = { buyerCompanyId: payment.buyerCompanyId, currency: payment.currency };
    await this.invoices.lockBuyers(transaction, [pair]);
    const [existing]: unknown[] = await transaction.query(`SELECT 1 FROM payment WHERE id = $1`, [payment.paymentId]);
    if (existing) return { paymentId: payment.paymentId, recorded: false };
    const named = await this.invoices.byIds(
      transaction,
      payment.allocations.map((allocation) => allocation.invoiceId),
      true,
    );
    const void_ = named.find((invoice) => invoice.status === 'VOID');
    if (void_) throw new SettlementsError(Code.UNKNOWN_INVOICE, `invoice ${void_.number} is void (its order was cancelled)`, 'allocations');
    const open = await this.invoices.openOf(transaction, pair);
    const invoices = [...new Map([...named, ...open].map((invoice) => [invoice.id, invoice])).values()];
    let application: ReturnType<typeof applyPayment>;
    try {
      application = applyPayment(live(invoices), {
        paymentId: payment.paymentId,
        buyerCompanyId: payment.buyerCompanyId,
        currency: payment.currency,
        amountMinor: payment.amountMinor,
        allocations: payment.allocations,
      });
    } catch (error) {
      fromDomain(error);
    }
    let entries;
    try {
      entries = paymentReceivedEntries({
        eventId: payment.paymentId,
        currency: payment.currency,
        occurredAt: payment.receivedAt,
        paymentId: payment.paymentId,
        buyerCompanyId: payment.buyerCompanyId,
        amountMinor: payment.amountMinor,
        allocations: application.applied,
      });
      await this.bookkeeper.post(transaction, entries);
    } catch (error) {
      fromDomain(error);
    }
    await transaction.query(
      `INSERT INTO payment (id, buyer_company_id, currency, amount_minor, source, reference, received_at, recorded_by, credit_minor, entry_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        payment.paymentId,
        payment.buyerCompanyId,
        payment.currency,
        payment.amountMinor,
        payment.source,
        payment.reference,
        payment.receivedAt,
        payment.recordedBy,
        application.creditMinor,
        entries[0].id,
      ],
    );
    if (application.applied.length > 0) {
      await transaction.query(
        `INSERT INTO payment_allocation (payment_id, invoice_id, amount_minor) SELECT $1, x.id, x.amount FROM unnest($2::uuid[], $3::bigint[]) AS x(id, amount)`,
        [
          payment.paymentId,
          application.applied.map((allocation) => allocation.invoiceId),
          application.applied.map((allocation) => String(allocation.amountMinor)),
        ],
      );
    }
    const touched = new Set(application.applied.map((allocation) => allocation.invoiceId));
    await this.invoices.save(
      transaction,
      application.invoices.filter((invoice) => touched.has(invoice.id)),
      application.changes,
      `PAYMENT ${payment.paymentId}`,
    );
    const byId = new Map(application.invoices.map((invoice) => [invoice.id, invoice]));
    const paidOrderIds = application.changes
      .filter((change) => change.to === 'PAID')
      .map((change) => (byId.get(change.invoiceId) as Invoice).sellerOrderId);
    await this.outbox.enqueue(transaction, paymentReceived, {
      key: payment.buyerCompanyId,
      payload: {
        paymentId: payment.paymentId,
        buyerCompanyId: payment.buyerCompanyId,
        currency: payment.currency,
        amountMinor: payment.amountMinor,
        paidOrderIds,
        receivedAt: payment.receivedAt,
      },
    });
    await this.invoices.publishExposure(transaction, [pair]);
    return { paymentId: payment.paymentId, recorded: true };
  }

  /**
   * A bank statement: each row matched by invoice number and the payer's tax id (one of the
   * buyer's legal entities') becomes a payment against that invoice, the payment's id derived
   * from the bank reference (a statement imported twice records each payment once). A file
   * that cannot be read (not UTF-8, wrong columns, too large) is refused whole and changes
   * nothing; a row that does not match is reported with its reason and changes nothing.
   */
  async importStatement(actor: Actor, fileBase64: string): Promise<BankImportRecord> {
    requireOperator(actor, 'importing a bank statement');
    const file = Buffer.from(fileBase64, 'base64');
    if (file.length > MAX_STATEMENT_BYTES) {
      throw new SettlementsError(Code.FILE_TOO_LARGE, `a statement has at most ${MAX_STATEMENT_BYTES} bytes; split it`, 'fileBase64');
    }
    const shape = parseBankStatement(file, { invoices: [], buyerTaxIds: new Map() });
    if (!shape.ok)
      throw new SettlementsError(shape.code === 'BROKEN_ENCODING' ? Code.BROKEN_ENCODING : Code.WRONG_COLUMNS, shape.message, 'fileBase64');
    const invoices = await this.invoices.byNumbers(this.dataSource.manager, invoiceNumbersIn(file));
    // The domain matches a row's payer to "the invoice's buyer": here each invoice stands for
    // itself, with the tax id of the legal entity it was issued to.
    const parsed = parseBankStatement(file, {
      invoices: live(invoices).map((invoice) => ({ ...invoice, buyerCompanyId: invoice.id })),
      buyerTaxIds: await this.payersOf(invoices),
    });
    const rows = parsed.ok ? parsed.rows : [];
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    const report: BankRowRecord[] = [];
    await this.dataSource.transaction(async (transaction) => {
      for (const row of rows) {
        if (row.outcome !== 'MATCHED') {
          report.push({
            line: row.line,
            outcome: row.outcome as BankRowOutcome,
            message: row.message,
            field: row.field ?? null,
            reference: null,
            invoiceNumber: null,
            amountMinor: null,
            paymentId: null,
            alreadyRecorded: false,
          });
          continue;
        }
        const { payment } = row;
        const invoice = byId.get(payment.invoiceId) as StoredInvoice;
        const base = { line: row.line, reference: payment.reference, invoiceNumber: invoice.number, amountMinor: payment.amountMinor };
        try {
          const outcome = await this.apply(transaction, {
            paymentId: payment.paymentId,
            buyerCompanyId: invoice.buyerCompanyId,
            currency: payment.currency,
            amountMinor: payment.amountMinor,
            allocations: [{ invoiceId: invoice.id, amountMinor: payment.amountMinor }],
            source: 'BANK_STATEMENT',
            reference: payment.reference,
            receivedAt: `${payment.receivedOn}T00:00:00.000Z`,
            recordedBy: actor.id,
          });
          report.push({
            ...base,
            outcome: BankRowOutcome.MATCHED,
            message: null,
            field: null,
            paymentId: outcome.paymentId,
            alreadyRecorded: !outcome.recorded,
          });
        } catch (error) {
          const refusal = error instanceof LedgerError ? codeOf(error) : error instanceof SettlementsError ? error.code : null;
          if (refusal === null) throw error;
          report.push({
            ...base,
            outcome: refusal === Code.INVALID_AMOUNT ? BankRowOutcome.INVALID_AMOUNT : BankRowOutcome.UNKNOWN_INVOICE,
            message: (error as Error).message,
            field: 'invoice_number',
            paymentId: null,
            alreadyRecorded: false,
          });
        }
      }
    });
    const matched = report.filter((row) => row.outcome === BankRowOutcome.MATCHED);
    return {
      rows: report,
      matched: matched.length,
      refused: report.length - matched.length,
      recorded: matched.filter((row) => !row.alreadyRecorded).length,
    };
  }

  /**
   * For each invoice, the tax id that pays it: that of the buyer's legal entity its order was
   * placed for (or, for an order without one, of the buyer's only legal entity).
   */
  private async payersOf(invoices: readonly StoredInvoice[]): Promise<Map<string, string>> {
    if (invoices.length === 0) return new Map();
    const orders: Array<{ id: string; buyer_legal_entity_id: string | null }> = await this.dataSource.query(
      `SELECT id, buyer_legal_entity_id FROM seller_order WHERE id = ANY ($1::uuid[])`,
      [invoices.map((invoice) => invoice.sellerOrderId)],
    );
    const entityOf = new Map(orders.map((order) => [order.id, order.buyer_legal_entity_id]));
    const payers = new Map<string, string>();
    for (const buyer of new Set(invoices.map((invoice) => invoice.buyerCompanyId))) {
      const entities = (await this.counterparties.profile(buyer))?.legalEntities ?? [];
      for (const invoice of invoices.filter((candidate) => candidate.buyerCompanyId === buyer)) {
        const entityId = entityOf.get(invoice.sellerOrderId) ?? null;
        const entity = entityId ? entities.find((candidate) => candidate.id === entityId) : entities.length === 1 ? entities[0] : undefined;
        if (entity) payers.set(invoice.id, entity.taxId);
      }
    }
    return payers;
  }

  /** A payment as the API shows it, with the invoices it reached. */
  async view(paymentId: string): Promise<{ payment: PaymentRecord; invoices: InvoiceRecord[] }> {
    const [row]: PaymentRow[] = await this.dataSource.query(
      `SELECT id, buyer_company_id, currency, amount_minor::text, source, reference, received_at, recorded_by, credit_minor::text, entry_id FROM payment WHERE id = $1`,
      [paymentId],
    );
    const allocations: Array<{ invoice_id: string; number: string; seller_order_id: string; amount_minor: string }> =
      await this.dataSource.query(
        `SELECT a.invoice_id, i.number, i.seller_order_id, a.amount_minor::text FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id
        WHERE a.payment_id = $1 ORDER BY i.due_at, i.number`,
        [paymentId],
      );
    return {
      payment: {
        id: row.id,
        buyerCompanyId: row.buyer_company_id,
        currency: row.currency,
        amountMinor: Number(row.amount_minor),
        source: row.source,
        reference: row.reference,
        receivedAt: row.received_at.toISOString(),
        recordedBy: row.recorded_by,
        allocations: allocations.map((allocation) => ({
          invoiceId: allocation.invoice_id,
          invoiceNumber: allocation.number,
          sellerOrderId: allocation.seller_order_id,
          amountMinor: Number(allocation.amount_minor),
        })),
        creditMinor: Number(row.credit_minor),
        entryId: row.entry_id,
      },
      invoices: await this.invoices.records(
        this.dataSource.manager,
        allocations.map((allocation) => allocation.invoice_id),
      ),
    };
  }
}

/** The invoice numbers a statement's rows quote (to load those invoices before matching). */
function invoiceNumbersIn(file: Uint8Array): string[] {
  const records = readCsv(new TextDecoder('utf-8').decode(file));
  const header = records[0]?.fields?.map((name) => name.trim().toLowerCase()) ?? [];
  const column = header.indexOf('invoice_number' satisfies (typeof BANK_STATEMENT_COLUMNS)[number]);
  if (column < 0) return [];
  return records
    .slice(1)
    .map((record) => record.fields?.[column]?.trim())
    .filter((number): number is string => typeof number === 'string' && number.length > 0);
}
