import { assertDatabaseReachable } from '@gridhr/database';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, RedactingLogger } from '@gridhr/common';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin } from '@gridhr/platform';
import { WorkerModule } from './worker.module';

/**
 * Builds the worker. On SIGTERM/SIGINT Nest closes the BullMQ workers, which wait for the active jobs
 * to finish; a job cut off by a hard kill is picked up again as stalled.
 */
export async function createWorker(config: AppConfig, plugins: DomainPlugin[] = DOMAINS): Promise<INestApplicationContext> {
  // Before Nest starts: an unreachable database is one clear line, not a stack trace from inside Nest.
  await assertDatabaseReachable(config.databaseUrl);
  const logger = new RedactingLogger({ json: config.logJson, prefix: 'GridHR worker', logLevels: config.nodeEnv === 'test' ? ['error', 'warn'] : undefined });
  const app = await NestFactory.createApplicationContext(WorkerModule.forPlugins(plugins), { logger, abortOnError: false });
  app.enableShutdownHooks();
  return app;
}
