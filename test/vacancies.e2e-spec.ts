// Vacancies (Shanxi measures: every urban community grid has a full-time worker; a vacancy is filled
// promptly): their age counts from the last day a full-time worker was on duty, and a vacancy open longer
// than vacancy.maxOpenDays is flagged.
import { aWorkerInput, CREATE_WORKER } from './support/factories';
import { scanNow, TEST_TODAY, TestApp } from './support/test-app';

const LEFT_VACANT = '140799001002-03'; // its full-time worker left on 2026-09-30
const NEVER_STAFFED = '140799001003-01';
const FLAGS = `{ complianceFlags(rule: "vacancy.open-too-long") { edges { node { subjectId period message details } } } }`;

describe('vacancies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridId = async (code: string) => (await app.sql<{ id: string }>('select id from grid where code = ?', [code]))[0].id;
  const vacancy = async (code: string) =>
    (await app.ok(`{ vacancies { gridCode vacantSince daysVacant } }`, {}, 'county')).vacancies.find((v: any) => v.gridCode === code);
  const flagOf = async (code: string) => {
    const id = await gridId(code);
    return (await app.ok(FLAGS, {}, 'county')).complianceFlags.edges.map((e: any) => e.node).find((f: any) => f.subjectId === id);
  };
  const assign = async (workerId: string, code: string, fromDate: string) =>
    (
      await app.ok(
        `mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id } }`,
        { input: { workerId, gridId: await gridId(code), fromDate } },
        'county',
      )
    ).assignWorkerToGrid;

  it('dates a vacancy from the day after the last full-time worker on duty, and flags it past the policy days', async () => {
    expect(await vacancy(LEFT_VACANT)).toEqual({ gridCode: LEFT_VACANT, vacantSince: '2026-10-01', daysVacant: 55 });
    expect(await vacancy(NEVER_STAFFED)).toMatchObject({ vacantSince: '2024-01-01' });
    await scanNow(app, 'county', ['vacancy.open-too-long']);
    expect(await flagOf(LEFT_VACANT)).toMatchObject({
      period: '2026-10-01',
      details: { vacantSince: '2026-10-01', daysVacant: 55 },
      message: expect.stringContaining('已空缺55天，超过30天'),
    });
    expect(await flagOf(NEVER_STAFFED)).toMatchObject({ period: '2024-01-01' });

    // A full-time worker covers the grid for one day, 10 November: the vacancy restarts on the 11th.
    const interim = (
      await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001002'), { name: '临时顶岗', hiredOn: '2026-11-01' }) }, 'county')
    ).createWorker;
    const duty = await assign(interim.id, LEFT_VACANT, '2026-11-10');
    await app.ok(
      `mutation($input: EndAssignmentInput!) { endGridAssignment(input: $input) { id } }`,
      { input: { assignmentId: duty.id, toDate: '2026-11-10' } },
      'county',
    );
    expect(await vacancy(LEFT_VACANT)).toEqual({ gridCode: LEFT_VACANT, vacantSince: '2026-11-11', daysVacant: 14 });
    await scanNow(app, 'county', ['vacancy.open-too-long']);
    expect(await flagOf(LEFT_VACANT)).toBeUndefined();

    // A full-time recruit still in pre-job training is not on duty: the vacancy goes on.
    const recruit = (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001002'), { name: '岗前培训', status: 'ONBOARDING' }) }, 'county'))
      .createWorker;
    await assign(recruit.id, LEFT_VACANT, '2026-11-20');
    app.setToday('2026-12-11');
    expect(await vacancy(LEFT_VACANT)).toEqual({ gridCode: LEFT_VACANT, vacantSince: '2026-11-11', daysVacant: 30 });
    await scanNow(app, 'county', ['vacancy.open-too-long']);
    expect(await flagOf(LEFT_VACANT)).toBeUndefined();
    app.setToday('2026-12-12');
    await scanNow(app, 'county', ['vacancy.open-too-long']);
    expect(await flagOf(LEFT_VACANT)).toMatchObject({ period: '2026-11-11', details: { daysVacant: 31 } });

    // The city allows 60 days: the flag clears.
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: await regionId('140700000000'), key: 'vacancy.maxOpenDays', value: 60, effectiveFrom: '2026-01-01' } },
      'city',
    );
    await scanNow(app, 'county', ['vacancy.open-too-long']);
    expect(await flagOf(LEFT_VACANT)).toBeUndefined();
    expect(await flagOf(NEVER_STAFFED)).toBeDefined();
  });
});
