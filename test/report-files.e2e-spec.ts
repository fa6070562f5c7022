// Issue 13 item 4: a large export is a job that writes the file to storage; the link given at the request
// downloads it once, until it expires; requests, files and downloads are audited.
import { Workbook } from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, TestApp } from './support/test-app';

const REQUEST = `mutation($r: String!, $p: JSON, $f: ExportFormat) { requestReportFile(report: $r, params: $p, format: $f) {
  downloadPath file { id status progress } } }`;
const FILE = `query($id: ID!) { reportFile(id: $id) { id status progress rows fileName expiresAt downloadedAt error } }`;

describe('report files written by jobs', () => {
  let app: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'gridhr-exports-test-'));
  beforeAll(async () => {
    // Seven lines a batch: every file below is written in several keyset pages.
    app = await TestApp.start({ worker: true, env: { EXPORT_DIR: dir, EXPORT_BATCH_ROWS: '7' } });
  });
  afterAll(() => app.close());

  const download = async (path: string) => {
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  const done = (id: string, user: string) =>
    eventually(async () => {
      const { reportFile } = await app.ok(FILE, { id }, user);
      if (reportFile.status === 'FAILED') throw new Error(reportFile.error);
      return reportFile.status === 'DONE' ? reportFile : null;
    }, 30_000);

  it('writes the payroll register of a run as the same csv reportExport gives, for one download', async () => {
    const run = (
      await app.sql<{ id: string }>(`select id from payroll_run where region_code = '140799001000' and month = '2026-09' and period_kind = 'MONTH'`)
    )[0].id;
    const params = { runId: run };
    const { requestReportFile: asked } = await app.ok(REQUEST, { r: 'pay.register', p: params, f: 'CSV' }, 'finance');
    expect(asked.file.status).toBe('QUEUED');
    expect(asked.downloadPath).toMatch(new RegExp(`^/exports/${asked.file.id}\\?token=[A-Za-z0-9_-]{43}$`));
    const written = await done(asked.file.id, 'finance');
    const lines = (await app.ok(`query($p: JSON) { reportData(report: "pay.register", params: $p) { rows } }`, { p: params }, 'finance')).reportData.rows;
    expect(written).toMatchObject({ progress: 100, rows: lines.length, downloadedAt: null });
    expect(written.fileName).toMatch(/工资发放表\.csv$/);
    // Another user cannot follow it.
    expect((await app.gql(FILE, { id: asked.file.id }, { user: 'county' })).errors![0].extensions?.code).toBe('NOT_FOUND');
    // A wrong token finds nothing.
    expect((await fetch(`${app.url}/exports/${asked.file.id}?token=wrong`)).status).toBe(404);

    const response = await fetch(`${app.url}${asked.downloadPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent(written.fileName));
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    const direct = (
      await app.ok(`query($p: JSON) { reportExport(report: "pay.register", params: $p, format: CSV) { contentBase64 } }`, { p: params }, 'finance')
    ).reportExport;
    expect(body).toBe(Buffer.from(direct.contentBase64, 'base64').toString('utf8'));
    expect(body.split('\r\n').filter(Boolean)).toHaveLength(lines.length + 1);

    // Once only; the file leaves storage.
    expect((await fetch(`${app.url}${asked.downloadPath}`)).status).toBe(410);
    await eventually(async () => !existsSync(join(dir, `${asked.file.id}.csv`)));
    expect((await app.ok(FILE, { id: asked.file.id }, 'finance')).reportFile.downloadedAt).not.toBeNull();
    const audit = await app.sql<{ action: string; actor_name: string }>(
      `select action, actor_name from audit_entry where entity = 'Report' and entity_id = 'pay.register' and after->>'fileId' = ? order by id`,
      [asked.file.id],
    );
    expect(audit).toEqual([
      { action: 'EXPORT_REQUEST', actor_name: 'finance' },
      { action: 'EXPORT', actor_name: 'finance' },
      { action: 'DOWNLOAD', actor_name: 'finance' },
    ]);
  });

  it('writes a register of many batches whole: every worker of the scope once, in order, phones masked for finance', async () => {
    const expected = await app.sql<{ id_number_masked: string; phone: string }>(
      `select id_number_masked, phone from worker where region_code like '140799%' order by region_code, name, id`,
    );
    expect(expected.length).toBeGreaterThan(3 * 7);
    const asked = async (user: string) => {
      const { requestReportFile } = await app.ok(REQUEST, { r: 'workers.register', p: {}, f: 'CSV' }, user);
      const written = await done(requestReportFile.file.id, user);
      expect(written.rows).toBe(expected.length);
      const [header, ...lines] = (await download(requestReportFile.downloadPath))
        .toString('utf8')
        .replace(/^\ufeff/, '')
        .split('\r\n')
        .filter(Boolean);
      expect(header.split(',').slice(0, 4)).toEqual(['管理区划代码', '管理区划', '姓名', '身份证号']);
      return lines.map((line) => line.split(','));
    };
    const county = await asked('county');
    expect(county.map((cells) => [cells[3], cells[6]])).toEqual(expected.map((w) => [w.id_number_masked, w.phone]));
    const finance = await asked('finance');
    expect(finance.map((cells) => cells[3])).toEqual(expected.map((w) => w.id_number_masked));
    expect(finance.map((cells) => cells[6])).toEqual(expected.map((w) => `${w.phone.slice(0, 3)}****${w.phone.slice(7)}`));
  });

  it('writes a month’s payroll register of many batches with a total row that is the sum of its lines, in fen', async () => {
    const [{ n, gross, net }] = await app.sql<{ n: number; gross: string; net: string }>(
      `select count(*)::int as n, sum(l.gross_fen) as gross, sum(l.net_fen) as net from payroll_run r join pay_line l on l.run_id = r.id
        where r.region_code like '140799%' and r.month = '2026-09' and r.status in ('APPROVED', 'PAID')`,
    );
    expect(n).toBeGreaterThan(7);
    const { requestReportFile } = await app.ok(REQUEST, { r: 'pay.month-register', p: { month: '2026-09' }, f: 'XLSX' }, 'finance');
    const written = await done(requestReportFile.file.id, 'finance');
    expect(written.rows).toBe(n + 1);
    const workbook = new Workbook();
    await workbook.xlsx.load((await download(requestReportFile.downloadPath)) as never);
    const sheet = workbook.getWorksheet('明细')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (header: string) => headers.indexOf(header) + 1;
    const cents = (row: number, header: string) => Math.round(Number(sheet.getRow(row).getCell(column(header)).value) * 100);
    expect(sheet.rowCount).toBe(n + 2);
    const last = sheet.rowCount;
    expect(sheet.getRow(last).getCell(column('姓名')).value).toBe('合计');
    for (const header of ['应发合计', '实发金额', '基本工资', '单位社保']) {
      let sum = 0;
      for (let row = 2; row < last; row++) sum += cents(row, header);
      expect({ header, total: cents(last, header) }).toEqual({ header, total: sum });
    }
    expect(cents(last, '应发合计')).toBe(Number(gross));
    expect(cents(last, '实发金额')).toBe(Number(net));
    // The same lines as reportData, and the same gross as finance's pay by region.
    const data = (await app.ok(`query { reportData(report: "pay.by-region", params: { month: "2026-09" }) { rows } }`, {}, 'finance')).reportData.rows;
    expect(data.at(-1).grossFen).toBe(Number(gross));
  });

  it('writes xlsx, refuses an expired link, and checks the params at the request', async () => {
    const { requestReportFile: asked } = await app.ok(REQUEST, { r: 'workers.vacancies', p: {}, f: 'XLSX' }, 'county');
    await done(asked.file.id, 'county');
    await app.sql(`update report_file set expires_at = now() - interval '1 minute' where id = ?`, [asked.file.id]);
    expect((await fetch(`${app.url}${asked.downloadPath}`)).status).toBe(410);

    const { requestReportFile: again } = await app.ok(REQUEST, { r: 'workers.vacancies', p: {}, f: 'XLSX' }, 'county');
    await done(again.file.id, 'county');
    const response = await fetch(`${app.url}${again.downloadPath}`);
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const bad = await app.gql(REQUEST, { r: 'pay.register', p: { runId: 'nope' } }, { user: 'finance' });
    expect(bad.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(REQUEST, { r: 'no.such' }, { user: 'finance' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'report' });
    expect(await app.sql(`select 1 from report_file where report = 'no.such'`)).toHaveLength(0);
  });
});

describe('exports within a request', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true, env: { EXPORT_INLINE_MAX_ROWS: '3', EXPORT_DIR: mkdtempSync(join(tmpdir(), 'gridhr-exports-test-')) } });
  });
  afterAll(() => app.close());

  it('refuses a report of more lines than EXPORT_INLINE_MAX_ROWS, naming requestReportFile, which writes it', async () => {
    const run = (
      await app.sql<{ id: string }>(`select id from payroll_run where region_code = '140799001000' and month = '2026-09' and period_kind = 'MONTH'`)
    )[0].id;
    const lines = (await app.ok(`query($p: JSON) { reportData(report: "pay.register", params: $p) { rows } }`, { p: { runId: run } }, 'finance')).reportData
      .rows;
    expect(lines.length).toBeGreaterThan(3);
    const res = await app.gql(
      `query($p: JSON) { reportExport(report: "pay.register", params: $p, format: CSV) { fileName } }`,
      { p: { runId: run } },
      { user: 'finance' },
    );
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'EXPORT_TOO_LARGE', field: 'report' },
      message: expect.stringContaining(`${lines.length} lines, more than the 3 exported within a request: use requestReportFile`),
    });
    const { requestReportFile: asked } = await app.ok(REQUEST, { r: 'pay.register', p: { runId: run }, f: 'CSV' }, 'finance');
    const written = await eventually(async () => {
      const { reportFile } = await app.ok(FILE, { id: asked.file.id }, 'finance');
      return reportFile.status === 'DONE' ? reportFile : null;
    }, 30_000);
    expect(written.rows).toBe(lines.length);
  });

  it('counts a paged report before reading it, and refuses it within a request above the limit', async () => {
    for (const query of [`{ reportData(report: "workers.register") { title } }`, `{ reportExport(report: "workers.register", format: CSV) { fileName } }`]) {
      const res = await app.gql(query, {}, { user: 'county' });
      expect(res.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'EXPORT_TOO_LARGE', field: 'report' },
        message: expect.stringMatching(/^workers\.register has \d+ lines, more than the 3 exported within a request: use requestReportFile$/),
      });
    }
  });
});
