import { CsvFileError, decodeCsv, parseCsv } from './csv';

const problem = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (error instanceof CsvFileError) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
};

describe('decodeCsv', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('sku,on_hand\nА-1,5\n', 'utf8')]);
    expect(decodeCsv(bytes)).toBe('sku,on_hand\nА-1,5\n');
  });

  it('refuses a Windows-1251 export with the offset of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('sku,on_hand\n', 'utf8'), Buffer.from([0xc0, 0xc1, 0x2c, 0x35])]); // "АБ,5" in cp1251
    expect(problem(() => decodeCsv(bytes))).toEqual({ code: 'BROKEN_ENCODING', message: expect.stringContaining('offset 12') });
  });
});

describe('parseCsv', () => {
  it('splits a header and records, with line numbers and trimmed header names', () => {
    expect(parseCsv(' SKU , On_Hand \r\nA-1,5\r\n\r\nB-2, 7 \n')).toEqual({
      header: ['sku', 'on_hand'],
      records: [
        { line: 2, cells: ['A-1', '5'] },
        { line: 4, cells: ['B-2', '7'] },
      ],
    });
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside quotes, counting lines right', () => {
    const table = parseCsv('sku,note\n"A,1","say ""hi""\nthere"\nB,x\n');
    expect(table.records).toEqual([
      { line: 2, cells: ['A,1', 'say "hi"\nthere'] },
      { line: 4, cells: ['B', 'x'] },
    ]);
  });

  it('reads semicolon-separated files, as spreadsheets in many locales save them', () => {
    expect(parseCsv('sku;unit_price\nA;1250,50').records).toEqual([{ line: 2, cells: ['A', '1250,50'] }]);
  });

  it('refuses a never-closed quote and text after a closing quote, naming the line', () => {
    expect(problem(() => parseCsv('sku,on_hand\nA,5\n"B,6\n'))).toEqual({
      code: 'MALFORMED_CSV',
      message: expect.stringContaining('line 3'),
    });
    expect(problem(() => parseCsv('sku,on_hand\n"B"x,6\n'))).toEqual({ code: 'MALFORMED_CSV', message: expect.stringContaining('line 2') });
  });

  it('refuses an empty file', () => {
    expect(problem(() => parseCsv('\n\n'))?.code).toBe('EMPTY_FILE');
  });
});
