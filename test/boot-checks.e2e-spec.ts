// A process refuses to start, with one line, when the plugin list is wrong or its compliance rules differ
// from those of the processes already running. Real worker processes, as in production.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createWorker } from '../apps/worker/src/bootstrap';
import { TestApp } from './support/test-app';

const ROOT = path.resolve(__dirname, '..');

describe('boot checks', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ seed: false });
  });
  afterAll(() => app.close());

  /** Starts a worker process with a changed plugin list; resolves with its exit code and its stderr lines. */
  const start = (variant: string, env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; lines: string[] }>((resolve) => {
      const child = spawn(process.execPath, ['-r', './test/support/ts-register.js', 'test/support/worker-variant.ts', variant], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: app.config.databaseUrl,
          REDIS_URL: app.config.redisUrl,
          QUEUE_PREFIX: app.config.queuePrefix,
          NODE_ENV: 'test',
          ...env,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      child.once('exit', (code) => resolve({ code, lines: stderr.split('\n').filter((l) => l.trim()) }));
    });

  it('a second handler for a job stops the worker with one line', async () => {
    expect(await start('duplicate-handler')).toEqual({
      code: 1,
      lines: ['GridHR worker failed to start: job recruiting:publicity-end has 2 handlers (recruiting, rogue)'],
    });
  });

  it('a job without a handler stops the worker with one line', async () => {
    expect(await start('missing-handler')).toEqual({ code: 1, lines: ['GridHR worker failed to start: job recruiting:publicity-end has no handler'] });
  });

  it('a worker whose rules differ from the running api stops with one line naming the difference', async () => {
    const { code, lines } = await start('fewer-rules');
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^GridHR worker failed to start: the compliance rule set differs from the running (api|worker) on .* \(pid \d+\): only there: training\.worker-year-end-failure; run the same GridHR version everywhere$/,
      ),
    ]);
    // A worker of the same version starts beside the api.
    const worker = await createWorker(app.config);
    await worker.close();
  });
});
