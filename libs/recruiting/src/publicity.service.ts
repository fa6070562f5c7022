// The publicity period (公示): working days on the mainland calendar, objections, and its end by a
// delayed job that moves clean applicants on to pre-job training with an onboarding worker record.
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, SYSTEM_ACTOR } from '@gridhr/audit';
import { assertInScope, AuthUser, Clock, groupBy, InvalidInput, Role } from '@gridhr/common';
import { WorkingCalendarService } from '@gridhr/calendar';
import { Region } from '@gridhr/org';
import { Jobs } from '@gridhr/queue';
import { Worker, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { Application, Objection } from './campaign.entity';
import { PublicityRound } from './publicity-round.entity';
import { ApplicationStages } from './application-stages';
import { ApplicationsService } from './applications.service';
import { CampaignsService } from './campaigns.service';
import { CampaignStatus, ObjectionStatus, Stage } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { publicityStartProblem } from './recruiting.rules';
import { PUBLICITY_END, PublicityEndJob } from './recruiting.jobs';

@Injectable()
export class PublicityService {
  private readonly logger = new Logger(PublicityService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly lifecycle: WorkerLifecycle,
    private readonly jobs: Jobs,
    private readonly calendar: WorkingCalendarService,
    private readonly campaigns: CampaignsService,
    private readonly applications: ApplicationsService,
    private readonly stages: ApplicationStages,
  ) {}

  /**
   * Opens a publicity round (公示) of everyone vetted and not yet listed: N working days on the mainland
   * calendar, ended by a delayed job. It never starts before the last listed applicant passed vetting, nor
   * before today unless it was already posted and the reason is given (audited). A replacement (递补)
   * moved up after an upheld objection gets a round of its own.
   */
  async openPublicity(user: AuthUser, input: { campaignId: string; startsOn?: string | null; alreadyPostedReason?: string | null }): Promise<PublicityRound> {
    if (user.role !== Role.COUNTY_PLC)
      throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee opens the publicity', 'input.campaignId');
    const today = this.clock.today();
    const startsOn = input.startsOn ?? today;
    const round = await this.em.transactional(async (em) => {
      const campaign = await this.campaigns.ownCampaign(user, input.campaignId, em);
      const listed = await em.find(Application, { campaign, stage: Stage.VETTING, vetted: true, publicityRound: null }, { orderBy: { rank: 'asc' } });
      if (!listed.length) throw recruitingError(RecruitingReason.NOBODY_VETTED, 'Nobody has passed vetting since the last publicity', 'input.campaignId');
      const lastVettedOn = listed
        .map((a) => a.vettedOn ?? today)
        .sort()
        .at(-1)!;
      const alreadyPostedReason = startsOn < today ? (input.alreadyPostedReason?.trim() ?? null) : null;
      const problem = publicityStartProblem({ startsOn, today, lastVettedOn, alreadyPostedReason });
      if (problem) throw new InvalidInput(problem.field, problem.problem);
      const endsOn = await this.calendar.periodEnd(startsOn, campaign.publicityWorkingDays, 'input.startsOn', em);
      const number = ((await em.findOne(PublicityRound, { campaign }, { orderBy: { round: 'desc' } }))?.round ?? 0) + 1;
      const round = em.create(PublicityRound, {
        campaign,
        round: number,
        regionCode: campaign.regionCode,
        startsOn,
        endsOn,
        alreadyPostedReason,
        openedBy: user.username,
      });
      for (const a of listed) {
        a.publicityRound = round;
        this.stages.move(em, user, a, Stage.PUBLICITY, `publicity round ${number}: ${startsOn} to ${endsOn}`);
      }
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: 'OPEN_PUBLICITY',
        before: null,
        after: { round: number, startsOn, endsOn, alreadyPostedReason, listed: listed.map((a) => a.id) },
        regionCode: campaign.regionCode,
      });
      return round;
    });
    await this.schedulePublicityEnd(round.id, round.endsOn);
    return round;
  }

  rounds(campaignIds: readonly string[]): Promise<PublicityRound[][]> {
    return this.em
      .find(PublicityRound, { campaign: { $in: [...campaignIds] } }, { orderBy: { round: 'asc' } })
      .then((rows) => groupBy(campaignIds, rows, (r) => r.campaign.id));
  }

  async roundsById(ids: readonly string[]): Promise<PublicityRound[]> {
    const rows = await this.em.find(PublicityRound, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }

  /** The delayed job that ends a publicity round; its id makes scheduling it again a no-op. */
  async schedulePublicityEnd(roundId: string, endsOn: string): Promise<void> {
    // The period ends at midnight Shanghai time after its last day.
    const due = new Date(`${endsOn}T24:00:00+08:00`).getTime();
    const data: PublicityEndJob = { roundId, endsOn };
    await this.jobs.add(PUBLICITY_END, data, { jobId: `publicity-${roundId}-${endsOn}`, delay: Math.max(0, due - this.clock.now().getTime()) });
  }

  /** At the end of a round, its applicants with no objection still open move on to pre-job TRAINING. Idempotent. */
  async endPublicity(roundId: string, today = this.clock.today()): Promise<number> {
    return this.em.transactional(async (em) => {
      const round = await em.findOneOrFail(PublicityRound, roundId);
      // Run early (clocks apart): fail, so the queue retries it with backoff.
      if (round.endsOn >= today) throw new Error(`publicity round ${roundId} runs until ${round.endsOn}`);
      const waiting = await em.find(Application, { publicityRound: round, stage: Stage.PUBLICITY }, { populate: ['position'] });
      let moved = 0;
      for (const application of waiting) {
        if (await em.count(Objection, { application, status: ObjectionStatus.OPEN })) continue;
        await this.toTraining(em, SYSTEM_ACTOR, application, round);
        if (application.stage === Stage.TRAINING) moved++;
      }
      if (moved) this.logger.log(`publicity round ${round.round} of campaign ${round.campaign.id} ended: ${moved} applicant(s) on to training`);
      return moved;
    });
  }

  /** Daily: ends every publicity round that is over but still has applicants at PUBLICITY (a lost or failed job). */
  async sweepPublicity(today = this.clock.today()): Promise<number> {
    const due = await this.em.find(PublicityRound, { endsOn: { $lt: today }, campaign: { status: { $ne: CampaignStatus.FINISHED } } }, { fields: ['id'] });
    let moved = 0;
    for (const r of due) if (await this.em.count(Application, { publicityRound: r.id, stage: Stage.PUBLICITY })) moved += await this.endPublicity(r.id, today);
    return moved;
  }

  async fileObjection(user: AuthUser, input: { applicationId: string; content: string }): Promise<Objection> {
    return this.em.transactional(async (em) => {
      const application = await this.applications.application(user, input.applicationId, em);
      if (application.stage !== Stage.PUBLICITY)
        throw recruitingError(
          RecruitingReason.STAGE_NOT_ALLOWED,
          `Objections are filed during publicity; the application is at ${application.stage}`,
          'input.applicationId',
        );
      const objection = em.create(Objection, { application, regionCode: application.regionCode, content: input.content.trim(), filedOn: this.clock.today() });
      this.audit.record(em, user, {
        entity: 'Application',
        entityId: application.id,
        action: 'FILE_OBJECTION',
        before: null,
        after: { objectionId: objection.id, content: objection.content },
        regionCode: application.regionCode,
      });
      return objection;
    });
  }

  /** Upheld: the applicant is rejected and the next ranked moves up. Dismissed: they go on (to training if the period is over). */
  async decideObjection(user: AuthUser, input: { objectionId: string; upheld: boolean; decision: string }): Promise<Objection> {
    if (user.role !== Role.COUNTY_PLC)
      throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee decides objections', 'input.objectionId');
    return this.em.transactional(async (em) => {
      const objection = assertInScope(
        user,
        await em.findOne(Objection, input.objectionId, { populate: ['application', 'application.position', 'application.publicityRound'] }),
        'Objection',
        input.objectionId,
      );
      if (objection.status !== ObjectionStatus.OPEN)
        throw recruitingError(RecruitingReason.OBJECTION_DECIDED, `The objection was already ${objection.status}`, 'input.objectionId');
      const today = this.clock.today();
      objection.status = input.upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
      objection.decision = input.decision.trim();
      objection.decidedOn = today;
      const application = objection.application;
      this.audit.record(em, user, {
        entity: 'Application',
        entityId: application.id,
        action: `OBJECTION_${objection.status}`,
        before: { objection: ObjectionStatus.OPEN },
        after: { objection: objection.status, decision: objection.decision },
        regionCode: application.regionCode,
      });
      if (application.stage === Stage.PUBLICITY) {
        if (input.upheld) {
          this.stages.move(em, user, application, Stage.REJECTED, `objection upheld: ${objection.decision}`);
          await this.stages.fillPlaces(em, application.position);
        } else if (
          application.publicityRound &&
          application.publicityRound.endsOn < today &&
          !(await em.count(Objection, { application, status: ObjectionStatus.OPEN, id: { $ne: objection.id } }))
        ) {
          await this.toTraining(em, user, application, application.publicityRound);
        }
      }
      return objection;
    });
  }

  /** PUBLICITY → TRAINING: the applicant gets a worker record (ONBOARDING) so the pre-job training can be recorded. */
  private async toTraining(em: EntityManager, actor: AuthUser | typeof SYSTEM_ACTOR, application: Application, round: PublicityRound): Promise<void> {
    const region = await em.findOneOrFail(Region, { code: application.regionCode });
    let worker = await em.findOne(Worker, { idNumberHash: application.idNumberHash });
    if (worker && worker.status !== WorkerStatus.CANDIDATE) {
      // Registered as a worker since applying: the county must decide; the applicant waits at PUBLICITY.
      this.logger.warn(`application ${application.id}: ${application.name} has had a ${worker.status} worker record since registering`);
      return;
    }
    if (worker) {
      // A candidate record: it now belongs to this post.
      await this.lifecycle.change(
        em,
        actor,
        worker,
        { status: WorkerStatus.ONBOARDING, category: application.position.category, region },
        'ONBOARD_FROM_RECRUITING',
      );
    } else {
      const identity = {
        idNumberCipher: application.idNumberCipher,
        idNumberHash: application.idNumberHash,
        idNumberMasked: application.idNumberMasked,
        birthDate: application.birthDate,
        sex: application.sex,
      };
      worker = await this.lifecycle.register(
        em,
        actor,
        {
          name: application.name,
          identity,
          phone: application.phone,
          education: application.education,
          homeRegionCode: application.homeRegionCode,
          veteran: application.veteran,
          lowIncome: application.lowIncome,
          category: application.position.category,
          status: WorkerStatus.ONBOARDING,
          region,
        },
        'CREATE_FROM_RECRUITING',
      );
    }
    application.worker = worker;
    this.stages.move(em, actor, application, Stage.TRAINING, `publicity round ${round.round} ended ${round.endsOn} with no objection standing`);
  }
}
