// Boots the real api (and, when asked, the real worker) against a fresh database cloned from the run's
// template and the real Redis under a key prefix of its own; requests go over HTTP like a client's.
import 'reflect-metadata';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { AppConfig, Clock, FixedClock, loadConfig } from '@gridhr/common';
import { runMigrations } from '@gridhr/database';
import { DEMO_PASSWORD, seedDemo } from '@gridhr/demo';
import { Jobs } from '@gridhr/queue';
import { PluginRegistry } from '@gridhr/platform';
import { createApi } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '../../scripts/db-tools';
import { REDIS_URL, runId, SERVER_URL, templateName } from './test-env';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; field?: string };
}

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: GraphqlError[];
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/** The business date of every test unless a test sets another: the suite never reads the real date. */
export const TEST_TODAY = '2026-11-25';

/** Creates and migrates the run's template database once; later callers find it ready. */
async function ensureTemplate(run: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [run]);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [templateName(run)]);
    if (!rowCount) {
      await client.query(`create database ${templateName(run)}`);
      await runMigrations(withDatabase(SERVER_URL, templateName(run)));
    }
  } finally {
    await client.end();
  }
}

/**
 * The run's demo database: the template with the demo county seeded once (seeding takes most of a test
 * file's start), made by the first test that wants it. Tests that change what the seed writes (another
 * business date, a first scan, another PII key) seed their own database instead.
 */
async function ensureSeededTemplate(run: string, env: Record<string, string>): Promise<string> {
  const name = `${templateName(run)}_demo`;
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return name;
    await client.query(`create database ${name} template ${templateName(run)}`);
    Object.assign(process.env, { ...env, DATABASE_URL: withDatabase(SERVER_URL, name), QUEUE_PREFIX: `gridhr-test-${run}-seed` });
    const config = loadConfig();
    const api = await createApi(config);
    try {
      await seedDemo(api, { today: config.clockToday!, scan: false });
    } finally {
      await api.close();
    }
    return name;
  } catch (error) {
    await client.query(`drop database if exists ${name} with (force)`);
    throw error;
  } finally {
    await client.end();
  }
}

export class TestApp {
  private tokens = new Map<string, string>();

  private constructor(
    readonly api: INestApplication,
    readonly url: string,
    readonly databaseUrl: string,
    private readonly databaseName: string,
    readonly worker: INestApplicationContext | null,
    readonly config: AppConfig,
  ) {}

  /** A fresh database with the demo county, the api listening on a free port, optionally the worker. */
  static async start(
    options: { worker?: boolean; seed?: boolean; scan?: boolean; env?: Record<string, string>; databaseUrl?: (direct: string) => string } = {},
  ): Promise<TestApp> {
    const run = runId();
    await ensureTemplate(run);
    // Unique per app: jest gives each test file fresh module state, so a counter here would repeat.
    const unique = randomBytes(4).toString('hex');
    const databaseName = `gridhr_test_${run}_${unique}`;
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      REDIS_URL,
      JWT_SECRET: TEST_JWT_SECRET,
      DEMO_MODE: 'true',
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_COMPLEXITY: '20000',
      // The nightly jobs must not fire in the middle of a test: scheduled for 1 January only.
      SCAN_CRON: '0 2 1 1 *',
      SCAN_CHUNK_SIZE: '1000',
      SCAN_CHUNK_PAUSE_MS: '0',
      JOB_LOCK_SECONDS: '30',
      CLOCK_TODAY: TEST_TODAY,
      ...options.env,
    };
    const seed = options.seed !== false;
    const seededOnce = seed && !options.scan && !['CLOCK_TODAY', 'PII_SECRET'].some((key) => options.env?.[key] !== undefined);
    const template = seededOnce ? await ensureSeededTemplate(run, env) : templateName(run);
    await adminQuery(SERVER_URL, `create database ${databaseName} template ${template}`);
    // A test may reach the database another way (through a proxy it can cut).
    const databaseUrl = (options.databaseUrl ?? ((direct) => direct))(withDatabase(SERVER_URL, databaseName));
    Object.assign(process.env, { ...env, DATABASE_URL: databaseUrl, QUEUE_PREFIX: `gridhr-test-${run}-${unique}` });
    const config = loadConfig();
    const api = await createApi(config);
    let worker: INestApplicationContext | null;
    try {
      await api.listen(0, '127.0.0.1');
      if (seed && !seededOnce) {
        // The tests count the flags they cause: the demo's first scan only where a test asks for it.
        await seedDemo(api, { today: config.clockToday!, scan: options.scan ?? false });
      }
      worker = options.worker ? await createWorker(config) : null;
    } catch (error) {
      // Leave no open connections behind, or jest never exits.
      await api.close().catch(() => undefined);
      throw error;
    }
    const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    return new TestApp(api, url, databaseUrl, databaseName, worker, config);
  }

  /** The business date the api runs on now. */
  today(): string {
    return this.api.get(Clock).today();
  }

  /** Sets the business date of the api and the worker (both run in this process). */
  setToday(day: string): void {
    for (const context of [this.api, this.worker]) if (context) (context.get(Clock) as FixedClock).set(day);
  }

  /** A forked EntityManager for asserting what is (or is not) in the database. */
  em(): EntityManager {
    return this.api.get(MikroORM).em.fork() as EntityManager;
  }

  /**
   * The SQL statements the api sends for `run` (the query, the login check, loaders). The outbox drainer's
   * reads, which a timer sends every few seconds whatever the request, are left out.
   */
  async statements<T>(run: () => Promise<T>): Promise<{ count: number; result: T }> {
    const knex = (this.api.get(MikroORM).em as EntityManager).getConnection().getKnex();
    let count = 0;
    const listener = (query: { sql?: string }) => {
      if (!/\bfrom "job_outbox"/.test(query.sql ?? '')) count++;
    };
    knex.on('query', listener);
    try {
      return { result: await run(), count };
    } finally {
      knex.removeListener('query', listener);
    }
  }

  async sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.em().getConnection().execute<T[]>(query, params);
  }

  queue(name: string): Queue {
    return this.api.get(Jobs).queue(name);
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = this.tokens.get(`${username}:${password}`);
    if (cached) return cached;
    const res = await this.gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }', {
      u: username,
      p: password,
    });
    if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    this.tokens.set(`${username}:${password}`, res.data.login.token);
    return res.data.login.token;
  }

  /** Sends a GraphQL request; `as` is a demo username (logged in once) or a raw token. */
  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    as?: { user?: string; token?: string },
  ): Promise<GraphqlResponse<T>> {
    const token = as?.token ?? (as?.user ? await this.login(as.user) : undefined);
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? undefined, errors: body.errors };
  }

  /** Like gql, but fails the test on any error and returns data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, user: string): Promise<T> {
    const res = await this.gql<T>(query, variables, { user });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async close(): Promise<void> {
    for (const { name } of this.api.get(PluginRegistry).queueSettings())
      await this.queue(name)
        .obliterate({ force: true })
        .catch(() => undefined);
    if (this.worker) await this.worker.close();
    await this.api.close();
    await adminQuery(SERVER_URL, `drop database if exists ${this.databaseName} with (force)`);
  }
}

/** The first error's code, for terse assertions. */
export function errorCode(res: GraphqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** The answer is a refusal at input: BAD_USER_INPUT naming `field`, in its code and its message. */
export function expectRefused(res: GraphqlResponse, field: string, message?: RegExp): void {
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(res.errors![0].message).toContain(field);
  if (message) expect(res.errors![0].message).toMatch(message);
}

/** Asks for a compliance scan of the user's scope over GraphQL and waits for it to finish; returns the run. */
export async function scanNow(app: TestApp, user = 'county', rules?: string[]): Promise<Record<string, any>> {
  const { runComplianceScan: run } = await app.ok(`mutation($rules: [String!]) { runComplianceScan(rules: $rules) { id } }`, { rules: rules ?? null }, user);
  return eventually(async () => {
    const { scanRun } = await app.ok(`query($id: ID!) { scanRun(id: $id) { id status opened updated resolved chunksDone error } }`, { id: run.id }, user);
    if (scanRun.status === 'FAILED') throw new Error(`scan failed: ${scanRun.error}`);
    return scanRun.status === 'DONE' ? scanRun : null;
  }, 30_000);
}

/** Polls `probe` until it returns a truthy value or the time runs out. */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
