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
  'roster.republishWorkingDays': {
    kind: 'int',
    default: 5,
    min: 1,
    max: 60,
    description: 'Working days within which a changed public roster is posted again',
    source: 'Jiangmen regulation art. 14 [003] ("内容变更的，应当及时更新"); the number is a GridHR default',
  },
});
