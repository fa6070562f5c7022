import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormConfig } from './orm-config';

/** Creates the database named in the URL if it is missing (the server must be reachable). */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) return;
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, [], { debug: false }));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

/** Fails with one line naming the server when PostgreSQL cannot be reached (before a process starts on it). */
export async function assertDatabaseReachable(databaseUrl: string, timeoutMs = 5_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const url = new URL(databaseUrl);
    const why = (error as { code?: string }).code ?? (error as Error).message;
    throw new Error(
      `the database at ${url.hostname}:${url.port || 5432}${url.pathname} is unreachable (${why}); check DATABASE_URL and that PostgreSQL is running`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
