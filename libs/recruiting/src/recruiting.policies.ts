import { definePolicies } from '@gridhr/platform';
import { DISQUALIFICATIONS, PRIORITY_GROUPS, PriorityRule } from './recruiting.rules';

const DEFAULT_PRIORITY: PriorityRule = { mode: 'ORDER', order: [...PRIORITY_GROUPS], writtenScoreBreaksTies: false };

function priorityRuleProblem(value: unknown): string | null {
  const v = value as Partial<PriorityRule> | null;
  if (typeof v !== 'object' || v === null) return 'must be an object { mode, order, writtenScoreBreaksTies }';
  if (v.mode !== 'ORDER' && v.mode !== 'COUNT') return 'mode must be ORDER (the groups in order) or COUNT (how many groups)';
  if (
    !Array.isArray(v.order) ||
    v.order.length !== PRIORITY_GROUPS.length ||
    new Set(v.order).size !== v.order.length ||
    !v.order.every((g) => PRIORITY_GROUPS.includes(g))
  ) {
    return `order must list each of ${PRIORITY_GROUPS.join(', ')} once`;
  }
  return typeof v.writtenScoreBreaksTies === 'boolean' ? null : 'writtenScoreBreaksTies must be true or false';
}

function disqualificationsProblem(value: unknown): string | null {
  const known = Object.keys(DISQUALIFICATIONS);
  if (!Array.isArray(value) || !value.every((v) => known.includes(v)) || new Set(value).size !== value.length)
    return `must list some of ${known.join(', ')}, each once`;
  return null;
}

export const RECRUITING_POLICIES = definePolicies({
  'recruiting.publicityWorkingDays': {
    kind: 'int',
    default: 5,
    min: 1,
    max: 30,
    description: 'Length of the publicity period (公示) in working days',
    source: 'common practice 5-7 days [004]',
  },
  'recruiting.writtenExamWeightPercent': {
    kind: 'int',
    default: 50,
    min: 0,
    max: 100,
    description: 'Weight of the written exam in the composite score (interview gets the rest)',
    source: 'common practice 50/50',
  },
  'recruiting.priorityRule': {
    kind: 'json',
    default: DEFAULT_PRIORITY,
    check: priorityRuleProblem,
    description:
      'How equal composite scores are ordered: the priority groups in an order (ORDER) or by how many an applicant is in (COUNT), then the written score if set; applicants still tied for the last place take an extra exam (加试)',
    source: 'Shanxi measures [004] list the groups without an order; GridHR default: the order they are listed in, no written-score tie-break',
  },
  'recruiting.disqualifications': {
    kind: 'json',
    default: Object.keys(DISQUALIFICATIONS),
    check: disqualificationsProblem,
    description: 'The cases that disqualify an applicant at the eligibility review',
    source:
      'Shanxi measures [004]: four cases, three of them named (investigation, criminal punishment, public-security punishment); dismissal from public employment is the GridHR default fourth',
  },
  'recruiting.firstContractYears': {
    kind: 'int',
    default: 3,
    min: 1,
    max: 10,
    description: 'Term of the first contract of a hire, in years',
    source: 'GridHR default (a three-year first contract is common practice)',
  },
});
