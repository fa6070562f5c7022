// The city and SYSADMIN console in headless Chromium (test/support/console-browser.ts): the city's home with
// one row per county, a policy value refused and then set, the region tree, and an account created with a
// one-time password.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { ARTIFACTS, ConsoleBrowser, useConsoleBrowser } from './support/console-browser';
import { TestApp } from './support/test-app';

const DOCS = path.resolve(__dirname, '..', 'docs');

describe('web console: city and SYSADMIN', () => {
  let browser: ConsoleBrowser;
  let app: TestApp;
  let page: Page;

  useConsoleBrowser((b) => {
    browser = b;
    app = b.app;
    page = b.page;
  });

  it('the city sees one row per county, and sets a policy value under the api’s rules', async () => {
    // The city's own findings first, then one row per county.
    const { regionOverview } = await app.ok(`{ regionOverview { regionCode regionName level activeWorkers vacancies executionPercent } }`, {}, 'city');
    expect(regionOverview.map((r: any) => r.level)).toEqual(['CITY', ...regionOverview.slice(1).map(() => 'COUNTY')]);
    expect(regionOverview.length).toBeGreaterThan(1);

    await browser.signInHome('city');
    await page.getByTestId('home-title').getByText(`${regionOverview[0].regionName} 工作概览`).waitFor();
    const rows = page.getByTestId('regions').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(regionOverview.length);
    for (const r of regionOverview) {
      const row = rows.filter({ hasText: r.regionName });
      expect(await row.locator('td').nth(1).textContent()).toBe(String(r.activeWorkers));
      expect(await row.locator('td').nth(2).textContent()).toBe(String(r.vacancies));
      expect(await row.getByTestId('execution').textContent()).toBe(r.executionPercent === null ? '无' : `${r.executionPercent.toFixed(1)}%`);
    }
    await browser.shot('city-home');
    copyFileSync(path.join(ARTIFACTS, 'city-home.png'), path.join(DOCS, 'console-city-home.png'));
    // The city keeps no accounts: the api refuses it users, the menu does not offer them.
    expect(await page.getByRole('menuitem', { name: '用户管理' }).count()).toBe(0);

    // Policies of the city's own region, as effectivePolicy gives them.
    const [city] = await app.sql<{ id: string }>(`select id from region where code = '140700000000'`);
    const { effectivePolicy } = await app.ok(`query($r: ID!) { effectivePolicy(regionId: $r) { key value setBy } }`, { r: city.id }, 'city');
    // A key whose default is none (Shanxi sets no grid sizing) answers null, not an error.
    expect(effectivePolicy.find((p: any) => p.key === 'grid.sizing')).toEqual({ key: 'grid.sizing', value: null, setBy: null });
    await page.getByRole('menuitem', { name: '政策参数' }).click();
    const policies = page.getByTestId('policies').locator('tbody tr.ant-table-row');
    await policies.first().waitFor();
    expect(await policies.count()).toBe(effectivePolicy.length);
    const before = effectivePolicy.find((p: any) => p.key === 'vacancy.maxOpenDays');
    await policies.filter({ hasText: 'vacancy.maxOpenDays' }).getByText(JSON.stringify(before.value), { exact: true }).waitFor();

    // Out of the key's range: the api's message under the field, nothing stored.
    await page.getByTestId('edit-vacancy.maxOpenDays').click();
    await page.locator('#policy-value').fill('999');
    await page.locator('#policy-source').fill('市委政法委通知（测试）');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    const refused = await app.gql(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: city.id, key: 'vacancy.maxOpenDays', value: 999, effectiveFrom: '2026-11-01' } },
      { user: 'city' },
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
    await page.getByRole('dialog').getByText(refused.errors![0].message).waitFor();
    expect(await app.sql(`select 1 from policy_setting where key = 'vacancy.maxOpenDays' and region_code = '140700000000'`)).toHaveLength(0);

    await page.locator('#policy-value').fill('45');
    await page.locator('#policy-effective-from').fill('2026-11-01');
    await page.locator('#policy-effective-from').press('Enter');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const stored = await app.sql<{ value: unknown; effective_from: string; source: string }>(
      `select value, effective_from::text, source from policy_setting where key = 'vacancy.maxOpenDays' and region_code = '140700000000'`,
    );
    expect(stored).toEqual([{ value: 45, effective_from: '2026-11-01', source: '市委政法委通知（测试）' }]);
    await policies.filter({ hasText: 'vacancy.maxOpenDays' }).getByText('45', { exact: true }).waitFor();
    await browser.shot('city-policies');
  });

  it('SYSADMIN sees the region tree and creates an account with a one-time password', async () => {
    await browser.signInHome('admin');
    await page.getByRole('menuitem', { name: '行政区划' }).click();
    await page.getByTestId('region-tree').getByTestId('region-140000000000').waitFor();
    await browser.shot('admin-regions');

    await page.getByRole('menuitem', { name: '用户管理' }).click();
    const { users } = await app.ok(`{ users(first: 1) { totalCount } }`, {}, 'admin');
    await page.getByText(`共 ${users.totalCount} 个用户`).waitFor();
    await page.getByTestId('add-user').click();
    await page.locator('#new-username').fill('finance2');
    await page.locator('#new-display-name').fill('县财政局（二）');
    await page.locator('#new-role').click();
    await page.locator('.ant-select-item-option[title="财政"]').click();
    await page.locator('#new-scope').fill('网格示范县');
    await page.locator('.ant-select-tree-treenode', { hasText: '网格示范县' }).first().click();
    const password = await page.locator('#new-password').inputValue();
    expect(password).toHaveLength(14);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByTestId('one-time-password').getByText(password).waitFor();
    await page.getByTestId('users').locator('tr', { hasText: 'finance2' }).getByText('待改初始密码').waitFor();
    const [created] = await app.sql<{ role: string; must_change_password: boolean; region_code: string }>(
      `select role, must_change_password, region_code from app_user where username = 'finance2'`,
    );
    expect(created).toEqual({ role: 'FINANCE', must_change_password: true, region_code: '140799000000' });
    await browser.shot('admin-users');

    // The one-time password signs in once, to a password change.
    const { data } = await app.gql<any>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { mustChangePassword } } }`, {
      u: 'finance2',
      p: password,
    });
    expect(data.login.user.mustChangePassword).toBe(true);

    // Renamed and disabled: stored so, and the account no longer signs in. (The sign-in above changed the
    // account, so the list is loaded again for its current version.)
    await page.reload();
    await page.getByTestId('edit-user-finance2').click();
    await page.locator('#edit-display-name').fill('县财政局（停用）');
    await page.locator('#edit-active').click();
    await page.locator('#save-user').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('users').locator('tr', { hasText: 'finance2' }).getByText('停用', { exact: true }).waitFor();
    expect(await app.sql(`select display_name, active from app_user where username = 'finance2'`)).toEqual([
      { display_name: '县财政局（停用）', active: false },
    ]);
    const denied = await app.gql<any>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'finance2', p: password });
    expect(denied.errors).toBeDefined();
  });

  it('SYSADMIN enters a minimum wage from a new notice and confirms it, refused first without its date', async () => {
    await browser.signInHome('admin');
    await page.getByRole('menuitem', { name: '最低工资标准' }).click();
    await page.getByTestId('minimum-wages').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('add-wage').click();
    await page.locator('#wage-province').fill('14');
    await page.locator('#wage-tier').fill('测试档');
    await page.locator('#wage-monthly').fill('2100.5');
    await page.locator('#wage-hourly').fill('21');
    await page.locator('#wage-source').fill('晋政发〔2026〕测试号');
    await page.locator('#wage-verification').fill('文号由管理员核对');
    await page.locator('#save-wage').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const row = page.getByTestId('minimum-wages').locator('tr', { hasText: '测试档' });
    await row.getByText('2,100.50', { exact: true }).waitFor();
    const [entered] = await app.sql<{ id: string; status: string; monthly_fen: number; hourly_fen: number }>(
      `select id, status, monthly_fen, hourly_fen from minimum_wage where tier = '测试档'`,
    );
    expect({ ...entered, monthly_fen: Number(entered.monthly_fen), hourly_fen: Number(entered.hourly_fen) }).toMatchObject({
      status: 'UNCONFIRMED',
      monthly_fen: 210050,
      hourly_fen: 2100,
    });

    // No effective date yet: the api's reason at the date field, the row stays unconfirmed.
    const { minimumWages } = await app.ok(`{ minimumWages(provinceCode: "14") { id version } }`, {}, 'admin');
    const refused = await app.gql(
      `mutation($input: ConfirmMinimumWageInput!) { confirmMinimumWage(input: $input) { id } }`,
      { input: { id: entered.id, version: minimumWages.find((w: any) => w.id === entered.id).version, verification: '核对' } },
      { user: 'admin' },
    );
    expect(refused.errors![0].extensions).toMatchObject({ field: 'input.effectiveFrom' });
    await row.getByTestId('confirm-wage-测试档').click();
    // Saved at once, with nothing typed: only once the dialog has finished opening. Under CI's load the
    // click once brought no answer to the dialog (not reproduced alone); a click during the zoom is suspected.
    await page.locator('.ant-modal[class*="ant-zoom"]').waitFor({ state: 'detached' });
    await page.locator('#save-confirm-wage').click();
    await page.getByRole('dialog').getByText(refused.errors![0].message).waitFor();
    await page.locator('#confirm-effective-from').fill('2027-01-01');
    await page.locator('#confirm-effective-from').press('Enter');
    await page.locator('#save-confirm-wage').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await row.getByText('已确认').waitFor();
    expect(await app.sql(`select status, effective_from::text, confirmed_by from minimum_wage where id = ?`, [entered.id])).toEqual([
      { status: 'CONFIRMED', effective_from: '2027-01-01', confirmed_by: 'admin' },
    ]);
    await browser.shot('admin-minimum-wages');
  });
});
