// What every benchmark section gets: the api over HTTP, the same database for hand-written SQL, the
// logins of each scope, a statement counter, and one way to time an operation against its hand SQL.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { GraphqlClient } from './http';
import { ResultRow, Results } from './results';
import { summarize, Summary } from './stats';

export type Scope = 'township' | 'county' | 'city' | 'province';
export const SCOPES: Scope[] = ['township', 'county', 'city', 'province'];
export const LOGIN_OF: Record<Scope, string> = { township: 'township', county: 'county', city: 'city', province: 'admin' };

export interface Place {
  id: string;
  code: string;
  prefix: string;
}

export interface Bench {
  api: GraphqlClient;
  /** A second api in this process, used only to count the SQL statements of one call. */
  counted: { client: GraphqlClient; statements<T>(run: () => Promise<T>): Promise<number> };
  db: Client;
  results: Results;
  runs: number;
  seconds: number;
  today: string;
  tokens: Record<Scope, string>;
  places: Record<Scope, Place>;
  /** Service pids of the api (for CPU time under load). */
  apiPids: () => number[];
}

export interface Measured {
  timing: Summary;
  sql?: Summary;
  rows?: number;
  sqlRows?: number;
}

/**
 * Runs `api` and `sql` alternately after a warm-up (two calls, then `api` alone for `warmupSeconds`),
 * `runs` times each, or fewer when one run of `api` takes long (a budget of `seconds`, at least one run);
 * the SQL side gets at least three runs.
 */
export async function compare(
  b: Bench,
  api: () => Promise<number | void>,
  sql?: () => Promise<number>,
  options: { warmup?: number; warmupSeconds?: number; runs?: number; seconds?: number } = {},
): Promise<Measured> {
  const runs = options.runs ?? b.runs;
  const budget = performance.now() + (options.seconds ?? b.seconds) * 1000;
  for (let i = 0; i < (options.warmup ?? 2); i++) {
    if (performance.now() > budget) break;
    await api();
    if (sql) await sql();
  }
  // A cheap call warmed by two calls still runs on code V8 has not optimised yet: warm it for a while.
  const warm = performance.now() + (options.warmupSeconds ?? 0) * 1000;
  while (performance.now() < warm) await api();
  const apiTimes: number[] = [];
  const sqlTimes: number[] = [];
  let rows: number | undefined;
  let sqlRows: number | undefined;
  for (let i = 0; i < runs; i++) {
    if (apiTimes.length && performance.now() > budget) break;
    let t = performance.now();
    rows = (await api()) ?? rows;
    apiTimes.push(performance.now() - t);
    if (sql) {
      t = performance.now();
      sqlRows = await sql();
      sqlTimes.push(performance.now() - t);
    }
  }
  while (sql && sqlTimes.length < 3) {
    const t = performance.now();
    sqlRows = await sql();
    sqlTimes.push(performance.now() - t);
  }
  return { timing: summarize(apiTimes), sql: sql ? summarize(sqlTimes) : undefined, rows, sqlRows };
}

/** Times the hand-written SQL: the rows it returns. */
export function handSql(b: Bench, text: string, params: unknown[]): () => Promise<number> {
  return async () => (await b.db.query(text, params)).rowCount ?? 0;
}

/** Adds a row comparing an operation with its hand SQL against the report targets (≤ 2 s and ≤ 1.5× SQL). */
export function addReport(b: Bench, operation: string, scope: string, m: Measured, statements?: number, note?: string): void {
  const ratio = m.sql ? m.timing.median / m.sql.median : undefined;
  const same = m.sqlRows === undefined || m.rows === undefined || m.rows === m.sqlRows ? '' : ` (hand SQL rows ${m.sqlRows})`;
  const row: ResultRow = {
    operation,
    scope,
    rows: m.rows,
    statements,
    timing: m.timing,
    sql: m.sql,
    target: '≤ 2 s, ≤ 1.5× SQL',
    met: m.timing.median <= 2000 && (ratio === undefined || ratio <= 1.5),
    note: `${note ?? ''}${same}`.trim() || undefined,
  };
  b.results.add(row);
}
