// RFC 4180 CSV, both ways. Fields are separated by commas and records by line breaks; a field
// holding a comma, a quote or a line break is quoted, its quotes doubled. The reader also
// takes LF and lone CR line breaks (spreadsheets write them); the writer writes CRLF.

export type CsvRecord =
  | { readonly line: number; readonly fields: readonly string[]; readonly error?: undefined }
  /** A record that breaks the format: a quote inside an unquoted field, text after a closing quote, a quote never closed. */
  | { readonly line: number; readonly error: string; readonly fields?: undefined };

/**
 * Reads every record, each with the line it starts on (1-based). A malformed record is
 * reported in place and reading goes on at the next line, so one bad row does not hide the
 * others. A line break at the very end does not make an empty record.
 */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let index = 0;
  let line = 1;
  const length = text.length;

  /** Consumes a line break at `index` if there is one (CRLF, LF or CR); true if it did. */
  const lineBreak = (): boolean => {
    if (text[index] === '\r') {
      index += text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      return true;
    }
    if (text[index] === '\n') {
      index += 1;
      line += 1;
      return true;
    }
    return false;
  };
  const skipToNextLine = () => {
    while (index < length && !lineBreak()) index += 1;
  };

  while (index < length) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | null = null;
    for (;;) {
      if (text[index] === '"') {
        index += 1;
        let value = '';
        let closed = false;
        while (index < length) {
          const char = text[index];
          if (char === '"') {
            if (text[index + 1] === '"') {
              value += '"';
              index += 2;
              continue;
            }
            index += 1;
            closed = true;
            break;
          }
          if (char === '\r' || char === '\n') {
            // A line break inside quotes belongs to the field; count it as a line all the same.
            const start = index;
            lineBreak();
            value += text.slice(start, index);
            continue;
          }
          value += char;
          index += 1;
        }
        if (!closed) {
          error = `a quoted field opened on line ${startLine} is never closed`;
          break;
        }
        fields.push(value);
        if (index < length && text[index] !== ',' && text[index] !== '\r' && text[index] !== '\n') {
          error = `text after a closing quote on line ${line}`;
          skipToNextLine();
          break;
        }
      } else {
        let end = index;
        while (end < length && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') end += 1;
        const value = text.slice(index, end);
        index = end;
        if (value.includes('"')) {
          error = `a quote inside an unquoted field on line ${line}`;
          skipToNextLine();
          break;
        }
        fields.push(value);
      }
      if (text[index] === ',') {
        index += 1;
        continue;
      }
      lineBreak();
      break;
    }
    records.push(error === null ? { line: startLine, fields } : { line: startLine, error });
  }
  return records;
}

function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Writes records as RFC 4180 CSV: CRLF after every record, a field quoted only when it must be. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${fields.map(quoted).join(',')}\r\n`).join('');
}
