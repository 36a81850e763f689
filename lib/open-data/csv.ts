/**
 * CSV reading for the open-data importers (RFC 4180 plus what real exports do).
 *
 * Decisions:
 * - Comma-separated; a field may be quoted with `"`; inside quotes a doubled `""` is one quote, and commas and
 *   line breaks (LF, CRLF or CR) are data. The SCIM Tax Index quotes minimally but promises line breaks may appear.
 * - Records end at LF, CRLF or CR outside quotes; a final line break does not start an empty record.
 * - A line with no characters at all is skipped: it carries no row, and trailing blank lines are common.
 * - Strict where a lenient reader would silently shift columns: a quote inside an unquoted field, text after a
 *   closing quote, or a quote left open at the end of the file is a `CsvSyntaxError` with line and column.
 * - A UTF-8 byte-order mark at the start is dropped (spreadsheet exports add one).
 */

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line of the offending character. */
    readonly line: number,
    /** 1-based column of the offending character. */
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts; differs from the record number once quoted fields span lines. */
  line: number;
}

/** Splits CSV text into records of fields; quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let isQuoted = false; // the current field started with a quote
  let isInsideQuotes = false;
  let isFieldStarted = false; // distinguishes an empty line from a line holding one empty field
  let line = 1;
  let column = 0;
  let recordLine = 1;
  let quoteOpenedAt = { line: 1, column: 1 };

  const endField = () => {
    fields.push(field);
    field = '';
    isQuoted = false;
    isFieldStarted = false;
  };
  const endRecord = () => {
    const isEmptyLine = fields.length === 0 && !isFieldStarted && field === '';
    if (!isEmptyLine) {
      endField();
      records.push({ fields, line: recordLine });
    }
    fields = [];
    field = '';
    isQuoted = false;
    isFieldStarted = false;
  };

  for (let index = 0; index < input.length; index += 1) {
    const char = input[index];
    column += 1;

    if (isInsideQuotes) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 1;
          column += 1;
        } else {
          isInsideQuotes = false;
        }
      } else {
        field += char;
        if (char === '\n' || (char === '\r' && input[index + 1] !== '\n')) {
          line += 1;
          column = 0;
        }
      }
      continue;
    }

    if (char === ',') {
      endField();
      isFieldStarted = true; // a comma means the next field exists even if it stays empty
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      column = 0;
      recordLine = line;
    } else if (char === '"') {
      // After a closing quote another quote cannot arrive here: inside quotes `""` is read as an escaped quote.
      if (field !== '') throw new CsvSyntaxError('Quote inside an unquoted field', line, column);
      isQuoted = true;
      isInsideQuotes = true;
      isFieldStarted = true;
      quoteOpenedAt = { line, column };
    } else {
      if (isQuoted) throw new CsvSyntaxError('Text after a closing quote', line, column);
      field += char;
      isFieldStarted = true;
    }
  }

  if (isInsideQuotes) throw new CsvSyntaxError('Quoted field is never closed', quoteOpenedAt.line, quoteOpenedAt.column);
  endRecord();
  return records;
}
