// Reading uploaded spreadsheets: xlsx, or csv in UTF-8 or GB18030 (as Excel saves it on Chinese
// Windows), as lines of text cells.
import { Workbook } from 'exceljs';
import { InvalidInput } from '@gridhr/common';
import { xlsxRowCount } from './xlsx-bounds';

export type SheetFormat = 'xlsx' | 'csv';

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** An uploaded file from its base64 text: refused when empty, not base64, or over 5 MB. */
export function decodeUpload(contentBase64: string): Buffer {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new InvalidInput('input.contentBase64', 'is empty or not base64');
  if (content.length > MAX_UPLOAD_BYTES) throw new InvalidInput('input.contentBase64', 'is larger than 5 MB; split the sheet');
  return content;
}

/** A cell as text, whatever Excel stored in it; a long number (an ID number typed as a number) is marked #NUMBER:; a date cell is its day. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    // Past 15 digits Excel has already rounded the number: the digits are lost, so say so rather than guess.
    if (Math.abs(value) >= 1e15) return `#NUMBER:${value}`;
    // A score of 85.5, or 85.50000000000001 from a formula: twelve significant digits are what Excel shows.
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (v.richText) return v.richText.map((p) => p.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
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
 * The cells of the first sheet as text, line by line (csv in UTF-8 or GB18030, or xlsx). An xlsx that
 * unpacks too large, or a file of more than `maxRows` lines, is refused (InvalidInput naming
 * input.contentBase64 with the limit) before it is parsed; any other throw means the file is unreadable.
 */
export async function readSheetLines(content: Buffer, format: SheetFormat, maxRows = IMPORT_MAX_ROWS): Promise<string[][]> {
  if (format === 'xlsx') {
    const rows = xlsxRowCount(content);
    if (rows > maxRows) throw tooManyRows(rows, maxRows);
  }
  const lines = format === 'csv' ? parseCsv(decodeText(content)) : await xlsxLines(content);
  if (lines.length > maxRows) throw tooManyRows(lines.length, maxRows);
  return lines;
}

async function xlsxLines(content: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  // A workbook may open with its instructions, or keep an old copy hidden: the first visible sheet is the data.
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const lines: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    lines[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(lines, (l) => l ?? []);
}
