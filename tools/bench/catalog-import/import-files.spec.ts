import {
  changePrices,
  formatAmount,
  generateListingsFile,
  generateStockFile,
  LISTING_DEFECTS,
  LISTINGS_HEADER,
  productCode,
  REGIONS,
  STOCK_HEADER,
  type ListingsFile,
} from './import-files';

/** RFC 4180 cells of one line (quotes, doubled quotes), enough for the files under test. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      out.push(cell);
      cell = '';
    } else cell += char;
  }
  out.push(cell);
  return out;
}

/** Minor units of a price cell as catalog reads it (a decimal comma reads as a point); NaN if it is not an amount of at most 2 decimals. */
function minorUnits(text: string): number {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : Number.NaN;
}

/** Problems with a listings row that should be good, checked independently of the generator. */
function goodRowProblems(line: string, productCodes: Set<string>): string[] {
  const row = Object.fromEntries(LISTINGS_HEADER.split(',').map((column, index) => [column, cells(line)[index]]));
  const problems: string[] = [];
  if (cells(line).length !== 10) problems.push('cell count');
  if (!/^[A-Z]+-\d{7}$/.test(row.sku)) problems.push('sku');
  if (!productCodes.has(row.product_code)) problems.push('product');
  if (!REGIONS.includes(row.region)) problems.push('region');
  if (!['RUB', 'KZT', 'USD'].includes(row.currency)) problems.push('currency');
  const price = minorUnits(row.unit_price);
  if (!(price > 0)) problems.push(`price ${row.unit_price}`);
  const moq = Number(row.minimum_order_quantity);
  const lot = Number(row.lot_multiple);
  if (!Number.isSafeInteger(moq) || !Number.isSafeInteger(lot) || moq < 1 || lot < 1 || moq % lot !== 0) problems.push('moq/lot');
  let previous = { quantity: 0, price };
  for (const part of row.price_breaks ? row.price_breaks.split('|') : []) {
    const [quantity, breakPrice] = part.split(':');
    const next = { quantity: Number(quantity), price: minorUnits(breakPrice) };
    if (!(next.quantity > previous.quantity) || !(next.price > 0) || next.price > previous.price) problems.push(`break ${part}`);
    previous = next;
  }
  const lead = Number(row.lead_time_days);
  if (!Number.isInteger(lead) || lead < 0 || lead > 365) problems.push('lead time');
  if (!['ACTIVE', 'PAUSED', 'DRAFT'].includes(row.status)) problems.push('status');
  return problems;
}

describe('catalog import bench files', () => {
  const productCodes = Array.from({ length: 2_000 }, (_, index) => productCode(index));
  let file: ListingsFile;
  beforeAll(() => {
    file = generateListingsFile({ seed: 1, rows: 50_000, productCodes });
  });

  it('writes exactly 50,000 data rows under the header, with unique product codes to draw from', () => {
    const lines = file.csv.split('\n');
    expect(lines[0]).toBe(LISTINGS_HEADER);
    expect(lines[lines.length - 1]).toBe('');
    expect(lines).toHaveLength(50_002);
    expect(file.expected).toEqual({ rowCount: 50_000, created: file.good.length, updated: 0, unchanged: 0, rejected: file.defects.size });
    expect(file.good.length + file.defects.size).toBe(50_000);
    expect(new Set(productCodes).size).toBe(2_000);
  });

  it('is the same file for the same seed and another for another seed', () => {
    expect(generateListingsFile({ seed: 1, rows: 50_000, productCodes }).csv).toBe(file.csv);
    const small = (seed: number) => generateListingsFile({ seed, rows: 2_000, productCodes }).csv;
    expect(small(2)).not.toBe(small(1));
  });

  it('spoils about 3% of the rows, every kind of defect among them', () => {
    expect(file.defects.size / 50_000).toBeGreaterThan(0.025);
    expect(file.defects.size / 50_000).toBeLessThan(0.035);
    expect(new Set(file.defects.values())).toEqual(new Set(LISTING_DEFECTS));
    expect(generateListingsFile({ seed: 1, rows: 1_000, productCodes, badShare: 0 }).defects.size).toBe(0);
  });

  it('writes good rows catalog accepts, each SKU once, and spoiled rows that differ from them', () => {
    const lines = file.csv.split('\n');
    const codes = new Set(productCodes);
    const problems = file.good.flatMap((row) =>
      goodRowProblems(lines[row.line - 1], codes).map((problem) => `line ${row.line}: ${problem}`),
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(new Set(file.good.map((row) => row.sku)).size).toBe(file.good.length);
    const goodSkus = new Map(file.good.map((row) => [row.sku, row.line]));
    for (const [line, defect] of file.defects) {
      const row = cells(lines[line - 1]);
      if (defect === 'DUPLICATE_SKU') expect(goodSkus.get(row[0])).toBeLessThan(line);
      else expect(goodSkus.has(row[0])).toBe(false);
      if (defect === 'WRONG_CELL_COUNT') expect(row).toHaveLength(9);
      if (defect === 'UNKNOWN_CURRENCY') expect(row[3]).toBe('RUR');
    }
    // Some prices come as a spreadsheet writes them with a decimal comma, quoted.
    expect(file.good.some((row) => row.decimalComma)).toBe(true);
    expect(file.good.filter((row) => row.priceBreaks.length > 0).length / file.good.length).toBeGreaterThan(0.5);
  });

  it('changes the price of about a tenth of the good rows and nothing else', () => {
    const changed = changePrices(file, 0.1, 3);
    const before = file.csv.split('\n');
    const after = changed.csv.split('\n');
    expect(after).toHaveLength(before.length);
    const differing = after.filter((line, index) => line !== before[index]);
    expect(differing).toHaveLength(changed.changed);
    expect(changed.changed / file.good.length).toBeGreaterThan(0.09);
    expect(changed.changed / file.good.length).toBeLessThan(0.11);
    expect(changed.expected).toEqual({
      rowCount: 50_000,
      created: 0,
      updated: changed.changed,
      unchanged: file.good.length - changed.changed,
      rejected: file.defects.size,
    });
    const codes = new Set(productCodes);
    for (const line of differing.slice(0, 200)) expect(goodRowProblems(line, codes)).toEqual([]);
  });

  it('writes a 50,000-row stock file whose refusals are the unknown SKUs and the bad quantities', () => {
    const stock = generateStockFile(file, { seed: 2, rows: 50_000 });
    const lines = stock.csv.split('\n');
    expect(lines[0]).toBe(STOCK_HEADER);
    expect(lines).toHaveLength(50_002);
    expect(stock.expected.updated + stock.expected.rejected).toBe(50_000);
    const known = new Set(file.good.map((row) => row.sku));
    for (let line = 2; line <= 50_001; line++) {
      const [sku, onHand] = lines[line - 1].split(',');
      const good = known.has(sku) && /^\d+$/.test(onHand) && Number(onHand) > 0;
      if (good === stock.defects.has(line))
        throw new Error(`line ${line} (${lines[line - 1]}) is ${good ? 'good' : 'bad'} but ${stock.defects.get(line) ?? 'not refused'}`);
    }
    expect(new Set(stock.defects.values())).toEqual(new Set(['UNKNOWN_LISTING', 'NON_POSITIVE_QUANTITY', 'INVALID_INPUT']));
    expect(stock.defects.size / 50_000).toBeLessThan(0.06);
  });

  it('formats minor units as decimal amounts, short or with two decimals', () => {
    expect(formatAmount(6_450_050)).toBe('64500.50');
    expect(formatAmount(6_450_050, true)).toBe('64500.5');
    expect(formatAmount(6_450_000, true)).toBe('64500');
    expect(formatAmount(6_450_007, true)).toBe('64500.07');
    expect(formatAmount(5)).toBe('0.05');
  });
});
