// The township spreadsheet: reading the worker register (xlsx or csv, Chinese headers), the blank
// template, the problem sheet sent back, and the printable public roster. No database here.
import { Workbook, Worksheet } from 'exceljs';
import { InvalidInput, isIsoDate } from '@gridhr/common';
import { parseIdNumber, normalizePhone } from './id-number.rules';
import { Education, HireSource, LABELS, PoliticalStatus, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';

export type SheetFormat = 'xlsx' | 'csv';

export interface WorkerSheetRow {
  line: number;
  name: string;
  idNumber: string;
  phone: string;
  category: WorkerCategory;
  status: WorkerStatus | null;
  managingRegionCode: string;
  gridCode: string | null;
  education: Education | null;
  politicalStatus: PoliticalStatus | null;
  veteran: boolean | null;
  lowIncome: boolean | null;
  socialWorkCertificate: SocialWorkCertificate | null;
  professionalTitle: string | null;
  homeRegionCode: string | null;
  hireSource: HireSource | null;
  hiredOn: string | null;
}

export interface SheetProblem {
  /** Line in the sheet as the user sees it (the header is line 1). */
  line: number;
  column: string;
  value: string;
  problem: string;
}

interface Column {
  header: string;
  aliases: string[];
  required: boolean;
  width: number;
  note: string;
}

const COLUMNS = {
  name: { header: '姓名', aliases: [], required: true, width: 10, note: '必填，最多50个字' },
  idNumber: { header: '身份证号', aliases: ['身份证号码', '公民身份号码'], required: true, width: 22, note: '必填，18位；请把本列设为文本格式' },
  phone: { header: '手机号', aliases: ['手机号码', '联系电话', '电话'], required: true, width: 14, note: '必填，11位手机号' },
  category: { header: '人员类别', aliases: ['类别'], required: true, width: 12, note: labelsNote(LABELS.category) },
  status: { header: '状态', aliases: ['在岗状态'], required: false, width: 8, note: `留空：新人为在岗，已登记的不变；${labelsNote(LABELS.status)}` },
  managingRegionCode: { header: '管理区划代码', aliases: ['所属社区（村）代码', '区划代码'], required: true, width: 16, note: '必填，12位统计用区划代码（乡镇、社区或村）' },
  gridCode: { header: '所属网格编码', aliases: ['网格编码'], required: false, width: 18, note: '可空；填写则安排到该网格' },
  education: { header: '学历', aliases: [], required: false, width: 10, note: labelsNote(LABELS.education) },
  politicalStatus: { header: '政治面貌', aliases: [], required: false, width: 12, note: labelsNote(LABELS.politicalStatus) },
  veteran: { header: '退役军人', aliases: ['是否退役军人'], required: false, width: 8, note: '是/否' },
  lowIncome: { header: '低保', aliases: ['是否低保'], required: false, width: 8, note: '是/否' },
  socialWorkCertificate: { header: '社工证', aliases: ['社会工作者职业资格'], required: false, width: 14, note: labelsNote(LABELS.socialWorkCertificate) },
  professionalTitle: { header: '职称', aliases: [], required: false, width: 12, note: '可空，最多50个字' },
  homeRegionCode: { header: '户籍区划代码', aliases: [], required: false, width: 16, note: '可空，12位区划代码' },
  hireSource: { header: '人员来源', aliases: [], required: false, width: 14, note: labelsNote(LABELS.hireSource) },
  hiredOn: { header: '入职日期', aliases: [], required: false, width: 12, note: '可空，如 2024-03-01' },
} satisfies Record<string, Column>;

type Key = keyof typeof COLUMNS;
const KEYS = Object.keys(COLUMNS) as Key[];

function labelsNote(labels: Record<string, string>): string {
  return `填：${Object.values(labels).join('、')}`;
}

const TEMPLATE_ROWS = 500;
const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0']);

/** A cell as text, whatever Excel stored in it. */
function cellText(value: unknown): string {
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

/** Reads the register; `problems` lists every bad cell. Throws only when the file cannot be read at all. */
export async function readWorkerSheet(content: Buffer, format: SheetFormat, today: string): Promise<{ rows: WorkerSheetRow[]; problems: SheetProblem[] }> {
  const lines = await readSheetLines(content, format);
  const problems: SheetProblem[] = [];
  const headerIndex = lines.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { rows: [], problems: [{ line: 1, column: '', value: '', problem: '表格是空的' }] };
  const header = lines[headerIndex].map((h) => h.replace(/\s|\*/g, ''));
  const position = new Map<Key, number>();
  for (const key of KEYS) {
    const column: Column = COLUMNS[key];
    const index = header.findIndex((h) => h === column.header || column.aliases.includes(h));
    if (index >= 0) position.set(key, index);
    else if (column.required) problems.push({ line: headerIndex + 1, column: column.header, value: '', problem: '缺少这一列（请使用导入模板）' });
  }
  if (problems.length) return { rows: [], problems };

  const rows: WorkerSheetRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (cells.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const before = problems.length;
    const get = (key: Key) => (position.has(key) ? (cells[position.get(key)!] ?? '').trim() : '');
    const bad = (key: Key, value: string, problem: string) => {
      problems.push({ line, column: COLUMNS[key].header, value, problem });
      return null;
    };
    const required = (key: Key) => get(key) || bad(key, '', '必填');
    const choice = <T extends string>(key: Key, labels: Record<T, string>): T | null => {
      const text = get(key);
      if (!text) return null;
      const found = (Object.entries(labels) as [T, string][]).find(([value, label]) => text === label || text.toUpperCase() === value);
      return found ? found[0] : bad(key, text, `不是可选的值；${labelsNote(labels)}`);
    };
    const yesNo = (key: Key) => {
      const text = get(key).toUpperCase();
      if (!text) return null;
      if (TRUE_WORDS.has(text)) return true;
      if (FALSE_WORDS.has(text)) return false;
      return bad(key, get(key), '请填“是”或“否”');
    };
    const regionCode = (key: Key) => {
      const text = get(key);
      if (!text) return null;
      return /^\d{12}$/.test(text) ? text : bad(key, text, '须为12位数字的区划代码');
    };
    const text = (key: Key, max: number) => {
      const value = get(key);
      if (!value) return null;
      if (/[\u0000-\u001f\u007f]/.test(value)) return bad(key, value, '含有不可见的控制字符');
      return value.length <= max ? value : bad(key, value, `最多${max}个字`);
    };

    const name = text('name', 50) ?? required('name');
    let idNumber: string | null = null;
    const rawId = required('idNumber');
    if (rawId?.startsWith('#NUMBER:')) bad('idNumber', rawId.slice(8), 'Excel把身份证号存成了数字，后几位已丢失；请把本列设为文本后重新填写');
    else if (rawId) {
      const parsed = parseIdNumber(rawId, today);
      if (!parsed.ok) bad('idNumber', rawId, `身份证号有误：${parsed.problem}`);
      else {
        idNumber = parsed.value.idNumber;
        const first = firstLineOf.get(idNumber);
        if (first) bad('idNumber', rawId, `与第${first}行的身份证号重复`);
        else firstLineOf.set(idNumber, line);
      }
    }
    const rawPhone = required('phone');
    const phone = rawPhone ? normalizePhone(rawPhone) ?? bad('phone', rawPhone, '不是11位手机号') : null;
    const category = get('category') ? choice<WorkerCategory>('category', LABELS.category) : required('category') && null;
    const managingRegionCode = get('managingRegionCode') ? regionCode('managingRegionCode') : required('managingRegionCode') && null;
    const gridCode = text('gridCode', 32);
    let hiredOn: string | null = null;
    if (get('hiredOn')) {
      hiredOn = parseSheetDate(get('hiredOn'));
      if (!hiredOn) bad('hiredOn', get('hiredOn'), '不是有效日期，请写成 2024-03-01');
      else if (hiredOn > today) hiredOn = bad('hiredOn', get('hiredOn'), '不能晚于今天');
    }
    const row = {
      line,
      status: choice<WorkerStatus>('status', LABELS.status),
      education: choice<Education>('education', LABELS.education),
      politicalStatus: choice<PoliticalStatus>('politicalStatus', LABELS.politicalStatus),
      veteran: yesNo('veteran'),
      lowIncome: yesNo('lowIncome'),
      socialWorkCertificate: choice<SocialWorkCertificate>('socialWorkCertificate', LABELS.socialWorkCertificate),
      professionalTitle: text('professionalTitle', 50),
      homeRegionCode: regionCode('homeRegionCode'),
      hireSource: choice<HireSource>('hireSource', LABELS.hireSource),
      gridCode,
      hiredOn,
    };
    if (problems.length === before && name && idNumber && phone && category && managingRegionCode) {
      rows.push({ ...row, name, idNumber, phone, category, managingRegionCode });
    }
  }
  return { rows, problems };
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

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** An uploaded file from its base64 text: refused when empty, not base64, or over 5 MB. */
export function decodeUpload(contentBase64: string): Buffer {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new InvalidInput('input.contentBase64', 'is empty or not base64');
  if (content.length > MAX_UPLOAD_BYTES) throw new InvalidInput('input.contentBase64', 'is larger than 5 MB; split the sheet');
  return content;
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
  const header = (lines[0] ?? []).map((h) => h.replace(/\s|\*/g, ''));
  const index = Object.fromEntries((Object.entries(columns) as [K, string[]][]).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))])) as Record<K, number>;
  const absent = required.filter((key) => index[key] < 0);
  if (absent.length) {
    return { rows: [], missing: { line: 1, column: absent.map((k) => columns[k][0]).join('、'), value: header.join(','), problem: `缺少这些列：${absent.map((k) => columns[k][0]).join('、')}` } };
  }
  const rows = lines
    .map((cells, i) => ({ line: i + 1, cells }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c.trim()))
    .map((r) => ({ line: r.line, cell: Object.fromEntries((Object.keys(columns) as K[]).map((key) => [key, index[key] < 0 ? '' : (r.cells[index[key]] ?? '').trim()])) as Record<K, string> }));
  return { rows, missing: null };
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

export function styleHeader(sheet: Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/** The blank import template: the columns with a note each, the ID column as text, and the allowed values. */
export async function workerTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('网格员名册');
  sheet.columns = KEYS.map((key) => ({ header: COLUMNS[key].header, key, width: COLUMNS[key].width }));
  KEYS.forEach((key, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.note = COLUMNS[key].note;
    if (COLUMNS[key].required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    sheet.getColumn(i + 1).numFmt = '@';
  });
  styleHeader(sheet, 1);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Dropdowns of the allowed labels on the first rows, so a township cannot mistype a category.
  const lists: Partial<Record<Key, Record<string, string>>> = {
    category: LABELS.category, status: LABELS.status, education: LABELS.education, politicalStatus: LABELS.politicalStatus,
    socialWorkCertificate: LABELS.socialWorkCertificate, hireSource: LABELS.hireSource, veteran: { Y: '是', N: '否' }, lowIncome: { Y: '是', N: '否' },
  };
  for (const [key, labels] of Object.entries(lists) as [Key, Record<string, string>][]) {
    const column = KEYS.indexOf(key) + 1;
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
      sheet.getCell(row, column).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${Object.values(labels).join(',')}"`] };
    }
  }
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 16 }, { header: '说明', width: 80 }];
  KEYS.forEach((key) => help.addRow([COLUMNS[key].header, `${COLUMNS[key].required ? '' : '（选填）'}${COLUMNS[key].note}`]));
  help.addRow([]);
  help.addRow(['', '按身份证号识别人员：已登记的人再次导入即更新；选填列留空则保留原有信息。任何一行有误，整表都不会写入。']);
  styleHeader(help, 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The problems of a rejected import, one per line, for the township to fix their sheet. */
export async function problemsWorkbook(problems: SheetProblem[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('导入问题');
  sheet.columns = [
    { header: '行号', key: 'line', width: 8 },
    { header: '列', key: 'column', width: 16 },
    { header: '填写的内容', key: 'value', width: 24 },
    { header: '问题', key: 'problem', width: 60 },
  ];
  for (const p of problems) sheet.addRow(p);
  styleHeader(sheet, 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface RosterGrid {
  communityName: string;
  gridCode: string;
  gridName: string;
  area: string | null;
  supervisionPhone: string | null;
  workers: { name: string; phone: string | null }[];
}

/** The public roster (Zigong art. 21, Jiangmen art. 14): printable, landscape, one line per grid. */
export async function rosterWorkbook(townshipName: string, asOf: string, grids: RosterGrid[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('网格员公示名单', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = [
    { key: 'community', width: 16 },
    { key: 'grid', width: 18 },
    { key: 'code', width: 20 },
    { key: 'area', width: 36 },
    { key: 'names', width: 20 },
    { key: 'phones', width: 18 },
    { key: 'supervision', width: 16 },
  ];
  sheet.mergeCells(1, 1, 1, 7);
  const title = sheet.getCell(1, 1);
  title.value = `${townshipName}网格员公示名单（${asOf}）`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  sheet.addRow(['社区（村）', '网格名称', '网格编码', '网格范围', '网格员', '联系电话', '监督电话']);
  styleHeader(sheet, 2);
  for (const grid of grids) {
    const row = sheet.addRow([
      grid.communityName,
      grid.gridName,
      grid.gridCode,
      grid.area ?? '',
      grid.workers.map((w) => w.name).join('\n') || '（空缺）',
      grid.workers.map((w) => w.phone ?? '').join('\n'),
      grid.supervisionPhone ?? '',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.eachRow((row) => row.eachCell((cell) => (cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } })));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
