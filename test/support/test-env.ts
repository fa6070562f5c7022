// Where the test run's databases and Redis keys live. Each run has its own id; each test file gets a
// database cloned from the run's migrated template.
export const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runId(): string {
  const id = process.env.GRIDHR_TEST_RUN;
  if (!id) throw new Error('GRIDHR_TEST_RUN is not set: run the tests through jest (global setup)');
  return id;
}

export const templateName = (run: string) => `gridhr_test_${run}_template`;
