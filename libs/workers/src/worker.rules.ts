// Rules of the worker register, as pure functions.
import { WorkerCategory, WorkerStatus } from './worker.enums';

// Jiangmen regulation [003]: a grid leader or a professional worker may cover several grids; others one.
export function coversSeveralGrids(category: WorkerCategory): boolean {
  return category === WorkerCategory.GRID_LEADER || category === WorkerCategory.PROFESSIONAL;
}

/** Only people being onboarded or at work are put on duty in a grid. */
export function assignableStatus(status: WorkerStatus): boolean {
  return status === WorkerStatus.ONBOARDING || status === WorkerStatus.ACTIVE;
}

/** A grid assignment is current on `day` when it has started and not ended. */
export function isCurrent(assignment: { fromDate: string; toDate: string | null }, day: string): boolean {
  return assignment.fromDate <= day && (assignment.toDate === null || assignment.toDate >= day);
}

/** The township prefix (9 digits) a worker's managing region belongs to: their grids must lie in it. */
export function townshipPrefix(regionCode: string): string {
  return regionCode.slice(0, 9);
}

// Register lifecycle (DESIGN §3): CANDIDATE → ONBOARDING → ACTIVE → EXITED; exited records stay exited.
const NEXT: Record<WorkerStatus, WorkerStatus[]> = {
  CANDIDATE: [WorkerStatus.ONBOARDING, WorkerStatus.ACTIVE, WorkerStatus.EXITED],
  ONBOARDING: [WorkerStatus.ACTIVE, WorkerStatus.EXITED],
  ACTIVE: [WorkerStatus.EXITED],
  EXITED: [],
};

export function statusChangeProblem(from: WorkerStatus, to: WorkerStatus): string | null {
  if (from === to || NEXT[from].includes(to)) return null;
  return `a worker who is ${from} cannot become ${to}`;
}
