// Which column of an uploaded sheet is which of ours. A township's own sheet names its columns its own
// way: headers are matched by name and alias (ignoring spaces, full-width brackets and required-marks),
// then by the mapping the user sent or saved (their header → our field); what is left is ignored and
// listed, and a required column still missing is named so the user can map it.
import { InvalidInput } from '@gridhr/common';
import { SheetProblem } from './sheet-problems';
import { headerKey } from './sheet-text';

export interface SheetColumn {
  /** Our header, as in the template. */
  header: string;
  /** Other headers townships use for it. */
  aliases?: readonly string[];
}

/** An import's sheet: its columns, which it needs, and the kind its mappings are saved under. */
export interface SheetSpec<K extends string> {
  kind: string;
  columns: Record<K, SheetColumn>;
  /** Each entry is needed: a column, or a group of columns of which any one will do. */
  required: readonly (K | readonly K[])[];
  /** Lines the sheet may hold; IMPORT_MAX_ROWS (20,000) when not set. */
  maxRows?: number;
}

/** Their header → our field (a key of the spec's columns). */
export interface ColumnMappingEntry {
  header: string;
  field: string;
}

export enum ColumnSource {
  HEADER = 'HEADER',
  MAPPING = 'MAPPING',
  SAVED_MAPPING = 'SAVED_MAPPING',
}

export interface ColumnMatch {
  field: string;
  /** Our header for the field. */
  header: string;
  /** The header in the uploaded sheet. */
  sheetHeader: string;
  source: ColumnSource;
}

export interface MissingColumn {
  /** Any one of these fields would do. */
  fields: string[];
  headers: string[];
}

/** Something the import did that the user should know, which is not a problem (a month read as its first day). */
export interface SheetNote {
  line: number;
  column: string;
  value: string;
  note: string;
}

/** How a sheet was read: which column is which, what was ignored, what is missing, and notes. */
export interface SheetReading {
  columns: ColumnMatch[];
  ignoredColumns: string[];
  missingColumns: MissingColumn[];
  notes: SheetNote[];
  /** The mapping sent with this import was saved for the caller's unit. */
  mappingSaved: boolean;
}

const SPECS = new Map<string, SheetSpec<string>>();

/** Declares an import's sheet; its kind names the mappings saved for it. */
export function defineSheet<K extends string>(spec: {
  kind: string;
  columns: Record<K, SheetColumn>;
  required: readonly (NoInfer<K> | readonly NoInfer<K>[])[];
  maxRows?: number;
}): SheetSpec<K> {
  if (SPECS.has(spec.kind) && SPECS.get(spec.kind) !== spec) throw new Error(`sheet kind ${spec.kind} is declared twice`);
  SPECS.set(spec.kind, spec as SheetSpec<string>);
  return spec;
}

export function sheetSpec(kind: string, field = 'kind'): SheetSpec<string> {
  const spec = SPECS.get(kind);
  if (!spec) throw new InvalidInput(field, `must be one of ${[...SPECS.keys()].join(', ')}`);
  return spec;
}

/** Each field's header as the uploaded sheet writes it (ours when the sheet has no such column), for problems. */
export function sheetHeaders<K extends string>(spec: SheetSpec<K>, reading: SheetReading): Record<K, string> {
  const theirs = new Map(reading.columns.map((c) => [c.field, c.sheetHeader]));
  return Object.fromEntries((Object.keys(spec.columns) as K[]).map((f) => [f, theirs.get(f) ?? spec.columns[f].header])) as Record<K, string>;
}

/** Entries of one mapping, sent or saved. */
export const MAX_MAPPING = 50;

/** A mapping as sent: each field of the spec at most once, each header at most once. */
export function checkMapping(spec: SheetSpec<string>, entries: readonly ColumnMappingEntry[], path: string): ColumnMappingEntry[] {
  if (entries.length > MAX_MAPPING) throw new InvalidInput(path, `at most ${MAX_MAPPING} entries`);
  const fields = new Set<string>();
  const headers = new Set<string>();
  return entries.map((entry, i) => {
    if (!(entry.field in spec.columns))
      throw new InvalidInput(`${path}[${i}].field`, `must be one of ${Object.keys(spec.columns).join(', ')} (the fields of this import)`);
    const key = headerKey(entry.header);
    if (!key) throw new InvalidInput(`${path}[${i}].header`, 'must name a column of your sheet');
    if (fields.has(entry.field)) throw new InvalidInput(`${path}[${i}].field`, `maps ${entry.field} twice`);
    if (headers.has(key)) throw new InvalidInput(`${path}[${i}].header`, `maps ${entry.header} twice`);
    fields.add(entry.field);
    headers.add(key);
    return { header: entry.header.trim(), field: entry.field };
  });
}

function groups<K extends string>(spec: SheetSpec<K>): K[][] {
  return spec.required.map((r) => (typeof r === 'string' ? [r as K] : [...(r as readonly K[])]));
}

/** How well a line looks like the header: the number of its cells naming one of our columns. */
export function headerScore(cells: string[], spec: SheetSpec<string>, mapping: readonly ColumnMappingEntry[]): number {
  const names = new Set([
    ...Object.values(spec.columns).flatMap((c) => [c.header, ...(c.aliases ?? [])].map(headerKey)),
    ...mapping.map((m) => headerKey(m.header)),
  ]);
  return cells.filter((c) => names.has(headerKey(c))).length;
}

/**
 * The columns of a sheet by its header line: the mapping sent with the import first, then the saved
 * mapping, then our headers and aliases. A header given twice counts once (the first).
 */
export function matchColumns<K extends string>(
  header: string[],
  spec: SheetSpec<K>,
  mapping: { sent: readonly ColumnMappingEntry[]; saved: readonly ColumnMappingEntry[] },
  headerLine: number,
): { position: Map<K, number>; reading: SheetReading; problems: SheetProblem[] } {
  const keys = header.map(headerKey);
  const position = new Map<K, number>();
  const taken = new Set<number>();
  const columns: ColumnMatch[] = [];
  const problems: SheetProblem[] = [];
  const take = (field: K, index: number, source: ColumnSource) => {
    position.set(field, index);
    taken.add(index);
    columns.push({ field, header: spec.columns[field].header, sheetHeader: header[index].trim(), source });
  };
  for (const [entries, source] of [
    [mapping.sent, ColumnSource.MAPPING],
    [mapping.saved, ColumnSource.SAVED_MAPPING],
  ] as const) {
    for (const entry of entries) {
      const field = entry.field as K;
      const index = keys.indexOf(headerKey(entry.header));
      if (index < 0) {
        // A saved mapping serves many sheets; one that was sent names a column of this one.
        if (source === ColumnSource.MAPPING)
          problems.push({ line: headerLine, column: entry.header, value: '', problem: `对应关系中的列“${entry.header}”在表格中没有` });
      } else if (field in spec.columns && !position.has(field) && !taken.has(index)) take(field, index, source);
    }
  }
  for (const field of Object.keys(spec.columns) as K[]) {
    if (position.has(field)) continue;
    const names = [spec.columns[field].header, ...(spec.columns[field].aliases ?? [])].map(headerKey);
    const index = keys.findIndex((k, i) => !taken.has(i) && names.includes(k));
    if (index >= 0) take(field, index, ColumnSource.HEADER);
  }
  const missingColumns = groups(spec)
    .filter((group) => !group.some((field) => position.has(field)))
    .map((group) => ({ fields: group, headers: group.map((f) => spec.columns[f].header) }));
  for (const missing of missingColumns) {
    const [first, ...others] = missing.headers;
    problems.push({
      line: headerLine,
      column: first,
      value: '',
      problem: `缺少这一列${others.length ? `（或${others.join('、')}之一）` : ''}；请使用导入模板，或在导入时说明您表格中的哪一列是“${first}”`,
    });
  }
  const ignoredColumns = header.map((h, i) => (taken.has(i) ? '' : h.trim())).filter((h) => h !== '');
  columns.sort((a, b) => position.get(a.field as K)! - position.get(b.field as K)!);
  return { position, reading: { columns, ignoredColumns, missingColumns, notes: [], mappingSaved: false }, problems };
}

/**
 * The header line: of the first lines, the one naming most of our columns (a title such as
 * “城关街道网格员花名册” often sits above it); the first non-blank line when none names any.
 */
export function findHeaderLine(lines: string[][], spec: SheetSpec<string>, mapping: readonly ColumnMappingEntry[]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    const score = headerScore(lines[i], spec, mapping);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best >= 0 ? best : lines.findIndex((cells) => cells.some((c) => c.trim() !== ''));
}
