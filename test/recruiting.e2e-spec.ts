import { Workbook } from 'exceljs';
import { addDays } from '@gridhr/common';
import { PublicityService } from '@gridhr/recruiting';
import { anIdNumber, aPhone } from './support/factories';
import { recruitingSteps } from './support/recruiting';
import { TEST_TODAY, TestApp, errorCode, eventually } from './support/test-app';

describe('recruiting from announcement to hired worker', () => {
  let app: TestApp;
  const today = TEST_TODAY;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const { regionId, gridId, mutate, openCampaign, register, throughExam, get } = recruitingSteps(() => app);

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

    // The publicity opens today and runs five working days; its job waits for the period to end.
    const opened = (
      await app.ok(
        `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id round startsOn endsOn } }`,
        { input: { campaignId: campaign.id } },
        'county',
      )
    ).openPublicity;
    expect(opened).toMatchObject({ round: 1, startsOn: today, endsOn: '2026-12-01' });
    const job = (await app.queue('recruiting').getJob(`publicity-${opened.id}-${opened.endsOn}`))!;
    expect(await job.isDelayed()).toBe(true);
    // 2 December: the period is over and the job moves the applicant on.
    const hireDay = '2026-12-02';
    app.setToday(hireDay);
    await job.promote();
    const training = await eventually(async () => ((await get(first.id)).stage === 'TRAINING' ? get(first.id) : null));
    expect(training.worker).toMatchObject({ status: 'ONBOARDING' });

    const hire = { applicationId: first.id, monthlyBasePayFen: 350_000 };
    const early = await app.gql(`mutation($input: HireInput!) { hireApplicant(input: $input) { id } }`, { input: hire }, { user: 'township' });
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('pre-job') });
    const preJob = (
      await app.ok(
        `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        { input: { level: 'COUNTY', kind: 'PRE_JOB', organiserId: await regionId('140799000000'), heldOn: hireDay, hours: 8, topic: '新聘网格员岗前培训' } },
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
        `query($id: ID!) { worker(id: $id) { category hiredOn currentAssignments { grid { code } } contracts { kind status monthlyBasePayFen employerKind employerName startDate endDate } } }`,
        { id: training.worker.id },
        'township',
      )
    ).worker;
    // The employer is the township government of the post, the term the policy's three years.
    expect(worker).toMatchObject({
      category: 'FULL_TIME',
      hiredOn: hireDay,
      currentAssignments: [{ grid: { code: '140799001003-01' } }],
      contracts: [
        {
          kind: 'LABOR',
          status: 'DRAFT',
          monthlyBasePayFen: 350_000,
          employerKind: 'TOWNSHIP',
          employerName: '城关街道办事处',
          startDate: hireDay,
          endDate: '2029-12-01',
        },
      ],
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
    expect(workbook.worksheets[0].getCell('A2').value).toBe('公示期：2026年11月25日至2026年12月1日（5个工作日）');
    expect(workbook.worksheets[0].getRow(4).values).toEqual([
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
    app.setToday(today);
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
        `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id round endsOn } }`,
        { input: { campaignId: campaign.id } },
        'county',
      )
    ).openPublicity;
    expect(opened.endsOn > today).toBe(true);
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
    const { application: withObjections } = await app.ok(
      `query($id: ID!) { application(id: $id) { objections { id content status decision } } }`,
      { id: a.id },
      'township',
    );
    expect(withObjections.objections).toEqual([
      { id: objection.id, content: '群众反映其曾受治安管理处罚', status: 'UPHELD', decision: '经核查属实，取消聘用资格' },
    ]);
    expect(await get(c.id)).toMatchObject({ stage: 'MEDICAL' });

    // The replacement (递补) passes the medical and vetting and gets a publicity round of its own.
    await mutate('recordMedicalResult', { applicationId: c.id, passed: true }, 'township');
    await mutate('recordVettingResult', { applicationId: c.id, passed: true }, 'county');
    const second = (
      await app.ok(
        `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id round startsOn endsOn } }`,
        { input: { campaignId: campaign.id } },
        'county',
      )
    ).openPublicity;
    expect(second).toMatchObject({ round: 2, startsOn: today, endsOn: opened.endsOn });
    expect((await get(c.id)).stage).toBe('PUBLICITY');
    const rounds = (await app.ok(`query($id: ID!) { campaign(id: $id) { publicityRounds { round } } }`, { id: campaign.id }, 'township')).campaign
      .publicityRounds;
    expect(rounds).toEqual([{ round: 1 }, { round: 2 }]);
    const notice = (await app.ok(`query($id: ID!) { publicityNoticeExport(campaignId: $id) { fileName } }`, { id: campaign.id }, 'county'))
      .publicityNoticeExport;
    expect(notice.fileName).toContain('第2轮');

    // The delayed job of a round exists once; scheduling it again changes nothing.
    const queue = app.queue('recruiting');
    const jobId = `publicity-${opened.id}-${opened.endsOn}`;
    await app.api.get(PublicityService).schedulePublicityEnd(opened.id, opened.endsOn);
    const delayed = (await queue.getDelayed()).filter((j) => j.id === jobId);
    expect(delayed).toHaveLength(1);
    // Ending the first round twice moves 张二 once, and leaves the replacement in its own round.
    const service = app.api.get(PublicityService);
    const after = addDays(opened.endsOn, 1);
    await expect(service.endPublicity(opened.id, opened.endsOn)).rejects.toThrow(/runs until/);
    expect(await service.endPublicity(opened.id, after)).toBe(1);
    expect(await service.endPublicity(opened.id, after)).toBe(0);
    const moves = await app.sql<{ n: string }>(`select count(*) as n from stage_change where application_id = ? and to_stage = 'TRAINING'`, [b.id]);
    expect(moves[0].n).toBe('1');
    expect((await get(c.id)).stage).toBe('PUBLICITY');
    expect(await service.endPublicity(second.id, after)).toBe(1);
  });
});
