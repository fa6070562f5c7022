// node -r ./dist/scripts/register-paths.js dist/bench/scan-profile.js DATABASE [RUNS] [RULE,…] (after npm run build)
// Runs the whole compliance scan in this process on an existing database (a copy of a generated one:
// it writes flags), RUNS times (2 by default: the first run, then nothing changed), logging each rule's time.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { ScanService, ScanTrigger } from '@gridhr/compliance';
import { createCliContext } from '../scripts/cli-context';

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
  Logger.overrideLogger(['log', 'error', 'warn']);
  try {
    for (let i = 0; i < Number(runs); i++) {
      const started = performance.now();
      const counts = await app
        .get(ScanService)
        .run(
          { id: `profile-${Date.now()}`, data: { prefix: '', ...(rules ? { rules: rules.split(',') } : {}) }, save: async () => undefined },
          ScanTrigger.SCHEDULE,
        );
      console.log(`run ${i + 1}: ${Math.round(performance.now() - started)} ms, ${JSON.stringify(counts)}`);
    }
  } finally {
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
