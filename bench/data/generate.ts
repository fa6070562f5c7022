// npm run bench:data -- --scale county|city|province [--today YYYY-MM-DD] [--database NAME]
// Fills a fresh database (gridhr_bench_<scale> unless named) with a whole jurisdiction by bulk loading,
// for the benchmark. An existing database of that name is dropped first: only gridhr_bench_* names.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';
import { PiiCipher } from '@gridhr/workers';
import { adminQuery, withDatabase } from '../../scripts/db-tools';
import { GenContext, sequence } from './context';
import { Generated, SECTIONS } from './sections';
import { Scale, SCALES, shapeOf } from './shape';

export interface GenerateOptions {
  scale: Scale;
  today: string;
  database: string;
  /** Server URL (any database on it); the local development server by default. */
  serverUrl: string;
  piiSecret: string;
  log?: (line: string) => void;
}

/** What the generator leaves on the database (as its comment), so the benchmark runs on the same day. */
export interface BenchDatabaseInfo {
  scale: Scale;
  today: string;
  counts: Record<string, number>;
  seconds: number;
}

export const BENCH_DATABASE_PREFIX = 'gridhr_bench_';

export async function generate(options: GenerateOptions): Promise<BenchDatabaseInfo> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.database.startsWith(BENCH_DATABASE_PREFIX)) throw new Error(`the database name must start with ${BENCH_DATABASE_PREFIX}`);
  const started = performance.now();
  const url = withDatabase(options.serverUrl, options.database);
  await adminQuery(options.serverUrl, `drop database if exists "${options.database}" with (force)`);
  await ensureDatabaseExists(url);
  await runMigrations(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const ctx: GenContext = {
      db,
      shape: shapeOf(options.scale),
      today: options.today,
      cipher: PiiCipher.fromSecret(options.piiSecret),
      random: sequence(140_000),
      log,
    };
    const data: Generated = {};
    for (const section of SECTIONS) {
      const t = performance.now();
      await section.run(ctx, data);
      log(`  ${section.name} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const t = performance.now();
    // Fresh statistics and a visibility map, as autovacuum would leave a database that has lived a while.
    await db.query('vacuum analyze');
    log(`  vacuum analyze in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const tables = [
      'region',
      'grid',
      'worker',
      'grid_assignment',
      'contract',
      'insured_person',
      'training_session',
      'attendance',
      'roster_publication',
      'payroll_run',
      'pay_line',
      'assessment_cycle',
      'work_record',
    ];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await db.query(`select count(*) as n from "${table}"`)).rows[0].n);
    const info: BenchDatabaseInfo = { scale: options.scale, today: options.today, counts, seconds: Math.round((performance.now() - started) / 1000) };
    await db.query(`comment on database "${options.database}" is '${JSON.stringify(info)}'`);
    return info;
  } finally {
    await db.end();
  }
}

/** The generator's note on a benchmark database, or null when it has none. */
export async function benchDatabaseInfo(serverUrl: string, database: string): Promise<BenchDatabaseInfo | null> {
  const db = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await db.connect();
  try {
    const { rows } = await db.query(`select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`, [database]);
    return rows[0]?.note ? (JSON.parse(rows[0].note) as BenchDatabaseInfo) : null;
  } finally {
    await db.end();
  }
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scale = (argValue(args, 'scale') ?? 'county') as Scale;
  if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
  const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', ...process.env });
  const database = argValue(args, 'database') ?? `${BENCH_DATABASE_PREFIX}${scale}`;
  console.log(`generating ${scale} into ${database} on ${new URL(config.databaseUrl).host}`);
  const info = await generate({ scale, today: argValue(args, 'today') ?? '2026-11-25', database, serverUrl: config.databaseUrl, piiSecret: config.piiSecret });
  console.log(
    `done in ${info.seconds} s: ${Object.entries(info.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}

if (require.main === module)
  main().catch((error: Error) => {
    console.error(`bench:data failed: ${error.stack ?? error.message}`);
    process.exit(1);
  });
