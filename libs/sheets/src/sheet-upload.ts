// One reader for uploaded sheets whose header line names their columns: find the header (below a title
// if there is one), match the columns, and hand back the data lines with their cells by field.
import { DomainError, InvalidInput } from '@gridhr/common';
import { ColumnMappingEntry, findHeaderLine, matchColumns, SheetReading, SheetSpec } from './sheet-columns';
import { SheetProblem } from './sheet-problems';
import { decodeUpload, IMPORT_MAX_ROWS, readSheetLines, SheetFormat } from './sheet-reader';

export interface SheetMappingInput {
  /** Sent with the import. */
  sent: readonly ColumnMappingEntry[];
  /** Saved by the caller's unit earlier. */
  saved: readonly ColumnMappingEntry[];
}

export const NO_MAPPING: SheetMappingInput = { sent: [], saved: [] };

export interface SheetBody<K extends string> {
  /** Data lines (line numbers as the user sees them, the first line is 1); lines blank in every column we read are left out. */
  rows: { line: number; cells: string[] }[];
  position: Map<K, number>;
  headerLine: number;
  reading: SheetReading;
  /** Problems of the header: missing columns, a mapping naming a column the sheet lacks. No rows then. */
  problems: SheetProblem[];
}

/** The data lines of a sheet and which column is which. */
export function sheetBody<K extends string>(lines: string[][], spec: SheetSpec<K>, mapping: SheetMappingInput = NO_MAPPING): SheetBody<K> {
  const headerIndex = findHeaderLine(lines, spec, [...mapping.sent, ...mapping.saved]);
  const empty: SheetReading = { columns: [], ignoredColumns: [], missingColumns: [], notes: [], mappingSaved: false };
  if (headerIndex < 0)
    return { rows: [], position: new Map(), headerLine: 1, reading: empty, problems: [{ line: 1, column: '', value: '', problem: '表格是空的' }] };
  const headerLine = headerIndex + 1;
  const { position, reading, problems } = matchColumns(lines[headerIndex], spec, mapping, headerLine);
  if (problems.length) return { rows: [], position, headerLine, reading, problems };
  const used = [...position.values()];
  const rows: SheetBody<K>['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    // A footer (填表人：…, 合计) in a column we ignore is not a row.
    if (used.some((index) => (lines[i][index] ?? '').trim() !== '')) rows.push({ line: i + 1, cells: lines[i] });
  }
  return { rows, position, headerLine, reading, problems };
}

/** An uploaded file as lines; InvalidInput when it is not a readable file of its format, or over a limit (which it names). */
export async function uploadedLines(input: { format: SheetFormat; contentBase64: string }, maxRows = IMPORT_MAX_ROWS): Promise<string[][]> {
  const content = decodeUpload(input.contentBase64);
  try {
    return await readSheetLines(content, input.format, maxRows);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new InvalidInput('input.contentBase64', `is not a readable ${input.format} file`);
  }
}

export interface UploadedRow<K extends string> {
  line: number;
  cell: Record<K, string>;
}

/** The cells of the rows by field, trimmed; a column the sheet lacks reads as ''. */
export function rowCells<K extends string>(body: SheetBody<K>, spec: SheetSpec<K>): UploadedRow<K>[] {
  const fields = Object.keys(spec.columns) as K[];
  return body.rows.map((r) => ({
    line: r.line,
    cell: Object.fromEntries(fields.map((f) => [f, body.position.has(f) ? (r.cells[body.position.get(f)!] ?? '').trim() : ''])) as Record<K, string>,
  }));
}

/** An uploaded sheet read by its spec: rows by field, how it was read, and the problems of its header. */
export async function readSheetRows<K extends string>(
  input: { format: SheetFormat; contentBase64: string },
  spec: SheetSpec<K>,
  mapping: SheetMappingInput = NO_MAPPING,
): Promise<{ rows: UploadedRow<K>[]; problems: SheetProblem[]; reading: SheetReading }> {
  const body = sheetBody(await uploadedLines(input, spec.maxRows), spec, mapping);
  return { rows: rowCells(body, spec), problems: body.problems, reading: body.reading };
}

/**
 * An uploaded sheet whose header names its columns (each column by any of its names, the first being
 * ours): the data lines with their cells by key, trimmed, blank lines skipped. When a required column is
 * missing, `missing` says which and there are no rows.
 */
export async function readUploadedSheet<K extends string>(
  input: { format: SheetFormat; contentBase64: string },
  columns: Record<K, string[]>,
  required: NoInfer<K>[],
  limits: { maxRows?: number } = {},
): Promise<{ rows: UploadedRow<K>[]; missing: SheetProblem | null; reading: SheetReading }> {
  const spec: SheetSpec<K> = {
    kind: '',
    maxRows: limits.maxRows,
    columns: Object.fromEntries(
      (Object.entries(columns) as [K, string[]][]).map(([k, [header, ...aliases]]) => [k, { header, aliases }]),
    ) as unknown as SheetSpec<K>['columns'],
    required,
  };
  const { rows, problems, reading } = await readSheetRows(input, spec);
  if (!problems.length) return { rows, missing: null, reading };
  const absent = reading.missingColumns.flatMap((m) => m.headers);
  if (!absent.length) return { rows: [], missing: problems[0], reading };
  return {
    rows: [],
    missing: { line: problems[0].line, column: absent.join('、'), value: reading.ignoredColumns.join(','), problem: `缺少这些列：${absent.join('、')}` },
    reading,
  };
}
