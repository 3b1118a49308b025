import { parseCsv } from './csv';
import { columnProblems, LISTING_COLUMNS, readListingRow, readStockRow, sameListingTerms, STOCK_COLUMNS } from './listing-upload';

const HEADER = 'sku,product_code,region,currency,unit_price,price_breaks,minimum_order_quantity,lot_multiple,lead_time_days,status';

function listingRow(row: string) {
  const table = parseCsv(`${HEADER}\n${row}\n`);
  return readListingRow(table.header, table.records[0]);
}

describe('columnProblems', () => {
  it('names missing, unknown and repeated columns', () => {
    expect(columnProblems(['sku', 'price', 'sku'], STOCK_COLUMNS)).toEqual({ missing: ['on_hand'], unknown: ['price'], repeated: ['sku'] });
    expect(columnProblems(parseCsv(HEADER).header, LISTING_COLUMNS)).toEqual({ missing: [], unknown: [], repeated: [] });
  });
});

describe('readListingRow', () => {
  it('reads a row into minor units, price breaks and defaults', () => {
    expect(listingRow('RB-12,REBAR-A500C-12,Moscow,rub,64500.00,10:63000|50:61000.5,5,5,,')).toEqual({
      ok: true,
      request: {
        sku: 'RB-12',
        productCode: 'REBAR-A500C-12',
        region: 'Moscow',
        currency: 'RUB',
        unitPriceMinor: 6_450_000,
        priceBreaks: [
          { fromQuantity: 10, unitPriceMinor: 6_300_000 },
          { fromQuantity: 50, unitPriceMinor: 6_100_050 },
        ],
        minimumOrderQuantity: 5,
        lotMultiple: 5,
        leadTimeDays: 0,
        status: 'ACTIVE',
      },
    });
  });

  it.each([
    ['RB-1,P,Moscow,RUB,0,,1,1,0,ACTIVE', 'NON_POSITIVE_PRICE', 'unit_price'],
    ['RB-1,P,Moscow,RUB,-5,,1,1,0,ACTIVE', 'NON_POSITIVE_PRICE', 'unit_price'],
    ['RB-1,P,Moscow,RUB,10.005,,1,1,0,ACTIVE', 'PRICE_TOO_PRECISE', 'unit_price'],
    ['RB-1,P,Moscow,RUB,ten,,1,1,0,ACTIVE', 'INVALID_INPUT', 'unit_price'],
    ['RB-1,P,Moscow,RUR,10,,1,1,0,ACTIVE', 'UNKNOWN_CURRENCY', 'currency'],
    ['RB-1,P,Moscow,RUB,10,,0,1,0,ACTIVE', 'NON_POSITIVE_QUANTITY', 'minimum_order_quantity'],
    ['RB-1,P,Moscow,RUB,10,,10,3,0,ACTIVE', 'LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ', 'lot_multiple'],
    ['RB-1,P,Moscow,RUB,10,50:9|20:8,1,1,0,ACTIVE', 'PRICE_BREAKS_OUT_OF_ORDER', 'price_breaks'],
    ['RB-1,P,Moscow,RUB,10,50:11,1,1,0,ACTIVE', 'PRICE_BREAKS_OUT_OF_ORDER', 'price_breaks'],
    ['RB-1,P,Moscow,RUB,10,50-9,1,1,0,ACTIVE', 'INVALID_INPUT', 'price_breaks'],
    ['RB-1,P,Moscow,RUB,10,,1.5,1,0,ACTIVE', 'INVALID_INPUT', 'minimum_order_quantity'],
    ['RB-1,P,Moscow,RUB,10,,1,1,400,ACTIVE', 'INVALID_INPUT', 'lead_time_days'],
    ['RB-1,P,Moscow,RUB,10,,1,1,0,SOLD', 'INVALID_INPUT', 'status'],
    ['RB-1,,Moscow,RUB,10,,1,1,0,ACTIVE', 'INVALID_INPUT', 'product_code'],
    [',P,Moscow,RUB,10,,1,1,0,ACTIVE', 'INVALID_INPUT', 'sku'],
    ['RB-1,P,Moscow,RUB,10,,1,1,0', 'WRONG_CELL_COUNT', null],
  ])('refuses %s with %s in column %s', (row, code, column) => {
    const reading = listingRow(row);
    expect(reading).toEqual({ ok: false, sku: expect.any(String), problem: { code, column, message: expect.any(String) } });
  });

  it('reads a decimal comma in a semicolon-separated file', () => {
    const table = parseCsv('sku;product_code;region;currency;unit_price;minimum_order_quantity;lot_multiple\nA;P;Kazan;RUB;1250,50;1;1\n');
    expect(readListingRow(table.header, table.records[0])).toMatchObject({ ok: true, request: { unitPriceMinor: 125_050 } });
  });

  it('keeps the SKU of a refused row for the report', () => {
    expect(listingRow('RB-9,P,Moscow,RUB,0,,1,1,0,ACTIVE')).toMatchObject({ ok: false, sku: 'RB-9' });
  });
});

describe('readStockRow', () => {
  it('reads stock on hand, zero included, and refuses negatives and fractions', () => {
    const table = parseCsv('sku,on_hand\nA,0\nB,12\nC,-1\nD,2.5\n');
    expect(table.records.map((record) => readStockRow(table.header, record))).toEqual([
      { ok: true, request: { sku: 'A', onHand: 0 } },
      { ok: true, request: { sku: 'B', onHand: 12 } },
      { ok: false, sku: 'C', problem: { code: 'NON_POSITIVE_QUANTITY', column: 'on_hand', message: expect.any(String) } },
      { ok: false, sku: 'D', problem: { code: 'INVALID_INPUT', column: 'on_hand', message: expect.any(String) } },
    ]);
  });
});

describe('sameListingTerms', () => {
  const terms = {
    region: 'Moscow',
    currency: 'RUB',
    unitPriceMinor: 100,
    priceBreaks: [{ fromQuantity: 10, unitPriceMinor: 90 }],
    minimumOrderQuantity: 1,
    lotMultiple: 1,
    leadTimeDays: 3,
    status: 'ACTIVE' as const,
  };
  it('is true only when nothing a listings file can set differs', () => {
    expect(sameListingTerms(terms, { ...terms, priceBreaks: [{ fromQuantity: 10, unitPriceMinor: 90 }] })).toBe(true);
    expect(sameListingTerms(terms, { ...terms, priceBreaks: [{ fromQuantity: 10, unitPriceMinor: 89 }] })).toBe(false);
    expect(sameListingTerms(terms, { ...terms, priceBreaks: [] })).toBe(false);
    expect(sameListingTerms(terms, { ...terms, status: 'PAUSED' })).toBe(false);
    expect(sameListingTerms(terms, { ...terms, leadTimeDays: 4 })).toBe(false);
  });
});
