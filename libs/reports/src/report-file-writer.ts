// Writes a report's lines to a file as they come, a batch at a time, so a large file never sits whole in
// memory: xlsx through exceljs's streaming writer, csv line by line. The cells are written exactly as
// reportExport writes them; a closing total row is the sum of the lines written (in fen).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stream } from 'exceljs';
import { Report, ReportStream } from '@gridhr/platform';
import { csvCell, ExportFormat } from '@gridhr/sheets';
import { cellAsText, cellForXlsx, NUMBER_FORMATS } from './report-exporter';

type Line = Record<string, unknown>;

/** The sums of a stream's total row, kept as lines pass. */
class TotalRow {
  private readonly sums = new Map<string, number>();

  constructor(private readonly spec: ReportStream['totalRow']) {}

  add(rows: Line[]): void {
    for (const key of this.spec?.sumKeys ?? [])
      this.sums.set(
        key,
        rows.reduce((n, r) => n + Number(r[key] ?? 0), this.sums.get(key) ?? 0),
      );
  }

  row(): Line | null {
    return this.spec ? { [this.spec.labelKey]: '合计', ...Object.fromEntries(this.spec.sumKeys.map((k) => [k, this.sums.get(k) ?? 0])) } : null;
  }
}

/** Writes `lines` to `path` in `batchSize` batches, calling `progress(linesDone)` after each; gives the lines written (a total row is one). */
export async function writeReportFile(
  report: Pick<Report, 'columns'>,
  lines: ReportStream<object>,
  format: ExportFormat,
  path: string,
  batchSize: number,
  progress: (done: number) => Promise<void>,
): Promise<number> {
  const total = new TotalRow(lines.totalRow);
  let done = 0;
  const batches = (write: (rows: Line[]) => Promise<void>) =>
    lines.forEachBatch(batchSize, async (rows) => {
      await write(rows as Line[]);
      total.add(rows as Line[]);
      done += rows.length;
      await progress(done);
    });
  if (format === ExportFormat.CSV) {
    const out = createWriteStream(path, { encoding: 'utf8' });
    const write = async (rows: Line[]) => {
      const text = rows.map((row) => `${report.columns.map((c) => csvCell(cellAsText(c, row[c.key]))).join(',')}\r\n`).join('');
      if (!out.write(text)) await once(out, 'drain');
    };
    try {
      if (!out.write(`\ufeff${report.columns.map((c) => csvCell(c.header)).join(',')}\r\n`)) await once(out, 'drain');
      await batches(write);
      const closing = total.row();
      if (closing) await write([closing]);
    } finally {
      out.end();
      await once(out, 'finish');
    }
    return done + (lines.totalRow ? 1 : 0);
  }
  const workbook = new stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const { head } = lines;
  if (head.summary?.length) {
    const summary = workbook.addWorksheet('汇总');
    summary.columns = [{ width: 32 }, { width: 18 }];
    summary.addRow([head.title, '']).commit();
    for (const [label, value] of head.summary) summary.addRow([label, value]).commit();
    summary.commit();
  }
  const sheet = workbook.addWorksheet(head.sheetName ?? '明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = report.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  const write = async (rows: Line[]) => {
    for (const row of rows) sheet.addRow(Object.fromEntries(report.columns.map((c) => [c.key, cellForXlsx(c, row[c.key])]))).commit();
  };
  await batches(write);
  const closing = total.row();
  if (closing) await write([closing]);
  sheet.commit();
  await workbook.commit();
  return done + (lines.totalRow ? 1 : 0);
}
