// The sign-in sheet and the exam office's score sheet as they really come (issue 20): a title above the
// header, columns GridHR does not read, ticks for attendance, people known by name and phone, scores as
// Excel numbers, and a mapping for a header nobody foresaw.
import { Workbook } from 'exceljs';
import { addDays } from '@gridhr/common';
import { aWorkerInput, anIdNumber, aPhone, CREATE_WORKER } from './support/factories';
import { TEST_TODAY, TestApp } from './support/test-app';

const SIGN_IN = `mutation($input: ImportSignInSheetInput!) { importSignInSheet(input: $input) {
  recorded problems { line column value problem } sheet { ignoredColumns missingColumns { fields } mappingSaved } } }`;
const SCORES = `mutation($input: ImportScoresInput!) { importExamScores(input: $input) {
  recorded problems { line column value problem } sheet { ignoredColumns missingColumns { fields } columns { field source } mappingSaved } } }`;
const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
const xlsx = async (rows: unknown[][]) => {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('成绩');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
};

describe('sign-in and exam-score sheets as they come', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const reveal = async (id: string) => (await app.ok(`mutation($id: ID!) { revealIdNumber(workerId: $id) }`, { id }, 'county')).revealIdNumber;

  it('records a sign-in sheet keyed by name and phone, with ticks, a title line and columns it ignores', async () => {
    const region = await regionId('140799102202');
    const create = (name: string, phone: string) =>
      app
        .ok(CREATE_WORKER, { input: aWorkerInput(region, { name, phone, category: 'PART_TIME', hiredOn: '2020-01-01' }) }, 'county')
        .then((r) => r.createWorker);
    const [a, b, c] = [await create('签甲', '13700000001'), await create('签乙', '13700000002'), await create('签丙', '13700000003')];
    // One phone for two people of a family: the name tells them apart.
    const d = await create('签丁', '13700000003');
    const session = (
      await app.ok(
        `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        { input: { level: 'TOWNSHIP', kind: 'REGULAR', organiserId: await regionId('140799102000'), heldOn: '2026-11-20', hours: 2, topic: '入户走访' } },
        'county',
      )
    ).createTrainingSession;
    const sheet = (...lines: string[]) => csv('西山乡网格员业务培训签到表', '序号,姓名,所属村,联系电话,签到,签名,备注', ...lines);
    const bad = (
      await app.ok(
        SIGN_IN,
        {
          input: { sessionId: session.id, format: 'csv', contentBase64: sheet('1,签甲,柳树沟村,137 0000 0001,√,签甲,', '2,签乙,柳树沟村,13700000009,√,签乙,') },
        },
        'county',
      )
    ).importSignInSheet;
    expect(bad).toMatchObject({
      recorded: 0,
      problems: [{ line: 4, column: '联系电话', value: '13700000009', problem: expect.stringContaining('姓名和电话') }],
    });
    expect(bad.sheet.ignoredColumns).toEqual(['序号', '所属村', '签名']);
    expect(await app.sql(`select 1 from attendance where session_id = ?`, [session.id])).toEqual([]);

    const good = (
      await app.ok(
        SIGN_IN,
        {
          input: {
            sessionId: session.id,
            format: 'csv',
            contentBase64: sheet(
              '1,签甲,柳树沟村,137 0000 0001,√,签甲,',
              '2,签乙,柳树沟村,13700000002,×,,',
              '3,签丙,柳树沟村,13700000003,病假,,',
              '4,签丁,柳树沟村,13700000003,✓,签丁,',
            ),
          },
        },
        'county',
      )
    ).importSignInSheet;
    expect(good).toMatchObject({ recorded: 4, problems: [] });
    const recorded = await app.sql<{ worker_id: string; status: string }>(`select worker_id, status from attendance where session_id = ? order by status`, [
      session.id,
    ]);
    expect(Object.fromEntries(recorded.map((r) => [r.worker_id, r.status]))).toEqual({
      [a.id]: 'PRESENT',
      [b.id]: 'ABSENT',
      [c.id]: 'EXCUSED',
      [d.id]: 'PRESENT',
    });
    // An ID number still works where the sheet has one, and a sheet with neither column asks for one.
    const byId = await app.ok(
      SIGN_IN,
      { input: { sessionId: session.id, format: 'csv', contentBase64: csv('姓名,身份证号码,出勤情况', `签甲,${await reveal(a.id)},出席`) } },
      'county',
    );
    expect(byId.importSignInSheet).toMatchObject({ recorded: 1, problems: [] });
    const neither = await app.ok(SIGN_IN, { input: { sessionId: session.id, format: 'csv', contentBase64: csv('姓名,签到', '签甲,√') } }, 'county');
    expect(neither.importSignInSheet.sheet.missingColumns).toEqual([{ fields: ['idNumber', 'phone'] }]);
  });

  it('takes the exam office’s xlsx with scores as numbers and columns it ignores; a mapping reads 笔试分', async () => {
    const county = await regionId('140799000000');
    const created = (
      await app.ok(
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id version positions { id } } }`,
        {
          input: {
            countyId: county,
            title: '城关街道兼职网格员招聘',
            minAge: 18,
            maxAge: 45,
            ageReferenceDate: TEST_TODAY,
            minEducation: 'SENIOR_HIGH',
            residencePrefix: '140799',
            registrationFrom: addDays(TEST_TODAY, -5),
            registrationTo: addDays(TEST_TODAY, 5),
            positions: [{ title: '兼职网格员', regionId: await regionId('140799001000'), category: 'PART_TIME', headcount: 1 }],
          },
        },
        'county',
      )
    ).createCampaign;
    await app.ok(
      `mutation($input: CampaignStatusInput!) { setCampaignStatus(input: $input) { status } }`,
      { input: { id: created.id, version: created.version, status: 'OPEN' } },
      'county',
    );
    const people: { id: string; idNumber: string; name: string }[] = [];
    for (const name of ['考甲', '考乙']) {
      const idNumber = anIdNumber('19940404');
      const input = { positionId: created.positions[0].id, name, idNumber, phone: aPhone(), education: 'BACHELOR', homeRegionCode: '140799001001' };
      const { registerApplicant: a } = await app.ok(
        `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
        { input },
        'township',
      );
      for (const step of ['startEligibilityReview', 'decideEligibility'])
        await app.ok(`mutation($input: ApplicationRefInput!) { ${step}(input: $input) { id } }`, { input: { applicationId: a.id } }, 'township');
      people.push({ id: a.id, idNumber, name });
    }
    const header = ['序号', '准考证号', '考生姓名', '身份证号码', '笔试分', '面试成绩（分）', '综合成绩', '名次'];
    const content = await xlsx([
      ['城关街道兼职网格员招聘考试成绩汇总表'],
      header,
      [1, 'A001', people[0].name, people[0].idNumber, 88.5, 90, 89.25, 1],
      [2, 'A002', people[1].name, people[1].idNumber.toLowerCase(), 70, 80.25, 75.13, 2],
    ]);
    const asked = (await app.ok(SCORES, { input: { campaignId: created.id, format: 'xlsx', contentBase64: content } }, 'township')).importExamScores;
    expect(asked).toMatchObject({ recorded: 0, sheet: { missingColumns: [{ fields: ['written'] }] } });
    expect(asked.problems).toEqual([expect.objectContaining({ line: 2, column: '笔试成绩' })]);

    const input = {
      campaignId: created.id,
      format: 'xlsx',
      contentBase64: content,
      columnMapping: [{ header: '笔试分', field: 'written' }],
      saveMapping: true,
    };
    const done = (await app.ok(SCORES, { input }, 'township')).importExamScores;
    expect(done).toMatchObject({ recorded: 2, problems: [], sheet: { mappingSaved: true } });
    expect(done.sheet.ignoredColumns).toEqual(['序号', '准考证号', '综合成绩', '名次']);
    const scores = await app.sql<{ written_score: number; interview_score: number }>(
      `select written_score, interview_score from application where id in (?, ?) order by written_score desc`,
      [people[0].id, people[1].id],
    );
    expect(scores).toEqual([
      { written_score: 8850, interview_score: 9000 },
      { written_score: 7000, interview_score: 8025 },
    ]);
    // 缺考 says what to do instead; the township's saved mapping reads the next sheet.
    const absent = await xlsx([header, [1, 'A001', people[0].name, people[0].idNumber, '缺考', 0, 0, '']]);
    const next = (await app.ok(SCORES, { input: { campaignId: created.id, format: 'xlsx', contentBase64: absent } }, 'township')).importExamScores;
    expect(next.sheet.columns.find((c: any) => c.field === 'written').source).toBe('SAVED_MAPPING');
    expect(next.problems).toEqual([{ line: 2, column: '笔试分', value: '缺考', problem: expect.stringContaining('放弃') }]);
  });
});
