// Assessment timings on a throwaway database: the demo county grown to ~20,000 rated workers with a year of
// work records each, then computing, paging and finalising its cycle over GraphQL, side by side with a
// hand-written aggregate of the same records. Run after `npm run build`:
//   node -r ./dist/scripts/register-paths.js dist/bench/assessment.js      (BENCH_ASSESSMENT_WORKERS, BENCH_RUNS)
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, shanghaiToday } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';
import { DEMO_PASSWORD, seedDemo } from '@gridhr/demo';
import { isoWeekLabel, weeksOf } from '@gridhr/assessment';
import { PiiCipher } from '@gridhr/workers';
import { createApi } from '../apps/api/src/bootstrap';
import { adminQuery, withDatabase } from '../scripts/db-tools';

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `min ${(sorted[0] / 1000).toFixed(2)} s, median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s (${ms.length} runs)`;
};

async function repeat(label: string, runs: number, run: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  console.log(`${label.padEnd(58)} ${stats(ms)}`);
  return ms;
}

async function main(): Promise<void> {
  const base = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: 'redis://127.0.0.1:6379',
    ...process.env,
    DEMO_MODE: 'true',
  });
  const name = `gridhr_bench_assessment_${Date.now()}`;
  const databaseUrl = withDatabase(base.databaseUrl, name);
  const extra = Number(process.env.BENCH_ASSESSMENT_WORKERS ?? 20_000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  await ensureDatabaseExists(databaseUrl);
  try {
    await runMigrations(databaseUrl);
    const today = shanghaiToday();
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl,
      REDIS_URL: base.redisUrl,
      QUEUE_PREFIX: `gridhr-bench-${Date.now()}`,
      NODE_ENV: 'test',
      LOG_JSON: 'false',
    });
    const api = await createApi(loadConfig());
    let start = performance.now();
    await seedDemo(api, { today, scan: false });
    console.log(`${'demo seed (with two assessment cycles)'.padEnd(58)} ${((performance.now() - start) / 1000).toFixed(2)} s`);
    await api.listen(0, '127.0.0.1');
    const url = `${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    };
    const county = (await call(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: DEMO_PASSWORD })).login
      .token;
    const sql = api.get(MikroORM).em.getConnection();
    const year = Number(today.slice(0, 4)) - 1;

    // The grid platform's weekly export for the demo county's rated workers, this year so far (all updates: the demo has them).
    const cipher = api.get(PiiCipher, { strict: false });
    const demo = await sql.execute<{ id_number_cipher: string; name: string }[]>(
      `select w.id_number_cipher, w.name from worker w where exists (select 1 from work_record r where r.worker_id = w.id and r.period_start >= ?)`,
      [`${year + 1}-01-01`],
    );
    const lines = [['身份证号', '姓名', '周次', '是否全域走访'].join(',')];
    for (const w of demo)
      for (const monday of weeksOf(`${year + 1}-01-01`, today).slice(0, -1))
        lines.push([cipher.decrypt(w.id_number_cipher), w.name, isoWeekLabel(monday), '是'].join(','));
    const sheet = Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
    const township = (await call(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: DEMO_PASSWORD })).login
      .token;
    const IMPORT = `mutation($input: ImportWorkRecordsInput!) { importWorkRecords(input: $input) { written rows created updated problems { line problem } } }`;
    const imported = async (dryRun: boolean) => {
      const r = (await call(IMPORT, { input: { format: 'csv', source: 'bench', contentBase64: sheet, dryRun } }, township)).importWorkRecords;
      if (r.problems.length) throw new Error(`import problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
    };
    await repeat(`importWorkRecords, ${lines.length - 1} lines, dry run (csv)`, runs, () => imported(true));
    await repeat(`importWorkRecords, ${lines.length - 1} lines, written as updates (csv)`, runs, () => imported(false));

    // Workers on duty in the demo's grids since 2024, with last year's 52 weekly rounds and 12 months of figures each.
    start = performance.now();
    await sql.execute(`
      insert into worker (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, sex, phone, category, status, region_id, region_code,
                          hired_on, version, created_at, updated_at, veteran, low_income, social_work_certificate)
      select gen_random_uuid(), '压测' || i, 'v1:bench', md5('bench' || i) || md5('hash' || i), '1407**********0000', date '1970-01-01' + (i % 9000), 'MALE',
             '139' || lpad(i::text, 8, '0'), (case when i % 3 = 0 then 'FULL_TIME' else 'PART_TIME' end)::worker_category, 'ACTIVE', g.region_id, g.region_code,
             date '2024-01-01', 1, now(), now(), false, false, 'NONE'
        from generate_series(1, ${extra}) i
        cross join lateral (select region_id, region_code from grid order by code offset (i % 40) limit 1) g`);
    await sql.execute(`
      insert into grid_assignment (id, worker_id, grid_id, role, from_date, region_code, created_at)
      select gen_random_uuid(), w.id, g.id, w.category, date '2024-01-01', g.region_code, now()
        from worker w cross join lateral (select id, region_code from grid where region_code = w.region_code order by code limit 1) g
       where w.name like '压测%'`);
    await sql.execute(`
      insert into work_record (id, worker_id, region_code, period_kind, period_start, full_area_visit, source, recorded_by, version, updated_at)
      select gen_random_uuid(), w.id, w.region_code, 'WEEK', m::date, (hashtext(w.id::text || m::text) % 7) <> 0, 'bench', 'bench', 1, now()
        from worker w cross join generate_series(date_trunc('week', date '${year}-01-04'), date '${year}-12-25', interval '7 days') m
       where w.name like '压测%'`);
    await sql.execute(`
      insert into work_record (id, worker_id, region_code, period_kind, period_start, events_reported, events_closed_on_time, satisfaction_x100, source, recorded_by, version, updated_at)
      select gen_random_uuid(), w.id, w.region_code, 'MONTH', m::date, 4, 3 + (hashtext(w.id::text || m::text) % 2 + 2) % 2, 8500 + abs(hashtext(w.id::text)) % 1000, 'bench', 'bench', 1, now()
        from worker w cross join generate_series(date '${year}-01-01', date '${year}-12-01', interval '1 month') m
       where w.name like '压测%'`);
    await sql.execute('analyze');
    const [{ workers, records }] = await sql.execute<{ workers: number; records: number }[]>(
      `select (select count(*)::int from worker) as workers, (select count(*)::int from work_record) as records`,
    );
    console.log(`${`data: ${workers} workers, ${records} work records`.padEnd(58)} ${((performance.now() - start) / 1000).toFixed(2)} s`);

    // Last year's demo cycle re-opened, so it is measured over every worker of the grown county.
    const cycle = (await call(`{ assessmentCycles(status: FINALISED) { edges { node { id version } } } }`, {}, county)).assessmentCycles.edges[0].node;
    const reopened = (
      await call(
        `mutation($input: ReopenCycleInput!) { reopenAssessmentCycle(input: $input) { id version } }`,
        { input: { cycleId: cycle.id, version: cycle.version, reason: '压力测试' } },
        county,
      )
    ).reopenAssessmentCycle;
    const compute = () => call(`mutation($id: ID!) { computeAssessmentCycle(cycleId: $id) { measuredTo } }`, { id: cycle.id }, county);
    await repeat('computeAssessmentCycle (first: rows created, then measured)', 1, compute);
    await repeat('computeAssessmentCycle (again)', runs, compute);
    // The same figures by hand: one aggregate over the records, without the weeks-on-duty test or the scoring.
    await repeat('hand-written aggregate of the same records', runs, () =>
      sql.execute(
        `select w.id, count(*) filter (where r.period_kind = 'WEEK' and r.full_area_visit) as visited, sum(r.events_reported) as events, avg(r.satisfaction_x100) as sat
           from worker w join work_record r on r.worker_id = w.id
          where w.region_code like '140799%' and w.status = 'ACTIVE' and r.period_start between ? and ?
          group by w.id`,
        [`${year}-01-01`, `${year}-12-31`],
      ),
    );
    const [{ rated }] = await sql.execute<{ rated: number }[]>(`select count(*)::int as rated from assessment_result where cycle_id = ? and rated`, [cycle.id]);
    console.log(`${'rated workers in the cycle'.padEnd(58)} ${rated}`);
    await repeat('assessmentResults, a page of 50 with workers and indicators', runs, () =>
      call(
        `query($id: ID!) { assessmentResults(cycleId: $id, first: 50) { totalCount edges { node { score level indicators { score } worker { name starLevel } } } } }`,
        { id: cycle.id },
        county,
      ),
    );
    await repeat('assessmentDistribution (per township)', runs, () =>
      call(`query($id: ID!) { assessmentDistribution(cycleId: $id) { rated } }`, { id: cycle.id }, county),
    );
    await sql.execute(`update assessment_result set entered = '{"township": 8500}' where cycle_id = ? and entered = '{}'::jsonb`, [cycle.id]);
    await repeat('finaliseAssessmentCycle (measure, quota, stars, consequences)', 1, () =>
      call(
        `mutation($input: CycleVersionInput!) { finaliseAssessmentCycle(input: $input) { status } }`,
        { input: { cycleId: cycle.id, version: reopened.version } },
        county,
      ),
    );
    await api.close();
  } finally {
    await adminQuery(base.databaseUrl, `drop database if exists "${name}" with (force)`);
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
