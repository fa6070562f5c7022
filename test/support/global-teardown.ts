import { Client } from 'pg';
import { SERVER_URL } from './test-env';

/** Drops every database this run created (the template and any a failed test left behind). */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.GRIDHR_TEST_RUN;
  if (!run) return;
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`gridhr_test_${run}_%`]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
