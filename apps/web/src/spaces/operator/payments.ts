import { parseAmount, type AmountProblem } from '../../format/money';
import { parseWholeNumber } from '../../format/quantity';

/** The longest bank reference the API keeps (settlements' contract: 200 characters). */
export const MAX_REFERENCE_LENGTH = 200;

/** The largest bank statement one import takes (settlements: 512 KiB; FILE_TOO_LARGE above). */
export const MAX_STATEMENT_BYTES = 512 * 1024;

export type ReferenceProblem = 'REFERENCE_TOO_LONG';

/** A bank reference as typed: trimmed, none when empty, refused when longer than the API keeps. */
export function bankReference(text: string): { ok: true; reference: string | null } | { ok: false; problem: ReferenceProblem } {
  const reference = text.trim();
  if (reference.length > MAX_REFERENCE_LENGTH) return { ok: false, problem: 'REFERENCE_TOO_LONG' };
  return { ok: true, reference: reference || null };
}

/** What is due per currency: how many payouts and their sum, in minor units, currencies in order. */
export function dueByCurrency(
  payouts: readonly { currency: string; amountMinor: number; status: string }[],
): { currency: string; count: number; amountMinor: number }[] {
  const totals = new Map<string, { currency: string; count: number; amountMinor: number }>();
  for (const payout of payouts) {
    if (payout.status !== 'DUE') continue;
    const total = totals.get(payout.currency) ?? { currency: payout.currency, count: 0, amountMinor: 0 };
    total.count += 1;
    total.amountMinor += payout.amountMinor;
    totals.set(payout.currency, total);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The file the bank's payout CSV is saved under: payouts-due-2026-12-07.csv (the day it was taken, UTC). */
export function payoutsDueFileName(now: Date): string {
  return `payouts-due-${now.toISOString().slice(0, 10)}.csv`;
}

export type StatementSource = { csv: string } | { csvBase64: string };
export type StatementProblem = 'STATEMENT_REQUIRED' | 'FILE_TOO_LARGE';

/**
 * What the import sends: a chosen file as its bytes in base64 (so the API catches a file in the
 * wrong encoding rather than reading it garbled), else the pasted text as it is.
 */
export function statementSource(
  pasted: string,
  file: { base64: string; bytes: number } | undefined,
): { ok: true; source: StatementSource } | { ok: false; problem: StatementProblem } {
  if (file) {
    if (file.bytes === 0) return { ok: false, problem: 'STATEMENT_REQUIRED' };
    if (file.bytes > MAX_STATEMENT_BYTES) return { ok: false, problem: 'FILE_TOO_LARGE' };
    return { ok: true, source: { csvBase64: file.base64 } };
  }
  if (pasted.trim() === '') return { ok: false, problem: 'STATEMENT_REQUIRED' };
  if (new TextEncoder().encode(pasted).length > MAX_STATEMENT_BYTES) return { ok: false, problem: 'FILE_TOO_LARGE' };
  return { ok: true, source: { csv: pasted } };
}

/** A row of an import's report (BankStatementRow). */
export interface BankRowView {
  line: number;
  outcome: string;
  alreadyRecorded: boolean;
}

/** Rows of the report by what became of them: refused first, then payments recorded now, then those recorded before; each in file order. */
export function bankStatementReport<Row extends BankRowView>(rows: readonly Row[]): Row[] {
  const rank = (row: Row) => (row.outcome !== 'MATCHED' ? 0 : row.alreadyRecorded ? 2 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}

export type RefundPayoutProblem = AmountProblem | 'ABOVE_PAYABLE' | ReferenceProblem;

/**
 * A refund payout's arguments from the form: the amount read exactly into minor units, never
 * above what is payable to that buyer in that currency (the API refuses it: INSUFFICIENT_BALANCE).
 */
export function refundPayoutInput(
  form: { amount: string; reference: string },
  payable: { buyerCompanyId: string; currency: string; amountMinor: number },
):
  | { ok: true; input: { buyerCompanyId: string; currency: string; amountMinor: number; reference: string | null } }
  | { ok: false; problems: { amount?: RefundPayoutProblem; reference?: RefundPayoutProblem } } {
  const problems: { amount?: RefundPayoutProblem; reference?: RefundPayoutProblem } = {};
  const amount = parseAmount(form.amount, payable.currency);
  if (!amount.ok) problems.amount = amount.problem;
  else if (amount.minorUnits > payable.amountMinor) problems.amount = 'ABOVE_PAYABLE';
  const reference = bankReference(form.reference);
  if (!reference.ok) problems.reference = reference.problem;
  if (!amount.ok || !reference.ok || problems.amount) return { ok: false, problems };
  return {
    ok: true,
    input: {
      buyerCompanyId: payable.buyerCompanyId,
      currency: payable.currency,
      amountMinor: amount.minorUnits,
      reference: reference.reference,
    },
  };
}

/**
 * The currency each line of a statement names, by the line its record starts on (as the
 * import's report counts them, the header being line 1). The report gives a matched row's
 * amount without its currency, so the screen takes it from the file it sent. Quoted fields
 * (RFC 4180, with commas, doubled quotes and line breaks inside) are read as the API reads them.
 */
export function statementCurrencies(text: string): Map<number, string> {
  const records: { line: number; fields: string[] }[] = [];
  let line = 1;
  let record = { line, fields: [] as string[] };
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1;
        field += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.fields.push(field);
      records.push(record);
      field = '';
      line += 1;
      record = { line, fields: [] };
    } else field += char;
  }
  if (field !== '' || record.fields.length > 0) records.push({ ...record, fields: [...record.fields, field] });
  const column =
    records[0]?.fields.findIndex(
      (name) =>
        name
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase() === 'currency',
    ) ?? -1;
  const currencies = new Map<number, string>();
  if (column < 0) return currencies;
  for (const { line: start, fields } of records.slice(1)) {
    const currency = fields[column]?.trim().toUpperCase();
    if (currency) currencies.set(start, currency);
  }
  return currencies;
}

/** A seller's payout period as typed: whole days, 1 to 366 (the API's INVALID_PERIOD otherwise). */
export function payoutPeriodDays(text: string): { ok: true; days: number } | { ok: false; problem: 'NOT_A_PAYOUT_PERIOD' } {
  const days = parseWholeNumber(text);
  return days !== undefined && days >= 1 && days <= 366 ? { ok: true, days } : { ok: false, problem: 'NOT_A_PAYOUT_PERIOD' };
}
