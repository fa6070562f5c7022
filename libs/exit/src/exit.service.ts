// Opening an exit: the legal facts loaded from the other domains, the rules checked, the money worked out
// and the checklist laid out, in one transaction.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, assertInScope, AuthUser, fen, Fen, InvalidInput, scopeWhere } from '@gridhr/common';
import { AssessmentConsequence, ConsequenceKind, ConsequenceStatus } from '@gridhr/assessment';
import { AuditService, snapshot } from '@gridhr/audit';
import { Contract, ContractKind, ContractStatus, InsuredPerson, LabourProtectionService } from '@gridhr/contracts';
import { PayLine, PayrollRunStatus } from '@gridhr/pay';
import { PolicyService } from '@gridhr/policy';
import { GridAssignment, Misconduct, onDutyOn, Worker, WorkerStatus } from '@gridhr/workers';
import { ExitCase, ExitStep } from './exit-case.entity';
import { ExitNotice, ExitReason, ExitStepKind } from './exit.enums';
import { exitError, ExitErrorReason } from './exit.errors';
import { EXIT_POLICIES } from './exit.policies';
import { averageMonthlyPay, exitProblem, finalMonthPay, replacementExitProblem, severance, severanceOwed, transferDueOn } from './exit.rules';
import { OpenExitInput } from './exit.types';

const REFUSAL = { NOTICE: ExitErrorReason.NOTICE_TOO_SHORT, GROUNDS: ExitErrorReason.NO_GROUNDS, PROTECTED_ART_42: ExitErrorReason.EXIT_PROTECTED_ART_42 };

@Injectable()
export class ExitService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly protections: LabourProtectionService,
  ) {}

  async get(user: AuthUser, id: string): Promise<ExitCase> {
    return assertInScope(user, await this.em.findOne(ExitCase, id, { populate: ['worker', 'steps', 'steps.grid'] }), 'ExitCase', id);
  }

  list(user: AuthUser, status?: string | null): Promise<ExitCase[]> {
    return this.em.find(
      ExitCase,
      { ...scopeWhere(user), ...(status ? { status: status as ExitCase['status'] } : {}) },
      {
        populate: ['worker', 'steps', 'steps.grid'],
        orderBy: { lastDay: 'desc' },
      },
    );
  }

  async open(user: AuthUser, input: OpenExitInput): Promise<ExitCase> {
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, input.workerId, { populate: ['region'] }), 'Worker', input.workerId);
      if (worker.status === WorkerStatus.EXITED || (await em.count(ExitCase, { worker })))
        throw exitError(ExitErrorReason.ALREADY_EXITING, `${worker.name} has already left or is leaving; a worker exits once`, 'input.workerId');
      const contract = await em.findOne(
        Contract,
        { worker, status: ContractStatus.ACTIVE, startDate: { $lte: input.noticeOn }, $or: [{ endDate: null }, { endDate: { $gte: input.noticeOn } }] },
        { orderBy: { startDate: 'desc' } },
      );
      const misconduct = input.misconductId ? await em.findOne(Misconduct, { id: input.misconductId, worker }) : null;
      if (input.misconductId && !misconduct) throw new InvalidInput('input.misconductId', `is not a misconduct finding on ${worker.name}'s record`);
      const onRecord =
        misconduct ?? (input.reason === ExitReason.DISMISSED ? await em.findOne(Misconduct, { worker }, { orderBy: { occurredOn: 'desc' } }) : null);
      const inForce = async (day: string) => (await this.protections.inForce([worker.id], day, em)).get(worker.id) ?? [];
      const facts = {
        reason: input.reason,
        noticeOn: input.noticeOn,
        lastDay: input.lastDay,
        hiredOn: worker.hiredOn,
        contractKind: contract?.kind ?? null,
        inProbation: !!contract?.probationEndDate && input.noticeOn <= contract.probationEndDate,
        employerFault: input.employerFault ?? false,
        notice: input.notice ?? null,
        misconductOnRecord: !!onRecord,
        criminalLiability: input.criminalLiability ?? false,
        unionNotifiedOn: input.unionNotifiedOn ?? null,
        protections: [...(await inForce(input.noticeOn)), ...(await inForce(input.lastDay))],
        refusedRenewal: input.refusedRenewal ?? false,
      };
      const replacement = input.reason === ExitReason.REPLACED ? await this.replacementDecision(em, worker, input) : null;
      const refusal = exitProblem(facts);
      if (refusal) {
        if (refusal.code === 'DATES') throw new InvalidInput(refusal.field, refusal.message);
        throw exitError(REFUSAL[refusal.code], refusal.message, refusal.field);
      }
      const policy = await this.policy.forRegion(worker.region, input.lastDay, em);
      const average = (await this.averagePay(em, worker, input.lastDay)) || ((contract?.monthlyBasePayFen ?? 0) as Fen);
      const owed = severanceOwed(facts);
      const money =
        owed && worker.hiredOn
          ? severance({
              hiredOn: worker.hiredOn,
              lastDay: input.lastDay,
              averageMonthlyFen: average,
              localAverageMonthlyFen: fen(policy.get(EXIT_POLICIES, 'exit.localAverageMonthlyWageFen')),
              capMultiple: policy.get(EXIT_POLICIES, 'exit.severanceCapMultiple'),
              capYears: policy.get(EXIT_POLICIES, 'exit.severanceCapYears'),
            })
          : { halfMonths: 0, amountFen: fen(0) };
      const employment = contract?.kind === ContractKind.LABOR || contract?.kind === ContractKind.DISPATCH;
      const exit = em.create(ExitCase, {
        worker,
        regionCode: worker.regionCode,
        reason: input.reason,
        noFaultGround: input.noFaultGround ?? null,
        notice: input.notice ?? null,
        noticeOn: input.noticeOn,
        lastDay: input.lastDay,
        employerFault: facts.employerFault,
        refusedRenewal: facts.refusedRenewal,
        criminalLiability: facts.criminalLiability,
        unionNotifiedOn: facts.unionNotifiedOn,
        misconduct: onRecord,
        replacement,
        contractKind: contract?.kind ?? null,
        severanceOwed: owed,
        averageMonthlyFen: average,
        severanceHalfMonths: money.halfMonths,
        severanceFen: money.amountFen,
        // Art. 40: 额外支付劳动者一个月工资 instead of the notice.
        payInLieuFen: employment && input.notice === ExitNotice.PAY_IN_LIEU ? average : fen(0),
        finalMonthFen: finalMonthPay((contract?.monthlyBasePayFen ?? average) as Fen, input.lastDay),
        transferDueOn: transferDueOn(input.lastDay),
        rehireBlocked: input.reason === ExitReason.DISMISSED && !!onRecord && policy.get(EXIT_POLICIES, 'exit.rehireBlock'),
        note: input.note?.trim() || null,
        openedBy: user.username,
      });
      await this.layOutSteps(em, exit, worker, !!contract);
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: worker.id,
        action: 'OPEN_EXIT',
        before: null,
        after: snapshot(exit),
        regionCode: worker.regionCode,
      });
      return exit;
    });
  }

  /** REPLACED: the county's replacement decision this exit carries out, checked against the input. */
  private async replacementDecision(em: EntityManager, worker: Worker, input: OpenExitInput): Promise<AssessmentConsequence> {
    const decision = await em.findOne(
      AssessmentConsequence,
      { worker, kind: ConsequenceKind.REPLACEMENT, status: ConsequenceStatus.DONE },
      { orderBy: { doneOn: 'desc' } },
    );
    const d = decision?.details as { notice?: string; noticeOn?: string; lastDay?: string } | undefined;
    const problem = replacementExitProblem(
      decision && d?.notice && d.noticeOn && d.lastDay ? { decidedOn: decision.doneOn!, notice: d.notice, noticeOn: d.noticeOn, lastDay: d.lastDay } : null,
      input,
    );
    if (problem?.code === 'DATES') throw new InvalidInput(problem.field, problem.message);
    if (problem) throw exitError(ExitErrorReason.NO_REPLACEMENT_DECISION, problem.message, problem.field);
    return decision!;
  }

  /** Art. 47 para 3: the gross pay of approved payrolls in the 12 months before the last day (wages: no exit pay). */
  private async averagePay(em: EntityManager, worker: Worker, lastDay: string): Promise<Fen> {
    const lines = await em.find(
      PayLine,
      { worker, run: { status: { $in: [PayrollRunStatus.APPROVED, PayrollRunStatus.PAID] }, periodTo: { $lte: lastDay, $gt: addDays(lastDay, -366) } } },
      { populate: ['run'] },
    );
    const byMonth = new Map<string, number>();
    for (const line of lines) byMonth.set(line.run.month, (byMonth.get(line.run.month) ?? 0) + line.grossFen - line.exitPayFen);
    return averageMonthlyPay([...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => fen(v)));
  }

  private async layOutSteps(em: EntityManager, exit: ExitCase, worker: Worker, hasContract: boolean): Promise<void> {
    let position = 0;
    const step = (kind: ExitStepKind, extra: Partial<ExitStep> = {}) => em.create(ExitStep, { exitCase: exit, position: position++, kind, ...extra });
    for (const a of await em.find(GridAssignment, { worker, ...onDutyOn(exit.lastDay) }, { populate: ['grid'] }))
      step(ExitStepKind.HAND_OVER_GRID, { grid: a.grid });
    if (hasContract) step(ExitStepKind.END_CONTRACT);
    if (await em.count(InsuredPerson, { worker, $or: [{ coveredTo: null }, { coveredTo: { $gt: exit.lastDay } }] })) step(ExitStepKind.END_INSURANCE);
    step(ExitStepKind.FINAL_PAY);
    step(ExitStepKind.RETURN_EQUIPMENT);
    step(ExitStepKind.CERTIFICATE_AND_TRANSFER, { dueOn: exit.transferDueOn });
  }
}
