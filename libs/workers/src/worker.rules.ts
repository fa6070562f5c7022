// Rules of the worker register, as pure functions.
import { InvalidInput, Role } from '@gridhr/common';
import { normalizeWorkPhone } from './id-number.rules';
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

/** Moving a worker to another township is a transfer of the record, made by the county and above (issue 9 item 2). */
export function mayTransfer(role: Role): boolean {
  return role === Role.COUNTY_PLC || role === Role.CITY_ADMIN || role === Role.SYSADMIN;
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

/**
 * The phone the public roster shows for a worker (PIPL art. 25: personal information is published only
 * with the person's separate consent): the work phone, else the personal phone with the recorded
 * consent, else none. The roster's SQL (roster-content.ts) says the same.
 */
export function rosterPhone(worker: { phone: string; workPhone: string | null; phonePublishConsent: boolean }): string | null {
  return worker.workPhone ?? (worker.phonePublishConsent ? worker.phone : null);
}

/**
 * Records a change of the work phone and of the consent to publish the personal phone (PIPL art. 25):
 * a consent is dated when recorded (the given day, else the day first given, else `today`); withdrawing
 * it clears the date.
 */
export function applyPhonePublishing(
  worker: { workPhone: string | null; phonePublishConsent: boolean; phonePublishConsentOn: string | null },
  changes: { workPhone?: string | null; phonePublishConsent?: boolean; phonePublishConsentOn?: string | null },
  today: string,
): void {
  if (changes.workPhone !== undefined) worker.workPhone = changes.workPhone;
  if (changes.phonePublishConsent === false) {
    worker.phonePublishConsent = false;
    worker.phonePublishConsentOn = null;
  } else if (changes.phonePublishConsent) {
    worker.phonePublishConsentOn = changes.phonePublishConsentOn ?? (worker.phonePublishConsent ? worker.phonePublishConsentOn : today);
    worker.phonePublishConsent = true;
  }
}

/**
 * The roster phone fields of a create or update input, checked like the phone before anything is read:
 * a work phone normalized (blank or null clears it), a consent date only with the consent and not in the
 * future. Absent fields stay absent (left as they are).
 */
export function checkPhonePublishing(
  input: { workPhone?: string | null; phonePublishConsent?: boolean | null; phonePublishConsentOn?: string | null },
  today: string,
): { workPhone?: string | null; phonePublishConsent?: boolean; phonePublishConsentOn?: string | null } {
  const out: ReturnType<typeof checkPhonePublishing> = {};
  if (input.workPhone !== undefined) {
    out.workPhone = input.workPhone?.trim() ? normalizeWorkPhone(input.workPhone) : null;
    if (input.workPhone?.trim() && !out.workPhone)
      throw new InvalidInput('input.workPhone', 'is not a mobile or a landline with its area code (e.g. 13800001234 or 0354-1234567)');
  }
  if (input.phonePublishConsentOn) {
    if (input.phonePublishConsent !== true)
      throw new InvalidInput('input.phonePublishConsentOn', 'is the day the consent was recorded: give it with phonePublishConsent: true');
    if (input.phonePublishConsentOn > today) throw new InvalidInput('input.phonePublishConsentOn', 'must not be in the future');
    out.phonePublishConsentOn = input.phonePublishConsentOn;
  }
  if (typeof input.phonePublishConsent === 'boolean') out.phonePublishConsent = input.phonePublishConsent;
  return out;
}
