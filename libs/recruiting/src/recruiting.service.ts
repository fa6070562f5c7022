import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { Actor, AuditService, SYSTEM_ACTOR, snapshot } from '@gridhr/audit';
import { assertInScope, assertVersion, AuthUser, Clock, inScopeOrAbove, InvalidInput, isIsoDate, NotFound, paginate, RegionLevel, Role, scopeWhere } from '@gridhr/common';
import { ContractsService, EmployerKind } from '@gridhr/contracts';
import { Grid, Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { Jobs } from '@gridhr/queue';
import { Education, maskIdNumber, normalizePhone, parseIdNumber, PiiCipher, Worker, WorkerCategory, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { Application, Campaign, Objection, Position, StageChange } from './campaign.entity';
import { CampaignStatus, ObjectionStatus, Stage } from './recruiting.enums';
import { compareRanked, compositeScore, contractKindFor, eligibilityProblems, SELECTED_STAGES, transitionProblem } from './recruiting.rules';
import { workingPeriodEnd } from './working-days';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { PUBLICITY_END, PublicityEndJob } from './recruiting.jobs';
import { RECRUITING_POLICIES } from './recruiting.policies';
import { readUploadedSheet, SheetFormat, SheetProblem } from '@gridhr/sheets';

export interface PositionInput {
  title: string;
  regionId: string;
  gridId?: string | null;
  category: WorkerCategory;
  headcount: number;
}

export interface CampaignInput {
  countyId: string;
  title: string;
  minAge: number;
  maxAge: number;
  ageReferenceDate: string;
  minEducation?: Education | null;
  residencePrefix?: string | null;
  otherRequirements?: string | null;
  registrationFrom: string;
  registrationTo: string;
  writtenWeightPercent?: number | null;
  publicityWorkingDays?: number | null;
  positions: PositionInput[];
}

export interface RegistrationInput {
  positionId: string;
  name: string;
  idNumber: string;
  phone: string;
  education?: Education | null;
  homeRegionCode?: string | null;
  cpcMember?: boolean;
  professionalTitle?: boolean;
  socialWorkCertificate?: boolean;
  veteran?: boolean;
  lowIncome?: boolean;
  underInvestigation?: boolean;
  criminalPunishment?: boolean;
  publicSecurityPunishment?: boolean;
  dismissedFromPublicEmployment?: boolean;
}

const MAX_SCORE_X100 = 10_000;

/** Recruiting (DESIGN §4): the county political-legal committee runs it, township staff help. */
@Injectable()
export class RecruitingService {
  private readonly logger = new Logger(RecruitingService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly policy: PolicyService,
    private readonly lifecycle: WorkerLifecycle,
    private readonly contracts: ContractsService,
    private readonly jobs: Jobs,
  ) {}

  // ---- campaigns ---------------------------------------------------------------------------------

  async campaign(user: AuthUser, id: string, em: EntityManager = this.em): Promise<Campaign> {
    const campaign = await em.findOne(Campaign, id, { populate: ['county'] });
    // Township staff see their county's campaigns: they help with registration.
    if (!campaign || !inScopeOrAbove(user, campaign.regionCode, campaign.county.prefix)) throw new NotFound('Campaign', id);
    return campaign;
  }

  async campaigns(user: AuthUser, args: { first: number; after?: string; status?: CampaignStatus | null }) {
    const county = user.scopePrefix.slice(0, 6).padEnd(12, '0');
    const where: FilterQuery<Campaign>[] = [{ $or: [scopeWhere(user), { regionCode: county }] }];
    if (args.status) where.push({ status: args.status });
    return paginate(this.em, Campaign, { $and: where }, args, { field: 'createdAt', direction: 'DESC' }, { populate: ['county'] });
  }

  positionsOf(campaignIds: readonly string[]): Promise<Position[][]> {
    return this.em.find(Position, { campaign: { $in: [...campaignIds] } }, { populate: ['region', 'grid'], orderBy: { regionCode: 'asc', title: 'asc' } }).then((rows) =>
      campaignIds.map((id) => rows.filter((p) => p.campaign.id === id)),
    );
  }

  async createCampaign(user: AuthUser, input: CampaignInput): Promise<Campaign> {
    if (!isIsoDate(input.registrationFrom) || !isIsoDate(input.registrationTo) || input.registrationTo < input.registrationFrom) throw new InvalidInput('input.registrationTo', 'must be a date on or after registrationFrom');
    if (input.minAge < 16 || input.maxAge > 65 || input.minAge > input.maxAge) throw new InvalidInput('input.maxAge', 'the age range must lie within 16-65, minAge first');
    if (!input.positions.length) throw new InvalidInput('input.positions', 'lists at least one position');
    if (input.residencePrefix && !/^\d{2,12}$/.test(input.residencePrefix)) throw new InvalidInput('input.residencePrefix', 'is a division-code prefix of 2-12 digits');
    return this.em.transactional(async (em) => {
      const county = assertInScope(user, await em.findOne(Region, input.countyId), 'Region', input.countyId);
      if (county.level !== RegionLevel.COUNTY) throw new InvalidInput('input.countyId', `recruiting is run by a county, not a ${county.level}`);
      const policy = await this.policy.forRegion(county, input.registrationFrom, em);
      const campaign = em.create(Campaign, {
        title: input.title.trim(),
        county,
        regionCode: county.code,
        minAge: input.minAge,
        maxAge: input.maxAge,
        ageReferenceDate: input.ageReferenceDate,
        minEducation: input.minEducation ?? null,
        residencePrefix: input.residencePrefix ?? null,
        otherRequirements: input.otherRequirements?.trim() || null,
        registrationFrom: input.registrationFrom,
        registrationTo: input.registrationTo,
        writtenWeightPercent: input.writtenWeightPercent ?? policy.get(RECRUITING_POLICIES, 'recruiting.writtenExamWeightPercent'),
        publicityWorkingDays: input.publicityWorkingDays ?? policy.get(RECRUITING_POLICIES, 'recruiting.publicityWorkingDays'),
      });
      for (const [i, p] of input.positions.entries()) {
        const region = await em.findOne(Region, p.regionId);
        if (!region || !region.code.startsWith(county.prefix)) throw new InvalidInput(`input.positions[${i}].regionId`, `is not a region of ${county.name}`);
        if (![RegionLevel.TOWNSHIP, RegionLevel.COMMUNITY, RegionLevel.VILLAGE].includes(region.level)) throw new InvalidInput(`input.positions[${i}].regionId`, 'is a township, community or village');
        const grid = p.gridId ? await em.findOne(Grid, p.gridId) : null;
        if (p.gridId && (!grid || !grid.regionCode.startsWith(region.prefix))) throw new InvalidInput(`input.positions[${i}].gridId`, `is not a grid of ${region.name}`);
        em.create(Position, { campaign, title: p.title.trim(), region, regionCode: region.code, grid, category: p.category, headcount: p.headcount });
      }
      this.audit.record(em, user, { entity: 'Campaign', entityId: campaign.id, action: 'CREATE', before: null, after: snapshot(campaign), regionCode: campaign.regionCode });
      return campaign;
    });
  }

  /** A campaign the caller runs (their scope holds the county), not only one they can see. */
  private async ownCampaign(user: AuthUser, id: string, em: EntityManager): Promise<Campaign> {
    const campaign = await this.campaign(user, id, em);
    if (!campaign.regionCode.startsWith(user.scopePrefix)) throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county runs its campaigns', 'input.campaignId');
    return campaign;
  }

  /** DRAFT → OPEN (publish), OPEN → CLOSED (registration over), CLOSED → FINISHED. */
  async setCampaignStatus(user: AuthUser, input: { id: string; version: number; status: CampaignStatus }): Promise<Campaign> {
    const next: Record<CampaignStatus, CampaignStatus | null> = { DRAFT: CampaignStatus.OPEN, OPEN: CampaignStatus.CLOSED, CLOSED: CampaignStatus.FINISHED, FINISHED: null };
    return this.em.transactional(async (em) => {
      const campaign = await this.ownCampaign(user, input.id, em);
      assertVersion(campaign, input.version, 'Campaign');
      const allowed = next[campaign.status as CampaignStatus];
      if (allowed !== input.status) throw recruitingError(RecruitingReason.CAMPAIGN_STATUS, `The campaign is ${campaign.status}; it can move to ${allowed ?? 'nothing'} next`, 'input.status');
      const before = snapshot(campaign);
      campaign.status = input.status;
      this.audit.record(em, user, { entity: 'Campaign', entityId: campaign.id, action: `STATUS_${input.status}`, before, after: snapshot(campaign), regionCode: campaign.regionCode });
      return campaign;
    });
  }

  // ---- applications ------------------------------------------------------------------------------

  async application(user: AuthUser, id: string, em: EntityManager = this.em): Promise<Application> {
    return assertInScope(user, await em.findOne(Application, id, { populate: ['position', 'campaign'] }), 'Application', id);
  }

  async applications(user: AuthUser, args: { first: number; after?: string; campaignId: string; positionId?: string | null; stage?: Stage | null }) {
    const where: FilterQuery<Application> = { $and: [scopeWhere(user), { campaign: args.campaignId }, args.positionId ? { position: args.positionId } : {}, args.stage ? { stage: args.stage } : {}] };
    return paginate(this.em, Application, where, args, { field: 'registeredAt', direction: 'ASC' }, { populate: ['position'] });
  }

  async workerOf(user: AuthUser, application: Application): Promise<Worker | null> {
    return application.worker ? this.em.findOne(Worker, { id: application.worker.id, ...scopeWhere(user) }) : null;
  }

  historyOf(applicationIds: readonly string[]): Promise<StageChange[][]> {
    return this.em.find(StageChange, { application: { $in: [...applicationIds] } }, { orderBy: { at: 'asc', id: 'asc' } }).then((rows) =>
      applicationIds.map((id) => rows.filter((c) => c.application.id === id)),
    );
  }

  async register(user: AuthUser, input: RegistrationInput): Promise<Application> {
    const today = this.clock.today();
    const id = parseIdNumber(input.idNumber, today);
    if (!id.ok) throw new InvalidInput('input.idNumber', id.problem);
    const phone = normalizePhone(input.phone);
    if (!phone) throw new InvalidInput('input.phone', 'is not an 11-digit mobile number');
    if (input.homeRegionCode && !/^\d{12}$/.test(input.homeRegionCode)) throw new InvalidInput('input.homeRegionCode', 'must be 12 digits');
    return this.em.transactional(async (em) => {
      const position = assertInScope(user, await em.findOne(Position, input.positionId, { populate: ['campaign'] }), 'Position', input.positionId);
      const campaign = position.campaign;
      if (campaign.status !== CampaignStatus.OPEN) throw recruitingError(RecruitingReason.REGISTRATION_CLOSED, `The campaign is ${campaign.status}; registration is closed`, 'input.positionId');
      if (today < campaign.registrationFrom || today > campaign.registrationTo) throw recruitingError(RecruitingReason.REGISTRATION_CLOSED, `Registration runs from ${campaign.registrationFrom} to ${campaign.registrationTo}`, 'input.positionId');
      const idNumberHash = this.cipher.hash(id.value.idNumber);
      const existing = await em.findOne(Application, { campaign, idNumberHash });
      if (existing) throw recruitingError(RecruitingReason.ALREADY_APPLIED, `This person has already applied to this campaign (application ${existing.id})`, 'input.idNumber');
      // One ID number is one worker record, and an exited record stays exited: a current or former
      // worker changes post by transfer, or the county reopens the record, not through recruiting.
      const worker = await em.findOne(Worker, { idNumberHash });
      if (worker && worker.status !== WorkerStatus.CANDIDATE) throw recruitingError(RecruitingReason.HAS_WORKER_RECORD, `This person already has a grid-worker record (${worker.status}); ask the county to handle it`, 'input.idNumber');
      const { positionId: _position, idNumber: _id, phone: _phone, ...facts } = input;
      const application = em.create(Application, {
        ...facts,
        name: input.name.trim(),
        campaign,
        position,
        regionCode: position.regionCode,
        idNumberCipher: this.cipher.encrypt(id.value.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(id.value.idNumber),
        birthDate: id.value.birthDate,
        sex: id.value.sex as Application['sex'],
        phone,
        education: input.education ?? null,
        homeRegionCode: input.homeRegionCode ?? null,
      });
      this.record(em, user, application, null, Stage.REGISTERED, null);
      return application;
    });
  }

  /** Moves an application on after checking who may and what must hold; audited with the history. */
  private move(em: EntityManager, actor: AuthUser | typeof SYSTEM_ACTOR, application: Application, to: Stage, reason: string | null): void {
    if (actor !== SYSTEM_ACTOR) {
      const problem = transitionProblem(application.stage, to, (actor as AuthUser).role);
      if (problem) throw recruitingError(problem.reason, `Application is at ${application.stage}: ${problem.message}`, 'input.applicationId');
    }
    const from = application.stage;
    application.stage = to;
    if (to === Stage.REJECTED || to === Stage.WITHDRAWN) application.endReason = reason?.slice(0, 500) ?? null;
    this.record(em, actor, application, from, to, reason);
  }

  private record(em: EntityManager, actor: Actor, application: Application, from: Stage | null, to: Stage, reason: string | null): void {
    em.create(StageChange, { application, fromStage: from, toStage: to, reason: reason?.slice(0, 500) ?? null, actor: actor.username });
    this.audit.record(em, actor, { entity: 'Application', entityId: application.id, action: from ? `STAGE_${to}` : 'REGISTER', before: from ? { stage: from } : null, after: { stage: to, ...(reason ? { reason } : {}) }, regionCode: application.regionCode });
  }

  async startEligibilityReview(user: AuthUser, input: { applicationId: string }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      this.move(em, user, application, Stage.ELIGIBILITY, null);
      return application;
    });
  }

  /** Checks the campaign's requirements and the four disqualifying cases: on to EXAM, or REJECTED with the reasons. */
  async decideEligibility(user: AuthUser, input: { applicationId: string }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      const problem = transitionProblem(application.stage, Stage.EXAM, user.role);
      if (problem) throw recruitingError(problem.reason, `Application is at ${application.stage}: ${problem.message}`, 'input.applicationId');
      const reasons = eligibilityProblems(application, application.campaign);
      this.move(em, user, application, reasons.length ? Stage.REJECTED : Stage.EXAM, reasons.length ? `not eligible: ${reasons.join('; ')}` : null);
      return application;
    });
  }

  /** Written and interview scores (0-100, two decimals) for applicants at EXAM. */
  async recordScores(user: AuthUser, input: { campaignId: string; entries: { applicationId: string; written: number; interview: number }[] }): Promise<Application[]> {
    const toX100 = (value: number, field: string) => {
      const x100 = Math.round(value * 100);
      if (!Number.isFinite(value) || x100 < 0 || x100 > MAX_SCORE_X100 || Math.abs(x100 - value * 100) > 1e-6) throw new InvalidInput(field, 'must be a score from 0 to 100 with at most two decimals');
      return x100;
    };
    const scores = input.entries.map((e, i) => ({ ...e, written: toX100(e.written, `input.entries[${i}].written`), interview: toX100(e.interview, `input.entries[${i}].interview`) }));
    return this.em.transactional(async (em) => {
      const campaign = await this.campaign(user, input.campaignId, em);
      const applications = new Map((await em.find(Application, { id: { $in: scores.map((s) => s.applicationId) }, campaign, ...scopeWhere(user) })).map((a) => [a.id, a]));
      const changed: Application[] = [];
      scores.forEach((s, i) => {
        const application = applications.get(s.applicationId);
        if (!application) throw new InvalidInput(`input.entries[${i}].applicationId`, 'is not an application of this campaign in your scope');
        if (application.stage !== Stage.EXAM || application.rank !== null) throw recruitingError(RecruitingReason.STAGE_NOT_ALLOWED, `${application.name} is at ${application.stage}${application.rank !== null ? ' and the exam is closed' : ''}; scores are entered at EXAM`, `input.entries[${i}].applicationId`);
        application.writtenScore = s.written;
        application.interviewScore = s.interview;
        application.compositeScore = compositeScore(s.written, s.interview, campaign.writtenWeightPercent);
        changed.push(application);
      });
      this.audit.record(em, user, { entity: 'Campaign', entityId: campaign.id, action: 'RECORD_SCORES', before: null, after: { scores: scores.map((s) => ({ applicationId: s.applicationId, written: s.written, interview: s.interview })) }, regionCode: campaign.regionCode });
      return changed;
    });
  }

  /**
   * Scores from the exam office's sheet (xlsx or csv: 身份证号, 姓名, 笔试成绩, 面试成绩). Every line is
   * checked first; with any problem nothing is recorded and every problem is reported by line.
   */
  async importScores(user: AuthUser, input: { campaignId: string; format: SheetFormat; contentBase64: string }): Promise<{ recorded: number; problems: SheetProblem[] }> {
    const sheet = await readUploadedSheet(input, { idNumber: ['身份证号', '身份证号码'], name: ['姓名'], written: ['笔试成绩', '笔试'], interview: ['面试成绩', '面试'] }, ['idNumber', 'name', 'written', 'interview']);
    if (sheet.missing) return { recorded: 0, problems: [sheet.missing] };
    const campaign = await this.campaign(user, input.campaignId);
    const hashes = sheet.rows.map((r) => this.cipher.hash(r.cell.idNumber.toUpperCase()));
    const applications = new Map((await this.em.find(Application, { campaign, idNumberHash: { $in: hashes }, ...scopeWhere(user) })).map((a) => [a.idNumberHash, a]));
    const problems: SheetProblem[] = [];
    const entries: { applicationId: string; written: number; interview: number }[] = [];
    sheet.rows.forEach((row, i) => {
      const problem = (column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
      const application = applications.get(hashes[i]);
      if (!application) return problem('身份证号', row.cell.idNumber ? maskIdNumber(row.cell.idNumber) : '', '本次招聘中没有这个身份证号的报名');
      if (application.name !== row.cell.name) return problem('姓名', row.cell.name, '与报名登记的姓名不符');
      if (application.stage !== Stage.EXAM) return problem('身份证号', application.idNumberMasked, `该报名处于${application.stage}阶段，不在笔试面试阶段`);
      const score = (text: string, column: string) => {
        if (/^\d{1,3}(\.\d{1,2})?$/.test(text) && Number(text) <= 100) return Number(text);
        problem(column, text, '须为0到100的成绩，最多两位小数');
        return null;
      };
      const [written, interview] = [score(row.cell.written, '笔试成绩'), score(row.cell.interview, '面试成绩')];
      if (written !== null && interview !== null) entries.push({ applicationId: application.id, written, interview });
    });
    if (problems.length) return { recorded: 0, problems };
    return { recorded: (await this.recordScores(user, { campaignId: campaign.id, entries })).length, problems: [] };
  }

  /** Ranks every position of the campaign; the top headcount of each go on to MEDICAL, the rest wait in rank order. */
  async closeExam(user: AuthUser, input: { campaignId: string }): Promise<Application[]> {
    if (user.role !== Role.COUNTY_PLC) throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee closes the exam', 'input.campaignId');
    return this.em.transactional(async (em) => {
      const campaign = await this.ownCampaign(user, input.campaignId, em);
      if (campaign.status !== CampaignStatus.CLOSED) throw recruitingError(RecruitingReason.CAMPAIGN_STATUS, `The campaign is ${campaign.status}; close registration before ranking`, 'input.campaignId');
      const pending = await em.count(Application, { campaign, stage: { $in: [Stage.REGISTERED, Stage.ELIGIBILITY] } });
      if (pending) throw recruitingError(RecruitingReason.EXAM_NOT_READY, `${pending} application(s) still wait for the eligibility decision`, 'input.campaignId');
      if (await em.count(Application, { campaign, rank: { $ne: null } })) throw recruitingError(RecruitingReason.EXAM_CLOSED, 'The exam of this campaign is already closed and ranked', 'input.campaignId');
      const atExam = await em.find(Application, { campaign, stage: Stage.EXAM }, { populate: ['position'] });
      if (!atExam.length) throw recruitingError(RecruitingReason.EXAM_NOT_READY, 'Nobody is at EXAM', 'input.campaignId');
      const unscored = atExam.filter((a) => a.compositeScore === null);
      if (unscored.length) throw recruitingError(RecruitingReason.EXAM_NOT_READY, `${unscored.length} applicant(s) at EXAM have no scores yet, e.g. ${unscored[0].name}`, 'input.campaignId');
      const byPosition = new Map<string, Application[]>();
      for (const a of atExam) byPosition.set(a.position.id, [...(byPosition.get(a.position.id) ?? []), a]);
      for (const list of byPosition.values()) {
        list
          .sort((a, b) => compareRanked({ ...a, composite: a.compositeScore!, written: a.writtenScore! }, { ...b, composite: b.compositeScore!, written: b.writtenScore! }))
          .forEach((a, i) => (a.rank = i + 1));
        await this.fillPlaces(em, list[0].position);
      }
      return atExam;
    });
  }

  /** Keeps a position's selected applicants at its headcount by moving the next ranked up to MEDICAL. */
  private async fillPlaces(em: EntityManager, position: Position): Promise<void> {
    const selected = await em.count(Application, { position, stage: { $in: SELECTED_STAGES } });
    const waiting = await em.find(Application, { position, stage: Stage.EXAM, rank: { $ne: null } }, { orderBy: { rank: 'asc' }, limit: Math.max(0, position.headcount - selected) });
    // A consequence of the ranking, not anyone's decision: recorded as the system's.
    for (const next of waiting) this.move(em, SYSTEM_ACTOR, next, Stage.MEDICAL, `ranked ${next.rank} for ${position.title}: a place is free`);
  }

  async recordMedical(user: AuthUser, input: { applicationId: string; passed: boolean; note?: string | null }): Promise<Application> {
    return this.decide(user, input.applicationId, Stage.MEDICAL, input.passed, input.note ?? null, (em, a) => this.move(em, user, a, Stage.VETTING, null));
  }

  /** Political vetting (政治审查): the county political-legal committee only. Passing waits for the publicity list. */
  async recordVetting(user: AuthUser, input: { applicationId: string; passed: boolean; note?: string | null }): Promise<Application> {
    if (user.role !== Role.COUNTY_PLC) throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee vets applicants', 'input.applicationId');
    return this.decide(user, input.applicationId, Stage.VETTING, input.passed, input.note ?? null, async (em, a) => {
      a.vetted = true;
      this.record(em, user, a, Stage.VETTING, Stage.VETTING, input.note ?? 'vetting passed');
    });
  }

  private async decide(user: AuthUser, applicationId: string, at: Stage, passed: boolean, note: string | null, pass: (em: EntityManager, a: Application) => void | Promise<void>): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, applicationId, em);
      if (application.stage !== at) throw recruitingError(RecruitingReason.STAGE_NOT_ALLOWED, `Application is at ${application.stage}, not ${at}`, 'input.applicationId');
      if (passed) await pass(em, application);
      else {
        if (!note?.trim()) throw new InvalidInput('input.note', `gives the reason the applicant failed ${at.toLowerCase()}`);
        this.move(em, user, application, Stage.REJECTED, `${at.toLowerCase()}: ${note.trim()}`);
        await this.fillPlaces(em, application.position);
      }
      return application;
    });
  }

  /** Ends an application at the applicant's wish, or rejects it; a freed place goes to the next ranked. */
  async end(user: AuthUser, input: { applicationId: string; reason: string }, to: Stage.REJECTED | Stage.WITHDRAWN): Promise<Application> {
    if (!input.reason.trim()) throw new InvalidInput('input.reason', 'is required');
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      const heldPlace = SELECTED_STAGES.includes(application.stage);
      if (application.stage === Stage.TRAINING && application.worker) {
        // The onboarding record made for the pre-job training ends with the application.
        const worker = await em.findOneOrFail(Worker, application.worker.id);
        await this.lifecycle.change(em, user, worker, { status: WorkerStatus.EXITED, exitedOn: this.clock.today() }, 'EXIT_BEFORE_HIRE');
      }
      this.move(em, user, application, to, input.reason.trim());
      if (heldPlace) await this.fillPlaces(em, application.position);
      return application;
    });
  }

  // ---- publicity ---------------------------------------------------------------------------------

  /**
   * Opens the publicity (公示) of everyone vetted: a period of N working days on the mainland calendar,
   * ended by a delayed job. `startsOn` defaults to today.
   */
  async openPublicity(user: AuthUser, input: { campaignId: string; startsOn?: string | null }): Promise<Campaign> {
    if (user.role !== Role.COUNTY_PLC) throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee opens the publicity', 'input.campaignId');
    const startsOn = input.startsOn ?? this.clock.today();
    const campaign = await this.em.transactional(async (em) => {
      const campaign = await this.ownCampaign(user, input.campaignId, em);
      const vetted = await em.find(Application, { campaign, stage: Stage.VETTING, vetted: true });
      if (!vetted.length) throw recruitingError(RecruitingReason.NOBODY_VETTED, 'Nobody has passed vetting yet', 'input.campaignId');
      const endsOn = (() => {
        try {
          return workingPeriodEnd(startsOn, campaign.publicityWorkingDays);
        } catch (error) {
          throw recruitingError(RecruitingReason.CALENDAR_MISSING, (error as Error).message, 'input.startsOn');
        }
      })();
      if (campaign.publicityEndsOn && campaign.publicityEndsOn >= startsOn) throw recruitingError(RecruitingReason.PUBLICITY_OPEN, `A publicity period is already open until ${campaign.publicityEndsOn}`, 'input.campaignId');
      const before = snapshot(campaign);
      campaign.publicityStartsOn = startsOn;
      campaign.publicityEndsOn = endsOn;
      for (const a of vetted) this.move(em, user, a, Stage.PUBLICITY, `publicity ${startsOn} to ${endsOn}`);
      this.audit.record(em, user, { entity: 'Campaign', entityId: campaign.id, action: 'OPEN_PUBLICITY', before, after: snapshot(campaign), regionCode: campaign.regionCode });
      return campaign;
    });
    await this.schedulePublicityEnd(campaign.id, campaign.publicityEndsOn!);
    return campaign;
  }

  /** The delayed job that ends a publicity period; its id makes scheduling it again a no-op. */
  async schedulePublicityEnd(campaignId: string, endsOn: string): Promise<void> {
    // The period ends at midnight Shanghai time after its last day.
    const due = new Date(`${endsOn}T24:00:00+08:00`).getTime();
    const data: PublicityEndJob = { campaignId, endsOn };
    await this.jobs.add(PUBLICITY_END, data, { jobId: `publicity-${campaignId}-${endsOn}`, delay: Math.max(0, due - this.clock.now().getTime()) });
  }

  /** At the end of the period, applicants with no objection still open move on to pre-job TRAINING. Idempotent. */
  async endPublicity(campaignId: string, today = this.clock.today()): Promise<number> {
    return this.em.transactional(async (em) => {
      const campaign = await em.findOneOrFail(Campaign, campaignId);
      if (!campaign.publicityEndsOn) return 0;
      // Run early (clocks apart): fail, so the queue retries it with backoff.
      if (campaign.publicityEndsOn >= today) throw new Error(`the publicity of campaign ${campaignId} runs until ${campaign.publicityEndsOn}`);
      const waiting = await em.find(Application, { campaign, stage: Stage.PUBLICITY }, { populate: ['position'] });
      let moved = 0;
      for (const application of waiting) {
        if (await em.count(Objection, { application, status: ObjectionStatus.OPEN })) continue;
        await this.toTraining(em, SYSTEM_ACTOR, application, today);
        if (application.stage === Stage.TRAINING) moved++;
      }
      if (moved) this.logger.log(`publicity of campaign ${campaignId} ended: ${moved} applicant(s) on to training`);
      return moved;
    });
  }

  /** Daily: ends every publicity period that is over but still has applicants at PUBLICITY (a lost or failed job). */
  async sweepPublicity(today = this.clock.today()): Promise<number> {
    const due = await this.em.find(Campaign, { publicityEndsOn: { $lt: today }, status: { $ne: CampaignStatus.FINISHED } }, { fields: ['id'] });
    let moved = 0;
    for (const c of due) if (await this.em.count(Application, { campaign: c.id, stage: Stage.PUBLICITY })) moved += await this.endPublicity(c.id, today);
    return moved;
  }

  async fileObjection(user: AuthUser, input: { applicationId: string; content: string }): Promise<Objection> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      if (application.stage !== Stage.PUBLICITY) throw recruitingError(RecruitingReason.STAGE_NOT_ALLOWED, `Objections are filed during publicity; the application is at ${application.stage}`, 'input.applicationId');
      const objection = em.create(Objection, { application, regionCode: application.regionCode, content: input.content.trim(), filedOn: this.clock.today() });
      this.audit.record(em, user, { entity: 'Application', entityId: application.id, action: 'FILE_OBJECTION', before: null, after: { objectionId: objection.id, content: objection.content }, regionCode: application.regionCode });
      return objection;
    });
  }

  /** Upheld: the applicant is rejected and the next ranked moves up. Dismissed: they go on (to training if the period is over). */
  async decideObjection(user: AuthUser, input: { objectionId: string; upheld: boolean; decision: string }): Promise<Objection> {
    if (user.role !== Role.COUNTY_PLC) throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee decides objections', 'input.objectionId');
    return this.em.transactional(async (em) => {
      const objection = assertInScope(user, await em.findOne(Objection, input.objectionId, { populate: ['application', 'application.position', 'application.campaign'] }), 'Objection', input.objectionId);
      if (objection.status !== ObjectionStatus.OPEN) throw recruitingError(RecruitingReason.OBJECTION_DECIDED, `The objection was already ${objection.status}`, 'input.objectionId');
      const today = this.clock.today();
      objection.status = input.upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
      objection.decision = input.decision.trim();
      objection.decidedOn = today;
      const application = objection.application;
      this.audit.record(em, user, { entity: 'Application', entityId: application.id, action: `OBJECTION_${objection.status}`, before: { objection: ObjectionStatus.OPEN }, after: { objection: objection.status, decision: objection.decision }, regionCode: application.regionCode });
      if (application.stage === Stage.PUBLICITY) {
        if (input.upheld) {
          this.move(em, user, application, Stage.REJECTED, `objection upheld: ${objection.decision}`);
          await this.fillPlaces(em, application.position);
        } else if (application.campaign.publicityEndsOn && application.campaign.publicityEndsOn < today && !(await em.count(Objection, { application, status: ObjectionStatus.OPEN, id: { $ne: objection.id } }))) {
          await this.toTraining(em, user, application, today);
        }
      }
      return objection;
    });
  }

  /** PUBLICITY → TRAINING: the applicant gets a worker record (ONBOARDING) so the pre-job training can be recorded. */
  private async toTraining(em: EntityManager, actor: AuthUser | typeof SYSTEM_ACTOR, application: Application, today: string): Promise<void> {
    const region = await em.findOneOrFail(Region, { code: application.regionCode });
    let worker = await em.findOne(Worker, { idNumberHash: application.idNumberHash });
    if (worker && worker.status !== WorkerStatus.CANDIDATE) {
      // Registered as a worker since applying: the county must decide; the applicant waits at PUBLICITY.
      this.logger.warn(`application ${application.id}: ${application.name} has had a ${worker.status} worker record since registering`);
      return;
    }
    if (worker) {
      // A candidate record: it now belongs to this post.
      await this.lifecycle.change(em, actor, worker, { status: WorkerStatus.ONBOARDING, category: application.position.category, region }, 'ONBOARD_FROM_RECRUITING');
    } else {
      const identity = { idNumberCipher: application.idNumberCipher, idNumberHash: application.idNumberHash, idNumberMasked: application.idNumberMasked, birthDate: application.birthDate, sex: application.sex };
      worker = await this.lifecycle.register(
        em,
        actor,
        { name: application.name, identity, phone: application.phone, education: application.education, homeRegionCode: application.homeRegionCode, veteran: application.veteran, lowIncome: application.lowIncome, category: application.position.category, status: WorkerStatus.ONBOARDING, region },
        'CREATE_FROM_RECRUITING',
      );
    }
    application.worker = worker;
    this.move(em, actor, application, Stage.TRAINING, `publicity ended ${application.campaign.publicityEndsOn ?? today} with no objection standing`);
  }

  /**
   * TRAINING → HIRED once the pre-job session is attended: the worker goes on duty in the position's
   * grid (filling its vacancy) with a draft contract of the right kind for the category.
   */
  async hire(user: AuthUser, input: { applicationId: string; monthlyBasePayFen: number; contractEndDate?: string | null }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      const problem = transitionProblem(application.stage, Stage.HIRED, user.role);
      if (problem) throw recruitingError(problem.reason, `Application is at ${application.stage}: ${problem.message}`, 'input.applicationId');
      const worker = await em.findOneOrFail(Worker, application.worker!.id);
      const blocked = (await this.lifecycle.activationProblems(em, [worker.id])).get(worker.id);
      if (blocked) throw recruitingError(RecruitingReason.ACTIVATION_BLOCKED, `${worker.name} cannot be hired yet: ${blocked}`, 'input.applicationId');
      const today = this.clock.today();
      const position = await em.findOneOrFail(Position, application.position.id, { populate: ['grid', 'campaign.county'] });
      await this.lifecycle.change(em, user, worker, { status: WorkerStatus.ACTIVE, category: position.category, hiredOn: today }, 'HIRE');
      if (position.grid) await this.lifecycle.assignToGrid(em, user, worker, position.grid, today, false);
      await this.contracts.create(user, {
        workerId: worker.id,
        kind: contractKindFor(position.category) as never,
        employerKind: EmployerKind.COUNTY_OFFICE,
        employerName: `${position.campaign.county.name}委政法委`,
        startDate: today,
        endDate: input.contractEndDate ?? null,
        monthlyBasePayFen: input.monthlyBasePayFen,
      });
      this.move(em, user, application, Stage.HIRED, null);
      return application;
    });
  }
}
