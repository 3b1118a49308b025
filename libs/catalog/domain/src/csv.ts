/**
 * Reading the CSV files sellers export from their ERP: UTF-8 (with or without a byte order
 * mark), comma- or semicolon-separated (spreadsheets in many locales write semicolons),
 * RFC 4180 quoting. A file that cannot be read is refused whole, with where it broke.
 */

export type CsvFileProblemCode = 'BROKEN_ENCODING' | 'MALFORMED_CSV' | 'EMPTY_FILE';

export class CsvFileError extends Error {
  constructor(
    readonly code: CsvFileProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'CsvFileError';
  }
}

/** One data record: its line number in the file (the header is line 1) and its cells. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells, trimmed and lower-cased. */
  header: string[];
  records: CsvRecord[];
}

/** UTF-8 bytes to text; invalid UTF-8 (a Windows-1251 export, say) is refused with its byte offset. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new CsvFileError('BROKEN_ENCODING', `the file is not valid UTF-8 (first bad byte at offset ${offset}); export it as UTF-8`);
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The shortest prefix that fails to decode ends at (or just after) the first bad byte.
  while (low < high) {
    const middle = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle + 1), { stream: true });
      decoder.decode();
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  return low;
}

/** Parses the whole text; records that are entirely empty (blank lines) are skipped. */
export function parseCsv(text: string): CsvTable {
  const firstLineEnd = text.search(/\r?\n/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let quoted = false;
  let cellWasQuoted = false;

  const endCell = () => {
    cells.push(cellWasQuoted ? cell : cell.trim());
    cell = '';
    cellWasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
  };

  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        const next = text[index];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new CsvFileError('MALFORMED_CSV', `line ${line}: text after a closing quote; write a quote inside a quoted cell as ""`);
        }
        continue;
      }
      if (char === '\n') line += 1;
      cell += char;
      index += 1;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true;
      cellWasQuoted = true;
      cell = '';
      index += 1;
      continue;
    }
    if (char === delimiter) {
      endCell();
    } else if (char === '\n' || char === '\r') {
      endRecord();
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
    index += 1;
  }
  if (quoted) throw new CsvFileError('MALFORMED_CSV', `line ${recordLine}: a quoted cell is never closed`);
  endRecord();

  const [header, ...rest] = records;
  if (!header) throw new CsvFileError('EMPTY_FILE', 'the file is empty; the first line must name the columns');
  return { header: header.cells.map((name) => name.trim().toLowerCase()), records: rest };
}
