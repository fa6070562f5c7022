import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ExitCheck } from '@gridhr/platform';
import { Worker, WorkerStatus } from '@gridhr/workers';
import { ExitCase } from './exit-case.entity';
import { ExitStatus } from './exit.enums';

/** The action with which the exit's last step sets the worker EXITED. */
export const EXIT_ACTION = 'EXIT';

/**
 * A worker on duty becomes EXITED only through an exit case and its checklist (issue 14), so that the
 * notice, severance, final pay, grids, contract and insurance are settled; never by a plain status change
 * (updateWorker, an import). One who never went on duty (a candidate, in pre-job training) may still be
 * set EXITED directly.
 */
@Injectable()
export class ExitThroughChecklist implements ExitCheck {
  async blocker(em: EntityManager, workerId: string, action: string): Promise<string | null> {
    if (action === EXIT_ACTION) return null;
    const open = await em.findOne(ExitCase, { worker: workerId, status: ExitStatus.OPEN });
    if (open) return `an exit is open (last day ${open.lastDay}); complete its checklist with completeExitStep`;
    const worker = await em.findOne(Worker, workerId);
    if (worker?.status === WorkerStatus.ACTIVE)
      return 'a worker on duty leaves through an exit case: open one with openExit (reason, notice, last day), then complete its checklist with completeExitStep';
    return null;
  }
}
