// One worker lifecycle: the register, the import and recruiting change workers through the same rules.
import { aPhone, aWorkerInput, anIdNumber, CREATE_WORKER } from './support/factories';
import { errorCode, TEST_TODAY, TestApp } from './support/test-app';

const HEADER = '姓名,身份证号,手机号,人员类别,状态,管理区划代码,所属网格编码,学历,政治面貌,退役军人,低保,社工证,职称,户籍区划代码,人员来源,入职日期';
const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) { written created updated problems { line column problem } } }`;
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8').toString('base64');
const TRANSFER = `mutation($input: TransferWorkerInput!) { transferWorker(input: $input) { id regionCode version currentAssignments { grid { code } } } }`;

describe('one worker lifecycle', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridId = async (code: string) => (await app.sql<{ id: string }>('select id from grid where code = ?', [code]))[0].id;
  const create = async (regionCode: string, overrides: Record<string, unknown> = {}, user = 'township') =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId(regionCode), overrides) }, user)).createWorker;
  const assign = (workerId: string, gridCode: string, fromDate: string, user = 'township') =>
    gridId(gridCode).then((id) =>
      app.ok(`mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id } }`, { input: { workerId, gridId: id, fromDate } }, user),
    );

  it('the import keeps a one-grid worker to one grid, as updateWorker does', async () => {
    const idNumber = anIdNumber('19870707');
    const leader = await create('140799001001', { idNumber, name: '双网格长', category: 'GRID_LEADER' });
    await assign(leader.id, '140799001001-01', '2026-01-05');
    await assign(leader.id, '140799001001-02', '2026-01-05');
    const refused = await app.gql(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`,
      { input: { id: leader.id, version: leader.version, category: 'FULL_TIME' } },
      { user: 'township' },
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ONE_GRID_ONLY', field: 'input.category' });
    const report = (
      await app.ok(IMPORT, { input: { format: 'csv', contentBase64: csv(`双网格长,${idNumber},${aPhone()},专职网格员,,140799001001,,,,,,,,,,`) } }, 'township')
    ).importWorkers;
    expect(report).toMatchObject({ written: false, problems: [{ line: 2, column: '人员类别', problem: expect.stringContaining('只能在一个网格') }] });
    expect((await app.sql<{ category: string }>('select category from worker where id = ?', [leader.id]))[0].category).toBe('GRID_LEADER');
  });

  it('the county transfers a worker to another township: one record, grids of the old township ended, attendance and scope follow', async () => {
    const worker = await create('140799001002', { name: '调动人员', category: 'PART_TIME', hiredOn: '2025-03-01' });
    await assign(worker.id, '140799001002-01', '2026-02-01');
    const session = (
      await app.ok(
        `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        { input: { level: 'TOWNSHIP', kind: 'REGULAR', organiserId: await regionId('140799001000'), heldOn: '2026-03-03', hours: 2, topic: '走访规范' } },
        'township',
      )
    ).createTrainingSession;
    await app.ok(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
      { input: { sessionId: session.id, entries: [{ workerId: worker.id, status: 'PRESENT' }] } },
      'township',
    );

    const village = await regionId('140799101201');
    expect(errorCode(await app.gql(TRANSFER, { input: { id: worker.id, version: worker.version, regionId: village } }, { user: 'township' }))).toBe(
      'FORBIDDEN',
    );
    const moved = (await app.ok(TRANSFER, { input: { id: worker.id, version: worker.version, regionId: village, on: '2026-11-01' } }, 'county')).transferWorker;
    expect(moved).toMatchObject({ id: worker.id, regionCode: '140799101201', currentAssignments: [] });
    expect(await app.sql(`select to_char(to_date, 'YYYY-MM-DD') as to_date from grid_assignment where worker_id = ?`, [worker.id])).toEqual([
      { to_date: '2026-10-31' },
    ]);
    expect(await app.sql('select region_code from attendance where worker_id = ?', [worker.id])).toEqual([{ region_code: '140799101201' }]);
    expect(errorCode(await app.gql(`query($id: ID!) { worker(id: $id) { id } }`, { id: worker.id }, { user: 'township' }))).toBe('NOT_FOUND');
    expect((await app.ok(`query($id: ID!) { worker(id: $id) { name } }`, { id: worker.id }, 'township2')).worker.name).toBe('调动人员');
    const [audit] = await app.sql<{ action: string; actor_name: string }>(
      `select action, actor_name from audit_entry where entity_id = ? and action = 'TRANSFER'`,
      [worker.id],
    );
    expect(audit).toEqual({ action: 'TRANSFER', actor_name: 'county' });
    // The new township puts them on duty in its own grids.
    await assign(worker.id, '140799101201-01', TEST_TODAY, 'township2');
  });

  it('a township cannot take over another township’s worker by import; the county imports the move as a transfer', async () => {
    const idNumber = anIdNumber('19910303');
    await create('140799001001', { idNumber, name: '被接管', category: 'PART_TIME' });
    const line = `被接管,${idNumber},${aPhone()},兼职网格员,,140799101202,,,,,,,,,,`;
    const taken = (await app.ok(IMPORT, { input: { format: 'csv', contentBase64: csv(line) } }, 'township2')).importWorkers;
    expect(taken).toMatchObject({ written: false, problems: [{ column: '身份证号', problem: expect.stringContaining('县级调转') }] });
    const county = (await app.ok(IMPORT, { input: { format: 'csv', contentBase64: csv(line) } }, 'county')).importWorkers;
    expect(county).toMatchObject({ written: true, updated: 1, problems: [] });
    expect((await app.sql<{ region_code: string }>(`select region_code from worker where name = '被接管'`))[0].region_code).toBe('140799101202');
  });

  it('a worker on duty leaves only through an exit case: neither updateWorker nor the import sets EXITED; one never on duty may be', async () => {
    const idNumber = anIdNumber('19860909');
    const worker = await create('140799001004', { idNumber, name: '将离岗', category: 'PART_TIME', hiredOn: '2025-01-01' });
    await assign(worker.id, '140799001004-02', '2026-06-01');
    const direct = await app.gql(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`,
      { input: { id: worker.id, version: worker.version, status: 'EXITED', exitedOn: '2026-11-20' } },
      { user: 'township' },
    );
    expect(direct.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'WORKER_STATUS', field: 'input.status' },
      message: expect.stringContaining('leaves through an exit case: open one with openExit'),
    });
    const report = (
      await app.ok(
        IMPORT,
        { input: { format: 'csv', contentBase64: csv(`将离岗,${idNumber},${aPhone()},兼职网格员,离岗,140799001004,,,,,,,,,,`) } },
        'township',
      )
    ).importWorkers;
    expect(report).toMatchObject({ written: false, problems: [{ line: 2, column: '状态', problem: expect.stringContaining('openExit') }] });
    expect(
      await app.sql(`select w.status, w.exited_on, a.to_date from worker w join grid_assignment a on a.worker_id = w.id where w.id = ?`, [worker.id]),
    ).toEqual([{ status: 'ACTIVE', exited_on: null, to_date: null }]);

    // A candidate who never went on duty drops out with a plain status change.
    const candidate = await create('140799001004', { name: '未到岗', category: 'PART_TIME', status: 'CANDIDATE' });
    const dropped = await app.ok(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { status } }`,
      { input: { id: candidate.id, version: candidate.version, status: 'EXITED' } },
      'township',
    );
    expect(dropped.updateWorker.status).toBe('EXITED');
  });
});
