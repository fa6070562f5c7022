// The exit checklist in headless Chromium (test/support/console-browser.ts): the township opens an exit from
// the worker page, is refused a too-short notice with the api's message at the field, opens a valid one, sees
// the money in 元, marks every step done (the grid handed to a colleague) and the worker ends EXITED.
import { Page } from 'playwright-core';
import { ConsoleBrowser, useConsoleBrowser } from './support/console-browser';
import { TEST_TODAY, TestApp } from './support/test-app';

/** Fen as the console writes it: 元 with two decimals and separators. */
const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const CASE = `id status reason noticeOn lastDay severanceFen payInLieuFen finalMonthFen averageMonthlyFen
  steps { id kind gridCode handedToWorkerId vacancy doneOn doneBy }`;

describe('web console: exit', () => {
  let browser: ConsoleBrowser;
  let app: TestApp;
  let page: Page;

  useConsoleBrowser((b) => {
    browser = b;
    app = b.app;
    page = b.page;
  });

  const pick = (id: string, title: string) => browser.pick(id, title);
  const date = async (id: string, day: string) => {
    await page.locator(`#${id}`).fill(day);
    await page.locator(`#${id}`).press('Enter');
  };

  it('township opens an exit (refused first, with the law’s reason at the field), works through the checklist, and the worker is EXITED', async () => {
    // A full-timer of 城关街道 on a labour contract past probation, on duty in a grid, with no exit yet.
    const [w] = await app.sql<{ id: string; name: string; grid_code: string }>(
      `select w.id, w.name, g.code as grid_code from worker w
         join contract c on c.worker_id = w.id and c.status = 'ACTIVE' and c.kind = 'LABOR' and c.probation_end_date is null
         join grid_assignment a on a.worker_id = w.id and a.to_date is null
         join grid g on g.id = a.grid_id
        where w.status = 'ACTIVE' and w.category = 'FULL_TIME' and w.region_code like '140799001%'
          and not exists (select 1 from exit_case e where e.worker_id = w.id)
        order by w.id limit 1`,
    );
    await browser.signInHome('township');
    await page.goto(`${app.url}/workers/${w.id}`);
    await page.getByTestId('worker-name').getByText(w.name).waitFor();

    // A resignation four weeks after notice: art. 37 wants 30 days, as the api says at the last day.
    const short = { workerId: w.id, reason: 'RESIGNED', noticeOn: '2026-11-02', lastDay: '2026-11-30' };
    const refused = await app.gql(`mutation($input: OpenExitInput!) { openExit(input: $input) { id } }`, { input: short }, { user: 'township' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastDay' });
    expect(refused.errors![0].message).toContain('art. 37');
    await page.getByTestId('open-exit').click();
    await pick('exit-reason', '辞职');
    await date('exit-notice-on', short.noticeOn);
    await date('exit-last-day', short.lastDay);
    await page.locator('#save-exit').click();
    const lastDayItem = page.locator('.ant-form-item', { has: page.locator('#exit-last-day') });
    await lastDayItem.locator('.ant-form-item-explain-error').filter({ hasText: refused.errors![0].message }).waitFor();
    await browser.shot('exit-refused');
    expect(await app.sql('select 1 from exit_case where worker_id = ?', [w.id])).toHaveLength(0);

    // The notice run out: opened, and the case page shows what the api worked out, in 元.
    await page.locator('#exit-last-day').clear();
    await date('exit-last-day', '2026-12-02');
    await page.locator('#save-exit').click();
    await page.waitForURL('**/exits/*');
    const id = page.url().split('/').pop()!;
    const { exitCase: opened } = await app.ok(`query($id: ID!) { exitCase(id: $id) { ${CASE} } }`, { id }, 'township');
    expect(opened).toMatchObject({ status: 'OPEN', reason: 'RESIGNED', lastDay: '2026-12-02', severanceFen: 0 });
    await page.getByTestId('exit-status').getByText('办理中').waitFor();
    await page.getByTestId('exit-last-day').getByText('2026-12-02').waitFor();
    const money = page.getByTestId('exit-money');
    for (const fen of [opened.averageMonthlyFen, opened.finalMonthFen, opened.payInLieuFen])
      await money.getByText(yuan(fen), { exact: true }).first().waitFor();
    await money.getByText('不支付经济补偿（第四十六条）').waitFor();
    expect(await page.getByTestId('exit-steps').locator('tbody tr.ant-table-row').count()).toBe(opened.steps.length);
    await browser.shot('exit-case');

    // Every step marked done; the grid goes to a colleague of the township not already on duty in it (the
    // api refuses one who is, and the picker does not offer them: exit-form.spec.ts).
    const { workers } = await app.ok(
      `{ workers(first: 100, status: ACTIVE) { edges { node { id name region { name } currentAssignments { grid { code } } } } } }`,
      {},
      'township',
    );
    const successor = workers.edges
      .map((e: any) => e.node)
      .find((n: any) => n.id !== w.id && !n.currentAssignments.some((a: any) => a.grid.code === w.grid_code));
    for (const step of opened.steps) {
      await page.getByTestId(`mark-${step.kind}`).click();
      await date('step-done-on', TEST_TODAY);
      if (step.kind === 'HAND_OVER_GRID') {
        await page.getByRole('dialog').getByText('交给其他网格员').click();
        await pick('step-handed-to', `${successor.name}（${successor.region.name}）`);
      }
      await page.locator('#save-step').click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByTestId(`mark-${step.kind}`).waitFor({ state: 'detached' });
    }
    await page.getByTestId('exit-status').getByText('已办结').waitFor();
    await browser.shot('exit-done');

    const { exitCase: done } = await app.ok(`query($id: ID!) { exitCase(id: $id) { ${CASE} } }`, { id }, 'township');
    expect(done.status).toBe('DONE');
    expect(done.steps.every((s: any) => s.doneOn === TEST_TODAY && s.doneBy === 'township')).toBe(true);
    expect(done.steps.find((s: any) => s.kind === 'HAND_OVER_GRID')).toMatchObject({ gridCode: w.grid_code, handedToWorkerId: successor.id, vacancy: false });
    expect(await app.sql(`select status, to_char(exited_on, 'YYYY-MM-DD') as exited_on from worker where id = ?`, [w.id])).toEqual([
      { status: 'EXITED', exited_on: '2026-12-02' },
    ]);
    expect(
      await app.sql(`select 1 from grid_assignment a join grid g on g.id = a.grid_id where a.worker_id = ? and g.code = ? and a.from_date = '2026-12-03'`, [
        successor.id,
        w.grid_code,
      ]),
    ).toHaveLength(1);

    // The list of exits in scope, as the api counts them; the worker page no longer offers an exit.
    const { exitCases } = await app.ok(`{ exitCases { id } }`, {}, 'township');
    await page.getByRole('menuitem', { name: '离岗办理' }).click();
    await page.getByTestId('exit-total').getByText(`共 ${exitCases.length} 件`).waitFor();
    await page.getByTestId('exits').locator('tr', { hasText: w.name }).getByText('已办结').waitFor();
    await page.getByTestId('exits').locator('tr', { hasText: w.name }).getByRole('link', { name: w.name }).click();
    await page.getByTestId('worker-name').getByText(w.name).waitFor();
    await page.getByText('离岗', { exact: true }).first().waitFor();
    expect(await page.getByTestId('open-exit').count()).toBe(0);
  });
});
