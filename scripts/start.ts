// npm start: finds or starts PostgreSQL and Redis, migrates, seeds the demo county into an empty
// database (demo mode), then runs the api and the worker as child processes until interrupted.
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfigOrExit } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';
import { DEMO_PASSWORD, DEMO_USERS } from '@gridhr/demo';
import { seedDemoDatabase } from './demo-seeding';
import { ensureDatabase, ensureRedis, LocalService } from './local-services';

const root = path.resolve(__dirname, '..', '..');
const log = (line: string) => console.log(`[gridhr] ${line}`);

function launch(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['-r', path.join(root, 'dist/scripts/register-paths.js'), path.join(root, entry)], { env, stdio: 'inherit' }).on(
    'error',
    (error) => {
      log(`${name} could not start: ${error.message}`);
    },
  );
}

async function main(): Promise<void> {
  const services: LocalService[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exited = running.map((c) => new Promise((resolve) => c.once('exit', resolve)));
    running.forEach((c) => c.kill('SIGTERM'));
    await Promise.all(exited);
    for (const service of services.reverse()) await service.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const db = await ensureDatabase({ dataDir: path.join(root, '.data', 'pg'), dbName: 'gridhr', log });
  services.push(db);
  const redis = await ensureRedis({ log });
  services.push(redis);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, REDIS_URL: redis.url };
  const config = loadConfigOrExit(env);

  await ensureDatabaseExists(config.databaseUrl);
  const applied = await runMigrations(config.databaseUrl);
  log(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  if (config.demoMode) {
    // The seed runs GridHR's own services, which read the environment like the api and the worker.
    Object.assign(process.env, { DATABASE_URL: db.url, REDIS_URL: redis.url });
    if (await seedDemoDatabase(config)) log('empty database: seeded the demo county (网格示范县) and ran a first compliance scan');
  }

  // Each process is kept up on its own: one that dies is started again (after a pause that grows while it
  // keeps dying at start), and the others go on serving meanwhile.
  const supervise = (name: string, entry: string, quickFailures = 0) => {
    const startedAt = Date.now();
    const child = launch(name, entry, env);
    children.push(child);
    child.on('exit', (code, signal) => {
      children.splice(children.indexOf(child), 1);
      if (stopping) return;
      const failures = Date.now() - startedAt < 10_000 ? quickFailures + 1 : 0;
      if (failures >= 5) return log(`${name} keeps failing at start (exit ${signal ?? code}); not restarting it, the rest keeps running`);
      const pause = Math.min(30_000, 1_000 * 2 ** failures);
      log(`${name} exited with ${signal ?? code}; starting it again in ${pause / 1000} s`);
      setTimeout(() => !stopping && supervise(name, entry, failures), pause);
    });
  };
  supervise('api', 'dist/apps/api/src/main.js');
  supervise('worker', 'dist/apps/worker/src/main.js');

  log(`web console: http://localhost:${config.port}/   GraphQL: http://localhost:${config.port}/graphql   health: http://localhost:${config.port}/health`);
  if (config.demoMode) {
    log(`demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) log(`  ${user.username.padEnd(10)} ${user.role.padEnd(15)} ${user.displayName}`);
  }
}

main().catch((error: Error) => {
  console.error(`[gridhr] could not start: ${error.message}`);
  process.exit(1);
});
