// Recruiting rules (Shanxi grid worker measures [004]) as pure functions.
import { Role } from '@gridhr/common';
import { ageOn, Education, WorkerCategory } from '@gridhr/workers';
import { Stage } from './recruiting.enums';
import { RecruitingReason } from './recruiting.errors';

export const EDUCATION_ORDER = [
  Education.PRIMARY,
  Education.JUNIOR_HIGH,
  Education.SENIOR_HIGH,
  Education.JUNIOR_COLLEGE,
  Education.BACHELOR,
  Education.MASTER,
  Education.DOCTOR,
];

export interface Requirements {
  minAge: number;
  maxAge: number;
  ageReferenceDate: string;
  minEducation: Education | null;
  /** Household registration must be under this division-code prefix. */
  residencePrefix: string | null;
}

export interface Declarations {
  underInvestigation: boolean;
  criminalPunishment: boolean;
  publicSecurityPunishment: boolean;
  dismissedFromPublicEmployment: boolean;
}

export interface Applicant extends Declarations {
  birthDate: string;
  education: Education | null;
  homeRegionCode: string | null;
}

/** Every reason the applicant is not eligible (empty: eligible). */
export function eligibilityProblems(applicant: Applicant, req: Requirements): string[] {
  const problems: string[] = [];
  const age = ageOn(applicant.birthDate, req.ageReferenceDate);
  if (age < req.minAge || age > req.maxAge) problems.push(`age ${age} on ${req.ageReferenceDate} is outside ${req.minAge}-${req.maxAge}`);
  if (req.minEducation && (!applicant.education || EDUCATION_ORDER.indexOf(applicant.education) < EDUCATION_ORDER.indexOf(req.minEducation))) {
    problems.push(`education ${applicant.education ?? 'not given'} is below the required ${req.minEducation}`);
  }
  if (req.residencePrefix && !(applicant.homeRegionCode ?? '').startsWith(req.residencePrefix)) {
    problems.push(`household registration ${applicant.homeRegionCode ?? 'not given'} is outside the required area ${req.residencePrefix}`);
  }
  // Shanxi measures [004]: the four cases that may not be recruited.
  if (applicant.underInvestigation) problems.push('under investigation for a suspected violation of law or discipline (Shanxi measures)');
  if (applicant.criminalPunishment) problems.push('has received a criminal punishment (Shanxi measures)');
  if (applicant.publicSecurityPunishment) problems.push('has received a public-security administrative punishment (Shanxi measures)');
  if (applicant.dismissedFromPublicEmployment) problems.push('was dismissed from public employment (Shanxi measures)');
  return problems;
}

/** Scores are kept in hundredths (87.5 points = 8750); the composite too, rounded half up. */
export function compositeScore(writtenX100: number, interviewX100: number, writtenWeightPercent: number): number {
  return Math.floor((writtenX100 * writtenWeightPercent + interviewX100 * (100 - writtenWeightPercent)) / 100 + 0.5);
}

export interface Ranked {
  id: string;
  composite: number;
  written: number;
  registeredAt: Date;
  cpcMember: boolean;
  professionalTitle: boolean;
  socialWorkCertificate: boolean;
  veteran: boolean;
  lowIncome: boolean;
}

// Shanxi measures [004]: under equal scores, priority to CPC members, professional titles, social-work
// certificates, veterans and low-income recipients, in that order.
const PRIORITY: (keyof Ranked)[] = ['cpcMember', 'professionalTitle', 'socialWorkCertificate', 'veteran', 'lowIncome'];

/**
 * The ranking within a position: composite score, then the priority groups in order, then (GridHR's
 * documented rule) the higher written score, then the earlier registration.
 */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.composite !== b.composite) return b.composite - a.composite;
  for (const key of PRIORITY) if (a[key] !== b[key]) return a[key] ? -1 : 1;
  if (a.written !== b.written) return b.written - a.written;
  return a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id);
}

/** Stages that hold a place among a position's headcount. */
export const SELECTED_STAGES = [Stage.MEDICAL, Stage.VETTING, Stage.PUBLICITY, Stage.TRAINING, Stage.HIRED];

const KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

/** Who may move an application from a stage to the next, as the issue and DESIGN §4 say. */
export const TRANSITIONS: Partial<Record<Stage, { to: Stage[]; roles: Role[] }>> = {
  REGISTERED: { to: [Stage.ELIGIBILITY], roles: KEEPERS },
  ELIGIBILITY: { to: [Stage.EXAM], roles: KEEPERS },
  EXAM: { to: [Stage.MEDICAL], roles: [Role.COUNTY_PLC] },
  MEDICAL: { to: [Stage.VETTING], roles: KEEPERS },
  // Political vetting is the county political-legal committee's alone.
  VETTING: { to: [Stage.PUBLICITY], roles: [Role.COUNTY_PLC] },
  PUBLICITY: { to: [Stage.TRAINING], roles: [Role.COUNTY_PLC] },
  TRAINING: { to: [Stage.HIRED], roles: KEEPERS },
};

/** Why `role` may not move an application from `from` to `to` (the reason says which kind of no), or null. */
export function transitionProblem(
  from: Stage,
  to: Stage,
  role: Role,
): { reason: RecruitingReason.STAGE_NOT_ALLOWED | RecruitingReason.STAGE_ROLE; message: string } | null {
  const stage = (message: string) => ({ reason: RecruitingReason.STAGE_NOT_ALLOWED as const, message });
  const roleNo = (message: string) => ({ reason: RecruitingReason.STAGE_ROLE as const, message });
  if (to === Stage.REJECTED || to === Stage.WITHDRAWN) {
    if (from === Stage.HIRED || from === Stage.REJECTED || from === Stage.WITHDRAWN) return stage(`the application is already ${from}`);
    if (to === Stage.REJECTED && from === Stage.VETTING && role !== Role.COUNTY_PLC)
      return roleNo('only the county political-legal committee rejects at vetting');
    return KEEPERS.includes(role) ? null : roleNo(`${role} does not decide applications`);
  }
  const step = TRANSITIONS[from];
  if (!step || !step.to.includes(to)) return stage(`the application is at ${from}; it cannot move to ${to}`);
  if (!step.roles.includes(role)) return roleNo(`at ${from} only ${step.roles.join(' or ')} may move it on`);
  return null;
}

/** The contract a hire starts with (Zigong art. 18: full-time workers sign a labor contract). */
export function contractKindFor(category: WorkerCategory): 'LABOR' | 'PART_TIME_AGREEMENT' | 'SERVICE_PURCHASE' {
  if (category === WorkerCategory.FULL_TIME || category === WorkerCategory.GRID_LEADER) return 'LABOR';
  if (category === WorkerCategory.PART_TIME) return 'PART_TIME_AGREEMENT';
  return 'SERVICE_PURCHASE';
}
