// The working-day calendar as data: SYSADMIN enters a year from the State Council's notice; a count that
// reaches a missing year is refused, and from 1 November a flag asks for next year's.
import { addDays } from '@gridhr/common';
import { isWorkingDay, workingDaysAfterSql } from '@gridhr/calendar';
import { recruitingSteps } from './support/recruiting';
import { errorCode, scanNow, TEST_TODAY, TestApp } from './support/test-app';

const YEAR = `query($y: Int!) { workingCalendar(year: $y) { year source holidays workdays } }`;
const SET = `mutation($input: SetWorkingCalendarYearInput!) { setWorkingCalendarYear(input: $input) { year holidays workdays } }`;
const IMPORT = `mutation($input: ImportWorkingCalendarYearInput!) { importWorkingCalendarYear(input: $input) { entered problems { line column problem } } }`;
const FLAGS = `{ complianceFlags(rule: "calendar.next-year-missing") { edges { node { period regionCode message } } } }`;

describe('the working-day calendar', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));

  const { regionId, openCampaign, throughExam, mutate } = recruitingSteps(() => app);

  it("gives the api's today, which the console dates its defaults by", async () => {
    expect(await app.ok(`{ today }`, {}, 'finance')).toEqual({ today: TEST_TODAY });
    app.setToday('2027-01-04');
    expect(await app.ok(`{ today }`, {}, 'township')).toEqual({ today: '2027-01-04' });
  });

  it('holds the years of the State Council notices, entered by SYSADMIN only', async () => {
    const year = (await app.ok(YEAR, { y: 2026 }, 'township')).workingCalendar;
    expect(year).toMatchObject({
      year: 2026,
      source: expect.stringContaining('2026'),
      workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    });
    expect(year.holidays).toContain('2026-10-01');
    expect((await app.ok(YEAR, { y: 2027 }, 'township')).workingCalendar).toBeNull();
    const input = {
      year: 2027,
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
      workdays: [],
      source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
    };
    expect(errorCode(await app.gql(SET, { input }, { user: 'county' }))).toBe('FORBIDDEN');
    const weekday = await app.gql(SET, { input: { ...input, workdays: ['2027-01-04'] } }, { user: 'admin' });
    expect(weekday.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workdays' });
    expect(errorCode(await app.gql(SET, { input: { ...input, holidays: ['2026-12-31'] } }, { user: 'admin' }))).toBe('BAD_USER_INPUT');
    const sheet = (lines: string[]) => Buffer.from(['日期,类型', ...lines].join('\n')).toString('base64');
    const bad = (
      await app.ok(
        IMPORT,
        { input: { year: 2028, source: '测试通知2028', format: 'csv', contentBase64: sheet(['2028-01-01,放假', '2028-13-01,放假', '2028-01-02,加班']) } },
        'admin',
      )
    ).importWorkingCalendarYear;
    expect(bad).toEqual({
      entered: false,
      problems: [expect.objectContaining({ line: 3, column: '日期' }), expect.objectContaining({ line: 4, column: '类型' })],
    });
    const good = (
      await app.ok(
        IMPORT,
        { input: { year: 2028, source: '测试通知2028', format: 'csv', contentBase64: sheet(['2028-01-01,放假', '2028-01-29,上班']) } },
        'admin',
      )
    ).importWorkingCalendarYear;
    expect(good).toEqual({ entered: true, problems: [] });
    expect((await app.ok(YEAR, { y: 2028 }, 'admin')).workingCalendar).toMatchObject({ holidays: ['2028-01-01'], workdays: ['2028-01-29'] });
    // Audited, with what was entered; the refused sheet left no trace.
    const audit = await app.sql<{ action: string; actor_name: string; after: any }>(
      `select action, actor_name, after from audit_entry where entity = 'WorkingCalendarYear' and entity_id = '2028'`,
    );
    expect(audit).toEqual([{ action: 'CREATE', actor_name: 'admin', after: { holidays: ['2028-01-01'], workdays: ['2028-01-29'], source: '测试通知2028' } }]);
  });

  it('refuses a publicity reaching a year not entered, and flags the missing year from 1 November', async () => {
    app.setToday('2026-10-31');
    await scanNow(app, 'admin', ['calendar.next-year-missing']);
    expect((await app.ok(FLAGS, {}, 'admin')).complianceFlags.edges).toEqual([]);
    app.setToday('2026-11-01');
    await scanNow(app, 'admin', ['calendar.next-year-missing']);
    expect((await app.ok(FLAGS, {}, 'admin')).complianceFlags.edges.map((e: any) => e.node.period)).toEqual(['2027']);
    app.setToday('2026-12-28');
    const { campaign, positionId } = await openCampaign({ title: '年末招聘', regionId: await regionId('140799102000'), category: 'PART_TIME', headcount: 1 });
    const [a] = await throughExam(campaign.id, positionId, 'county', [{ name: '年末', written: 80, interview: 80 }]);
    await mutate('recordMedicalResult', { applicationId: a.id, passed: true }, 'county');
    await mutate('recordVettingResult', { applicationId: a.id, passed: true }, 'county');
    const open = `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { endsOn } }`;
    const refused = await app.gql(open, { input: { campaignId: campaign.id } }, { user: 'county' });
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'CALENDAR_MISSING', field: 'input.startsOn' },
      message: expect.stringContaining('2027'),
    });

    await scanNow(app, 'admin', ['calendar.next-year-missing']);
    expect((await app.ok(FLAGS, {}, 'admin')).complianceFlags.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ period: '2027', regionCode: '140000000000', message: expect.stringContaining('2027') }),
    ]);
    await app.ok(SET, { input: { year: 2027, holidays: ['2027-01-01'], workdays: [], source: '国务院办公厅关于2027年部分节假日安排的通知（测试）' } }, 'admin');
    // 28, 29, 30, 31 December, then New Year's Day off and the weekend: the fifth working day is 4 January.
    expect((await app.ok(open, { input: { campaignId: campaign.id } }, 'county')).openPublicity).toEqual({ endsOn: '2027-01-04' });
    await scanNow(app, 'admin', ['calendar.next-year-missing']);
    expect((await app.ok(FLAGS, {}, 'admin')).complianceFlags.edges).toEqual([]);
  });

  it('counts working days in SQL as the publicity count does, over National Day and its make-up days', async () => {
    const year = (await app.ok(YEAR, { y: 2026 }, 'admin')).workingCalendar;
    const calendar = { '2026': { holidays: year.holidays, workdays: year.workdays } };
    const from = '2026-09-18';
    for (let n = 0; n <= 30; n++) {
      const to = addDays(from, n);
      let expected = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) expected++;
      const [{ count }] = await app.sql<{ count: number }>(`select ${workingDaysAfterSql('?', '?')} as count`, [from, to]);
      expect({ to, count }).toEqual({ to, count: expected });
    }
  });
});
