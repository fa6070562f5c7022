// The finance console in headless Chromium (test/support/console-browser.ts): the demo's waiting payroll of
// 西山乡 with its breach, a refused approval with the api's message, return, correction and approval, a
// report file requested, followed and downloaded once, and the budget's execution.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { ARTIFACTS, ConsoleBrowser, useConsoleBrowser } from './support/console-browser';
import { paySteps } from './support/pay';
import { TEST_TODAY, TestApp } from './support/test-app';

const XISHAN = '140799102000';
const DOCS = path.resolve(__dirname, '..', 'docs');

/** Fen as the console writes it: 元 with two decimals and separators. */
const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('web console: finance', () => {
  let browser: ConsoleBrowser;
  let app: TestApp;
  let page: Page;
  const pay = paySteps(() => app);

  useConsoleBrowser((b) => {
    browser = b;
    app = b.app;
    page = b.page;
  });

  const pick = (id: string, title: string) => browser.pick(id, title);

  it('finance sees the breach, is refused, returns the run, and approves it once the township corrected it', async () => {
    const { payrollRuns } = await app.ok(
      `{ payrollRuns(status: SUBMITTED, first: 50) { totalCount edges { node { id month township { name } } } } }`,
      {},
      'finance',
    );
    const waiting = await pay.monthRun(XISHAN, payrollRuns.edges.find((e: any) => e.node.township.name === '西山乡').node.month, 'finance');
    expect(waiting).toMatchObject({ status: 'SUBMITTED', breachCount: 1 });
    const docked = waiting.lines.find((l: any) => l.breach);
    const check = docked.floorChecks.find((c: any) => c.shortfallFen > 0);
    expect(check.floor).toBe('RURAL_MONTHLY');

    await browser.signInHome('finance');
    await page.getByTestId('home-title').waitFor();
    await page.getByTestId('flags-chart').or(page.getByText('暂无未处理预警')).first().waitFor();
    await browser.shot('finance-home');
    copyFileSync(path.join(ARTIFACTS, 'finance-home.png'), path.join(DOCS, 'console-finance-home.png'));

    // The waiting runs, as the api counts them.
    await page.getByRole('menuitem', { name: '工资审批' }).click();
    await page.getByText(`待审批 ${payrollRuns.totalCount} 份`).waitFor();
    const row = page.getByTestId('runs').locator('tr', { hasText: '西山乡' }).filter({ hasText: waiting.month });
    await row.getByText(yuan(waiting.grossFen), { exact: true }).first().waitFor();
    await row.getByRole('link', { name: '审核' }).click();
    await page.waitForURL(`**/finance/runs/${waiting.id}`);

    // The breach as the api reports it: the worker, the floor and the shortfall in 元.
    const breach = page.getByTestId('breaches').locator('tr', { hasText: docked.workerName });
    await breach.getByText('农村网格员每月 500 元保底').waitFor();
    await breach.getByText(yuan(check.shortfallFen), { exact: true }).waitFor();
    await breach.getByText(yuan(check.requiredFen), { exact: true }).waitFor();
    expect(await page.getByTestId('lines').locator('tbody tr.ant-table-row').count()).toBe(waiting.lineCount);
    await browser.shot('finance-run-breach');

    // Approval refused with the api's own message (asking the api the same leaves the run as it is).
    await page.getByTestId('approve').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    const refused = await pay.step('approvePayrollRun', { id: waiting.id, version: waiting.version }, 'finance');
    expect(refused.errors[0].extensions.reason).toBe('FLOOR_BREACH');
    expect(refused.errors[0].message).toContain(`${docked.workerName}: ${(check.shortfallFen / 100).toFixed(2)} yuan below`);
    await page.getByTestId('error').filter({ hasText: refused.errors[0].message }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await browser.shot('finance-approval-refused');
    expect((await app.sql<{ status: string }>(`select status from payroll_run where id = ?`, [waiting.id]))[0].status).toBe('SUBMITTED');

    // Returned to the township with the reason.
    await page.getByTestId('return').click();
    await page.locator('#return-reason').fill('扣款有误，请核实后重新提交');
    await page.getByRole('dialog').getByRole('button', { name: '退回乡镇' }).click();
    await page.getByTestId('run-status').getByText('草稿').waitFor();
    const [returned] = await app.sql<{ status: string; note: string; version: number }>(`select status, note, version from payroll_run where id = ?`, [
      waiting.id,
    ]);
    expect(returned).toMatchObject({ status: 'DRAFT', note: '扣款有误，请核实后重新提交' });

    // The township's side through the api (as the county may take it): the deduction corrected, refreshed, submitted.
    expect((await pay.setItems(docked.worker.id, waiting.month, [], 'county')).errors).toBeUndefined();
    const fixed = await pay.ok('refreshPayrollRun', { id: waiting.id, version: returned.version }, 'county');
    expect(fixed.breachCount).toBe(0);
    await pay.ok('submitPayrollRun', { id: waiting.id, version: fixed.version }, 'county');

    await page.reload();
    await page.getByText('全部人员均达到法定最低标准').waitFor();
    await page.getByTestId('approve').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByTestId('run-status').getByText('已审批').waitFor();
    const approved = await pay.run(waiting.id);
    expect(approved).toMatchObject({ status: 'APPROVED' });
    expect((await app.sql<{ approved_by: string }>(`select approved_by from payroll_run where id = ?`, [waiting.id]))[0].approved_by).toBe('finance');
    await page.getByTestId('run-gross').getByText(yuan(approved.grossFen)).waitFor();

    // Paid out: recorded with its day, as the database keeps it.
    await page.getByTestId('mark-paid').click();
    await page.locator('#paid-on').fill(TEST_TODAY);
    // Enter takes the typed day and submits the form.
    await page.locator('#paid-on').press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('run-status').getByText('已发放').waitFor();
    expect(await app.sql(`select status, to_char(paid_on, 'YYYY-MM-DD') as paid_on from payroll_run where id = ?`, [waiting.id])).toEqual([
      { status: 'PAID', paid_on: TEST_TODAY },
    ]);
    expect(await page.getByTestId('mark-paid').count()).toBe(0);
  });

  it('finance requests a payroll register, follows it and downloads it once', async () => {
    const { payrollRuns } = await app.ok(`{ payrollRuns(status: PAID, first: 20) { edges { node { id periodKind township { name } } } } }`, {}, 'finance');
    const paid = payrollRuns.edges.map((e: any) => e.node).find((r: any) => r.periodKind === 'MONTH');
    const run = await pay.run(paid.id);
    const { reports } = await app.ok(`{ reports { id title columns { header } } }`, {}, 'finance');
    const register = reports.find((r: any) => r.id === 'pay.register');

    await browser.signInHome('finance');
    await page.getByRole('menuitem', { name: '报表下载' }).click();
    await pick('report', register.title);
    // Typed and picked with Enter: a click on the list can land on a dropdown still fading out.
    const runLabel = `${paid.township.name} ${run.month} 整月 已发放`;
    await page.locator('#report-run').fill(runLabel);
    await page.locator(`.ant-select-item-option-active[title="${runLabel}"]`).waitFor();
    await page.locator('#report-run').press('Enter');
    await pick('report-format', 'CSV');
    await page.getByTestId('request-report').click();

    const job = page.getByTestId('report-jobs').locator('tr', { hasText: register.title });
    await job.getByTestId('job-status').getByText('已完成').waitFor({ timeout: 30_000 });
    await job.getByText(String(run.lineCount), { exact: true }).first().waitFor();
    await browser.shot('finance-report-done');
    const [file] = await app.sql<{ id: string; rows: number; downloaded_at: Date | null }>(
      `select id, rows, downloaded_at from report_file where report = 'pay.register' order by created_at desc limit 1`,
    );
    expect(file).toMatchObject({ rows: run.lineCount, downloaded_at: null });

    const [download] = await Promise.all([page.waitForEvent('download'), job.getByTestId('download').click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0].split(',')).toEqual(register.columns.map((c: any) => c.header));
    expect(lines).toHaveLength(1 + run.lineCount);
    for (const line of run.lines) expect(text).toContain(line.workerName);
    await job.getByText('已下载（链接仅可使用一次）').waitFor();
    const { reportFile } = await app.ok(`query($id: ID!) { reportFile(id: $id) { downloadedAt } }`, { id: file.id }, 'finance');
    expect(reportFile.downloadedAt).not.toBeNull();
  });

  it('finance sees the budget against actual spending by month, with the execution the api computes', async () => {
    const county = await pay.regionId('140799000000');
    const { payrollRuns } = await app.ok(`{ payrollRuns(first: 1) { edges { node { month } } } }`, {}, 'finance');
    const year = Number(payrollRuns.edges[0].node.month.slice(0, 4));
    const { budgetExecution: e } = await app.ok(
      `query($r: ID!, $y: Int!) { budgetExecution(regionId: $r, year: $y) { executionPercent actualToDateFen months { month actualFen } } }`,
      { r: county, y: year },
      'finance',
    );

    await browser.signInHome('finance');
    await page.getByRole('menuitem', { name: '预算执行' }).click();
    await page.getByTestId('budget-chart').locator('canvas').waitFor();
    await page.getByTestId('budget-actual').getByText(yuan(e.actualToDateFen)).waitFor();
    if (e.executionPercent !== null)
      await page
        .getByTestId('budget-execution')
        .getByText(`${e.executionPercent.toFixed(1)}%`)
        .waitFor();
    const months = page.getByTestId('budget-months');
    for (const m of e.months.filter((x: any) => x.actualFen > 0))
      await months.locator('tr', { hasText: m.month }).getByText(yuan(m.actualFen)).first().waitFor();
    await browser.shot('finance-budget');
  });
});
