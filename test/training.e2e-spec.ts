import { Workbook } from 'exceljs';
import { aWorkerInput, CREATE_WORKER } from './support/factories';
import { errorCode, scanNow, TestApp } from './support/test-app';

const SESSION = `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id level heldOn hours } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status worker { id } } }`;
const REPORT = `query($t: ID!, $y: Int!, $asOf: LocalDate) { trainingReport(townshipId: $t, year: $y, asOf: $asOf) {
  asOf checkpoint townshipSessionsHeld townshipSessionsRequired measuredWorkers trainedZero trainedOnce trainedTwice trainedThreeOrMore
  sessionsByLevel { level sessions } workers { workerId countyDone townshipDone countyRequired townshipRequired behind } } }`;

describe('training sessions, attendance and the yearly requirement', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const newWorker = async (overrides: Record<string, unknown> = {}, region = '140799102201', user = 'county') =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId(region), { category: 'PART_TIME', hiredOn: '2020-01-01', ...overrides }) }, user))
      .createWorker;
  const session = async (
    level: 'COUNTY' | 'TOWNSHIP',
    heldOn: string,
    extra: Record<string, unknown> = {},
    organiser = level === 'COUNTY' ? '140799000000' : '140799102000',
  ) =>
    (
      await app.ok(
        SESSION,
        { input: { level, kind: 'REGULAR', organiserId: await regionId(organiser), heldOn, hours: 2, topic: '矛盾纠纷排查化解', ...extra } },
        'county',
      )
    ).createTrainingSession;
  const attend = (sessionId: string, entries: { workerId: string; status: string }[], user = 'county') =>
    app.ok(ATTEND, { input: { sessionId, entries } }, user);
  const report = async (year: number, asOf?: string, township = '140799102000') =>
    (await app.ok(REPORT, { t: await regionId(township), y: year, asOf: asOf ?? null }, 'county')).trainingReport;
  const rowOf = (r: any, workerId: string) => r.workers.find((w: any) => w.workerId === workerId);

  it('counts by level within the year: a session on 31 December and one on 1 January fall in different years', async () => {
    const worker = await newWorker({ name: '跨年' });
    for (const day of ['2025-12-31', '2026-01-01']) await attend((await session('COUNTY', day)).id, [{ workerId: worker.id, status: 'PRESENT' }]);
    await attend((await session('TOWNSHIP', '2025-12-31')).id, [{ workerId: worker.id, status: 'PRESENT' }]);
    expect(rowOf(await report(2025), worker.id)).toMatchObject({ countyDone: 1, townshipDone: 1, countyRequired: 2, townshipRequired: 3, behind: true });
    expect(rowOf(await report(2026, '2026-01-01'), worker.id)).toMatchObject({
      countyDone: 1,
      townshipDone: 0,
      countyRequired: 0,
      townshipRequired: 0,
      behind: false,
    });
  });

  it('applies the checkpoints on their dates', async () => {
    const worker = await newWorker({ name: '进度' });
    await attend((await session('COUNTY', '2026-03-10')).id, [{ workerId: worker.id, status: 'PRESENT' }]);
    await attend((await session('TOWNSHIP', '2026-04-10')).id, [{ workerId: worker.id, status: 'PRESENT' }]);
    expect(rowOf(await report(2026, '2026-06-29'), worker.id)).toMatchObject({ countyRequired: 0, townshipRequired: 0, behind: false });
    expect(rowOf(await report(2026, '2026-06-30'), worker.id)).toMatchObject({ countyRequired: 1, townshipRequired: 1, behind: false });
    const autumn = await report(2026, '2026-09-30');
    expect(autumn.checkpoint).toBe('09-30');
    expect(rowOf(autumn, worker.id)).toMatchObject({ countyDone: 1, townshipDone: 1, countyRequired: 1, townshipRequired: 2, behind: true });
  });

  it('measures a worker who joined mid-year pro rata', async () => {
    const joiner = await newWorker({ name: '年中入职', hiredOn: '2025-07-01' });
    // 184 of 365 days: county 2 x 0.504 -> 1, township 3 x 0.504 -> 2
    expect(rowOf(await report(2025), joiner.id)).toMatchObject({ countyRequired: 1, townshipRequired: 2 });
    const late = await newWorker({ name: '年底入职', hiredOn: '2025-12-01' });
    expect(rowOf(await report(2025), late.id)).toMatchObject({ countyRequired: 0, townshipRequired: 0, behind: false });
  });

  it('counts EXCUSED absences only where the policy says so', async () => {
    const worker = await newWorker({ name: '请假' }, '140799102202');
    await attend((await session('TOWNSHIP', '2026-02-02')).id, [{ workerId: worker.id, status: 'EXCUSED' }]);
    expect(rowOf(await report(2026), worker.id).townshipDone).toBe(0);
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: await regionId('140700000000'), key: 'training.excusedCountsAsAttended', value: true, effectiveFrom: '2026-01-01' } },
      'city',
    );
    expect(rowOf(await report(2026), worker.id).townshipDone).toBe(1);
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: await regionId('140700000000'), key: 'training.excusedCountsAsAttended', value: false, effectiveFrom: '2026-01-01' } },
      'city',
    );
  });

  it('counts a department session for a professional worker on top of the county sessions, towards them only if the policy says so', async () => {
    const worker = await newWorker({ name: '专业网格员', category: 'PROFESSIONAL' }, '140799102202');
    const dept = (
      await app.ok(
        SESSION,
        {
          input: {
            level: 'DEPARTMENT',
            department: '县司法局',
            kind: 'REGULAR',
            organiserId: await regionId('140799000000'),
            heldOn: '2026-03-03',
            hours: 2,
            topic: '人民调解业务',
          },
        },
        'county',
      )
    ).createTrainingSession;
    await attend(dept.id, [{ workerId: worker.id, status: 'PRESENT' }]);
    const row = `workers { workerId countyDone departmentDone }`;
    const fetch = async () =>
      (
        await app.ok(
          `query($t: ID!) { trainingReport(townshipId: $t, year: 2026, asOf: "2026-07-01") { ${row} } }`,
          { t: await regionId('140799102000') },
          'county',
        )
      ).trainingReport.workers;
    expect((await fetch()).find((w: any) => w.workerId === worker.id)).toEqual({ workerId: worker.id, countyDone: 0, departmentDone: 1 });
    const setPolicy = async (value: boolean) =>
      app.ok(
        `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
        { input: { regionId: await regionId('140700000000'), key: 'training.departmentCountsForCounty', value, effectiveFrom: '2026-01-01' } },
        'city',
      );
    await setPolicy(true);
    expect((await fetch()).find((w: any) => w.workerId === worker.id)).toEqual({ workerId: worker.id, countyDone: 1, departmentDone: 1 });
    await setPolicy(false);
  });

  it('raises unit and worker flags, higher at year end, and clears them as sessions and attendance are recorded', async () => {
    const worker = await newWorker({ name: '全靠扫描', hiredOn: '2024-01-01' }, '140799101201');
    await scanNow(app, 'county', ['training.worker-behind', 'training.unit-behind', 'training.worker-year-end-failure', 'training.unit-year-end-failure']);
    const flags = async (rule: string, subjectId: string) =>
      await app.sql<{ severity: string; period: string; message: string }>(
        'select severity, period, message from compliance_flag where rule = ? and subject_id = ? and resolved_at is null',
        [rule, subjectId],
      );
    expect(await flags('training.worker-behind', worker.id)).toEqual([expect.objectContaining({ severity: 'MEDIUM', period: '2026' })]);
    expect(await flags('training.worker-year-end-failure', worker.id)).toEqual([expect.objectContaining({ severity: 'HIGH', period: '2025' })]);
    const hedong = await regionId('140799101000');
    expect(await flags('training.unit-behind', hedong)).toEqual([expect.objectContaining({ period: '2026', message: expect.stringContaining('河东镇') })]);

    // 河东镇 holds two township sessions and the county one; the worker attends all three.
    const ids = [
      (await session('COUNTY', '2026-05-05')).id,
      (await session('TOWNSHIP', '2026-05-06', {}, '140799101000')).id,
      (await session('TOWNSHIP', '2026-08-06', {}, '140799101000')).id,
    ];
    for (const id of ids) await attend(id, [{ workerId: worker.id, status: 'PRESENT' }], 'township2');
    await scanNow(app, 'county', ['training.worker-behind', 'training.unit-behind', 'training.worker-year-end-failure', 'training.unit-year-end-failure']);
    expect(await flags('training.worker-behind', worker.id)).toEqual([]);
    expect(await flags('training.unit-behind', hedong)).toEqual([]);
    // Last year's failure is history: this year's training does not clear it.
    expect(await flags('training.worker-year-end-failure', worker.id)).toHaveLength(1);
  });

  it("refuses attendance for another township's workers and hides township sessions from other townships", async () => {
    const theirs = await newWorker({ name: '别乡的' }, '140799101201');
    const county = await session('COUNTY', '2026-03-03');
    const res = await app.gql(ATTEND, { input: { sessionId: county.id, entries: [{ workerId: theirs.id, status: 'PRESENT' }] } }, { user: 'township' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.entries[0].workerId' });
    const township = (
      await app.ok(
        SESSION,
        { input: { level: 'TOWNSHIP', kind: 'REGULAR', organiserId: await regionId('140799001000'), heldOn: '2026-03-04', hours: 1.5, topic: '安全隐患排查' } },
        'township',
      )
    ).createTrainingSession;
    expect(township.hours).toBe(1.5);
    const other = await app.gql(ATTEND, { input: { sessionId: township.id, entries: [{ workerId: theirs.id, status: 'PRESENT' }] } }, { user: 'township2' });
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(
      errorCode(
        await app.gql(
          SESSION,
          { input: { level: 'COUNTY', kind: 'REGULAR', organiserId: await regionId('140799000000'), heldOn: '2026-03-04', hours: 1, topic: '越权' } },
          { user: 'township' },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(Number((await app.sql<{ n: string }>('select count(*) as n from attendance where worker_id = ?', [theirs.id]))[0].n)).toBe(0);
  });

  it('lets an onboarding worker go on duty only after a pre-job session', async () => {
    const trainee = await newWorker({ name: '新人', status: 'ONBOARDING', hiredOn: null }, '140799001002', 'township');
    const activate = `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { status version hiredOn } }`;
    const refused = await app.gql(activate, { input: { id: trainee.id, version: trainee.version, status: 'ACTIVE' } }, { user: 'township' });
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'input.status' }, message: expect.stringContaining('pre-job') });
    const preJob = (
      await app.ok(
        SESSION,
        { input: { level: 'COUNTY', kind: 'PRE_JOB', organiserId: await regionId('140799000000'), heldOn: '2026-11-02', hours: 8, topic: '岗前培训' } },
        'county',
      )
    ).createTrainingSession;
    await attend(preJob.id, [{ workerId: trainee.id, status: 'ABSENT' }], 'township');
    expect(errorCode(await app.gql(activate, { input: { id: trainee.id, version: trainee.version, status: 'ACTIVE' } }, { user: 'township' }))).toBe(
      'CONFLICT',
    );
    await attend(preJob.id, [{ workerId: trainee.id, status: 'PRESENT' }], 'township');
    const active = await app.ok(activate, { input: { id: trainee.id, version: trainee.version, status: 'ACTIVE' } }, 'township');
    expect(active.updateWorker.status).toBe('ACTIVE');
  });

  it('imports a sign-in sheet for a whole session, all or nothing', async () => {
    const a = await newWorker({ name: '签到甲' }, '140799102203');
    const b = await newWorker({ name: '签到乙' }, '140799102203');
    const ids = await app.sql<{ id: string }>('select id from worker where id in (?, ?) order by name', [a.id, b.id]);
    expect(ids).toHaveLength(2);
    const s = await session('TOWNSHIP', '2026-10-10');
    const reveal = async (id: string) => (await app.ok(`mutation($id: ID!) { revealIdNumber(workerId: $id) }`, { id }, 'county')).revealIdNumber;
    const sheet = (lines: string[]) => Buffer.from(['姓名,身份证号,签到情况,备注', ...lines].join('\n')).toString('base64');
    const IMPORT = `mutation($input: ImportSignInSheetInput!) { importSignInSheet(input: $input) { recorded problems { line column problem } } }`;
    const bad = await app.ok(
      IMPORT,
      { input: { sessionId: s.id, format: 'csv', contentBase64: sheet([`签到甲,${await reveal(a.id)},出席,`, `签到丙,${await reveal(b.id)},出席,`]) } },
      'county',
    );
    expect(bad.importSignInSheet).toEqual({ recorded: 0, problems: [{ line: 3, column: '姓名', problem: expect.stringContaining('不符') }] });
    expect(Number((await app.sql<{ n: string }>('select count(*) as n from attendance where session_id = ?', [s.id]))[0].n)).toBe(0);
    const good = await app.ok(
      IMPORT,
      { input: { sessionId: s.id, format: 'csv', contentBase64: sheet([`签到甲,${await reveal(a.id)},出席,`, `签到乙,${await reveal(b.id)},请假,病假`]) } },
      'county',
    );
    expect(good.importSignInSheet).toEqual({ recorded: 2, problems: [] });
  });

  it('reports a township year as a query and as xlsx', async () => {
    const r = await report(2026);
    expect(r.measuredWorkers).toBe(r.trainedZero + r.trainedOnce + r.trainedTwice + r.trainedThreeOrMore);
    expect(r.townshipSessionsHeld).toBeGreaterThan(0);
    expect(r.sessionsByLevel.map((l: any) => l.level)).toEqual(expect.arrayContaining(['COUNTY', 'TOWNSHIP']));
    const file = (
      await app.ok(
        `query($t: ID!) { trainingReportExport(townshipId: $t, year: 2026) { fileName contentBase64 } }`,
        { t: await regionId('140799102000') },
        'county',
      )
    ).trainingReportExport;
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '网格员明细']);
    expect(workbook.getWorksheet('网格员明细')!.rowCount).toBe(1 + r.measuredWorkers);
    expect(errorCode(await app.gql(REPORT, { t: await regionId('140799102000'), y: 2026, asOf: null }, { user: 'township' }))).toBe('NOT_FOUND');
  });
});
