import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { errorCode, TestApp } from './support/test-app';

// A real excerpt of the national division codes: 榆社县, two townships, four communities, four villages.
const YUSHE = fs.readFileSync(path.join(__dirname, 'fixtures', 'yushe-county-divisions-2023.csv'), 'utf8');
const IMPORT = `mutation($input: ImportRegionsInput!) { importRegions(input: $input) {
  written rows created updated unchanged problems { line column value problem } problemSheet { fileName contentBase64 } missing { code name level } } }`;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('region import from the national division codes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const idOf = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const count = async (where: string) => Number((await app.sql<{ n: string }>(`select count(*) as n from region where ${where}`))[0].n);
  const importAs = async (user: string, text: string, extra: Record<string, unknown> = {}) =>
    (await app.ok(IMPORT, { input: { format: 'csv', contentBase64: base64(text), ...extra } }, user)).importRegions;

  it('offers a template whose columns the import reads', async () => {
    const { regionImportTemplate: file } = await app.ok(`{ regionImportTemplate { fileName contentBase64 } }`, {}, 'city');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(['区划代码', '区划名称', '城乡分类代码', '级别']);
    expect(file.fileName).toBe('区划导入模板.xlsx');
  });

  it('refuses township and county users before reading the file', async () => {
    for (const user of ['township', 'county']) {
      const res = await app.gql(IMPORT, { input: { format: 'csv', contentBase64: base64(YUSHE) } }, { user });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].extensions!.reason).toBe('ROLE_FORBIDDEN');
    }
    expect(await count(`code like '140721%'`)).toBe(0);
  });

  it('checks a real county in a dry run, then creates every row at its level under its parent; again, 0 created', async () => {
    const dry = await importAs('city', YUSHE, { dryRun: true });
    expect(dry).toMatchObject({ written: false, rows: 11, created: 11, updated: 0, unchanged: 0, problems: [], problemSheet: null, missing: [] });
    expect(await count(`code like '140721%'`)).toBe(0);

    expect(await importAs('city', YUSHE)).toMatchObject({ written: true, rows: 11, created: 11, updated: 0, unchanged: 0 });
    const rows = await app.sql<{ code: string; name: string; level: string; parent: string }>(
      `select r.code, r.name, r.level, p.code as parent from region r join region p on p.id = r.parent_id where r.code like '140721%' order by r.code`,
    );
    expect(rows.map((r) => `${r.code} ${r.level} ${r.parent} ${r.name}`)).toEqual([
      '140721000000 COUNTY 140700000000 榆社县',
      '140721100000 TOWNSHIP 140721000000 箕城镇',
      '140721100200 VILLAGE 140721100000 城关村村民委员会',
      '140721100201 VILLAGE 140721100000 南河底村村民委员会',
      '140721100202 VILLAGE 140721100000 赵道峪村村民委员会',
      '140721100203 VILLAGE 140721100000 石栈道村村民委员会',
      '140721400000 TOWNSHIP 140721000000 城区',
      '140721400001 COMMUNITY 140721400000 滨河社区居民委员会',
      '140721400002 COMMUNITY 140721400000 学府社区居民委员会',
      '140721400003 COMMUNITY 140721400000 新华社区居民委员会',
      '140721400004 COMMUNITY 140721400000 文峰社区居民委员会',
    ]);
    const audit = await app.sql<{ action: string; actor_name: string; n: string }>(
      `select action, actor_name, count(*) as n from audit_entry where entity = 'Region' and region_code like '140721%' group by action, actor_name`,
    );
    expect(audit).toEqual([{ action: 'IMPORT_CREATE', actor_name: 'city', n: '11' }]);

    // The new regions are ordinary regions: the tree shows them to the city.
    const { regionTree } = await app.ok(`query($root: ID) { regionTree(rootId: $root) { code parentId level } }`, { root: await idOf('140721000000') }, 'city');
    expect(regionTree).toHaveLength(11);

    expect(await importAs('city', YUSHE)).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 11, missing: [] });
    expect(await count(`code like '140721%'`)).toBe(11);
  });

  it('updates names on a re-import, reports regions the new file leaves out, and deletes nothing', async () => {
    const renamed = YUSHE.replace('140721100203,石栈道村村民委员会\n', '')
      .replace('滨河社区居民委员会', '滨河社区居委会')
      // The NBS table prints every level in 12 digits.
      .replace('140721400,城区', '140721400000,城区');
    const before = await app.sql<{ version: number }>(`select version from region where code = '140721400001'`);
    const report = await importAs('city', renamed);
    expect(report).toMatchObject({ written: true, rows: 10, created: 0, updated: 1, unchanged: 9 });
    expect(report.missing).toEqual([{ code: '140721100203', name: '石栈道村村民委员会', level: 'VILLAGE' }]);
    const [community] = await app.sql<{ name: string; version: number }>(`select name, version from region where code = '140721400001'`);
    expect(community).toEqual({ name: '滨河社区居委会', version: before[0].version + 1 });
    expect(await count(`code = '140721100203' and active`)).toBe(1);
    const [entry] = await app.sql<{ before: any; after: any }>(
      `select before, after from audit_entry where entity = 'Region' and action = 'IMPORT_UPDATE' and region_code = '140721400001'`,
    );
    expect([entry.before.name, entry.after.name]).toEqual(['滨河社区居民委员会', '滨河社区居委会']);
  });

  it('names a village whose township is neither on record nor in the file, and writes nothing', async () => {
    const report = await importAs('city', 'code,name\n140721100204,北泉沟村村民委员会\n140721200200,河峪村村民委员会\n');
    expect(report).toMatchObject({ written: false, rows: 2, created: 1 });
    expect(report.problems).toEqual([{ line: 3, column: '区划代码', value: '140721200200', problem: '上级区划 140721200000 不在系统中，也不在本文件中' }]);
    const sheet = new Workbook();
    await sheet.xlsx.load(Buffer.from(report.problemSheet.contentBase64, 'base64') as never);
    expect(sheet.worksheets[0].getRow(2).values).toEqual([undefined, 3, '区划代码', '140721200200', '上级区划 140721200000 不在系统中，也不在本文件中']);
    expect(await count(`code in ('140721100204', '140721200200')`)).toBe(0);

    // Nor under a deactivated township; the township's own row is no problem.
    await app.sql(`update region set active = false where code = '140721100000'`);
    const inactive = await importAs('city', 'code,name\n140721100,箕城镇\n140721100204,北泉沟村村民委员会\n');
    expect(inactive.problems).toEqual([{ line: 3, column: '区划代码', value: '140721100204', problem: '上级区划 140721100000（箕城镇）已停用' }]);
    await app.sql(`update region set active = true where code = '140721100000'`);
  });

  it('takes the level from the name, the classification code or the level column, and asks for it when nothing tells', async () => {
    const file = [
      'code,name,城乡分类代码,级别',
      '140721101,云簇镇,,',
      '140721101200,云簇村村民委员会,,',
      '140721101001,云簇镇居民委员会,,',
      '140721101002,云簇生活区,,',
      '140721101003,云簇虚拟生活区,111,',
      '140721101201,王家庄,220,',
      '140721101202,李家庄,,村',
    ].join('\n');
    const refused = await importAs('city', file);
    expect(refused.written).toBe(false);
    expect(refused.problems).toEqual([{ line: 5, column: '级别', value: '', problem: '看不出是社区还是村：请填写“级别”（社区或村）或“城乡分类代码”' }]);
    expect(await count(`code like '140721101%'`)).toBe(0);

    const fixed = await importAs('city', file.replace('140721101002,云簇生活区,,', '140721101002,云簇生活区,,社区'));
    expect(fixed).toMatchObject({ written: true, created: 7, problems: [] });
    const levels = await app.sql<{ code: string; level: string }>(`select code, level from region where code like '140721101%' order by code`);
    expect(Object.fromEntries(levels.map((r) => [r.code, r.level]))).toEqual({
      '140721101000': 'TOWNSHIP',
      '140721101001': 'COMMUNITY',
      '140721101002': 'COMMUNITY',
      '140721101003': 'COMMUNITY',
      '140721101200': 'VILLAGE',
      '140721101201': 'VILLAGE',
      '140721101202': 'VILLAGE',
    });
  });

  it('keeps a city administrator inside its city', async () => {
    // 清徐县 and its town 东于镇 lie in 太原市 (1401), not in 晋中市 (1407).
    const report = await importAs('city', 'code,name\n140121,清徐县\n140121102,东于镇\n140722,左权县\n');
    expect(report.written).toBe(false);
    expect(report.problems.map((p: any) => [p.line, p.column, p.problem])).toEqual([
      [2, '区划代码', '不在您的管辖范围内（1407…）'],
      [3, '区划代码', '不在您的管辖范围内（1407…）'],
    ]);
    expect(await count(`code like '140121%' or code like '140722%'`)).toBe(0);
    // The province's administrator may import the same file.
    expect(await importAs('admin', 'code,name\n1401,太原市\n140121,清徐县\n140121102,东于镇\n')).toMatchObject({ written: true, created: 3 });
  });

  it('reports bad codes, names and duplicates by line, and reads xlsx', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('区划');
    for (const line of [
      ['区划代码', '区划名称'],
      ['14072', '五位代码'],
      ['140700001', '县级全零'],
      ['140721102', ''],
      ['140721102', '郝北镇'],
      ['140721102', '郝北镇'],
      [140721102201, '数字格式的村村民委员会'],
    ])
      sheet.addRow(line);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const report = (await app.ok(IMPORT, { input: { format: 'xlsx', contentBase64 } }, 'city')).importRegions;
    expect(report.problems.map((p: any) => [p.line, p.column])).toEqual([
      [2, '区划代码'],
      [3, '区划代码'],
      [4, '区划名称'],
      [6, '区划代码'],
    ]);
    expect(report.problems[3].problem).toBe('与第5行重复');
    expect(report).toMatchObject({ written: false, rows: 6, created: 2 });
  });
});
