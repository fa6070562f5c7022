import { definePolicies } from '@gridhr/platform';

export const WORKER_POLICIES = definePolicies({
  'vacancy.maxOpenDays': {
    kind: 'int',
    default: 30,
    min: 1,
    max: 365,
    description: 'Days a vacancy may stay open before it is flagged ("filled promptly")',
    source: 'Shanxi measures [004]; number is a GridHR default',
  },
});
