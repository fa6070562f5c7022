// The steps that complete a consequence: a recorded training or new post (Labor Contract Law art. 40(2)),
// the replacement decision (refused without that step, or while art. 42 protects the worker), honours,
// and a withdrawal with its reason. Each one transaction, scoped and audited.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { assertInScope, AuthUser, Clock, InvalidInput, paginate, scopeWhere } from '@gridhr/common';
import { WorkerStatus } from '@gridhr/workers';
import { ConsequenceKind, ConsequenceStatus, CycleStatus, ImprovementStep, ReplacementNotice } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { AssessmentConsequence } from './assessment-consequence.entity';
import { AssessmentResult } from './assessment-result.entity';
import { LEGAL_BASIS, replacementLastDay, replacementProblem } from './consequence.rules';
import { ConsequencesService } from './consequences.service';
import { CycleAccess } from './cycle-access';

@Injectable()
export class ConsequenceSteps {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly access: CycleAccess,
    private readonly consequences: ConsequencesService,
  ) {}

  list(
    user: AuthUser,
    args: {
      first: number;
      after?: string;
      cycleId?: string | null;
      workerId?: string | null;
      status?: ConsequenceStatus | null;
      kind?: ConsequenceKind | null;
    },
  ) {
    const where: FilterQuery<AssessmentConsequence>[] = [scopeWhere(user)];
    if (args.cycleId) where.push({ cycle: args.cycleId });
    if (args.workerId) where.push({ worker: args.workerId });
    if (args.status) where.push({ status: args.status });
    if (args.kind) where.push({ kind: args.kind });
    return paginate(
      this.em,
      AssessmentConsequence,
      { $and: where },
      args,
      { field: 'createdAt', direction: 'DESC' },
      { populate: ['worker', 'grid', 'cycle'] },
    );
  }

  /**
   * Art. 40(2), first step: the worker attended a training session after the rated period (checked
   * against the attendance on record), or was given another post (described).
   */
  async recordImprovement(
    user: AuthUser,
    input: { consequenceId: string; version: number; step: ImprovementStep; on?: string | null; trainingSessionId?: string | null; note?: string | null },
  ): Promise<AssessmentConsequence> {
    return this.em.transactional(async (em) => {
      const c = await this.consequences.pending(em, user, input.consequenceId, input.version, [ConsequenceKind.IMPROVEMENT]);
      let on = input.on ?? this.clock.today();
      const details: Record<string, unknown> = { step: input.step };
      if (input.step === ImprovementStep.TRAINING) {
        if (!input.trainingSessionId) throw new InvalidInput('input.trainingSessionId', 'names the training session the worker attended');
        const [session] = await em.execute<{ held_on: string; topic: string }[]>(
          `select to_char(s.held_on, 'YYYY-MM-DD') as held_on, s.topic from attendance a join training_session s on s.id = a.session_id
            where a.session_id = ? and a.worker_id = ? and a.status = 'PRESENT'`,
          [input.trainingSessionId, c.worker.id],
        );
        if (!session) throw new InvalidInput('input.trainingSessionId', `${c.worker.name} is not recorded as present at this session`);
        on = session.held_on;
        Object.assign(details, { trainingSessionId: input.trainingSessionId, topic: session.topic });
      } else if (!input.note?.trim()) throw new InvalidInput('input.note', 'describes the new post');
      if (on <= c.cycle.periodEnd)
        throw new InvalidInput(
          input.step === ImprovementStep.TRAINING ? 'input.trainingSessionId' : 'input.on',
          `must be after the rated period (${c.cycle.periodEnd})`,
        );
      return this.consequences.close(em, user, c, ConsequenceStatus.DONE, on, details, input.note ?? null);
    });
  }

  /**
   * The county's decision to replace an INCOMPETENT worker. For an employee: only if still incompetent
   * after a recorded training or new post (art. 40(2)), never while art. 42 protects them; 30 days'
   * written notice or a month's pay. The exit itself (reason REPLACED, on the last day) follows the
   * exit process; this records the decision and its dates.
   */
  async replace(
    user: AuthUser,
    input: { resultId: string; notice: ReplacementNotice; noticeOn?: string | null; note?: string | null },
  ): Promise<AssessmentConsequence> {
    const noticeOn = input.noticeOn ?? this.clock.today();
    return this.em.transactional(async (em) => {
      const result = assertInScope(
        user,
        await em.findOne(AssessmentResult, input.resultId, { populate: ['worker', 'cycle', 'cycle.region'] }),
        'AssessmentResult',
        input.resultId,
      );
      const { cycle, worker } = result;
      await this.access.assertOwner(em, user, cycle.region, 'input.resultId');
      if (cycle.status !== CycleStatus.FINALISED)
        throw assessmentError(AssessmentReason.CYCLE_OPEN, `Cycle ${cycle.label} is open: a rating leads to a replacement once finalised`, 'input.resultId');
      if (worker.status !== WorkerStatus.ACTIVE)
        throw assessmentError(AssessmentReason.NOT_REPLACEABLE, `${worker.name} is ${worker.status}; only a worker on duty is replaced`, 'input.resultId');
      if (noticeOn < cycle.finalisedOn! || noticeOn > this.clock.today())
        throw new InvalidInput('input.noticeOn', `must lie between the day the rating was finalised (${cycle.finalisedOn}) and today`);
      const refusal = replacementProblem(
        {
          name: worker.name,
          level: result.level!,
          category: worker.category,
          hireSource: worker.hireSource,
          contractKind: (await this.consequences.contractsOn(em, [worker.id], noticeOn)).get(worker.id) ?? null,
          improvedOn: (await this.consequences.improvementsBefore(em, [worker.id], cycle.periodEnd)).get(worker.id) ?? null,
          periodEnd: cycle.periodEnd,
          protections: (await this.consequences.protections.inForce([worker.id], noticeOn, em)).get(worker.id) ?? [],
        },
        noticeOn,
      );
      if (refusal) throw assessmentError(AssessmentReason[refusal.reason], refusal.message, 'input.resultId');
      let c = await em.findOne(AssessmentConsequence, { result, kind: ConsequenceKind.REPLACEMENT, status: { $ne: ConsequenceStatus.WITHDRAWN } });
      if (c?.status === ConsequenceStatus.DONE)
        throw assessmentError(AssessmentReason.CONSEQUENCE_STATUS, `The replacement of ${worker.name} was decided on ${c.doneOn}`, 'input.resultId');
      c ??= em.create(AssessmentConsequence, {
        cycle,
        result,
        worker,
        regionCode: worker.regionCode,
        kind: ConsequenceKind.REPLACEMENT,
        legalBasis: LEGAL_BASIS.REPLACEMENT,
      });
      const lastDay = replacementLastDay(input.notice, noticeOn);
      // The IMPROVEMENT still pending from the same rating is superseded by the decision.
      for (const open of await em.find(AssessmentConsequence, { worker, kind: ConsequenceKind.IMPROVEMENT, status: ConsequenceStatus.PENDING }))
        this.consequences.close(em, user, open, ConsequenceStatus.WITHDRAWN, noticeOn, {}, `superseded by the replacement decided on ${noticeOn}`);
      return this.consequences.close(em, user, c, ConsequenceStatus.DONE, noticeOn, { notice: input.notice, noticeOn, lastDay }, input.note ?? null);
    });
  }

  /** Honours and priority recorded (a commendation, a nomination, a post grade). */
  async complete(user: AuthUser, input: { consequenceId: string; version: number; on?: string | null; note: string }): Promise<AssessmentConsequence> {
    return this.em.transactional(async (em) => {
      const c = await this.consequences.pending(em, user, input.consequenceId, input.version, [ConsequenceKind.HONOURS]);
      return this.consequences.close(em, user, c, ConsequenceStatus.DONE, input.on ?? this.clock.today(), {}, input.note);
    });
  }

  /** The owner decides a pending consequence is no longer due, with the reason. */
  async withdraw(user: AuthUser, input: { consequenceId: string; version: number; reason: string }): Promise<AssessmentConsequence> {
    return this.em.transactional(async (em) => {
      const c = await this.consequences.pending(em, user, input.consequenceId, input.version, Object.values(ConsequenceKind));
      await this.access.assertOwner(em, user, c.cycle.region, 'input.consequenceId');
      return this.consequences.close(em, user, c, ConsequenceStatus.WITHDRAWN, this.clock.today(), {}, input.reason);
    });
  }
}
