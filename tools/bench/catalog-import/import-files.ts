// The catalog-import bench's files, as pure seeded generators: a seller's ERP export of
// listings (the columns of libs/catalog/domain/src/listing-upload.ts) with a few percent of
// the rows an ERP gets wrong, the stock file that goes with it, and the same listings file
// with a share of the prices changed. Each file comes with the counts catalog must report
// for it, so the bench checks the import did the work it timed.
import { SeededRandom } from '../search/seeded-random';

export const LISTINGS_HEADER =
  'sku,product_code,region,currency,unit_price,price_breaks,minimum_order_quantity,lot_multiple,lead_time_days,status';
export const STOCK_HEADER = 'sku,on_hand';

export const REGIONS = ['Yekaterinburg', 'Chelyabinsk', 'Perm', 'Moscow', 'Samara', 'Kazan', 'Novosibirsk', 'Saint Petersburg'];
const LOTS = [1, 1, 1, 5, 10, 12, 25, 50, 100, 500, 1000];

/** Ways a listings row can be wrong, each refused by catalog with its own code. */
export const LISTING_DEFECTS = [
  'UNKNOWN_PRODUCT',
  'UNKNOWN_CURRENCY',
  'PRICE_TOO_PRECISE',
  'NON_POSITIVE_PRICE',
  'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ',
  'PRICE_BREAKS_OUT_OF_ORDER',
  'INVALID_INPUT',
  'WRONG_CELL_COUNT',
  'DUPLICATE_SKU',
] as const;
export type ListingDefect = (typeof LISTING_DEFECTS)[number];

export const STOCK_DEFECTS = ['UNKNOWN_LISTING', 'NON_POSITIVE_QUANTITY', 'INVALID_INPUT'] as const;
export type StockDefect = (typeof STOCK_DEFECTS)[number];

export interface ExpectedCounts {
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface GoodListingRow {
  line: number;
  sku: string;
  productCode: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  priceBreaks: Array<{ fromQuantity: number; unitPriceMinor: number }>;
  minimumOrderQuantity: number;
  lotMultiple: number;
  leadTimeDays: number;
  status: 'ACTIVE' | 'PAUSED' | 'DRAFT';
  /** Written "1234,50" (quoted), as some spreadsheets export it: the same price. */
  decimalComma: boolean;
}

export interface ListingsFile {
  csv: string;
  /** The rows catalog applies, first occurrence of each SKU, in file order. */
  good: GoodListingRow[];
  /** Line number → what is wrong with it. */
  defects: Map<number, ListingDefect>;
  expected: ExpectedCounts;
}

export interface ListingsFileOptions {
  seed: number;
  rows: number;
  productCodes: readonly string[];
  /** Share of rows with a defect (default 0.03). */
  badShare?: number;
  skuPrefix?: string;
}

/** Minor units as a decimal amount: 6450050 → "64500.50" (or "64500.5" / "64500" when `short`). */
export function formatAmount(minor: number, short = false): string {
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  if (!short) return `${whole}.${String(cents).padStart(2, '0')}`;
  if (cents === 0) return String(whole);
  return cents % 10 === 0 ? `${whole}.${cents / 10}` : `${whole}.${String(cents).padStart(2, '0')}`;
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function priceCell(row: GoodListingRow, random?: SeededRandom): string {
  const text = formatAmount(row.unitPriceMinor, random ? random.chance(0.3) : false);
  return row.decimalComma ? csvCell(formatAmount(row.unitPriceMinor).replace('.', ',')) : text;
}

function breaksCell(row: GoodListingRow): string {
  return row.priceBreaks.map((priceBreak) => `${priceBreak.fromQuantity}:${formatAmount(priceBreak.unitPriceMinor)}`).join('|');
}

function listingLine(row: GoodListingRow, random?: SeededRandom): string {
  return [
    row.sku,
    row.productCode,
    csvCell(row.region),
    row.currency,
    priceCell(row, random),
    breaksCell(row),
    String(row.minimumOrderQuantity),
    String(row.lotMultiple),
    String(row.leadTimeDays),
    row.status,
  ].join(',');
}

function goodRow(random: SeededRandom, line: number, sku: string, productCodes: readonly string[]): GoodListingRow {
  const currency = random.weighted<string>([
    ['RUB', 95],
    ['KZT', 3],
    ['USD', 2],
  ]);
  const lotMultiple = random.pick(LOTS);
  const minimumOrderQuantity = lotMultiple * random.int(1, 10);
  // 10.00 to 250,000.00, skewed to the low end like a real price list.
  const unitPriceMinor = Math.round(1_000 + random.next() ** 3 * 24_999_000);
  const priceBreaks: GoodListingRow['priceBreaks'] = [];
  if (random.chance(0.6)) {
    let fromQuantity = minimumOrderQuantity;
    let price = unitPriceMinor;
    for (let count = random.int(1, 3); count > 0; count--) {
      fromQuantity = Math.floor((fromQuantity * random.int(2, 5)) / lotMultiple) * lotMultiple + lotMultiple;
      price = Math.max(1, Math.floor(price * (0.9 + random.next() * 0.08)));
      priceBreaks.push({ fromQuantity, unitPriceMinor: price });
    }
  }
  return {
    line,
    sku,
    productCode: random.pick(productCodes),
    region: random.pick(REGIONS),
    currency,
    unitPriceMinor,
    priceBreaks,
    minimumOrderQuantity,
    lotMultiple,
    leadTimeDays: random.weighted([
      [0, 30],
      [random.int(1, 14), 50],
      [random.int(15, 90), 20],
    ]),
    status: random.weighted([
      ['ACTIVE', 90],
      ['PAUSED', 7],
      ['DRAFT', 3],
    ] as const),
    decimalComma: random.chance(0.02),
  };
}

function defectiveLine(defect: ListingDefect, row: GoodListingRow, duplicateOf: string | undefined): string {
  const cells = listingLine({ ...row, decimalComma: false }).split(',');
  const set = (column: string, value: string) => {
    cells[LISTINGS_HEADER.split(',').indexOf(column)] = value;
  };
  switch (defect) {
    case 'UNKNOWN_PRODUCT':
      set('product_code', `DISCONTINUED-${row.sku}`);
      break;
    case 'UNKNOWN_CURRENCY':
      set('currency', 'RUR');
      break;
    case 'PRICE_TOO_PRECISE':
      set('unit_price', `${formatAmount(row.unitPriceMinor)}5`);
      break;
    case 'NON_POSITIVE_PRICE':
      set('unit_price', '0.00');
      set('price_breaks', '');
      break;
    case 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ':
      set('minimum_order_quantity', '1000');
      set('lot_multiple', '300');
      set('price_breaks', '');
      break;
    case 'PRICE_BREAKS_OUT_OF_ORDER':
      set(
        'price_breaks',
        `5000:${formatAmount(Math.max(2, row.unitPriceMinor - 1))}|1000:${formatAmount(Math.max(1, row.unitPriceMinor - 2))}`,
      );
      break;
    case 'INVALID_INPUT':
      set('minimum_order_quantity', 'ten');
      break;
    case 'WRONG_CELL_COUNT':
      cells.pop();
      break;
    case 'DUPLICATE_SKU':
      cells[0] = duplicateOf as string;
      break;
  }
  // A region with a comma would shift the cells of the broken rows: none of REGIONS has one.
  return cells.join(',');
}

/** A listings file of exactly `rows` data rows, about `badShare` of them refused by catalog. */
export function generateListingsFile(options: ListingsFileOptions): ListingsFile {
  const random = new SeededRandom(options.seed);
  const badShare = options.badShare ?? 0.03;
  const prefix = options.skuPrefix ?? 'URS';
  const lines = [LISTINGS_HEADER];
  const good: GoodListingRow[] = [];
  const defects = new Map<number, ListingDefect>();
  for (let index = 0; index < options.rows; index++) {
    const line = index + 2;
    const sku = `${prefix}-${String(index + 1).padStart(7, '0')}`;
    const row = goodRow(random, line, sku, options.productCodes);
    if (random.chance(badShare)) {
      const defect = good.length > 0 ? random.pick(LISTING_DEFECTS) : 'UNKNOWN_PRODUCT';
      defects.set(line, defect);
      lines.push(defectiveLine(defect, row, defect === 'DUPLICATE_SKU' ? random.pick(good).sku : undefined));
    } else {
      good.push(row);
      lines.push(listingLine(row, random));
    }
  }
  return {
    csv: `${lines.join('\n')}\n`,
    good,
    defects,
    expected: { rowCount: options.rows, created: good.length, updated: 0, unchanged: 0, rejected: defects.size },
  };
}

/** The same file with about `share` of the good rows' prices raised 2-5%: those are updated, the rest unchanged. */
export function changePrices(file: ListingsFile, share: number, seed: number): { csv: string; changed: number; expected: ExpectedCounts } {
  const random = new SeededRandom(seed);
  const changedLines = new Map<number, string>();
  for (const row of file.good) {
    if (!random.chance(share)) continue;
    const raised = { ...row, unitPriceMinor: Math.round(row.unitPriceMinor * (1.02 + random.next() * 0.03)) };
    if (raised.unitPriceMinor === row.unitPriceMinor) raised.unitPriceMinor += 1;
    changedLines.set(row.line, listingLine(raised));
  }
  const lines = file.csv.split('\n');
  for (const [line, text] of changedLines) lines[line - 1] = text;
  return {
    csv: lines.join('\n'),
    changed: changedLines.size,
    expected: {
      rowCount: file.expected.rowCount,
      created: 0,
      updated: changedLines.size,
      unchanged: file.good.length - changedLines.size,
      rejected: file.defects.size,
    },
  };
}

export interface StockFile {
  csv: string;
  defects: Map<number, StockDefect>;
  expected: ExpectedCounts;
}

/**
 * A stock file of exactly `rows` rows: SKU number i for row i (so the SKUs of the listings
 * file's refused rows are unknown listings), a few rows with a bad quantity, and every other
 * row a new on-hand figure (never 0, so each known SKU is updated).
 */
export function generateStockFile(
  listings: ListingsFile,
  options: { seed: number; rows: number; badShare?: number; skuPrefix?: string },
): StockFile {
  const random = new SeededRandom(options.seed);
  const prefix = options.skuPrefix ?? 'URS';
  const known = new Set(listings.good.map((row) => row.sku));
  const lines = [STOCK_HEADER];
  const defects = new Map<number, StockDefect>();
  for (let index = 0; index < options.rows; index++) {
    const line = index + 2;
    const sku = `${prefix}-${String(index + 1).padStart(7, '0')}`;
    if (random.chance(options.badShare ?? 0.02)) {
      const defect = random.pick(['NON_POSITIVE_QUANTITY', 'INVALID_INPUT'] as const);
      defects.set(line, known.has(sku) ? defect : 'UNKNOWN_LISTING');
      lines.push(`${sku},${defect === 'NON_POSITIVE_QUANTITY' ? `-${random.int(1, 500)}` : `${random.int(1, 99)}.5`}`);
      continue;
    }
    if (!known.has(sku)) defects.set(line, 'UNKNOWN_LISTING');
    lines.push(
      `${sku},${random.weighted([
        [random.int(1, 100), 40],
        [random.int(100, 10_000), 45],
        [random.int(10_000, 2_000_000), 15],
      ])}`,
    );
  }
  return {
    csv: `${lines.join('\n')}\n`,
    defects,
    expected: { rowCount: options.rows, created: 0, updated: options.rows - defects.size, unchanged: 0, rejected: defects.size },
  };
}

/** A realistic product code per index: family, size and grade, unique. */
export function productCode(index: number): string {
  const families = ['RB', 'PIPE', 'SHEET', 'BEAM', 'ANGLE', 'WIRE', 'BOLT', 'CABLE', 'PANEL', 'VALVE'];
  return `${families[index % families.length]}-${String(Math.floor(index / families.length) + 1).padStart(4, '0')}`;
}
