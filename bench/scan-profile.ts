// node -r ./dist/scripts/register-paths.js dist/bench/scan-profile.js DATABASE [RUNS] [RULE,…] (after npm run build)
// Runs the whole compliance scan in this process on an existing database (a copy of a generated one:
// it writes flags), RUNS times (2 by default: the first run, then nothing changed), logging each rule's time.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ScanService, ScanTrigger } from '@gridhr/compliance';
import { createCliContext } from '../scripts/cli-context';

/** CPU seconds used so far by the database's server processes (Linux /proc; the server on this machine). */
async function serverCpu(db: Client, database: string): Promise<number> {
  const { rows } = await db.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a process that ended meanwhile
    }
  }
  return ticks / 100;
}

async function main(): Promise<void> {
  const [database, runs = '2', rules] = process.argv.slice(2);
  if (!database) throw new Error('name the database to scan');
  Object.assign(process.env, {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    CLOCK_TODAY: process.env.CLOCK_TODAY ?? '2026-11-25',
    DEMO_MODE: 'true',
    SCAN_TIMING_LOG: 'true',
    QUEUE_PREFIX: `gridhr-scan-profile-${Date.now()}`,
  });
  const app = await createCliContext();
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  Logger.overrideLogger(['log', 'error', 'warn']);
  try {
    for (let i = 0; i < Number(runs); i++) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const server = await serverCpu(db, database);
      const counts = await app
        .get(ScanService)
        .run(
          { id: `profile-${Date.now()}`, data: { prefix: '', ...(rules ? { rules: rules.split(',') } : {}) }, save: async () => undefined },
          ScanTrigger.SCHEDULE,
        );
      const node = process.cpuUsage(cpu);
      const serverSeconds = (await serverCpu(db, database)) - server;
      console.log(
        `run ${i + 1}: ${Math.round(performance.now() - started)} ms, ${JSON.stringify(counts)}; CPU: server ${serverSeconds.toFixed(1)} s, node ${((node.user + node.system) / 1e6).toFixed(1)} s`,
      );
    }
  } finally {
    await db.end();
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
