// The application stage machine: every move is checked (who may make it, from where), kept in the
// application's history and audited; a freed place goes to the next ranked applicant.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Actor, AuditService, SYSTEM_ACTOR } from '@gridhr/audit';
import { AuthUser } from '@gridhr/common';
import { Application, Position, StageChange } from './campaign.entity';
import { Stage } from './recruiting.enums';
import { recruitingError } from './recruiting.errors';
import { SELECTED_STAGES, takePlaces, transitionProblem } from './recruiting.rules';

@Injectable()
export class ApplicationStages {
  constructor(private readonly audit: AuditService) {}

  /** Moves an application on after checking who may and what must hold; audited with the history. */
  move(em: EntityManager, actor: AuthUser | typeof SYSTEM_ACTOR, application: Application, to: Stage, reason: string | null): void {
    if (actor !== SYSTEM_ACTOR) {
      const problem = transitionProblem(application.stage, to, (actor as AuthUser).role);
      if (problem) throw recruitingError(problem.reason, `Application is at ${application.stage}: ${problem.message}`, 'input.applicationId');
    }
    const from = application.stage;
    application.stage = to;
    if (to === Stage.REJECTED || to === Stage.WITHDRAWN) application.endReason = reason?.slice(0, 500) ?? null;
    this.record(em, actor, application, from, to, reason);
  }

  record(em: EntityManager, actor: Actor, application: Application, from: Stage | null, to: Stage, reason: string | null): void {
    em.create(StageChange, { application, fromStage: from, toStage: to, reason: reason?.slice(0, 500) ?? null, actor: actor.username });
    this.audit.record(em, actor, {
      entity: 'Application',
      entityId: application.id,
      action: from ? `STAGE_${to}` : 'REGISTER',
      before: from ? { stage: from } : null,
      after: { stage: to, ...(reason ? { reason } : {}) },
      regionCode: application.regionCode,
    });
  }

  /**
   * Keeps a position's selected applicants at its headcount by moving the next ranked up to MEDIUM. When
   * applicants of one rank do not all fit the places left, none of them moves: they are TIED and the
   * county records an extra exam (加试) to decide.
   */
  async fillPlaces(em: EntityManager, position: Position): Promise<void> {
    const selected = await em.count(Application, { position, stage: { $in: SELECTED_STAGES } });
    const waiting = await em.find(Application, { position, stage: Stage.EXAM, rank: { $ne: null } }, { orderBy: { rank: 'asc' } });
    const { moving, tied } = takePlaces(waiting as (Application & { rank: number })[], position.headcount - selected);
    for (const a of waiting) {
      const isTied = tied.includes(a as Application & { rank: number });
      if (isTied && !a.tied) {
        this.audit.record(em, SYSTEM_ACTOR, {
          entity: 'Application',
          entityId: a.id,
          action: 'TIED',
          before: null,
          after: { rank: a.rank, with: tied.length - 1 },
          regionCode: a.regionCode,
        });
      }
      a.tied = isTied;
    }
    // A consequence of the ranking, not anyone's decision: recorded as the system's.
    for (const next of moving) this.move(em, SYSTEM_ACTOR, next, Stage.MEDICAL, `ranked ${next.rank} for ${position.title}: a place is free`);
  }
}
