// npm run bench -- [--scale county|city|province] [--runs 15] [--clients 50] [--load-seconds 10] [--only lists,scan,…] [--out FILE] [--keep]
// Measures what users wait for on a generated jurisdiction (npm run bench:data makes it when missing):
// the api and the worker run as deployed (separate processes from dist/, the api on every core), on a
// copy of the generated database; each operation is timed after a warm-up, several times, beside a
// hand-written SQL query computing the same answer. Prints the table and saves it in bench/results.md.
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { INestApplication } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { loadConfig, RegionLevel, scopePrefix } from '@gridhr/common';
import { DEMO_PASSWORD } from '@gridhr/demo';
import { CyclesService } from '@gridhr/assessment';
import { RegionStatsService } from '@gridhr/org';
import { Jobs } from '@gridhr/queue';
import { PluginRegistry } from '@gridhr/platform';
import { createApi } from '../apps/api/src/bootstrap';
import { adminQuery, withDatabase } from '../scripts/db-tools';
import { runMigrations } from '@gridhr/database';
import { argValue, BENCH_DATABASE_PREFIX, benchDatabaseInfo, generate } from './data/generate';
import { Scale, SCALES } from './data/shape';
import { benchAssessment } from './ops/assessment';
import { benchCounts, benchScan } from './ops/compliance';
import { benchFiles } from './ops/files';
import { benchFloor, benchLists } from './ops/lists';
import { benchStatsRefresh, benchTree, benchVacancies } from './ops/org';
import { benchPay } from './ops/pay';
import { benchTraining } from './ops/training';
import { Bench, LOGIN_OF, Place, Scope, SCOPES } from './support/bench';
import { GraphqlClient } from './support/http';
import { processTree, Service, startService, waitHealthy } from './support/processes';
import { Results, saveSection } from './support/results';

async function startApi(env: NodeJS.ProcessEnv, port: number, processes: number, logFile: string): Promise<{ service: Service; client: GraphqlClient }> {
  const service = startService('api', 'apps/api/src/main.js', { ...env, PORT: String(port), API_PROCESSES: String(processes) }, logFile);
  await waitHealthy(`http://127.0.0.1:${port}`, service);
  return { service, client: new GraphqlClient(`http://127.0.0.1:${port}/graphql`) };
}

/**
 * Waits until the worker takes jobs from every queue the plugins use and has put its schedules in Redis
 * (the last step of its boot; the queue prefix is this run's own, so they are this worker's).
 */
async function waitWorkerReady(worker: Service, app: INestApplication): Promise<void> {
  const registry = app.get(PluginRegistry);
  const jobs = app.get(Jobs);
  const queues = registry.queueSettings().map((q) => jobs.queue(q.name));
  const schedules = registry.schedules.filter((s) => !s.after).length;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (worker.child.exitCode !== null) throw new Error(`the worker exited with code ${worker.child.exitCode}`);
    const workers = await Promise.all(queues.map((q) => q.getWorkersCount()));
    const scheduled = (await Promise.all(queues.map((q) => q.getJobSchedulersCount()))).reduce((a, b) => a + b, 0);
    if (workers.every((n) => n > 0) && scheduled >= schedules) return;
    if (Date.now() > deadline) throw new Error('the worker did not start taking jobs in 60 s');
    await sleep(250);
  }
}

/** A second api inside this process, whose knex reports each statement: the statement count of one call. */
async function statementCounter(env: NodeJS.ProcessEnv): Promise<{ app: INestApplication; counted: Bench['counted'] }> {
  Object.assign(process.env, env, { NODE_ENV: 'test' });
  const app = await createApi(loadConfig());
  await app.listen(0, '127.0.0.1');
  const client = new GraphqlClient(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
  const knex = (app.get(MikroORM).em as EntityManager).getConnection().getKnex();
  return {
    app,
    counted: {
      client,
      async statements<T>(run: () => Promise<T>) {
        let count = 0;
        const listener = () => count++;
        knex.on('query', listener);
        try {
          await run();
          return count;
        } finally {
          knex.removeListener('query', listener);
        }
      },
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scale = (argValue(args, 'scale') ?? 'county') as Scale;
  if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
  const base = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', REDIS_URL: 'redis://127.0.0.1:6379', ...process.env });
  const template = `${BENCH_DATABASE_PREFIX}${scale}`;
  let info = await benchDatabaseInfo(base.databaseUrl, template);
  if (!info) {
    console.log(`no ${template}: generating it (npm run bench:data -- --scale ${scale})`);
    info = await generate({ scale, today: '2026-11-25', database: template, serverUrl: base.databaseUrl, piiSecret: base.piiSecret });
  }
  // A copy per run: the scan, the import and the stats job write, and the next run must start alike. Named
  // by the process, so that two benchmarks on one server never drop each other's copy.
  const runName = `${template}_run_${process.pid}`;
  await adminQuery(base.databaseUrl, `drop database if exists "${runName}" with (force)`);
  await adminQuery(base.databaseUrl, `create database "${runName}" template "${template}"`);
  const runUrl = withDatabase(base.databaseUrl, runName);
  // The schema of the code being measured (its indexes included), whenever the data was generated.
  await runMigrations(runUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: runUrl,
    REDIS_URL: base.redisUrl,
    QUEUE_PREFIX: `gridhr-bench-${Date.now()}`,
    // Development logs every request like production does (JSON); production itself refuses a fixed date.
    NODE_ENV: 'development',
    LOG_JSON: 'true',
    DEMO_MODE: 'true',
    CLOCK_TODAY: info.today,
    SCAN_CRON: '0 2 1 1 *',
  };
  const logFile = path.join(os.tmpdir(), `gridhr-bench-${scale}-${process.pid}.log`);
  const services: Service[] = [];
  const clients: GraphqlClient[] = [];
  let counter: Awaited<ReturnType<typeof statementCounter>> | null = null;
  // The hand-written SQL runs as the api's statements do: without JIT compilation (libs/database orm-config).
  const db = new Client({ connectionString: runUrl, options: '-c jit=off' });
  const results = new Results();
  const cpus = os.availableParallelism();
  try {
    await db.connect();
    const port = 3300 + Math.floor(Math.random() * 500);
    const api = await startApi(env, port, cpus, logFile);
    services.push(api.service);
    clients.push(api.client);
    const worker = startService('worker', 'apps/worker/src/main.js', env, logFile);
    services.push(worker);
    counter = await statementCounter(env);
    // The worker's boot (a second of both cores compiling) would otherwise fall into the first measurements.
    await waitWorkerReady(worker, counter.app);
    const tokens = {} as Record<Scope, string>;
    const places = {} as Record<Scope, Place>;
    for (const scope of SCOPES) {
      tokens[scope] = await api.client.login(LOGIN_OF[scope], DEMO_PASSWORD);
      const { rows } = await db.query(`select r.id, r.code, r.level from app_user u join region r on r.id = u.scope_region_id where u.username = $1`, [
        LOGIN_OF[scope],
      ]);
      places[scope] = { id: rows[0].id, code: rows[0].code, prefix: scopePrefix(rows[0].code, rows[0].level as RegionLevel) };
    }
    const b: Bench = {
      api: api.client,
      counted: counter.counted,
      db,
      results,
      runs: Number(argValue(args, 'runs') ?? 15),
      seconds: Number(argValue(args, 'seconds') ?? 60),
      today: info.today,
      tokens,
      places,
      apiPids: () => processTree(api.service.child.pid!),
    };
    console.log(
      `GridHR benchmark, ${scale}: ${Object.entries(info.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; api on ${cpus} process(es); log in ${logFile}`,
    );
    // --only floor,lists,stats,tree,training,vacancies,scan,counts,pay,assessment,files runs those sections (all by default).
    const only = argValue(args, 'only')?.split(',');
    const run = (name: string) => !only || only.includes(name);
    if (run('floor')) await benchFloor(b);
    if (run('lists')) await benchLists(b, Number(argValue(args, 'clients') ?? 50), Number(argValue(args, 'load-seconds') ?? 10));
    if (run('stats')) await benchStatsRefresh(b, () => counter!.app.get(RegionStatsService).refresh(''));
    if (run('tree')) await benchTree(b);
    if (run('training')) await benchTraining(b);
    if (run('vacancies')) await benchVacancies(b);
    if (run('scan')) await benchScan(b);
    if (run('counts')) await benchCounts(b);
    if (run('pay')) await benchPay(b);
    if (run('assessment')) await benchAssessment(b, () => counter!.app.get(CyclesService).computeOpenCycles(info.today));
    if (run('files')) {
      // The import and the exports on an api process of their own, so its peak memory is theirs alone.
      // --api-heap-mb N: the files api runs with V8's old space capped at N MB (NODE_OPTIONS), as a deployment may.
      const heap = argValue(args, 'api-heap-mb');
      const files = await startApi(
        heap ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(heap)}`.trim() } : env,
        port + 1,
        1,
        logFile,
      );
      services.push(files.service);
      clients.push(files.client);
      await benchFiles(b, files.client, { api: () => processTree(files.service.child.pid!), worker: () => processTree(worker.child.pid!) });
    }
    const counts = Object.entries(info.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ');
    saveSection(
      argValue(args, 'out') ?? path.resolve(__dirname, '..', '..', 'bench', 'results.md'),
      only ? `${scale}:${only.join('+')}` : scale,
      results.markdown(`${scale} (${counts})`, `npm run bench -- ${args.join(' ') || `--scale ${scale}`}`, [
        `Data generated for ${info.today} in ${info.seconds} s; the api on ${cpus} process(es), the worker on one, PostgreSQL on the same machine.`,
      ]),
    );
  } finally {
    for (const client of clients) client.close();
    for (const service of services.reverse()) await service.stop();
    if (counter) {
      counter.counted.client.close();
      await counter.app.close();
    }
    await db.end().catch(() => undefined);
    if (args.includes('--keep')) console.log(`kept database ${runName}`);
    else await adminQuery(base.databaseUrl, `drop database if exists "${runName}" with (force)`);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
