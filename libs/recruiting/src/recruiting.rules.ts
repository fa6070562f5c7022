// Recruiting rules (Shanxi grid worker measures [004]) as pure functions.
import { Role } from '@gridhr/common';
import { ContractKind, EmployerKind } from '@gridhr/contracts';
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

/**
 * The cases that may disqualify an applicant, each the declaration it reads. Shanxi measures [004] speak of
 * four cases and name three (investigation, criminal punishment, public-security punishment); dismissal
 * from public employment is GridHR's default fourth. Which apply is the policy recruiting.disqualifications.
 */
export const DISQUALIFICATIONS = {
  UNDER_INVESTIGATION: {
    declaration: 'underInvestigation',
    text: 'under investigation for a suspected violation of law or discipline (Shanxi measures)',
    label: '涉嫌违法违纪正在接受审查的',
  },
  CRIMINAL_PUNISHMENT: { declaration: 'criminalPunishment', text: 'has received a criminal punishment (Shanxi measures)', label: '受过刑事处罚的' },
  PUBLIC_SECURITY_PUNISHMENT: {
    declaration: 'publicSecurityPunishment',
    text: 'has received a public-security administrative punishment (Shanxi measures)',
    label: '受过治安管理处罚的',
  },
  DISMISSED_FROM_PUBLIC_EMPLOYMENT: {
    declaration: 'dismissedFromPublicEmployment',
    text: 'was dismissed from public employment (GridHR default)',
    label: '被开除公职的',
  },
} as const satisfies Record<string, { declaration: keyof Declarations; text: string; label: string }>;

export type Disqualification = keyof typeof DISQUALIFICATIONS;

/** Every reason the applicant is not eligible (empty: eligible), the campaign's disqualifying cases among them. */
export function eligibilityProblems(applicant: Applicant, req: Requirements, disqualifications: readonly string[]): string[] {
  const problems: string[] = [];
  const age = ageOn(applicant.birthDate, req.ageReferenceDate);
  if (age < req.minAge || age > req.maxAge) problems.push(`age ${age} on ${req.ageReferenceDate} is outside ${req.minAge}-${req.maxAge}`);
  if (req.minEducation && (!applicant.education || EDUCATION_ORDER.indexOf(applicant.education) < EDUCATION_ORDER.indexOf(req.minEducation))) {
    problems.push(`education ${applicant.education ?? 'not given'} is below the required ${req.minEducation}`);
  }
  if (req.residencePrefix && !(applicant.homeRegionCode ?? '').startsWith(req.residencePrefix)) {
    problems.push(`household registration ${applicant.homeRegionCode ?? 'not given'} is outside the required area ${req.residencePrefix}`);
  }
  for (const key of disqualifications) {
    const d = DISQUALIFICATIONS[key as Disqualification];
    if (d && applicant[d.declaration]) problems.push(d.text);
  }
  return problems;
}

/** Scores are kept in hundredths (87.5 points = 8750); the composite too, rounded half up. */
export function compositeScore(writtenX100: number, interviewX100: number, writtenWeightPercent: number): number {
  return Math.floor((writtenX100 * writtenWeightPercent + interviewX100 * (100 - writtenWeightPercent)) / 100 + 0.5);
}

export const PRIORITY_GROUPS = ['cpcMember', 'professionalTitle', 'socialWorkCertificate', 'veteran', 'lowIncome'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/**
 * How equal composite scores are ordered. Shanxi measures [004]: under equal conditions, priority for CPC
 * members, professional titles, social-work certificates, veterans and low-income recipients, in no order:
 * ORDER takes the groups in the policy's order, COUNT the number of groups an applicant is in. The written
 * score breaks what remains only if the policy says so; then the extra exam (加试); registration time never.
 */
export interface PriorityRule {
  mode: 'ORDER' | 'COUNT';
  order: PriorityGroup[];
  writtenScoreBreaksTies: boolean;
}

export interface Ranked extends Record<PriorityGroup, boolean> {
  id: string;
  composite: number;
  written: number;
  extraExamScore: number | null;
}

/** Negative when `a` ranks before `b`, positive after, 0 when they are tied. */
export function compareRanked(a: Ranked, b: Ranked, rule: PriorityRule): number {
  if (a.composite !== b.composite) return b.composite - a.composite;
  if (rule.mode === 'COUNT') {
    const count = (r: Ranked) => rule.order.filter((g) => r[g]).length;
    if (count(a) !== count(b)) return count(b) - count(a);
  } else {
    for (const key of rule.order) if (a[key] !== b[key]) return a[key] ? -1 : 1;
  }
  if (rule.writtenScoreBreaksTies && a.written !== b.written) return b.written - a.written;
  if (a.extraExamScore !== null && b.extraExamScore !== null && a.extraExamScore !== b.extraExamScore) return b.extraExamScore - a.extraExamScore;
  return 0;
}

/** Ranks within a position: 1, 2, 2, 4 — applicants tied share a rank. */
export function rankApplicants<T extends Ranked>(applicants: T[], rule: PriorityRule): { applicant: T; rank: number }[] {
  const sorted = [...applicants].sort((a, b) => compareRanked(a, b, rule) || a.id.localeCompare(b.id));
  const ranks: number[] = [];
  sorted.forEach((a, i) => ranks.push(i > 0 && compareRanked(sorted[i - 1], a, rule) === 0 ? ranks[i - 1] : i + 1));
  return sorted.map((applicant, i) => ({ applicant, rank: ranks[i] }));
}

/**
 * Who takes `free` places from applicants waiting in rank order, and who is tied for the last of them:
 * when the applicants of one rank do not all fit, none of that rank moves up and all of them are tied.
 */
export function takePlaces<T extends { rank: number }>(waiting: T[], free: number): { moving: T[]; tied: T[] } {
  const inOrder = [...waiting].sort((a, b) => a.rank - b.rank);
  if (free <= 0 || !inOrder.length) return { moving: [], tied: [] };
  if (inOrder.length <= free) return { moving: inOrder, tied: [] };
  const boundary = inOrder[free - 1].rank;
  if (inOrder[free].rank !== boundary) return { moving: inOrder.slice(0, free), tied: [] };
  return { moving: inOrder.filter((a) => a.rank < boundary), tied: inOrder.filter((a) => a.rank === boundary) };
}

/**
 * When a publicity (公示) may start: never before the last listed applicant passed vetting, and not before
 * today unless it was already posted (a notice board), which is recorded with a reason.
 */
export function publicityStartProblem(input: {
  startsOn: string;
  today: string;
  lastVettedOn: string;
  alreadyPostedReason: string | null;
}): { field: string; problem: string } | null {
  if (input.startsOn < input.lastVettedOn)
    return { field: 'input.startsOn', problem: `must not be before ${input.lastVettedOn}, the day the last listed applicant passed vetting` };
  if (input.startsOn < input.today && !input.alreadyPostedReason?.trim()) {
    return {
      field: 'input.alreadyPostedReason',
      problem: `is required for a publicity starting before today (${input.today}): say where and when it was already posted`,
    };
  }
  return null;
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

/**
 * The contract a hire starts with (DESIGN §4; Zigong art. 18: full-time workers sign a labour contract): a
 * labour contract, or a dispatch contract with a labour-service company; a service agreement (劳务协议) for
 * a part-time village cadre; none for a grid leader (a community or village leader's post), a professional
 * worker (sent by their department) or an informant.
 */
export function contractKindFor(category: WorkerCategory, employer: EmployerKind): ContractKind | null {
  if (category === WorkerCategory.FULL_TIME || category === WorkerCategory.AUXILIARY)
    return employer === EmployerKind.LABOR_COMPANY ? ContractKind.DISPATCH : ContractKind.LABOR;
  if (category === WorkerCategory.PART_TIME) return ContractKind.SERVICE_AGREEMENT;
  return null;
}

/** A township government's name as an employer: 街道办事处 for a sub-district, 人民政府 for a town or township. */
export function townshipEmployerName(township: string): string {
  return township.endsWith('街道') ? `${township}办事处` : `${township}人民政府`;
}

/** The political-legal committee, like every Party organ (党委, 党工委, 纪委, 中共…委员会), employs no one. */
export function employerProblem(name: string): string | null {
  if (/政法委|政法委员会/.test(name))
    return 'names the political-legal committee, a Party organ that employs no one: name the township government or the labour-service company';
  return /^中共|中国共产党|党委|党工委|纪委|[县市区旗]委$/.test(name)
    ? 'names a Party organ, which employs no one: name the township government or the labour-service company'
    : null;
}

export interface EmployerChoice {
  employerKind?: EmployerKind | null;
  employerName?: string | null;
}

/** Employers a hire may sign with (DESIGN §4): the township government, or the labour-service company the county contracts with. */
export const HIRING_EMPLOYER_KINDS: readonly EmployerKind[] = [EmployerKind.TOWNSHIP, EmployerKind.LABOR_COMPANY];

/**
 * What is wrong with the employer a campaign or position names, field by field: only a township government
 * or a labour-service company, and a company by its name (there is no default company).
 */
export function employerChoiceProblem(choice: EmployerChoice): { field: 'employerKind' | 'employerName'; problem: string } | null {
  const name = choice.employerName?.trim() || null;
  if (choice.employerKind && !HIRING_EMPLOYER_KINDS.includes(choice.employerKind))
    return {
      field: 'employerKind',
      problem: `is TOWNSHIP (the township government) or LABOR_COMPANY (the labour-service company the county contracts with), not ${choice.employerKind}`,
    };
  const organ = name && employerProblem(name);
  if (organ) return { field: 'employerName', problem: organ };
  if (choice.employerKind === EmployerKind.LABOR_COMPANY && !name)
    return { field: 'employerName', problem: 'names the labour-service company (LABOR_COMPANY)' };
  return null;
}

/**
 * The employer of a hire: the position's when it names one, else the campaign's, else the township
 * government of the position. A name always goes with its own kind, never with the other level's.
 */
export function hireEmployer(position: EmployerChoice, campaign: EmployerChoice, townshipName: string): { employerKind: EmployerKind; employerName: string } {
  const own = position.employerKind || position.employerName ? position : campaign.employerKind || campaign.employerName ? campaign : {};
  const employerKind = own.employerKind ?? EmployerKind.TOWNSHIP;
  return { employerKind, employerName: own.employerName?.trim() || townshipEmployerName(townshipName) };
}
