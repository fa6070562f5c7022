// Writing spreadsheets for people: xlsx with styled Chinese headers, csv that Excel opens correctly,
// and blank import templates with notes and dropdowns.
import { Workbook, Worksheet } from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

/** A generated file as the API hands it out. */
export interface FileDownload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export function styleHeader(sheet: Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

export async function workbookFile(workbook: Workbook, fileName: string): Promise<FileDownload> {
  return { fileName, mimeType: XLSX_MIME, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

/** One csv cell: quoted when needed; a leading =, +, - or @ is kept as text, never run as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A csv file in UTF-8 with a byte-order mark, so Excel shows the Chinese headers. */
export function csvFile(lines: unknown[][], fileName: string): FileDownload {
  const text = lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n');
  return { fileName, mimeType: CSV_MIME, contentBase64: Buffer.from(`\ufeff${text}\r\n`, 'utf8').toString('base64') };
}

export interface TemplateColumn {
  header: string;
  required: boolean;
  width: number;
  /** Shown on the header cell and on the help sheet. */
  note: string;
  /** Allowed labels: a dropdown on the first rows. */
  choices?: string[];
}

const TEMPLATE_ROWS = 500;

/** A blank import template: notes on the headers, every column as text, dropdowns, and a help sheet. */
export async function templateWorkbook(sheetName: string, columns: TemplateColumn[], help: string[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.note = c.note;
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    // Text, so Excel keeps ID numbers and codes whole.
    sheet.getColumn(i + 1).numFmt = '@';
  });
  styleHeader(sheet, 1);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  columns.forEach((c, i) => {
    if (!c.choices) return;
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
      sheet.getCell(row, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${c.choices.join(',')}"`] };
    }
  });
  const helpSheet = workbook.addWorksheet('填写说明');
  helpSheet.columns = [
    { header: '列', width: 16 },
    { header: '说明', width: 80 },
  ];
  columns.forEach((c) => helpSheet.addRow([c.header, `${c.required ? '' : '（选填）'}${c.note}`]));
  helpSheet.addRow([]);
  for (const line of help) helpSheet.addRow(['', line]);
  styleHeader(helpSheet, 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
