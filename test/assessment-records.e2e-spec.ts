// Work records from the grid platform and what the indicators make of them: the import (all or nothing,
// ID numbers masked, scope), the weekly visit rate over the weeks on duty, the reports, the demo county's
// cycles, the worker page's star level, and the levels the pay library reads.
import { Workbook } from 'exceljs';
import { AssessmentQueries, weeksOf, isoWeekLabel } from '@gridhr/assessment';
import { anIdNumber } from './support/factories';
import { TestApp } from './support/test-app';
import { as, ENTER, ok, onDuty, OPEN, RESULTS, SmallCounty, smallCounty } from './support/assessment-fixtures';

const IMPORT = `mutation($input: ImportWorkRecordsInput!) { importWorkRecords(input: $input) { written rows created updated problems { line column value problem } problemSheet { fileName } } }`;
const csv = (lines: (string | number)[][]) => Buffer.from(`\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'utf8').toString('base64');
const HEADER = ['身份证号', '姓名', '周次', '是否全域走访', '月份', '上报事件数', '按时办结数', '满意度'];

describe('work records and the computed indicators', () => {
  let app: TestApp;
  let county: SmallCounty;
  let full: { id: string; name: string; idNumber: string };
  let mid: { id: string; name: string; idNumber: string };
  beforeAll(async () => {
    app = await TestApp.start();
    county = await smallCounty(app, '140796');
    full = await onDuty(app, county, { name: '全年在岗', idNumber: anIdNumber('19850101') });
    // Hired on Tuesday 1 July 2025: on duty from the week of Monday 7 July.
    mid = await onDuty(app, county, { name: '年中入职', idNumber: anIdNumber('19950101'), hiredOn: '2025-07-01' });
  });
  afterAll(() => app.close());

  const records = async () => Number((await app.sql<{ n: string }>(`select count(*) as n from work_record where region_code like '140796%'`))[0].n);
  const weeks2025 = weeksOf('2025-01-01', '2025-12-31');

  it('refuses a sheet with any bad line, writing nothing and naming every problem by line with ID numbers masked', async () => {
    const stranger = anIdNumber('19800101');
    const res = await ok(app, county.staff, IMPORT, {
      input: {
        format: 'csv',
        source: '网格平台导出',
        contentBase64: csv([
          HEADER,
          [full.idNumber, full.name, '2025-W01', '是', '', '', '', ''],
          [stranger, '', '2025-W01', '是', '', '', '', ''],
          [full.idNumber, full.name, '2025-W60', '是', '', '', '', ''],
          [full.idNumber, full.name, '2025-W02', '也许', '', '', '', ''],
          [full.idNumber, full.name, '', '', '2025-03', '', '', ''],
          [full.idNumber, '别人', '2025-W03', '是', '', '', '', ''],
          [full.idNumber, full.name, '2025-W01', '否', '', '', '', ''],
        ]),
      },
    });
    expect(res.importWorkRecords).toMatchObject({ written: false, rows: 7, problemSheet: { fileName: '导入问题清单.xlsx' } });
    expect(res.importWorkRecords.problems.map((p: any) => [p.line, p.column])).toEqual([
      [3, '身份证号'],
      [4, '周次/月份'],
      [5, '是否全域走访'],
      [6, '上报事件数'],
      [7, '姓名'],
      [8, '周次/月份'],
    ]);
    expect(res.importWorkRecords.problems[0].value).toMatch(/^\d{4}\*+\d{3}[\dX]$/);
    expect(JSON.stringify(res)).not.toContain(stranger);
    expect(await records()).toBe(0);
  });

  it('imports a year of weekly visit rounds and monthly figures (csv and xlsx), and a re-import updates', async () => {
    // 47 of the 52 weeks of 2025 with a full-area visit; the mid-year hire visits 20 of their 25 weeks, and the platform also lists earlier weeks.
    const onDutyFrom = weeks2025.indexOf('2025-07-07');
    const weekly = [
      ...weeks2025.map((monday, i) => [full.idNumber, full.name, isoWeekLabel(monday), i % 10 === 9 ? '否' : '是', '', '', '', '']),
      ...weeks2025.map((monday, i) => [
        mid.idNumber,
        mid.name,
        monday,
        i < onDutyFrom || i >= onDutyFrom + 20 ? (i < onDutyFrom ? '是' : '否') : '是',
        '',
        '',
        '',
        '',
      ]),
    ];
    const dry = await ok(app, county.staff, IMPORT, {
      input: { format: 'csv', source: '网格平台导出', contentBase64: csv([HEADER, ...weekly]), dryRun: true },
    });
    expect(dry.importWorkRecords).toMatchObject({ written: false, rows: 104, created: 104, updated: 0, problems: [] });
    expect(await records()).toBe(0);
    const written = await ok(app, county.staff, IMPORT, { input: { format: 'csv', source: '网格平台导出', contentBase64: csv([HEADER, ...weekly]) } });
    expect(written.importWorkRecords).toMatchObject({ written: true, created: 104, updated: 0 });

    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('工作记录');
    sheet.addRow(HEADER);
    for (let m = 1; m <= 12; m++) sheet.addRow([full.idNumber, full.name, '', '', `2025-${String(m).padStart(2, '0')}`, 6, 5, 90.5]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const firstXlsx = (await ok(app, county.staff, IMPORT, { input: { format: 'xlsx', source: '网格平台导出', contentBase64: xlsx } })).importWorkRecords;
    expect(firstXlsx).toMatchObject({
      written: true,
      created: 12,
    });
    const again = await ok(app, county.staff, IMPORT, { input: { format: 'xlsx', source: '网格平台导出（更正）', contentBase64: xlsx } });
    expect(again.importWorkRecords).toMatchObject({ written: true, created: 0, updated: 12 });
    expect(await app.sql(`select distinct source from work_record where period_kind = 'MONTH' and worker_id = ?`, [full.id])).toEqual([
      { source: '网格平台导出（更正）' },
    ]);
    const listed = await ok(
      app,
      county.staff,
      `query($w: ID) { workRecords(workerId: $w, kind: MONTH, first: 1) { totalCount edges { node { period satisfaction eventsReported } } } }`,
      {
        w: full.id,
      },
    );
    expect(listed.workRecords).toMatchObject({ totalCount: 12, edges: [{ node: { period: '2025-12', satisfaction: 90.5, eventsReported: 6 } }] });
  });

  it('measures the visit rate over the weeks on duty: 47 of 52 is 90.4%, a mid-year hire 20 of 25', async () => {
    const cycle = (await ok(app, county.plc, OPEN, { input: { regionId: county.countyId, kind: 'YEAR', year: 2025 } })).openAssessmentCycle;
    const results = new Map<string, any>(
      (await ok(app, county.plc, RESULTS, { cycleId: cycle.id })).assessmentResults.edges.map((e: any) => [e.node.worker.id, e.node]),
    );
    expect(results.get(full.id).measures).toMatchObject({ weeksOnDuty: 52, weeksVisited: 47, visitRate: 90.4, trainingCountyDue: 2, trainingTownshipDue: 3 });
    expect(results.get(mid.id).measures).toMatchObject({ weeksOnDuty: 25, weeksVisited: 20, visitRate: 80, trainingCountyDue: 1, trainingTownshipDue: 2 });
    const indicators = Object.fromEntries(results.get(full.id).indicators.map((i: any) => [i.key, i.score]));
    // 72 events reported (6 a month) against 1 a week for 52 weeks; 60 of them closed on time; satisfaction 90.5; no training; no misconduct.
    expect(indicators).toEqual({ township: null, visits: 90.38, eventsReported: 100, eventsOnTime: 83.33, training: 0, satisfaction: 90.5, conduct: 100 });
    expect(results.get(full.id).score).toBeNull();

    // Reports: who lacks a score, then the results once the township has scored.
    const missing = await as(
      app,
      county.plc,
      `query($params: JSON) { reportExport(report: "assessment.missing", params: $params, format: CSV) { fileName contentBase64 } }`,
      {
        params: { cycleId: cycle.id },
      },
    );
    const text = Buffer.from(missing.data!.reportExport.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff乡镇（街道）,姓名,身份证号,缺少的评分\r\n')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['乡镇（街道）日常考核', '乡镇（街道）日常考核']);

    await ok(app, county.staff, ENTER, { input: { cycleId: cycle.id, entries: [{ workerId: full.id, indicator: 'township', score: 92 }] } });
    const report = await as(
      app,
      county.plc,
      `query($params: JSON) { reportExport(report: "assessment.results", params: $params) { fileName contentBase64 } }`,
      {
        params: { cycleId: cycle.id },
      },
    );
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(report.data!.reportExport.contentBase64, 'base64') as never);
    const rows = book.getWorksheet('考核结果')!;
    expect(rows.getRow(1).values).toEqual([
      undefined,
      '乡镇（街道）',
      '姓名',
      '身份证号',
      '人员类别',
      '考核得分',
      '县级调整',
      '调整理由',
      '考核等次',
      '星级',
      '分项得分',
    ]);
    // (30 × 92 + 25 × 90.38 + 5 × 100 + 10 × 83.33 + 10 × 0 + 10 × 90.5 + 10 × 100) / 100 = 82.58
    expect(rows.getRow(2).getCell(5).value).toBe('82.58');
    expect(rows.getRow(2).getCell(8).value).toBe('称职');
    const distribution = await ok(app, county.plc, `query($c: ID!) { assessmentDistribution(cycleId: $c) { townshipName rated competent unscored average } }`, {
      c: cycle.id,
    });
    expect(distribution.assessmentDistribution).toEqual([{ townshipName: '测试镇', rated: 2, competent: 1, unscored: 1, average: 82.58 }]);
  });
});

describe('the demo county’s assessments', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('has last year finalised within the quota, its consequences, and this year open with scores to come', async () => {
    const { assessmentCycles } = await app.ok(`{ assessmentCycles { edges { node { id label status templateName finalisedOn } } } }`, {}, 'county');
    const [current, last] = assessmentCycles.edges.map((e: any) => e.node);
    expect(last).toMatchObject({ label: '2025', status: 'FINALISED', templateName: '网格示范县2025年度网格员考核细则' });
    expect(current).toMatchObject({ label: '2026', status: 'OPEN', templateName: 'GridHR默认考核指标' });
    const distribution = (
      await app.ok(`query($c: ID!) { assessmentDistribution(cycleId: $c) { rated excellent incompetent unscored } }`, { c: last.id }, 'county')
    ).assessmentDistribution;
    const sum = (key: string) => distribution.reduce((n: number, d: any) => n + d[key], 0);
    expect(sum('excellent')).toBe(Math.floor(sum('rated') * 0.2));
    expect(sum('incompetent')).toBe(2);
    expect(sum('unscored')).toBe(0);
    const kinds = await app.sql<{ kind: string; status: string }>(
      `select kind, status from assessment_consequence where kind <> 'HONOURS' order by kind::text`,
    );
    expect(kinds).toEqual([
      { kind: 'FILL_VACANCY', status: 'PENDING' },
      { kind: 'GRID_REMOVAL', status: 'DONE' },
      { kind: 'IMPROVEMENT', status: 'PENDING' },
    ]);
    const missing = (await app.ok(`query($c: ID!) { assessmentMissingScores(cycleId: $c) { regionCode } }`, { c: current.id }, 'county'))
      .assessmentMissingScores;
    expect(missing.length).toBeGreaterThan(20);
    expect(missing.every((m: any) => !m.regionCode.startsWith('140799001'))).toBe(true);
    // The pay library's read: each worker's finalised level for a period.
    const levels = await app.api.get(AssessmentQueries, { strict: false }).finalisedLevels('140799', '2025-01-01', '2025-12-31', app.em());
    expect(levels).toHaveLength(sum('rated'));
    expect(levels.filter((l) => l.level === 'EXCELLENT')).toHaveLength(sum('excellent'));
    expect(await app.api.get(AssessmentQueries, { strict: false }).finalisedLevels('140799', '2024-01-01', '2024-12-31', app.em())).toEqual([]);
  });

  it('shows star levels on the worker list in the same number of SQL statements, whatever the page length', async () => {
    const query = (n: number) => `{ workers(first: ${n}, status: ACTIVE) { edges { node { name starLevel latestAssessmentLevel } } } }`;
    await app.ok(query(1), {}, 'county');
    const short = await app.statements(() => app.ok(query(2), {}, 'county'));
    const long = await app.statements(() => app.ok(query(40), {}, 'county'));
    expect(long.count).toBe(short.count);
    expect(long.result.workers.edges.filter((e: any) => e.node.starLevel !== null).length).toBeGreaterThan(20);
  });

  it('pages a cycle’s results with their workers in the same number of SQL statements, whatever the page length', async () => {
    const [cycle] = await app.sql<{ id: string }>(`select id from assessment_cycle where status = 'FINALISED'`);
    const query = (n: number) =>
      `{ assessmentResults(cycleId: "${cycle.id}", first: ${n}) { edges { node { score level stars indicators { score } worker { name starLevel } } } } }`;
    await app.ok(query(1), {}, 'county');
    const short = await app.statements(() => app.ok(query(2), {}, 'county'));
    const long = await app.statements(() => app.ok(query(50), {}, 'county'));
    expect(long.count).toBe(short.count);
    expect(long.count).toBeLessThanOrEqual(8);
  });
  it('pages a cycle’s results with the scores, indicators and workers its rows hold, the worker as the worker page shows it', async () => {
    const [cycle] = await app.sql<{ id: string }>(`select id from assessment_cycle where status = 'FINALISED'`);
    const WORKER = `id name idNumber phone starLevel region { code }`;
    const PAGE = `query($c: ID!, $after: String) { assessmentResults(cycleId: $c, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id regionCode rated score level stars version indicators { key score } worker { ${WORKER} } } } } }`;
    const first = (await app.ok(PAGE, { c: cycle.id }, 'finance')).assessmentResults;
    const second = (await app.ok(PAGE, { c: cycle.id, after: first.pageInfo.endCursor }, 'finance')).assessmentResults;
    const nodes = [...first.edges, ...second.edges].map((e: any) => e.node);
    const rows = await app.sql<{ id: string; final_x100: number; level: string; stars: number; version: number; indicators: number }>(
      `select r.id, r.final_x100, r.level::text, r.stars, r.version, jsonb_array_length(c.indicators) as indicators
         from assessment_result r join assessment_cycle c on c.id = r.cycle_id where r.cycle_id = ? and r.rated order by r.region_code, r.id limit 6`,
      [cycle.id],
    );
    expect(first.totalCount).toBe(Number((await app.sql(`select count(*) as n from assessment_result where cycle_id = ? and rated`, [cycle.id]))[0].n));
    expect(nodes.map((n: any) => [n.id, n.score, n.level, n.stars, n.version, n.indicators.length])).toEqual(
      rows.map((r) => [r.id, r.final_x100 / 100, r.level, r.stars, r.version, r.indicators]),
    );
    for (const node of nodes) {
      // Finance sees the ID number and the phone masked, on the page as on the worker's own.
      const { worker } = await app.ok(`query($id: ID!) { worker(id: $id) { ${WORKER} } }`, { id: node.worker.id }, 'finance');
      expect(node.worker).toEqual(worker);
      expect(node.worker.phone).toContain('*');
      expect(node.worker.region.code).toBe(node.regionCode);
    }
  });

  it('moves a transferred worker’s pending consequences and open results to the new township', async () => {
    const [owed] = await app.sql<{ worker_id: string }>(`select worker_id from assessment_consequence where kind = 'IMPROVEMENT' and status = 'PENDING'`);
    const seen = async (user: string) =>
      (await app.ok(`query($w: ID) { assessmentConsequences(workerId: $w, first: 5) { totalCount } }`, { w: owed.worker_id }, user)).assessmentConsequences
        .totalCount;
    expect([await seen('township'), await seen('township2')]).toEqual([1, 0]);
    const { worker } = await app.ok(`query($id: ID!) { worker(id: $id) { version } }`, { id: owed.worker_id }, 'county');
    const [village] = await app.sql<{ id: string }>(`select id from region where code = '140799101201'`);
    await app.ok(
      `mutation($input: TransferWorkerInput!) { transferWorker(input: $input) { id } }`,
      {
        input: { id: owed.worker_id, version: worker.version, regionId: village.id },
      },
      'county',
    );
    expect([await seen('township'), await seen('township2')]).toEqual([0, 1]);
    const open = await app.sql<{ region_code: string }>(
      `select r.region_code from assessment_result r join assessment_cycle c on c.id = r.cycle_id where r.worker_id = ? order by c.period_end`,
      [owed.worker_id],
    );
    // Last year's result stays with the township that rated it; this year's follows the worker.
    expect(open.map((r) => r.region_code.slice(0, 9))).toEqual(['140799001', '140799101']);
  });
});
