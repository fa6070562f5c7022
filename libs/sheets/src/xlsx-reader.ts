// Reading an xlsx's data sheet as lines of text cells, straight from its unpacked XML: the workbook's
// sheet list and relationships, the shared strings, the cell styles (which number formats are dates) and
// the one sheet's rows. Nothing else of the workbook is read, so memory stays near the XML's own size.
import { addDays, InvalidInput } from '@gridhr/common';
import { countRows, unpackXlsx, XlsxParts } from './xlsx-bounds';
import { scanXml, xmlText } from './xlsx-xml';

/** A number cell as text; a long number (an ID number typed as a number) is marked #NUMBER:. */
export function numberText(value: number): string {
  // Past 15 digits Excel has already rounded the number: the digits are lost, so say so rather than guess.
  if (Math.abs(value) >= 1e15) return `#NUMBER:${value}`;
  // A score of 85.5, or 85.50000000000001 from a formula: twelve significant digits are what Excel shows.
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

// Excel's built-in date formats (ids 14–17, 22) and those Chinese Excel adds (27–31, 36, 50–54, 57, 58:
// 2023年5月1日, 5月1日), which a file names by id alone; its time-only formats (18–21, 45–47, 32–35, 55,
// 56: 8:30, 上午8时30分) are not days and read as numbers.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);

/** Excel's limit on a number format's length. */
const MAX_FORMAT_LENGTH = 255;

/**
 * A custom number format that shows a day: a y or d, or an m without h or s (mmm-yy; not mm:ss), outside
 * quotes, escapes and [colour] brackets. A time of day alone is not a day. Longer than Excel allows: no.
 */
export function isDateFormat(code: string): boolean {
  if (code.length > MAX_FORMAT_LENGTH) return false;
  const section = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0];
  return /[yd]/i.test(section) || (/m/i.test(section) && !/[hs]/i.test(section));
}

/** Excel's serial of 9999-12-31, its last date, plus one (1900 system; the 1904 system counts 1,462 fewer days). */
const MAX_SERIAL = 2_958_466;
const DAYS_1900_TO_1904 = 1462;

// Excel counts days from 1899-12-30 (its serial 1 is 1900-01-01, and it believes 1900 was a leap year, so
// serials below 61 start a day later); a workbook saved with the 1904 system counts from 1904-01-01.
function serialDay(serial: number, date1904: boolean): string {
  const days = Math.floor(Math.round(serial * 86400) / 86400);
  if (date1904) return addDays('1904-01-01', days);
  return addDays(days < 61 ? '1899-12-31' : '1899-12-30', days);
}

/** "AB12" → column 27 (0-based), or -1 for a reference without letters. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return i === 0 ? -1 : column - 1;
}

/** "AB12" → row 11 (0-based), or -1 for anything else. */
function rowOf(ref: string): number {
  const digits = /^[A-Za-z]{1,3}(\d{1,7})$/.exec(ref);
  return digits ? Number(digits[1]) - 1 : -1;
}

/** A part by its name relative to the package root (`/xl/…`) or to the folder of the part that names it. */
function resolvePart(from: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${from.slice(0, from.lastIndexOf('/') + 1)}${target}`;
  const segments: string[] = [];
  for (const segment of path.split('/'))
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(decodeSegment(segment));
  return segments.join('/').toLowerCase();
}

/** `sheet%201.xml` as the zip names it, `sheet 1.xml`; a malformed escape is left as written. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface Relationship {
  part: string;
  /** The last segment of its type: worksheet, sharedStrings, styles, officeDocument, … */
  kind: string;
}

/** Id → the parts a part refers to (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`), those present only. */
function relationships(parts: XlsxParts, of: string): Map<string, Relationship> {
  const slash = of.lastIndexOf('/') + 1;
  const part = parts.get(`${of.slice(0, slash)}_rels/${of.slice(slash)}.rels`);
  const related = new Map<string, Relationship>();
  if (part)
    scanXml(xmlText(part), {
      open: (name, a) => {
        if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
        const target = resolvePart(of, a.Target);
        if (parts.has(target)) related.set(a.Id, { part: target, kind: (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1) });
      },
    });
  return related;
}

/** The part a workbook refers to for its shared strings or styles, or where Excel puts it. */
function relatedPart(parts: XlsxParts, book: Workbook | null, kind: string, usual: string): Buffer | undefined {
  const related = book && [...book.related.values()].find((r) => r.kind === kind);
  return parts.get(related ? related.part : usual);
}

interface Workbook {
  path: string;
  /** The sheet parts in the workbook's order, with whether each is shown. */
  sheets: { part: string; visible: boolean }[];
  date1904: boolean;
  related: Map<string, Relationship>;
}

function workbookOf(parts: XlsxParts): Workbook | null {
  const path = [...relationships(parts, '').values()].find((r) => r.kind === 'officeDocument')?.part ?? 'xl/workbook.xml';
  const part = parts.get(path);
  if (!part) return null;
  const book: Workbook = { path, sheets: [], date1904: false, related: relationships(parts, path) };
  scanXml(xmlText(part), {
    open: (name, a) => {
      if (name === 'workbookPr') book.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      // A chart sheet or a dialog sheet holds no cells.
      const sheet = name === 'sheet' && a.id ? book.related.get(a.id) : undefined;
      if (sheet?.kind === 'worksheet') book.sheets.push({ part: sheet.part, visible: !a.state || a.state === 'visible' });
    },
  });
  return book;
}

/** The data sheet's part: the first visible worksheet in the workbook's order (a workbook may open with its instructions hidden, or keep an old copy hidden). */
function dataSheet(parts: XlsxParts, book: Workbook | null): string | null {
  if (book?.sheets.length) return (book.sheets.find((s) => s.visible) ?? book.sheets[0]).part;
  // No workbook part, or none that names its sheets: the worksheets as the package holds them.
  return [...parts.keys()].filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0] ?? null;
}

/** The shared strings' texts; a rich text's runs joined, its phonetic guide (rPh) left out. */
function sharedStrings(parts: XlsxParts, book: Workbook | null): string[] {
  const part = relatedPart(parts, book, 'sharedStrings', 'xl/sharedstrings.xml');
  const strings: string[] = [];
  if (!part) return strings;
  let text: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xmlText(part), {
    // An empty element is closed at once (scanXml calls close): rPh is counted whether it is empty or not.
    open: (name, _, empty) => {
      if (name === 'si') {
        text = [];
        phonetic = 0;
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && !empty) inText = true;
    },
    close: (name) => {
      if (name === 'si' && text) {
        strings.push(ooxmlUnescape(text.join('')));
        text = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (t) => {
      if (inText && text && phonetic <= 0) text.push(t);
    },
  });
  return strings;
}

/** Which cell styles (the `s` of a cell, an index into cellXfs) show a date. */
function dateStyles(parts: XlsxParts, book: Workbook | null): boolean[] {
  const part = relatedPart(parts, book, 'styles', 'xl/styles.xml');
  const styles: boolean[] = [];
  if (!part) return styles;
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let where: 'numFmts' | 'cellXfs' | null = null;
  scanXml(xmlText(part), {
    open: (name, a, empty) => {
      if ((name === 'numFmts' || name === 'cellXfs') && !empty) where = name;
      // numFmt elements also sit in dxfs (conditional formats), which are not cell styles.
      else if (name === 'numFmt' && where === 'numFmts') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'xf' && where === 'cellXfs') formats.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === where) where = null;
    },
  });
  // After the scan: a writer may put numFmts after cellXfs. Each format is judged once.
  const isDate = new Map<number, boolean>();
  for (const id of formats) {
    if (!isDate.has(id)) isDate.set(id, custom.has(id) ? isDateFormat(custom.get(id)!) : BUILT_IN_DATES.has(id));
    styles.push(isDate.get(id)!);
  }
  return styles;
}

/** `_x000D_` and the like: how SpreadsheetML writes characters XML cannot hold (`_x005F_` is a literal underscore). */
function ooxmlUnescape(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

interface Cell {
  type: string;
  style: number;
  value: string[];
  inline: string[];
  phonetic: number;
  into: 'value' | 'inline' | null;
}

function cellValue(cell: Cell, strings: string[], dates: boolean[], date1904: boolean): string {
  const value = cell.value.join('');
  // `<c t="s"></c>` or `<v/>`: no value, whatever the type says (not shared string 0, not FALSE).
  if (cell.type !== 'inlineStr' && value.trim() === '') return '';
  switch (cell.type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr':
      return ooxmlUnescape(cell.inline.join(''));
    case 'str':
    case 'e': // #N/A, #DIV/0!: as Excel shows them
      return ooxmlUnescape(value);
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
    case 'd':
      return value.slice(0, 10);
    default: {
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      // A date style on a number no calendar holds (before 1900, after 9999) shows the number.
      const last = date1904 ? MAX_SERIAL - DAYS_1900_TO_1904 : MAX_SERIAL;
      return dates[cell.style] && n >= 0 && n < last ? serialDay(n, date1904) : numberText(n);
    }
  }
}

/** Cells that merged ranges may fill, all of a sheet's merges together. */
export const MAX_MERGED_CELLS = 1_000_000;

/** A merged range's cells all read as its top-left cell, within the rows and columns the sheet has. */
function fillMerges(lines: string[][], merges: string[], columns: number): void {
  let filled = 0;
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const top = rowOf(from);
    const left = columnOf(from);
    if (top < 0 || left < 0 || top >= lines.length) continue;
    const bottom = Math.min(rowOf(to), lines.length - 1);
    const right = Math.min(columnOf(to), columns - 1);
    const text = lines[top][left] ?? '';
    // Excel's merges never overlap, so a sheet's merges cover at most its cells; many overlapping ones
    // (a few kB of zip) would make millions of writes.
    filled += Math.max(0, bottom - top + 1) * Math.max(0, right - left + 1);
    if (filled > MAX_MERGED_CELLS)
      throw new InvalidInput(
        'input.contentBase64',
        `has merged cells covering more than ${MAX_MERGED_CELLS.toLocaleString('en-US')} cells; unmerge them and fill each cell in`,
      );
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const line = lines[r];
        while (line.length < c) line.push('');
        line[c] = text;
      }
  }
}

/** Columns an import reads: a value further right is refused rather than padded out (XFD1 alone would make 16,384 cells a line). */
export const MAX_SHEET_COLUMNS = 256;

/** A row numbered past the import's limit (`<row r="1000000">` in a sheet of two rows). */
export class RowOverLimit extends Error {
  constructor(readonly row: number) {
    super(`row ${row}`);
  }
}

function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetLines(xml: string, strings: string[], dates: boolean[], date1904: boolean, maxRows: number): string[][] {
  const lines: string[][] = [];
  const merges: string[] = [];
  let line: string[] | null = null;
  let row = -1;
  let column = -1;
  let columns = 0;
  let cell: Cell | null = null;
  scanXml(xml, {
    open: (name, a, empty) => {
      if (name === 'row') {
        const r = Number(a.r);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        if (!(row >= 0 && row < maxRows)) throw new RowOverLimit(row + 1);
        column = -1;
        while (lines.length < row) lines.push([]);
        line = lines[row] = [];
      } else if (name === 'c' && line) {
        const at = a.r ? columnOf(a.r) : -1;
        column = at >= 0 ? at : column + 1;
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: [], inline: [], phonetic: 0, into: null };
        if (empty) cell = null; // styled but empty: a blank, written below only if a later cell needs it
      } else if (cell) {
        if (name === 'v' && !empty) cell.into = 'value';
        else if (name === 'rPh')
          cell.phonetic++; // closed at once when empty, as below
        else if (name === 't' && !empty && cell.type === 'inlineStr') cell.into = 'inline';
      } else if (name === 'mergeCell' && a.ref) merges.push(a.ref);
    },
    close: (name) => {
      if (name === 'c' && cell && line) {
        const text = cellValue(cell, strings, dates, date1904);
        cell = null;
        if (text === '') return; // a blank is written only when a later cell needs it
        if (column >= MAX_SHEET_COLUMNS)
          throw new InvalidInput(
            'input.contentBase64',
            `has a value in column ${columnName(column)} (row ${row + 1}); an import reads at most ${MAX_SHEET_COLUMNS} columns (to ${columnName(MAX_SHEET_COLUMNS - 1)})`,
          );
        while (line.length < column) line.push('');
        line[column] = text;
        columns = Math.max(columns, column + 1);
      } else if (name === 'row') line = null;
      else if (cell && (name === 'v' || name === 't')) cell.into = null;
      else if (cell && name === 'rPh') cell.phonetic--;
    },
    text: (t) => {
      if (!cell?.into || cell.phonetic > 0) return;
      (cell.into === 'value' ? cell.value : cell.inline).push(t);
    },
  });
  fillMerges(lines, merges, columns);
  return lines;
}

/** An xlsx unpacked, with its data sheet found: count its rows before reading them. */
export interface XlsxBook {
  rows(): number;
  /** Throws RowOverLimit for a row numbered past `maxRows`. */
  lines(maxRows: number): string[][];
}

/** Unpacks an xlsx within the upload limits (see unpackXlsx) and finds its data sheet. */
export function openXlsx(content: Buffer): XlsxBook {
  const parts = unpackXlsx(content);
  const book = workbookOf(parts);
  const sheet = dataSheet(parts, book);
  const xml = sheet ? parts.get(sheet) : undefined;
  return {
    rows: () => (xml ? countRows(xml) : 0),
    lines: (maxRows) => (xml ? sheetLines(xmlText(xml), sharedStrings(parts, book), dateStyles(parts, book), book?.date1904 ?? false, maxRows) : []),
  };
}

/** The rows of an xlsx's data sheet, counted without parsing it. */
export function xlsxRowCount(content: Buffer): number {
  return openXlsx(content).rows();
}
