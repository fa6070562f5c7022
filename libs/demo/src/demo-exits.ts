// The demo county's exits: the full-timer of 140799001002-03 who resigned on 2026-09-30 with every step
// done (her grid left vacant), and a 城关街道 full-timer serving the 30 days' notice of a resignation.
import { INestApplicationContext } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, AuthUser, Role } from '@gridhr/common';
import { ExitCase, ExitReason, ExitService, ExitStatus, ExitStep, ExitStepKind, transferDueOn } from '@gridhr/exit';
import { Grid } from '@gridhr/org';
import { GridAssignment, Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';
import { DEMO_LEFT_VACANT } from './demo-workers';

const TOWNSHIP: AuthUser = { id: null, username: 'demo-seed', role: Role.TOWNSHIP_STAFF, scopePrefix: '140799001' } as unknown as AuthUser;

export async function seedDemoExits(app: INestApplicationContext, em: EntityManager, today: string): Promise<void> {
  await em.transactional(async (tx) => {
    const grid = await tx.findOneOrFail(Grid, { code: DEMO_LEFT_VACANT });
    const left = await tx.findOneOrFail(GridAssignment, { grid, worker: { status: WorkerStatus.EXITED } }, { populate: ['worker'] });
    const lastDay = left.worker.exitedOn!;
    const exit = tx.create(ExitCase, {
      worker: left.worker,
      regionCode: left.worker.regionCode,
      reason: ExitReason.RESIGNED,
      noticeOn: addDays(lastDay, -30),
      lastDay,
      transferDueOn: transferDueOn(lastDay),
      status: ExitStatus.DONE,
      completedOn: addDays(lastDay, 12),
      openedBy: 'township',
    });
    const done = (kind: ExitStepKind, position: number, days: number, extra: Partial<ExitStep> = {}) =>
      tx.create(ExitStep, { exitCase: exit, kind, position, doneOn: addDays(lastDay, days), doneBy: 'township', ...extra });
    done(ExitStepKind.HAND_OVER_GRID, 0, 0, { grid, vacancy: true });
    done(ExitStepKind.FINAL_PAY, 1, 10);
    done(ExitStepKind.RETURN_EQUIPMENT, 2, 0);
    done(ExitStepKind.CERTIFICATE_AND_TRANSFER, 3, 12, { dueOn: transferDueOn(lastDay) });
  });
  const leaving = await em
    .fork()
    .findOneOrFail(
      Worker,
      { status: WorkerStatus.ACTIVE, category: WorkerCategory.FULL_TIME, regionCode: { $like: '140799001%' } },
      { orderBy: { regionCode: 'asc', name: 'asc' } },
    );
  await app
    .get(ExitService, { strict: false })
    .open(TOWNSHIP, { workerId: leaving.id, reason: ExitReason.RESIGNED, noticeOn: addDays(today, -5), lastDay: addDays(today, 25), note: '本人书面提出辞职' });
}
