// The minimum-wage table as dated data (issue: pay): seeded from the gathered table, unconfirmed rows shown
// and never applied, a new standard applied from the first month it is in force, history never rewritten.
import { paySteps } from './support/pay';
import { errorCode, TEST_TODAY, TestApp } from './support/test-app';

const WAGES = `query($p: String) { minimumWages(provinceCode: $p) { id version provinceName tier monthlyFen hourlyFen effectiveFrom status includesOwnContributions verification } }`;
const CONFIRM = `mutation($input: ConfirmMinimumWageInput!) { confirmMinimumWage(input: $input) { id version status effectiveFrom confirmedBy } }`;

describe('the minimum-wage table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));

  const { generate, setItems } = paySteps(() => app);
  const monthLine = (runs: any[]) =>
    runs.find((r) => r.periodKind === 'MONTH').lines.find((l: any) => l.floorChecks.some((c: any) => c.floor === 'MONTHLY_MINIMUM_WAGE'));

  it('holds every province’s rows with their source; Shanxi’s unverified rows are shown but not in force', async () => {
    const shanxi = (await app.ok(WAGES, { p: '14' }, 'finance')).minimumWages;
    expect(shanxi.filter((w: any) => w.status === 'CONFIRMED').map((w: any) => [w.tier, w.monthlyFen, w.hourlyFen, w.effectiveFrom])).toEqual([
      ['一类', 198_000, 2_130, '2023-01-01'],
      ['三类', 178_000, 1_910, '2023-01-01'],
      ['二类', 188_000, 2_020, '2023-01-01'],
    ]);
    expect(shanxi.filter((w: any) => w.status === 'UNCONFIRMED').map((w: any) => [w.tier, w.monthlyFen, w.effectiveFrom])).toEqual([
      ['一类', 215_000, null],
      ['三类', 195_000, null],
      ['二类', 205_000, null],
    ]);
    const all = (await app.ok(WAGES, {}, 'township')).minimumWages;
    expect(all.length).toBe(56);
    expect(all.filter((w: any) => !w.includesOwnContributions).map((w: any) => w.provinceName)).toEqual(['北京', '上海']);
    const tiers = (await app.ok(`{ countyWageTiers(countyCodePrefix: "140799") { countyCode tier effectiveFrom } }`, {}, 'county')).countyWageTiers;
    expect(tiers).toEqual([{ countyCode: '140799', tier: '一类', effectiveFrom: '2023-01-01' }]);
  });

  it('applies a confirmed new standard from the first month it is in force, never before, and keeps what was checked', async () => {
    const unverified = (await app.ok(WAGES, { p: '14' }, 'admin')).minimumWages.find((w: any) => w.tier === '一类' && w.status === 'UNCONFIRMED');
    const input = { id: unverified.id, version: unverified.version, verification: '晋政发〔2026〕号（测试）' };
    expect(errorCode(await app.gql(CONFIRM, { input: { ...input, effectiveFrom: '2026-12-01' } }, { user: 'county' }))).toBe('FORBIDDEN');
    const undated = await app.gql(CONFIRM, { input }, { user: 'admin' });
    expect(undated.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WAGE_UNCONFIRMABLE' });

    // Before it is confirmed, November and December are checked against 1,980.
    app.setToday('2026-12-05');
    expect(monthLine(await generate('140799001000', '2026-12')).floorChecks[0].requiredFen).toBe(198_000);
    const confirmed = (await app.ok(CONFIRM, { input: { ...input, effectiveFrom: '2026-12-01' } }, 'admin')).confirmMinimumWage;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', effectiveFrom: '2026-12-01', confirmedBy: 'admin' });
    const december = monthLine(await generate('140799001000', '2026-12'));
    expect(december.floorChecks[0]).toMatchObject({ requiredFen: 215_000, minimumWageId: unverified.id });
    const november = monthLine(await generate('140799001000', '2026-11'));
    expect(november.floorChecks[0]).toMatchObject({ requiredFen: 198_000 });
    expect(november.floorChecks[0].minimumWageId).not.toBe(unverified.id);

    // Pay was checked against the row: a correction is a new row, so that history stays as it was.
    const changed = await app.gql(
      `mutation($input: UpdateMinimumWageInput!) { updateMinimumWage(input: $input) { id } }`,
      { input: { id: confirmed.id, version: confirmed.version, monthlyFen: 216_000 } },
      { user: 'admin' },
    );
    expect(changed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WAGE_IN_USE' });
    const audits = await app.sql<{ action: string }>(`select action from audit_entry where entity = 'MinimumWage' and entity_id = ?`, [unverified.id]);
    expect(audits).toEqual([{ action: 'CONFIRM' }]);
  });

  it('checks a 非全日制 worker’s half month against the hourly minimum, and refuses to guess the hours', async () => {
    const runs = await generate('140799001000', '2026-11');
    // The first half of November is paid; the second is still a draft.
    expect(runs.find((r: any) => r.periodKind === 'FIRST_HALF').status).toBe('PAID');
    const line = runs.find((r: any) => r.periodKind === 'SECOND_HALF').lines[0];
    // 400 yuan for 16 hours against 16 × 21.30 = 340.80 yuan
    expect(line.floorChecks).toEqual([expect.objectContaining({ floor: 'PART_TIME_HOURLY', requiredFen: 34_080, comparedFen: 40_000, shortfallFen: 0 })]);
    expect((await setItems(line.worker.id, '2026-11', [{ kind: 'HOURS', minutes: 0 }])).errors[0].extensions.field).toBe('input.half');
    await setItems(line.worker.id, '2026-11', [], 'township', 2);
    const again = (await generate('140799001000', '2026-11')).find((r: any) => r.periodKind === 'SECOND_HALF');
    expect(again.lines.find((l: any) => l.worker.id === line.worker.id)).toMatchObject({
      breach: true,
      floorChecks: [expect.objectContaining({ floor: 'PART_TIME_HOURLY', requiredFen: null, problem: 'hours worked are not recorded' })],
    });
  });
});
