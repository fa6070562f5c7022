// Issue 13 item 4: a large export is a job that writes the file to storage; the link given at the request
// downloads it once, until it expires; requests, files and downloads are audited.
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
    app = await TestApp.start({ worker: true, env: { EXPORT_DIR: dir } });
  });
  afterAll(() => app.close());

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
});
