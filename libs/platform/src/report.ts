// What a domain gives the reports home: a report is one query (the SQL beside it in the domain's
// `<domain>.reports.ts`), described by its columns, exported one way by @gridhr/reports.
import { AuthUser } from '@gridhr/common';

/** How a column is written: fen as yuan with two decimals, dates as YYYY-MM-DD, booleans as 是/否. */
export type ReportColumnKind = 'text' | 'int' | 'date' | 'fen' | 'bool' | 'percent';

export interface ReportColumn {
  key: string;
  /** The Chinese header users know. */
  header: string;
  kind: ReportColumnKind;
  width?: number;
  /** Chinese labels of enum values. */
  labels?: Record<string, string>;
}

export interface ReportResult<Row = object> {
  /** The heading, in Chinese (with the unit and period). */
  title: string;
  /** The file name, without extension. */
  fileName: string;
  /** The name of the sheet of lines in xlsx (default 明细). */
  sheetName?: string;
  /** Key figures shown above the lines (a sheet of their own in xlsx). */
  summary?: [string, string | number][];
  rows: Row[];
}

/**
 * A report read a batch at a time (a province's register): its heading and line count first, then its lines
 * in order, so a file of any size is written without holding it (issue 13 item 4: memory stays flat).
 */
export interface ReportStream<Row = object> {
  head: Omit<ReportResult<Row>, 'rows'>;
  /** How many lines `forEachBatch` gives (for progress, and to refuse too large a file within a request). */
  lines: number;
  /** A closing total row (合计 in `labelKey`) summing `sumKeys` over every line given. */
  totalRow?: { labelKey: string; sumKeys: string[] };
  /** Calls `each` with the lines in order, at most `size` at a time, each batch after the previous one is handled. */
  forEachBatch(size: number, each: (rows: Row[]) => Promise<void>): Promise<void>;
}

/** A report: a provider of the declaring plugin's module. `parse` checks the caller's params. */
export interface Report<P = unknown, Row = object> {
  readonly id: string;
  readonly title: string;
  readonly columns: ReportColumn[];
  parse(params: unknown): Promise<P>;
  run(user: AuthUser, params: P): Promise<ReportResult<Row>>;
  /** Reports that can be province-sized read their lines in batches (keyset pages) for files written by jobs. */
  stream?(user: AuthUser, params: P): Promise<ReportStream<Row>>;
}

/** A report's result as a stream of one batch (reports that are small by nature). */
export function streamOfResult<Row>(result: ReportResult<Row>): ReportStream<Row> {
  const { rows, ...head } = result;
  return {
    head,
    lines: rows.length,
    forEachBatch: async (size, each) => {
      for (let i = 0; i < rows.length; i += size) await each(rows.slice(i, i + size));
    },
  };
}

/** Every line of a stream, with its total row: what `run` gives for a streamed report asked within a request. */
export async function collectStream<Row>(stream: ReportStream<Row>, size = 5000): Promise<ReportResult<Row>> {
  const rows: Row[] = [];
  await stream.forEachBatch(size, async (batch) => void rows.push(...batch));
  const total = stream.totalRow;
  return { ...stream.head, rows: total ? (withTotalRow(rows as Record<string, unknown>[], total.labelKey, total.sumKeys) as Row[]) : rows };
}

/**
 * The pages of a keyset-ordered query: `page(after, size)` reads the `size` lines after the line `after`
 * (null: from the start) in the query's order; pages are read until one comes back short.
 */
export async function forEachKeysetPage<Row>(
  size: number,
  page: (after: Row | null, size: number) => Promise<Row[]>,
  each: (rows: Row[]) => Promise<void>,
): Promise<void> {
  let after: Row | null = null;
  for (;;) {
    const rows = await page(after, size);
    if (rows.length) await each(rows);
    if (rows.length < size) return;
    after = rows[rows.length - 1];
  }
}

/**
 * The rows followed by a total row (合计 in `labelKey`) summing `sumKeys` over them, so a total always equals
 * the sum of the lines it closes.
 */
export function withTotalRow<Row extends Record<string, unknown>>(rows: Row[], labelKey: keyof Row & string, sumKeys: (keyof Row & string)[]): Row[] {
  const total: Record<string, unknown> = { [labelKey]: '合计' };
  for (const key of sumKeys) total[key] = rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);
  return [...rows, total as Row];
}
