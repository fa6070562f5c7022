// The public roster (Zigong art. 21, Jiangmen art. 14): what a township posts, kept as dated publications,
// and a flag when a changed roster is not posted again within the policy's working days.
import { Workbook } from 'exceljs';
import { aPhone, aWorkerInput, CREATE_WORKER } from './support/factories';
import { errorCode, scanNow, TEST_TODAY, TestApp } from './support/test-app';

const ROSTER = `query($id: ID!) { publicRoster(townshipId: $id) { asOf changedSincePublication lastPublication { id publishedOn }
  grids { communityName gridCode gridName area serviceItems supervisionPhone workers { name phone role stars } } } }`;
const PUBLISH = `mutation($input: PublishRosterInput!) { publishRoster(input: $input) { id publishedOn postedAt publishedBy content { gridCode workers { name phone } } } }`;
const FLAGS = `{ complianceFlags(rule: "roster.not-republished") { edges { node { subjectId period message details } } } }`;

describe('the public roster', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridOf = async (code: string) => (await app.sql<{ id: string; version: number }>('select id, version from grid where code = ?', [code]))[0];
  const flags = async () =>
    (await app.ok(FLAGS, {}, 'county')).complianceFlags.edges.map((e: any) => e.node).sort((a: any, b: any) => a.message.localeCompare(b.message));

  it('shows each grid with its area, service items and supervision phone, and only workers on duty', async () => {
    const hedong = await regionId('140799101000');
    const grid = await gridOf('140799101201-01');
    const onboarding = (
      await app.ok(
        CREATE_WORKER,
        { input: aWorkerInput(await regionId('140799101201'), { name: '岗前培训中', category: 'PART_TIME', status: 'ONBOARDING' }) },
        'township2',
      )
    ).createWorker;
    await app.ok(
      `mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id } }`,
      { input: { workerId: onboarding.id, gridId: grid.id } },
      'township2',
    );
    const { publicRoster } = await app.ok(ROSTER, { id: hedong }, 'township2');
    expect(publicRoster.grids).toHaveLength(10);
    const line = publicRoster.grids.find((g: any) => g.gridCode === '140799101201-01');
    expect(line).toMatchObject({
      communityName: '河东村',
      area: expect.any(String),
      serviceItems: expect.stringContaining('矛盾纠纷排查'),
      supervisionPhone: '0354-12345',
    });
    expect(line.workers.length).toBeGreaterThan(0);
    expect(line.workers.map((w: any) => w.name)).not.toContain('岗前培训中');
    // Zigong art. 17: each worker's star level, as on the worker record.
    const listed = publicRoster.grids.flatMap((g: any) => g.workers);
    const { workers } = await app.ok(`{ workers(first: 100) { edges { node { name starLevel } } } }`, {}, 'township2');
    const stars = new Map(workers.edges.map((e: any) => [e.node.name, e.node.starLevel]));
    expect(listed.filter((w: any) => w.stars !== null).length).toBeGreaterThan(0);
    for (const w of listed) expect(w.stars).toBe(stars.get(w.name) ?? null);
    // The demo's 河东镇 posted its roster two days ago; an ONBOARDING worker changes nothing on it.
    expect(publicRoster.lastPublication.publishedOn).toBe('2026-11-23');
    expect(publicRoster.changedSincePublication).toBe(false);
    expect(errorCode(await app.gql(ROSTER, { id: hedong }, { user: 'township' }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(ROSTER, { id: await regionId('140799101201') }, { user: 'township2' }))).toBe('BAD_USER_INPUT');
  });

  it('keeps each publication as posted, and refuses posting an unchanged roster', async () => {
    const chengguan = await regionId('140799001000');
    const before = (await app.ok(ROSTER, { id: chengguan }, 'township')).publicRoster;
    expect(before.changedSincePublication).toBe(true); // a phone changed three weeks ago
    expect(errorCode(await app.gql(PUBLISH, { input: { townshipId: chengguan, postedAt: '公示栏' } }, { user: 'finance' }))).toBe('FORBIDDEN');
    const blank = await app.gql(PUBLISH, { input: { townshipId: chengguan, postedAt: '' } }, { user: 'township' });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.postedAt' });

    const posted = (await app.ok(PUBLISH, { input: { townshipId: chengguan, postedAt: '各社区党群服务中心公示栏' } }, 'township')).publishRoster;
    expect(posted).toMatchObject({ publishedOn: TEST_TODAY, publishedBy: 'township' });
    expect(posted.content).toHaveLength(20);
    const again = await app.gql(PUBLISH, { input: { townshipId: chengguan, postedAt: '公示栏' } }, { user: 'township' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROSTER_UNCHANGED' });
    const audits = await app.sql<{ action: string }>(`select action from audit_entry where entity = 'RosterPublication' and entity_id = ?`, [posted.id]);
    expect(audits).toEqual([{ action: 'PUBLISH' }]);

    // A worker's new published phone: the roster shows it, the publication keeps what was posted.
    const line = posted.content.find((g: any) => g.workers.some((w: any) => w.phone));
    const listed = line.workers.find((w: any) => w.phone);
    const [worker] = await app.sql<{ id: string; version: number }>(
      `select w.id, w.version from worker w join grid_assignment a on a.worker_id = w.id join grid g on g.id = a.grid_id
        where g.code = ? and w.name = ? and a.to_date is null`,
      [line.gridCode, listed.name],
    );
    const phone = aPhone();
    await app.ok(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`,
      { input: { id: worker.id, version: worker.version, workPhone: phone } },
      'township',
    );
    const after = (await app.ok(ROSTER, { id: chengguan }, 'township')).publicRoster;
    expect(after.changedSincePublication).toBe(true);
    expect(after.grids.find((g: any) => g.gridCode === line.gridCode).workers.map((w: any) => w.phone)).toContain(phone);
    const list = (await app.ok(`query($id: ID!) { rosterPublications(townshipId: $id) { id publishedOn } }`, { id: chengguan }, 'township')).rosterPublications;
    expect(list.map((p: any) => p.publishedOn)).toEqual([TEST_TODAY, '2026-10-14']);

    const file = (await app.ok(`query($id: ID!) { rosterPublicationExport(id: $id) { fileName contentBase64 } }`, { id: posted.id }, 'township'))
      .rosterPublicationExport;
    expect(file.fileName).toBe(`城关街道网格员公示名单-${TEST_TODAY}.xlsx`);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2 + 20);
    expect(sheet.getRow(2).values).toEqual([undefined, '社区（村）', '网格名称', '网格编码', '网格范围', '服务事项', '网格员', '联系电话', '监督电话']);
    const phones = sheet.getColumn(7).values.join('\n');
    expect(phones).toContain(listed.phone);
    expect(phones).not.toContain(phone);
    expect(errorCode(await app.gql(`query($id: ID!) { rosterPublicationExport(id: $id) { fileName } }`, { id: posted.id }, { user: 'township2' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('flags a changed roster not posted again within the working days of the policy, and a township that never posted one', async () => {
    const hedong = await regionId('140799101000');
    await scanNow(app, 'county', ['roster.not-republished']);
    // 城关街道 posted again in the test above (then a phone changed today); 西山乡 never posted.
    expect(await flags()).toEqual([
      expect.objectContaining({ subjectId: await regionId('140799102000'), period: '2024-01-01', message: expect.stringContaining('西山乡尚未发布') }),
    ]);

    // 河东镇 renames a grid's service items on Wednesday 25 November: five working days to post again.
    const grid = await gridOf('140799101202-01');
    await app.ok(
      `mutation($input: UpdateGridInput!) { updateGrid(input: $input) { id } }`,
      { input: { id: grid.id, version: grid.version, serviceItems: '政策宣传、矛盾纠纷排查、防汛防火巡查、代办服务、养老服务' } },
      'county',
    );
    expect((await app.ok(ROSTER, { id: hedong }, 'township2')).publicRoster.changedSincePublication).toBe(true);
    app.setToday('2026-12-02'); // 26, 27, 30 Nov, 1, 2 Dec: the fifth working day
    await scanNow(app, 'county', ['roster.not-republished']);
    expect((await flags()).map((f: any) => f.subjectId)).not.toContain(hedong);
    app.setToday('2026-12-03');
    await scanNow(app, 'county', ['roster.not-republished']);
    expect((await flags()).find((f: any) => f.subjectId === hedong)).toMatchObject({
      period: '2026-11-25',
      details: { changedOn: '2026-11-25', lastPublishedOn: '2026-11-23', workingDays: 6 },
      message: expect.stringContaining('河东镇的网格员公示名单自2026-11-25起有变动'),
    });
    await app.ok(PUBLISH, { input: { townshipId: hedong, postedAt: '镇政府公示栏' } }, 'township2');
    await scanNow(app, 'county', ['roster.not-republished']);
    expect((await flags()).map((f: any) => f.subjectId)).not.toContain(hedong);
  });
});
