import { definePolicies } from '@gridhr/platform';

export const DIGEST_POLICIES = definePolicies({
  'digest.overdueDays': {
    kind: 'int',
    default: 7,
    min: 1,
    max: 365,
    description: 'Days a compliance flag may stay open before the daily chat digest counts it as overdue',
    source: 'GridHR default (a week, the township’s weekly round)',
  },
});
