// Applications (DESIGN §4): registration, eligibility, medical and vetting decisions, and ending an
// application; the stage machine is ApplicationStages.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { assertInScope, AuthUser, Clock, groupBy, InvalidInput, paginate, Role, scopeWhere } from '@gridhr/common';
import { RehireBlocks } from '@gridhr/exit';
import { Education, maskIdNumber, normalizePhone, parseIdNumber, PiiCipher, Worker, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { Region } from '@gridhr/org';
import { Application, Objection, Position, StageChange } from './campaign.entity';
import { ApplicationStages } from './application-stages';
import { CampaignStatus, Stage } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { eligibilityProblems, SELECTED_STAGES, transitionProblem } from './recruiting.rules';

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

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly cipher: PiiCipher,
    private readonly lifecycle: WorkerLifecycle,
    private readonly stages: ApplicationStages,
    private readonly rehire: RehireBlocks,
  ) {}

  async application(user: AuthUser, id: string, em: EntityManager = this.em): Promise<Application> {
    return assertInScope(user, await em.findOne(Application, id, { populate: ['position', 'campaign'] }), 'Application', id);
  }

  async applications(user: AuthUser, args: { first: number; after?: string; campaignId: string; positionId?: string | null; stage?: Stage | null }) {
    const where: FilterQuery<Application> = {
      $and: [scopeWhere(user), { campaign: args.campaignId }, args.positionId ? { position: args.positionId } : {}, args.stage ? { stage: args.stage } : {}],
    };
    return paginate(this.em, Application, where, args, { field: 'registeredAt', direction: 'ASC' }, { populate: ['position'] });
  }

  async workerOf(user: AuthUser, application: Application): Promise<Worker | null> {
    return application.worker ? this.em.findOne(Worker, { id: application.worker.id, ...scopeWhere(user) }) : null;
  }

  historyOf(applicationIds: readonly string[]): Promise<StageChange[][]> {
    return this.em
      .find(StageChange, { application: { $in: [...applicationIds] } }, { orderBy: { at: 'asc', id: 'asc' } })
      .then((rows) => groupBy(applicationIds, rows, (c) => c.application.id));
  }

  objectionsOf(applicationIds: readonly string[]): Promise<Objection[][]> {
    return this.em
      .find(Objection, { application: { $in: [...applicationIds] } }, { orderBy: { filedOn: 'asc', id: 'asc' } })
      .then((rows) => groupBy(applicationIds, rows, (o) => o.application.id));
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
      if (input.homeRegionCode && !(await em.count(Region, { code: input.homeRegionCode })))
        throw new InvalidInput('input.homeRegionCode', `${input.homeRegionCode} is not a region on record`);
      const campaign = position.campaign;
      if (campaign.status !== CampaignStatus.OPEN)
        throw recruitingError(RecruitingReason.REGISTRATION_CLOSED, `The campaign is ${campaign.status}; registration is closed`, 'input.positionId');
      if (today < campaign.registrationFrom || today > campaign.registrationTo)
        throw recruitingError(
          RecruitingReason.REGISTRATION_CLOSED,
          `Registration runs from ${campaign.registrationFrom} to ${campaign.registrationTo}`,
          'input.positionId',
        );
      const idNumberHash = this.cipher.hash(id.value.idNumber);
      const existing = await em.findOne(Application, { campaign, idNumberHash });
      if (existing)
        throw recruitingError(
          RecruitingReason.ALREADY_APPLIED,
          `This person has already applied to this campaign (application ${existing.id})`,
          'input.idNumber',
        );
      // One ID number is one worker record, and an exited record stays exited: a current or former
      // worker changes post by transfer, or the county reopens the record, not through recruiting.
      const blocked = await this.rehire.refusal(em, user, idNumberHash, 'input.idNumber');
      if (blocked) throw blocked;
      const worker = await em.findOne(Worker, { idNumberHash });
      if (worker && worker.status !== WorkerStatus.CANDIDATE)
        throw recruitingError(
          RecruitingReason.HAS_WORKER_RECORD,
          `This person already has a grid-worker record (${worker.status}); ask the county to handle it`,
          'input.idNumber',
        );
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
      this.stages.record(em, user, application, null, Stage.REGISTERED, null);
      return application;
    });
  }

  async startEligibilityReview(user: AuthUser, input: { applicationId: string }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      this.stages.move(em, user, application, Stage.ELIGIBILITY, null);
      return application;
    });
  }

  /** Checks the campaign's requirements and the four disqualifying cases: on to EXAM, or REJECTED with the reasons. */
  async decideEligibility(user: AuthUser, input: { applicationId: string }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, input.applicationId, em);
      const problem = transitionProblem(application.stage, Stage.EXAM, user.role);
      if (problem) throw recruitingError(problem.reason, `Application is at ${application.stage}: ${problem.message}`, 'input.applicationId');
      const reasons = eligibilityProblems(application, application.campaign, application.campaign.disqualifications);
      this.stages.move(em, user, application, reasons.length ? Stage.REJECTED : Stage.EXAM, reasons.length ? `not eligible: ${reasons.join('; ')}` : null);
      return application;
    });
  }

  async recordMedical(user: AuthUser, input: { applicationId: string; passed: boolean; note?: string | null }): Promise<Application> {
    return this.decide(user, input.applicationId, Stage.MEDICAL, input.passed, input.note ?? null, (em, a) =>
      this.stages.move(em, user, a, Stage.VETTING, null),
    );
  }

  /** Political vetting (政治审查): the county political-legal committee only. Passing waits for the publicity list. */
  async recordVetting(user: AuthUser, input: { applicationId: string; passed: boolean; note?: string | null }): Promise<Application> {
    if (user.role !== Role.COUNTY_PLC)
      throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee vets applicants', 'input.applicationId');
    return this.decide(user, input.applicationId, Stage.VETTING, input.passed, input.note ?? null, async (em, a) => {
      a.vetted = true;
      a.vettedOn = this.clock.today();
      this.stages.record(em, user, a, Stage.VETTING, Stage.VETTING, input.note ?? 'vetting passed');
    });
  }

  private async decide(
    user: AuthUser,
    applicationId: string,
    at: Stage,
    passed: boolean,
    note: string | null,
    pass: (em: EntityManager, a: Application) => void | Promise<void>,
  ): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.application(user, applicationId, em);
      if (application.stage !== at)
        throw recruitingError(RecruitingReason.STAGE_NOT_ALLOWED, `Application is at ${application.stage}, not ${at}`, 'input.applicationId');
      if (passed) await pass(em, application);
      else {
        if (!note?.trim()) throw new InvalidInput('input.note', `gives the reason the applicant failed ${at.toLowerCase()}`);
        this.stages.move(em, user, application, Stage.REJECTED, `${at.toLowerCase()}: ${note.trim()}`);
        await this.stages.fillPlaces(em, application.position);
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
      this.stages.move(em, user, application, to, input.reason.trim());
      if (heldPlace) await this.stages.fillPlaces(em, application.position);
      return application;
    });
  }
}
