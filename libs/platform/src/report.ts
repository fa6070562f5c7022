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

/** A report: a provider of the declaring plugin's module. `parse` checks the caller's params. */
export interface Report<P = unknown, Row = object> {
  readonly id: string;
  readonly title: string;
  readonly columns: ReportColumn[];
  parse(params: unknown): Promise<P>;
  run(user: AuthUser, params: P): Promise<ReportResult<Row>>;
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
