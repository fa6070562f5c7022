// Reading uploaded spreadsheets: xlsx (xlsx-reader.ts), or csv in UTF-8 or GB18030 (as Excel saves it on
// Chinese Windows), as lines of text cells.
import { InvalidInput } from '@gridhr/common';
import { openXlsx, RowOverLimit } from './xlsx-reader';

export type SheetFormat = 'xlsx' | 'csv';

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** An uploaded file from its base64 text: refused when empty, not base64, or over 5 MB. */
export function decodeUpload(contentBase64: string): Buffer {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new InvalidInput('input.contentBase64', 'is empty or not base64');
  if (content.length > MAX_UPLOAD_BYTES) throw new InvalidInput('input.contentBase64', 'is larger than 5 MB; split the sheet');
  return content;
}

/** UTF-8 (with or without BOM) as saved by most tools; GB18030 as saved by Excel on Chinese Windows. */
export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const lines: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      lines.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    lines.push(cells);
  }
  return lines;
}

/** Lines an import takes unless its kind says otherwise (the region table takes more). */
export const IMPORT_MAX_ROWS = 20_000;

function tooManyRows(rows: number, maxRows: number): InvalidInput {
  return new InvalidInput(
    'input.contentBase64',
    `holds ${rows.toLocaleString('en-US')} rows; this import takes at most ${maxRows.toLocaleString('en-US')}; split the sheet`,
  );
}

/**
 * The cells of the data sheet as text, line by line (csv in UTF-8 or GB18030, or xlsx: its first visible
 * sheet). An xlsx that unpacks too large, a file of more than `maxRows` lines (an xlsx's rows counted
 * before its cells are read), or an xlsx with a value past its column limit is refused (InvalidInput
 * naming input.contentBase64 with the limit); any other throw means the file is unreadable.
 */
export async function readSheetLines(content: Buffer, format: SheetFormat, maxRows = IMPORT_MAX_ROWS): Promise<string[][]> {
  const lines = format === 'csv' ? parseCsv(decodeText(content)) : xlsxLines(content, maxRows);
  if (lines.length > maxRows) throw tooManyRows(lines.length, maxRows);
  return lines;
}

function xlsxLines(content: Buffer, maxRows: number): string[][] {
  const book = openXlsx(content);
  const rows = book.rows();
  if (rows > maxRows) throw tooManyRows(rows, maxRows);
  try {
    return book.lines(maxRows);
  } catch (error) {
    if (error instanceof RowOverLimit) throw tooManyRows(error.row, maxRows);
    throw error;
  }
}
