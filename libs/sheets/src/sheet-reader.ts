// Reading uploaded spreadsheets: xlsx, or csv in UTF-8 or GB18030 (as Excel saves it on Chinese
// Windows), as lines of text cells; and one reader for sheets whose first line names their columns.
import { Workbook } from 'exceljs';
import { InvalidInput, isIsoDate } from '@gridhr/common';
import { SheetProblem } from './sheet-problems';

export type SheetFormat = 'xlsx' | 'csv';

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** An uploaded file from its base64 text: refused when empty, not base64, or over 5 MB. */
export function decodeUpload(contentBase64: string): Buffer {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new InvalidInput('input.contentBase64', 'is empty or not base64');
  if (content.length > MAX_UPLOAD_BYTES) throw new InvalidInput('input.contentBase64', 'is larger than 5 MB; split the sheet');
  return content;
}

/** A cell as text, whatever Excel stored in it; a long number (an ID number typed as a number) is marked #NUMBER:. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : `#NUMBER:${value}`;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (v.richText) return v.richText.map((p) => p.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
}

/** 2024-03-01, 2024/3/1, 2024.3.1 or 2024年3月1日. */
export function parseSheetDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
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

/** The cells of the first sheet as text, line by line (csv in UTF-8 or GB18030, or xlsx). */
export async function readSheetLines(content: Buffer, format: SheetFormat): Promise<string[][]> {
  return format === 'csv' ? parseCsv(decodeText(content)) : xlsxLines(content);
}

async function xlsxLines(content: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const lines: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    lines[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(lines, (l) => l ?? []);
}

/** A header cell as compared: no spaces, no required-marks. */
export function headerKey(text: string): string {
  return text.replace(/\s|\*/g, '');
}

export interface UploadedRow<K extends string> {
  line: number;
  cell: Record<K, string>;
}

/**
 * An uploaded sheet whose first line names its columns (each column by any of its names): the data
 * lines with their cells by key, trimmed, blank lines skipped. When a required column is missing,
 * `missing` says which and there are no rows.
 */
export async function readUploadedSheet<K extends string>(
  input: { format: SheetFormat; contentBase64: string },
  columns: Record<K, string[]>,
  required: NoInfer<K>[],
): Promise<{ rows: UploadedRow<K>[]; missing: SheetProblem | null }> {
  let lines: string[][];
  try {
    lines = await readSheetLines(decodeUpload(input.contentBase64), input.format);
  } catch (error) {
    if (error instanceof InvalidInput) throw error;
    throw new InvalidInput('input.contentBase64', `is not a readable ${input.format} file`);
  }
  const header = (lines[0] ?? []).map(headerKey);
  const index = Object.fromEntries(
    (Object.entries(columns) as [K, string[]][]).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))]),
  ) as Record<K, number>;
  const absent = required.filter((key) => index[key] < 0);
  if (absent.length) {
    return {
      rows: [],
      missing: {
        line: 1,
        column: absent.map((k) => columns[k][0]).join('、'),
        value: header.join(','),
        problem: `缺少这些列：${absent.map((k) => columns[k][0]).join('、')}`,
      },
    };
  }
  const rows = lines
    .map((cells, i) => ({ line: i + 1, cells }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c.trim()))
    .map((r) => ({
      line: r.line,
      cell: Object.fromEntries((Object.keys(columns) as K[]).map((key) => [key, index[key] < 0 ? '' : (r.cells[index[key]] ?? '').trim()])) as Record<
        K,
        string
      >,
    }));
  return { rows, missing: null };
}
