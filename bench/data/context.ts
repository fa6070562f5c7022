// What every section of the data generator shares: one connection, bulk inserts, a seeded random
// sequence, the project's own ID-number cipher and the business date the data is built around.
import { Client } from 'pg';
import { PiiCipher } from '@gridhr/workers';
import { Shape } from './shape';

export interface GenContext {
  db: Client;
  shape: Shape;
  /** The business date the data is true on (contracts end after it, training happened before it). */
  today: string;
  cipher: PiiCipher;
  random: () => number;
  log: (line: string) => void;
}

/** A deterministic sequence in [0, 1), so two databases of one scale hold the same people. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Inserts rows in batches as one `insert … select from unnest(…)` per batch: one array parameter per
 * column, so 10,000 rows cost one round trip and one plan. `columns` are `name type` pairs (pg types).
 */
export async function insertRows(db: Client, table: string, columns: [string, string][], rows: unknown[][], batch = 10_000): Promise<number> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const casts = columns.map(([name, type]) => `u."${name}"::${type}`).join(', ');
  const sql = `insert into "${table}" (${names}) select ${casts} from unnest(${arrays}) as u(${names})`;
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    await db.query(
      sql,
      columns.map((_, i) => slice.map((row) => row[i])),
    );
  }
  return rows.length;
}

/** Spreads `total` over `parts` as evenly as whole numbers allow (the first ones get the remainder). */
export function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}
