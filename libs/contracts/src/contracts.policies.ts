import { definePolicies } from '@gridhr/platform';

export const CONTRACT_POLICIES = definePolicies({
  'contracts.renewalReminderDays': {
    kind: 'intList',
    default: [60, 30, 7],
    min: 1,
    max: 365,
    description: 'Days before a contract ends at which reminders are raised, each more severe',
    source: 'GridHR default',
  },
});
