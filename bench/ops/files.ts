// The 5,000-row import and the exports, on an api process of their own so its peak memory is theirs.
import { Workbook } from 'exceljs';
import { performance } from 'node:perf_hooks';
import { idCheckCharacter } from '@gridhr/workers';
import { addDays } from '@gridhr/common';
import { Bench } from '../support/bench';
import { GraphqlClient } from '../support/http';
import { peakRssMb, resetPeakRss, rssMb } from '../support/processes';
import { summarize } from '../support/stats';

const HEADER = '姓名,身份证号,手机号,人员类别,状态,管理区划代码,所属网格编码,学历,政治面貌,退役军人,低保,社工证,职称,户籍区划代码,人员来源,入职日期';

/** A number in Chinese digits (一二三…): a person's name may not contain digits. */
const hanDigits = (n: number) => [...String(n)].map((d) => '零一二三四五六七八九'[Number(d)]).join('');

/** A township sheet of `rows` distinct people (ID numbers of a county the generator never uses), over the township's communities. */
function sheet(rows: number, variant: string, communities: string[]): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const body = `140799${addDays('1960-01-01', i % 12_000).replace(/-/g, '')}${String(100 + Math.floor(i / 12_000)).padStart(3, '0')}`;
    const cells = [
      `导入${variant}${hanDigits(i)}`,
      body + idCheckCharacter(body),
      String(15_000_000_000 + i),
      i % 10 ? '兼职网格员' : '专职网格员',
      '',
      communities[i % communities.length],
    ];
    lines.push([...cells, '', '高中/中专', '', '', '', '', '', '', '', ''].join(','));
  }
  return Buffer.from(lines.join('\n'), 'utf8').toString('base64');
}

async function asXlsx(csvBase64: string): Promise<string> {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet('名册');
  for (const line of Buffer.from(csvBase64, 'base64').toString('utf8').split('\n')) ws.addRow(line.split(','));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The api's and the worker's processes: each step's peak memory is measured in both (report files are written by the worker). */
export interface FilesProcesses {
  api: () => number[];
  worker: () => number[];
}

export async function benchFiles(b: Bench, api: GraphqlClient, pids: FilesProcesses, rows = 5000): Promise<void> {
  const communities = (
    await b.db.query(`select code from region where code like $1 and level in ('COMMUNITY', 'VILLAGE') order by code`, [`${b.places.township.prefix}%`])
  ).rows.map((r) => r.code as string);
  const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) { written rows created updated problems { line column problem } } }`;
  const token = b.tokens.township;
  // Each step's own peak: the peak RSS of both processes is reset to their current RSS before it (clear_refs),
  // which the note gives too (memory a step keeps after it raises the next one's start).
  const step = async (label: string, run: () => Promise<string>, target: string, limitMs: number, scope = 'township') => {
    resetPeakRss([...pids.api(), ...pids.worker()]);
    const [apiBefore, workerBefore] = [rssMb(pids.api()), rssMb(pids.worker())];
    const started = performance.now();
    const rowsNote = await run();
    const ms = performance.now() - started;
    const apiRss = peakRssMb(pids.api());
    const workerRss = peakRssMb(pids.worker());
    b.results.add({
      operation: label,
      scope,
      rows: rowsNote,
      timing: summarize([ms]),
      target,
      met: ms <= limitMs && apiRss <= 400 && workerRss <= 400,
      note: `peak RSS api ${apiRss.toFixed(0)} MB (${apiBefore.toFixed(0)} at the start), worker ${workerRss.toFixed(0)} MB (${workerBefore.toFixed(0)})`,
    });
  };
  const importing =
    (content: string, format: 'csv' | 'xlsx', dryRun = false) =>
    async () => {
      const { data } = await api.call(IMPORT, { input: { format, contentBase64: content, dryRun } }, token);
      const r = data.importWorkers;
      if (r.problems.length) throw new Error(`import problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
      return `${r.rows} rows, ${r.created} new, ${r.updated} updated`;
    };
  const first = sheet(rows, 'A', communities);
  await step(`import ${rows} rows, dry run (csv)`, importing(first, 'csv', true), '≤ 10 s, RSS ≤ 400 MB', 10_000);
  await step(`import ${rows} new workers (csv)`, importing(first, 'csv'), '≤ 10 s, RSS ≤ 400 MB', 10_000);
  await step(`re-import ${rows} as updates (csv)`, importing(sheet(rows, 'B', communities), 'csv'), '≤ 10 s, RSS ≤ 400 MB', 10_000);
  await step(`re-import ${rows} as updates (xlsx)`, importing(await asXlsx(sheet(rows, 'C', communities)), 'xlsx'), '≤ 10 s, RSS ≤ 400 MB', 10_000);

  const EXPORT = `query($r: String!, $p: JSON) { reportExport(report: $r, params: $p, format: XLSX) { fileName contentBase64 } }`;
  const year = Number(b.today.slice(0, 4));
  const exports: [string, string, Record<string, unknown>, 'county' | 'province'][] = [
    ['training.township', 'one township', { townshipId: b.places.township.id, year }, 'county'],
    ['training.county', 'whole county', { countyId: b.places.county.id, year }, 'county'],
    ['compliance.counts', 'province', {}, 'province'],
    ['workers.vacancies', 'province', {}, 'province'],
  ];
  const known = (await api.call<{ reports: { id: string }[] }>(`{ reports { id } }`, {}, b.tokens.province)).data.reports.map((r) => r.id);
  for (const [report, label, params, scope] of exports) {
    if (!known.includes(report)) continue;
    await step(
      `export ${report} (xlsx), ${label}`,
      async () => {
        const { data } = await api.call(EXPORT, { r: report, p: params }, b.tokens[scope]);
        return `${Math.round((data.reportExport.contentBase64.length * 3) / 4 / 1024)} kB`;
      },
      '≤ 10 s, RSS ≤ 400 MB',
      10_000,
      label,
    );
  }

  // Issue 13 item 4: province-size reports as files written by the worker (keyset pages, streamed to disk)
  // and streamed from disk by the api, requested and downloaded once as a user would; both processes' peak
  // memory must stay under 400 MB whatever the size.
  const REQUEST = `mutation($r: String!, $p: JSON, $f: ExportFormat) { requestReportFile(report: $r, params: $p, format: $f) { downloadPath file { id } } }`;
  const FILE = `query($id: ID!) { reportFile(id: $id) { status rows error } }`;
  const payMonth = (await b.db.query(`select max(month) as month from payroll_run where status in ('APPROVED', 'PAID')`).catch(() => ({ rows: [{}] }))).rows[0]
    ?.month as string | undefined;
  type FileCase = [string, string, Record<string, unknown>, 'county' | 'province', 'XLSX' | 'CSV'];
  const payroll: FileCase[] = payMonth ? [['pay.month-register', `province, ${payMonth}`, { month: payMonth }, 'province', 'XLSX']] : [];
  const files: FileCase[] = [
    ['workers.register', 'province', {}, 'province', 'CSV'],
    ['workers.register', 'province', {}, 'province', 'XLSX'],
    ...payroll,
    ['workers.vacancies', 'province', {}, 'province', 'XLSX'],
    ['compliance.counts', 'province', {}, 'province', 'XLSX'],
  ];
  for (const [report, label, params, scope, format] of files) {
    if (!known.includes(report)) continue;
    await step(
      `report file ${report} (${format.toLowerCase()}, job + download)`,
      async () => {
        const { data } = await api.call(REQUEST, { r: report, p: params, f: format }, b.tokens[scope]);
        const { downloadPath, file } = data.requestReportFile;
        let lines: number;
        for (;;) {
          const { reportFile } = (await api.call(FILE, { id: file.id }, b.tokens[scope])).data;
          if (reportFile.status === 'FAILED') throw new Error(`${report}: ${reportFile.error}`);
          if (reportFile.status === 'DONE') {
            lines = reportFile.rows;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        const response = await fetch(`${api.origin}${downloadPath}`);
        if (response.status !== 200) throw new Error(`${report}: download answered ${response.status}`);
        let bytes = 0;
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
        return `${lines.toLocaleString('en')} lines, ${(bytes / 2 ** 20).toFixed(1)} MB`;
      },
      'RSS ≤ 400 MB (api and worker)',
      300_000,
      label,
    );
  }
}
