// The one way a report leaves GridHR as a file: xlsx (a summary sheet when the report has key figures,
// then its lines with Chinese headers) or csv (the lines), every column written by its kind.
import { Workbook } from 'exceljs';
import { fen, yuan } from '@gridhr/common';
import { Report, ReportColumn, ReportResult } from '@gridhr/platform';
import { csvFile, ExportFormat, FileDownload, styleHeader, workbookFile } from '@gridhr/sheets';

/** A cell as text (csv): fen as yuan, booleans as 是/否, labels for enum values. */
export function cellAsText(column: ReportColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'fen':
      return yuan(fen(Number(value)));
    case 'bool':
      return value ? '是' : '否';
    case 'percent':
      return `${Number(value).toFixed(1)}%`;
    default:
      return column.labels?.[String(value)] ?? String(value);
  }
}

/** A cell as xlsx stores it: numbers stay numbers (fen as yuan, percent as a fraction) with a format. */
export function cellForXlsx(column: ReportColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.kind === 'fen') return Number(value) / 100;
  if (column.kind === 'percent') return Number(value) / 100;
  if (column.kind === 'int') return Number(value);
  return cellAsText(column, value);
}

export const NUMBER_FORMATS: Partial<Record<ReportColumn['kind'], string>> = { fen: '#,##0.00', percent: '0.0%', int: '0' };

export async function exportReport<Row extends object>(
  report: Pick<Report, 'columns'>,
  result: ReportResult<Row>,
  format: ExportFormat,
): Promise<FileDownload> {
  const rows = result.rows as unknown as Record<string, unknown>[];
  if (format === ExportFormat.CSV) {
    return csvFile([report.columns.map((c) => c.header), ...rows.map((row) => report.columns.map((c) => cellAsText(c, row[c.key])))], `${result.fileName}.csv`);
  }
  const workbook = new Workbook();
  if (result.summary?.length) {
    const summary = workbook.addWorksheet('汇总');
    summary.columns = [{ width: 32 }, { width: 18 }];
    summary.addRow([result.title, '']).font = { bold: true, size: 14 };
    for (const [label, value] of result.summary) summary.addRow([label, value]);
  }
  const sheet = workbook.addWorksheet(result.sheetName ?? '明细');
  sheet.columns = report.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  for (const row of rows) sheet.addRow(Object.fromEntries(report.columns.map((c) => [c.key, cellForXlsx(c, row[c.key])])));
  styleHeader(sheet, 1);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return workbookFile(workbook, `${result.fileName}.xlsx`);
}
