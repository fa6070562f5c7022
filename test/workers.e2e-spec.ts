import { aPhone, aWorkerInput, anIdNumber, CREATE_WORKER } from './support/factories';
import { errorCode, TestApp } from './support/test-app';

describe('worker register', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridId = async (code: string) => (await app.sql<{ id: string }>('select id from grid where code = ?', [code]))[0].id;
  const create = async (user: string, regionCode: string, overrides: Record<string, unknown> = {}) =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId(regionCode), overrides) }, user)).createWorker;

  describe('identity', () => {
    it('derives birth date and sex from the ID number and masks it', async () => {
      const idNumber = anIdNumber('19850315', false);
      const worker = await create('township', '140799001001', { idNumber, name: '李四', education: 'BACHELOR', veteran: true, hiredOn: '2025-03-01' });
      expect(worker).toMatchObject({ birthDate: '1985-03-15', sex: 'FEMALE', status: 'ACTIVE', regionCode: '140799001001' });
      const [stored] = await app.sql<Record<string, unknown>>(
        "select education, veteran, to_char(hired_on, 'YYYY-MM-DD') as hired_on from worker where id = ?",
        [worker.id],
      );
      expect(stored).toEqual({ education: 'BACHELOR', veteran: true, hired_on: '2025-03-01' });
      expect(worker.idNumber).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
      const [row] = await app.sql<Record<string, string>>('select id_number_cipher, id_number_hash from worker where id = ?', [worker.id]);
      expect(JSON.stringify(row)).not.toContain(idNumber.slice(6, 14));
    });

    it.each([
      ['a wrong check character', (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0'), /check character/],
      ['an impossible date', () => '14079919900230123X', /not a real date|check character/],
      ['a 15-digit legacy number', () => '140799900101123', /15-digit/],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, mutate, message) => {
      const res = await app.gql(
        CREATE_WORKER,
        { input: aWorkerInput(await regionId('140799001001'), { idNumber: mutate(anIdNumber()) }) },
        { user: 'township' },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.idNumber');
      expect(res.errors![0].message).toMatch(message);
    });

    it('keeps one record per person: CONFLICT names the record in scope, and leaks nothing across townships', async () => {
      const idNumber = anIdNumber('19920620');
      const first = await create('township', '140799001002', { idNumber, name: '王五' });
      const again = await app.gql(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001003'), { idNumber }) }, { user: 'township' });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toContain(first.id);
      const elsewhere = await app.gql(CREATE_WORKER, { input: aWorkerInput(await regionId('140799101201'), { idNumber }) }, { user: 'township2' });
      expect(errorCode(elsewhere)).toBe('CONFLICT');
      expect(elsewhere.errors![0].message).not.toContain(first.id);
      expect(elsewhere.errors![0].message).not.toContain('王五');
      expect(await app.sql('select id from worker where name = ?', ['王五'])).toHaveLength(1);
    });

    it('refuses a bad phone', async () => {
      const res = await app.gql(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001001'), { phone: '0354-1234567' }) }, { user: 'township' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
    });
  });

  describe('privacy', () => {
    it('masks phones for finance and reveals ID numbers only to staff in scope, auditing each reveal', async () => {
      const idNumber = anIdNumber('19880808');
      const phone = aPhone();
      const worker = await create('township', '140799001004', { idNumber, phone });
      const read = `query($id: ID!) { worker(id: $id) { idNumber phone } }`;
      expect((await app.ok(read, { id: worker.id }, 'finance')).worker).toEqual({
        idNumber: worker.idNumber,
        phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      });
      expect((await app.ok(read, { id: worker.id }, 'county')).worker.phone).toBe(phone);

      const reveal = `mutation($id: ID!) { revealIdNumber(workerId: $id) }`;
      expect(errorCode(await app.gql(reveal, { id: worker.id }, { user: 'finance' }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(reveal, { id: worker.id }, { user: 'township2' }))).toBe('NOT_FOUND');
      expect((await app.ok(reveal, { id: worker.id }, 'township')).revealIdNumber).toBe(idNumber);
      const audits = await app.sql<{ actor_name: string }>(`select actor_name from audit_entry where entity_id = ? and action = 'REVEAL_ID_NUMBER'`, [
        worker.id,
      ]);
      expect(audits).toEqual([{ actor_name: 'township' }]);
    });

    it('keeps the phone masked in the audit copies of a worker', async () => {
      const phone = aPhone();
      const worker = await create('township', '140799001004', { idNumber: anIdNumber('19890909'), phone });
      const [created] = await app.sql<{ after: { phone: string; idNumberMasked: string } }>(
        `select "after" from audit_entry where entity_id = ? and action = 'CREATE'`,
        [worker.id],
      );
      expect(created.after.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect(JSON.stringify(created.after)).not.toContain(phone);
    });
  });

  describe('the list', () => {
    it('shows phones as the single record does: masked for finance, whole for the register keepers', async () => {
      const phone = aPhone();
      const worker = await create('township', '140799001004', { phone, name: '钱多多' });
      const list = `{ workers(name: "钱多多") { edges { node { id phone } } } }`;
      expect((await app.ok(list, {}, 'finance')).workers.edges).toEqual([{ node: { id: worker.id, phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` } }]);
      expect((await app.ok(list, {}, 'township')).workers.edges).toEqual([{ node: { id: worker.id, phone } }]);
    });

    it('counts with the page, through a fragment, and on an empty page after the last', async () => {
      await create('township', '140799001001', { name: '周一一' });
      await create('township', '140799001002', { name: '周一二' });
      const counted = await app.ok(
        `query($after: String) { workers(name: "周一", first: 1, after: $after) { ...counted edges { node { name } } pageInfo { endCursor } } }
         fragment counted on WorkerConnection { totalCount totalCountIsEstimate }`,
        {},
        'township',
      );
      expect(counted.workers).toMatchObject({ totalCount: 2, totalCountIsEstimate: false, edges: [{ node: { name: '周一一' } }] });
      const [sql] = await app.sql<{ n: number }>(`select count(*)::int as n from worker where name like '周一%' and region_code like '140799001%'`);
      expect(sql.n).toBe(2);
      const last = `query($after: String) { workers(name: "周一", first: 5, after: $after) { totalCount edges { node { name } } pageInfo { endCursor } } }`;
      const all = (await app.ok(last, {}, 'township')).workers;
      const after = (await app.ok(last, { after: all.pageInfo.endCursor }, 'township')).workers;
      expect(after).toMatchObject({ totalCount: 2, edges: [] });
    });
  });

  describe('scope fails closed', () => {
    it("hides another township's workers from lookups, lists, counts and changes", async () => {
      const hidden = await create('township2', '140799101202', { name: '赵六' });
      expect(errorCode(await app.gql(`query($id: ID!) { worker(id: $id) { id } }`, { id: hidden.id }, { user: 'township' }))).toBe('NOT_FOUND');
      const list = await app.ok(`{ workers(name: "赵六") { totalCount edges { node { id } } } }`, {}, 'township');
      expect(list.workers.totalCount).toBe(0);
      const update = await app.gql(
        `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`,
        { input: { id: hidden.id, version: hidden.version, name: '改名' } },
        { user: 'township' },
      );
      expect(errorCode(update)).toBe('NOT_FOUND');
      expect((await app.ok(`{ workers(name: "赵六") { totalCount } }`, {}, 'county')).workers.totalCount).toBe(1);
      const byId = await app.ok(
        `query($n: String!) { workers(idNumber: $n) { totalCount } }`,
        { n: (await app.ok(`mutation($id: ID!) { revealIdNumber(workerId: $id) }`, { id: hidden.id }, 'county')).revealIdNumber },
        'township',
      );
      expect(byId.workers.totalCount).toBe(0);
    });
  });

  describe('optimistic locking', () => {
    it('refuses a stale version and writes nothing', async () => {
      const worker = await create('township', '140799001001', { name: '孙七' });
      const update = `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { name version } }`;
      await app.ok(update, { input: { id: worker.id, version: worker.version, name: '孙七一' } }, 'township');
      const stale = await app.gql(update, { input: { id: worker.id, version: worker.version, name: '孙七二' } }, { user: 'township' });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect((await app.sql<{ name: string }>('select name from worker where id = ?', [worker.id]))[0].name).toBe('孙七一');
    });
  });

  describe('grid assignments and vacancies', () => {
    const assign = `mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id fromDate toDate grid { code } } }`;

    it('moves a one-grid worker in one transaction, keeps history, and lets a grid leader cover several grids', async () => {
      const worker = await create('township', '140799001001', { name: '周八' });
      await app.ok(assign, { input: { workerId: worker.id, gridId: await gridId('140799001001-01'), fromDate: '2026-01-01' } }, 'township');
      const refused = await app.gql(
        assign,
        { input: { workerId: worker.id, gridId: await gridId('140799001001-02'), fromDate: '2026-03-01' } },
        { user: 'township' },
      );
      expect(errorCode(refused)).toBe('CONFLICT');
      await app.ok(assign, { input: { workerId: worker.id, gridId: await gridId('140799001001-02'), fromDate: '2026-03-01', move: true } }, 'township');
      const history = (await app.ok(`query($id: ID!) { worker(id: $id) { assignments { fromDate toDate grid { code } } } }`, { id: worker.id }, 'township'))
        .worker.assignments;
      expect(history).toEqual([
        { fromDate: '2026-03-01', toDate: null, grid: { code: '140799001001-02' } },
        { fromDate: '2026-01-01', toDate: '2026-02-28', grid: { code: '140799001001-01' } },
      ]);

      const leader = await create('township', '140799001001', { name: '吴九', category: 'GRID_LEADER' });
      for (const code of ['140799001001-01', '140799001001-02', '140799001001-03']) {
        await app.ok(assign, { input: { workerId: leader.id, gridId: await gridId(code) } }, 'township');
      }
      const current = (await app.ok(`query($id: ID!) { worker(id: $id) { currentAssignments { grid { code } } } }`, { id: leader.id }, 'township')).worker
        .currentAssignments;
      expect(current).toHaveLength(3);

      // A page's nested grids (plain rows) read as the grid does on its own (an entity).
      const GRID = `id code name kind exclusiveUnit setting households population boundary regionCode activeFrom activeTo active version warnings region { id code name level parentId }`;
      const nested = (
        await app.ok(`query($id: ID!) { worker(id: $id) { currentAssignments { id role fromDate toDate grid { ${GRID} } } } }`, { id: leader.id }, 'township')
      ).worker.currentAssignments as { grid: { id: string } }[];
      for (const { grid } of nested) expect(grid).toEqual((await app.ok(`query($id: ID!) { grid(id: $id) { ${GRID} } }`, { id: grid.id }, 'township')).grid);
    });

    it("refuses a grid outside the worker's township", async () => {
      const worker = await create('county', '140799001001', { name: '郑十' });
      const res = await app.gql(assign, { input: { workerId: worker.id, gridId: await gridId('140799101201-01') } }, { user: 'county' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gridId' });
    });

    it('lists urban grids without an active full-time worker, with how long they have been vacant', async () => {
      const vacancies = async () =>
        (await app.ok(`{ vacancies { gridCode vacantSince daysVacant } }`, {}, 'township')).vacancies as {
          gridCode: string;
          vacantSince: string;
          daysVacant: number;
        }[];
      const before = await vacancies();
      expect(before.every((v) => v.gridCode.startsWith('140799001'))).toBe(true);
      const target = before.find((v) => v.gridCode === '140799001003-01')!;
      expect(target.vacantSince).toBe('2024-01-01');
      expect(target.daysVacant).toBeGreaterThan(600);
      // In the demo, the full-time worker of 140799001002-03 left on 2026-09-30.
      expect(before.find((v) => v.gridCode === '140799001002-03')!.vacantSince).toBe('2026-10-01');
      expect(before.map((v) => v.gridCode).sort()).toEqual(['140799001002-03', '140799001003-01']);

      const worker = await create('township', '140799001003', { name: '钱一' });
      const assignment = await app.ok(assign, { input: { workerId: worker.id, gridId: await gridId('140799001003-01'), fromDate: '2025-01-01' } }, 'township');
      expect((await vacancies()).map((v) => v.gridCode)).not.toContain('140799001003-01');

      await app.ok(
        `mutation($input: EndAssignmentInput!) { endGridAssignment(input: $input) { toDate } }`,
        { input: { assignmentId: assignment.assignWorkerToGrid.id, toDate: '2025-06-30' } },
        'township',
      );
      const reopened = (await vacancies()).find((v) => v.gridCode === '140799001003-01')!;
      expect(reopened.vacantSince).toBe('2025-07-01');
      // A part-time worker does not fill it; rural grids are not counted.
      expect((await vacancies()).some((v) => v.gridCode.startsWith('140799101'))).toBe(false);
    });
  });

  describe('misconduct', () => {
    it('records misconduct in the worker history and the audit trail', async () => {
      const worker = await create('township', '140799001002', { name: '冯二' });
      await app.ok(
        `mutation($input: RecordMisconductInput!) { recordMisconduct(input: $input) { id } }`,
        {
          input: {
            workerId: worker.id,
            kind: 'FALSIFICATION_OR_SHIRKING',
            occurredOn: '2026-05-06',
            finding: '虚报走访记录三次',
            decidedBy: '城关街道综治中心',
          },
        },
        'township',
      );
      const read = await app.ok(`query($id: ID!) { worker(id: $id) { misconducts { kind occurredOn finding decidedBy } } }`, { id: worker.id }, 'county');
      expect(read.worker.misconducts).toEqual([
        { kind: 'FALSIFICATION_OR_SHIRKING', occurredOn: '2026-05-06', finding: '虚报走访记录三次', decidedBy: '城关街道综治中心' },
      ]);
      const history = await app.ok(
        `query($id: String!) { auditHistory(entity: "Worker", entityId: $id) { edges { node { action } } } }`,
        { id: worker.id },
        'county',
      );
      expect(history.auditHistory.edges.map((e: any) => e.node.action)).toEqual(['RECORD_MISCONDUCT', 'CREATE']);
    });
  });

  describe('list page', () => {
    it('pages 50 workers with their grids and regions in a fixed number of SQL statements', async () => {
      const count = async () => {
        const { count: statements, result } = await app.statements(() =>
          app.ok(
            `{ workers(first: 50) { totalCount edges { node { name idNumber region { name } currentAssignments { grid { code region { name } } } } } } }`,
            {},
            'county',
          ),
        );
        return { statements, rows: result.workers.edges.length };
      };
      const first = await count();
      expect(first.rows).toBeGreaterThanOrEqual(10);
      // auth user + page + count + regions + assignments(with grids) + grid regions
      expect(first.statements).toBeLessThanOrEqual(7);
    });
  });

  it('sorts by name and finds by exact phone', async () => {
    const phone = aPhone();
    await create('township', '140799001001', { name: '阿强', phone });
    const byPhone = await app.ok(`query($p: String!) { workers(phone: $p) { edges { node { name } } } }`, { p: phone }, 'township');
    expect(byPhone.workers.edges).toEqual([{ node: { name: '阿强' } }]);
    const sorted = await app.ok(`{ workers(first: 100, sort: NAME) { edges { node { name } } } }`, {}, 'township');
    const names = sorted.workers.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
