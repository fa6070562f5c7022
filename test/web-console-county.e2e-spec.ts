// The county political-legal committee's console in headless Chromium (test/support/console-browser.ts): its
// home page and the recruiting pages, taking an applicant through political vetting into publicity, with
// the api's refusal of a publicity start in the past and an objection recorded and decided.
import { Page } from 'playwright-core';
import { ConsoleBrowser, useConsoleBrowser } from './support/console-browser';
import { recruitingSteps } from './support/recruiting';
import { scanNow, TestApp } from './support/test-app';

describe('web console: county', () => {
  let browser: ConsoleBrowser;
  let app: TestApp;
  let page: Page;

  useConsoleBrowser((b) => {
    browser = b;
    app = b.app;
    page = b.page;
  });

  const shot = (name: string) => browser.shot(name);
  const steps = recruitingSteps(() => app);
  const submitAction = async () => {
    await page.locator('#action-submit').click();
  };
  const modalGone = () => page.locator('.ant-modal-wrap').waitFor({ state: 'detached' });

  it('county moves an applicant through political vetting into publicity; a past start is refused with the api’s message', async () => {
    // The demo has no campaign: the county prepares one through the api, up to an applicant at vetting.
    const { campaign, positionId } = await steps.openCampaign({
      title: '东风社区第1网格专职网格员',
      regionId: await steps.regionId('140799001003'),
      gridId: await steps.gridId('140799001003-01'),
      category: 'FULL_TIME',
      headcount: 1,
    });
    const [first, second] = await steps.throughExam(campaign.id, positionId, 'county', [
      { name: '王优秀', written: 88, interview: 90 },
      { name: '李其次', written: 80, interview: 85.5 },
    ]);
    await steps.mutate('recordMedicalResult', { applicationId: first.id, passed: true }, 'county');

    await browser.signInHome('county');
    await expect(page.getByTestId('home-title').textContent()).resolves.toContain('网格示范县');

    await page.getByRole('menuitem', { name: '招聘管理' }).click();
    await page.waitForURL('**/recruiting');
    const { campaigns } = await app.ok(`{ campaigns(first: 20) { totalCount edges { node { id title status } } } }`, {}, 'county');
    const row = page.getByTestId('campaigns').locator('tr', { hasText: campaigns.edges[0].node.title });
    await row.getByText('报名截止').waitFor();
    expect(campaigns.edges[0].node).toMatchObject({ id: campaign.id, status: 'CLOSED' });
    await shot('county-campaigns');

    await row.getByRole('link').click();
    await page.waitForURL(`**/recruiting/${campaign.id}`);
    await page.getByTestId('funnel-chart').locator('canvas').waitFor();
    // The funnel's numbers are the api's: one at vetting, one still at the exam.
    const funnel = (await app.ok(`query($id: ID!) { campaignFunnel(campaignId: $id) { stage count } }`, { id: campaign.id }, 'county')).campaignFunnel;
    expect(funnel).toEqual(
      expect.arrayContaining([
        { stage: 'VETTING', count: 1 },
        { stage: 'EXAM', count: 1 },
      ]),
    );
    await expect(page.getByTestId('tab-VETTING').textContent()).resolves.toBe('政治审查（1）');
    await expect(page.getByTestId('tab-EXAM').textContent()).resolves.toBe('笔试面试（1）');
    await shot('county-campaign');

    // Political vetting: passed.
    await page.getByTestId('tab-VETTING').click();
    const applicant = page.getByTestId('applicants-VETTING').locator('tr', { hasText: first.name });
    await applicant.getByTestId('action-vetting').click();
    await shot('county-vetting-form');
    await submitAction();
    await modalGone();
    await applicant.getByTestId('vetted').waitFor();
    const [vetted] = await app.sql<{ stage: string; vetted: boolean; vetted_on: string }>(
      `select stage, vetted, to_char(vetted_on, 'YYYY-MM-DD') as vetted_on from application where id = ?`,
      [first.id],
    );
    expect(vetted).toEqual({ stage: 'VETTING', vetted: true, vetted_on: app.today() });
    expect(await applicant.getByTestId('vetted').textContent()).toContain(vetted.vetted_on);
    await shot('county-vetted');

    // A publicity start before today without saying where it was already posted: the api refuses, the page says why.
    await page.getByTestId('open-publicity').click();
    await page.locator('#action-startsOn').fill('2026-11-20');
    await page.locator('#action-startsOn').press('Enter');
    await submitAction();
    const refusal = await app.gql(
      `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id } }`,
      { input: { campaignId: campaign.id, startsOn: '2026-11-20' } },
      { user: 'county' },
    );
    expect(refusal.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(page.getByTestId('action-error').textContent()).resolves.toContain(refusal.errors![0].message);
    await shot('county-publicity-refused');
    expect(await app.sql(`select id from publicity_round where campaign_id = ?`, [campaign.id])).toEqual([]);

    // Left empty, the publicity starts today and runs the campaign's working days.
    await page.locator('.ant-modal .ant-picker').hover();
    await page.locator('.ant-modal .ant-picker-clear').click();
    await submitAction();
    await modalGone();
    await page.getByTestId('tab-PUBLICITY').getByText('公示（1）').waitFor();
    const { application } = await app.ok(
      `query($id: ID!) { application(id: $id) { stage publicityRound { round startsOn endsOn } } }`,
      { id: first.id },
      'county',
    );
    expect(application).toMatchObject({ stage: 'PUBLICITY', publicityRound: { round: 1, startsOn: app.today() } });
    const rounds = await app.sql<{ round: number; starts_on: string; ends_on: string }>(
      `select round, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on from publicity_round where campaign_id = ?`,
      [campaign.id],
    );
    expect(rounds).toEqual([{ round: 1, starts_on: app.today(), ends_on: application.publicityRound.endsOn }]);
    await page.getByTestId('publicity-rounds').getByText(application.publicityRound.endsOn).waitFor();
    await page.getByTestId('tab-PUBLICITY').click();
    const listed = page.getByTestId('applicants-PUBLICITY').locator('tr', { hasText: first.name });
    await listed.getByText(`第 1 轮（${application.publicityRound.startsOn} 至 ${application.publicityRound.endsOn}）`).waitFor();
    await shot('county-publicity');

    // An objection during publicity, recorded and then dismissed: the applicant stays listed.
    await listed.getByTestId('action-objection').click();
    await page.locator('#action-content').fill('群众反映其报名材料不实');
    await submitAction();
    await modalGone();
    await listed.getByText('待处理').waitFor();
    const objections = await app.sql<{ id: string; status: string }>(`select id, status from objection where application_id = ?`, [first.id]);
    expect(objections).toEqual([{ id: expect.any(String), status: 'OPEN' }]);
    await listed.getByTestId(`action-decide-${objections[0].id}`).click();
    await page.locator('#action-decision').fill('经核查报名材料真实，异议不成立');
    await submitAction();
    await modalGone();
    await listed.getByText('异议不成立').waitFor();
    const decided = (await app.ok(`query($id: ID!) { application(id: $id) { stage objections { status decision } } }`, { id: first.id }, 'county')).application;
    expect(decided).toEqual({ stage: 'PUBLICITY', objections: [{ status: 'DISMISSED', decision: '经核查报名材料真实，异议不成立' }] });
    await shot('county-objection-decided');

    // The second applicant is still at the exam, ranked 2.
    expect((await steps.get(second.id)).stage).toBe('EXAM');
  });

  it('county sees the open flags per township and their history per rule, as the api and the database count them', async () => {
    await scanNow(app, 'county');
    await browser.signInHome('county');
    // The home page after the nightly scan (docs/console-county-home.png).
    await page.getByTestId('flags-chart').locator('canvas').waitFor();
    await shot('county-home');
    await page.getByRole('menuitem', { name: '合规预警' }).click();
    await page.waitForURL('**/flags');
    await page.getByTestId('history-chart').locator('canvas').waitFor();

    const { complianceCounts } = await app.ok(`{ complianceCounts { regionName open } }`, {}, 'county');
    const perTownship = new Map<string, number>();
    for (const c of complianceCounts as { regionName: string; open: number }[]) perTownship.set(c.regionName, (perTownship.get(c.regionName) ?? 0) + c.open);
    expect(perTownship.size).toBeGreaterThan(1);
    for (const [name, open] of perTownship) {
      const row = page.getByTestId('flags-by-township').locator('tr', { hasText: name });
      await expect(row.getByTestId('township-open').textContent()).resolves.toBe(String(open));
    }
    const [{ open }] = await app.sql<{ open: number }>(
      `select count(*)::int as open from compliance_flag where resolved_at is null and region_code like '140799%'`,
    );
    expect([...perTownship.values()].reduce((a, b) => a + b, 0)).toBe(open);
    await page.getByText(`未处理预警（${open}）`).waitFor();
    // The history's current month holds every open flag the scan just found.
    const month = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
    const { complianceHistory } = await app.ok(`query($m: String!) { complianceHistory(fromMonth: $m, toMonth: $m) { openAtEnd } }`, { m: month }, 'county');
    expect(complianceHistory.reduce((n: number, r: { openAtEnd: number }) => n + r.openAtEnd, 0)).toBe(open);
    await shot('county-flags');

    // Filtered to a rule (the first the list offers), the list shows that rule's flags only, as many as the database holds.
    await page.getByTestId('flags-rule').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByText(`未处理预警（${open}）`).waitFor({ state: 'detached' });
    const rules = await page
      .getByTestId('open-flags')
      .locator('tr[data-rule]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules).size).toBe(1);
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from compliance_flag where resolved_at is null and region_code like '140799%' and rule = ?`,
      [rules[0]],
    );
    await page.getByText(`未处理预警（${n}）`).waitFor();
    await shot('county-flags-rule');
  });

  it('county reviews an assessment cycle: a refused finalising and the EXCELLENT quota show the api’s message', async () => {
    const CYCLES = `{ assessmentCycles(first: 10) { edges { node { id label status version } } } }`;
    const cycles = (await app.ok(CYCLES, {}, 'county')).assessmentCycles.edges.map((e: any) => e.node);
    const current = cycles.find((c: any) => c.status === 'OPEN');
    const last = cycles.find((c: any) => c.status === 'FINALISED');
    expect([current, last].every(Boolean)).toBe(true);
    const FINALISE = `mutation($input: CycleVersionInput!) { finaliseAssessmentCycle(input: $input) { id } }`;

    await browser.signInHome('county');
    await page.getByRole('menuitem', { name: '考核管理' }).click();
    await page.waitForURL('**/assessment');
    await page.getByTestId('cycles').getByRole('link', { name: last.label }).waitFor();
    await shot('county-cycles');

    // The open cycle cannot be finalised yet: the page says why, in the api's words.
    await page.getByTestId('cycles').getByRole('link', { name: current.label }).click();
    await page.getByTestId('cycle-status').getByText('进行中').waitFor();
    await page.getByTestId('finalise-cycle').click();
    await submitAction();
    const early = await app.gql(FINALISE, { input: { cycleId: current.id, version: current.version } }, { user: 'county' });
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    await expect(page.getByTestId('action-error').textContent()).resolves.toContain(early.errors![0].message);
    await shot('county-cycle-finalise-refused');
    await page.getByRole('button', { name: '取 消' }).click();
    await modalGone();

    // Last year's finalised cycle, re-opened for a correction.
    await page.getByRole('link', { name: '返回' }).click();
    await page.getByTestId('cycles').getByRole('link', { name: last.label }).click();
    await page.getByTestId('reopen-cycle').click();
    await page.locator('#action-reason').fill('县级复核更正个别得分');
    await submitAction();
    await modalGone();
    await page.getByTestId('cycle-status').getByText('进行中').waitFor();
    expect(await app.sql(`select status, reopenings from assessment_cycle where id = ?`, [last.id])).toEqual([{ status: 'OPEN', reopenings: 1 }]);

    // The county fills the EXCELLENT quota through the api, then rates one more worker up in the console.
    const RESULTS = `query($id: ID!) { assessmentResults(cycleId: $id, first: 100) { pageInfo { hasNextPage } edges { node { id version level rated score } } } }`;
    const { assessmentResults } = await app.ok(RESULTS, { id: last.id }, 'county');
    expect(assessmentResults.pageInfo.hasNextPage).toBe(false);
    const results = assessmentResults.edges.map((e: any) => e.node).filter((r: any) => r.rated);
    const quota = Math.floor((results.length * 20) / 100);
    const others = results.filter((r: any) => r.level === 'COMPETENT');
    const ADJUST = `mutation($input: AdjustScoreInput!) { adjustAssessmentScore(input: $input) { level } }`;
    for (const r of others.slice(0, quota - results.filter((x: any) => x.level === 'EXCELLENT').length))
      await app.ok(ADJUST, { input: { resultId: r.id, version: r.version, score: 95, reason: '县级复核：工作实绩突出' } }, 'county');
    await page.reload();
    await page.getByTestId('level-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '称职' }).first().click();
    // The filtered page has replaced the unfiltered one (its count is in the card's title) before a row is read:
    // reading the first row while the old page still shows picks a name the click below no longer hits.
    const competent = (
      await app.ok(`query($id: ID!) { assessmentResults(cycleId: $id, level: COMPETENT, first: 1) { totalCount } }`, { id: last.id }, 'county')
    ).assessmentResults.totalCount;
    expect(competent).toBeLessThan(assessmentResults.edges.length);
    await page.getByText(`考核结果（${competent}）`).waitFor();
    await page.getByTestId('results').locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    const row = page.getByTestId('results').locator('tbody tr.ant-table-row').first();
    const name = (await row.locator('td').first().textContent())!;
    // Two workers of the seed may share a name: exactly one result of that name changes.
    const named = () =>
      app.sql<{ id: string; adjusted_x100: number | null; level: string }>(
        `select r.id, r.adjusted_x100, r.level from assessment_result r join worker w on w.id = r.worker_id where r.cycle_id = ? and w.name = ? order by r.id`,
        [last.id, name],
      );
    const before = await named();
    await row.getByTestId('adjust-score').click();
    await page.locator('#action-score').fill('96');
    await page.locator('#action-reason').fill('县级复核：群众评价突出');
    await submitAction();
    await modalGone();
    const after = await named();
    const changed = after.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before[i]));
    expect(changed).toEqual([{ id: expect.any(String), adjusted_x100: 9600, level: 'EXCELLENT' }]);
    await page.getByTestId('level-filter').locator('.ant-select-clear').click({ force: true });
    await page.getByTestId('results').locator('tr', { hasText: name }).getByTestId('final-score').getByText('96.00').waitFor();

    // One EXCELLENT over the quota: finalising is refused with the api's message.
    await page.getByTestId('finalise-cycle').click();
    await submitAction();
    await page.getByTestId('action-error').waitFor();
    const { assessmentCycle } = await app.ok(`query($id: ID!) { assessmentCycle(id: $id) { version } }`, { id: last.id }, 'county');
    const over = await app.gql(FINALISE, { input: { cycleId: last.id, version: assessmentCycle.version } }, { user: 'county' });
    expect(over.errors![0].message).toContain(`${quota + 1} EXCELLENT, quota ${quota}`);
    await expect(page.getByTestId('action-error').textContent()).resolves.toContain(over.errors![0].message);
    await shot('county-cycle-quota-refused');
    expect(await app.sql(`select status from assessment_cycle where id = ?`, [last.id])).toEqual([{ status: 'OPEN' }]);
  });

  it('county sees its training year: its own sessions and each township’s against the requirements, and the sessions by level', async () => {
    const year = Number(app.today().slice(0, 4));
    const [{ id: countyId }] = await app.sql<{ id: string }>(`select id from region where code = '140799000000'`);
    const { trainingCountyReport: report } = await app.ok(
      `query($id: ID!, $year: Int!) { trainingCountyReport(countyId: $id, year: $year) { countySessionsHeld countySessionsRequired townships { townshipName sessionsHeld sessionsRequired } } }`,
      { id: countyId, year },
      'county',
    );
    await browser.signInHome('county');
    await page.getByRole('menuitem', { name: '培训计划' }).click();
    await page.waitForURL('**/training');
    // The yearly requirements as the county's policy sets them.
    const { effectivePolicy } = await app.ok(`query($id: ID!) { effectivePolicy(regionId: $id) { key value } }`, { id: countyId }, 'county');
    const perYear = (key: string) => effectivePolicy.find((p: { key: string }) => p.key === key).value;
    await expect(page.getByTestId('training-rules').textContent()).resolves.toContain(
      `县级培训不少于 ${perYear('training.countySessionsPerYear')} 场，乡镇（街道）培训不少于 ${perYear('training.townshipSessionsPerYear')} 场`,
    );
    await expect(page.getByTestId('county-sessions').textContent()).resolves.toBe(`${report.countySessionsHeld} / ${report.countySessionsRequired}`);
    expect(report.townships.length).toBeGreaterThan(1);
    for (const t of report.townships)
      await expect(
        page.getByTestId('training-townships').locator('tr', { hasText: t.townshipName }).getByTestId('township-sessions').textContent(),
      ).resolves.toBe(`${t.sessionsHeld} / ${t.sessionsRequired}`);
    // The county's sessions of the year, as the database holds them (pre-job sessions included in the list).
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from training_session where level = 'COUNTY' and region_code like '140799%' and extract(year from held_on) = ?`,
      [year],
    );
    expect(n).toBeGreaterThan(0);
    await page.getByTestId('sessions-tab-COUNTY').getByText(`县级（${n}）`, { exact: true }).waitFor();
    await page.getByTestId('sessions-COUNTY').locator('tbody tr.ant-table-row').first().waitFor();
    await expect(page.getByTestId('sessions-COUNTY').locator('tbody tr.ant-table-row').count()).resolves.toBe(Math.min(n, 20));
    await shot('county-training');
    await page.getByTestId('sessions-tab-TOWNSHIP').click();
    await page.getByTestId('sessions-TOWNSHIP').waitFor();
    await shot('county-training-township-sessions');
  });
});
