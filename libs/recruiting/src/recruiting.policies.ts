import { definePolicies } from '@gridhr/platform';

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
});
