// The numbers of the assessment a jurisdiction may set (Jiangmen art. 33 [003]: the county sets its own
// assessment rules). Read with PolicyService; never literals in code.
import { definePolicies } from '@gridhr/platform';
import { WorkerCategory } from '@gridhr/workers';
import { CycleOwner } from './assessment.enums';

export interface LevelThresholds {
  /** Lowest score (whole points) for EXCELLENT, COMPETENT and BASIC; below `basic` is INCOMPETENT. */
  excellent: number;
  competent: number;
  basic: number;
}

export interface StarRule {
  /** Stars before a worker's first rating. */
  initial: number;
  /** EXCELLENT this many cycles in a row (of the same kind, back to back) earns a star, each time the streak reaches a multiple. */
  excellentInARow: number;
  /** Stars a BASIC rating costs. */
  basicLoses: number;
  /** Stars after an INCOMPETENT rating. */
  incompetentStars: number;
}

const isWhole = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

export function thresholdsProblem(value: unknown): string | null {
  const t = value as Partial<LevelThresholds> | null;
  if (!t || typeof t !== 'object' || ![t.excellent, t.competent, t.basic].every((n) => isWhole(n, 1, 100)))
    return 'must be { excellent, competent, basic }, whole points from 1 to 100';
  if (!(t.excellent! > t.competent! && t.competent! > t.basic!)) return 'must fall: excellent > competent > basic';
  return null;
}

export function starRuleProblem(value: unknown): string | null {
  const r = value as Partial<StarRule> | null;
  if (!r || typeof r !== 'object') return 'must be { initial, excellentInARow, basicLoses, incompetentStars }';
  if (!isWhole(r.initial, 1, 5) || !isWhole(r.incompetentStars, 1, 5)) return 'initial and incompetentStars must be 1-5 stars';
  if (!isWhole(r.excellentInARow, 1, 10)) return 'excellentInARow must be 1-10 cycles';
  if (!isWhole(r.basicLoses, 0, 4)) return 'basicLoses must be 0-4 stars';
  return null;
}

export function ratedCategoriesProblem(value: unknown): string | null {
  const all = Object.values(WorkerCategory) as string[];
  if (!Array.isArray(value) || !value.length || value.some((c) => !all.includes(c)) || new Set(value).size !== value.length)
    return `must be a list of distinct categories among ${all.join(', ')}`;
  return null;
}

export const ASSESSMENT_POLICIES = definePolicies({
  'assessment.cycleOwner': {
    kind: 'json',
    default: CycleOwner.COUNTY as string,
    check: (v) => (Object.values(CycleOwner).includes(v as CycleOwner) ? null : `must be one of ${Object.values(CycleOwner).join(', ')}`),
    description: 'Who opens, reviews and finalises assessment cycles: COUNTY (political-legal committee) or TOWNSHIP',
    source: 'Shanxi measures [004] (county comprehensive-governance centre under the PLC); Jiangmen art. 33 [003]; Yongzhou [002] lets the township assess',
  },
  'assessment.levelThresholds': {
    kind: 'json',
    default: { excellent: 90, competent: 75, basic: 60 } as LevelThresholds,
    check: thresholdsProblem,
    description: 'Lowest score for 优秀, 称职 and 基本称职; below basic is 不称职',
    source: 'GridHR default (the regulations name the levels, not the scores)',
  },
  'assessment.excellentQuotaPercent': {
    kind: 'int',
    default: 20,
    min: 0,
    max: 100,
    description: 'Most workers rated EXCELLENT in a cycle, as a percentage of those rated, rounded down',
    source: 'GridHR default',
  },
  'assessment.starRule': {
    kind: 'json',
    default: { initial: 3, excellentInARow: 2, basicLoses: 1, incompetentStars: 1 } as StarRule,
    check: starRuleProblem,
    description:
      'Star levels 1-5: start at initial; EXCELLENT excellentInARow times in a row +1; COMPETENT keeps; BASIC −basicLoses; INCOMPETENT → incompetentStars',
    source: 'Zigong measures art. 17 [001] (star-level grid management); the rule is a GridHR default',
  },
  'assessment.ratedCategories': {
    kind: 'json',
    default: [WorkerCategory.GRID_LEADER, WorkerCategory.FULL_TIME, WorkerCategory.PART_TIME, WorkerCategory.AUXILIARY] as string[],
    check: ratedCategoriesProblem,
    description: 'Worker categories rated in a cycle',
    source: 'GridHR default: informants are volunteers; professional workers are managed by the department that sends them (Jiangmen [003])',
  },
});
