// npm run reliability: reruns the hostile probes of issue 16 against a running instance and writes
// docs/reliability.md (each probe, tried and held, with the date and commit). The instance is started
// here as deployed (api and worker from dist/, NODE_ENV=production, demo mode off) on a fresh database
// the demo seeded, with PostgreSQL and Redis reached through relays a probe can cut.
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as bcrypt from 'bcryptjs';
import { Client } from 'pg';
import { loadConfig } from '@gridhr/common';
import { runMigrations } from '@gridhr/database';
import { startService, waitHealthy } from '../../bench/support/processes';
import { adminQuery, withDatabase } from '../db-tools';
import { seedDemoDatabase } from '../demo-seeding';
import { freePort } from '../local-services';
import { Ledger } from './ledger';
import { probeAbuse, probeFaults } from './probes-abuse';
import { probeDataAccess } from './probes-data-access';
import { probeLogin } from './probes-login';
import { CuttableProxy } from './proxy';
import { Target } from './target';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function report(ledger: Ledger, started: Date): string {
  const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  const { tried, held } = ledger.totals();
  const rows = ledger.results.map(
    (r) => `| ${r.area} | ${r.probe} | ${r.tried} | ${r.held} | ${r.held === r.tried ? 'yes' : '**no**'} | ${r.note.replace(/\|/g, '/')} |`,
  );
  return [
    '# GridHR reliability probes',
    '',
    '`npm run reliability` starts the api and the worker as deployed (production mode, demo mode off) on a fresh',
    'database the demo seeded, reaches PostgreSQL and Redis through relays it can cut, reruns the attacks and',
    'faults of issue 16 and writes this file. A probe is tried one or more times; it holds when the service',
    'refuses or survives as it should. Scope isolation, personal data, sign-in, abuse and faults are covered;',
    'the bad-data refusals are end-to-end tests (`test/bad-data.e2e-spec.ts`), not probes here.',
    '',
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}, node ${process.version}, ${os.cpus().length} cores: **${tried} tried, ${held} held**.`,
    '',
    '| area | probe | tried | held | all held | note (when not held) |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = new Date();
  const base = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', ...process.env, NODE_ENV: 'development' });
  const database = `gridhr_reliability_${Date.now().toString(36)}`;
  await adminQuery(base.databaseUrl, `create database "${database}"`);
  const directUrl = withDatabase(base.databaseUrl, database);
  const secrets = { JWT_SECRET: randomBytes(24).toString('hex'), PII_SECRET: randomBytes(24).toString('hex') };
  await runMigrations(directUrl);
  Object.assign(process.env, { DATABASE_URL: directUrl, ...secrets });
  await seedDemoDatabase(loadConfig({ ...process.env, NODE_ENV: 'development' }));

  // Production accounts: strong passwords, except `city`, which keeps the demo one (a probe tries it).
  const password = `Reliability-${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: directUrl });
  await client.connect();
  await client.query(`update app_user set password_hash = $1 where username <> 'city'`, [await bcrypt.hash(password, 10)]);
  await client.end();

  const pg = new URL(base.databaseUrl);
  const redis = new URL(base.redisUrl);
  const postgresProxy = await new CuttableProxy(pg.hostname, Number(pg.port || 5432)).start();
  const redisProxy = await new CuttableProxy(redis.hostname, Number(redis.port || 6379)).start();
  const viaProxy = new URL(directUrl);
  viaProxy.port = String(postgresProxy.port);
  viaProxy.hostname = '127.0.0.1';
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    NODE_ENV: 'production',
    DATABASE_URL: viaProxy.toString(),
    REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
    QUEUE_PREFIX: database,
    PORT: String(port),
    API_PROCESSES: '1',
    OUTBOX_DRAIN_MS: '1000',
  };
  const logDir = path.join(os.tmpdir(), database);
  mkdirSync(logDir, { recursive: true });
  const apiLog = path.join(logDir, 'api.log');
  const api = startService('api', 'apps/api/src/main.js', env, apiLog);
  const worker = startService('worker', 'apps/worker/src/main.js', env, path.join(logDir, 'worker.log'));
  const ledger = new Ledger();
  let target: Target | undefined;
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitHealthy(baseUrl, api);
    target = new Target(baseUrl, directUrl, apiLog, postgresProxy, redisProxy);
    for (const user of ['admin', 'county', 'finance', 'township', 'township2']) await target.signIn(user, password);
    await probeDataAccess(ledger, target);
    await probeAbuse(ledger, target);
    await probeFaults(ledger, target);
    await probeLogin(ledger, target, { username: 'township2', password });
  } finally {
    target?.close();
    await Promise.all([api.stop(), worker.stop()]);
    await Promise.all([postgresProxy.close(), redisProxy.close()]);
    await adminQuery(base.databaseUrl, `drop database if exists "${database}" with (force)`);
  }
  const out = path.join(ROOT, 'docs', 'reliability.md');
  writeFileSync(out, report(ledger, started));
  const { tried, held } = ledger.totals();
  console.log(`${tried} tried, ${held} held; written to ${path.relative(ROOT, out)} (logs in ${logDir})`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
