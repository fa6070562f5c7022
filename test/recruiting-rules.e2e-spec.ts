// Issue 10: publicity that cannot be back-dated and rounds for replacements, ties decided by an extra
// exam, the employer and term of a hire, and the disqualifications as a policy.
import { Workbook } from 'exceljs';
import { PublicityService } from '@gridhr/recruiting';
import { anIdNumber } from './support/factories';
import { APP, recruitingSteps } from './support/recruiting';
import { errorCode, TEST_TODAY, TestApp } from './support/test-app';

const OPEN = `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id round startsOn endsOn alreadyPostedReason } }`;
const EXTRA = `mutation($input: ExtraExamScoresInput!) { recordExtraExamScores(input: $input) { id stage tied rank } }`;

describe('recruiting rules', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));

  const { regionId, gridId, mutate, openCampaign, throughExam, get, register } = recruitingSteps(() => app);
  const vetted = async (applicationId: string) => {
    await mutate('recordMedicalResult', { applicationId, passed: true }, 'county');
    return mutate('recordVettingResult', { applicationId, passed: true }, 'county');
  };

  it('never opens a publicity before the vetting, nor in the past unless it was already posted, which is audited', async () => {
    const { campaign, positionId } = await openCampaign({
      title: '文昌社区专职网格员',
      regionId: await regionId('140799001003'),
      category: 'FULL_TIME',
      headcount: 1,
    });
    const [a] = await throughExam(campaign.id, positionId, 'county', [{ name: '回溯', written: 80, interview: 80 }]);
    await vetted(a.id);
    // Three weeks ago, before the applicant passed vetting today: refused even with a reason.
    const backdated = await app.gql(OPEN, { input: { campaignId: campaign.id, startsOn: '2026-11-04', alreadyPostedReason: '已张贴' } }, { user: 'county' });
    expect(backdated.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.startsOn' },
      message: expect.stringContaining(TEST_TODAY),
    });
    expect((await get(a.id)).stage).toBe('VETTING');

    // Vetted on 18 November; on the 25th the county records a notice posted on the 19th.
    const { campaign: c2, positionId: p2 } = await openCampaign({
      title: '滨河社区专职网格员',
      regionId: await regionId('140799001004'),
      category: 'FULL_TIME',
      headcount: 1,
    });
    const [b] = await throughExam(c2.id, p2, 'county', [{ name: '补录', written: 80, interview: 80 }]);
    app.setToday('2026-11-18');
    await vetted(b.id);
    app.setToday(TEST_TODAY);
    const noReason = await app.gql(OPEN, { input: { campaignId: c2.id, startsOn: '2026-11-19' } }, { user: 'county' });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.alreadyPostedReason' });
    const posted = (await app.ok(OPEN, { input: { campaignId: c2.id, startsOn: '2026-11-19', alreadyPostedReason: '11月19日已在社区公示栏张贴' } }, 'county'))
      .openPublicity;
    expect(posted).toMatchObject({ round: 1, startsOn: '2026-11-19', endsOn: TEST_TODAY, alreadyPostedReason: '11月19日已在社区公示栏张贴' });
    // The notice prints the dates the board showed, the last day included.
    const notice = (await app.ok(`query($id: ID!) { publicityNoticeExport(campaignId: $id) { contentBase64 } }`, { id: c2.id }, 'county'))
      .publicityNoticeExport;
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(notice.contentBase64, 'base64') as never);
    const text = workbook.worksheets[0].getColumn(1).values.join('\n');
    expect(text).toContain('公示期：2026年11月19日至2026年11月25日（5个工作日）');
    expect(text).toContain('截至2026年11月25日，含当日');
    const audit = await app.ok(
      `query($id: String!) { auditHistory(entity: "Campaign", entityId: $id) { edges { node { action actorName after } } } }`,
      { id: c2.id },
      'county',
    );
    expect(audit.auditHistory.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({
        action: 'OPEN_PUBLICITY',
        actorName: 'county',
        after: expect.objectContaining({ alreadyPostedReason: '11月19日已在社区公示栏张贴', startsOn: '2026-11-19' }),
      }),
    );
  });

  it('holds a tie for the last place and lets the county decide it by an extra exam', async () => {
    const { campaign, positionId } = await openCampaign({
      title: '东风社区专职网格员',
      regionId: await regionId('140799001001'),
      category: 'FULL_TIME',
      headcount: 1,
    });
    const [a, b] = await throughExam(campaign.id, positionId, 'county', [
      { name: '并列甲', written: 80, interview: 90 },
      { name: '并列乙', written: 90, interview: 80 },
    ]);
    for (const x of [a, b]) expect(await get(x.id)).toMatchObject({ stage: 'EXAM', rank: 1, tied: true });
    const entries = [
      { applicationId: a.id, score: 76.5 },
      { applicationId: b.id, score: 81 },
    ];
    expect(errorCode(await app.gql(EXTRA, { input: { campaignId: campaign.id, entries } }, { user: 'township' }))).toBe('FORBIDDEN');
    // Both sit the extra exam: a score for one alone is refused and changes nothing.
    const one = await app.gql(EXTRA, { input: { campaignId: campaign.id, entries: [entries[1]] } }, { user: 'county' });
    expect(one.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.entries' }, message: expect.stringContaining('并列甲') });
    for (const x of [a, b]) expect(await get(x.id)).toMatchObject({ stage: 'EXAM', rank: 1, tied: true });
    const decided = (await app.ok(EXTRA, { input: { campaignId: campaign.id, entries } }, 'county')).recordExtraExamScores;
    expect(decided).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: b.id, stage: 'MEDICAL', tied: false, rank: 1 }),
        expect.objectContaining({ id: a.id, stage: 'EXAM', tied: false, rank: 2 }),
      ]),
    );
    const again = await app.gql(EXTRA, { input: { campaignId: campaign.id, entries: [{ applicationId: b.id, score: 90 }] } }, { user: 'county' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_TIED' });
  });

  it('hires with the employer of the post and the contract its category signs; none for a grid leader', async () => {
    const refused = await app.gql(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          countyId: await regionId('140799000000'),
          title: '错误用人单位',
          minAge: 18,
          maxAge: 45,
          ageReferenceDate: TEST_TODAY,
          registrationFrom: TEST_TODAY,
          registrationTo: TEST_TODAY,
          employerName: '网格示范县委政法委',
          positions: [{ title: '河东镇专职网格员', regionId: await regionId('140799101000'), category: 'FULL_TIME', headcount: 1 }],
        },
      },
      { user: 'county' },
    );
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.employerName' },
      message: expect.stringContaining('Party organ'),
    });
    // Only a township government or a labour-service company, and a company by its name.
    const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
    const campaignWith = async (extra: Record<string, unknown>, position: Record<string, unknown> = {}) => ({
      countyId: await regionId('140799000000'),
      title: '用人单位核对',
      minAge: 18,
      maxAge: 45,
      ageReferenceDate: TEST_TODAY,
      registrationFrom: TEST_TODAY,
      registrationTo: TEST_TODAY,
      ...extra,
      positions: [{ title: '河东镇专职网格员', regionId: await regionId('140799101000'), category: 'FULL_TIME', headcount: 1, ...position }],
    });
    const countyOffice = await app.gql(CREATE, { input: await campaignWith({ employerKind: 'COUNTY_OFFICE', employerName: '县民政局' }) }, { user: 'county' });
    expect(countyOffice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.employerKind' });
    const unnamed = await app.gql(CREATE, { input: await campaignWith({}, { employerKind: 'LABOR_COMPANY' }) }, { user: 'county' });
    expect(unnamed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.positions[0].employerName' });
    const organ = await app.gql(CREATE, { input: await campaignWith({ employerName: '中共网格示范县委员会' }) }, { user: 'county' });
    expect(organ.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.employerName' });
    expect(await app.sql(`select id from campaign where title = '用人单位核对'`)).toEqual([]);

    const { campaign } = await openCampaign(
      { title: '河东村兼职网格员', regionId: await regionId('140799101201'), category: 'PART_TIME', headcount: 1 },
      { employerKind: 'LABOR_COMPANY', employerName: '晋中市网格服务劳务有限公司' },
    );
    const positions = (await app.ok(`query($id: ID!) { campaign(id: $id) { positions { id } } }`, { id: campaign.id }, 'county')).campaign.positions;
    const hired = await hireOne(campaign.id, positions[0].id, { monthlyBasePayFen: 80_000 });
    expect(hired.contracts).toEqual([
      expect.objectContaining({ kind: 'SERVICE_AGREEMENT', employerKind: 'LABOR_COMPANY', employerName: '晋中市网格服务劳务有限公司', endDate: '2029-11-24' }),
    ]);

    // A post of the township government in a campaign hiring through the company: the township signs.
    const { campaign: mixed, positionId: townshipPost } = await openCampaign(
      { title: '文昌社区专职网格员', regionId: await regionId('140799001003'), category: 'FULL_TIME', headcount: 1, employerKind: 'TOWNSHIP' },
      { employerKind: 'LABOR_COMPANY', employerName: '晋中市网格服务劳务有限公司' },
    );
    expect((await hireOne(mixed.id, townshipPost, { monthlyBasePayFen: 320_000 })).contracts).toEqual([
      expect.objectContaining({ kind: 'LABOR', employerKind: 'TOWNSHIP', employerName: '城关街道办事处', endDate: '2029-11-24' }),
    ]);

    const { campaign: leaders, positionId: leaderPost } = await openCampaign({
      title: '李家庄村网格长',
      regionId: await regionId('140799101202'),
      gridId: await gridId('140799101202-01'),
      category: 'GRID_LEADER',
      headcount: 1,
    });
    const leader = await hireOne(leaders.id, leaderPost, {});
    expect(leader).toMatchObject({ category: 'GRID_LEADER', contracts: [], currentAssignments: [{ grid: { code: '140799101202-01' } }] });
  });

  it('disqualifies by the cases the policy lists when the campaign is made', async () => {
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      {
        input: {
          regionId: await regionId('140799000000'),
          key: 'recruiting.disqualifications',
          value: ['UNDER_INVESTIGATION', 'CRIMINAL_PUNISHMENT', 'PUBLIC_SECURITY_PUNISHMENT'],
          effectiveFrom: '2026-01-01',
          source: '县委政法委通知',
        },
      },
      'city',
    );
    const { campaign, positionId } = await openCampaign({
      title: '西山村兼职网格员',
      regionId: await regionId('140799102201'),
      category: 'PART_TIME',
      headcount: 1,
    });
    expect(
      (await app.ok(`query($id: ID!) { campaign(id: $id) { disqualifications } }`, { id: campaign.id }, 'county')).campaign.disqualifications,
    ).toHaveLength(3);
    const dismissed = await register(positionId, 'county', { dismissedFromPublicEmployment: true, idNumber: anIdNumber('19930303') });
    await mutate('startEligibilityReview', { applicationId: dismissed.id }, 'county');
    expect(await mutate('decideEligibility', { applicationId: dismissed.id }, 'county')).toMatchObject({ stage: 'EXAM' });
  });

  /** One applicant through to HIRED: exam, medical, vetting, publicity and its end, the pre-job session. */
  const hireOne = async (campaignId: string, positionId: string, pay: Record<string, unknown>) => {
    const [a] = await throughExam(campaignId, positionId, 'county', [{ name: '新聘', written: 85, interview: 85 }]);
    await vetted(a.id);
    const round = (await app.ok(OPEN, { input: { campaignId } }, 'county')).openPublicity;
    app.setToday('2026-12-02');
    await app.api.get(PublicityService).endPublicity(round.id);
    const training = await get(a.id);
    app.setToday(TEST_TODAY);
    const session = (
      await app.ok(
        `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        { input: { level: 'COUNTY', kind: 'PRE_JOB', organiserId: await regionId('140799000000'), heldOn: TEST_TODAY, hours: 8, topic: '岗前培训' } },
        'county',
      )
    ).createTrainingSession;
    await app.ok(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
      { input: { sessionId: session.id, entries: [{ workerId: training.worker.id, status: 'PRESENT' }] } },
      'county',
    );
    await app.ok(`mutation($input: HireInput!) { hireApplicant(input: $input) { ${APP} } }`, { input: { applicationId: a.id, ...pay } }, 'county');
    return (
      await app.ok(
        `query($id: ID!) { worker(id: $id) { category currentAssignments { grid { code } } contracts { kind employerKind employerName startDate endDate } } }`,
        { id: training.worker.id },
        'county',
      )
    ).worker;
  };
});
