// The web console's own paths in headless Chromium (test/support/console-browser.ts): the page shell and its
// headers, sign-in, the township's register (find, edit, conflict, add) and a one-time password.
import { Page } from 'playwright-core';
import { passwordProblem } from '@gridhr/auth';
import { ConsoleBrowser, useConsoleBrowser } from './support/console-browser';
import { anIdNumber, aPhone } from './support/factories';
import { scanNow, TestApp } from './support/test-app';

describe('web console', () => {
  let browser: ConsoleBrowser;
  let app: TestApp;
  let page: Page;

  useConsoleBrowser((b) => {
    browser = b;
    app = b.app;
    page = b.page;
  });

  const shot = (name: string) => browser.shot(name);
  const signIn = (username: string, password?: string) => browser.signIn(username, password);

  it('serves the console at / under a content security policy, next to /graphql and /health', async () => {
    const shell = await fetch(`${app.url}/workers/some-id`, { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Offices serve the api over plain HTTP on their own network: no upgrade to an HTTPS nobody serves.
    expect(shell.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(await shell.text()).toContain('<div id="root">');
    expect((await fetch(`${app.url}/assets/gone-1234.js`)).status).toBe(404);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(`${app.url}/`)).text())![1];
    expect((await fetch(`${app.url}${script}`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${app.url}/favicon.svg`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${app.url}/health`)).headers.get('content-type')).toContain('application/json');
    const graphql = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("shows the api's message when sign-in fails", async () => {
    await signIn('township', 'wrong-password');
    await expect(page.getByTestId('login-error').textContent()).resolves.toMatch(/\S/);
    const { errors } = await app.gql(`mutation { login(username: "township", password: "wrong-password") { token } }`, {});
    expect(await page.getByTestId('login-error').textContent()).toContain(errors![0].message);
    expect(await page.evaluate('sessionStorage.getItem("gridhr.session")')).toBeNull();
  });

  it('township signs in, finds a worker, edits it and sees the saved value', async () => {
    // The home page's flags come from a scan, as every night.
    await scanNow(app, 'county');
    const { workers } = await app.ok(`{ workers(first: 1, status: ACTIVE) { edges { node { id name professionalTitle } } } }`, {}, 'township');
    const worker = workers.edges[0].node;

    await signIn('township');
    await page.waitForURL(`${app.url}/`);
    await expect(page.getByTestId('home-title').textContent()).resolves.toContain('城关街道');
    await page.getByTestId('flags-chart').locator('canvas').waitFor();
    const { vacancies } = await app.ok(`{ vacancies { gridName daysVacant } }`, {}, 'township');
    expect(vacancies.length).toBeGreaterThan(0);
    for (const v of vacancies)
      await page.getByTestId('vacancies').locator('tr', { hasText: v.gridName }).getByText(String(v.daysVacant), { exact: true }).waitFor();
    const token = await page.evaluate<string>('JSON.parse(sessionStorage.getItem("gridhr.session")).token');
    expect(token).toMatch(/^ey/);
    await shot('township-home');

    await page.getByRole('menuitem', { name: '网格员花名册' }).click();
    // Keyset pages one after another: the second page starts after the first one's last row.
    const { workers: all } = await app.ok(`{ workers(first: 40) { totalCount edges { node { name } } } }`, {}, 'township');
    const table = page.getByTestId('workers-table');
    await expect(page.getByTestId('workers-total').textContent()).resolves.toBe(`共 ${all.totalCount} 人`);
    await table.locator('tbody tr').first().getByText(all.edges[0].node.name, { exact: true }).waitFor();
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText('第 2 页').waitFor();
    await table.locator('tbody tr').first().getByText(all.edges[20].node.name, { exact: true }).waitFor();
    await page.getByRole('button', { name: '上一页' }).click();
    await page.getByText('第 1 页').waitFor();
    await page.locator('#filter-name').fill(worker.name);
    await page.getByRole('button', { name: '查 询' }).click();
    await page.getByTestId('workers-total').getByText('共 1 人').waitFor();
    const row = table.locator('tbody tr', { hasText: worker.name });
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    // The list shows the ID number as the api gives it: masked.
    await expect(row.first().textContent()).resolves.toMatch(/\d{4}\*{10}[\dX]{4}/);
    await shot('township-workers');

    await row.first().getByRole('link', { name: worker.name }).click();
    await page.waitForURL(`**/workers/${worker.id}`);
    await expect(page.getByTestId('worker-name').textContent()).resolves.toBe(worker.name);

    const title = '助理社会工作师（控制台）';
    await page.getByTestId('edit-worker').click();
    await page.locator('#edit-professional-title').fill(title);
    await page.locator('#save-worker').click();
    await page.getByText('已保存').waitFor();
    await page.getByTestId('worker-professional-title').getByText(title).waitFor();
    await shot('township-worker-saved');
    const { worker: saved } = await app.ok(`query($id: ID!) { worker(id: $id) { professionalTitle name } }`, { id: worker.id }, 'township');
    expect(saved).toEqual({ professionalTitle: title, name: worker.name });

    // The county reads the change in the record's history (auditHistory is the county's, not the township's).
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn('county');
    await page.waitForURL(`${app.url}/`);
    await page.goto(`${app.url}/workers/${worker.id}`);
    await page
      .getByTestId('worker-history')
      .getByText(`职称：${worker.professionalTitle ?? '—'} → ${title}`)
      .waitFor();
    await expect(page.getByTestId('worker-history').textContent()).resolves.toContain('township');
    await shot('county-worker-history');
  });

  it("shows the api's CONFLICT message when someone else saved the worker first", async () => {
    const { workers } = await app.ok(`{ workers(first: 1, status: ACTIVE, descending: true) { edges { node { id name version } } } }`, {}, 'township');
    const worker = workers.edges[0].node;
    await signIn('township');
    await page.waitForURL(`${app.url}/`);
    await page.goto(`${app.url}/workers/${worker.id}`);
    await page.getByTestId('edit-worker').click();
    // Meanwhile a colleague changes the record.
    await app.ok(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { version } }`,
      { input: { id: worker.id, version: worker.version, veteran: true } },
      'county',
    );
    await page.locator('#edit-professional-title').fill('不会保存');
    await page.locator('#save-worker').click();
    const conflict = page.getByTestId('conflict-message');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`you have version ${worker.version}, it is now ${worker.version + 1}`);
    await shot('township-worker-conflict');
    const { worker: after } = await app.ok(`query($id: ID!) { worker(id: $id) { professionalTitle veteran } }`, { id: worker.id }, 'township');
    expect(after.professionalTitle).not.toBe('不会保存');
  });

  it('county home has one row per township; finance sees the register as the api gives it (phones masked, no edit)', async () => {
    await signIn('county');
    await page.waitForURL(`${app.url}/`);
    const { regionOverview } = await app.ok(`{ regionOverview { regionName } }`, {}, 'county');
    await expect(page.getByTestId('home-title').textContent()).resolves.toContain('网格示范县');
    expect(regionOverview.length).toBeGreaterThan(1);
    for (const { regionName } of regionOverview) await page.getByRole('cell', { name: regionName, exact: true }).waitFor();
    const { campaigns } = await app.ok(`{ campaigns(status: OPEN) { totalCount } }`, {}, 'county');
    await page.getByText(`招聘进行中（${campaigns.totalCount}）`).waitFor();
    await shot('county-home');
    await page.getByRole('button', { name: '退出登录' }).click();

    await signIn('finance');
    await page.waitForURL(`${app.url}/`);
    await page.getByRole('menuitem', { name: '网格员花名册' }).click();
    const first = page.getByTestId('workers-table').locator('tbody tr').first();
    await first.getByRole('link').waitFor();
    expect(await first.textContent()).toMatch(/1\d{2}\*{4}\d{4}/);
    // Searching by a full ID number is a reveal finance may not make: the field is not offered.
    expect(await page.locator('#filter-id-number').count()).toBe(0);
    await first.getByRole('link').click();
    await expect(page.getByTestId('worker-phone').textContent()).resolves.toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(await page.getByTestId('edit-worker').count()).toBe(0);
    await shot('finance-worker');
  });

  it("township adds a worker; a bad ID number gets the api's message at the field", async () => {
    await signIn('township');
    await page.waitForURL(`${app.url}/`);
    await page.getByRole('menuitem', { name: '网格员花名册' }).click();
    await page.getByTestId('add-worker').click();
    const idNumber = anIdNumber('19950312');
    const wrong = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
    await page.locator('#new-name').fill('赵控台');
    await page.locator('#new-id-number').fill(wrong);
    await page.locator('#new-phone').fill(aPhone());
    await page.locator('#new-category').click();
    await page.locator('.ant-select-item-option[title="专职网格员"]').click();
    // Typed and picked with Enter: a click on the list can land on a dropdown still fading out.
    await page.locator('#new-region').fill('文昌社区');
    await page.locator('.ant-select-item-option-active[title="文昌社区"]').waitFor();
    await page.locator('#new-region').press('Enter');
    await page.locator('#save-new-worker').click();
    const { errors } = await app.gql(
      `mutation($input: CreateWorkerInput!) { createWorker(input: $input) { id } }`,
      {
        input: {
          name: '赵控台',
          idNumber: wrong,
          phone: aPhone(),
          category: 'FULL_TIME',
          regionId: (await app.sql<{ id: string }>(`select id from region where name = '文昌社区'`))[0].id,
        },
      },
      { user: 'township' },
    );
    expect(errors![0].extensions!.field).toBe('input.idNumber');
    await page.locator('.ant-form-item-explain-error', { hasText: errors![0].message }).waitFor();
    await shot('township-add-worker-refused');

    await page.locator('#new-id-number').fill(idNumber);
    await page.locator('#save-new-worker').click();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('worker-name').textContent()).resolves.toBe('赵控台');
    await page.getByText(`${idNumber.slice(0, 4)}**********${idNumber.slice(14)}`).waitFor();
    const [row] = await app.sql<{ name: string; region: string }>(
      `select w.name, r.name as region from worker w join region r on r.code = w.region_code where w.id = ?`,
      [page.url().split('/').pop()],
    );
    expect(row).toEqual({ name: '赵控台', region: '文昌社区' });
  });

  it('a one-time password signs in only to choose a new one; the api refuses a weak one with its message', async () => {
    await app.sql(`update app_user set must_change_password = true where username = 'township2'`);
    await signIn('township2');
    await page.locator('#new-password').waitFor();
    expect(await page.evaluate('sessionStorage.getItem("gridhr.session")')).toBeNull();
    await page.locator('#new-password').fill('township2-password');
    await page.locator('#confirm-password').fill('township2-password');
    await page.getByRole('button', { name: '修改并登录' }).click();
    await page.getByTestId('login-error').waitFor();
    // The api's own reason (a one-time password signs in once, so the test cannot ask the api again).
    expect(await page.getByTestId('login-error').textContent()).toContain(passwordProblem('township2-password', 'township2')!);

    await page.locator('#new-password').fill('Qiu-shui-gong-chang-tian');
    await page.locator('#confirm-password').fill('Qiu-shui-gong-chang-tian');
    await page.getByRole('button', { name: '修改并登录' }).click();
    await page.waitForURL(`${app.url}/`);
    await expect(page.getByTestId('home-title').textContent()).resolves.toContain('河东镇');
    expect(await app.sql(`select must_change_password from app_user where username = 'township2'`)).toEqual([{ must_change_password: false }]);
  });
});
