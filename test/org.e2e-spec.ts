import { errorCode, TestApp } from './support/test-app';

const GRID_FIELDS = 'id code name regionCode households population version active warnings';

describe('regions and grids', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridOf = async (regionCode: string) =>
    (
      await app.sql<{ id: string; version: number; code: string }>('select id, version, code from grid where region_code = ? order by code limit 1', [
        regionCode,
      ])
    )[0];
  const count = async (table: string) => Number((await app.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

  describe('scope', () => {
    it('shows a township only its own grids and the county all of them', async () => {
      const q = '{ grids(first: 100) { totalCount edges { node { regionCode } } } }';
      const township = (await app.ok(q, {}, 'township')).grids;
      expect(township.totalCount).toBe(20);
      expect(township.edges.every((e: any) => e.node.regionCode.startsWith('140799001'))).toBe(true);
      const county = (await app.ok(q, {}, 'county')).grids;
      expect(county.totalCount).toBe(40);
      expect((await app.ok(q, {}, 'township2')).grids.totalCount).toBe(10);
    });

    it("answers NOT_FOUND for another township's grid, on reads and on changes, and changes nothing", async () => {
      const other = await gridOf('140799101201');
      const read = await app.gql(`query($id: ID!) { grid(id: $id) { id } }`, { id: other.id }, { user: 'township' });
      expect(errorCode(read)).toBe('NOT_FOUND');
      const write = await app.gql(
        `mutation($input: UpdateGridInput!) { updateGrid(input: $input) { id } }`,
        { input: { id: other.id, version: other.version, households: 1 } },
        { user: 'township' },
      );
      expect(errorCode(write)).toBe('NOT_FOUND');
      expect((await app.sql<{ households: number }>('select households from grid where id = ?', [other.id]))[0].households).not.toBe(1);
      const filtered = await app.gql(`query($r: ID!) { grids(regionId: $r) { totalCount } }`, { r: await regionId('140799101000') }, { user: 'township' });
      expect(errorCode(filtered)).toBe('NOT_FOUND');
      // The county may read and change it.
      const county = await app.ok(`query($id: ID!) { grid(id: $id) { code } }`, { id: other.id }, 'county');
      expect(county.grid.code).toBe(other.code);
    });

    it('keeps the region tree within scope', async () => {
      const tree = (await app.ok('{ regionTree { code level parentId } }', {}, 'township2')).regionTree;
      expect(tree.map((r: any) => r.code)).toEqual(['140799101000', '140799101201', '140799101202', '140799101203']);
      expect(errorCode(await app.gql(`query($id: ID!) { region(id: $id) { code } }`, { id: await regionId('140799001000') }, { user: 'township2' }))).toBe(
        'NOT_FOUND',
      );
    });

    it('filters grids by kind, setting, activity and text, with keyset pages', async () => {
      const q = `query($after: String) { grids(first: 15, setting: RURAL, active: true, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { code setting } } } }`;
      const first = (await app.ok(q, {}, 'county')).grids;
      expect(first.totalCount).toBe(20);
      expect(first.edges).toHaveLength(15);
      expect(first.pageInfo).toMatchObject({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: first.edges[0].cursor,
        endCursor: first.edges[14].cursor,
      });
      const second = (await app.ok(q, { after: first.pageInfo.endCursor }, 'county')).grids;
      expect(second.edges).toHaveLength(5);
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: second.edges[0].cursor });
      // After a cursor that sorts before every grid, nothing precedes the page.
      const beforeAll = Buffer.from(JSON.stringify(['', '00000000-0000-0000-0000-000000000000'])).toString('base64url');
      expect((await app.ok(q, { after: beforeAll }, 'county')).grids.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const empty = (await app.ok(q, { after: second.pageInfo.endCursor }, 'county')).grids;
      expect(empty).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
      const codes = [...first.edges, ...second.edges].map((e: any) => e.node.code);
      expect(new Set(codes).size).toBe(20);
      expect([...codes].sort()).toEqual(codes);
      const search = (await app.ok('{ grids(search: "滨河") { totalCount } }', {}, 'county')).grids;
      expect(search.totalCount).toBe(6);
      expect(errorCode(await app.gql('{ grids(after: "not-a-cursor") { totalCount } }', {}, { user: 'county' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('validation writes nothing', () => {
    const createRegion = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id code } }`;

    it('refuses a malformed region code', async () => {
      const before = await count('region');
      const res = await app.gql(
        createRegion,
        { input: { parentId: await regionId('140799101000'), code: '14079910120X', name: '新村', level: 'VILLAGE' } },
        { user: 'admin' },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.code');
      expect(await count('region')).toBe(before);
    });

    it("refuses a code that does not start with the parent's prefix", async () => {
      const before = [await count('region'), await count('audit_entry')];
      const res = await app.gql(
        createRegion,
        { input: { parentId: await regionId('140799101000'), code: '140799102299', name: '新村', level: 'VILLAGE' } },
        { user: 'admin' },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/parent's prefix 140799101/);
      expect([await count('region'), await count('audit_entry')]).toEqual(before);
    });

    it('refuses a duplicate grid code with CONFLICT', async () => {
      const existing = await gridOf('140799001001');
      const before = [await count('grid'), await count('audit_entry')];
      const res = await app.gql(
        `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
        { input: { regionId: await regionId('140799001002'), code: existing.code, name: '重复网格', households: 400, population: 1000 } },
        { user: 'township' },
      );
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].message).toContain(existing.code);
      expect([await count('grid'), await count('audit_entry')]).toEqual(before);
    });

    it('refuses bad ids, control characters and impossible dates at the edge', async () => {
      expect(errorCode(await app.gql('{ grid(id: "42") { id } }', {}, { user: 'county' }))).toBe('BAD_USER_INPUT');
      const nul = await app.gql(
        `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
        { input: { regionId: await regionId('140799001002'), code: 'NUL-1', name: 'bad\u0000name', households: 400, population: 1000 } },
        { user: 'county' },
      );
      expect(errorCode(nul)).toBe('BAD_USER_INPUT');
      expect(nul.errors![0].extensions!.field).toBe('input.name');
      const date = await app.gql(
        `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
        { input: { regionId: await regionId('140799001002'), code: 'DATE-1', name: '日期', households: 400, population: 1000, activeFrom: '2026-02-30' } },
        { user: 'county' },
      );
      expect(errorCode(date)).toBe('BAD_USER_INPUT');
      expect(await app.sql(`select 1 from grid where code in ('NUL-1', 'DATE-1')`)).toHaveLength(0);
    });

    it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
      const grid = await gridOf('140799001003');
      const update = `mutation($input: UpdateGridInput!) { updateGrid(input: $input) { households version } }`;
      const first = await app.ok(update, { input: { id: grid.id, version: grid.version, households: 410 } }, 'township');
      expect(first.updateGrid).toEqual({ households: 410, version: grid.version + 1 });
      const stale = await app.gql(update, { input: { id: grid.id, version: grid.version, households: 999 } }, { user: 'township' });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect((await app.sql<{ households: number }>('select households from grid where id = ?', [grid.id]))[0].households).toBe(410);
    });

    it('forbids FINANCE from changing grids', async () => {
      const grid = await gridOf('140799001003');
      const res = await app.gql(
        `mutation($input: UpdateGridInput!) { updateGrid(input: $input) { id } }`,
        { input: { id: grid.id, version: grid.version, households: 1 } },
        { user: 'finance' },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });

  describe('grid sizing advice', () => {
    it('is a province policy: none in Shanxi, Sichuan and Hunan seeded from their texts, warnings never errors', async () => {
      const create = `mutation($input: CreateGridInput!) { createGrid(input: $input) { ${GRID_FIELDS} setting } }`;
      const big = await app.ok(
        create,
        { input: { regionId: await regionId('140799001001'), code: 'BIG-1', name: '大网格', households: 900, population: 2400 } },
        'county',
      );
      expect(big.createGrid).toMatchObject({ setting: 'URBAN', warnings: [] });
      const seeded = await app.sql<{ region_code: string; value: any; effective_from: string }>(
        `select region_code, value, to_char(effective_from, 'YYYY-MM-DD') as effective_from from policy_setting where key = 'grid.sizing' order by region_code`,
      );
      expect(seeded).toEqual([
        {
          region_code: '430000000000',
          effective_from: '2024-03-01',
          value: {
            tolerancePercent: 20,
            bands: [
              expect.objectContaining({ setting: 'URBAN', householdsMin: 300, householdsMax: 300, populationAbout: 1000 }),
              expect.objectContaining({ setting: 'RURAL', householdsMin: 200, householdsMax: 200, populationAbout: 500 }),
            ],
          },
        },
        {
          region_code: '510000000000',
          effective_from: '2024-02-01',
          value: {
            tolerancePercent: 20,
            bands: [expect.objectContaining({ regionLevel: 'COMMUNITY', householdsMin: 300, householdsMax: 500, populationAbout: 1000 })],
          },
        },
      ]);

      // The city adopts Sichuan's numbers: the big grid draws a warning, a fine one and an exclusive one do not.
      await app.ok(
        `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
        { input: { regionId: await regionId('140700000000'), key: 'grid.sizing', value: seeded[1].value, effectiveFrom: '2020-01-01' } },
        'city',
      );
      const again = await app.ok(`query($id: ID!) { grid(id: $id) { warnings } }`, { id: big.createGrid.id }, 'county');
      expect(again.grid.warnings).toEqual([expect.stringMatching(/300-500 households or about 1000 people.*consider splitting it/)]);
      const fine = await app.ok(
        create,
        { input: { regionId: await regionId('140799001001'), code: 'OK-1', name: '正常网格', households: 420, population: 1100 } },
        'county',
      );
      expect(fine.createGrid.warnings).toEqual([]);
      const school = await app.ok(
        create,
        {
          input: {
            regionId: await regionId('140799001001'),
            code: 'SCH-1',
            name: '县一中',
            kind: 'EXCLUSIVE',
            exclusiveUnit: '县第一中学',
            households: 0,
            population: 300,
          },
        },
        'county',
      );
      expect(school.createGrid.warnings).toEqual([]);
      const bad = await app.gql(
        `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
        { input: { regionId: await regionId('140700000000'), key: 'grid.sizing', value: { tolerancePercent: 20, bands: [] }, effectiveFrom: '2021-01-01' } },
        { user: 'city' },
      );
      expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('bands') });
    });
  });

  describe('region moves', () => {
    it('recodes the subtree and every scoped record under it', async () => {
      const village = await regionId('140799102203');
      const grids = await app.sql<{ id: string }>(`select id from grid where region_code = '140799102203'`);
      const [{ version }] = await app.sql<{ version: number }>('select version from region where id = ?', [village]);
      const moved = await app.ok(
        `mutation($input: MoveRegionInput!) { moveRegion(input: $input) { code parentId version } }`,
        { input: { id: village, version, newParentId: await regionId('140799101000'), newCode: '140799101204' } },
        'admin',
      );
      expect(moved.moveRegion).toMatchObject({ code: '140799101204', parentId: await regionId('140799101000') });
      const after = await app.sql<{ region_code: string }>(
        `select region_code from grid where id in (${grids.map(() => '?').join(',')})`,
        grids.map((g) => g.id),
      );
      expect(after.every((g) => g.region_code === '140799101204')).toBe(true);
      // Township staff of 河东镇 now see those grids.
      expect((await app.ok('{ grids { totalCount } }', {}, 'township2')).grids.totalCount).toBe(10 + grids.length);
    });

    it('gives staff signed in under a moved township their new scope on their next request', async () => {
      const q = '{ me { regionCode } grids(first: 100) { totalCount edges { node { regionCode } } } }';
      // Signed in and served twice: the second answer came with the account this api process keeps.
      await app.ok(q, {}, 'township2');
      const before = await app.ok(q, {}, 'township2');
      expect(before.me.regionCode).toBe('140799101000');
      const township = await regionId('140799101000');
      const [{ version }] = await app.sql<{ version: number }>('select version from region where id = ?', [township]);
      await app.ok(
        `mutation($input: MoveRegionInput!) { moveRegion(input: $input) { code } }`,
        { input: { id: township, version, newParentId: await regionId('140799000000'), newCode: '140799103000' } },
        'admin',
      );
      const after = await app.ok(q, {}, 'township2');
      expect(after.me.regionCode).toBe('140799103000');
      expect(after.grids.totalCount).toBe(before.grids.totalCount);
      expect(after.grids.edges.every((e: any) => e.node.regionCode.startsWith('140799103'))).toBe(true);
    });

    it('refuses to deactivate a region that still has active grids', async () => {
      const [{ id, version }] = await app.sql<{ id: string; version: number }>(`select id, version from region where code = '140799001004'`);
      const res = await app.gql(
        `mutation($input: VersionedIdInput!) { deactivateRegion(input: $input) { active } }`,
        { input: { id, version } },
        { user: 'admin' },
      );
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].message).toMatch(/6 active grids/);
    });
  });
});
