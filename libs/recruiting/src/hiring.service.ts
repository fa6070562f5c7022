// The hire: after the pre-job training, the worker goes on duty in the position's grid with a draft contract.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, Clock, Fen, InvalidInput } from '@gridhr/common';
import { ContractsService, periodEnd } from '@gridhr/contracts';
import { Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { GridDuty, Worker, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { Application, Position } from './campaign.entity';
import { ApplicationStages } from './application-stages';
import { ApplicationsService } from './applications.service';
import { Stage } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { contractKindFor, hireEmployer, transitionProblem } from './recruiting.rules';
import { RECRUITING_POLICIES } from './recruiting.policies';

@Injectable()
export class HiringService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly lifecycle: WorkerLifecycle,
    private readonly duty: GridDuty,
    private readonly contracts: ContractsService,
    private readonly policy: PolicyService,
    private readonly applications: ApplicationsService,
    private readonly stages: ApplicationStages,
  ) {}

  /**
   * TRAINING → HIRED once the pre-job session is attended: the worker goes on duty in the position's grid
   * (filling its vacancy) with a draft contract of the category's kind, from the position's (or campaign's,
   * or the township government's) employer, for the term of the policy recruiting.firstContractYears.
   */
  async hire(user: AuthUser, input: { applicationId: string; monthlyBasePayFen?: Fen | null; contractEndDate?: string | null }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.applications.application(user, input.applicationId, em);
      const problem = transitionProblem(application.stage, Stage.HIRED, user.role);
      if (problem) throw recruitingError(problem.reason, `Application is at ${application.stage}: ${problem.message}`, 'input.applicationId');
      const worker = await em.findOneOrFail(Worker, application.worker!.id);
      const blocked = (await this.lifecycle.activationProblems(em, [worker.id])).get(worker.id);
      if (blocked) throw recruitingError(RecruitingReason.ACTIVATION_BLOCKED, `${worker.name} cannot be hired yet: ${blocked}`, 'input.applicationId');
      const today = this.clock.today();
      const position = await em.findOneOrFail(Position, application.position.id, { populate: ['grid', 'campaign.county'] });
      const township = await em.findOneOrFail(Region, { code: `${position.regionCode.slice(0, 9)}000` });
      const { employerKind, employerName } = hireEmployer(position, position.campaign, township.name);
      const kind = contractKindFor(position.category, employerKind);
      if (kind && (input.monthlyBasePayFen === null || input.monthlyBasePayFen === undefined))
        throw new InvalidInput('input.monthlyBasePayFen', `is required: a ${position.category} hire signs a ${kind} contract`);
      await this.lifecycle.change(em, user, worker, { status: WorkerStatus.ACTIVE, category: position.category, hiredOn: today }, 'HIRE');
      if (position.grid) await this.duty.assignToGrid(em, user, worker, position.grid, today, false);
      if (kind) {
        const years = (await this.policy.forRegion(position.campaign.county, today, em)).get(RECRUITING_POLICIES, 'recruiting.firstContractYears');
        await this.contracts.create(user, {
          workerId: worker.id,
          kind,
          employerKind,
          employerName,
          startDate: today,
          endDate: input.contractEndDate ?? periodEnd(today, years * 12),
          monthlyBasePayFen: input.monthlyBasePayFen!,
        });
      }
      this.stages.move(em, user, application, Stage.HIRED, null);
      return application;
    });
  }
}
