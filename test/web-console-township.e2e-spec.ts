// The township's console pages in headless Chromium (test/support/console-browser.ts): a worker sheet checked,
// its problems read and downloaded as the api's error report, then imported.
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { Page } from 'playwright-core';
import { ConsoleBrowser, useConsoleBrowser } from './support/console-browser';
import { anIdNumber, aPhone } from './support/factories';
import { TestApp } from './support/test-app';
import { yuan } from '../apps/web/src/pages/township/money';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['姓名', '身份证号', '手机号', '人员类别', '管理区划代码', '学历'];
const mistyped = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

/** A worker sheet as a township keeps it: a title row above the header. */
async function workerSheet(rows: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['城关街道网格员花名册']);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) { written rows problems { line column value problem } } }`;

describe('web console: township', () => {
  let browser: ConsoleBrowser;
  let app: TestApp;
  let page: Page;

  useConsoleBrowser((b) => {
    browser = b;
    app = b.app;
    page = b.page;
  });

  const shot = (name: string) => browser.shot(name);

  it("township checks a sheet, reads the bad line's problem, downloads the error report, then imports the good lines", async () => {
    const good = [
      ['孙导一', anIdNumber('19930303'), aPhone(), '专职网格员', '140799001001', '本科'],
      ['孙导二', anIdNumber('19940404', false), aPhone(), '兼职', '140799001003', '大专'],
      ['孙导三', anIdNumber('19950505'), aPhone(), '专职', '140799001001', ''],
    ];
    const bad = ['孙导错', mistyped(anIdNumber('19960606')), aPhone(), '专职网格员', '140799001001', '本科'];
    const withBad = await workerSheet([good[0], bad, good[1], good[2]]);
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    const stored = async () =>
      (
        await app.sql<{ name: string; region: string }>(
          `select w.name, r.name as region from worker w join region r on r.code = w.region_code where w.name like '孙导%'`,
        )
      ).sort(byName);

    await browser.signInHome('township');
    await page.getByRole('menuitem', { name: '批量导入' }).click();
    await page.waitForURL('**/township/import');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await page.locator('input[type=file]').setInputFiles({ name: '城关街道花名册.xlsx', mimeType: XLSX, buffer: withBad });
    await page.getByTestId('import-check').click();
    const table = page.getByTestId('import-problems');
    await table.waitFor();

    // The same sheet as the api reads it: the page lists the api's problems, line by line, in its words.
    const { importWorkers: report } = await app.ok(IMPORT, { input: { format: 'xlsx', contentBase64: withBad.toString('base64'), dryRun: true } }, 'township');
    expect(report).toMatchObject({ written: false, rows: 4 });
    expect(report.problems.length).toBeGreaterThan(0);
    // The bad line is the sheet's 4th row (title, header, then the first good line).
    expect(report.problems.map((p: { line: number; column: string }) => `${p.line}:${p.column}`)).toContain('4:身份证号');
    expect(await table.locator('tbody tr').count()).toBe(report.problems.length);
    for (const p of report.problems) {
      const row = table.locator('tbody tr', { hasText: p.problem });
      await row.getByRole('cell', { name: String(p.line), exact: true }).waitFor();
      await row.getByRole('cell', { name: p.column, exact: true }).waitFor();
    }
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain(`发现 ${report.problems.length} 个问题`);
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await shot('township-import-problems');

    // The error report is the api's problem sheet, saved under its name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-problems').click()]);
    expect(download.suggestedFilename()).toBe('导入问题清单.xlsx');
    const saved = new Workbook();
    await saved.xlsx.load((await readFile((await download.path())!)) as never);
    const lines = saved.worksheets[0]
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 5));
    expect(lines).toEqual(report.problems.map((p: { line: number; column: string; value: string; problem: string }) => [p.line, p.column, p.value, p.problem]));
    expect(lines.some(([, , value]) => value === bad[1])).toBe(true);
    // Nothing was written.
    expect(await stored()).toEqual([]);

    // The bad line taken out: the check passes and says what the import will do, then the import writes.
    const fixed = await workerSheet(good);
    await page.locator('input[type=file]').setInputFiles({ name: '城关街道花名册（改）.xlsx', mimeType: XLSX, buffer: fixed });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-result').getByText('将新增 3 人、更新 0 人').waitFor();
    expect(await table.count()).toBe(0);
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-result').getByText('已导入：新增 3 人，更新 0 人').waitFor();
    await shot('township-import-done');

    expect(await stored()).toEqual(
      [
        { name: '孙导一', region: '东风社区' },
        { name: '孙导三', region: '东风社区' },
        { name: '孙导二', region: '文昌社区' },
      ].sort(byName),
    );
    for (const [name, idNumber] of good) {
      const { workers } = await app.ok(
        `query($id: String) { workers(first: 5, idNumber: $id) { edges { node { name status } } } }`,
        { id: idNumber },
        'township',
      );
      expect(workers.edges.map((e: { node: unknown }) => e.node)).toEqual([{ name, status: 'ACTIVE' }]);
    }
  });

  it("township moves a full-timer to another grid (refused first with the api's message) and ends the duty", async () => {
    const { workers } = await app.ok(
      `{ workers(first: 50, status: ACTIVE, category: FULL_TIME) { edges { node { id name currentAssignments { grid { id code } } } } } }`,
      {},
      'township',
    );
    const worker = workers.edges.map((e: { node: any }) => e.node).find((w: any) => w.currentAssignments.length === 1);
    const from = worker.currentAssignments[0].grid;
    const { grids } = await app.ok(`{ grids(first: 100, active: true) { edges { node { id code } } } }`, {}, 'township');
    const to = grids.edges.map((e: { node: { id: string; code: string } }) => e.node).find((g: { code: string }) => g.code !== from.code);
    const current = () =>
      app.sql<{ code: string }>(`select g.code from grid_assignment a join grid g on g.id = a.grid_id where a.worker_id = ? and a.to_date is null`, [
        worker.id,
      ]);

    await browser.signInHome('township');
    await page.goto(`${app.url}/workers/${worker.id}`);
    await page.getByTestId('assign-grid').click();
    await page.locator('#assign-grid-id').fill(to.code);
    await page.locator(`.ant-select-item-option-active[title*="${to.code}"]`).waitFor();
    await page.locator('#assign-grid-id').press('Enter');
    await page.locator('#save-assignment').click();
    // One grid only: without the move the api refuses, and the page says why in the api's words.
    const { errors } = await app.gql(
      `mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id } }`,
      { input: { workerId: worker.id, gridId: to.id } },
      { user: 'township' },
    );
    expect(errors![0].extensions!.code).toBe('CONFLICT');
    await page.getByRole('dialog').getByTestId('error').getByText(errors![0].message).waitFor();
    await shot('township-assign-refused');
    expect(await current()).toEqual([{ code: from.code }]);

    await page.locator('#assign-move').check();
    await page.locator('#save-assignment').click();
    await page.getByText('已安排到网格').waitFor();
    const duties = page.getByTestId('assignments');
    await duties.getByTestId(`end-duty-${to.code}`).waitFor();
    expect(await duties.getByTestId(`end-duty-${from.code}`).count()).toBe(0);
    expect(await current()).toEqual([{ code: to.code }]);
    const [moved] = await app.sql<{ to_date: string }>(
      `select to_char(a.to_date, 'YYYY-MM-DD') as to_date from grid_assignment a join grid g on g.id = a.grid_id where a.worker_id = ? and g.code = ? order by a.from_date desc limit 1`,
      [worker.id, from.code],
    );
    await duties.locator('tr', { hasText: from.code }).getByText(moved.to_date).waitFor();
    await shot('township-assign-moved');

    await duties.getByTestId(`end-duty-${to.code}`).click();
    await page.locator('#save-end-duty').click();
    // The toast, or the api's refusal in the dialog as the failure's reason.
    const refusal = page.getByRole('dialog').getByTestId('error');
    await Promise.race([
      page.getByText('已结束任职').waitFor({ timeout: 30_000 }),
      refusal.waitFor({ timeout: 30_000 }).then(
        async () => {
          throw new Error(`ending the duty was refused: ${await refusal.textContent()}`);
        },
        () => undefined, // no refusal: the toast decides
      ),
    ]);
    await duties.getByTestId(`end-duty-${to.code}`).waitFor({ state: 'detached' });
    expect(await current()).toEqual([]);
  });

  it("township adds a training session, records attendance, and imports a sign-in sheet (refused first with the api's problems)", async () => {
    const { workers } = await app.ok(`{ workers(first: 3, status: ACTIVE) { edges { node { id name phone } } } }`, {}, 'township');
    const [a, b, c] = workers.edges.map((e: { node: { id: string; name: string; phone: string } }) => e.node);
    const topic = '网格员业务培训（控制台）';
    await browser.signInHome('township');
    await page.getByRole('menuitem', { name: '培训管理' }).click();
    await page.getByTestId('add-session').click();
    await page.locator('#session-topic').fill(topic);
    await page.locator('#session-held-on').fill('2026-10-15');
    await page.locator('#session-held-on').press('Enter');
    await page.locator('#session-place').fill('城关街道综治中心会议室');
    await page.locator('#save-session').click();
    await page.waitForURL(/\/township\/training\/[0-9a-f-]{36}$/);
    const sessionId = page.url().split('/').pop()!;
    await expect(page.getByTestId('session-topic').textContent()).resolves.toBe(topic);
    const [session] = await app.sql<{ topic: string; held_on: string; level: string; organiser: string }>(
      `select s.topic, to_char(s.held_on, 'YYYY-MM-DD') as held_on, s.level, r.name as organiser from training_session s join region r on r.id = s.organiser_id where s.id = ?`,
      [sessionId],
    );
    expect(session).toEqual({ topic, held_on: '2026-10-15', level: 'TOWNSHIP', organiser: '城关街道' });

    await page.getByTestId('record-attendance').click();
    const form = page.getByTestId('attendance-form');
    await form.locator('tr', { hasText: a.name }).getByText('出席').click();
    await form.locator('tr', { hasText: b.name }).getByText('请假').click();
    await page.locator('#save-attendance').click();
    await page.getByText('已保存签到').waitFor();
    await page.getByTestId('attendance').locator('tr', { hasText: b.name }).getByText('请假').waitFor();
    const attendance = () =>
      app.sql<{ name: string; status: string }>(
        `select w.name, a.status from attendance a join worker w on w.id = a.worker_id where a.session_id = ? order by w.name`,
        [sessionId],
      );
    expect(await attendance()).toEqual(
      [
        { name: a.name, status: 'PRESENT' },
        { name: b.name, status: 'EXCUSED' },
      ].sort((x, y) => (x.name < y.name ? -1 : 1)),
    );

    // A sign-in sheet whose second line names someone else: nothing is recorded and the page lists the api's problem.
    const sheet = (lines: string[]) => Buffer.from(['姓名,联系电话,签到情况,备注', ...lines].join('\n'), 'utf8');
    const wrong = sheet([`${a.name},${a.phone},出席,`, `错名字,${c.phone},出席,`]);
    const { importSignInSheet: refused } = await app.ok(
      `mutation($input: ImportSignInSheetInput!) { importSignInSheet(input: $input) { recorded problems { line column problem } } }`,
      { input: { sessionId, format: 'csv', contentBase64: wrong.toString('base64') } },
      'township',
    );
    expect(refused.recorded).toBe(0);
    expect(refused.problems.length).toBeGreaterThan(0);
    await page.locator('input[type=file]').setInputFiles({ name: '签到表.csv', mimeType: 'text/csv', buffer: wrong });
    const problems = page.getByTestId('sign-in-problems');
    for (const p of refused.problems)
      await problems
        .locator('tr', { hasText: p.problem })
        .getByRole('cell', { name: String(p.line), exact: true })
        .waitFor();
    await shot('township-sign-in-refused');

    await page.locator('input[type=file]').setInputFiles({
      name: '签到表.csv',
      mimeType: 'text/csv',
      buffer: sheet([`${a.name},${a.phone},出席,`, `${c.name},${c.phone},缺席,病假`]),
    });
    await page.getByText('已按签到表记录 2 人').waitFor();
    await page.getByTestId('attendance').locator('tr', { hasText: c.name }).getByText('缺席').waitFor();
    const rows = await attendance();
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: a.name, status: 'PRESENT' },
        { name: c.name, status: 'ABSENT' },
      ]),
    );
    await shot('township-training-session');
  });

  it("township enters a worker's pay item, recomputes the month's draft and submits it to finance", async () => {
    const month = '2026-11';
    const RUNS = `query($month: String!) { payrollRuns(first: 20, month: $month) { edges { node { id periodKind status version } } } }`;
    const LINES = `query($id: ID!) { payrollRun(id: $id) { status lines { workerName grossFen netFen worker { id } } } }`;
    await browser.signInHome('township');
    await page.getByRole('menuitem', { name: '工资发放' }).click();
    await page.goto(`${app.url}/township/payroll?month=${month}`);
    await page.getByTestId('generate-payroll').click();
    await page.getByText('已生成本月工资草稿').waitFor();
    const { payrollRuns } = await app.ok(RUNS, { month }, 'township');
    const runs = payrollRuns.edges.map((e: { node: { id: string; periodKind: string; status: string } }) => e.node);
    await expect(page.getByTestId('payroll-runs').locator('tbody tr').count()).resolves.toBe(runs.length);
    const run = runs.find((r: { periodKind: string; status: string }) => r.periodKind === 'MONTH' && r.status === 'DRAFT');
    const before = (await app.ok(LINES, { id: run.id }, 'township')).payrollRun.lines[0];
    const lines = page.getByTestId('payroll-lines');
    await lines.locator('tbody tr', { hasText: before.workerName }).getByText(yuan(before.grossFen)).waitFor();

    await lines.locator('tbody tr', { hasText: before.workerName }).getByTestId('edit-pay-items').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('add-pay-item').waitFor();
    const existing = await dialog.locator('[id^=pay-kind-]').count();
    await dialog.getByTestId('add-pay-item').click();
    await page.locator(`#pay-kind-${existing}`).fill('以奖代补');
    await page.locator('.ant-select-item-option-active[title="以奖代补"]').waitFor();
    await page.locator(`#pay-kind-${existing}`).press('Enter');
    await page.locator(`#pay-amount-${existing}`).fill('150.50');
    await page.locator('#save-pay-items').click();
    await page.getByText('已保存薪酬项目').waitFor();
    const [item] = await app.sql<{ amount_fen: number }>(
      `select amount_fen from pay_item where worker_id = ? and kind = 'REWARD' and period_from = '2026-11-01'`,
      [before.worker.id],
    );
    expect(Number(item.amount_fen)).toBe(15_050);

    await page.getByTestId('refresh-MONTH').click();
    await page.getByText('已按最新数据重新计算').waitFor();
    const after = (await app.ok(LINES, { id: run.id }, 'township')).payrollRun.lines.find((l: { worker: { id: string } }) => l.worker.id === before.worker.id);
    expect(after.grossFen).toBe(before.grossFen + 15_050);
    await lines.locator('tbody tr', { hasText: before.workerName }).getByText(yuan(after.grossFen)).waitFor();
    await shot('township-payroll-draft');

    await page.getByTestId('submit-MONTH').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '提交财政' }).click();
    await page.getByText('已提交财政审批').waitFor();
    await page.getByTestId('payroll-runs').locator('tr', { hasText: '待审批' }).waitFor();
    expect(await app.sql(`select status, submitted_by from payroll_run where id = ?`, [run.id])).toEqual([{ status: 'SUBMITTED', submitted_by: 'township' }]);
    expect(await page.getByTestId('submit-MONTH').count()).toBe(0);
    await shot('township-payroll-submitted');
  });

  it('township prints the public roster as the api draws it: names and published phones, no menu on paper', async () => {
    const [{ id: townshipId }] = await app.sql<{ id: string }>(`select id from region where code = '140799001000'`);
    const { publicRoster } = await app.ok(
      `query($id: ID!) { publicRoster(townshipId: $id) { grids { gridCode workers { name phone } } } }`,
      { id: townshipId },
      'township',
    );
    await browser.signInHome('township');
    await page.getByRole('menuitem', { name: '公示名单' }).click();
    const roster = page.getByTestId('roster');
    await roster.locator('tbody tr').first().waitFor();
    expect(await roster.locator('tbody tr').count()).toBe(publicRoster.grids.length);
    for (const grid of publicRoster.grids) {
      const row = roster.locator('tbody tr', { hasText: grid.gridCode });
      for (const w of grid.workers) await row.getByText(`${w.name}（`).first().waitFor();
      for (const w of grid.workers.filter((x: { phone: string | null }) => x.phone)) expect(await row.textContent()).toContain(w.phone);
    }
    // The print dialog is the browser's own: count the calls instead of opening it.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.getByTestId('print-roster').click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.getByTestId('print-roster').isVisible()).toBe(false);
    await expect(page.getByTestId('roster-title').textContent()).resolves.toBe('城关街道网格员公示名单');
    await shot('township-roster-print');
  });
});
