import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@gridhr/common';
import { assertDatabaseReachable } from '@gridhr/database';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin } from '@gridhr/platform';
import { createApi } from './bootstrap';

/** Starts the api; a bad configuration or plugin list stops it with one line on stderr. */
export async function runApi(plugins: DomainPlugin[] = DOMAINS): Promise<void> {
  try {
    const config = loadConfigOrExit();
    const app = await createApi(config, plugins);
    await app.listen(config.port, '0.0.0.0');
    if (cluster.isPrimary) new Logger('GridHR api').log(`GraphQL at ${(await app.getUrl()).replace('[::1]', 'localhost')}/graphql`);
  } catch (error) {
    process.stderr.write(`GridHR api failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * One Node process runs on one core, so the api forks API_PROCESSES processes sharing the port (the
 * primary hands out connections). A process that dies is replaced, unless it died while starting
 * (a bad configuration would only die again): then the primary stops with it.
 */
export async function runApiCluster(plugins: DomainPlugin[] = DOMAINS): Promise<void> {
  const config = loadConfigOrExit();
  if (config.apiProcesses === 1 || !cluster.isPrimary) return void runApi(plugins);
  try {
    await assertDatabaseReachable(config.databaseUrl);
  } catch (error) {
    process.stderr.write(`GridHR api failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = new Logger('GridHR api');
  let stopping = false;
  const listening = new Set<number>();
  // Requests make short-lived garbage; a larger young generation collects it less often (list requests/s
  // of one process 215 -> 300 at 32 MB, docs/performance.md).
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-semi-space-size=${config.apiSemiSpaceMb}`] });
  const fork = () =>
    cluster.fork().on('listening', function (this: { id: number }) {
      listening.add(this.id);
    });
  for (let i = 0; i < config.apiProcesses; i++) fork();
  logger.log(`${config.apiProcesses} api processes on port ${config.port}`);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!listening.delete(worker.id)) {
      process.stderr.write(`GridHR api failed to start (a process exited with ${signal ?? code})\n`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill();
      process.exitCode = 1;
      return;
    }
    logger.warn(`api process ${worker.process.pid} exited with ${signal ?? code}; starting another`);
    fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
}

if (require.main === module) void runApiCluster();
