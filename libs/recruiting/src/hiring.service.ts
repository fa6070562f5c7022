// The hire: after the pre-job training, the worker goes on duty in the position's grid with a draft contract.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, Clock, Fen } from '@gridhr/common';
import { ContractsService, EmployerKind } from '@gridhr/contracts';
import { Worker, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { Application, Position } from './campaign.entity';
import { ApplicationStages } from './application-stages';
import { ApplicationsService } from './applications.service';
import { Stage } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { contractKindFor, transitionProblem } from './recruiting.rules';

@Injectable()
export class HiringService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly lifecycle: WorkerLifecycle,
    private readonly contracts: ContractsService,
    private readonly applications: ApplicationsService,
    private readonly stages: ApplicationStages,
  ) {}

  /**
   * TRAINING → HIRED once the pre-job session is attended: the worker goes on duty in the position's
   * grid (filling its vacancy) with a draft contract of the right kind for the category.
   */
  async hire(user: AuthUser, input: { applicationId: string; monthlyBasePayFen: Fen; contractEndDate?: string | null }): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.applications.application(user, input.applicationId, em);
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
      this.stages.move(em, user, application, Stage.HIRED, null);
      return application;
    });
  }
}
