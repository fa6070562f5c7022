// The publicity period (公示): working days on the mainland calendar, objections, and its end by a
// delayed job that moves clean applicants on to pre-job training with an onboarding worker record.
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, snapshot, SYSTEM_ACTOR } from '@gridhr/audit';
import { assertInScope, AuthUser, Clock, Role } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { Jobs } from '@gridhr/queue';
import { Worker, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { Application, Campaign, Objection } from './campaign.entity';
import { ApplicationStages } from './application-stages';
import { ApplicationsService } from './applications.service';
import { CampaignsService } from './campaigns.service';
import { CampaignStatus, ObjectionStatus, Stage } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { PUBLICITY_END, PublicityEndJob } from './recruiting.jobs';
import { workingPeriodEnd } from './working-days';

@Injectable()
export class PublicityService {
  private readonly logger = new Logger(PublicityService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly lifecycle: WorkerLifecycle,
    private readonly jobs: Jobs,
    private readonly campaigns: CampaignsService,
    private readonly applications: ApplicationsService,
    private readonly stages: ApplicationStages,
  ) {}

  /**
   * Opens the publicity (公示) of everyone vetted: a period of N working days on the mainland calendar,
   * ended by a delayed job. `startsOn` defaults to today.
   */
  async openPublicity(user: AuthUser, input: { campaignId: string; startsOn?: string | null }): Promise<Campaign> {
    if (user.role !== Role.COUNTY_PLC)
      throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee opens the publicity', 'input.campaignId');
    const startsOn = input.startsOn ?? this.clock.today();
    const campaign = await this.em.transactional(async (em) => {
      const campaign = await this.campaigns.ownCampaign(user, input.campaignId, em);
      const vetted = await em.find(Application, { campaign, stage: Stage.VETTING, vetted: true });
      if (!vetted.length) throw recruitingError(RecruitingReason.NOBODY_VETTED, 'Nobody has passed vetting yet', 'input.campaignId');
      const endsOn = (() => {
        try {
          return workingPeriodEnd(startsOn, campaign.publicityWorkingDays);
        } catch (error) {
          throw recruitingError(RecruitingReason.CALENDAR_MISSING, (error as Error).message, 'input.startsOn');
        }
      })();
      if (campaign.publicityEndsOn && campaign.publicityEndsOn >= startsOn)
        throw recruitingError(RecruitingReason.PUBLICITY_OPEN, `A publicity period is already open until ${campaign.publicityEndsOn}`, 'input.campaignId');
      const before = snapshot(campaign);
      campaign.publicityStartsOn = startsOn;
      campaign.publicityEndsOn = endsOn;
      for (const a of vetted) this.stages.move(em, user, a, Stage.PUBLICITY, `publicity ${startsOn} to ${endsOn}`);
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: 'OPEN_PUBLICITY',
        before,
        after: snapshot(campaign),
        regionCode: campaign.regionCode,
      });
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
        await em.findOne(Objection, input.objectionId, { populate: ['application', 'application.position', 'application.campaign'] }),
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
          application.campaign.publicityEndsOn &&
          application.campaign.publicityEndsOn < today &&
          !(await em.count(Objection, { application, status: ObjectionStatus.OPEN, id: { $ne: objection.id } }))
        ) {
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
    this.stages.move(em, actor, application, Stage.TRAINING, `publicity ended ${application.campaign.publicityEndsOn ?? today} with no objection standing`);
  }
}
