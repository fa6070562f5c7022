// Who is on duty in which grid: putting a worker on duty and ending it, in the caller's transaction,
// audited on the worker. Every path (the register, the import, recruiting, an exit's handover, an
// assessment's removal) goes through here, so a rule added here holds everywhere.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, InvalidInput } from '@gridhr/common';
import { Actor, AuditService } from '@gridhr/audit';
import { Grid, orgError, OrgReason } from '@gridhr/org';
import { GridAssignment, onDutyOn } from './grid-assignment.entity';
import { Worker } from './worker.entity';
import { assignableStatus, coversSeveralGrids, townshipPrefix } from './worker.rules';
import { workersError, WorkersReason } from './workers.errors';

@Injectable()
export class GridDuty {
  constructor(private readonly audit: AuditService) {}

  currentAssignments(em: EntityManager, workerIds: string[], day: string): Promise<GridAssignment[]> {
    return em.find(GridAssignment, { worker: { $in: workerIds }, ...onDutyOn(day) }, { orderBy: { fromDate: 'asc' } });
  }

  /**
   * Ends a grid assignment: `toDate` is its last day on duty. In the caller's transaction (the register's
   * endGridAssignment, an assessment removing a worker from the grid role); audited on the worker. The
   * assignment's grid and worker must be loaded.
   */
  endDuty(em: EntityManager, actor: Actor, assignment: GridAssignment, toDate: string): GridAssignment {
    if (assignment.toDate !== null && assignment.toDate < toDate)
      throw workersError(WorkersReason.ASSIGNMENT_ENDED, `This assignment already ended on ${assignment.toDate}`);
    if (toDate < assignment.fromDate) throw new InvalidInput('input.toDate', `must not be before the first day ${assignment.fromDate}`);
    const before = { gridCode: assignment.grid.code, toDate: assignment.toDate };
    assignment.toDate = toDate;
    this.audit.record(em, actor, {
      entity: 'Worker',
      entityId: assignment.worker.id,
      action: 'END_ASSIGNMENT',
      before,
      after: { gridCode: assignment.grid.code, toDate },
      regionCode: assignment.worker.regionCode,
    });
    return assignment;
  }

  /** Puts a worker on duty in a grid; with `move`, a one-grid worker's current assignment ends the day before. */
  async assignToGrid(em: EntityManager, actor: Actor, worker: Worker, grid: Grid, fromDate: string, move: boolean): Promise<GridAssignment> {
    if (!assignableStatus(worker.status))
      throw workersError(WorkersReason.WORKER_STATUS, `${worker.name} is ${worker.status} and cannot be put on duty`, 'input.workerId');
    if (!grid.active) throw orgError(OrgReason.GRID_INACTIVE, `Grid ${grid.code} is inactive`, 'input.gridId');
    if (fromDate < grid.activeFrom) throw new InvalidInput('input.fromDate', `grid ${grid.code} is active only from ${grid.activeFrom}`);
    if (!grid.regionCode.startsWith(townshipPrefix(worker.regionCode))) {
      throw new InvalidInput('input.gridId', `grid ${grid.code} is outside the township that manages ${worker.name}`);
    }
    const current = await em.find(GridAssignment, { worker, $or: [{ toDate: null }, { toDate: { $gte: fromDate } }] }, { populate: ['grid'] });
    if (current.some((a) => a.grid.id === grid.id))
      throw workersError(WorkersReason.ALREADY_ON_DUTY, `${worker.name} is already on duty in grid ${grid.code}`, 'input.gridId');
    const ended: GridAssignment[] = [];
    if (!coversSeveralGrids(worker.category) && current.length) {
      if (!move) {
        throw workersError(
          WorkersReason.ONE_GRID_ONLY,
          `${worker.name} (${worker.category}) works in one grid and is on duty in ${current.map((a) => a.grid.code).join(', ')}; move them instead`,
          'input.move',
        );
      }
      for (const assignment of current) {
        if (assignment.fromDate >= fromDate)
          throw new InvalidInput('input.fromDate', `must be after the start of the current assignment (${assignment.fromDate})`);
        assignment.toDate = addDays(fromDate, -1);
        ended.push(assignment);
      }
    }
    const assignment = em.create(GridAssignment, { worker, grid, role: worker.category, fromDate, regionCode: grid.regionCode });
    for (const old of ended) {
      this.audit.record(em, actor, {
        entity: 'Worker',
        entityId: worker.id,
        action: 'END_ASSIGNMENT',
        before: { gridCode: old.grid.code, toDate: null },
        after: { gridCode: old.grid.code, toDate: old.toDate },
        regionCode: worker.regionCode,
      });
    }
    this.audit.record(em, actor, {
      entity: 'Worker',
      entityId: worker.id,
      action: 'ASSIGN',
      before: null,
      after: { assignmentId: assignment.id, gridCode: grid.code, role: assignment.role, fromDate },
      regionCode: worker.regionCode,
    });
    return assignment;
  }

  /**
   * Splits the worker's current and future assignments at `today` into the role of its category now: the
   * duty in the old role ends the day before, so the history keeps until when a grid had, e.g., its
   * full-time worker, and a vacancy's age counts from that day.
   */
  // Shanxi measures [004]: every urban community grid has a full-time worker, a vacancy is filled promptly
  async followCategory(em: EntityManager, worker: Worker, today: string): Promise<void> {
    const open = await em.find(GridAssignment, { worker, $or: [{ toDate: null }, { toDate: { $gte: today } }] });
    for (const duty of open) {
      if (duty.role === worker.category) continue;
      // Not yet begun, or begun today: nothing was served in the old role.
      if (duty.fromDate >= today) {
        duty.role = worker.category;
        continue;
      }
      em.create(GridAssignment, { worker, grid: duty.grid, role: worker.category, fromDate: today, toDate: duty.toDate, regionCode: duty.regionCode });
      duty.toDate = addDays(today, -1);
    }
  }
}
