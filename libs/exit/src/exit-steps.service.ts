// The township's checklist: each step dated and audited; the worker is EXITED once every step is done.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, assertInScope, AuthUser, InvalidInput } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Contract, ContractStatus, InsuredPerson } from '@gridhr/contracts';
import { PayItemKind, PayItemsService } from '@gridhr/pay';
import { GridAssignment, GridDuty, Worker, WorkerLifecycle, WorkerStatus } from '@gridhr/workers';
import { ExitCase, ExitStep } from './exit-case.entity';
import { ExitReason, ExitStatus, ExitStepKind } from './exit.enums';
import { exitError, ExitErrorReason } from './exit.errors';
import { CompleteExitStepInput } from './exit.types';
import { EXIT_ACTION } from './exit-guard.hook';

@Injectable()
export class ExitStepsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly lifecycle: WorkerLifecycle,
    private readonly duty: GridDuty,
    private readonly payItems: PayItemsService,
  ) {}

  async complete(user: AuthUser, input: CompleteExitStepInput): Promise<ExitCase> {
    return this.em.transactional(async (em) => {
      const found = await em.findOne(ExitStep, input.stepId, { populate: ['exitCase', 'exitCase.worker', 'grid'] });
      const exit = assertInScope(user, found?.exitCase, 'ExitStep', input.stepId);
      const step = found!;
      if (step.doneOn) throw exitError(ExitErrorReason.STEP_DONE, `This step was done on ${step.doneOn}`, 'input.stepId');
      if (input.doneOn < exit.noticeOn) throw new InvalidInput('input.doneOn', `must not be before the notice day ${exit.noticeOn}`);
      await this.carryOut(em, user, exit, step, input);
      step.doneOn = input.doneOn;
      step.doneBy = user.username;
      step.note = input.note?.trim() || null;
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: exit.worker.id,
        action: 'EXIT_STEP',
        before: null,
        after: { exitCaseId: exit.id, ...snapshot(step, ['exitCase']) },
        regionCode: exit.regionCode,
      });
      const steps = await em.find(ExitStep, { exitCase: exit });
      if (steps.every((s) => s.doneOn)) {
        exit.status = ExitStatus.DONE;
        exit.completedOn = input.doneOn;
        await this.lifecycle.change(em, user, exit.worker, { status: WorkerStatus.EXITED, exitedOn: exit.lastDay }, EXIT_ACTION);
      }
      await em.flush();
      await em.populate(exit, ['steps', 'steps.grid']);
      return exit;
    });
  }

  private async carryOut(em: EntityManager, user: AuthUser, exit: ExitCase, step: ExitStep, input: CompleteExitStepInput): Promise<void> {
    const worker = exit.worker;
    if (step.kind === ExitStepKind.HAND_OVER_GRID) {
      if (!input.handedToWorkerId === !input.vacancy)
        throw new InvalidInput('input.handedToWorkerId', 'name the worker taking over the grid, or set vacancy to leave it vacant');
      const current = await em.findOne(
        GridAssignment,
        { worker, grid: step.grid!, $or: [{ toDate: null }, { toDate: { $gt: exit.lastDay } }] },
        { populate: ['grid', 'worker'] },
      );
      if (current) this.duty.endDuty(em, user, current, exit.lastDay);
      if (input.handedToWorkerId) {
        const next = assertInScope(user, await em.findOne(Worker, input.handedToWorkerId), 'Worker', input.handedToWorkerId);
        if (next.id === worker.id) throw new InvalidInput('input.handedToWorkerId', 'is the worker leaving');
        await this.duty.assignToGrid(em, user, next, step.grid!, addDays(exit.lastDay, 1), true);
        step.handedTo = next;
      } else step.vacancy = true;
      return;
    }
    if (step.kind === ExitStepKind.END_CONTRACT) {
      for (const contract of await em.find(Contract, { worker, status: ContractStatus.ACTIVE })) {
        const before = snapshot(contract);
        const ranOut = exit.reason === ExitReason.CONTRACT_ENDED;
        contract.status = ranOut ? ContractStatus.ENDED : ContractStatus.TERMINATED;
        contract.endedOn = exit.lastDay < contract.startDate ? contract.startDate : exit.lastDay;
        contract.terminationReason = ranOut ? null : `exit ${exit.reason}`;
        this.audit.record(em, user, {
          entity: 'Contract',
          entityId: contract.id,
          action: ranOut ? 'END' : 'TERMINATE',
          before,
          after: snapshot(contract),
          regionCode: contract.regionCode,
        });
      }
      return;
    }
    if (step.kind === ExitStepKind.FINAL_PAY) {
      // The final month's wages are the contract's, prorated to the last day by the payroll: so the contract
      // must have ended first; severance (art. 47) and pay in lieu (art. 40) go in as items of that period.
      const endContract = await em.findOne(ExitStep, { exitCase: exit, kind: ExitStepKind.END_CONTRACT });
      if (endContract && !endContract.doneOn)
        throw exitError(
          ExitErrorReason.STEP_ORDER,
          'End the contract first (its END_CONTRACT step): the final pay is prorated to the contract’s end',
          'input.stepId',
        );
      await this.payItems.writeExitPay(em, user, worker, exit.lastDay, [
        { kind: PayItemKind.SEVERANCE, amountFen: exit.severanceFen, note: `经济补偿 ${exit.severanceHalfMonths / 2} 个月（劳动合同法第四十七条）` },
        { kind: PayItemKind.PAY_IN_LIEU, amountFen: exit.payInLieuFen, note: '代通知金（劳动合同法第四十条）' },
      ]);
      return;
    }
    if (step.kind === ExitStepKind.END_INSURANCE) {
      for (const cover of await em.find(InsuredPerson, { worker, $or: [{ coveredTo: null }, { coveredTo: { $gt: exit.lastDay } }] })) {
        cover.coveredTo = exit.lastDay < cover.coveredFrom ? cover.coveredFrom : exit.lastDay;
      }
    }
  }
}
