// npm run bench: timings that matter to users, measured on a throwaway database of the configured server.
// Prints one line per measurement; nothing here is asserted, the numbers are for reading and comparing.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Workbook } from 'exceljs';
import { MikroORM } from '@mikro-orm/postgresql';
import { addDays, loadConfig, shanghaiToday } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';
import { DEMO_PASSWORD, seedDemo } from '@gridhr/demo';
import { idCheckCharacter } from '@gridhr/workers';
import { createApi } from '../apps/api/src/bootstrap';
import { createWorker } from '../apps/worker/src/bootstrap';
import { adminQuery, withDatabase } from '../scripts/db-tools';

const HEADER = '姓名,身份证号,手机号,人员类别,状态,管理区划代码,所属网格编码,学历,政治面貌,退役军人,低保,社工证,职称,户籍区划代码,人员来源,入职日期';
const COMMUNITIES = ['140799001001', '140799001002', '140799001003', '140799001004'];

/** A township sheet of `rows` distinct people, spread over the urban communities of the demo county. */
function sheet(rows: number, variant: string): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    // Distinct people: a birth date per row over ~33 years, then the sequence number.
    const body = `140799${addDays('1960-01-01', i % 12_000).replace(/-/g, '')}${String(100 + Math.floor(i / 12_000)).padStart(3, '0')}`;
    const id = body + idCheckCharacter(body);
    lines.push(
      [
        `导入${variant}${i}`,
        id,
        String(15_000_000_000 + i),
        i % 10 ? '兼职网格员' : '专职网格员',
        '',
        COMMUNITIES[i % 4],
        '',
        '高中/中专',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ].join(','),
    );
  }
  return Buffer.from(lines.join('\n'), 'utf8').toString('base64');
}

/** The same people as the township keeps them: its own columns, community names, short labels, dates as written. */
function ownSheet(rows: number, variant: string): string {
  const names = ['东风社区', '新华社区', '文昌', '滨河社区居委会'];
  const dates = ['2023-05-01', '2023/5/1', '2023.5.1', '2023年5月1日', '20230501'];
  const lines = ['城关街道网格员花名册', '序号,姓名,性别,身份证号码,联系电话,人员类别,所属社区,学历,政治面貌,入职日期,备注'];
  for (let i = 0; i < rows; i++) {
    const body = `140799${addDays('1960-01-01', i % 12_000).replace(/-/g, '')}${String(100 + Math.floor(i / 12_000)).padStart(3, '0')}`;
    const sex = Number(body[16]) % 2 ? '男' : '女';
    const fields = [i + 1, `导入${variant}${i}`, sex, body + idCheckCharacter(body), String(15_000_000_000 + i), i % 10 ? '兼职' : '专职', names[i % 4]];
    lines.push([...fields, '高中', i % 3 ? '群众' : '党员', dates[i % 5], ''].join(','));
  }
  return Buffer.from(lines.join('\n'), 'utf8').toString('base64');
}

/** The same sheet as xlsx, as a township would upload it. */
async function asXlsx(csvBase64: string): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('名册');
  for (const line of Buffer.from(csvBase64, 'base64').toString('utf8').split('\n')) sheet.addRow(line.split(','));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function time<T>(label: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s   ${describe(result)}`);
  return result;
}

async function main(): Promise<void> {
  // The local services of a development machine unless DATABASE_URL / REDIS_URL say otherwise.
  const base = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: 'redis://127.0.0.1:6379',
    ...process.env,
    DEMO_MODE: 'true',
    LOG_JSON: 'false',
  });
  const name = `gridhr_bench_${Date.now()}`;
  const databaseUrl = withDatabase(base.databaseUrl, name);
  await ensureDatabaseExists(databaseUrl);
  try {
    await runMigrations(databaseUrl);
    // The api modules read their configuration from the environment, like a deployed process.
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl,
      REDIS_URL: base.redisUrl,
      QUEUE_PREFIX: `gridhr-bench-${Date.now()}`,
      DEMO_MODE: 'true',
      NODE_ENV: 'test',
    });
    const api = await createApi(loadConfig());
    await seedDemo(api, { today: shanghaiToday(), scan: false });
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
    const token = (await call(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'township', p: DEMO_PASSWORD })).login
      .token;
    const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) { written rows created updated problems { line } } }`;
    const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);
    const first = sheet(rows, 'A');
    const report = (r: any) =>
      `${r.importWorkers.rows} rows, ${r.importWorkers.created} new, ${r.importWorkers.updated} updated, ${r.importWorkers.problems.length} problems`;
    console.log(`GridHR benchmarks on ${new URL(base.databaseUrl).host}, node ${process.version}`);
    await time(`import ${rows} rows, dry run (csv)`, () => call(IMPORT, { input: { format: 'csv', contentBase64: first, dryRun: true } }, token), report);
    await time(`import ${rows} new workers (csv)`, () => call(IMPORT, { input: { format: 'csv', contentBase64: first } }, token), report);
    await time(`re-import ${rows} workers as updates (csv)`, () => call(IMPORT, { input: { format: 'csv', contentBase64: sheet(rows, 'B') } }, token), report);
    await time(
      `township's own ${rows}-row roster, dry run (csv)`,
      () => call(IMPORT, { input: { format: 'csv', contentBase64: ownSheet(rows, 'D'), dryRun: true } }, token),
      report,
    );
    const xlsx = await asXlsx(sheet(rows, 'C'));
    await time(`re-import ${rows} workers as updates (xlsx)`, () => call(IMPORT, { input: { format: 'xlsx', contentBase64: xlsx } }, token), report);
    await time(
      'list page of 50 workers with grids',
      () => call(`{ workers(first: 50) { totalCount edges { node { name idNumber currentAssignments { grid { code } } } } } }`, {}, token),
      (r) => `${r.workers.totalCount} workers in scope`,
    );
    await time(
      'vacancy list',
      () => call(`{ vacancies { gridCode } }`, {}, token),
      (r) => `${r.vacancies.length} vacancies`,
    );

    // A county of 20,000 more workers (a third full-time with contracts ending over the coming year), then
    // the full compliance scan through the real worker, in chunks of SCAN_CHUNK_SIZE.
    const extra = Number(process.env.BENCH_SCAN_WORKERS ?? 20_000);
    const orm2 = api.get(MikroORM);
    await orm2.em.getConnection().execute(`
      insert into worker (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, sex, phone, category, status, region_id, region_code,
                          hired_on, version, created_at, updated_at, veteran, low_income, social_work_certificate)
      select gen_random_uuid(), '压测' || i, 'v1:bench', md5('bench' || i) || md5('hash' || i), '1407**********0000', date '1970-01-01' + (i % 9000), 'MALE',
             '139' || lpad(i::text, 8, '0'), (case when i % 3 = 0 then 'FULL_TIME' else 'PART_TIME' end)::worker_category, 'ACTIVE', r.id, r.code,
             date '2025-01-01', 1, now(), now(), false, false, 'NONE'
        from generate_series(1, ${extra}) i
        cross join lateral (select id, code from region where level in ('COMMUNITY', 'VILLAGE') order by code offset (i % 10) limit 1) r`);
    await orm2.em.getConnection().execute(`
      insert into contract (id, worker_id, region_code, kind, employer_kind, employer_name, signed_on, start_date, end_date, probation_regulated,
                            monthly_base_pay_fen, status, version, created_at, updated_at)
      select gen_random_uuid(), w.id, w.region_code, 'LABOR', 'TOWNSHIP', '压测街道', date '2025-01-01', date '2025-01-01',
             current_date + (row_number() over (order by w.id))::int % 365, true, 300000, 'ACTIVE', 1, now(), now()
        from worker w where w.name like '压测%' and w.category = 'FULL_TIME'`);
    await orm2.em.getConnection().execute('analyze');
    const worker = await createWorker(loadConfig());
    const county = (await call(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: DEMO_PASSWORD })).login
      .token;
    const scanOnce = async () => {
      const { runComplianceScan: run } = await call(`mutation { runComplianceScan { id } }`, {}, county);
      for (;;) {
        const { scanRun } = await call(`query($id: ID!) { scanRun(id: $id) { status chunksDone opened updated resolved error } }`, { id: run.id }, county);
        if (scanRun.status === 'DONE') return scanRun;
        if (scanRun.status === 'FAILED') throw new Error(scanRun.error);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const scanReport = (r: any) => `${r.chunksDone} chunks of ≤${loadConfig().scanChunkSize}, ${r.opened} opened, ${r.updated} updated, ${r.resolved} resolved`;
    const [{ n }] = await orm2.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from worker');
    await time(`compliance scan, ${n} workers (first)`, scanOnce, scanReport);
    await time(`compliance scan, ${n} workers (again, no change)`, scanOnce, scanReport);
    await worker.close();
    await api.close();
  } finally {
    if (process.env.BENCH_KEEP_DATABASE) console.log(`kept database ${name}`);
    else await adminQuery(base.databaseUrl, `drop database if exists "${name}" with (force)`);
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
