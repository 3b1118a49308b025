import { isCurrencyCode, Money, MoneyError } from '@lotbook/money';
import type { CsvRecord } from './csv';
import { listingTermsProblems, type ListingTermsProblemCode, type PriceBreak } from './listing-terms';

/**
 * The two ERP files a seller uploads: listings (terms, keyed by the seller's SKU; creates or
 * updates) and stock levels (on hand per SKU). Reading a row is pure: each row becomes either
 * what the seller asked for or the reason it is refused, with the column at fault.
 */
export const LISTING_COLUMNS = {
  required: ['sku', 'product_code', 'region', 'currency', 'unit_price', 'minimum_order_quantity', 'lot_multiple'],
  optional: ['price_breaks', 'lead_time_days', 'status'],
} as const;

export const STOCK_COLUMNS = { required: ['sku', 'on_hand'], optional: [] } as const;

export interface ColumnSet {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** Missing and unknown columns of a header; both empty when the file can be read. */
export function columnProblems(
  header: readonly string[],
  columns: ColumnSet,
): { missing: string[]; unknown: string[]; repeated: string[] } {
  const known = new Set([...columns.required, ...columns.optional]);
  return {
    missing: columns.required.filter((column) => !header.includes(column)),
    unknown: header.filter((column) => !known.has(column)),
    repeated: header.filter((column, index) => header.indexOf(column) !== index),
  };
}

export type UploadRowProblemCode =
  | ListingTermsProblemCode
  | 'INVALID_INPUT'
  | 'WRONG_CELL_COUNT'
  | 'PRICE_TOO_PRECISE'
  | 'DUPLICATE_SKU'
  | 'UNKNOWN_PRODUCT'
  | 'PRODUCT_NOT_ACTIVE'
  | 'SKU_LISTS_ANOTHER_PRODUCT'
  | 'UNKNOWN_LISTING'
  | 'STOCK_BELOW_RESERVED';

export interface UploadRowProblem {
  code: UploadRowProblemCode;
  column: string | null;
  message: string;
}

/** What one listings row asks for, in minor units and base units. */
export interface ListingRowRequest {
  sku: string;
  productCode: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  priceBreaks: PriceBreak[];
  minimumOrderQuantity: number;
  lotMultiple: number;
  leadTimeDays: number;
  status: 'DRAFT' | 'ACTIVE' | 'PAUSED';
}

export interface StockRowRequest {
  sku: string;
  onHand: number;
}

export type RowReading<T> = { ok: true; request: T } | { ok: false; sku: string; problem: UploadRowProblem };

class RowProblem extends Error {
  constructor(readonly problem: UploadRowProblem) {
    super(problem.message);
  }
}

const refuse = (code: UploadRowProblemCode, column: string | null, message: string): never => {
  throw new RowProblem({ code, column, message });
};

function cellsByColumn(header: readonly string[], record: CsvRecord): Map<string, string> {
  if (record.cells.length !== header.length) {
    refuse('WRONG_CELL_COUNT', null, `the row has ${record.cells.length} cells; the header names ${header.length} columns`);
  }
  return new Map(header.map((column, index) => [column, record.cells[index]]));
}

function wholeNumber(text: string | undefined, column: string, { min }: { min: number }): number {
  const value = text ?? '';
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) refuse('INVALID_INPUT', column, `"${value}" is not a whole number`);
  const number = Number(value);
  if (number < min) {
    refuse(
      'NON_POSITIVE_QUANTITY',
      column,
      min === 0 ? `${column} must be zero or more, got ${number}` : `${column} must be ${min} or more, got ${number}`,
    );
  }
  return number;
}

/** A decimal comma ("1250,50", as semicolon-separated exports write it) reads as a point. */
function price(text: string, currency: string, column: string): number {
  try {
    return Money.parse(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text, currency).minorUnits;
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    return refuse(
      error.code === 'TOO_PRECISE' ? 'PRICE_TOO_PRECISE' : error.code === 'UNKNOWN_CURRENCY' ? 'UNKNOWN_CURRENCY' : 'INVALID_INPUT',
      column,
      error.message,
    );
  }
}

/** `100:1150.00|500:1100` — from quantity 100 the unit price is 1150.00, from 500 it is 1100. */
function priceBreaks(text: string, currency: string): PriceBreak[] {
  if (text === '') return [];
  return text.split('|').map((part) => {
    const [quantity, unitPrice, extra] = part.split(':').map((piece) => piece.trim());
    if (unitPrice === undefined || extra !== undefined) {
      refuse('INVALID_INPUT', 'price_breaks', `"${part}" is not quantity:price; write breaks as 100:1150.00|500:1100.00`);
    }
    return { fromQuantity: wholeNumber(quantity, 'price_breaks', { min: 1 }), unitPriceMinor: price(unitPrice, currency, 'price_breaks') };
  });
}

const TERM_FIELD_COLUMNS: Record<string, string> = {
  currency: 'currency',
  unitPriceMinor: 'unit_price',
  minimumOrderQuantity: 'minimum_order_quantity',
  lotMultiple: 'lot_multiple',
};

function sku(cells: Map<string, string>): string {
  const value = cells.get('sku') ?? '';
  if (value.length < 1 || value.length > 64) refuse('INVALID_INPUT', 'sku', 'a seller SKU has 1 to 64 characters');
  return value;
}

function read<T>(header: readonly string[], record: CsvRecord, build: (cells: Map<string, string>) => T): RowReading<T> {
  let rowSku = record.cells[header.indexOf('sku')] ?? '';
  try {
    const cells = cellsByColumn(header, record);
    rowSku = sku(cells);
    return { ok: true, request: build(cells) };
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, sku: rowSku, problem: error.problem };
    throw error;
  }
}

export function readListingRow(header: readonly string[], record: CsvRecord): RowReading<ListingRowRequest> {
  return read(header, record, (cells) => {
    const currency = (cells.get('currency') ?? '').toUpperCase();
    if (!isCurrencyCode(currency)) refuse('UNKNOWN_CURRENCY', 'currency', `"${currency}" is not an ISO 4217 currency code`);
    const region = cells.get('region') ?? '';
    if (region.length < 2 || region.length > 80) refuse('INVALID_INPUT', 'region', 'a warehouse region has 2 to 80 characters');
    const productCode = cells.get('product_code') ?? '';
    if (productCode === '') refuse('INVALID_INPUT', 'product_code', 'the product code is missing');
    const status = (cells.get('status') || 'ACTIVE').toUpperCase();
    if (status !== 'DRAFT' && status !== 'ACTIVE' && status !== 'PAUSED')
      refuse('INVALID_INPUT', 'status', `status is DRAFT, ACTIVE or PAUSED, not "${status}"`);
    const leadTimeDays = wholeNumber(cells.get('lead_time_days') || '0', 'lead_time_days', { min: 0 });
    if (leadTimeDays > 365) refuse('INVALID_INPUT', 'lead_time_days', 'the lead time is 0 to 365 days');
    const request: ListingRowRequest = {
      sku: sku(cells),
      productCode,
      region,
      currency,
      unitPriceMinor: price(cells.get('unit_price') ?? '', currency, 'unit_price'),
      priceBreaks: priceBreaks(cells.get('price_breaks') ?? '', currency),
      minimumOrderQuantity: wholeNumber(cells.get('minimum_order_quantity'), 'minimum_order_quantity', { min: 1 }),
      lotMultiple: wholeNumber(cells.get('lot_multiple'), 'lot_multiple', { min: 1 }),
      leadTimeDays,
      status: status as ListingRowRequest['status'],
    };
    const [problem] = listingTermsProblems(request);
    if (problem) refuse(problem.code, TERM_FIELD_COLUMNS[problem.field] ?? 'price_breaks', problem.message);
    return request;
  });
}

export function readStockRow(header: readonly string[], record: CsvRecord): RowReading<StockRowRequest> {
  return read(header, record, (cells) => ({ sku: sku(cells), onHand: wholeNumber(cells.get('on_hand'), 'on_hand', { min: 0 }) }));
}

/** The terms of a listing a listings file can change; equal terms mean the row changes nothing. */
export type ListingUploadTerms = Omit<ListingRowRequest, 'sku' | 'productCode'>;

export function sameListingTerms(a: ListingUploadTerms, b: ListingUploadTerms): boolean {
  return (
    a.region === b.region &&
    a.currency === b.currency &&
    a.unitPriceMinor === b.unitPriceMinor &&
    a.minimumOrderQuantity === b.minimumOrderQuantity &&
    a.lotMultiple === b.lotMultiple &&
    a.leadTimeDays === b.leadTimeDays &&
    a.status === b.status &&
    a.priceBreaks.length === b.priceBreaks.length &&
    a.priceBreaks.every(
      (priceBreak, index) =>
        priceBreak.fromQuantity === b.priceBreaks[index].fromQuantity && priceBreak.unitPriceMinor === b.priceBreaks[index].unitPriceMinor,
    )
  );
}
