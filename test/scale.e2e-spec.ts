// What makes the hot paths fast at province scale (docs/performance.md), held to what users see: the
// list counts only when asked and estimates past the limit, the county training report agrees with its
// townships', the stats add up, and a scan that finds nothing new writes nothing.
import { scanNow, TestApp } from './support/test-app';

const PAGE = `{ workers(first: 5) { edges { node { id name idNumber region { name } } } } }`;
const COUNTED = `query($r: ID) { workers(first: 5, regionId: $r) { totalCount totalCountIsEstimate edges { node { id } } } }`;

describe('province scale', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;

  it('counts the list only when totalCount is asked for, in the page’s statement', async () => {
    await app.login('county');
    // A session's first request reads the account (the api process keeps it then) beside the page; after
    // it, the page alone, and the regions of the page in one more.
    const PLAIN = `{ workers(first: 5) { edges { node { id name } } } }`;
    const first = await app.statements(() => app.ok(PLAIN, {}, 'county'));
    const without = await app.statements(() => app.ok(PLAIN, {}, 'county'));
    expect(without.result.workers.edges).toHaveLength(5);
    const nested = await app.statements(() => app.ok(PAGE, {}, 'county'));
    expect([first.count, without.count, nested.count]).toEqual([2, 1, 2]);
    // and counted in the page's own statement when asked
    const { count, result } = await app.statements(() => app.ok(`{ workers(first: 5) { totalCount edges { node { id name } } } }`, {}, 'county'));
    expect(count).toBe(without.count);
    const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from worker where region_code like '140799%'`);
    expect(result.workers.totalCount).toBe(n);
  });

  it('counts exactly up to 10,000 rows and gives the planner’s estimate above', async () => {
    const exact = (await app.ok(COUNTED, {}, 'county')).workers;
    const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from worker where region_code like '140799%'`);
    expect(exact).toMatchObject({ totalCount: n, totalCountIsEstimate: false });
    // A village with 10,500 more workers (bulk, as a province's data would be), its statistics fresh.
    const village = '140799102203';
    await app.sql(
      `insert into worker (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, sex, phone, category, status, region_id, region_code,
                           version, created_at, updated_at, veteran, low_income, draws_pension, social_work_certificate)
       select gen_random_uuid(), '规模' || i, 'v1:scale', md5('scale' || i) || md5('h' || i), '1407**********0000', date '1980-01-01', 'MALE',
              '139' || lpad(i::text, 8, '0'), 'PART_TIME', 'ACTIVE', r.id, r.code, 1, now(), now(), false, false, false, 'NONE'
         from generate_series(1, 10500) i cross join region r where r.code = ?`,
      [village],
    );
    await app.sql('analyze worker');
    const r = await regionId(village);
    const asked = await app.statements(() => app.ok(COUNTED, { r }, 'county'));
    const big = asked.result.workers;
    expect(big.totalCountIsEstimate).toBe(true);
    expect(big.totalCount).toBeGreaterThan(10_000);
    // The estimate is the planner's: near the truth, not exact.
    expect(Math.abs(big.totalCount - 10_500)).toBeLessThan(2_000);
    // Asked again within the minute, the estimate is the one already made: no planner statement.
    const again = await app.statements(() => app.ok(COUNTED, { r }, 'county'));
    expect(again.result.workers).toMatchObject({ totalCount: big.totalCount, totalCountIsEstimate: true });
    expect(again.count).toBe(asked.count - 1);
    // Paging on past the first page still works on the name index.
    const first = (
      await app.ok(
        `query($r: ID) { workers(first: 50, regionId: $r) { pageInfo { endCursor } edges { node { name } } } }`,
        { r: await regionId(village) },
        'county',
      )
    ).workers;
    const next = (
      await app.ok(
        `query($r: ID, $a: String) { workers(first: 50, regionId: $r, after: $a) { edges { node { name } } } }`,
        { r: await regionId(village), a: first.pageInfo.endCursor },
        'county',
      )
    ).workers;
    const names = [...first.edges, ...next.edges].map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(100);
    await app.sql(`delete from worker where region_code = ? and name like '规模%'`, [village]);
  });

  it('gives the county training report per township, agreeing with each township report', async () => {
    const county = (
      await app.ok(
        `query($c: ID!) { trainingCountyReport(countyId: $c, year: 2026) { measuredWorkers behindWorkers countySessionsHeld townships { townshipId townshipName sessionsHeld measuredWorkers trainedZero trainedOnce trainedTwice trainedThreeOrMore behind } } }`,
        { c: await regionId('140799000000') },
        'county',
      )
    ).trainingCountyReport;
    expect(county.townships.map((t: any) => t.townshipName)).toEqual(['城关街道', '河东镇', '西山乡']);
    expect(county.countySessionsHeld).toBe(1);
    for (const t of county.townships) {
      const r = (
        await app.ok(
          `query($t: ID!) { trainingReport(townshipId: $t, year: 2026) { townshipSessionsHeld measuredWorkers trainedZero trainedOnce trainedTwice trainedThreeOrMore workers { behind } } }`,
          { t: t.townshipId },
          'county',
        )
      ).trainingReport;
      expect(t).toMatchObject({
        sessionsHeld: r.townshipSessionsHeld,
        measuredWorkers: r.measuredWorkers,
        trainedZero: r.trainedZero,
        trainedOnce: r.trainedOnce,
        trainedTwice: r.trainedTwice,
        trainedThreeOrMore: r.trainedThreeOrMore,
        behind: r.workers.filter((w: any) => w.behind).length,
      });
    }
    expect(county.measuredWorkers).toBe(county.townships.reduce((n: number, t: any) => n + t.measuredWorkers, 0));
    expect(county.measuredWorkers).toBeGreaterThan(50);
    // Exported like every report.
    const file = (
      await app.ok(
        `query($p: JSON) { reportExport(report: "training.county", params: $p, format: CSV) { fileName } }`,
        { p: { countyId: await regionId('140799000000'), year: 2026 } },
        'county',
      )
    ).reportExport;
    expect(file.fileName).toContain('网格示范县');
  });

  it('adds up region stats over the whole tree in one statement', async () => {
    const tree = (await app.ok(`{ regionTree { code level parentId stats { activeGrids households } } }`, {}, 'admin')).regionTree;
    const [grids] = await app.sql<{ n: number; households: number }>(`select count(*)::int as n, sum(households)::int as households from grid where active`);
    const province = tree.find((r: any) => r.level === 'PROVINCE');
    expect(province.stats).toEqual({ activeGrids: grids.n, households: grids.households });
    const townships = tree.filter((r: any) => r.level === 'TOWNSHIP');
    expect(townships.reduce((n: number, t: any) => n + t.stats.activeGrids, 0)).toBe(grids.n);
    const county = tree.find((r: any) => r.code === '140799000000');
    expect(townships.every((t: any) => t.parentId)).toBe(true);
    expect(county.stats.activeGrids).toBe(grids.n);
  });

  it('writes nothing when a scan finds what is already flagged', async () => {
    const first = await scanNow(app, 'county');
    expect(first.opened).toBeGreaterThan(10);
    const second = await scanNow(app, 'county');
    expect(second).toMatchObject({ opened: 0, updated: 0, resolved: 0 });
    // An upsert would have locked (xmax set on) every open flag it met again; nothing touched them.
    const [{ touched }] = await app.sql<{ touched: number }>(`select count(*)::int as touched from compliance_flag where xmax::text <> '0'`);
    expect(touched).toBe(0);
  });
});
