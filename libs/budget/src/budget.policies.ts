import { definePolicies } from '@gridhr/platform';

export const BUDGET_POLICIES = definePolicies({
  'budget.overrunPercent': {
    kind: 'int',
    default: 10,
    min: 0,
    max: 100,
    description: 'How far spending so far may run ahead of the plan so far (evenly spread over the year) before it is flagged, percent',
    source: 'GridHR default (Shanxi measures [004] and Zigong art. 19 put the funds in the budget)',
  },
});
