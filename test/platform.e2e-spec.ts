import { errorCode, eventually, TestApp } from './support/test-app';

describe('audit, jobs and the GraphQL edge', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true, env: { GRAPHQL_MAX_COMPLEXITY: '500' } });
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;

  it('runs its statements without JIT compilation (it cost more than the queries at province scale)', async () => {
    expect(await app.sql(`show jit`)).toEqual([{ jit: 'off' }]);
  });

  it('writes an audit entry with before and after for every mutation, readable by the county only', async () => {
    const created = await app.ok(
      `mutation($input: CreateGridInput!) { createGrid(input: $input) { id version } }`,
      { input: { regionId: await regionId('140799001002'), code: 'AUD-1', name: '审计网格', households: 350, population: 900 } },
      'township',
    );
    const { id, version } = created.createGrid;
    await app.ok(
      `mutation($input: UpdateGridInput!) { updateGrid(input: $input) { id } }`,
      { input: { id, version, households: 360, supervisionPhone: '13800138000' } },
      'township',
    );
    await app.ok(
      `mutation($input: DeactivateGridInput!) { deactivateGrid(input: $input) { id } }`,
      { input: { id, version: version + 1, activeTo: '2030-01-01' } },
      'county',
    );

    const history = `query($id: String!) { auditHistory(entity: "Grid", entityId: $id) { totalCount edges { node { action actorName actorRole before after } } } }`;
    const result = (await app.ok(history, { id }, 'county')).auditHistory;
    expect(result.totalCount).toBe(3);
    const [deactivate, update, create] = result.edges.map((e: any) => e.node);
    expect(create).toMatchObject({ action: 'CREATE', actorName: 'township', actorRole: 'TOWNSHIP_STAFF', before: null });
    expect(create.after).toMatchObject({ code: 'AUD-1', households: 350 });
    expect(update.before).toMatchObject({ households: 350, supervisionPhone: null, version: 1 });
    expect(update.after).toMatchObject({ households: 360, supervisionPhone: '13800138000', version: 2 });
    expect(deactivate).toMatchObject({ action: 'DEACTIVATE', actorName: 'county' });
    expect(deactivate.before.active).toBe(true);
    expect(deactivate.after).toMatchObject({ active: false, activeTo: '2030-01-01' });

    expect(errorCode(await app.gql(history, { id }, { user: 'township' }))).toBe('FORBIDDEN');
    // Another county's PLC (none in the demo) would see nothing: the entries carry the grid's region code.
    const [entry] = await app.sql<{ region_code: string }>(`select region_code from audit_entry where entity_id = ? limit 1`, [id]);
    expect(entry.region_code).toBe('140799001002');
  });

  it('audits policy changes and users too', async () => {
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      {
        input: {
          regionId: await regionId('140799000000'),
          key: 'training.townshipSessionsPerYear',
          value: 4,
          effectiveFrom: '2026-01-01',
          source: '县政法委通知',
        },
      },
      'admin',
    );
    const rows = await app.sql<{ entity: string; action: string; actor_name: string }>(
      `select entity, action, actor_name from audit_entry where entity = 'PolicySetting'`,
    );
    expect(rows).toEqual([{ entity: 'PolicySetting', action: 'CREATE', actor_name: 'admin' }]);
  });

  it('lists every policy in force with its value, null where a key has none', async () => {
    const { effectivePolicy } = await app.ok(
      `query($id: ID!) { effectivePolicy(regionId: $id, on: "2026-06-01") { key value setBy } }`,
      { id: await regionId('140799000000') },
      'county',
    );
    const byKey = new Map(effectivePolicy.map((p: { key: string }) => [p.key, p]));
    expect(byKey.get('training.countySessionsPerYear')).toEqual({ key: 'training.countySessionsPerYear', value: 2, setBy: null });
    // Shanxi sets no grid sizing and the demo county none either: a null value, not an error for the whole list.
    expect(byKey.get('grid.sizing')).toEqual({ key: 'grid.sizing', value: null, setBy: null });
  });

  it('runs a job enqueued by the api in the worker, with its effect in the database', async () => {
    const village = await regionId('140799102201');
    const county = await regionId('140799000000');
    const stats = async () =>
      (await app.sql<{ active_grids: number; households: number }>('select active_grids, households from region_stats where region_id = ?', [county]))[0];
    const before = await stats();
    await app.ok(
      `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
      { input: { regionId: village, code: 'JOB-1', name: '任务网格', households: 777, population: 1500 } },
      'county',
    );
    const after = await eventually(async () => {
      const row = await stats();
      return row.active_grids === before.active_grids + 1 ? row : null;
    });
    expect(after!.households).toBe(before.households + 777);
    const tree = (await app.ok(`query($id: ID!) { regionTree(rootId: $id) { code stats { activeGrids households } } }`, { id: village }, 'county')).regionTree;
    expect(tree[0].stats.activeGrids).toBe(4 + 1);
  });

  it('registers the nightly schedulers in the worker, at SCAN_CRON in Shanghai time', async () => {
    const pattern = app.config.scanCron;
    const maintenance = await app.queue('maintenance').getJobSchedulers();
    expect(maintenance.map((s) => [s.key, s.pattern, s.tz])).toEqual([['nightly:region-stats', pattern, 'Asia/Shanghai']]);
    const compliance = await app.queue('compliance').getJobSchedulers();
    expect(compliance.map((s) => [s.key, s.pattern, s.tz])).toEqual([['daily:compliance-scan', pattern, 'Asia/Shanghai']]);
    const recruiting = await app.queue('recruiting').getJobSchedulers();
    expect(recruiting.map((s) => [s.key, s.pattern, s.tz])).toEqual([['daily:publicity-sweep', pattern, 'Asia/Shanghai']]);
  });

  it('rejects queries deeper or costlier than the limits', async () => {
    const deep =
      '{ regionTree { children { children { children { children { children { children { children { children { children { children { children { code } } } } } } } } } } } } }';
    const res = await app.gql(deep, {}, { user: 'county' });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/depth 13 exceeds the limit of 12/);
    expect(res.errors![0].extensions?.reason).toBe('QUERY_TOO_DEEP');
    // Each page item costs its fields: 100 grids x (edges + node + 3 fields) is over 500, 20 are not.
    const page = (n: number) => `{ grids(first: ${n}) { edges { node { id code name } } } }`;
    const costly = await app.gql(page(100), {}, { user: 'county' });
    expect(errorCode(costly)).toBe('BAD_USER_INPUT');
    expect(costly.errors![0].message).toBe('Query cost 501 exceeds the limit of 500');
    expect(costly.errors![0].extensions?.reason).toBe('QUERY_TOO_COSTLY');
    expect((await app.ok(page(20), {}, 'county')).grids.edges).toHaveLength(20);
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    const [entry] = await app.sql<{ id: string }>(`select id from audit_entry limit 1`);
    expect(entry).toBeDefined();
    for (const statement of [`update audit_entry set actor_name = 'someone else' where id = ?`, `delete from audit_entry where id = ?`]) {
      await expect(app.sql(statement, [entry.id])).rejects.toThrow(/audit_entry is append-only/);
    }
    await expect(app.sql(`truncate audit_entry`)).rejects.toThrow(/audit_entry is append-only: TRUNCATE refused/);
    // The scope an entry is filed under follows a region move; nothing else about it may change.
    await expect(app.sql(`update audit_entry set region_code = region_code, actor_role = 'X' where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
    await app.sql(`update audit_entry set region_code = region_code where id = ?`, [entry.id]);
    expect(await app.sql(`select id from audit_entry where id = ?`, [entry.id])).toHaveLength(1);
  });

  it('reports health of PostgreSQL and Redis', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('sends security headers and does not name its framework', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('hides internal errors and unknown fields are validation errors', async () => {
    const res = await app.gql('{ grids { nope } }', {}, { user: 'county' });
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
