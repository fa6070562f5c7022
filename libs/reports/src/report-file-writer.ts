// Writes a report's lines to a file as they come, so a large file never sits whole in memory: xlsx through
// exceljs's streaming writer, csv line by line. The cells are written exactly as reportExport writes them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stream } from 'exceljs';
import { Report, ReportResult } from '@gridhr/platform';
import { csvCell, ExportFormat } from '@gridhr/sheets';
import { cellAsText, cellForXlsx, NUMBER_FORMATS } from './report-exporter';

/** Writes `result` to `path`, calling `progress(linesDone)` every `every` lines. */
export async function writeReportFile(
  report: Pick<Report, 'columns'>,
  result: ReportResult<object>,
  format: ExportFormat,
  path: string,
  progress: (done: number) => Promise<void>,
  every = 5_000,
): Promise<void> {
  const rows = result.rows as unknown as Record<string, unknown>[];
  if (format === ExportFormat.CSV) {
    const out = createWriteStream(path, { encoding: 'utf8' });
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(`\ufeff${report.columns.map((c) => csvCell(c.header)).join(',')}\r\n`);
    for (const [i, row] of rows.entries()) {
      await write(`${report.columns.map((c) => csvCell(cellAsText(c, row[c.key]))).join(',')}\r\n`);
      if ((i + 1) % every === 0) await progress(i + 1);
    }
    out.end();
    await once(out, 'finish');
    return;
  }
  const workbook = new stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  if (result.summary?.length) {
    const summary = workbook.addWorksheet('汇总');
    summary.columns = [{ width: 32 }, { width: 18 }];
    summary.addRow([result.title, '']).commit();
    for (const [label, value] of result.summary) summary.addRow([label, value]).commit();
    summary.commit();
  }
  const sheet = workbook.addWorksheet(result.sheetName ?? '明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = report.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const [i, row] of rows.entries()) {
    sheet.addRow(Object.fromEntries(report.columns.map((c) => [c.key, cellForXlsx(c, row[c.key])]))).commit();
    if ((i + 1) % every === 0) await progress(i + 1);
  }
  sheet.commit();
  await workbook.commit();
}
