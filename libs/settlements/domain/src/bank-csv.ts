import { isCurrencyCode, Money, MoneyError } from '@lotbook/money';
import { readCsv } from './csv';
import { parseIsoDate } from './dates';
import { deterministicUuid } from './ids';
import type { Invoice } from './invoices';

// Buyer payments imported from a bank statement, matched to invoices by invoice number.
//
// The file: RFC 4180 CSV in UTF-8 (a byte-order mark is allowed), a header row naming
// exactly these six columns in any order (case and surrounding spaces ignored), one payment
// per row:
//
// | column | content |
// |---|---|
// | date | the day the money arrived, `YYYY-MM-DD` |
// | amount | the amount in major units with a point, no sign, no thousands separator: `10200.00` (at most the currency's decimals) |
// | currency | ISO 4217 code: `RUB` |
// | invoice_number | the invoice number the payer quoted: `INV-2026-0001` (case ignored) |
// | payer_tax_id | the payer's tax id (INN), which must be the invoice's buyer's |
// | reference | the bank's transaction reference, unique per transaction: the payment's id derives from it, so importing the same statement twice records each payment once |
//
// The whole file is refused (nothing imported) when it is not UTF-8 (`BROKEN_ENCODING`) or
// its header is not these columns (`WRONG_COLUMNS`). Otherwise every row gets an outcome;
// only MATCHED rows become payments, the others are reported with the reason.

export const BANK_STATEMENT_COLUMNS = ['date', 'amount', 'currency', 'invoice_number', 'payer_tax_id', 'reference'] as const;
type Column = (typeof BANK_STATEMENT_COLUMNS)[number];

export type BankRowOutcome =
  | 'MATCHED'
  /** Not a CSV record (a stray quote), or not six fields. */
  | 'MALFORMED_ROW'
  | 'MISSING_FIELD'
  /** The same bank reference on an earlier row of the file. */
  | 'DUPLICATE_REFERENCE'
  | 'INVALID_DATE'
  | 'UNKNOWN_CURRENCY'
  /** Not an amount, more decimals than the currency has, beyond the safe range, zero or negative. */
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_INVOICE'
  /** The row's currency is not the invoice's. */
  | 'CURRENCY_MISMATCH'
  /** The payer is not the invoice's buyer (or the buyer's tax id is unknown). */
  | 'FOREIGN_INVOICE';

/** A matched row: what applyPayment and paymentReceived need. */
export interface BankPayment {
  /** Derived from the bank reference ({@link bankPaymentIdFor}). */
  readonly paymentId: string;
  readonly reference: string;
  /** `YYYY-MM-DD`. */
  readonly receivedOn: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly buyerCompanyId: string;
  readonly payerTaxId: string;
}

export type BankStatementRow =
  | { readonly line: number; readonly outcome: 'MATCHED'; readonly payment: BankPayment }
  | { readonly line: number; readonly outcome: Exclude<BankRowOutcome, 'MATCHED'>; readonly message: string; readonly field?: Column };

export type BankStatementImport =
  | { readonly ok: true; readonly rows: readonly BankStatementRow[]; readonly matched: number; readonly refused: number }
  | { readonly ok: false; readonly code: 'BROKEN_ENCODING' | 'WRONG_COLUMNS'; readonly message: string };

export interface BankStatementContext {
  /** Invoices the rows may name (the service passes the invoices with those numbers). */
  readonly invoices: readonly Invoice[];
  /** Each buyer company's tax id, by company id. */
  readonly buyerTaxIds: ReadonlyMap<string, string>;
}

export const bankPaymentIdFor = (reference: string): string => deterministicUuid('bank-payment', reference);

const normalTaxId = (taxId: string) => taxId.replace(/\s+/g, '');

/** Reads a bank statement file (bytes as uploaded) into one outcome per row, or refuses the whole file. */
export function parseBankStatement(file: Uint8Array, context: BankStatementContext): BankStatementImport {
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 refuses the file rather than becoming U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return { ok: false, code: 'BROKEN_ENCODING', message: 'the file is not valid UTF-8; export the statement as CSV in UTF-8' };
  }
  const records = readCsv(text);
  const header = records[0];
  if (!header || header.fields === undefined) {
    return { ok: false, code: 'WRONG_COLUMNS', message: `the first line must name the columns ${BANK_STATEMENT_COLUMNS.join(', ')}` };
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = BANK_STATEMENT_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !(BANK_STATEMENT_COLUMNS as readonly string[]).includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : null,
      unknown.length > 0 ? `unknown ${unknown.map((name) => `"${name}"`).join(', ')}` : null,
      repeated.length > 0 ? `repeated ${repeated.join(', ')}` : null,
    ].filter((problem) => problem !== null);
    return {
      ok: false,
      code: 'WRONG_COLUMNS',
      message: `the columns must be exactly ${BANK_STATEMENT_COLUMNS.join(', ')}: ${problems.join('; ')}`,
    };
  }
  const position = new Map(names.map((name, index) => [name as Column, index]));

  const invoicesByNumber = new Map(context.invoices.map((invoice) => [invoice.number.trim().toUpperCase(), invoice]));
  const references = new Set<string>();
  const rows: BankStatementRow[] = [];
  for (const record of records.slice(1)) {
    if (record.fields !== undefined && record.fields.length === 1 && record.fields[0].trim() === '') continue; // a blank line
    rows.push(readRow(record, position, invoicesByNumber, context.buyerTaxIds, references));
  }
  const matched = rows.filter((row) => row.outcome === 'MATCHED').length;
  return { ok: true, rows, matched, refused: rows.length - matched };
}

function readRow(
  record: ReturnType<typeof readCsv>[number],
  position: ReadonlyMap<Column, number>,
  invoicesByNumber: ReadonlyMap<string, Invoice>,
  buyerTaxIds: ReadonlyMap<string, string>,
  references: Set<string>,
): BankStatementRow {
  const { line } = record;
  if (record.fields === undefined) return { line, outcome: 'MALFORMED_ROW', message: record.error };
  if (record.fields.length !== BANK_STATEMENT_COLUMNS.length) {
    return {
      line,
      outcome: 'MALFORMED_ROW',
      message: `${record.fields.length} fields where the header has ${BANK_STATEMENT_COLUMNS.length}`,
    };
  }
  const fields = record.fields;
  const value = (column: Column) => fields[position.get(column) as number].trim();
  for (const column of BANK_STATEMENT_COLUMNS) {
    if (value(column) === '') return { line, outcome: 'MISSING_FIELD', field: column, message: `${column} is empty` };
  }
  const reference = value('reference');
  if (references.has(reference))
    return { line, outcome: 'DUPLICATE_REFERENCE', field: 'reference', message: `reference ${reference} is on an earlier row` };
  references.add(reference);

  const receivedOn = value('date');
  if (parseIsoDate(receivedOn) === null)
    return { line, outcome: 'INVALID_DATE', field: 'date', message: `"${receivedOn}" is not a date written YYYY-MM-DD` };
  const currency = value('currency').toUpperCase();
  if (!isCurrencyCode(currency))
    return { line, outcome: 'UNKNOWN_CURRENCY', field: 'currency', message: `"${value('currency')}" is not an ISO 4217 currency code` };
  let amountMinor: number;
  try {
    amountMinor = Money.parse(value('amount'), currency).minorUnits;
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    return { line, outcome: 'INVALID_AMOUNT', field: 'amount', message: error.message };
  }
  if (amountMinor <= 0)
    return { line, outcome: 'INVALID_AMOUNT', field: 'amount', message: `a payment must be above zero, got ${value('amount')}` };

  const invoice = invoicesByNumber.get(value('invoice_number').toUpperCase());
  if (!invoice)
    return { line, outcome: 'UNKNOWN_INVOICE', field: 'invoice_number', message: `no invoice numbered ${value('invoice_number')}` };
  if (invoice.currency !== currency) {
    return {
      line,
      outcome: 'CURRENCY_MISMATCH',
      field: 'currency',
      message: `invoice ${invoice.number} is in ${invoice.currency}, the payment in ${currency}`,
    };
  }
  const payerTaxId = normalTaxId(value('payer_tax_id'));
  const buyerTaxId = buyerTaxIds.get(invoice.buyerCompanyId);
  if (buyerTaxId === undefined || normalTaxId(buyerTaxId) !== payerTaxId) {
    return {
      line,
      outcome: 'FOREIGN_INVOICE',
      field: 'payer_tax_id',
      message: `invoice ${invoice.number} is not the payer ${payerTaxId}'s`,
    };
  }
  return {
    line,
    outcome: 'MATCHED',
    payment: {
      paymentId: bankPaymentIdFor(reference),
      reference,
      receivedOn,
      amountMinor,
      currency,
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      buyerCompanyId: invoice.buyerCompanyId,
      payerTaxId,
    },
  };
}
