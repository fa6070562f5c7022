import { Workbook } from 'exceljs';
import { addDays } from '@gridhr/common';
import { PublicityService } from '@gridhr/recruiting';
import { anIdNumber, aPhone } from './support/factories';
import { TEST_TODAY, TestApp, errorCode, eventually } from './support/test-app';

const APP = 'id name stage endReason rank vetted compositeScore worker { id status }';

describe('recruiting from announcement to hired worker', () => {
  let app: TestApp;
  const today = TEST_TODAY;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridId = async (code: string) => (await app.sql<{ id: string }>('select id from grid where code = ?', [code]))[0].id;
  const INPUTS: Record<string, string> = {
    registerApplicant: 'RegisterApplicantInput',
    startEligibilityReview: 'ApplicationRefInput',
    decideEligibility: 'ApplicationRefInput',
    recordMedicalResult: 'StageDecisionInput',
    recordVettingResult: 'StageDecisionInput',
    withdrawApplication: 'EndApplicationInput',
    hireApplicant: 'HireInput',
  };
  const mutate = async (name: string, input: Record<string, unknown>, user: string) =>
    (await app.ok(`mutation($input: ${INPUTS[name]}!) { ${name}(input: $input) { ${APP} } }`, { input }, user))[name];

  /** A published campaign with one position; returns it and the position id. */
  const openCampaign = async (position: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const created = (
      await app.ok(
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id version writtenWeightPercent publicityWorkingDays positions { id } } }`,
        {
          input: {
            countyId: await regionId('140799000000'),
            title: '网格示范县2026年专职网格员招聘',
            minAge: 18,
            maxAge: 45,
            ageReferenceDate: today,
            minEducation: 'SENIOR_HIGH',
            residencePrefix: '140799',
            registrationFrom: addDays(today, -5),
            registrationTo: addDays(today, 5),
            positions: [position],
            ...extra,
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
    return { campaign: created, positionId: created.positions[0].id as string };
  };
  const register = (positionId: string, user: string, extra: Record<string, unknown> = {}) =>
    mutate(
      'registerApplicant',
      { positionId, name: '应聘者', idNumber: anIdNumber('19950505'), phone: aPhone(), education: 'BACHELOR', homeRegionCode: '140799001001', ...extra },
      user,
    );
  /** Registered → eligible → scored; returns the applications. */
  const throughExam = async (
    campaignId: string,
    positionId: string,
    user: string,
    people: { name: string; written: number; interview: number; extra?: Record<string, unknown> }[],
  ) => {
    const apps = [];
    for (const p of people) {
      const a = await register(positionId, user, { name: p.name, ...p.extra });
      await mutate('startEligibilityReview', { applicationId: a.id }, user);
      apps.push(await mutate('decideEligibility', { applicationId: a.id }, user));
    }
    await app.ok(
      `mutation($input: RecordScoresInput!) { recordExamScores(input: $input) { id } }`,
      { input: { campaignId, entries: apps.map((a, i) => ({ applicationId: a.id, written: people[i].written, interview: people[i].interview })) } },
      user,
    );
    await closeRegistration(campaignId);
    await app.ok(`mutation($input: CampaignRefInput!) { closeExam(input: $input) { id } }`, { input: { campaignId } }, 'county');
    return apps;
  };
  const closeRegistration = async (campaignId: string) => {
    const { campaign } = await app.ok(`query($id: ID!) { campaign(id: $id) { version status } }`, { id: campaignId }, 'county');
    if (campaign.status === 'OPEN')
      await app.ok(
        `mutation($input: CampaignStatusInput!) { setCampaignStatus(input: $input) { status } }`,
        { input: { id: campaignId, version: campaign.version, status: 'CLOSED' } },
        'county',
      );
  };
  const get = async (id: string, user = 'county') =>
    (await app.ok(`query($id: ID!) { application(id: $id) { ${APP} history { fromStage toStage actor reason } } }`, { id }, user)).application;

  it('runs a whole campaign through GraphQL with the county, township staff and a second township', async () => {
    const { campaign, positionId } = await openCampaign({
      title: '东风社区第1网格专职网格员',
      regionId: await regionId('140799001003'),
      gridId: await gridId('140799001003-01'),
      category: 'FULL_TIME',
      headcount: 1,
    });
    expect(campaign).toMatchObject({ writtenWeightPercent: 50, publicityWorkingDays: 5 });
    const [first, second] = await throughExam(campaign.id, positionId, 'township', [
      { name: '王优秀', written: 88, interview: 90 },
      { name: '李其次', written: 80, interview: 85.5 },
    ]);
    expect(await get(first.id)).toMatchObject({ stage: 'MEDICAL', rank: 1, compositeScore: 89 });
    expect(await get(second.id)).toMatchObject({ stage: 'EXAM', rank: 2, compositeScore: 82.75 });

    expect(await mutate('recordMedicalResult', { applicationId: first.id, passed: true }, 'township')).toMatchObject({ stage: 'VETTING' });
    const vetByTownship = await app.gql(
      `mutation($input: StageDecisionInput!) { recordVettingResult(input: $input) { id } }`,
      { input: { applicationId: first.id, passed: true } },
      { user: 'township' },
    );
    expect(errorCode(vetByTownship)).toBe('FORBIDDEN');
    expect(await mutate('recordVettingResult', { applicationId: first.id, passed: true }, 'county')).toMatchObject({ stage: 'VETTING', vetted: true });

    // A publicity period that has already run out: the delayed job fires at once and moves the applicant on.
    const opened = (
      await app.ok(
        `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { publicityStartsOn publicityEndsOn } }`,
        { input: { campaignId: campaign.id, startsOn: '2026-09-30' } },
        'county',
      )
    ).openPublicity;
    expect(opened).toEqual({ publicityStartsOn: '2026-09-30', publicityEndsOn: '2026-10-12' });
    const training = await eventually(async () => ((await get(first.id)).stage === 'TRAINING' ? get(first.id) : null));
    expect(training.worker).toMatchObject({ status: 'ONBOARDING' });

    const hire = { applicationId: first.id, monthlyBasePayFen: 350_000, contractEndDate: addDays(today, 3 * 365) };
    const early = await app.gql(`mutation($input: HireInput!) { hireApplicant(input: $input) { id } }`, { input: hire }, { user: 'township' });
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('pre-job') });
    const preJob = (
      await app.ok(
        `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        { input: { level: 'COUNTY', kind: 'PRE_JOB', organiserId: await regionId('140799000000'), heldOn: today, hours: 8, topic: '新聘网格员岗前培训' } },
        'county',
      )
    ).createTrainingSession;
    await app.ok(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
      { input: { sessionId: preJob.id, entries: [{ workerId: training.worker.id, status: 'PRESENT' }] } },
      'township',
    );
    expect(await mutate('hireApplicant', hire, 'township')).toMatchObject({ stage: 'HIRED', worker: { status: 'ACTIVE' } });

    const worker = (
      await app.ok(
        `query($id: ID!) { worker(id: $id) { category hiredOn currentAssignments { grid { code } } contracts { kind status monthlyBasePayFen } } }`,
        { id: training.worker.id },
        'township',
      )
    ).worker;
    expect(worker).toMatchObject({
      category: 'FULL_TIME',
      hiredOn: today,
      currentAssignments: [{ grid: { code: '140799001003-01' } }],
      contracts: [{ kind: 'LABOR', status: 'DRAFT', monthlyBasePayFen: 350_000 }],
    });
    // The hire fills the vacancy the post was opened for.
    expect((await app.ok(`{ vacancies { gridCode } }`, {}, 'county')).vacancies.map((v: any) => v.gridCode)).not.toContain('140799001003-01');

    const history = (await get(first.id)).history.map((h: any) => h.toStage);
    expect(history).toEqual(['REGISTERED', 'ELIGIBILITY', 'EXAM', 'MEDICAL', 'VETTING', 'VETTING', 'PUBLICITY', 'TRAINING', 'HIRED']);
    const funnel = (await app.ok(`query($id: ID!) { campaignFunnel(campaignId: $id) { stage count } }`, { id: campaign.id }, 'county')).campaignFunnel;
    expect(funnel).toEqual(
      expect.arrayContaining([
        { stage: 'HIRED', count: 1 },
        { stage: 'EXAM', count: 1 },
      ]),
    );
    // The other township sees none of it.
    expect(errorCode(await app.gql(`query($id: ID!) { application(id: $id) { id } }`, { id: first.id }, { user: 'township2' }))).toBe('NOT_FOUND');

    const notice = (await app.ok(`query($id: ID!) { publicityNoticeExport(campaignId: $id) { contentBase64 } }`, { id: campaign.id }, 'county'))
      .publicityNoticeExport;
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(notice.contentBase64, 'base64') as never);
    expect(workbook.worksheets[0].getRow(3).values).toEqual([
      undefined,
      1,
      '王优秀',
      expect.any(String),
      expect.any(Number),
      '本科',
      '东风社区第1网格专职网格员',
      '89.00',
    ]);
    const announcement = (await app.ok(`query($id: ID!) { campaignAnnouncementExport(campaignId: $id) { fileName } }`, { id: campaign.id }, 'township'))
      .campaignAnnouncementExport;
    expect(announcement.fileName).toContain('招聘');
  });

  it('rejects each of the four disqualifying cases at eligibility, with the reason', async () => {
    const { positionId } = await openCampaign({ title: '河东镇兼职网格员', regionId: await regionId('140799101000'), category: 'PART_TIME', headcount: 3 });
    for (const [flag, text] of [
      ['underInvestigation', 'investigation'],
      ['criminalPunishment', 'criminal'],
      ['publicSecurityPunishment', 'public-security'],
      ['dismissedFromPublicEmployment', 'dismissed'],
    ]) {
      const a = await register(positionId, 'township2', { [flag]: true });
      await mutate('startEligibilityReview', { applicationId: a.id }, 'township2');
      expect(await mutate('decideEligibility', { applicationId: a.id }, 'township2')).toMatchObject({
        stage: 'REJECTED',
        endReason: expect.stringContaining(text),
      });
    }
    const young = await register(positionId, 'township2', { idNumber: anIdNumber(`${Number(today.slice(0, 4)) - 17}0101`) });
    await mutate('startEligibilityReview', { applicationId: young.id }, 'township2');
    expect(await mutate('decideEligibility', { applicationId: young.id }, 'township2')).toMatchObject({
      stage: 'REJECTED',
      endReason: expect.stringContaining('age 17'),
    });
    const idNumber = anIdNumber('19900101');
    await register(positionId, 'township2', { idNumber });
    const again = await app.gql(
      `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
      { input: { positionId, name: '重复', idNumber, phone: aPhone() } },
      { user: 'township2' },
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
    const skip = await app.gql(
      `mutation($input: ApplicationRefInput!) { decideEligibility(input: $input) { id } }`,
      { input: { applicationId: young.id } },
      { user: 'township2' },
    );
    expect(skip.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('at REJECTED') });
  });

  it('takes exam scores from a sheet, all or nothing', async () => {
    const { campaign, positionId } = await openCampaign({
      title: '城关街道兼职网格员',
      regionId: await regionId('140799001000'),
      category: 'PART_TIME',
      headcount: 1,
    });
    const people = [];
    for (const name of ['赵甲', '赵乙']) {
      const idNumber = anIdNumber('19920202');
      const a = await register(positionId, 'township', { name, idNumber });
      await mutate('startEligibilityReview', { applicationId: a.id }, 'township');
      await mutate('decideEligibility', { applicationId: a.id }, 'township');
      people.push({ ...a, idNumber });
    }
    const IMPORT = `mutation($input: ImportScoresInput!) { importExamScores(input: $input) { recorded problems { line column problem } } }`;
    const sheet = (lines: string[]) => Buffer.from(['身份证号,姓名,笔试成绩,面试成绩', ...lines].join('\n')).toString('base64');
    const bad = await app.ok(
      IMPORT,
      { input: { campaignId: campaign.id, format: 'csv', contentBase64: sheet([`${people[0].idNumber},赵甲,88.5,90`, `${people[1].idNumber},赵乙,101,80`]) } },
      'township',
    );
    expect(bad.importExamScores).toEqual({ recorded: 0, problems: [{ line: 3, column: '笔试成绩', problem: expect.stringContaining('0到100') }] });
    expect((await get(people[0].id)).compositeScore).toBeNull();
    const good = await app.ok(
      IMPORT,
      { input: { campaignId: campaign.id, format: 'csv', contentBase64: sheet([`${people[0].idNumber},赵甲,88.5,90`, `${people[1].idNumber},赵乙,70,80`]) } },
      'township',
    );
    expect(good.importExamScores).toEqual({ recorded: 2, problems: [] });
    expect((await get(people[0].id)).compositeScore).toBe(89.25);
  });

  it('moves the next ranked up when a selected applicant withdraws after the medical', async () => {
    const { campaign, positionId } = await openCampaign({
      title: '西山乡兼职网格员',
      regionId: await regionId('140799102000'),
      category: 'PART_TIME',
      headcount: 1,
    });
    const [top, next, third] = await throughExam(campaign.id, positionId, 'county', [
      { name: '甲', written: 90, interview: 90 },
      { name: '乙', written: 85, interview: 85, extra: { veteran: true } },
      { name: '丙', written: 85, interview: 85 },
    ]);
    await mutate('recordMedicalResult', { applicationId: top.id, passed: true }, 'county');
    expect(await mutate('withdrawApplication', { applicationId: top.id, reason: '已考取公务员' }, 'county')).toMatchObject({
      stage: 'WITHDRAWN',
      endReason: '已考取公务员',
    });
    // 乙 and 丙 tie on score; 乙 is a veteran (Shanxi measures priority), so 乙 is next.
    expect(await get(next.id)).toMatchObject({ stage: 'MEDICAL', rank: 2 });
    expect((await get(next.id)).history.at(-1)).toMatchObject({ toStage: 'MEDICAL', actor: 'system' });
    expect(await get(third.id)).toMatchObject({ stage: 'EXAM', rank: 3 });
  });

  it('rejects on an upheld objection and moves the next ranked up; the publicity job fires once even if scheduled twice', async () => {
    const { campaign, positionId } = await openCampaign({
      title: '新华社区专职网格员',
      regionId: await regionId('140799001002'),
      category: 'FULL_TIME',
      headcount: 2,
    });
    const [a, b, c] = await throughExam(campaign.id, positionId, 'township', [
      { name: '张一', written: 95, interview: 95 },
      { name: '张二', written: 90, interview: 90 },
      { name: '张三', written: 70, interview: 70 },
    ]);
    for (const x of [a, b]) {
      await mutate('recordMedicalResult', { applicationId: x.id, passed: true }, 'township');
      await mutate('recordVettingResult', { applicationId: x.id, passed: true }, 'county');
    }
    const opened = (
      await app.ok(
        `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { publicityEndsOn } }`,
        { input: { campaignId: campaign.id, startsOn: today } },
        'county',
      )
    ).openPublicity;
    expect(opened.publicityEndsOn > today).toBe(true);
    const objection = (
      await app.ok(
        `mutation($input: FileObjectionInput!) { fileObjection(input: $input) { id status } }`,
        { input: { applicationId: a.id, content: '群众反映其曾受治安管理处罚' } },
        'township',
      )
    ).fileObjection;
    expect(
      errorCode(
        await app.gql(
          `mutation($input: DecideObjectionInput!) { decideObjection(input: $input) { id } }`,
          { input: { objectionId: objection.id, upheld: true, decision: '查实' } },
          { user: 'township' },
        ),
      ),
    ).toBe('FORBIDDEN');
    await app.ok(
      `mutation($input: DecideObjectionInput!) { decideObjection(input: $input) { status } }`,
      { input: { objectionId: objection.id, upheld: true, decision: '经核查属实，取消聘用资格' } },
      'county',
    );
    expect(await get(a.id)).toMatchObject({ stage: 'REJECTED', endReason: expect.stringContaining('objection upheld') });
    expect(await get(c.id)).toMatchObject({ stage: 'MEDICAL' });

    // The delayed job for this period exists once; scheduling it again changes nothing.
    const queue = app.queue('recruiting');
    const jobId = `publicity-${campaign.id}-${opened.publicityEndsOn}`;
    await app.api.get(PublicityService).schedulePublicityEnd(campaign.id, opened.publicityEndsOn);
    const delayed = (await queue.getDelayed()).filter((j) => j.id === jobId);
    expect(delayed).toHaveLength(1);
    // Ending the period twice moves 张二 once.
    const service = app.api.get(PublicityService);
    const after = addDays(opened.publicityEndsOn, 1);
    await expect(service.endPublicity(campaign.id, opened.publicityEndsOn)).rejects.toThrow(/runs until/);
    expect(await service.endPublicity(campaign.id, after)).toBe(1);
    expect(await service.endPublicity(campaign.id, after)).toBe(0);
    const moves = await app.sql<{ n: string }>(`select count(*) as n from stage_change where application_id = ? and to_stage = 'TRAINING'`, [b.id]);
    expect(moves[0].n).toBe('1');
  });
});
