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

  it('dates a vacancy from the day its only full-time worker became part-time, and flags it past the policy days', async () => {
    const grid = (
      await app.ok(
        `mutation($input: CreateGridInput!) { createGrid(input: $input) { id code } }`,
        {
          input: {
            regionId: await regionId('140799001001'),
            code: '140799001001-77',
            name: '转岗网格',
            households: 400,
            population: 1000,
            activeFrom: '2026-01-01',
          },
        },
        'county',
      )
    ).createGrid;
    const worker = (
      await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001001'), { name: '专职转兼职', hiredOn: '2026-01-01' }) }, 'county')
    ).createWorker;
    await assign(worker.id, grid.code, '2026-01-01');
    expect(await vacancy(grid.code)).toBeUndefined();
    const { version } = (await app.sql<{ version: number }>('select version from worker where id = ?', [worker.id]))[0];
    await app.ok(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id category } }`,
      { input: { id: worker.id, version, category: 'PART_TIME' } },
      'county',
    );
    // Still on duty in the grid, but no longer full-time: the grid has had no full-timer since today.
    expect(await vacancy(grid.code)).toEqual({ gridCode: grid.code, vacantSince: TEST_TODAY, daysVacant: 0 });
    const history = await app.sql<{ role: string; from_date: string; to_date: string | null }>(
      `select role, to_char(from_date, 'YYYY-MM-DD') as from_date, to_char(to_date, 'YYYY-MM-DD') as to_date
         from grid_assignment where worker_id = ? order by from_date`,
      [worker.id],
    );
    expect(history).toEqual([
      { role: 'FULL_TIME', from_date: '2026-01-01', to_date: '2026-11-24' },
      { role: 'PART_TIME', from_date: TEST_TODAY, to_date: null },
    ]);
    // 61 days on: past the 60 the city allows (above), and the default 30.
    app.setToday('2027-01-25');
    expect(await vacancy(grid.code)).toEqual({ gridCode: grid.code, vacantSince: TEST_TODAY, daysVacant: 61 });
    await scanNow(app, 'county', ['vacancy.open-too-long']);
    expect(await flagOf(grid.code)).toMatchObject({ period: TEST_TODAY, details: { daysVacant: 61 } });
  });
});
