import { WorkerCategory, WorkerStatus } from './worker.enums';
import { assignableStatus, coversSeveralGrids, isCurrent, statusChangeProblem, townshipPrefix } from './worker.rules';

describe('worker rules', () => {
  it('lets only grid leaders and professional workers cover several grids (Jiangmen [003])', () => {
    expect(Object.values(WorkerCategory).filter(coversSeveralGrids)).toEqual([WorkerCategory.GRID_LEADER, WorkerCategory.PROFESSIONAL]);
  });

  it('assigns only onboarding or active workers', () => {
    expect(Object.values(WorkerStatus).filter(assignableStatus)).toEqual([WorkerStatus.ONBOARDING, WorkerStatus.ACTIVE]);
  });

  it('treats both ends of an assignment as days on duty', () => {
    const a = { fromDate: '2026-03-01', toDate: '2026-03-31' };
    expect([isCurrent(a, '2026-02-28'), isCurrent(a, '2026-03-01'), isCurrent(a, '2026-03-31'), isCurrent(a, '2026-04-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isCurrent({ fromDate: '2026-03-01', toDate: null }, '2099-01-01')).toBe(true);
  });

  it('moves statuses forward only', () => {
    expect(statusChangeProblem(WorkerStatus.ONBOARDING, WorkerStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(WorkerStatus.ACTIVE, WorkerStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(WorkerStatus.EXITED, WorkerStatus.ACTIVE)).toMatch(/EXITED cannot become ACTIVE/);
    expect(statusChangeProblem(WorkerStatus.ACTIVE, WorkerStatus.ONBOARDING)).not.toBeNull();
  });

  it('finds the township of a community code', () => {
    expect(townshipPrefix('140799001002')).toBe('140799001');
  });
});
