import fc from 'fast-check';
import { readCsv, writeCsv } from './csv';

describe('readCsv (RFC 4180)', () => {
  it('reads records split by CRLF, LF or CR, with the line each starts on', () => {
    expect(readCsv('a,b\r\nc,d\ne,f\rg,h\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and empty fields', () => {
    expect(readCsv('"Steel, rolled","say ""hi""","two\r\nlines",,""\r\nnext,x')).toEqual([
      { line: 1, fields: ['Steel, rolled', 'say "hi"', 'two\r\nlines', '', ''] },
      { line: 3, fields: ['next', 'x'] },
    ]);
  });

  it('keeps an empty line as a record of one empty field, and adds none for the final line break', () => {
    expect(readCsv('a\r\n\r\nb\r\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['b'] },
    ]);
    expect(readCsv('')).toEqual([]);
  });

  it('reports a malformed record in place and goes on at the next line', () => {
    expect(readCsv('a,b"c\r\n"x"y,z\r\nok,1\r\n"never closed,2\r\nlost')).toEqual([
      { line: 1, error: 'a quote inside an unquoted field on line 1' },
      { line: 2, error: 'text after a closing quote on line 2' },
      { line: 3, fields: ['ok', '1'] },
      { line: 4, error: 'a quoted field opened on line 4 is never closed' },
    ]);
  });
});

describe('writeCsv', () => {
  it('quotes only what must be quoted and ends every record with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ''], ['1']])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n1\r\n');
  });

  it('is read back as exactly what was written (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Я', ',', '"', '\r', '\n', ' ', '1') });
    // A record of one empty field would be written as an empty line, which reads back the same.
    const record = fc.array(field, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        expect(readCsv(writeCsv(records)).map((read) => read.fields)).toEqual(records);
      }),
    );
  });
});
