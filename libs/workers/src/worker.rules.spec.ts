import { Role } from '@gridhr/common';
import { WorkerCategory, WorkerStatus } from './worker.enums';
import {
  applyPhonePublishing,
  assignableStatus,
  coversSeveralGrids,
  mayTransfer,
  isCurrent,
  rosterPhone,
  statusChangeProblem,
  townshipPrefix,
} from './worker.rules';

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

  it('lets the county and above transfer a worker to another township, not the township or finance', () => {
    expect(Object.values(Role).filter(mayTransfer)).toEqual([Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN]);
  });

  it('finds the township of a community code', () => {
    expect(townshipPrefix('140799001002')).toBe('140799001');
  });

  it('publishes the work phone, else the personal phone only with consent (PIPL art. 25)', () => {
    const personal = '13812345678';
    expect(rosterPhone({ phone: personal, workPhone: null, phonePublishConsent: false })).toBeNull();
    expect(rosterPhone({ phone: personal, workPhone: null, phonePublishConsent: true })).toBe(personal);
    expect(rosterPhone({ phone: personal, workPhone: '0354-1234567', phonePublishConsent: true })).toBe('0354-1234567');
    expect(rosterPhone({ phone: personal, workPhone: '0354-1234567', phonePublishConsent: false })).toBe('0354-1234567');
  });

  it('dates a consent to publish when it is recorded, keeps the first date, and clears it on withdrawal (PIPL art. 25)', () => {
    const today = '2026-11-25';
    const fresh = () => ({ workPhone: null as string | null, phonePublishConsent: false, phonePublishConsentOn: null as string | null });
    const given = fresh();
    applyPhonePublishing(given, { phonePublishConsent: true }, today);
    expect(given).toEqual({ workPhone: null, phonePublishConsent: true, phonePublishConsentOn: today });
    const dated = fresh();
    applyPhonePublishing(dated, { phonePublishConsent: true, phonePublishConsentOn: '2026-10-01' }, today);
    expect(dated.phonePublishConsentOn).toBe('2026-10-01');
    applyPhonePublishing(dated, { phonePublishConsent: true }, today);
    expect(dated.phonePublishConsentOn).toBe('2026-10-01');
    applyPhonePublishing(dated, { phonePublishConsent: false, phonePublishConsentOn: '2026-11-01' }, today);
    expect(dated).toEqual({ workPhone: null, phonePublishConsent: false, phonePublishConsentOn: null });
  });

  it('changes the work phone only when given, and clears it with null', () => {
    const worker = { workPhone: '0354-1234567' as string | null, phonePublishConsent: true, phonePublishConsentOn: '2026-10-01' as string | null };
    applyPhonePublishing(worker, {}, '2026-11-25');
    expect(worker).toEqual({ workPhone: '0354-1234567', phonePublishConsent: true, phonePublishConsentOn: '2026-10-01' });
    applyPhonePublishing(worker, { workPhone: null }, '2026-11-25');
    expect(worker).toEqual({ workPhone: null, phonePublishConsent: true, phonePublishConsentOn: '2026-10-01' });
  });
});
